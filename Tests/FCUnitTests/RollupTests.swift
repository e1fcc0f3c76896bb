import FCConfig
import FCDocument
import FCRender
import Foundation
import Testing

@testable import FCReport
@testable import FCTemplates

/// A county roll-up made from the Jämtland fixture's report, changed as each test needs.
private enum RollupFixture {
    static var lugnvik: ReportData? {
        ConfigCheck.run(
            path: TestPaths.fixture("jamtlands-lan/reports/ostersund-lugnvik-2025.yaml"), cache: ConfigCheck.Cache()
        ).reportData
    }

    static var county: CountyFile? { ConfigCheck.run(path: TestPaths.fixture("jamtlands-lan/county.yaml")).county }

    /// `data` with another status, survey or previous report.
    static func changed(
        _ data: ReportData, status: ReportStatus? = nil, survey: [QuestionResult]?? = nil,
        previous: ReportData?? = nil
    ) -> ReportData {
        var report = data.report
        if let status { report.declaredStatus = Located(status, at: .wholeFile(report.path)) }
        return ReportData(
            report: report, centre: data.centre, survey: survey ?? data.survey, positions: data.positions,
            previous: previous ?? data.previous)
    }

    static func rollup(_ centres: [Rollup.Centre]) throws -> Rollup {
        Rollup(county: try #require(county), year: 2025, centres: centres)
    }

    /// The row of the goal table with this name: its cells.
    static func goalRow(_ context: [String: Any], _ name: String) -> [String]? {
        (context["goal_rows"] as? [[String: Any]])?.first { $0["name"] as? String == name }?["cells"] as? [String]
    }

    static func rowNames(_ context: [String: Any], _ key: String) -> [String] {
        (context[key] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }
}

/// A small deterministic generator, so a failing case can be run again.
private struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

@Suite("Roll-up: only what each centre shows, like compared with like, drafts left out")
struct RollupTests {
    @Test func goalsAddUpOnlyTheQuestionsACentreShows() {
        let questions = SurveyQuestions.builtIn.filter { $0.goal == 3 }
        let survey = [
            QuestionResult(question: questions[0], counts: [0, 0, 1, 2, 2]),
            QuestionResult(question: questions[1], counts: [0, 0, 0, 1, 2]),
        ]
        // The second question has three answers: its report says "för få svar", so it is left out.
        #expect(Rollup.goalCounts(survey, goal: 3) == [0, 0, 1, 2, 2])
        #expect(Rollup.positiveShare([0, 0, 1, 2, 2]) == 80)
        #expect(Rollup.positiveShare([0, 0, 0, 1, 3]) == nil)
        #expect(Rollup.positiveShare(nil) == nil)
    }

    @Test func jamtlandsGoalsAreWhatTheCentresReportShows() throws {
        let lugnvik = try #require(RollupFixture.lugnvik)
        let context = RollupContext.make(try RollupFixture.rollup([Rollup.Centre(name: "Lugnvik", report: lugnvik)]))
            .rendered
        let centre = try #require(RollupFixture.goalRow(context, "Lugnvik"))
        let county = try #require(RollupFixture.goalRow(context, "Länet 2025"))
        #expect(centre[2] == "85,0\u{00A0}%")
        #expect(county[2] == "85,0\u{00A0}%")
        // Every goal of which the report shows one question has that question's share.
        for goal in 1...5 {
            let shown = (lugnvik.survey ?? []).filter { $0.question.goal == goal && !$0.isSuppressed }
            if shown.count == 1, let share = shown[0].positiveShare {
                #expect(centre[goal - 1] == SwedishNumber.percent(share), "goal \(goal)")
            }
        }
    }

    /// Whatever the answers a centre's report hides, no roll-up figure changes with them; what
    /// it shows is the share of the answers the reports show.
    @Test func aQuestionACentreHidesNeverEntersTheRollup() throws {
        let lugnvik = try #require(RollupFixture.lugnvik)
        var random = SplitMix(state: 17)
        func survey() -> [QuestionResult] {
            SurveyQuestions.builtIn.map { question in
                let total = random.next(3) == 0 ? random.next(5) : random.next(40)
                var counts = [0, 0, 0, 0, 0]
                for _ in 0..<total { counts[random.next(5)] += 1 }
                return QuestionResult(question: question, counts: counts)
            }
        }
        /// The same survey with every hidden question's answers replaced by other hidden ones.
        func rehidden(_ survey: [QuestionResult]) -> [QuestionResult] {
            survey.map { result in
                guard result.isSuppressed else { return result }
                var counts = [0, 0, 0, 0, 0]
                for _ in 0..<random.next(5) { counts[random.next(5)] += 1 }
                return QuestionResult(question: result.question, counts: counts)
            }
        }
        for _ in 0..<300 {
            let surveys = [survey(), survey(), survey()]
            func context(_ surveys: [[QuestionResult]]) throws -> [String: Any] {
                let centres = surveys.enumerated().map { index, survey in
                    Rollup.Centre(
                        name: "Centre \(index)",
                        report: RollupFixture.changed(lugnvik, survey: survey, previous: .some(nil)))
                }
                return RollupContext.make(try RollupFixture.rollup(centres)).rendered
            }
            let first = try context(surveys)
            let second = try context(surveys.map(rehidden))
            for name in ["Centre 0", "Centre 1", "Centre 2", "Länet 2025"] {
                #expect(RollupFixture.goalRow(first, name) == RollupFixture.goalRow(second, name), "\(name)")
            }
            for goal in 1...5 {
                let shown = surveys.map { $0.filter { $0.question.goal == goal && !$0.isSuppressed } }
                let pooled = Rollup.add(shown.flatMap { $0.map(\.counts) })
                let expected = Rollup.positiveShare(pooled).map { SwedishNumber.percent($0) } ?? "för få svar"
                #expect(RollupFixture.goalRow(first, "Länet 2025")?[goal - 1] == expected)
            }
        }
    }

    @Test func lastYearIsComparedOnlyOverTheCentresThatReportedBoth() throws {
        let lugnvik = try #require(RollupFixture.lugnvik)
        #expect(lugnvik.previous != nil)
        let newcomer = RollupFixture.changed(lugnvik, previous: .some(nil))
        let rollup = try RollupFixture.rollup([
            Rollup.Centre(name: "Lugnvik", report: lugnvik), Rollup.Centre(name: "Nyby", report: newcomer),
        ])
        let context = RollupContext.make(rollup).rendered
        #expect(
            RollupFixture.rowNames(context, "comparison_rows") == ["Jämförelsegruppen 2025", "Jämförelsegruppen 2024"])
        let text = try #require(context["comparison_text"] as? String)
        #expect(
            text.contains("den familjecentral som har lämnat in verksamhetsberättelse för både 2024 och 2025: Lugnvik.")
        )
        #expect(text.contains("alla 2 familjecentraler"))
        // The group's 2025 row is Lugnvik's alone; the county's row is both.
        let visits = try #require(lugnvik.report.statistics.visits?.value)
        let rows = try #require(context["comparison_rows"] as? [[String: Any]])
        #expect((rows[0]["values"] as? [String])?.first == SwedishNumber.integer(visits))
        #expect((context["totals"] as? [String])?.first == SwedishNumber.integer(2 * visits))
        let previousVisits = try #require(lugnvik.previous?.report.statistics.visits?.value)
        #expect((rows[1]["values"] as? [String])?.first == SwedishNumber.integer(previousVisits))
        #expect(RollupFixture.goalRow(context, "Jämförelsegruppen 2024") != nil)
        let document = try DocumentRenderer().document(DocumentPlan.rollup(rollup)).plainText
        #expect(!document.contains("samma familjecentral"))
        #expect(document.contains("Jämförelsegruppen 2024"))
        #expect(document.contains("2 av 2 familjecentraler har lämnat in sin verksamhetsberättelse"))

        // When every centre reported both years, last year's row is theirs and says so.
        let both = RollupContext.make(try RollupFixture.rollup([Rollup.Centre(name: "Lugnvik", report: lugnvik)]))
            .rendered
        #expect(RollupFixture.rowNames(both, "comparison_rows") == ["Länet 2024 (samma familjecentral)"])
        #expect(both["has_comparison_text"] as? Bool == false)
        // No centre with last year's report: nothing is compared.
        let none = RollupContext.make(try RollupFixture.rollup([Rollup.Centre(name: "Nyby", report: newcomer)]))
            .rendered
        #expect(RollupFixture.rowNames(none, "comparison_rows").isEmpty)
    }

