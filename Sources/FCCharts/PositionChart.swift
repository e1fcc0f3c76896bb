import FCDocument

/// Self-reflection positions on the five-step scale from "Fungerar" to "Behöver utvecklas",
/// grouped by area: this year's position as a filled dot, last year's (when there is one) as a
/// ring. The scale's step names head the plot, each wrapped within its fifth of the plot so that
/// none reaches past the picture's edges; each position is drawn at the middle of its fifth.
public enum PositionChart {
    public struct Row: Sendable {
        public var area: String
        public var label: String
        public var current: Int?
        public var previous: Int?

        public init(area: String, label: String, current: Int?, previous: Int?) {
            self.area = area
            self.label = label
            self.current = current
            self.previous = previous
        }
    }

    public static func figures(
        name: String, title: String, rows: [Row], scaleLabels: [String],
        currentYear: Int, previousYear: Int, palette: ChartPalette = .standard
    ) -> [Figure] {
        let hasPrevious = rows.contains { $0.previous != nil }
        return ChartParts.figures(name: name, title: title, palette: palette) { base in
            // Five dots need less room than bars: the statements get more.
            let style = base.labelColumn(86)
            let steps = max(scaleLabels.count, 2)
            func x(_ position: Int, _ frame: PlotFrame) -> Double {
                frame.left + (Double(position) - 0.5) * frame.width / Double(steps)
            }
            var items: [(LegendMark, String)] = [(.dot(palette.thisYear), String(currentYear))]
            if hasPrevious { items.append((.ring(palette.lastYear), String(previousYear))) }
            let legend = style.legend(items, words: "")
            let body = RowGroups.blocks(rows, group: \.area, style: style) { row in
                style.row(
                    row.label, group: row.area, plotHeight: 5,
                    words: words(row, scaleLabels, currentYear, hasPrevious ? previousYear : nil)
                ) { canvas, frame in
                    let middle = frame.top + 2.5
                    canvas.line(
                        x1: x(1, frame), y1: middle, x2: x(steps, frame), y2: middle, stroke: "#767676",
                        width: 0.2, dashed: true)
                    if let previous = row.previous {
                        canvas.circle(
                            x: x(previous, frame), y: middle, radius: 2.1, fill: "#ffffff",
                            stroke: palette.lastYear)
                    }
                    if let current = row.current {
                        canvas.circle(
                            x: x(current, frame), y: middle, radius: 1.4, fill: palette.thisYear,
                            stroke: palette.thisYear)
                    }
                }
            }
            let scale = "Skalan: " + scaleLabels.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ") + "."
            return ([legend, style.columnHeads(scaleLabels, words: scale)], body)
        }
    }

    static func words(_ row: Row, _ labels: [String], _ current: Int, _ previous: Int?) -> String {
        func name(_ position: Int?) -> String {
            guard let position, position >= 1, position <= labels.count else { return "ingen uppgift" }
            return labels[position - 1]
        }
        return "\(row.label): \(current) \(name(row.current))"
            + (previous.map { ", \($0) \(name(row.previous))" } ?? "") + "."
    }
}
