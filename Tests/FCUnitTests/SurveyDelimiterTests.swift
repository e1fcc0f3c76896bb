import FCConfig
import FCRender
import Foundation
import Testing

@testable import FCReport

@Suite("Survey CSV: read as it comes, whatever the separator")
struct SurveyDelimiterTests {
    /// A copy of a fixture report and its centre in a fresh folder, with the survey CSV replaced
    /// by `csv` and `survey:` extended by `extra` (e.g. a delimiter line).
    static func report(from fixture: String, csv: (String) -> String, extra: String = "") throws -> String {
        let folder = TestPaths.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: TestPaths.fixture(fixture))
        var yaml = try String(contentsOf: source, encoding: .utf8)
        let csvName =
            try #require(yaml.split(separator: "\n").first { $0.contains("file: ") && $0.hasSuffix(".csv") })
            .split(separator: " ").last.map(String.init) ?? ""
        let original = try String(
            contentsOf: source.deletingLastPathComponent().appendingPathComponent(csvName), encoding: .utf8)
        try csv(original).write(to: reports.appendingPathComponent(csvName), atomically: true, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "file: \(csvName)", with: "file: \(csvName)\(extra)")
        let centre = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("centre: ") }).dropFirst(8)
        let centreSource = source.deletingLastPathComponent().appendingPathComponent(String(centre))
        try FileManager.default.copyItem(at: centreSource, to: reports.appendingPathComponent(String(centre)))
        let path = reports.appendingPathComponent(source.lastPathComponent).path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let fixtures = ["reports/vindeln-2025.yaml", "jamtlands-lan/reports/ostersund-lugnvik-2025.yaml"]

    /// Every copy gives the `;` original's counts, question by question.
    @Test(arguments: fixtures)
    func commaAndTabCopiesGiveTheSameNumbers(fixture: String) throws {
        let original = try #require(
            ConfigCheck.run(path: TestPaths.fixture(fixture), lookForPreviousReport: false)
                .reportData?.survey)
        #expect(original.contains { $0.respondents > 0 })
        let copies: [(csv: (String) -> String, extra: String, warns: Bool)] = [
            ({ $0.replacingOccurrences(of: ";", with: ",") }, "", false),
            ({ $0.replacingOccurrences(of: ";", with: "\t") }, "", false),
            ({ $0.replacingOccurrences(of: ";", with: "\t") }, "\n  delimiter: \"\\t\"", false),
            ({ $0.replacingOccurrences(of: ";", with: "\t") }, "\n  delimiter: tab", false),
            ({ $0.replacingOccurrences(of: ";", with: ",") }, "\n  delimiter: \",\"", false),
            ({ $0.replacingOccurrences(of: "\n", with: "\r\n") }, "", false),
        ]
        for copy in copies {
            let path = try Self.report(from: fixture, csv: copy.csv, extra: copy.extra)
            let check = ConfigCheck.run(path: path, lookForPreviousReport: false)
            #expect(!check.hasErrors, "\(check.diagnostics)")
            #expect(check.reportData?.survey == original)
            // Read without being told, and without a word: the starter names no separator.
            #expect(
                check.diagnostics.filter { $0.message.en.contains("separated by") }.count == (copy.warns ? 1 : 0),
                "\(check.diagnostics)")
        }
    }

    @Test func headerOnlyAndEmptyFilesGiveOneErrorEach() throws {
        let fixture = Self.fixtures[0]
        let headerOnly = try Self.report(from: fixture, csv: { String($0.split(separator: "\n")[0]) + "\n" })
        let empty = try Self.report(from: fixture, csv: { _ in "" })
        let blank = try Self.report(from: fixture, csv: { _ in "\n\n" })
        for (path, words) in [(headerOnly, "no answers"), (empty, "is empty"), (blank, "is empty")] {
            let diagnostics = ConfigCheck.run(path: path, lookForPreviousReport: false).diagnostics
            #expect(diagnostics.count == 1, "\(diagnostics)")
            #expect(diagnostics.first?.severity == .error)
            #expect(diagnostics.first?.message.en.contains(words) == true, "\(diagnostics)")
            #expect(diagnostics.first?.location.file.hasSuffix(".csv") == true)
        }
    }

    @Test(arguments: [
        ("a;b,c;d", ";" as Character), ("a,b,c", ","), ("a\tb\tc", "\t"), ("one", ";"),
        ("\"x;y\",b,c", ","), ("a;b\tc\td", "\t"),
    ])
    func theHeaderTellsTheSeparator(header: String, expected: Character) {
        #expect(SurveyDelimiter.find(in: Substring(header)) == expected)
    }
}
