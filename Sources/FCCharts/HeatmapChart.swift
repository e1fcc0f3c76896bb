import FCDocument

/// A grid of values on the five-step self-reflection scale, rows × columns (centres × areas):
/// each cell coloured from "Fungerar" to "Behöver utvecklas" and its value printed. The column
/// names head the grid, wrapped within their column.
public enum HeatmapChart {
    public static func figures(
        name: String, title: String, rows: [String], columns: [String],
        values: [[Double?]], scaleLabels: [String], palette: ChartPalette = .standard
    ) -> [Figure] {
        ChartParts.figures(name: name, title: title, palette: palette) { style in
            // Position 1 ("Fungerar") is the most positive colour, 5 the most negative.
            let legend = style.legend(
                scaleLabels.enumerated().map { (.box(colour(Double($0 + 1), palette)), "\($0 + 1) \($1)") },
                words: "")
            let body = rows.enumerated().map { row, label in
                let cells = columns.indices.map { row < values.count && $0 < values[row].count ? values[row][$0] : nil }
                return style.row(label, group: nil, plotHeight: 6, words: words(label, columns, cells)) {
                    canvas, frame in
                    let width = frame.width / Double(max(columns.count, 1))
                    for (column, value) in cells.enumerated() {
                        let x = frame.left + Double(column) * width
                        let baseline = ChartStyle.baseline(frame.top + (6 - style.small * 1.15) / 2, size: style.small)
                        guard let value else {
                            canvas.rect(x: x, y: frame.top, width: width, height: 6, fill: "#ffffff", stroke: "#767676")
                            canvas.text(
                                "–", x: x + width / 2, y: baseline, size: style.small, anchor: .middle,
                                fill: ChartPalette.secondaryText)
                            continue
                        }
                        let fill = colour(value, palette)
                        canvas.rect(
                            x: x, y: frame.top, width: width, height: 6, fill: fill, stroke: "#ffffff",
                            strokeWidth: 0.3)
                        canvas.text(
                            SwedishNumber.oneDecimal(value), x: x + width / 2, y: baseline,
                            size: style.small, anchor: .middle, fill: ChartPalette.text(on: fill))
                    }
                }
            }
            return ([legend, style.columnHeads(columns, words: "")], body)
        }
    }

    static func colour(_ value: Double, _ palette: ChartPalette) -> String {
        let step = min(4, max(0, Int(value.rounded()) - 1))
        return palette.diverging[4 - step]
    }

    static func words(_ label: String, _ columns: [String], _ cells: [Double?]) -> String {
        "\(label): "
            + zip(columns, cells).map { name, value in
                "\(name) \(value.map(SwedishNumber.oneDecimal) ?? "ingen uppgift")"
            }.joined(separator: ", ") + "."
    }
}
