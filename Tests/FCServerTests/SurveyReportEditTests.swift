import FCConfig
import Foundation
import Testing

@testable import FCServer

/// The report's text after a survey upload: only the survey's lines change.
@Suite("Server: the report's survey lines after an upload")
struct SurveyReportEditTests {
    static func survey(_ text: String) throws -> SurveySource? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fcdoc-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("rapport.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return ConfigLoader.load(path: path).report?.survey
    }

    /// The vindeln 2025 fixture up to its survey, which the tests write.
    static let head: String = {
        let fixture = ServerHarness.packageRoot.appendingPathComponent("fixtures/reports/vindeln-2025.yaml")
        let text = (try? String(contentsOf: fixture, encoding: .utf8)) ?? ""
        return String(text[..<(text.range(of: "survey:\n")?.lowerBound ?? text.endIndex)])
    }()
    static let tail =
        "self_reflection:\n  respondents: 3\n  answers:\n    - statement: halsoframjande-arena\n      position: 2\n"

    @Test func theFileIsRenamedTheDelimiterGoesAndColumnsAreAddedBesideTheOnesThere() throws {
        let text =
            Self.head
            + "survey:\n  # Enkäten.\n  file: \"gammal.csv\"  # från Forms\n  delimiter: \";\"\n"
            + "  columns:\n    mal1a: Fråga ett\n    mal2a: 'Gammal rubrik'\n" + Self.tail
        var edit = SurveyReportEdit(text: text)
        edit.apply(
            to: try Self.survey(text), file: "ny.xlsx",
            columns: [(key: "mal1b", header: "Välkommen: \"ja\""), (key: "mal2a", header: "Ny rubrik")])
        #expect(
            edit.text
                == Self.head
                + "survey:\n  # Enkäten.\n  file: ny.xlsx  # från Forms\n"
                + "  columns:\n    mal1a: Fråga ett\n    mal2a: \"Ny rubrik\"\n    mal1b: \"Välkommen: \\\"ja\\\"\"\n"
                + Self.tail)
    }

    @Test func columnsComeUnderTheFileAndASurveyIsAddedWhereThereIsNone() throws {
        let text = Self.head + "survey:\n  file: a.csv\n"
        #expect(try Self.survey(text)?.file?.value == "a.csv")
        var edit = SurveyReportEdit(text: text)
        edit.apply(to: try Self.survey(text), file: "a.csv", columns: [(key: "mal1a", header: "123")])
        #expect(edit.text == Self.head + "survey:\n  file: a.csv\n  columns:\n    mal1a: \"123\"\n")
        var none = SurveyReportEdit(text: Self.head)
        #expect(!Self.head.isEmpty && !Self.head.contains("survey"))
        none.apply(to: nil, file: "b.xlsx", columns: [])
        #expect(none.text == Self.head + "survey:\n  file: b.xlsx\n")
    }
}
