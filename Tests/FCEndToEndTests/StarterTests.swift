import Foundation
import Testing

/// What the people who write a centre's content start from: the blank forms, the example report
/// and the lists of keys.
@Suite("End to end: forms, starter files and key lists")
struct StarterTests {
    /// Bilaga 4's statements as `fcdoc statements` prints them: "  key   Name – claim".
    static func catalogue() throws -> [(key: String, text: String)] {
        let listed = try Harness.fcdoc("statements")
        return listed.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { line in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func theBlankSelfReflectionFormHoldsAll30StatementsInTheSeedsOrder() throws {
        let out = Harness.temporaryFolder()
        let rendered = try Harness.fcdoc("form", "self-reflection", "--format", "odt", "--out", out.path)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let odt = out.appendingPathComponent("formular/sjalvreflektion.odt")
        let validation = try Oracles.validateODT([odt])
        #expect(validation.allValid, "\(validation.report)")
        let text = Harness.normalized(try #require(try Oracles.odtText([odt])[odt.path]))
        // The seed's statements in its order, each read whole from the seed (the extracted text
        // wraps them across lines and pages), compared without line ends and with one kind of dash.
        let seed = try String(
            contentsOf: Harness.packageRoot.deletingLastPathComponent()
                .appendingPathComponent("shared/seeds/004_c764858bff95b83a.txt"), encoding: .utf8)
        let bilaga4 = seed[
            try #require(seed.range(of: "\n Bilaga 4 \n"))
                .upperBound..<(try #require(seed.range(of: "\n Bilaga 5 \n")).lowerBound)]
        // LibreOffice's text puts a row's boxes on the statement's first line, so they are left out.
        func plain(_ text: some StringProtocol) -> String {
            Harness.normalized(String(text).replacingOccurrences(of: "☐", with: " ")).replacingOccurrences(
                of: "–", with: "-")
        }
        let seedText = plain(bilaga4)
        let formText = plain(text)
        let statements = try Self.catalogue()
        #expect(statements.count == 30)
        let heading = try #require(
            formText.range(of: "Markera på skalan var ni som grupp betraktar att ni befinner er"))
        #expect(formText[..<heading.lowerBound].contains("Steg V - uppföljning"))
        var seedFrom = seedText.startIndex
        var formFrom = heading.upperBound
        for statement in statements {
            // Its claim (after the short name) stands in the seed after the previous one …
            let claim = plain(statement.text.components(separatedBy: " – ").dropFirst().joined(separator: " – "))
            let inSeed = try #require(
                seedText.range(of: claim, range: seedFrom..<seedText.endIndex),
                "\(statement.key) not in the seed in order")
            seedFrom = inSeed.upperBound
            // … and the whole statement in the form after the previous one, followed by its comment line.
            let inForm = try #require(
                formText.range(of: plain(statement.text), range: formFrom..<formText.endIndex),
                "\(statement.key) not in the form in order")
            #expect(formText[inForm.upperBound...].hasPrefix(" Kommentar:"), "\(statement.key)")
            formFrom = inForm.upperBound
        }
        #expect(formText.contains("Antal svarande:"))
        #expect(formText.hasPrefix("Självreflektion för dig/ er som personal på Familjecentralen"))
    }

    @Test func theParentSurveyFormNamesTheCentreAndYearAndKeepsEachQuestionOnOnePage() throws {
        let out = Harness.temporaryFolder()
        let rendered = try Harness.fcdoc(
            "form", "parent-survey", "--centre", Harness.fixture("vindeln.yaml"), "--year", "2026",
            "--format", "odt", "--out", out.path)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let odt = out.appendingPathComponent("vindeln/foraldraenkat-2026.odt")
        let text = try #require(try Oracles.odtText([odt])[odt.path])
        let all = Harness.normalized(text)
        #expect(all.hasPrefix("Föräldraenkät 2026"))
        #expect(all.contains("Vindelns familjecentral"))
        #expect(all.contains("Vet ej"))
        #expect(all.contains("Dina kommentarer"))
        // Page by page (pdftotext ends each with a form feed): every question is whole on one page.
        let rawPages = text.split(separator: "\u{0C}").map(String.init)
        let pages = rawPages.map { Harness.normalized($0.replacingOccurrences(of: "☐", with: " ")) }
        #expect(pages.count >= 2)
        // "  2a  mal2a  Jag har fått …": number, key, text.
        let listed = try Harness.fcdoc("questions").stdout.split(separator: "\n").compactMap {
            String($0).wholeMatch(of: #/  (\S+)  (\S+) +(.+)/#).map { (number: String($0.1), text: String($0.3)) }
        }
        #expect(listed.map(\.number) == ["1a", "1b", "2a", "2b", "3a", "3b", "4a", "4b", "5a", "5b"])
        for (number, question) in listed {
            let onPages = pages.indices.filter { pages[$0].contains(question) }
            #expect(onPages.count == 1, "\(question) is not whole on one page")
            // Its first line starts with its number, as the report's table and charts number it,
            // and holds its six boxes (five steps and "Vet ej").
            let start = question.split(separator: " ").prefix(3).joined(separator: " ")
            let line = onPages.first.flatMap {
                rawPages[$0].split(separator: "\n").first {
                    $0.range(of: "\(number) +\(start)", options: .regularExpression) != nil
                }
            }
            #expect(line.map { $0.filter { $0 == "☐" }.count } == 6, "\(number) \(question)")
        }
        let bad = try Harness.fcdoc(
            "form", "parent-survey", "--centre", Harness.fixture("reports/vindeln-2025.yaml"),
            "--out", out.path)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("needs a centre file"))
    }

    @Test func anInitReportValidatesWithItsCentreAndSurvey() throws {
        let folder = Harness.temporaryFolder()
        #expect(try Harness.fcdoc("init", "--out", "central.yaml", in: folder).status == 0)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rapporter"), withIntermediateDirectories: true)
        let written = try Harness.fcdoc(
            "init", "--kind", "report", "--centre", "central.yaml", "--year", "2025",
            "--out", "rapporter/rapport-2025.yaml", in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("rapporter/rapport-2025-enkat.csv").path))
        let report = try String(
            contentsOf: folder.appendingPathComponent("rapporter/rapport-2025.yaml"), encoding: .utf8)
        #expect(report.contains("centre: \"../central.yaml\""))
        #expect(report.contains("# Exakt två prioriterade mål"))
        // Every statement of Bilaga 4 is there to answer, in the catalogue's order.
        let keys = report.split(separator: "\n").filter { $0.contains("- statement: ") }
            .map { $0.split(separator: ":")[1].split(separator: "#")[0].trimmingCharacters(in: .whitespaces) }
        #expect(Array(keys.prefix(30)) == (try Self.catalogue()).map(\.key))
        let validated = try Harness.fcdoc("validate", "central.yaml", "rapporter/rapport-2025.yaml", in: folder)
        #expect(validated.status == 0, "\(validated.stderr)")
        // The report and its survey have nothing to warn about (the centre example may).
        #expect(
            !validated.stderr.split(separator: "\n").contains { $0.hasPrefix("rapporter/") && $0.contains("warning") },
            "\(validated.stderr)")
        #expect(try Harness.fcdoc("render", "rapporter/rapport-2025.yaml", "--format", "md", in: folder).status == 0)
        let again = try Harness.fcdoc(
            "init", "--kind", "report", "--centre", "central.yaml", "--out", "rapporter/rapport-2025.yaml",
            in: folder)
        #expect(again.status == 1)
    }

    @Test func statementsAndQuestionsListTheirKeysByAreaAndGoal() throws {
        let statements = try Harness.fcdoc("statements")
        #expect(statements.status == 0)
        for area in [
            "Generellt för arbete på FC:", "Tidigt stöd till föräldrar:", "Lärande:", "Tidigt stöd – personal:",
            "Jämställdhet:", "Samverkan:",
        ] {
            #expect(statements.stdout.contains(area))
        }
        let samverkan = try #require(statements.stdout.components(separatedBy: "Samverkan:").last)
        #expect(samverkan.contains("uppfoljning"))
        let questions = try Harness.fcdoc("questions")
        #expect(questions.stdout.contains("mal3b"))
        #expect(questions.stdout.contains("Mål 5: Vara ett kunskaps- och informationscentrum"))
    }
}
