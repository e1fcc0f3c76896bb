import Foundation
import Testing

@testable import FCConfig

@Suite("Config: YAML → typed model with positions")
struct ConfigLoadingTests {
    @Test func filesLoadedAheadAreTakenOnceAndOnlyWithTheSameBytes() throws {
        let folder = TestPaths.temporaryFolder()
        let source = try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
        let paths = (1...6).map { folder.appendingPathComponent("c\($0).yaml").path }
        for (number, path) in paths.enumerated() {
            try source.replacingOccurrences(of: "Vindelns familjecentral", with: "Central \(number)")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        let readAhead = ConfigLoader.ReadAhead()
        let ahead = ConfigLoader.loadAhead(paths, keepingIn: readAhead)
        #expect(ahead.map { $0.centre?.centre.name.value } == (0..<6).map { "Central \($0)" })
        // Changed after the read-ahead: the next load reads the new bytes.
        try source.replacingOccurrences(of: "Vindelns familjecentral", with: "Ändrad").write(
            toFile: paths[0], atomically: true, encoding: .utf8)
        #expect(ConfigLoader.load(path: paths[0], readAhead: readAhead).centre?.centre.name.value == "Ändrad")
        // Unchanged: the kept result is taken once, and a fresh one follows; both carry their own diagnostics.
        let first = ConfigLoader.load(path: paths[1], readAhead: readAhead)
        first.diagnostics.error(.fileUnreadable, at: SourceLocation.wholeFile(paths[1]))
        let second = ConfigLoader.load(path: paths[1], readAhead: readAhead)
        #expect(second.centre?.centre.name.value == "Central 1")
        #expect(!second.diagnostics.hasErrors)
        #expect(
            ConfigLoader.loadAhead([folder.appendingPathComponent("saknas.yaml").path], keepingIn: readAhead)
                .first?.diagnostics.hasErrors == true)
    }

    @Test func loadsTheVindelnFixtureWithPositions() throws {
        let result = ConfigLoader.load(path: TestPaths.fixture("vindeln.yaml"))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let file = try #require(result.centre)
        #expect(file.centre.id.value == "vindeln")
        #expect(file.centre.name.value == "Vindelns familjecentral")
        #expect(file.parties.count == 3)
        #expect(file.signatories.count == 3)
        #expect(file.centre.name.location.line > 1)
        #expect(file.centre.name.location.column > 1)
        let services = Set(file.parties.flatMap { $0.services.map(\.value) })
        #expect(services == Set(Service.allCases))
    }

    @Test func abbreviationsAreAcceptedForServices() throws {
        let file = try #require(
            ConfigLoader.load(path: TestPaths.fixture("jamtlands-lan/ostersund-lugnvik.yaml")).centre)
        let services = file.parties.flatMap { $0.services.map(\.value) }
        #expect(services.contains(.maternalHealth))
        #expect(services.contains(.childHealth))
    }

    @Test func locationsPointAtTheValue() {
        let yaml = "fcdoc: 1\nkind: centre\ncentre:\n  id: x\n  name: 12\n  nmae: y\n"
        let result = ConfigLoader.load(text: yaml, path: "t.yaml")
        let unknown = result.diagnostics.diagnostics.first { $0.message.en.contains("nmae") }
        #expect(unknown?.location == SourceLocation(file: "t.yaml", line: 6, column: 3))
        #expect(unknown?.message.en.contains("did you mean 'name'?") == true)
        // A number where text is expected is read as text, not refused.
        #expect(result.centre?.centre.name.value == "12")
    }

    @Test func aByteOrderMarkIsIgnored() {
        let result = ConfigLoader.load(text: "\u{FEFF}fcdoc: 1\nkind: centre\n", path: "bom.yaml")
        #expect(!result.diagnostics.diagnostics.contains { $0.message.en.contains("malformed") })
        #expect(result.centre != nil)
    }

    @Test func nonUTF8IsReportedWhereItStarts() throws {
        let folder = TestPaths.temporaryFolder()
        let url = folder.appendingPathComponent("latin1.yaml")
        try Data("fcdoc: 1\nkind: centre\nname: Bj".utf8 + [0xF6] + Data("rk\n".utf8)).write(to: url)
        let result = ConfigLoader.load(path: url.path)
        #expect(result.centre == nil)
        let diagnostic = try #require(result.diagnostics.diagnostics.first)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.location.column == 9)
        #expect(diagnostic.message.en.contains("UTF-8"))
    }

    @Test func oversizedFilesAreRefusedUnread() throws {
        let folder = TestPaths.temporaryFolder()
        let url = folder.appendingPathComponent("big.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: ConfigLoader.maximumFileSize + 1).write(to: url)
        let result = ConfigLoader.load(path: url.path)
        #expect(result.centre == nil)
        #expect(result.diagnostics.diagnostics.first?.message.en.contains("at most") == true)
    }

    @Test func emptyAndMissingFilesGetAClearMessage() {
        #expect(ConfigLoader.load(text: "", path: "e.yaml").diagnostics.diagnostics.first?.message == .fileEmpty)
        #expect(
            ConfigLoader.load(path: "/nonexistent/x.yaml").diagnostics.diagnostics.first?.message == .fileNotFound)
    }

    @Test func aListWhereAMappingBelongsIsAnError() {
        let result = ConfigLoader.load(text: "- a\n- b\n", path: "l.yaml")
        #expect(result.centre == nil)
        #expect(result.diagnostics.diagnostics.first?.message.en.contains("must be a mapping") == true)
    }

    @Test(arguments: [
        ("nmae", "name"), ("partys", "parties"), ("barnhalsovard", "barnhälsovård"),
        ("signatory", "signatories"),
    ])
    func suggestionsFindNearMisses(word: String, expected: String) {
        let candidates = CentreReader.topKeys + CentreReader.centreKeys + Service.acceptedNames
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test func suggestionsStayQuietForUnrelatedWords() {
        #expect(Suggestion.closest(to: "xyz", in: CentreReader.topKeys) == nil)
    }

    @Test(arguments: ["2024-02-29", "2026-12-31", "2026-01-01"])
    func validDates(text: String) {
        #expect(ISODate(text)?.description == text)
    }

    @Test(arguments: ["2025-02-29", "2025-02-30", "2025-13-01", "2025-4-01", "25-04-01", "2025-04-31", "idag"])
    func invalidDates(text: String) {
        #expect(ISODate(text) == nil)
    }

    @Test func monthDays() {
        #expect(MonthDay("03-01")?.swedish == "1 mars")
        #expect(MonthDay("12-24")?.swedish == "24 december")
        #expect(MonthDay("02-29") == nil)
        #expect(MonthDay("13-01") == nil)
        #expect(MonthDay("3-1") == nil)
    }
}

