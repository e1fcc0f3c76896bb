import FCConfig
import FCDocument
import FCReport

/// The values the `lansrapport` template sees: every centre's key figures side by side with the
/// county's totals, survey results per goal, priorities, and which reports are missing.
public enum RollupContext {
    public static func title(for rollup: Rollup) -> String {
        "Länsrapport \(rollup.year) – familjecentralerna i \(rollup.county.county.name.value)"
    }

    static let statisticLabels = ["Besök", "Gravida", "Inskrivna barn", "Familjer med särskilt stöd", "Föräldragrupper"]
    static func statisticValues(_ statistics: ReportStatistics) -> [Int?] {
        [statistics.visits?.value, statistics.pregnantWomen?.value, statistics.enrolledChildren?.value,
         statistics.familiesSpecialSupport?.value, statistics.parentGroups?.value]
    }

    public static func make(_ rollup: Rollup) -> [String: Any] {
        let reported = rollup.centres.compactMap(\.report)
        let withPrevious = reported.compactMap(\.previous)
        return [
            "title": title(for: rollup),
            "county": ["name": rollup.county.county.name.value, "region": rollup.county.county.region.value],
            "steering_body": rollup.county.steeringBody.value,
            "reporting_to": rollup.county.reportingTo?.value ?? "länets samverkansledning (\(rollup.county.steeringBody.value))",
            "year": String(rollup.year),
            "previous_year": String(rollup.year - 1),
            "centre_count_text": SwedishNumber.integer(rollup.centres.count),
            "reported_count_text": SwedishNumber.integer(reported.count),
            "statistic_labels": statisticLabels,
            "statistics": rollup.centres.map { centre in
                [
                    "name": centre.name,
                    "values": (centre.report.map { statisticValues($0.report.statistics) } ?? Array(repeating: nil, count: 5))
                        .map { $0.map(SwedishNumber.integer) ?? "–" },
                ] as [String: Any]
            },
            "totals": totals(reported.map { statisticValues($0.report.statistics) }),
            "has_previous": !withPrevious.isEmpty,
            "previous_totals": totals(withPrevious.map { statisticValues($0.report.statistics) }),
            "goals": goals(rollup),
            "centre_names": rollup.centres.map(\.name),
            "priorities": rollup.centres.compactMap { centre -> [String: Any]? in
                guard let report = centre.report else { return nil }
                return ["name": centre.name, "goals": report.report.priorities.map(\.goal.value)]
            },
            "gaps": rollup.centres.filter { $0.report == nil }.map { ["name": $0.name, "state": $0.state] },
            "has_gaps": rollup.centres.contains { $0.report == nil },
            "minimum_answers_text": SwedishText.number(SurveyScale.minimumAnswers),
        ]
    }

    /// Column totals; a column without any figure stays "–".
    static func totals(_ rows: [[Int?]]) -> [String] {
        (0..<statisticLabels.count).map { column in
            let values = rows.compactMap { column < $0.count ? $0[column] : nil }
            return values.isEmpty ? "–" : SwedishNumber.integer(values.reduce(0, +))
        }
    }

    /// Per goal: each centre's share of positive answers and the county's, "för få svar" under five.
    static func goals(_ rollup: Rollup) -> [[String: Any]] {
        SurveyQuestions.goals.enumerated().map { index, goal in
            let perCentre = rollup.centres.map { Rollup.goalCounts($0.report?.survey, goal: index + 1) }
            let county = perCentre.compactMap { $0 }.reduce([0, 0, 0, 0, 0]) { sum, counts in zip(sum, counts).map { $0 + $1 } }
            let cells = perCentre.map { counts -> String in
                guard let counts else { return "–" }
                return Rollup.positiveShare(counts).map { SwedishNumber.percent($0) } ?? "för få svar"
            }
            let previous = rollup.centres.compactMap { Rollup.goalCounts($0.report?.previous?.survey, goal: index + 1) }
                .reduce([0, 0, 0, 0, 0]) { sum, counts in zip(sum, counts).map { $0 + $1 } }
            return [
                "number": String(index + 1), "goal": goal, "cells": cells,
                "county": Rollup.positiveShare(county).map { SwedishNumber.percent($0) } ?? "för få svar",
                "previous": Rollup.positiveShare(previous).map { SwedishNumber.percent($0) } ?? "–",
            ]
        }
    }
}
