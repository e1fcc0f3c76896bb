import FCConfig
import Foundation

/// What a county folder holds: one county file, the centre files and the report files, found
/// by their `kind:` anywhere below the folder (hidden folders, the output folder and files that
/// `policy` does not allow skipped, the latter unread).
public struct CountyFolder {
    public var root: URL
    public var countyFiles: [String] = []
    public var centreFiles: [String] = []
    public var reportFiles: [String] = []
    /// Files that are no config file at all, with why.
    public var unreadable: [Diagnostic] = []

    public static func scan(_ path: String, skipping output: String? = nil, policy: PathPolicy = .anywhere)
        -> CountyFolder
    {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var folder = CountyFolder(root: root)
        let skip = output.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey],
            options: [.skipsHiddenFiles])
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if let skip, url.resolvingSymlinksInPath().path == skip {
                enumerator?.skipDescendants()
                continue
            }
            if url.pathExtension == "yaml" || url.pathExtension == "yml", policy.allows(url.path) {
                files.append(url.standardizedFileURL.path)
            }
        }
        for file in files.sorted() {
            // The kind line decides the list; the full check comes later, once per file.
            switch Self.kind(of: file) {
            case "county"?: folder.countyFiles.append(file)
            case "centre"?: folder.centreFiles.append(file)
            case "report"?: folder.reportFiles.append(file)
            // A graphic profile is checked with the county or centre files that name it.
            case "profile"?: continue
            default: folder.unreadable += ConfigLoader.load(path: file).diagnostics.sorted
            }
        }
        return folder
    }

    /// The `kind:` line of a file, read without parsing the YAML (a county has hundreds of files):
    /// looked for among the first 40 lines that are not empty, byte by byte (cutting the whole
    /// text into characters cost more than the rest of the folder's scan). A line may end in
    /// CR LF.
    static func kind(of file: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        var rest = text.utf8[...]
        var lines = 0
        while !rest.isEmpty, lines < 40 {
            let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            var line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard !line.isEmpty else { continue }
            lines += 1
            if line.starts(with: "kind:".utf8) {
                return String(decoding: line.dropFirst(5), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