@Suite("Config: hostile YAML is refused quickly")
struct HostileYAMLTests {
    func timed(_ text: String) -> (ConfigLoader.Result, Double) {
        let started = Date()
        let result = ConfigLoader.load(text: text, path: "bomb.yaml")
        return (result, Date().timeIntervalSince(started))
    }

    @Test func aliasBombsAreNotExpanded() {
        var yaml = "fcdoc: 1\nkind: centre\ncentre:\n  id: x\n  name: &a0 lol\n"
        for level in 1...9 {
            yaml +=
                "l\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        yaml += "budget: *a9\n"
        let (result, seconds) = timed(yaml)
        #expect(seconds < 1)
        #expect(result.diagnostics.hasErrors)
        #expect(
            result.diagnostics.diagnostics.map(\.message.en).first?.contains("anchors (&name) are not allowed") == true)
        #expect(result.diagnostics.diagnostics.first?.location == SourceLocation(file: "bomb.yaml", line: 5, column: 9))
    }

    @Test func anAliasBombAsAMappingKeyIsRefusedBeforeParsing() {
        // Hashing such a key would walk 10⁹ nodes; the scan stops it first.
        var yaml = "fcdoc: 1\nkind: centre\na0: [lol]\n"
        for level in 1...9 {
            yaml += "l\(level): [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "? *a9\n: x\n"
        let (result, seconds) = timed(yaml)
        #expect(seconds < 1)
        #expect(result.diagnostics.diagnostics.first?.message.en.contains("aliases (*name) are not allowed") == true)
    }

    @Test(arguments: [
        "name: \"*fet* & <b>\"", "name: Chef & samordnare", "name: 'A & *B'",
        "name: |\n    &inte ett ankare\n    *inte ett alias",
        "name: a # &kommentar", "name: Q&A",
    ])
    func ampersandsAndStarsInTextAreNoAnchors(line: String) {
        #expect(AnchorScan.first(in: "fcdoc: 1\n" + line + "\n") == nil)
    }

    @Test func deepNestingIsRefusedWithItsPlace() {
        let yaml =
            "fcdoc: 1\nkind: centre\ncentre: " + String(repeating: "[", count: 20_000)
            + String(repeating: "]", count: 20_000) + "\n"
        let (result, seconds) = timed(yaml)
        #expect(seconds < 1)
        #expect(result.centre == nil)
        #expect(result.diagnostics.diagnostics.first?.location.line == 3)
    }

    @Test func veryLongTextIsRefused() {
        let yaml = "fcdoc: 1\nkind: centre\ncentre:\n  id: x\n  name: " + String(repeating: "å", count: 200_000) + "\n"
        let (result, seconds) = timed(yaml)
        #expect(seconds < 1)
        #expect(result.diagnostics.diagnostics.contains { $0.message.en.contains("200000 characters long") })
    }

    @Test func windowsLineEndsAreFine() throws {
        let text = try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "\r\n")
        let result = ConfigLoader.load(text: "\u{FEFF}" + text, path: "crlf.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        #expect(result.centre?.centre.name.value == "Vindelns familjecentral")
    }
}
