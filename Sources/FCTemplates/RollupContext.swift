import FCConfig
import FCDocument
import FCReport

/// The values the `lansrapport` template sees: every centre's key figures side by side with the
/// county's totals, survey results per goal, priorities, and which reports are missing.
public enum RollupContext {
    public struct Values: TemplateValues {
        public var title: String
        public var county: County
        public var steeringBody, reportingTo, year, previousYear, nextYear, centreCountText, reportedCountText: String
        /// "2 av 3 familjecentraler har lämnat in sin verksamhetsberättelse".
        public var handedInText: String
        public var statisticLabels: [String]
        public var statistics: [CentreStatistics]
        public var totals: [String]
        /// Last year beside this one, like with like (`Comparison`).
        public var comparisonRows: [CentreStatistics]
        public var comparisonText: String
        public var hasComparisonText: Bool
        public var goals: [Goal]
        public var goalRows: [GoalRow]
        public var priorities: [Priorities]
        public var gaps: [Gap]
        public var hasGaps: Bool
        public var minimumAnswersText: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("title", \.title), .record("county", \.county), .text("steering_body", \.steeringBody),
                .text("reporting_to", \.reportingTo), .text("year", \.year), .text("previous_year", \.previousYear),
                .text("next_year", \.nextYear),
                .text("centre_count_text", \.centreCountText), .text("reported_count_text", \.reportedCountText),
                .text("handed_in_text", \.handedInText), .texts("statistic_labels", \.statisticLabels),
                .list("statistics", \.statistics), .texts("totals", \.totals),
                .list("comparison_rows", \.comparisonRows), .text("comparison_text", \.comparisonText),
                .flag("has_comparison_text", \.hasComparisonText), .list("goals", \.goals),
                .list("goal_rows", \.goalRows), .list("priorities", \.priorities), .list("gaps", \.gaps),
                .flag("has_gaps", \.hasGaps), .text("minimum_answers_text", \.minimumAnswersText),
            ]
        }
    }

    public struct County: TemplateValues {
        public var name, region: String

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .text("region", \.region)]
        }
    }

    /// A centre's key figures, "–" where it gave none.
    public struct CentreStatistics: TemplateValues {
        public var name: String
        public var values: [String]

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .texts("values", \.values)]
        }
    }

    public struct Goal: TemplateValues {
        public var number, goal: String

        public static var fields: [TemplateField<Self>] {
            [.text("number", \.number), .text("goal", \.goal)]
        }
    }

    /// A centre's (or the county's) share of positive answers per goal.
    public struct GoalRow: TemplateValues {
        public var name: String
        public var isCounty: Bool
        public var cells: [String]

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .flag("is_county", \.isCounty), .texts("cells", \.cells)]
        }
    }

    /// A centre's first two priorities.
    public struct Priorities: TemplateValues {
        public var name, first, second: String

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .text("first", \.first), .text("second", \.second)]
        }
    }

    /// A centre without a valid report, and why.
    public struct Gap: TemplateValues {
        public var name, state: String

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .text("state", \.state)]
        }
    }

    public static func title(for rollup: Rollup) -> String {
        "Länsrapport \(rollup.year) – familjecentralerna i \(rollup.county.county.name.value)"
    }

    static let statisticLabels = [
        "Besök", "Gravida", "Inskrivna barn", "Familjer med särskilt stöd", "Föräldragrupper",
    ]
    static func statisticValues(_ statistics: ReportStatistics) -> [Int?] {
        [
            statistics.visits?.value, statistics.pregnantWomen?.value, statistics.enrolledChildren?.value,
            statistics.familiesSpecialSupport?.value, statistics.parentGroups?.value,
        ]
    }

    public static func make(_ rollup: Rollup) -> Values {
        let reporting = rollup.reporting
        let comparison = Comparison(rollup)
        return Values(
            title: title(for: rollup),
            county: County(name: rollup.county.county.name.value, region: rollup.county.county.region.value),
            steeringBody: rollup.county.steeringBody.value,
            reportingTo: CountyContext.reportingTo(rollup.county),
            year: String(rollup.year),
            previousYear: String(rollup.year - 1),
            nextYear: String(rollup.year + 1),
            centreCountText: SwedishNumber.integer(rollup.centres.count),
            reportedCountText: SwedishNumber.integer(reporting.count),
            handedInText: handedInText(reported: reporting.count, of: rollup.centres.count),
            statisticLabels: statisticLabels,
            statistics: rollup.centres.map { centre in
                CentreStatistics(
                    name: centre.name,
                    values: (centre.report.map { statisticValues($0.report.statistics) }
                        ?? Array(repeating: nil, count: 5)).map { $0.map(SwedishNumber.integer) ?? "–" })
            },
            totals: totals(reporting.compactMap { $0.report.map { statisticValues($0.report.statistics) } }),
            comparisonRows: (comparison?.rows { centres, year in
                totals(centres.compactMap { year($0).map { statisticValues($0.report.statistics) } })
            } ?? []).map { CentreStatistics(name: $0.name, values: $0.figures) },
            comparisonText: comparison?.text ?? "",
            hasComparisonText: !(comparison?.isWholeCounty ?? true),
            goals: SurveyQuestions.goals.enumerated().map { Goal(number: String($0.offset + 1), goal: $0.element) },
            goalRows: goalRows(rollup, comparison: comparison),
            priorities: rollup.centres.compactMap { centre in
                guard let report = centre.report else { return nil }
                let goals = report.report.priorities.map(\.goal.value)
                return Priorities(name: centre.name, first: goals.first ?? "–", second: goals.dropFirst().first ?? "–")
            },
            gaps: rollup.centres.filter { $0.report == nil }.map { Gap(name: $0.name, state: stateText($0.state)) },
            hasGaps: rollup.centres.contains { $0.report == nil },
            minimumAnswersText: SwedishText.number(SurveyScale.minimumAnswers))
    }

    /// "1 av 1 familjecentral har lämnat in sin verksamhetsberättelse", "2 av 3 familjecentraler …".
    static func handedInText(reported: Int, of total: Int) -> String {
        "\(SwedishNumber.integer(reported)) av \(SwedishNumber.integer(total)) "
            + (total == 1 ? "familjecentral" : "familjecentraler") + " har lämnat in sin verksamhetsberättelse"
    }

    /// Why a centre is not counted, as the list of gaps says it.
    static func stateText(_ state: Rollup.State) -> String {
        state == .draft ? "utkast, inte inlämnad" : state.rawValue
    }

    /// Column totals; a column without any figure stays "–".
    static func totals(_ rows: [[Int?]]) -> [String] {
        (0..<statisticLabels.count).map { column in
            let values = rows.compactMap { column < $0.count ? $0[column] : nil }
            return values.isEmpty ? "–" : SwedishNumber.integer(values.reduce(0, +))
        }
    }

    /// The survey table, one row per centre and the county's rows last (a county of 30 centres
    /// stays five goal columns wide): each centre's share of positive answers per goal, "för få
    /// svar" under five answers, "–" without a handed-in report. Only the questions each
    /// centre's own report shows are added up (`Rollup.goalCounts`).
    static func goalRows(_ rollup: Rollup, comparison: Comparison?) -> [GoalRow] {
        let goalNumbers = Array(1...SurveyQuestions.goals.count)
        let centres = rollup.centres.map { centre in
            GoalRow(
                name: centre.name, isCounty: false,
                cells: goalNumbers.map { goal -> String in
                    guard let counts = Rollup.goalCounts(centre.report?.survey, goal: goal) else { return "–" }
                    return share(counts)
                })
        }
        func cells(_ centres: [Rollup.Centre], _ year: (Rollup.Centre) -> ReportData?) -> [String] {
            goalNumbers.map { goal in
                share(Rollup.add(centres.compactMap { Rollup.goalCounts(year($0)?.survey, goal: goal) }))
            }
        }
        let county = GoalRow(name: "Länet \(rollup.year)", isCounty: true, cells: cells(rollup.reporting, \.report))
        let compared = (comparison?.rows(cells) ?? []).map { GoalRow(name: $0.name, isCounty: true, cells: $0.figures) }
        return centres + [county] + compared
    }

    static func share(_ counts: [Int]) -> String {
        Rollup.positiveShare(counts).map { SwedishNumber.percent($0) } ?? "för få svar"
    }
}
