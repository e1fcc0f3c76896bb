import Foundation
import Testing

@Suite("End to end: diagnostics stay structured through validate, render and batch")
struct DiagnosticsCommandTests {
    static func jsonDiagnostics(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// A templates folder whose samverkansavtal opens a section on line 5 and never closes it.
    static func brokenTemplates() throws -> URL {
        let folder = Harness.temporaryFolder().appendingPathComponent("mallar")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Samverkansavtal\n\nText.\n\n{{#centre}}\n{{name}}\n"
            .write(to: folder.appendingPathComponent("samverkansavtal.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aBrokenTemplateIsOneDiagnosticAtItsOwnPlace() throws {
        let templates = try Self.brokenTemplates()
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--templates", templates.path,
            "--out", out.path, "--format", "md")
        #expect(outcome.status == 1)
        let template = templates.appendingPathComponent("samverkansavtal.md").path
        let problems = outcome.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(problems.count == 1, "\(outcome.stderr)")
        let line = String(problems.first ?? "")
        // FILE:LINE:COL of the template itself, and no second "FILE: error:" in front of it.
        #expect(
            line.hasPrefix(template + ":5:1: error: template syntax: the section {{#centre}} opened here"), "\(line)")
        #expect(line.components(separatedBy: ": error: ").count == 2, "\(line)")
        #expect(
            line.range(of: #"^[^:]+:\d+:\d+: error: template syntax: "#, options: .regularExpression) != nil, "\(line)")
        #expect(!outcome.stderr.contains("vindeln.yaml"))
        #expect(Harness.files(in: out).isEmpty)
    }

    @Test func renderSpeaksJSONWithDiagnostics() throws {
        let templates = try Self.brokenTemplates()
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--templates", templates.path,
            "--out", out.path, "--format", "md", "--diagnostics", "json")
        #expect(outcome.status == 1)
        let items = try Self.jsonDiagnostics(outcome.stdout)
        #expect(items.count == 1)
        let location = try #require(items.first?["location"] as? [String: Any])
        #expect((location["file"] as? String)?.hasSuffix("mallar/samverkansavtal.md") == true)
        #expect(location["line"] as? Int == 5)
        #expect(location["column"] as? Int == 1)
        #expect((items.first?["message"] as? String)?.hasPrefix("template syntax: ") == true)
        // A file with problems: the same JSON, with the notes of each problem.
        let invalid = try Harness.fcdoc(
            "render", Harness.fixture("invalid/yaml-party-id-twice.yaml"), "--out", out.path,
            "--diagnostics", "json")
        #expect(invalid.status == 1)
        let notes = try #require(try Self.jsonDiagnostics(invalid.stdout).first?["notes"] as? [[String: Any]])
        #expect(notes.count == 4)
        let valid = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--out", out.path, "--format", "md",
            "--diagnostics", "json")
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(try Self.jsonDiagnostics(valid.stdout).isEmpty)
        #expect(valid.stderr.contains("kontrollsumma"))
    }

    @Test func validateJSONCarriesNotes() throws {
        let outcome = try Harness.fcdoc("validate", "--format", "json", Harness.fixture("invalid/duplicate-id.yaml"))
        #expect(outcome.status == 1)
        let items = try Self.jsonDiagnostics(outcome.stdout)
        #expect(items.count == 1)
        let notes = try #require(items.first?["notes"] as? [[String: Any]])
        #expect((notes.first?["location"] as? [String: Any])?["line"] as? Int == 13)
        #expect((notes.first?["message"] as? String)?.contains("first declared here") == true)
        let text = try Harness.fcdoc("validate", Harness.fixture("invalid/duplicate-id.yaml"))
        #expect(text.stderr.contains("duplicate-id.yaml:13:9: note: 'region' is first declared here"))
    }

    @Test func batchSpeaksJSONWithDiagnostics() throws {
        let county = Harness.temporaryFolder().appendingPathComponent("jamtlands-lan")
        try FileManager.default.copyItem(
            at: Harness.packageRoot.appendingPathComponent("fixtures/jamtlands-lan"), to: county)
        try FileManager.default.copyItem(
            atPath: Harness.fixture("invalid/yaml-party-id-twice.yaml"),
            toPath: county.appendingPathComponent("trasig.yaml").path)
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "batch", county.path, "--out", out.path, "--format", "md", "--diagnostics", "json",
            "--quiet")
        #expect(outcome.status == 1)
        let items = try Self.jsonDiagnostics(outcome.stdout)
        let broken = items.filter {
            (($0["location"] as? [String: Any])?["file"] as? String)?.hasSuffix("trasig.yaml") == true
        }
        #expect(broken.count == 1, "\(outcome.stdout)")
        #expect((broken.first?["notes"] as? [[String: Any]])?.count == 4)
        #expect(outcome.stderr.contains("FAILED"))
        #expect(Harness.files(in: out).contains("ostersund-lugnvik/samverkansavtal.md"))
    }
}
