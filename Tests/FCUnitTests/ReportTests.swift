import FCConfig
import FCDocument
import FCRender
import Foundation
import FoundationXML
import Testing

@testable import FCCharts
@testable import FCReport
@testable import FCTemplates

@Suite("Report: survey aggregation, self-reflection, year wheel, calendar, charts")
struct ReportTests {
    @Test(arguments: [
        ("5", SurveyScale.Answer.value(5)), ("Instämmer helt", .value(5)), ("instämmer INTE alls", .value(1)),
        ("Instämmer till stor del", .value(4)), (" 3 ", .value(3)), ("", .none), ("Vet ej", .none),
        ("7", .invalid), ("0", .invalid), ("Instämmer nästan", .invalid),
    ])
    func answersMapFromNumbersAndLabels(cell: String, expected: SurveyScale.Answer) {
        #expect(SurveyScale.answer(cell) == expected)
    }

    @Test func sharesMeansAndSuppression() throws {
        let question = SurveyQuestions.builtIn[0]
        let result = QuestionResult(question: question, counts: [0, 0, 1, 2, 2])
        #expect(result.respondents == 5)
        #expect(result.positiveShare == 80)
        #expect(try #require(result.mean) == 4.2)
        #expect(!result.isSuppressed)
        let few = QuestionResult(question: question, counts: [0, 0, 0, 1, 3])
        #expect(few.isSuppressed)
        #expect(few.positiveShare == nil)
        #expect(few.mean == nil)
    }

