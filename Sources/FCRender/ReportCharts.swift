import FCCharts
import FCDocument
import FCReport

/// The charts of a report, drawn from its data: they are figures in the Document, placed by the
/// template with `<!-- fcdoc:figure NAME -->`.
enum ReportCharts {
    static func figures(for data: ReportData) -> [String: Figure] {
        var figures: [String: Figure] = [:]
        let year = data.year
        if let survey = data.survey {
            figures["enkat"] = DivergingBarChart.figure(
                name: "enkat", title: "Föräldraenkät \(year): svar per fråga",
                rows: survey.map { result in
                    DivergingBarChart.Row(label: "\(result.question.key): \(result.question.text)", counts: result.counts,
                                          note: result.isSuppressed ? "för få svar (färre än \(SurveyScale.minimumAnswers))" : nil)
                },
                scaleLabels: SurveyScale.labels)
            if let before = data.previous?.survey {
                figures["enkat-jamforelse"] = PairedBarChart.figure(
                    name: "enkat-jamforelse", title: "Föräldraenkät: andel positiva svar \(year) och \(year - 1)",
                    rows: survey.map { result in
                        let previous = before.first { $0.question.key == result.question.key }
                        return PairedBarChart.Row(label: "\(result.question.key): \(result.question.text)",
                                                  current: result.positiveShare, previous: previous?.positiveShare)
                    },
                    unit: .percent, currentYear: year, previousYear: year - 1)
            }
        }
        if !data.positions.isEmpty {
            let before = Dictionary((data.previous?.positions ?? []).map { ($0.statement.key, $0.position) },
                                    uniquingKeysWith: { first, _ in first })
            let ordered = data.positions.sorted {
                (SelfReflection.areas.firstIndex(of: $0.statement.area) ?? 99) < (SelfReflection.areas.firstIndex(of: $1.statement.area) ?? 99)
            }
            figures["sjalvreflektion"] = PositionChart.figure(
                name: "sjalvreflektion", title: "Självreflektion \(year) per område",
                rows: ordered.map {
                    PositionChart.Row(area: $0.statement.area, label: $0.statement.text, current: $0.position,
                                      previous: before[$0.statement.key])
                },
                scaleLabels: SelfReflection.scale, currentYear: year, previousYear: year - 1)
        }
        let statistics = statisticRows(data)
        if !statistics.isEmpty {
            figures["statistik"] = PairedBarChart.figure(
                name: "statistik", title: "Statistik \(year) och \(year - 1)", rows: statistics, unit: .count,
                currentYear: year, previousYear: year - 1)
        }
        return figures
    }

    /// The counts worth drawing side by side (visits are drawn on their own scale by the table).
    static func statisticRows(_ data: ReportData) -> [PairedBarChart.Row] {
        let now = data.report.statistics
        let before = data.previous?.report.statistics
        let pairs: [(String, Int?, Int?)] = [
            ("Gravida", now.pregnantWomen?.value, before?.pregnantWomen?.value),
            ("Inskrivna barn", now.enrolledChildren?.value, before?.enrolledChildren?.value),
            ("Familjer i behov av särskilt stöd", now.familiesSpecialSupport?.value, before?.familiesSpecialSupport?.value),
            ("Föräldragrupper", now.parentGroups?.value, before?.parentGroups?.value),
        ]
        return pairs.compactMap { label, current, previous in
            current.map { PairedBarChart.Row(label: label, current: Double($0), previous: previous.map(Double.init)) }
        }
    }
}
