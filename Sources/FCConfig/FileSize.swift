import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file's size from `stat`. FileManager's attributes would also look up the owner's user and
/// group names (NSS: /etc/passwd, /etc/group, the name service daemon) for every file read.
public enum FileSize {
    /// `nil` when there is no such file or it cannot be examined.
    public static func of(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
