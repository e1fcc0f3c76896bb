import FCConfig
import FCDocument
import FCReport

/// The values the `lansrapport` template sees: every centre's key figures side by side with the
/// county's totals, survey results per goal, priorities, and which reports are missing.
public enum RollupContext {
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

    public static func make(_ rollup: Rollup) -> [String: Any] {
        let reporting = rollup.reporting
        let comparison = Comparison(rollup)
        return [
            "title": title(for: rollup),
            "county": ["name": rollup.county.county.name.value, "region": rollup.county.county.region.value],
            "steering_body": rollup.county.steeringBody.value,
            "reporting_to": rollup.county.reportingTo?.value
                ?? "länets samverkansledning (\(rollup.county.steeringBody.value))",
            "year": String(rollup.year),
            "previous_year": String(rollup.year - 1),
            "centre_count_text": SwedishNumber.integer(rollup.centres.count),
            "reported_count_text": SwedishNumber.integer(reporting.count),
            "handed_in_text": handedInText(reported: reporting.count, of: rollup.centres.count),
            "statistic_labels": statisticLabels,
            "statistics": rollup.centres.map { centre in
                [
                    "name": centre.name,
                    "values":
                        (centre.report.map { statisticValues($0.report.statistics) } ?? Array(repeating: nil, count: 5))
                        .map { $0.map(SwedishNumber.integer) ?? "–" },
                ] as [String: Any]
            },
            "totals": totals(reporting.compactMap { $0.report.map { statisticValues($0.report.statistics) } }),
            "comparison_rows": comparison?.rows(key: "values") { centres, year in
                totals(centres.compactMap { year($0).map { statisticValues($0.report.statistics) } })
            } ?? [],
            "comparison_text": comparison?.text ?? "",
            "has_comparison_text": !(comparison?.isWholeCounty ?? true),
            "goals": SurveyQuestions.goals.enumerated().map { ["number": String($0.offset + 1), "goal": $0.element] },
            "goal_rows": goalRows(rollup, comparison: comparison),
            "priorities": rollup.centres.compactMap { centre -> [String: Any]? in
                guard let report = centre.report else { return nil }
                let goals = report.report.priorities.map(\.goal.value)
                return ["name": centre.name, "first": goals.first ?? "–", "second": goals.dropFirst().first ?? "–"]
            },
            "gaps": rollup.centres.filter { $0.report == nil }.map { ["name": $0.name, "state": stateText($0.state)] },
            "has_gaps": rollup.centres.contains { $0.report == nil },
            "minimum_answers_text": SwedishText.number(SurveyScale.minimumAnswers),
        ]
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
    static func goalRows(_ rollup: Rollup, comparison: Comparison?) -> [[String: Any]] {
        let goalNumbers = Array(1...SurveyQuestions.goals.count)
        let centres = rollup.centres.map { centre -> [String: Any] in
            [
                "name": centre.name, "is_county": false,
                "cells": goalNumbers.map { goal -> String in
                    guard let counts = Rollup.goalCounts(centre.report?.survey, goal: goal) else { return "–" }
                    return share(counts)
                },
            ]
        }
        func cells(_ centres: [Rollup.Centre], _ year: (Rollup.Centre) -> ReportData?) -> [String] {
            goalNumbers.map { goal in
                share(Rollup.add(centres.compactMap { Rollup.goalCounts(year($0)?.survey, goal: goal) }))
            }
        }
        let county: [String: Any] = [
            "name": "Länet \(rollup.year)", "is_county": true, "cells": cells(rollup.reporting, \.report),
        ]
        let compared = (comparison?.rows(key: "cells", cells) ?? []).map { $0.merging(["is_county": true]) { $1 } }
        return centres + [county] + compared
    }

    static func share(_ counts: [Int]) -> String {
        Rollup.positiveShare(counts).map { SwedishNumber.percent($0) } ?? "för få svar"
    }
}
