import Crypto
import FCConfig
import FCOutput
import FCText
import Foundation
import Synchronization

/// The folder (or the one file) `fcdoc serve` works on: finding its files, reading them with
/// their ETag and saving them atomically, never outside the folder.
public struct Workspace: Sendable {
    /// The served folder; for one file, its folder.
    public let root: URL
    /// Set when one file was given: the only file listed.
    public let onlyFile: String?
    let paths: SafePath
    /// Every path a file names must lead inside the folder (links followed).
    public let policy: PathPolicy
    /// One save at a time, so that two tabs cannot both pass the version check; shared by the
    /// copies of this value.
    private let saving = SaveLock()

    /// - Parameter path: a county folder, or one centre, report or county file.
    public init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            root = url.deletingLastPathComponent()
            onlyFile = url.lastPathComponent
        } else {
            root = url
            onlyFile = nil
        }
        paths = SafePath(root: root)
        policy = .confined(to: root.path)
    }

    /// Larger files are refused (413), as the command line refuses them unread.
    public static let maximumConfigSize = ConfigLoader.maximumFileSize
    public static let maximumSurveySize = 5 * 1_048_576

    /// A file's bytes with the tag that names this version of them.
    public struct Version: Sendable {
        public var data: Data
        public var etag: String
    }

    public static func etag(of data: Data) -> String {
        "\"" + Hex.encode(SHA256.hash(data: data)).prefix(32) + "\""
    }

    public func read(_ url: URL) throws -> Version {
        let data = try Data(contentsOf: url)
        return Version(data: data, etag: Self.etag(of: data))
    }

    public enum SaveError: Error {
        /// The file changed since the version the editor started from.
        case stale(current: String)
        case missing
    }

    /// Saves `data` as the file at `url` if it still holds the version tagged `ifMatch` (`*`
    /// for any, `nil` only for a new file); the bytes are written as they are, to a temporary
    /// file beside the target that is renamed into place.
    public func save(_ data: Data, to url: URL, ifMatch: String?) throws -> String {
        try saving.run { try compareAndWrite(data, to: url, ifMatch: ifMatch) }
    }

    private func compareAndWrite(_ data: Data, to url: URL, ifMatch: String?) throws -> String {
        let current = try? read(url)
        switch (ifMatch, current) {
        case (nil, let current?): throw SaveError.stale(current: current.etag)
        case ("*", nil): throw SaveError.missing
        case (let tag?, let current?) where tag != "*" && tag != current.etag:
            throw SaveError.stale(current: current.etag)
        case (let tag?, nil) where tag != "*": throw SaveError.missing
        default: break
        }
        let relative = paths.relative(url)
        var files = [OutputFile(relativePath: relative, data: data)]
        // The version it replaces is kept, for "Jämför med tidigare version"; a hidden folder is
        // neither listed nor served.
        if let current, current.data != data {
            files.append(OutputFile(relativePath: "\(Self.previousFolder)/\(relative)", data: current.data))
        }
        try OutputFolder(path: root.path).write(files)
        return Self.etag(of: data)
    }

    /// Where the version a save replaced is kept, under the folder.
    public static let previousFolder = ".fcdoc-tidigare"

    /// The version of `url` that its last save replaced; `nil` when it was never saved here.
    public func previousVersion(of url: URL) -> URL? {
        let previous = root.appendingPathComponent(Self.previousFolder).appendingPathComponent(paths.relative(url))
        return FileManager.default.fileExists(atPath: previous.path) ? previous : nil
    }

    /// The config files to list: the one file, or every YAML file below the folder; a link to a
    /// file outside the folder is not listed.
    public func configFiles() -> [URL] {
        if let onlyFile { return [root.appendingPathComponent(onlyFile)] }
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey],
            options: [.skipsHiddenFiles])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if ["yaml", "yml"].contains(url.pathExtension), policy.allows(url.path) {
                files.append(url.standardizedFileURL)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// The lock of `Workspace.save`: a class, so that every copy of a workspace holds the same one.
private final class SaveLock: Sendable {
    private let mutex = Mutex(())

    func run<Value: Sendable>(_ body: () throws -> Value) throws -> Value {
        try mutex.withLock { _ in try body() }
    }
}
