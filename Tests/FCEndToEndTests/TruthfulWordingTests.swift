import Foundation
import Testing

/// What the documents say must hold for the centre at hand: only the bodies it set up, no other
/// region's dispute body, the years the goals are for, questions numbered as in the form, and
/// no columns for a year there is no report of. Read through the built fcdoc and LibreOffice.
@Suite("End to end: bodies, years and question numbers as a reader looks them up", .serialized)
struct TruthfulWordingTests {
    /// The text of every file in `folder`: Markdown and HTML as written, ODT and DOCX through
    /// LibreOffice (`odt-text`, one run), PDF through `pdftotext`.
    private func texts(in folder: URL) throws -> [String: String] {
        let files = Harness.files(in: folder)
        var texts: [String: String] = [:]
        for file in files where file.hasSuffix(".md") || file.hasSuffix(".html") {
            texts[file] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        let office = files.filter { $0.hasSuffix(".odt") || $0.hasSuffix(".docx") }
        let converted = office.isEmpty ? [:] : try Oracles.odtText(office.map { folder.appendingPathComponent($0) })
        for file in office { texts[file] = converted[folder.appendingPathComponent(file).path] }
        for file in files where file.hasSuffix(".pdf") {
            let outcome = try Harness.run(
                URL(fileURLWithPath: "/usr/bin/pdftotext"), [folder.appendingPathComponent(file).path, "-"])
            texts[file] = outcome.stdout
        }
        return texts.mapValues(Harness.normalized)
    }

    @Test func vindelnHasNoSteeringGroupAndNoOtherRegionsDisputeBody() throws {
        let out = Harness.temporaryFolder()
        var formats = "odt,docx,html,md"
        if Harness.libreOfficeInstalled { formats += ",pdf" }
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--format", formats, "--copies", "1", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let texts = try texts(in: out)
        #expect(texts.count == formats.split(separator: ",").count * 3, "\(texts.keys.sorted())")
        for (file, text) in texts {
            #expect(!text.isEmpty, "\(file)")
            for word in ["styrgrupp", "lako", "kontaktorganet", "landstinget"] {
                #expect(!text.lowercased().contains(word), "\(file) says '\(word)'")
            }
        }
        let contract = try #require(texts["vindeln/samordnaravtal.md"])
        #expect(contract.contains("presentera förslag till ledningsgruppen som beslutar"))
        #expect(contract.contains("meddela ledningsgruppen för Vindelns familjecentral"))
        #expect(contract.contains("Tvist på grund av detta avtal ska avgöras av allmän domstol."))
        let odt = try #require(texts["vindeln/samverkansavtal.odt"])
        #expect(odt.contains("Lpfö 18, SKOLFS 2018:50"))
        #expect(!odt.contains("Lpfö 98"))
    }

    @Test func lugnvikKeepsItsSteeringGroupAndJamtlandsBody() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.centreFixture("ostersund-lugnvik"), "--format", "md", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let contract = try texts(in: out)["ostersund-lugnvik/samordnaravtal.md"] ?? ""
        #expect(contract.contains("mellan styrgruppen och utsedd samordnare"))
        #expect(contract.contains("kontaktorganet för samarbete mellan landstinget och kommunen (LAKO)"))
    }

    @Test func theReportNamesTheYearsTheGoalsAreForAndNumbersItsQuestions() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.reportFixture("vindeln-2025"), "--format", "odt,md", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let texts = try texts(in: out)
        let report = try #require(texts["vindeln/verksamhetsberattelse-2025.odt"])
        #expect(report.contains("Prioriterade mål 2025"))
        #expect(report.contains("Prioriterade mål 2026"))
        #expect(!report.contains("Prioriterade mål 2024"))
        // The table and the charts name the questions as the form does.
        for number in ["1a", "1b", "2a", "2b", "3a", "3b", "4a", "4b", "5a", "5b"] {
            #expect(report.contains(" \(number) "), "table: \(number)")
            #expect(report.contains("\(number). "), "chart: \(number)")
        }
        let markdown = try #require(texts["vindeln/verksamhetsberattelse-2025.md"])
        #expect(markdown.contains("| 2a | Jag har fått kontakt med andra föräldrar genom familjecentralen. |"))
        let chart = try String(
            contentsOf: out.appendingPathComponent("vindeln/verksamhetsberattelse-2025-enkat.svg"), encoding: .utf8)
        #expect(chart.contains("2a. Jag har fått"))
        // The year wheel says each month once.
        #expect(!markdown.contains("| Januari | januari |"))
        #expect(markdown.contains("| När | Aktivitet | Ansvarig |"))
        #expect(markdown.contains("| Januari | Självreflektion | Samordnare |"))
        #expect(markdown.contains("| v. 45–46 (2–15 november) | Föräldraenkäten delas ut | Samordnare |"))
    }

    @Test func theBlankFormNumbersItsQuestionsAsTheReportDoes() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc("form", "parent-survey", "--format", "odt", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = try #require(try texts(in: out).values.first)
        for number in ["1a", "1b", "2a", "2b", "3a", "3b", "4a", "4b", "5a", "5b"] {
            #expect(text.contains("\(number) "), "\(number)")
        }
        #expect(text.contains("2a Jag har fått kontakt med andra föräldrar"))
    }

    @Test func aFirstYearReportHasNoColumnsForTheYearBefore() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.reportFixture("vindeln-2024"), "--format", "odt,md", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let texts = try texts(in: out)
        for file in ["vindeln/verksamhetsberattelse-2024.odt", "vindeln/verksamhetsberattelse-2024.md"] {
            let text = try #require(texts[file])
            #expect(text.contains("Statistik"))
            for absent in ["Året innan", "Förändring", "2023"] {
                #expect(!text.contains(absent), "\(file) has '\(absent)'")
            }
        }
    }
}
