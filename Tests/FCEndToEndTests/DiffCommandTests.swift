import Foundation
import Testing

/// `fcdoc diff` as a user runs it: Vindeln's file with the annual cost, the coordinators' scope
/// and one of the coordinator's own tasks changed, compared with the fixture; the files checked
/// by the independent oracles (`odt-validate`, LibreOffice through `odt-text`); bad input.
@Suite("fcdoc diff on the command line")
struct DiffCommandTests {
    /// The fixture as `old.yaml` and the changed version as `new.yaml` in a fresh folder.
    static func versions() throws -> URL {
        let folder = Harness.temporaryFolder()
        let text = try String(contentsOfFile: Harness.fixture("vindeln.yaml"), encoding: .utf8)
        var changed =
            text
            .replacingOccurrences(of: "annual_cost: 100000", with: "annual_cost: 120000")
            .replacingOccurrences(of: "  scope_percent: 20\n", with: "  scope_percent: 25\n")
            .replacingOccurrences(
                of: "Utforma aktivitetsplan tillsammans med arbetsgruppen.",
                with: "Utforma aktivitetsplan och årshjul tillsammans med arbetsgruppen.")
        // The persons' scopes add up to the total: Sofia Lindström's grows with it.
        let sofia = try #require(changed.range(of: "Sofia Lindström"))
        let scope = try #require(changed.range(of: "scope_percent: 10", range: sofia.upperBound..<changed.endIndex))
        changed.replaceSubrange(scope, with: "scope_percent: 15")
        #expect(changed.components(separatedBy: "\n").count == text.components(separatedBy: "\n").count)
        #expect(changed != text)
        try text.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try changed.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func vindelnsChangedAgreementsAsTrackedChanges() throws {
        let folder = try Self.versions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Harness.fcdoc(
            "diff", "old.yaml", "new.yaml", "--doc", "samverkansavtal", "samordnaravtal", "--format",
            "odt,docx,html,md",
            "--out", "out", environment: ["SOURCE_DATE_EPOCH": "1796300000"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("samverkansavtal: changed"))
        #expect(outcome.stdout.contains("samordnaravtal: changed"))
        let out = folder.appendingPathComponent("out/vindeln")
        #expect(
            Harness.files(in: out) == [
                "samordnaravtal-andringar.docx", "samordnaravtal-andringar.html", "samordnaravtal-andringar.md",
                "samordnaravtal-andringar.odt", "samverkansavtal-andringar.docx", "samverkansavtal-andringar.html",
                "samverkansavtal-andringar.md", "samverkansavtal-andringar.odt",
            ])
        let odts = ["samverkansavtal", "samordnaravtal"].map { out.appendingPathComponent("\($0)-andringar.odt") }
        let validation = try Oracles.validateODT(odts)
        #expect(validation.allValid, "\(validation.report)")

        let html = try String(contentsOf: out.appendingPathComponent("samordnaravtal-andringar.html"), encoding: .utf8)
        #expect(html.contains("<ins>") && html.contains("<del>"))
        #expect(html.contains("Årlig kostnad: 100\u{A0}000\u{A0}kr → 120\u{A0}000\u{A0}kr"))
        #expect(html.contains("Samordnarens omfattning: 20\u{A0}% → 25\u{A0}%"))
        #expect(html.contains("Ändringar mot old.yaml (2026-02-02)"))
        #expect(!html.contains("Exemplar"))
        let markdown = try String(
            contentsOf: out.appendingPathComponent("samordnaravtal-andringar.md"), encoding: .utf8)
        #expect(markdown.contains("Ändrade stycken"))
        #expect(markdown.contains("Förut:"))

        // The same input and date give the same bytes.
        let again = try Harness.fcdoc(
            "diff", "old.yaml", "new.yaml", "--doc", "samordnaravtal", "--format", "odt,docx,html,md", "--out", "again",
            environment: ["SOURCE_DATE_EPOCH": "1796300000"], in: folder)
        #expect(again.status == 0)
        for ext in ["odt", "docx", "html", "md"] {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent("again/vindeln/samordnaravtal-andringar.\(ext)"))
                    == Data(contentsOf: out.appendingPathComponent("samordnaravtal-andringar.\(ext)")), "\(ext)")
        }

