import Foundation
import Glibc

/// A file's bytes written beside their target before the target's name is touched. Linux only,
/// as the package is (see Package.swift).
///
/// The bytes go into an unnamed file (`O_TMPFILE`): a crash or `kill -9` while writing
/// leaves nothing behind. Publishing gives it a temporary name and renames that over the target
/// at once (rename is atomic within a folder), so the target is always either the old file or the
/// whole new one. Where `O_TMPFILE` is not available (a file system without it, such as some
/// network mounts) a named temporary file is used instead.
final class StagedFile {
    private var descriptor: Int32 = -1
    private var temporary: URL?
    private let folder: URL

    /// `__O_TMPFILE | O_DIRECTORY` from <fcntl.h>, which Swift does not import as a macro.
    private static let openTemporary: Int32 = 0o20_200_000

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(_ data: Data, in folder: URL) throws {
        self.folder = folder
        descriptor = open(folder.path, Self.openTemporary | O_WRONLY | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            let url = Self.temporaryName(in: folder)
            descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
            temporary = url
        }
        try data.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// A name no other run uses: hidden, with this process's id.
    static func temporaryName(in folder: URL) -> URL {
        folder.appendingPathComponent(".fcdoc-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp")
    }

    func publish(as target: URL) throws {
        if temporary == nil {
            let url = Self.temporaryName(in: folder)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, url.path, AT_SYMLINK_FOLLOW) == 0 else {
                throw Failure(description: String(cString: strerror(errno)))
            }
            temporary = url
        }
        guard let temporary, rename(temporary.path, target.path) == 0 else {
            throw Failure(description: String(cString: strerror(errno)))
        }
        self.temporary = nil
        close(descriptor)
        descriptor = -1
    }

    /// Forgets an unpublished file (an unnamed one simply vanishes).
    func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let temporary { unlink(temporary.path) }
        temporary = nil
    }
}
