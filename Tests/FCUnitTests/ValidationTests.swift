import FCConfig
import FCRender
import Foundation
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
    /// about (a text cut by ' #'): it loads, with exactly those warnings.
    @Test(arguments: invalidFixtures)
    func invalidFixtureGivesItsDiagnostics(name: String) throws {
        let path = TestPaths.fixture("invalid/\(name)")
        let expectedPath = path.replacingOccurrences(of: ".yaml", with: ".expected")
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let outcome = ConfigCheck.run(path: path)
        let actual = outcome.diagnostics.flatMap { diagnostic in
            [golden(diagnostic.location, diagnostic.severity.rawValue, diagnostic.message)]
                + diagnostic.notes.map { golden($0.location, "note", $0.message) }
        }
        #expect(actual == expected)
        let expectsErrors = expected.contains { $0.contains(": error: ") }
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

    /// One line of a golden file: the diagnostic's file by name only, so the files do not depend
    /// on where the checkout is.
    private func golden(_ location: FCConfig.SourceLocation, _ kind: String, _ message: String) -> String {
        "\(URL(fileURLWithPath: location.file).lastPathComponent):\(location.line):\(location.column): \(kind): \(message)"
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
