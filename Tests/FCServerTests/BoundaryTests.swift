import FCConfig
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The paths a file names — a report's `centre` and `survey.file`, last year's report beside it —
/// never lead the web application out of the folder it serves: by `..`, an absolute path, a link
/// to a file or a link to a folder. Each way out gives one error ("utanför mappen") at the key,
/// and no line of the outside file comes back from any route.
@Suite("Server: nothing outside the folder")
struct BoundaryTests {
    static let report = ServerHarness.report
    static let secret = "hunter2-SECRET-CELL"

    /// A county copy with, beside it (outside the served folder), a survey and a centre file
    /// whose every line holds the secret, and links inside the folder pointing at them.
    static func folderWithLinksOut() throws -> (folder: URL, outside: URL) {
        let folder = try ServerHarness.copyOfFixture()
        let outside = folder.deletingLastPathComponent().appendingPathComponent("utanfor")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let survey = try String(
            contentsOf: folder.appendingPathComponent("reports/ostersund-lugnvik-2025-enkat.csv"), encoding: .utf8)
        // The survey's header and answers are the secret: any cell quoted would show it.
        let secretSurvey =
            Array(repeating: secret, count: 12).joined(separator: ";") + "\n"
            + survey.split(separator: "\n").dropFirst().map { _ in
                Array(repeating: secret, count: 12).joined(separator: ";")
            }.joined(separator: "\n") + "\n"
        try Data(secretSurvey.utf8).write(to: outside.appendingPathComponent("enkat.csv"))
        let centre =
            try String(contentsOf: folder.appendingPathComponent(ServerHarness.centre), encoding: .utf8)
            .replacingOccurrences(of: "Familjecentralen Lugnvik", with: secret)
            + "\(secret): \(secret)\n"
        try Data(centre.utf8).write(to: outside.appendingPathComponent("centrum.yaml"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("reports/lank-enkat.csv"),
            withDestinationURL: outside.appendingPathComponent("enkat.csv"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("lank-centrum.yaml"),
            withDestinationURL: outside.appendingPathComponent("centrum.yaml"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("reports/lankmapp"), withDestinationURL: outside)
        return (folder, outside)
    }

    /// Every way out, as the value of `survey.file` or of `centre` in the report.
    static func waysOut(outside: URL) -> [(key: String, value: String)] {
        [
            ("file", "../../utanfor/enkat.csv"),
            ("file", outside.appendingPathComponent("enkat.csv").path),
            ("file", "lank-enkat.csv"),
            ("file", "lankmapp/enkat.csv"),
            ("centre", "../../utanfor/centrum.yaml"),
            ("centre", outside.appendingPathComponent("centrum.yaml").path),
            ("centre", "../lank-centrum.yaml"),
            ("centre", "lankmapp/centrum.yaml"),
        ]
    }

    /// The report with one key pointing out, and the line it is on.
    static func report(_ original: String, _ key: String, _ value: String) throws -> (text: String, line: Int) {
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if key == "centre", line.hasPrefix("centre: ") { return "centre: \"\(value)\"" }
            if key == "file", line.hasPrefix("  file: ") { return "  file: \"\(value)\"" }
            return String(line)
        }
        let prefix = key == "centre" ? "centre: " : "  file: "
        let line = try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
        return (lines.joined(separator: "\n"), line)
    }

    @Test func noWayOutIsReadByValidatePreviewDownloadOrTheEditor() async throws {
        let (folder, outside) = try Self.folderWithLinksOut()
        let original = try Data(contentsOf: folder.appendingPathComponent(Self.report))
        try await ServerHarness.with(folder: folder) { harness in
            for (key, value) in Self.waysOut(outside: outside) {
                let (text, line) = try Self.report(String(decoding: original, as: UTF8.self), key, value)
                let named = "\(key): \(value)"
                // The editor's live check of the unsaved text.
                let validate = try await harness.request(
                    "/api/validate", method: .post, headers: [HTTPField.Name("X-Fcdoc-Path")!: Self.report],
                    body: Data(text.utf8))
                #expect(validate.status == .ok)
                #expect(!validate.text.contains(Self.secret), "\(named): /api/validate")
                let diagnostics = try JSONDecoder().decode([Diagnostic.Printed].self, from: validate.data)
                let outsideErrors = diagnostics.filter { $0.message.contains("utanför mappen") }
                #expect(outsideErrors.count == 1, "\(named): \(diagnostics)")
                #expect(outsideErrors.first?.location.file == Self.report, "\(named)")
                #expect(outsideErrors.first?.location.line == line, "\(named)")
                // The preview of the unsaved text: its error page, framable, without the secret.
                let preview = try await harness.request(
                    "/preview/\(Self.report)", method: .post, body: Data(text.utf8))
                #expect(preview.status == .unprocessableContent, "\(named)")
                #expect(preview.text.contains("utanför mappen"), "\(named)")
                #expect(!preview.text.contains(Self.secret), "\(named): preview")
                // Saved: the editor, the saved file's preview and the downloads.
                try Data(text.utf8).write(to: folder.appendingPathComponent(Self.report))
                for uri in [
                    "/edit/\(Self.report)", "/preview/\(Self.report)", "/download/\(Self.report)?format=md",
                    "/download/\(Self.report)?format=html", "/api/files", "/", "/?year=2025",
                ] {
                    let response = try await harness.request(uri)
                    #expect(!response.text.contains(Self.secret), "\(named): \(uri)")
                }
                let editor = try await harness.request("/edit/\(Self.report)")
                #expect(editor.text.contains("utanför mappen"), "\(named): the editor's problem list")
            }
            try original.write(to: folder.appendingPathComponent(Self.report))
        }
    }

    @Test func aLinkedFileOutsideIsNeitherListedNorRead() async throws {
        let (folder, _) = try Self.folderWithLinksOut()
        try await ServerHarness.with(folder: folder) { harness in
            let files = try await harness.request("/api/files")
            #expect(!files.text.contains("lank-centrum.yaml"))
            #expect(!files.text.contains(Self.secret))
            let overview = try await harness.request("/")
            #expect(!overview.text.contains(Self.secret))
            #expect((400..<500).contains(try await harness.request("/edit/lank-centrum.yaml").status.code))
        }
    }
}