    @Test func aDraftIsListedButNeitherCountedNorCombined() throws {
        let lugnvik = try #require(RollupFixture.lugnvik)
        let draft = RollupFixture.changed(lugnvik, status: .draft, previous: .some(nil))
        let rollup = try RollupFixture.rollup([
            Rollup.Centre(name: "Lugnvik", report: lugnvik), Rollup.Centre(name: "Utkastby", report: draft),
        ])
        #expect(rollup.centres.map(\.state) == [.handedIn, .draft])
        #expect(rollup.reporting.map(\.name) == ["Lugnvik"])
        let context = RollupContext.make(rollup).rendered
        let visits = try #require(lugnvik.report.statistics.visits?.value)
        #expect((context["totals"] as? [String])?.first == SwedishNumber.integer(visits))
        #expect(RollupFixture.goalRow(context, "Länet 2025") == RollupFixture.goalRow(context, "Lugnvik"))
        #expect(RollupFixture.goalRow(context, "Utkastby") == ["–", "–", "–", "–", "–"])
        let document = try DocumentRenderer().document(DocumentPlan.rollup(rollup)).plainText
        #expect(document.contains("Utkastby: utkast, inte inlämnad"))
        #expect(document.contains("1 av 2 familjecentraler har lämnat in sin verksamhetsberättelse"))
        // Last year's report as a draft is not compared with either.
        let draftLastYear = RollupFixture.changed(
            lugnvik, previous: .some(lugnvik.previous.map { RollupFixture.changed($0, status: .draft) }))
        let alone = RollupContext.make(
            try RollupFixture.rollup([Rollup.Centre(name: "Lugnvik", report: draftLastYear)])
        ).rendered
        #expect(RollupFixture.rowNames(alone, "comparison_rows").isEmpty)
    }

    @Test(arguments: [
        (1, 1, "1 av 1 familjecentral har lämnat in sin verksamhetsberättelse"),
        (0, 1, "0 av 1 familjecentral har lämnat in sin verksamhetsberättelse"),
        (2, 3, "2 av 3 familjecentraler har lämnat in sin verksamhetsberättelse"),
    ])
    func theHandedInSentenceIsWholeAndAgreesInNumber(reported: Int, total: Int, expected: String) {
        #expect(RollupContext.handedInText(reported: reported, of: total) == expected)
    }
}
