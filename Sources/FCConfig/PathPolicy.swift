import Foundation

/// Which files the paths inside files (a report's `centre`, its `survey.file`, last year's
/// report found beside it) may lead to. The command line reads wherever the person points it;
/// the web application confines every such path to the folder it serves, judged after every
/// link on the way is followed, so that no file outside it is read — not even its first line
/// into a message.
public struct PathPolicy: Sendable {
    /// The folder, links resolved, every path must lie in; `nil` allows any path.
    public let root: String?

    /// The command line's: any file the person can read.
    public static let anywhere = PathPolicy(root: nil)

    /// Only files inside `folder`, after following links.
    public static func confined(to folder: String) -> PathPolicy {
        PathPolicy(root: URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path)
    }

    private init(root: String?) {
        self.root = root
    }

    /// The file a path written in a file names: an absolute path as it is, any other from the
    /// folder of the file it is written in.
    public static func resolve(_ name: String, from folder: URL) -> String {
        let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : folder.appendingPathComponent(name)
        return url.standardizedFileURL.path
    }

    /// Whether `path` may be read. Following links only looks at them (`readlink`), never at the
    /// file's contents; a path not (yet) there is judged by where its links lead so far.
    public func allows(_ path: String) -> Bool {
        guard let root else { return true }
        let real = Self.realPath(path)
        return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `path` with every link on the way followed: of a file not there yet, its nearest folder that is.
    static func realPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var real = existing.resolvingSymlinksInPath()
        for component in rest { real.appendPathComponent(component) }
        return real.path
    }

    /// Checks the path a key names (`name` as written, `path` as resolved from the file's folder):
    /// outside the folder it is one error at the key, and the caller must not read it.
    /// - Returns: whether the file may be read.
    public func check(_ path: String, named name: String, at location: SourceLocation, sink: DiagnosticSink) -> Bool {
        guard !allows(path) else { return true }
        sink.error(.outsideFolder(name), at: location)
        return false
    }
}