    /// "2a": the goal and the question's place in it, the same for the form, the table and the charts.
    @Test func questionsAreNumberedByGoalAndPlace() {
        #expect(
            SurveyQuestions.numbers(SurveyQuestions.builtIn)
                == ["1a", "1b", "2a", "2b", "3a", "3b", "4a", "4b", "5a", "5b"])
        let own = [2, 1, 2, 2, 5].enumerated().map { SurveyQuestion(key: "q\($0)", goal: $1, text: "Fråga") }
        #expect(SurveyQuestions.numbers(own) == ["2a", "1a", "2b", "2c", "5a"])
        #expect(SurveyQuestions.letters(25) == "z")
        #expect(SurveyQuestions.letters(26) == "aa")
        #expect(SurveyQuestions.letters(27) == "ab")
    }

    @Test func csvFieldsMayBeQuotedAndHoldDelimitersAndLineEnds() {
        let rows = SurveyCSV.parse("a;b;c\n\"x;y\";\"rad\nbrytning\";\"sa \"\"hej\"\"\"\n1;2;3", delimiter: ";")
        #expect(rows.count == 3)
        #expect(rows[1].cells.map(\.text) == ["x;y", "rad\nbrytning", "sa \"hej\""])
        #expect(rows[2].line == 4)
        #expect(rows[2].cells.map(\.column) == [1, 3, 5])
    }

    @Test func csvCountsRespectColumnsAndReportBadCells() throws {
        let folder = TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("svar.csv").path
        try "Fråga 1,kön\n5,kvinna\nInstämmer helt,man\n,annan\nkanske,man\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let sink = DiagnosticSink()
        let question = SurveyQuestion(key: "q1", goal: 1, text: "Fråga")
        let counts = SurveyFile.read(
            path: path, settings: .init(delimiter: ",", columns: ["q1": "Fråga 1"], questions: [question]), sink: sink
        ).tally
        #expect(counts?.counts["q1"] == [0, 0, 0, 0, 2])
        // Respondents are the rows with at least one answer: not the empty one, not the bad one.
        #expect(counts?.respondents == 2)
        #expect(sink.diagnostics.count == 1)
        #expect(sink.diagnostics.first?.location == SourceLocation(file: path, line: 5, column: 1))
    }

    @Test func proposalsPickTheTwoThatMostNeedDevelopment() {
        let statements = (1...4).map { SelfReflection.Statement(key: "s\($0)", area: "A", text: "S\($0)") }
        let positions = [
            SelfReflection.Position(statement: statements[0], position: 4, comment: nil),
            SelfReflection.Position(statement: statements[1], position: 5, comment: nil),
            SelfReflection.Position(statement: statements[2], position: 4, comment: nil),
            SelfReflection.Position(statement: statements[3], position: 1, comment: nil),
        ]
        // s3 got worse since last year, so it goes before s1 at the same position.
        let proposals = SelfReflection.proposals(positions, previous: ["s1": 4, "s3": 2])
        #expect(proposals.map(\.statement.key) == ["s2", "s3"])
        #expect(SelfReflection.proposals([positions[3]], previous: [:]).isEmpty)
    }

    @Test func yearWheelDatesAreResolved() throws {
        let entries = YearWheel.entries(for: 2026, reportDue: FollowUp.defaultReportDue)
        let survey = try #require(entries.first { $0.activity.text == "Föräldraenkäten delas ut" })
        #expect(survey.dateText == "v. 45–46 (2–15 november)")
        #expect(survey.start == DateComponents(year: 2026, month: 11, day: 2))
        #expect(survey.end == DateComponents(year: 2026, month: 11, day: 16))
        let health = try #require(entries.first { $0.activity.text.hasPrefix("Hälsovecka") })
        #expect(health.dateText == "v. 39 (21–27 september)")
        let due = try #require(entries.first { $0.activity.text == "Verksamhetsberättelsen lämnas in" })
        #expect(due.dateText == "1 mars")
        #expect(entries.count == YearWheel.activities.count)
    }

    @Test func iCalendarIsFoldedEscapedAndDeterministic() {
        let entries = YearWheel.entries(for: 2026, reportDue: FollowUp.defaultReportDue)
        let text = ICalendar.write(
            entries: entries, calendarName: "Årshjul; test, \\ 2026", uidPrefix: "vindeln", year: 2026)
        #expect(
            text
                == ICalendar.write(
                    entries: entries, calendarName: "Årshjul; test, \\ 2026", uidPrefix: "vindeln", year: 2026))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("X-WR-CALNAME:Årshjul\\; test\\, \\\\ 2026"))
        #expect(text.contains("UID:vindeln-2026-01@fcdoc"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == entries.count)
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        let long = ICalendar.fold(String(repeating: "å", count: 60))
        #expect(long.components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func chartsAreWellFormedSVGWithTitleAndValues() throws {
        let figure = try #require(
            DivergingBarChart.figures(
                name: "enkat", title: "Föräldraenkät <2025> & co",
                rows: [
                    .init(label: "Fråga 1", counts: [1, 2, 3, 4, 10]),
                    .init(label: "Fråga 2", counts: [0, 0, 0, 1, 2], note: "för få svar"),
                ],
                scaleLabels: SurveyScale.labels
            ).first)
        let xml = try XMLDocument(data: Data(figure.svg.utf8))
        #expect(xml.rootElement()?.name == "svg")
        #expect(figure.svg.contains("<title>Föräldraenkät &lt;2025&gt; &amp; co</title>"))
        #expect(figure.svg.contains("<desc>"))
        #expect(figure.svg.contains(">50\u{00A0}%<"))
        #expect(figure.svg.contains("för få svar"))
        #expect(figure.description.contains("Fråga 2: för få svar."))
        #expect(!figure.description.contains("Fråga 2: Instämmer"))
        let positions = try #require(
            PositionChart.figures(
                name: "s", title: "S", rows: [.init(area: "A", label: "L", current: 2, previous: 4)],
                scaleLabels: SelfReflection.scale, currentYear: 2025, previousYear: 2024
            ).first)
        #expect(try XMLDocument(data: Data(positions.svg.utf8)).rootElement() != nil)
        let paired = try #require(
            PairedBarChart.figures(
                name: "p", title: "P",
                groups: [
                    .init(
                        heading: nil,
                        rows: [
                            .init(label: "L", current: 80, previous: nil), .init(label: "M", current: 70, previous: 60),
                        ])
                ],
                unit: .percent, currentYear: 2025, previousYear: 2024
            ).first)
        #expect(paired.svg.contains(">80,0\u{00A0}%<"))
        #expect(paired.description.contains("2024 ingen uppgift"))
    }

    @Test func aReportComparesWithLastYearAndHidesSmallGroups() throws {
        let check = ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2025.yaml"))
        #expect(!check.hasErrors, "\(check.diagnostics)")
        let data = try #require(check.reportData)
        #expect(data.previous?.year == 2024)
        let rows = ReportContext.surveyRows(data)
        let small = try #require(rows.first { $0.text == SurveyQuestions.builtIn[5].text })
        #expect(small.positiveText == "för få svar")
        #expect(small.meanText == "–")
        #expect(rows.allSatisfy { !$0.changeText.isEmpty })
        let plan = try DocumentPlan.make(.verksamhetsberattelse, from: try #require(check.config), report: data)
        #expect(plan.fileName == "verksamhetsberattelse-2025")
        #expect(Set(plan.figures.keys) == ["enkat", "enkat-jamforelse", "sjalvreflektion", "statistik"])
        let document = try DocumentRenderer().document(plan)
        // The self-reflection chart of 34 statements comes in page-sized parts.
        #expect(document.figures.count == plan.figures.values.map(\.count).reduce(0, +))
        #expect(document.figures.count > 4)
        for placeholder in ["fyll i", "XX", "(skriv in år)", "{{", "}}"] {
            #expect(!document.plainText.contains(placeholder))
        }
    }

    @Test func theFirstYearHasNoComparison() throws {
        let check = ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2024.yaml"))
        let data = try #require(check.reportData)
        #expect(data.previous == nil)
        let plan = try DocumentPlan.make(.verksamhetsberattelse, from: try #require(check.config), report: data)
        #expect(plan.figures["enkat-jamforelse"] == nil)
    }

    /// A long-running process (the server) makes a cache per request: a report added to the
    /// folder since an earlier check is found by the next one.
    @Test func aNewCheckSeesLastYearsReportAddedSince() throws {
        let folder = TestPaths.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TestPaths.fixture("vindeln.yaml"), toPath: folder.appendingPathComponent("vindeln.yaml").path)
        for name in ["vindeln-2025.yaml", "vindeln-2025-enkat.csv"] {
            try FileManager.default.copyItem(
                atPath: TestPaths.fixture("reports/\(name)"), toPath: reports.appendingPathComponent(name).path)
        }
        let path = reports.appendingPathComponent("vindeln-2025.yaml").path
        let before = ConfigCheck.run(path: path, cache: ConfigCheck.Cache())
        #expect(before.reportData?.previous == nil)
        for name in ["vindeln-2024.yaml", "vindeln-2024-enkat.csv"] {
            try FileManager.default.copyItem(
                atPath: TestPaths.fixture("reports/\(name)"), toPath: reports.appendingPathComponent(name).path)
        }
        #expect(ConfigCheck.run(path: path, cache: ConfigCheck.Cache()).reportData?.previous?.year == 2024)
    }

    @Test func formsComeFromTheCatalogues() throws {
        let form = try DocumentRenderer().document(DocumentPlan.form(.formularSjalvreflektion)).plainText
        for statement in SelfReflection.catalogue { #expect(form.contains(statement.text)) }
        let survey = try DocumentRenderer().document(DocumentPlan.form(.formularForaldraenkat)).plainText
        for question in SurveyQuestions.builtIn { #expect(survey.contains(question.text)) }
        #expect(survey.contains("Påstående – jag instämmer:"))
        for label in ["helt", "till stor del", "delvis", "till liten del", "inte alls", "Vet ej"] {
            #expect(survey.contains(label))
        }
    }
}
