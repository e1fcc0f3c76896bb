import FCDocument

/// Self-reflection positions on the five-step scale from "Fungerar" to "Behöver utvecklas",
/// grouped by area: this year's position as a filled dot, last year's as a ring.
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

    public static func figure(name: String, title: String, rows: [Row], scaleLabels: [String],
                              currentYear: Int, previousYear: Int) -> Figure {
        let width = 160.0
        let labelWidth = 70.0
        let scaleLeft = labelWidth + 6
        let scaleWidth = width - scaleLeft - 8
        let rowHeight = 7.0
        var areas: [String] = []
        for row in rows where !areas.contains(row.area) { areas.append(row.area) }
        let top = 21.0
        let height = top + Double(rows.count) * rowHeight + Double(areas.count) * 6 + 4
        let describe = description(rows, scaleLabels, currentYear, previousYear)
        let canvas = SVGCanvas(width: width, height: height, title: title, description: describe)
        let steps = max(scaleLabels.count, 2)
        func x(_ position: Int) -> Double {
            scaleLeft + Double(position - 1) / Double(steps - 1) * scaleWidth
        }
        // Alternate heights so neighbouring step names never overlap.
        for (index, label) in scaleLabels.enumerated() {
            canvas.text(label, x: x(index + 1), y: index % 2 == 0 ? 8 : 12, size: 2.3, anchor: .middle)
        }
        canvas.circle(x: 3, y: 16.5, radius: 1.4, fill: ChartPalette.thisYear, stroke: ChartPalette.thisYear)
        canvas.text(String(currentYear), x: 6, y: 17.5, size: 2.4)
        canvas.circle(x: 22, y: 16.5, radius: 1.4, fill: "#ffffff", stroke: ChartPalette.lastYear)
        canvas.text(String(previousYear), x: 25, y: 17.5, size: 2.4)
        var y = top
        for area in areas {
            canvas.text(area, x: 1, y: y + 4, size: 2.8, bold: true)
            y += 6
            for row in rows where row.area == area {
                canvas.text(SVGCanvas.fit(row.label, 42), x: labelWidth, y: y + 4.5, size: 2.5, anchor: .end)
                canvas.line(x1: x(1), y1: y + 3.5, x2: x(steps), y2: y + 3.5, stroke: "#bbbbbb", dashed: true)
                if let previous = row.previous {
                    canvas.circle(x: x(previous), y: y + 3.5, radius: 2, fill: "#ffffff", stroke: ChartPalette.lastYear)
                }
                if let current = row.current {
                    canvas.circle(x: x(current), y: y + 3.5, radius: 1.4, fill: ChartPalette.thisYear, stroke: ChartPalette.thisYear)
                }
                y += rowHeight
            }
        }
        return Figure(name: name, title: title, description: describe, svg: canvas.finish(),
                      widthCentimetres: width / 10, heightCentimetres: height / 10)
    }

    static func description(_ rows: [Row], _ labels: [String], _ current: Int, _ previous: Int) -> String {
        func name(_ position: Int?) -> String {
            guard let position, position >= 1, position <= labels.count else { return "ingen uppgift" }
            return labels[position - 1]
        }
        return rows.map { row in
            "\(row.area) – \(row.label): \(current) \(name(row.current))"
                + (row.previous != nil ? ", \(previous) \(name(row.previous))" : "") + "."
        }.joined(separator: " ")
    }
}
