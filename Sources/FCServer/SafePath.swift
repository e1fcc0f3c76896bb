import Foundation

/// Turns a path from a URL into a file inside the served folder, or refuses it. A path is a
/// list of `/`-separated segments, each percent-decoded on its own: a segment that decodes to
/// `/` or `\` (`%2F`), `.` or `..`, an empty or hidden one, or a NUL byte is refused, and so is
/// a file whose real path (links resolved) lies outside the folder.
struct SafePath: Sendable {
    /// The served folder with every link resolved.
    let root: URL

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    enum Refusal: Error, Equatable {
        case badSegment
        case outsideFolder
    }

    /// The file for a still percent-encoded relative path (`reports/lugnvik-2025.yaml`).
    func resolve(encoded path: Substring) throws -> URL {
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = String(raw).removingPercentEncoding, Self.isPlain(segment) else {
                throw Refusal.badSegment
            }
            segments.append(segment)
        }
        return try resolve(segments: segments)
    }

    /// The file for a relative path that is not encoded (a form field, a header).
    func resolve(relative path: String) throws -> URL {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard segments.allSatisfy(Self.isPlain) else { throw Refusal.badSegment }
        return try resolve(segments: segments)
    }

    /// The path relative to the folder, for a file known to be inside it.
    func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
    }

    private func resolve(segments: [String]) throws -> URL {
        guard !segments.isEmpty else { throw Refusal.badSegment }
        var url = root
        for segment in segments { url.appendPathComponent(segment) }
        // A link anywhere on the way (or the file itself) may point out of the folder. A file
        // not yet there is judged by its folder.
        let existing = FileManager.default.fileExists(atPath: url.path) ? url : url.deletingLastPathComponent()
        let real = existing.resolvingSymlinksInPath().path
        guard real == root.path || real.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
            throw Refusal.outsideFolder
        }
        return url
    }

    static func isPlain(_ segment: String) -> Bool {
        !segment.isEmpty && !segment.hasPrefix(".") && !segment.contains("/") && !segment.contains("\\")
            && !segment.contains("\0") && segment.utf8.count <= 255
    }
}
