import Foundation
import Testing

/// The common mistakes people make, each a fixture of the golden corpus (`fixtures/invalid`),
/// printed by `fcdoc validate` in the language the environment chooses, as gettext does:
/// Swedish under `LANG=sv_SE.UTF-8`, English under `LANG=C.UTF-8`, whatever the test's own
/// environment. The lines must be the corpus's, `NAME.sv.expected` resp. `NAME.expected`.
@Suite("End to end: messages in the language LANG, LC_MESSAGES and LC_ALL choose")
struct MessageLanguageTests {
    /// Bad indentation, a tab, ': ' in a text, a missing '- ', a misspelt key, an unknown
    /// party, a survey with no answers.
    static let commonMistakes = [
        "yaml-indent-three", "yaml-tab-lugnvik", "yaml-colon-in-title", "yaml-missing-dash", "unknown-key",
        "unknown-party", "report-csv-header-only",
    ]

    static let folder = URL(fileURLWithPath: Harness.fixture("invalid"))

    /// The environment of this process without its locale variables, plus `locale`.
    static func environment(_ locale: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { environment[name] = nil }
        return environment.merging(locale) { $1 }
    }

    /// The corpus's lines for a fixture in a language: `.expected` or `.sv.expected`.
    static func expected(_ name: String, swedish: Bool) throws -> [String] {
        let file = folder.appendingPathComponent(name + (swedish ? ".sv.expected" : ".expected"))
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// `validate`'s diagnostic lines, each with its file by name only, as the corpus has them.
    static func printed(_ name: String, locale: [String: String]) throws -> [String] {
        let outcome = try Harness.fcdoc("validate", name + ".yaml", environment: environment(locale), in: folder)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        return outcome.stderr.split(separator: "\n").map(String.init).filter {
            $0.range(of: #"^[^ ]+:\d+:\d+: "#, options: .regularExpression) != nil
        }.map { line in
            let path = String(line.prefix { $0 != ":" })
            return URL(fileURLWithPath: path).lastPathComponent + line.dropFirst(path.count)
        }
    }

    @Test(arguments: commonMistakes)
    func swedishUnderASwedishLang(name: String) throws {
        let lines = try Self.printed(name, locale: ["LANG": "sv_SE.UTF-8"])
        #expect(lines == (try Self.expected(name, swedish: true)))
        #expect(lines.contains { $0.contains(": fel: ") } && !lines.contains { $0.contains(": error: ") })
    }

    @Test(arguments: commonMistakes)
    func englishUnderTheCLocale(name: String) throws {
        let lines = try Self.printed(name, locale: ["LANG": "C.UTF-8"])
        #expect(lines == (try Self.expected(name, swedish: false)))
        #expect(lines.contains { $0.contains(": error: ") } && !lines.contains { $0.contains(": fel: ") })
    }

    @Test func lcAllOverridesLangAndLcMessagesOverridesLang() throws {
        let name = "unknown-key"
        let swedish = try Self.expected(name, swedish: true)
        let english = try Self.expected(name, swedish: false)
        #expect(try Self.printed(name, locale: ["LC_ALL": "C", "LANG": "sv_SE.UTF-8"]) == english)
        #expect(try Self.printed(name, locale: ["LC_ALL": "sv_SE.UTF-8", "LANG": "C.UTF-8"]) == swedish)
        #expect(try Self.printed(name, locale: ["LC_MESSAGES": "sv_FI.UTF-8", "LANG": "POSIX"]) == swedish)
        #expect(try Self.printed(name, locale: [:]) == english)
    }
}
