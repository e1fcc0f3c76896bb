import FCDocument

/// A grid of values on the five-step self-reflection scale, rows × columns (centres × areas):
/// each cell coloured from "Fungerar" to "Behöver utvecklas" and its value printed.
public enum HeatmapChart {
    public static func figure(name: String, title: String, rows: [String], columns: [String],
                              values: [[Double?]], scaleLabels: [String]) -> Figure {
        let width = 160.0
        let labelWidth = 44.0
        let cellWidth = (width - labelWidth - 2) / Double(max(columns.count, 1))
        let cellHeight = 8.0
        let top = 26.0
        let height = top + Double(rows.count) * cellHeight + 12
        let describe = description(rows, columns, values)
        let canvas = SVGCanvas(width: width, height: height, title: title, description: describe)
        for (index, column) in columns.enumerated() {
            let x = labelWidth + Double(index) * cellWidth + cellWidth / 2
            canvas.text(SVGCanvas.fit(column, Int(cellWidth / 1.3)), x: x, y: index % 2 == 0 ? 20 : 24, size: 2.3,
                        anchor: .middle)
        }
        for (row, label) in rows.enumerated() {
            let y = top + Double(row) * cellHeight
            canvas.text(SVGCanvas.fit(label, 30), x: labelWidth - 1, y: y + 5, size: 2.6, anchor: .end)
            for column in columns.indices {
                let x = labelWidth + Double(column) * cellWidth
                let value = row < values.count && column < values[row].count ? values[row][column] : nil
                guard let value else {
                    canvas.rect(x: x, y: y, width: cellWidth, height: cellHeight, fill: "#ffffff", stroke: "#cccccc")
                    canvas.text("–", x: x + cellWidth / 2, y: y + 5, size: 2.6, anchor: .middle, fill: "#777777")
                    continue
                }
                // Position 1 ("Fungerar") is the most positive colour, 5 the most negative.
                let step = min(4, max(0, Int(value.rounded()) - 1))
                canvas.rect(x: x, y: y, width: cellWidth, height: cellHeight,
                            fill: ChartPalette.diverging[4 - step], stroke: "#ffffff")
                canvas.text(SwedishNumber.decimal(value, decimals: 1), x: x + cellWidth / 2, y: y + 5, size: 2.6,
                            anchor: .middle, fill: ChartPalette.textOn[4 - step])
            }
        }
        for (index, label) in scaleLabels.enumerated() {
            let x = 1 + Double(index) * (width / Double(scaleLabels.count))
            canvas.rect(x: x, y: 3, width: 4, height: 4, fill: ChartPalette.diverging[4 - index])
            canvas.text("\(index + 1) \(SVGCanvas.fit(label, 20))", x: x + 5, y: 6.3, size: 2.3)
        }
        return Figure(name: name, title: title, description: describe, svg: canvas.finish(),
                      widthCentimetres: width / 10, heightCentimetres: height / 10)
    }

    static func description(_ rows: [String], _ columns: [String], _ values: [[Double?]]) -> String {
        rows.enumerated().map { row, label in
            let cells = columns.enumerated().map { column, name in
                let value = row < values.count && column < values[row].count ? values[row][column] : nil
                return "\(name) \(value.map { SwedishNumber.decimal($0, decimals: 1) } ?? "ingen uppgift")"
            }
            return "\(label): " + cells.joined(separator: ", ") + "."
        }.joined(separator: " ")
    }
}