        // LibreOffice opens both ODTs and shows them with every change accepted (the view
        // setting the ODT carries): the text, headers and footers aside, is the new agreement's
        // own ODT's. The DOCX shows the changes, deleted text struck through beside the new.
        guard Harness.libreOfficeInstalled else { return }
        let rendered = try Harness.fcdoc(
            "render", "new.yaml", "--format", "odt", "--out", "new",
            in: folder)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let newOdts = ["samverkansavtal", "samordnaravtal"].map {
            folder.appendingPathComponent("new/vindeln/\($0).odt")
        }
        let docxFile = out.appendingPathComponent("samordnaravtal-andringar.docx")
        let texts = try Oracles.odtText(odts + newOdts + [docxFile])
        for (changes, new) in zip(odts, newOdts) {
            let shown = Self.body(texts[changes.path] ?? "")
            #expect(shown == Self.body(texts[new.path] ?? ""), "\(changes.lastPathComponent): \(shown.prefix(2000))")
        }
        let contract = Harness.normalized(texts[odts[1].path] ?? "")
        #expect(contract.contains("kostnaden, 120 000 kr per år"), "\(contract.prefix(3000))")
        #expect(!contract.contains("100 000 kr"))
        #expect(contract.contains("Utforma aktivitetsplan och årshjul tillsammans med arbetsgruppen"))
        #expect(contract.contains("Ändringar mot old.yaml (2026-02-02)"))
        #expect(!contract.contains("Kontrollsumma"))
        let wordContract = Harness.normalized(texts[docxFile.path] ?? "")
        #expect(wordContract.contains("kostnaden, 100 000 kr120 000 kr per år"), "\(wordContract.prefix(3000))")
    }

    /// A document's text as `odt-text` prints it without its headers and footers (the date,
    /// the copy or "Ändringar mot" line, the kontrollsumma, the page number), in single spaces.
    static func body(_ text: String) -> String {
        let marks = ["Ändringar mot", "Exemplar ", "Kontrollsumma", "Datum:"]
        let lines = text.split(separator: "\n").filter { line in
            !marks.contains { line.contains($0) }
                && line.range(of: #"Sida \d+ av \d+"#, options: .regularExpression) == nil
        }
        return Harness.normalized(lines.joined(separator: "\n"))
    }

    /// Last year's verksamhetsberättelse against this year's: the figures in the summary, each
    /// changed chart the old one deleted and the new one inserted under a name of its own.
    @Test func aReportAgainstLastYearsReport() throws {
        let folder = Harness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = Harness.fixture("reports")
        let outcome = try Harness.fcdoc(
            "diff", "\(reports)/vindeln-2024.yaml", "\(reports)/vindeln-2025.yaml", "--format", "odt,docx,md",
            "--out", folder.appendingPathComponent("out").path, in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("verksamhetsberattelse: changed"), "\(outcome.stdout)")
        let out = folder.appendingPathComponent("out/vindeln")
        let markdown = try String(
            contentsOf: out.appendingPathComponent("verksamhetsberattelse-2025-andringar.md"), encoding: .utf8)
        for line in [
            "Ändringar mot vindeln-2024.yaml (2024)", "Verksamhetsår: 2024 → 2025",
            "Antal besök: 2\u{A0}140 → 2\u{A0}365", "Analys (ändrad)", "Prioriterat mål ”",
        ] {
            #expect(markdown.contains(line), "\(line)")
        }
        let files = Harness.files(in: out)
        #expect(files.contains("verksamhetsberattelse-2025-andringar-statistik.svg"))
        #expect(files.contains("verksamhetsberattelse-2025-andringar-statistik-tidigare.svg"))
        let odt = out.appendingPathComponent("verksamhetsberattelse-2025-andringar.odt")
        let validation = try Harness.run(Harness.tools.appendingPathComponent("odt-validate"), [odt.path])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test func anUnchangedFileIsReportedAndNotWritten() throws {
        let folder = try Self.versions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Harness.fcdoc("diff", "old.yaml", "old.yaml", "--out", "out", in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("samverkansavtal: unchanged"))
        #expect(outcome.stdout.contains("samordningsfunktion: unchanged"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    /// Under a Swedish locale, or with `--lang sv`, the lines for people are Swedish, as the
    /// diagnostics are.
    @Test func aSwedishReaderGetsSwedishLines() throws {
        let folder = try Self.versions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let swedish = ["LANG": "sv_SE.UTF-8", "SOURCE_DATE_EPOCH": "1796300000"]
        let changed = try Harness.fcdoc(
            "diff", "old.yaml", "new.yaml", "--doc", "samordnaravtal", "--out", "out", environment: swedish, in: folder)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("samordnaravtal: ändrat, kontrollsumma "), "\(changed.stdout)")
        // --lang chooses it whatever the locale.
        let same = try Harness.fcdoc(
            "diff", "old.yaml", "old.yaml", "--out", "same", "--lang", "sv", environment: ["LANG": "C.UTF-8"],
            in: folder)
        #expect(same.stdout.contains("samverkansavtal: oförändrat (kontrollsumma "), "\(same.stdout)")
        let county = try Harness.fcdoc(
            "diff", "old.yaml", Harness.fixture("jonkopings-lan/county.yaml"), "--out", "county", environment: swedish,
            in: folder)
        #expect(county.status != 0)
        #expect(county.stderr.contains("jämför två versioner av samma fil"), "\(county.stderr)")
        #expect(county.stderr.contains("ingenting jämfördes (1 fel"), "\(county.stderr)")
        let pdf = try Harness.fcdoc("diff", "old.yaml", "new.yaml", "--format", "pdf", environment: swedish, in: folder)
        #expect(pdf.status != 0 && pdf.stderr.contains("diff skriver inte pdf"), "\(pdf.stderr)")
    }

    @Test func badInputGivesDiagnosticsAndWritesNothing() throws {
        let folder = try Self.versions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [([String], String)] = [
            (["missing.yaml", "new.yaml"], "missing.yaml"),
            (["old.yaml", Harness.fixture("jonkopings-lan/county.yaml")], "compare two versions of the same file"),
            (["old.yaml", Harness.fixture("invalid/unknown-key.yaml")], "unknown-key.yaml:"),
            (["old.yaml", "new.yaml", "--format", "pdf"], "diff does not write pdf"),
        ]
        for (arguments, expected) in cases {
            let outcome = try Harness.run(Harness.fcdoc, ["diff"] + arguments + ["--out", "out"], in: folder)
            #expect(outcome.status != 0, "\(arguments)")
            #expect(outcome.stderr.contains(expected), "\(arguments): \(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "\(arguments)")
        }
    }
}
