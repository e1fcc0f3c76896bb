import FCDocument

/// Two years side by side, one pair of horizontal bars per row: the share of positive answers
/// per question, or a statistic such as the number of visits. Values are printed at the bars.
public enum PairedBarChart {
    public struct Row: Sendable {
        public var label: String
        public var current: Double?
        public var previous: Double?

        public init(label: String, current: Double?, previous: Double?) {
            self.label = label
            self.current = current
            self.previous = previous
        }
    }

    public enum Unit: Sendable {
        /// 0–100, printed as "85 %".
        case percent
        /// Whole numbers, printed as "5 234".
        case count
    }

    public static func figure(name: String, title: String, rows: [Row], unit: Unit, currentYear: Int,
                              previousYear: Int) -> Figure {
        let width = 160.0
        let labelWidth = 62.0
        let barLeft = labelWidth + 2
        let barWidth = width - barLeft - 18
        let rowHeight = 9.0
        let top = 10.0
        let height = top + Double(rows.count) * rowHeight + 3
        let maximum: Double = unit == .percent ? 100 : max(1, rows.flatMap { [$0.current ?? 0, $0.previous ?? 0] }.max() ?? 1)
        let describe = description(rows, unit, currentYear, previousYear)
        let canvas = SVGCanvas(width: width, height: height, title: title, description: describe)
        canvas.rect(x: 1, y: 3, width: 4, height: 3, fill: ChartPalette.thisYear)
        canvas.text(String(currentYear), x: 6, y: 5.8, size: 2.4)
        canvas.rect(x: 20, y: 3, width: 4, height: 3, fill: ChartPalette.lastYear)
        canvas.text(String(previousYear), x: 25, y: 5.8, size: 2.4)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            canvas.text(SVGCanvas.fit(row.label, 34), x: labelWidth, y: y + 5, size: 2.5, anchor: .end)
            for (offset, value, colour) in [(0.5, row.current, ChartPalette.thisYear), (4.5, row.previous, ChartPalette.lastYear)] {
                guard let value else {
                    canvas.text("–", x: barLeft + 1, y: y + offset + 3, size: 2.4, fill: "#555555")
                    continue
                }
                let length = value / maximum * barWidth
                canvas.rect(x: barLeft, y: y + offset, width: length, height: 3.6, fill: colour)
                canvas.text(format(value, unit), x: barLeft + length + 1, y: y + offset + 3, size: 2.4)
            }
        }
        return Figure(name: name, title: title, description: describe, svg: canvas.finish(),
                      widthCentimetres: width / 10, heightCentimetres: height / 10)
    }

    static func format(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .percent: return SwedishNumber.decimal(value, decimals: 0) + "\u{00A0}%"
        case .count: return SwedishNumber.integer(Int(value.rounded()))
        }
    }

    static func description(_ rows: [Row], _ unit: Unit, _ current: Int, _ previous: Int) -> String {
        rows.map { row in
            "\(row.label): \(current) \(row.current.map { format($0, unit) } ?? "ingen uppgift")"
                + ", \(previous) \(row.previous.map { format($0, unit) } ?? "ingen uppgift")."
        }.joined(separator: " ")
    }
}
