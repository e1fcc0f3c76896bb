import FCConfig
import FCRender
import Foundation
import GoldenFiles
import Testing

@testable import FCValidation

@Suite("Validation: every invalid fixture gives exactly its diagnostics")
struct ValidationTests {
    static let invalidFixtures: [String] = {
        let folder = TestPaths.packageRoot.appendingPathComponent("fixtures/invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func thereAreInvalidFixtures() {
        #expect(Self.invalidFixtures.count >= 50)
    }

    /// A fixture whose expected diagnostics are all warnings is a valid file that fcdoc warns
    /// about (a text cut by ' #'): it loads, with exactly those warnings. The diagnostics are
    /// kept in both languages, as `validate` prints them: `NAME.expected` in English and
    /// `NAME.sv.expected` in Swedish. With `FCDOC_UPDATE_GOLDEN=1` (`make golden`) the files
    /// are rewritten instead, for review.
    @Test(arguments: invalidFixtures, Language.allCases)
    func invalidFixtureGivesItsDiagnostics(name: String, language: Language) throws {
        let path = TestPaths.fixture("invalid/\(name)")
        let expectedPath = Self.expectedPath(path, language)
        let outcome = ConfigCheck.run(path: path)
        let actual = outcome.diagnostics.flatMap {
            Self.golden($0, in: language).split(separator: "\n").map(String.init)
        }
        if GoldenFile.isUpdating {
            try (actual.joined(separator: "\n") + "\n").write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(actual == expected)
        if language == .sv {
            #expect(actual.allSatisfy { !Self.soundsEnglish($0) }, "\(actual)")
        }
        let expectsErrors = outcome.diagnostics.contains { $0.severity == .error }
        #expect(
            expected.contains { $0.contains(": \(Diagnostic.Severity.error.word(in: language)): ") } == expectsErrors)
        #expect(outcome.hasErrors == expectsErrors)
        #expect((outcome.config == nil) == expectsErrors)
        // Problems are reported in the file they are in: the YAML, or the survey CSV beside it.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        #expect(
            outcome.diagnostics.allSatisfy {
                $0.location.file == path
                    || URL(fileURLWithPath: $0.location.file).deletingLastPathComponent().path == folder
            })
    }

    /// Whether a line's message (after `FILE:LINE:COL: fel: `) has words every English message
    /// uses, outside the ”…” around the file's own keys and values.
    static func soundsEnglish(_ line: String) -> Bool {
        let message = line.split(separator: ": ", maxSplits: 2).last ?? ""
        let own = message.split(separator: "\u{201D}", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        let words = Set(own.lowercased().split { !$0.isLetter }.map(String.init))
        return !words.isDisjoint(with: ["the", "is", "must", "expected", "line", "error", "warning", "note"])
    }

    /// `NAME.expected` (English) or `NAME.sv.expected` beside `NAME.yaml`.
    static func expectedPath(_ fixture: String, _ language: Language) -> String {
        fixture.replacingOccurrences(
            of: ".yaml", with: language == .en ? ".expected" : ".\(language.rawValue).expected")
    }

    /// The lines `validate` prints for a diagnostic, with the file by name only, so the files
    /// do not depend on where the checkout is.
    static func golden(_ diagnostic: Diagnostic, in language: Language) -> String {
        var named = diagnostic
        named.location.file = URL(fileURLWithPath: diagnostic.location.file).lastPathComponent
        named.notes = named.notes.map {
            var note = $0
            note.location.file = URL(fileURLWithPath: $0.location.file).lastPathComponent
            return note
        }
        return named.formatted(in: language)
    }

    @Test(arguments: ["vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml", "hostile.yaml"])
    func validFixturesHaveNoErrors(name: String) {
        let outcome = ConfigCheck.run(path: TestPaths.fixture(name))
        #expect(!outcome.hasErrors, "\(outcome.diagnostics)")
        #expect(outcome.config != nil)
    }

    @Test(arguments: ["vindeln", "a", "familjecentralen-2", String(repeating: "a", count: 64)])
    func safeIdentifiers(id: String) {
        #expect(IdentifierRules.isSafe(id))
    }

    @Test(arguments: ["", "-x", "../x", "Vindeln", "a b", "å", "a/b", "a.b", String(repeating: "a", count: 65)])
    func unsafeIdentifiers(id: String) {
        #expect(!IdentifierRules.isSafe(id))
    }

    @Test func unsafeIdentifiersGetASafeSuggestion() {
        #expect(IdentifierRules.suggestedID("../Vindeln FC") == "vindeln-fc")
        #expect(IdentifierRules.suggestedID("Östersund Lugnvik") == "ostersund-lugnvik")
    }
}
