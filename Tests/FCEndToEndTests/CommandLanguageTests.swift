import Foundation
import Testing

/// Issue 20 through the built program: the language of what fcdoc prints follows LC_ALL,
/// LC_MESSAGES and LANG as gettext does, and `--lang` overrides it on every command.
@Suite("End to end: messages in Swedish and English")
struct CommandLanguageTests {
    /// The Vindeln fixture with two mistakes of the validation rules: a management group member of
    /// a party that does not exist (a near-miss of `ifo`) and a notice period out of range.
    static func mistakenCentre() throws -> URL {
        var text = try String(contentsOfFile: Harness.fixture("vindeln.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(
            of: "      title: Enhetschef, Vindelns kommun\n      party: ifo",
            with: "      title: Enhetschef, Vindelns kommun\n      party: ifoo")
        text = text.replacingOccurrences(
            of: "agreement:\n  signing_date: 2026-02-02", with: "agreement:\n  signing_date: 2026-02-02\n  copies: 30")
        let file = Harness.temporaryFolder().appendingPathComponent("familjecentral.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func validate(_ file: URL, _ options: [String] = [], environment: [String: String]) throws
        -> Harness.Outcome
    {
        try Harness.run(Harness.fcdoc, ["validate"] + options + [file.path], environment: environment)
    }

    static let swedishLocale = ["LANG": "sv_SE.UTF-8"]
    static let plainLocale = ["LANG": "C.UTF-8"]

    /// Swedish diagnostics: the severity word, the whole sentence, typed values in ”…”, the summary.
    static func expectSwedish(_ outcome: Harness.Outcome) {
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                ": fel: ledningsgruppsmedlemmen ”Jim Lindberg” hör till parten ”ifoo”, som inte finns under "
                    + "”parties” (menade du ”ifo”?)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(": fel: ”copies” är 30; skriv 1 till 20"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("2 fel, 0 varningar"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("error"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("'"), "English quotes in \(outcome.stderr)")
    }

    static func expectEnglish(_ outcome: Harness.Outcome) {
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains(
                ": error: management group member 'Jim Lindberg' belongs to party 'ifoo', which is not declared "
                    + "under 'parties' (did you mean 'ifo'?)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(": error: copies is 30; expected 1 to 20"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("2 errors, 0 warnings"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains(" fel"), "\(outcome.stderr)")
    }

    @Test func aSwedishLocaleGivesSwedish() throws {
        Self.expectSwedish(try Self.validate(try Self.mistakenCentre(), environment: Self.swedishLocale))
        // LC_ALL comes first, as with gettext; LC_MESSAGES before LANG.
        Self.expectSwedish(
            try Self.validate(try Self.mistakenCentre(), environment: ["LC_ALL": "sv_FI.UTF-8", "LANG": "C.UTF-8"]))
        Self.expectSwedish(
            try Self.validate(
                try Self.mistakenCentre(), environment: ["LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_GB.UTF-8"]))
    }

    @Test func theCLocaleGivesEnglish() throws {
        Self.expectEnglish(try Self.validate(try Self.mistakenCentre(), environment: Self.plainLocale))
        Self.expectEnglish(try Self.validate(try Self.mistakenCentre(), environment: [:]))
    }

    @Test func langOverridesTheLocale() throws {
        let file = try Self.mistakenCentre()
        Self.expectSwedish(try Self.validate(file, ["--lang", "sv"], environment: Self.plainLocale))
        Self.expectEnglish(try Self.validate(file, ["--lang", "en"], environment: Self.swedishLocale))
        let unknown = try Self.validate(file, ["--lang", "de"], environment: Self.plainLocale)
        #expect(unknown.status != 0 && unknown.status != 1, "\(unknown.stderr)")
    }

    @Test func renderSaysWhyNothingWasMadeInSwedish() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.run(
            Harness.fcdoc, ["render", try Self.mistakenCentre().path, "--out", out.path, "--lang", "sv"],
            environment: Self.plainLocale)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains("familjecentral.yaml: ingenting gjordes (2 fel, 0 varningar)"), "\(outcome.stderr)")
    }

    @Test func jsonCarriesCodesAndTheChosenLanguage() throws {
        let outcome = try Self.validate(
            try Self.mistakenCentre(), ["--format", "json", "--lang", "sv"], environment: Self.plainLocale)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let party = try #require(items.first { $0["code"] as? String == "validation.undeclared-party" })
        #expect((party["message"] as? String)?.hasPrefix("ledningsgruppsmedlemmen ”Jim Lindberg”") == true)
    }

    /// Every command takes `--lang`, and `fcdoc serve` hands it to `fcdoc-serve`.
    @Test(arguments: [
        "render", "validate", "init", "batch", "tasks", "statements", "questions", "calendar", "form", "verify",
        "template-values", "schema", "serve",
    ])
    func everyCommandTakesLang(command: String) throws {
        let help = try Harness.fcdoc("help", command)
        #expect(help.stdout.contains("--lang <sv|en>"), "\(command): \(help.stdout)")
    }

    @Test func listsFollowTheLanguage() throws {
        let swedish = try Harness.run(Harness.fcdoc, ["questions", "--lang", "sv"], environment: Self.plainLocale)
        #expect(swedish.stdout.contains("Svar: 1 "), "\(swedish.stdout)")
        let english = try Harness.run(Harness.fcdoc, ["statements"], environment: Self.plainLocale)
        #expect(english.stdout.contains("Positions: 1 "), "\(english.stdout)")
    }
}
