import FCConfig

/// One row of the report's statistics table and chart.
public struct StatisticRow: Sendable, Equatable {
    public var label: String
    public var value: Int
    /// Last year's figure under the same label, when last year's report gives one.
    public var previous: Int?
    /// The number of visits, ten times any other figure: the chart gives it a scale of its own.
    public var isVisits: Bool

    /// The figures the report gives a value for this year: the seed's, in its order, then the
    /// report's own (`statistics.other`).
    public static func rows(_ report: ReportFile, previous: ReportFile?) -> [StatisticRow] {
        let now = report.statistics
        let before = previous?.statistics
        func row(_ label: String, _ value: Located<Int>?, _ earlier: Located<Int>?, visits: Bool = false)
            -> StatisticRow?
        {
            value.map { StatisticRow(label: label, value: $0.value, previous: earlier?.value, isVisits: visits) }
        }
        var rows = [
            row("Besök", now.visits, before?.visits, visits: true),
            row("Gravida", now.pregnantWomen, before?.pregnantWomen),
            row("Inskrivna barn", now.enrolledChildren, before?.enrolledChildren),
            row(
                "Familjer i behov av särskilt stöd där två eller fler professioner samarbetat kring tidiga insatser",
                now.familiesSpecialSupport, before?.familiesSpecialSupport),
            row("Föräldragrupper", now.parentGroups, before?.parentGroups),
        ]
        for figure in now.other {
            let earlier = before?.other.first { $0.label.value == figure.label.value }?.value
            rows.append(row(figure.label.value, figure.value, earlier))
        }
        return rows.compactMap { $0 }
    }
}
