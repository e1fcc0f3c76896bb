import FCDocument

/// This year beside last year, one pair of horizontal bars per row: the share of positive answers
/// per question, or a statistic such as the number of visits. Values are printed at the bars.
/// Last year's bar and legend entry appear only when some row has last year's value. Rows come
/// in groups, each with its own heading and, for counts, its own scale (visits are ten times the
/// other statistics and would flatten them).
public enum PairedBarChart {
    public struct Row: Sendable {
        public var label: String
        public var current: Double?
        public var previous: Double?
        /// Said in place of a bar without a value: "ingen uppgift", "för få svar".
        public var currentMissing: String
        public var previousMissing: String

        public init(
            label: String, current: Double?, previous: Double?, currentMissing: String = "ingen uppgift",
            previousMissing: String = "ingen uppgift"
        ) {
            self.label = label
            self.current = current
            self.previous = previous
            self.currentMissing = currentMissing
            self.previousMissing = previousMissing
        }
    }

    public struct Group: Sendable {
        public var heading: String?
        public var rows: [Row]

        public init(heading: String?, rows: [Row]) {
            self.heading = heading
            self.rows = rows
        }
    }

    public enum Unit: Sendable {
        /// 0–100, printed as the tables print it, "85,3 %", on one scale for all groups.
        case percent
        /// Whole numbers, printed as "5 234", on a scale per group.
        case count
    }

    public static func figures(
        name: String, title: String, groups: [Group], unit: Unit, currentYear: Int,
        previousYear: Int, summary: String? = nil, palette: ChartPalette = .standard
    ) -> [Figure] {
        let hasPrevious = groups.contains { $0.rows.contains { $0.previous != nil } }
        return ChartParts.figures(name: name, title: title, summary: summary, palette: palette) { style in
            var items: [(LegendMark, String)] = [(.box(palette.thisYear), String(currentYear))]
            if hasPrevious { items.append((.box(palette.lastYear), String(previousYear))) }
            let legend = style.legend(items, words: "")
            var body: [ChartBlock] = []
            for group in groups {
                let maximum =
                    unit == .percent
                    ? 100 : max(1, group.rows.flatMap { [$0.current ?? 0, $0.previous ?? 0] }.max() ?? 1)
                if let heading = group.heading { body.append(style.heading(heading)) }
                for row in group.rows {
                    let words = words(row, unit, currentYear, hasPrevious ? previousYear : nil)
                    body.append(
                        style.row(
                            row.label, group: group.heading, plotHeight: hasPrevious ? 8.4 : 4.4,
                            words: words
                        ) { canvas, frame in
                            plot(row, maximum: maximum, unit: unit, hasPrevious: hasPrevious, canvas, frame, style)
                        })
                }
            }
            return ([legend], body)
        }
    }

    private static func plot(
        _ row: Row, maximum: Double, unit: Unit, hasPrevious: Bool, _ canvas: SVGCanvas,
        _ frame: PlotFrame, _ style: ChartStyle
    ) {
        let bars = [
            (row.current, row.currentMissing, style.palette.thisYear),
            (row.previous, row.previousMissing, style.palette.lastYear),
        ].prefix(hasPrevious ? 2 : 1)
        let widest = TextMetrics.width(format(maximum, unit), size: style.small)
        let length = frame.width - widest - 1.5
        for (index, (value, missing, colour)) in bars.enumerated() {
            let top = frame.top + Double(index) * 4.2
            let baseline = ChartStyle.baseline(top + (3.8 - style.small * 1.15) / 2, size: style.small)
            guard let value else {
                canvas.text(missing, x: frame.left, y: baseline, size: style.small, fill: ChartPalette.secondaryText)
                continue
            }
            let bar = value / maximum * length
            canvas.rect(x: frame.left, y: top, width: bar, height: 3.8, fill: colour)
            canvas.text(format(value, unit), x: frame.left + bar + 1, y: baseline, size: style.small)
        }
    }

    static func format(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .percent: return SwedishNumber.percent(value)
        case .count: return SwedishNumber.integer(Int(value.rounded()))
        }
    }

    /// The row's values in words; last year's only when the chart shows last year.
    static func words(_ row: Row, _ unit: Unit, _ current: Int, _ previous: Int?) -> String {
        "\(row.label): \(current) \(row.current.map { format($0, unit) } ?? row.currentMissing)"
            + (previous.map { ", \($0) \(row.previous.map { format($0, unit) } ?? row.previousMissing)" } ?? "") + "."
    }
}
