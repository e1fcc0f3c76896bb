import FCConfig
import FCDocument
import FCReport
import Foundation
import Testing

@testable import FCRender
@testable import FCTemplates

/// The centre's settings, not the seed's defaults, decide what the documents say.
@Suite("Templates: the settings drive the text")
struct SettingsTextTests {
    func load(_ name: String, _ edit: (String) -> String = { $0 }) throws -> CentreFile {
        let text = edit(try String(contentsOfFile: TestPaths.fixture(name), encoding: .utf8))
        let result = ConfigLoader.load(text: text, path: name)
        return try #require(result.centre)
    }

    func text(_ kind: DocumentKind, _ file: CentreFile) throws -> String {
        try DocumentRenderer().document(DocumentPlan.make(kind, from: .centre(file))).plainText
    }

    @Test func theCoordinatorCostParagraphStatesTheChosenMethod() throws {
        let vindeln = try text(.samverkansavtal, try load("vindeln.yaml"))
        #expect(!vindeln.contains("turas om årligen"))
        #expect(
            vindeln.contains(
                "bekostas samordningsuppdraget av samtliga ingående verksamheter, som bär lika stor del av kostnaden"))
        let lugnvik = try text(.samverkansavtal, try load("jamtlands-lan/ostersund-lugnvik.yaml"))
        #expect(lugnvik.contains("respektive verksamhet/förvaltning turas om årligen"))
        #expect(!lugnvik.contains("lika stor del"))
        // Without cost_sharing, seed 004's yearly turns.
        let unset = try text(
            .samverkansavtal,
            try load("vindeln.yaml") { yaml in
                yaml.replacingOccurrences(of: "  cost_sharing:\n    method: equal\n    annual_cost: 100000\n", with: "")
            })
        #expect(unset.contains("turas om årligen"))
    }

    @Test func theTermInTheAgreementIsTheCoordinatorsTerm() throws {
        let file = try load("vindeln.yaml") {
            $0.replacingOccurrences(
                of: "  start_date: 2026-03-01\n",
                with: "  start_date: 2026-03-01\n  term_years: 2\n")
        }
        #expect(try text(.samverkansavtal, file).contains("målsättningen är att uppdraget ska gälla i två år"))
        #expect(try text(.samordnaravtal, file).contains("Uppdraget som samordnare gäller i två år"))
    }

    @Test func reportDueDrivesTheYearWheelAndTheCalendar() throws {
        let due = try #require(MonthDay("04-15"))
        let entries = YearWheel.entries(for: 2027, reportDue: due)
        let report = try #require(entries.first { $0.activity.text == YearWheel.reportHandIn })
        #expect(report.dateText == "15 april")
        #expect(report.start == DateComponents(year: 2027, month: 4, day: 15))
        #expect(entries.map(\.month) == entries.map(\.month).sorted(), "the wheel stays in month order")
        let calendar = ICalendar.write(entries: entries, calendarName: "Årshjul", uidPrefix: "vindeln", year: 2027)
        #expect(
            calendar.contains(
                "DTSTART;VALUE=DATE:20270415\r\nDTEND;VALUE=DATE:20270416\r\nSUMMARY:Verksamhetsberättelsen lämnas in"))

        let file = try load("vindeln.yaml") { $0 + "\nfollow_up:\n  report_due: \"04-15\"\n" }
        #expect(file.followUp.due == due)
        #expect(try text(.samverkansavtal, file).contains("som senast den 15 april ska lämnas"))
    }

    @Test func theReportsYearWheelUsesTheCentresReportDue() throws {
        let check = ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2025.yaml"))
        let loaded = try #require(check.reportData)
        var centre = loaded.centre
        centre.followUp.reportDue = Located("04-15", at: .wholeFile("vindeln.yaml"))
        let data = ReportData(
            report: loaded.report, centre: centre, survey: loaded.survey, positions: loaded.positions,
            previous: loaded.previous, surveyRespondents: loaded.surveyRespondents)
        let text = try DocumentRenderer().document(
            DocumentPlan.make(
                .verksamhetsberattelse, from: #require(check.config),
                report: data)
        ).plainText
        #expect(text.contains("15 april\tVerksamhetsberättelsen lämnas in"))
        #expect(!text.contains("28 februari\tVerksamhetsberättelsen lämnas in"))
    }

    @Test func coordinatorsSignWithPlaceAndDate() throws {
        let file = try load("vindeln.yaml")
        let document = try DocumentRenderer().document(DocumentPlan.make(.samordnaravtal, from: .centre(file)))
        let coordinators = document.blocks.compactMap { block -> SignatureBlock? in
            guard case .signature(let signature) = block, signature.lines.first?.label == "Samordnare" else {
                return nil
            }
            return signature
        }
        #expect(coordinators.count == 2)
        for signature in coordinators {
            #expect(signature.lines.first { $0.label == "Ort och datum" }?.value == "Vindeln 2026-02-02")
        }
    }

    @Test func theRoleDescriptionSaysWhereTheFunctionIsOrganised() throws {
        let seed = try text(.samordningsfunktion, try load("vindeln.yaml"))
        #expect(
            seed.contains(
                "Samordningspersonen kan ligga hos olika huvudmän beroende på det individuella barnets behov."))
        let own = try text(
            .samordningsfunktion,
            try load("vindeln.yaml") {
                $0 + "\ncoordination_function:\n  organised_at: |\n    Vindelns familjecentral, hos barnhälsovården.\n"
            })
        #expect(own.contains("Funktionen är organiserad vid\nVindelns familjecentral, hos barnhälsovården."))
        #expect(!own.contains("Samordningspersonen kan ligga hos olika huvudmän"))
    }
}
