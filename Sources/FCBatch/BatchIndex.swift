import Crypto
import FCConfig
import FCOutput
import FCRender
import FCText
import FCWriters
import Foundation

/// The batch's table of contents: `index.html` (every centre × document, with links, status,
/// fingerprint, and whether the report was handed in) and `manifest.json` (every file with its
/// size and SHA-256, so a recipient can check what they got).
public enum BatchIndex {
    /// A file as the manifest lists it.
    public struct Entry: Sendable {
        public var size: Int
        /// SHA-256 in lower-case hex.
        public var sha256: String

        public init(_ data: Data) {
            size = data.count
            sha256 = Hex.encode(SHA256.hash(data: data))
        }
    }

    public static func write(
        results: [Batch.UnitResult], extraFiles: [String], year: Int?, outputDirectory: String,
        countyName: String, folder: String, editorURL: String? = nil
    ) throws {
        let root = URL(fileURLWithPath: outputDirectory)
        var files = Set(results.flatMap(\.files) + extraFiles)
        let sources = SourceNames(folder: folder, editorURL: editorURL)
        let index = Data(
            html(results: results, files: files, year: year, countyName: countyName, sources: sources).utf8)
        try OutputFolder(path: outputDirectory).write([OutputFile(relativePath: "index.html", data: index)])
        files.insert("index.html")
        // The rendered files' entries were made as they were written; the index, the PDFs and
        // any other file are read back.
        var known = Dictionary(
            results.flatMap { $0.manifest.map { ($0.key, $0.value) } }, uniquingKeysWith: { first, _ in first })
        known["index.html"] = Entry(index)
        var entries: [[String: Any]] = []
        for path in files.sorted() {
            guard
                let entry = known[path]
                    ?? FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map(Entry.init)
            else { continue }
            entries.append(["path": path, "size": entry.size, "sha256": entry.sha256])
        }
        let manifest = try JSONSerialization.data(
            withJSONObject: ["generator": "fcdoc", "files": entries],
            options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try OutputFolder(path: outputDirectory).write([
            OutputFile(relativePath: "manifest.json", data: manifest + Data("\n".utf8))
        ])
    }

    /// How the index names the county folder's files: by their path in the folder (never where
    /// the folder lies on the computer), linked to the editor when there is one.
    struct SourceNames {
        var folder: String
        var editorURL: String?

        /// `path` relative to the folder, when it lies inside.
        func relative(_ path: String) -> String {
            let root = URL(fileURLWithPath: folder).standardizedFileURL.path
            let prefix = root.hasSuffix("/") ? root : root + "/"
            return path.hasPrefix(prefix)
                ? String(path.dropFirst(prefix.count)) : URL(fileURLWithPath: path).lastPathComponent
        }

        /// The diagnostic as `fcdoc validate --lang sv` run in the folder would print it: the
        /// index is a Swedish page.
        func describe(_ diagnostic: Diagnostic) -> String {
            var diagnostic = diagnostic
            diagnostic.location.file = relative(diagnostic.location.file)
            return diagnostic.formatted(in: .sv)
        }

        /// The link that opens the file in the editor.
        func editorLink(_ path: String) -> String? {
            editorURL.map { base in
                base
                    + relative(path).split(separator: "/").map {
                        $0.addingPercentEncoding(
                            withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "/?#;")))
                            ?? ""
                    }.joined(separator: "/")
            }
        }
    }

    /// The index page; `files` are every file written (PDFs included), for the links.
    static func html(
        results: [Batch.UnitResult], files: Set<String>, year: Int?, countyName: String, sources: SourceNames
    ) -> String {
        let escape = HTMLWriter.escape
        var rows = ""
        for result in results {
            let status = result.failed ? "<strong>fel</strong>" : "klar"
            let documents = result.documents.map { document in
                let links = OutputFormat.allCases.map(\.rawValue).filter {
                    files.contains(document.fileName + "." + $0)
                }
                .map { "<a href=\"\(escape(document.fileName)).\($0)\">\($0)</a>" }.joined(separator: " ")
                return "<li>\(escape(document.name)) \(links) <code>\(escape(document.fingerprint))</code></li>"
            }.joined()
            let errors =
                result.errors.isEmpty
                ? ""
                : "<ul class=\"errors\">"
                    + result.errors.map { "<li>\(escape(sources.describe($0)))</li>" }.joined() + "</ul>"
            // A centre that failed links to the file to fix, where there is an editor.
            let failedFile = result.errors.first.map(\.location.file) ?? result.unit.source
            let title =
                result.failed
                ? sources.editorLink(failedFile).map { "<a href=\"\(escape($0))\">\(escape(result.title))</a>" }
                    ?? escape(result.title)
                : escape(result.title)
            rows +=
                "<tr><td>\(title)</td><td>\(status)</td><td>\(escape(result.reportState.rawValue))</td>"
                + "<td><ul>\(documents)</ul>\(errors)</td></tr>\n"
        }
        let heading = "Familjecentralerna i \(countyName)" + (year.map { " – \($0)" } ?? "")
        let style = """

            body { font-family: "Liberation Sans", Arial, sans-serif; margin: 2em 1em; }
            .table-scroll { overflow-x: auto; }
            table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
            ul { margin: 0; padding-left: 1.2em; } .errors { color: #8b0000; } code { font-size: 90%; }

            """
        let body = """
            <h1>\(escape(heading))</h1>
            <div class="table-scroll" role="region" aria-label="Familjecentraler och dokument" tabindex="0">
            <table>
            <thead><tr><th>Familjecentral</th><th>Status</th><th>Verksamhetsberättelse</th><th>Dokument</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </div>

            """
        return HTMLPage.page(language: "sv-SE", title: heading, style: style, body: body)
    }
}
