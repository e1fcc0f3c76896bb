import FCCharts
import FCDocument
import FCReport

/// The charts of a report, drawn from its data: figures in the Document, placed by the template
/// with `<!-- fcdoc:figure NAME -->` (a chart too tall for a page comes as several figures).
///
/// Readers see what the report's tables show: questions under "Mål N – goal", numbered as in the
/// form and the table ("2a. …"), statements under their area, every statistic of the table; never
/// an internal key. Last year appears in a chart
/// (legend, bars, title) only when there is last year's data.
enum ReportCharts {
    static func figures(for data: ReportData, palette: ChartPalette) -> [String: [Figure]] {
        var figures: [String: [Figure]] = [:]
        let year = data.year
        if let survey = data.survey {
            let labelled = Array(zip(survey, questionLabels(survey)))
            figures["enkat"] = DivergingBarChart.figures(
                name: "enkat", title: "Föräldraenkät \(year): svar per fråga",
                rows: labelled.map { result, label in
                    DivergingBarChart.Row(
                        group: goalHeading(result.question.goal), label: label,
                        counts: result.counts,
                        note: tooFew(result))
                },
                scaleLabels: SurveyScale.labels, palette: palette)
            if let before = data.previous?.survey {
                figures["enkat-jamforelse"] = PairedBarChart.figures(
                    name: "enkat-jamforelse", title: "Föräldraenkät: andel positiva svar \(year) och \(year - 1)",
                    groups: grouped(labelled) { result, label in
                        let previous = before.first { $0.question.key == result.question.key }
                        return PairedBarChart.Row(
                            label: label, current: result.positiveShare,
                            previous: previous?.positiveShare,
                            currentMissing: tooFew(result) ?? "ingen uppgift",
                            previousMissing: previous.flatMap(tooFew) ?? "ingen uppgift")
                    },
                    unit: .percent, currentYear: year, previousYear: year - 1, palette: palette)
            }
        }
        if !data.positions.isEmpty {
            let before = Dictionary(
                (data.previous?.positions ?? []).map { ($0.statement.key, $0.position) },
                uniquingKeysWith: { first, _ in first })
            let ordered = data.positions.enumerated().sorted { a, b in
                let (areaA, areaB) = (areaIndex(a.element), areaIndex(b.element))
                return areaA != areaB ? areaA < areaB : a.offset < b.offset
            }.map(\.element)
            figures["sjalvreflektion"] = PositionChart.figures(
                name: "sjalvreflektion", title: "Självreflektion \(year) per område",
                rows: ordered.map {
                    PositionChart.Row(
                        area: $0.statement.area, label: $0.statement.text, current: $0.position,
                        previous: before[$0.statement.key])
                },
                scaleLabels: SelfReflection.scale, currentYear: year, previousYear: year - 1, palette: palette)
        }
        let statistics = StatisticRow.rows(data.report, previous: data.previous?.report)
        if !statistics.isEmpty {
            figures["statistik"] = statisticsChart(statistics, year: year, palette: palette)
        }
        return figures
    }

    /// "2a. Jag har fått kontakt med andra föräldrar …": each question with its number.
    static func questionLabels(_ survey: [QuestionResult]) -> [String] {
        zip(SurveyQuestions.numbers(survey.map(\.question)), survey).map { "\($0). \($1.question.text)" }
    }

    /// The note a question with too few answers gets in place of its bars.
    static func tooFew(_ result: QuestionResult) -> String? {
        result.isSuppressed ? "för få svar (färre än \(SurveyScale.minimumAnswers))" : nil
    }

    /// "Mål 1 – Vara lättillgänglig som nära mötesplats", as the report's goals are headed.
    static func goalHeading(_ goal: Int) -> String {
        SurveyQuestions.goals.indices.contains(goal - 1)
            ? "Mål \(goal) – \(SurveyQuestions.goals[goal - 1])" : "Mål \(goal)"
    }

    /// The survey's questions, each with its label, in runs of the same goal.
    private static func grouped(
        _ survey: [(QuestionResult, String)], _ row: (QuestionResult, String) -> PairedBarChart.Row
    ) -> [PairedBarChart.Group] {
        var groups: [PairedBarChart.Group] = []
        for (result, label) in survey {
            let heading = goalHeading(result.question.goal)
            if groups.last?.heading == heading {
                groups[groups.count - 1].rows.append(row(result, label))
            } else {
                groups.append(PairedBarChart.Group(heading: heading, rows: [row(result, label)]))
            }
        }
        return groups
    }

    private static func areaIndex(_ position: SelfReflection.Position) -> Int {
        SelfReflection.areas.firstIndex(of: position.statement.area) ?? SelfReflection.areas.count
    }

    /// Every statistic of the table: the visits on a scale of their own (they are ten times the
    /// rest), the other figures on a common one.
    static func statisticsChart(_ statistics: [StatisticRow], year: Int, palette: ChartPalette) -> [Figure] {
        func row(_ statistic: StatisticRow) -> PairedBarChart.Row {
            PairedBarChart.Row(
                label: statistic.label, current: Double(statistic.value),
                previous: statistic.previous.map(Double.init))
        }
        let visits = statistics.filter(\.isVisits).map(row)
        let others = statistics.filter { !$0.isVisits }.map(row)
        let both = !visits.isEmpty && !others.isEmpty
        let groups = [
            PairedBarChart.Group(heading: both ? "Besök – egen skala" : nil, rows: visits),
            PairedBarChart.Group(heading: both ? "Övriga uppgifter – gemensam skala" : nil, rows: others),
        ].filter { !$0.rows.isEmpty }
        let hasPrevious = statistics.contains { $0.previous != nil }
        return PairedBarChart.figures(
            name: "statistik", title: hasPrevious ? "Statistik \(year) och \(year - 1)" : "Statistik \(year)",
            groups: groups, unit: .count, currentYear: year, previousYear: year - 1,
            summary: both ? "Besöken visas på en egen skala, övriga uppgifter på en gemensam." : nil, palette: palette)
    }
}
