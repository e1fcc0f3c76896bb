import FCConfig
import FCDocument
import FCRender
import Foundation
import Testing

@testable import FCReport
@testable import FCTemplates

@Suite("Self-reflection: Bilaga 4 in full, old keys, proposals")
struct SelfReflectionTests {
    /// The seed's text from "Bilaga 4" to "Bilaga 5", whitespace collapsed and dashes made one.
    static func seedBilaga4() throws -> String {
        let seed = TestPaths.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/004_c764858bff95b83a.txt")
        let text = try String(contentsOf: seed, encoding: .utf8)
        let start = try #require(text.range(of: "\n Bilaga 4 \n"))
        let end = try #require(text.range(of: "\n Bilaga 5 \n"))
        return normalized(String(text[start.upperBound..<end.lowerBound]))
    }

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "–", with: "-").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theCatalogueHoldsEveryStatementOfTheSeedInItsOrder() throws {
        let seed = try Self.seedBilaga4()
        #expect(SelfReflection.catalogue.count == 30)
        #expect(
            SelfReflection.areas.map { area in SelfReflection.catalogue.filter { $0.area == area }.count } == [
                3, 8, 4, 9, 2, 4,
            ])
        var searchFrom = seed.startIndex
        for statement in SelfReflection.catalogue {
            // Each claim follows its short name in the seed, after the previous statement.
            let claim = try #require(
                seed.range(of: Self.normalized(statement.claim), range: searchFrom..<seed.endIndex),
                "\(statement.key) not found in order")
            let title = try #require(statement.title)
            #expect(seed[searchFrom..<claim.lowerBound].contains(Self.normalized(title)), "\(statement.key)")
            searchFrom = claim.upperBound
        }
        // Areas are headed in the seed in the catalogue's order.
        var areaFrom = seed.startIndex
        for area in SelfReflection.areas {
            let found = try #require(seed.range(of: Self.normalized(area), range: areaFrom..<seed.endIndex), "\(area)")
            areaFrom = found.upperBound
        }
        #expect(SelfReflection.catalogue.first { $0.key == "uppfoljning" }?.area == "Samverkan")
    }

    @Test func keysAreStableASCIIAndUnique() {
        let keys = SelfReflection.catalogue.map(\.key)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(
                key.utf8.allSatisfy {
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
                }, "\(key)")
        }
        for (old, new) in SelfReflection.renamedKeys {
            #expect(!keys.contains(old))
            #expect(keys.contains(new))
        }
    }

    @Test func theMisspeltKeyIsAcceptedWithAWarningAtTheKey() throws {
        // The report beside copies of its centre and survey, with the old key.
        let folder = TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TestPaths.fixture("vindeln.yaml"), toPath: folder.appendingPathComponent("vindeln.yaml").path)
        try FileManager.default.copyItem(
            atPath: TestPaths.fixture("reports/vindeln-2025-enkat.csv"),
            toPath: folder.appendingPathComponent("reports/vindeln-2025-enkat.csv").path)
        let text = try String(contentsOfFile: TestPaths.fixture("reports/vindeln-2025.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "- statement: halsoframjande-arena", with: "- statement: halsofranjande-arena")
        let path = folder.appendingPathComponent("reports/vindeln-2025.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let check = ConfigCheck.run(path: path, lookForPreviousReport: false)
        #expect(!check.hasErrors, "\(check.diagnostics)")
        let warning = try #require(check.diagnostics.first { $0.message.en.contains("halsofranjande-arena") })
        #expect(warning.severity == .warning)
        #expect(warning.message.en.contains("'halsoframjande-arena'"))
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("statement: halsofranjande-arena") }) + 1
        #expect(warning.location.line == line)
        #expect(
            warning.location.column == lines[line - 1].distance(
                from: lines[line - 1].startIndex,
                to: lines[line - 1].range(of: "halsofranjande")!.lowerBound) + 1)
        let position = try #require(check.reportData?.positions.first { $0.statement.key == "halsoframjande-arena" })
        #expect(position.position == 1)
    }

    func positions(_ values: [Int]) -> [SelfReflection.Position] {
        values.enumerated().map { index, value in
            SelfReflection.Position(statement: SelfReflection.catalogue[index], position: value, comment: nil)
        }
    }

    @Test func workingStatementsAreNeverProposed() {
        // Only "Fungerar" and "Fungerar till stor del": nothing to propose, and the report says so.
        #expect(SelfReflection.proposals(positions([2, 2, 1, 2]), previous: [:]).isEmpty)
        #expect(ReportContext.proposalsIntro(count: 0).hasPrefix("Inget påstående ligger på ”Fungerar delvis”"))
        let one = SelfReflection.proposals(positions([2, 3, 1, 2]), previous: ["barnkonventionen": 1])
        #expect(one.map(\.statement.key) == ["barnkonventionen"])
        #expect(ReportContext.proposalsIntro(count: 1).hasPrefix("Bara ett påstående"))
        #expect(SelfReflection.proposals(positions([5, 3, 4, 2]), previous: [:]).map(\.position) == [5, 4])
    }

    @Test func theReportGroupsTheTableByAreaInTheSeedsOrder() throws {
        let data = try #require(ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2025.yaml")).reportData)
        let areas = ReportContext.selfReflectionAreas(data)
        #expect(areas.map(\.area) == SelfReflection.areas)
        let rows = areas.flatMap(\.rows)
        #expect(rows.count == data.positions.count)
        #expect(rows.count == 34)
        let samverkan = try #require(areas.last?.rows)
        #expect(samverkan.contains { $0.title == "Uppföljning" })
    }

    @Test func theBlankFormReproducesBilaga4AfterBilaga5() throws {
        let text = try DocumentRenderer().document(DocumentPlan.form(.formularSjalvreflektion)).plainText
        let instructions = try #require(text.range(of: "Steg I – Individuell uppfattning"))
        let form = try #require(text.range(of: "Markera på skalan var ni som grupp betraktar att ni befinner er"))
        #expect(instructions.lowerBound < form.lowerBound)
        for step in [
            "Steg II – Dialog inom personalgruppen",
            "Steg III – Gemensam uppfattning av arbetet enligt varje påstående",
            "Steg IV – Förbättringsåtgärder", "Steg V – uppföljning",
        ] {
            #expect(text[..<form.lowerBound].contains(step))
        }
        #expect(text.hasPrefix("Självreflektion för dig/ er som personal på Familjecentralen"))
        #expect(text.contains("Antal svarande:"))
        var from = form.upperBound
        for statement in SelfReflection.catalogue {
            let found = try #require(text.range(of: statement.text, range: from..<text.endIndex), "\(statement.key)")
            from = found.upperBound
        }
        let comments = text.components(separatedBy: "Kommentar:").count - 1
        #expect(comments == 30)
    }

    @Test func aCentreAndYearAreNamedOnTheForms() throws {
        let centre = try #require(ConfigCheck.run(path: TestPaths.fixture("vindeln.yaml")).centre)
        let plan = try DocumentPlan.form(.formularForaldraenkat, centre: centre, year: 2026)
        #expect(plan.folder == "vindeln")
        #expect(plan.fileName == "foraldraenkat-2026")
        let text = try DocumentRenderer().document(plan).plainText
        #expect(text.hasPrefix("Föräldraenkät 2026"))
        #expect(text.contains(centre.centre.name.value))
        #expect(text.contains("Vet ej"))
        #expect(text.contains("Vill du berätta något mer?"))
        let blank = try DocumentRenderer().document(DocumentPlan.form(.formularForaldraenkat)).plainText
        #expect(blank.contains("Familjecentral: ____"))
    }

    @Test func theSurveyCountsRespondentsAndShowsOneDecimal() throws {
        let data = try #require(ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2025.yaml")).reportData)
        // Rows of the CSV with at least one answer (1–5 or a label), counted here independently.
        let csv = try String(contentsOfFile: TestPaths.fixture("reports/vindeln-2025-enkat.csv"), encoding: .utf8)
        let answered = csv.split(separator: "\n").dropFirst().filter { row in
            row.split(separator: ";", omittingEmptySubsequences: false).dropFirst(2).contains {
                Int($0).map { (1...5).contains($0) } ?? false
            }
        }.count
        #expect(ReportContext.respondents(data) == String(answered))
        #expect(answered > (data.survey ?? []).map(\.respondents).max() ?? 0)
        let rows = ReportContext.surveyRows(data).filter { $0.positiveText != "för få svar" }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.meanText.wholeMatch(of: /[1-5],[0-9]/) != nil, "\(row)")
            #expect(row.changeText.wholeMatch(of: /(\+|−|±)[0-9]+,[0-9]/) != nil, "\(row)")
        }
        #expect(ReportContext.percentagePoints(0.04) == "±0,0")
        #expect(ReportContext.percentagePoints(-3.25) == "−3,3")
        #expect(ReportContext.percentagePoints(12) == "+12,0")
    }
}
