/// One of the two drawings every chart is made in: `print`, 16 cm wide with the labels in a
/// column beside the plot, for the ODT and PDF; and `screen`, 9 cm wide with each label above its
/// plot, which HTML shows so that the text stays legible on a 375 px phone (at 9 cm a unit is
/// about 3.8 CSS px, so 3.2 units are 12 px). All sizes are in the drawing's units of 1 mm.
public struct ChartStyle: Sendable {
    public let width: Double
    /// The width of the label column left of the plot; `nil`: labels go above the plot.
    public let labelColumn: Double?
    /// Font sizes: labels, small text (values, notes, legend), group headings.
    let label: Double
    let small: Double
    let heading: Double
    /// The colours the chart is drawn in: fcdoc's own, or a graphic profile's.
    public internal(set) var palette = ChartPalette.standard

    public static let print = ChartStyle(width: 160, labelColumn: 70, label: 3.2, small: 2.9, heading: 3.5)
    public static let screen = ChartStyle(width: 90, labelColumn: nil, label: 3.4, small: 3.2, heading: 3.6)

    /// This style with labels `column` wide where they stand beside the plot: a chart whose plot
    /// needs less room than a bar chart's gives its long labels more.
    func labelColumn(_ column: Double) -> ChartStyle {
        labelColumn == nil
            ? self
            : ChartStyle(
                width: width, labelColumn: column, label: label, small: small, heading: heading, palette: palette)
    }

    /// This style drawn in `palette`'s colours.
    func painted(_ palette: ChartPalette) -> ChartStyle {
        var style = self
        style.palette = palette
        return style
    }

    /// 8 pt in mm: no chart text is smaller at print size.
    public static let minimumPrintFontSize = 8 * 25.4 / 72

    /// Room left free at either edge, so nothing touches or crosses the picture's border.
    static let edge = 1.0
    /// Space between rows.
    static let gap = 1.6

    static func lineHeight(_ size: Double) -> Double { size * 1.22 }

    /// The height of `count` lines of text, from the top of the first to the bottom of the last.
    static func textHeight(_ count: Int, size: Double) -> Double {
        Double(max(count, 1) - 1) * lineHeight(size) + size * 1.15
    }

    /// The baseline of a text line whose top is at `top`.
    static func baseline(_ top: Double, size: Double) -> Double { top + size * 0.92 }

    /// Where a row's plot goes, beside or below its label.
    var plotLeft: Double { labelColumn.map { $0 + 1 } ?? Self.edge }
    var plotWidth: Double { width - Self.edge - plotLeft }
    var labelWidth: Double { (labelColumn ?? width - Self.edge) - Self.edge - 1 }
}

/// A piece of a chart drawn one under another: the legend, a group's heading, a labelled row.
/// Blocks are measured before they are drawn, so a chart can grow with its wrapped labels and be
/// split into parts that each fit a page.
struct ChartBlock {
    var height: Double
    /// A group's heading: never the last block of a part.
    var isHeading = false
    /// The heading text of the group this row belongs to, repeated "(forts.)" when a part starts
    /// inside the group.
    var group: String?
    /// What the block shows, in words, for the part's `<desc>`.
    var words: String
    var draw: (SVGCanvas, _ top: Double) -> Void
}

/// A plot's place in its row.
struct PlotFrame {
    var left: Double
    var top: Double
    var width: Double
}

/// A swatch in a legend.
enum LegendMark {
    case box(String)
    case dot(String)
    case ring(String)
}

extension ChartStyle {
    /// A group heading (a goal, an area), wrapped to the full width.
    func heading(_ text: String, words: String? = nil) -> ChartBlock {
        let lines = TextMetrics.wrap(text, width: width - 2 * Self.edge, size: heading, bold: true)
        let size = heading
        // Space above and a little below: the heading belongs to the rows under it.
        return ChartBlock(
            height: Self.textHeight(lines.count, size: size) + Self.gap + 0.6, isHeading: true,
            words: words ?? "\(text):"
        ) { [palette] canvas, top in
            canvas.lines(
                lines, x: Self.edge, y: Self.baseline(top + Self.gap, size: size), size: size, bold: true,
                fill: palette.headings)
        }
    }

    /// A note in small text over the full width ("Besök har en egen skala").
    func note(_ text: String) -> ChartBlock {
        let lines = TextMetrics.wrap(text, width: width - 2 * Self.edge, size: small)
        let size = small
        return ChartBlock(height: Self.textHeight(lines.count, size: size) + Self.gap, words: text) { canvas, top in
            canvas.lines(
                lines, x: Self.edge, y: Self.baseline(top, size: size), size: size,
                fill: ChartPalette.secondaryText)
        }
    }

    /// A labelled row: the label wrapped in its column (print) or above the plot (screen), and a
    /// plot `plotHeight` high drawn by `plot`.
    func row(
        _ label: String, group: String?, plotHeight: Double, words: String,
        plot: @escaping (SVGCanvas, PlotFrame) -> Void
    ) -> ChartBlock {
        let lines = TextMetrics.wrap(label, width: labelWidth, size: self.label)
        let size = self.label
        let labelHeight = Self.textHeight(lines.count, size: size)
        let beside = labelColumn != nil
        let height = (beside ? max(labelHeight, plotHeight) : labelHeight + 0.8 + plotHeight) + Self.gap
        return ChartBlock(height: height, group: group, words: words) { [self] canvas, top in
            let labelTop = beside ? top + max(0, (plotHeight - labelHeight) / 2) : top
            canvas.lines(lines, x: Self.edge, y: Self.baseline(labelTop, size: size), size: size)
            let plotTop = beside ? top + max(0, (labelHeight - plotHeight) / 2) : top + labelHeight + 0.8
            plot(canvas, PlotFrame(left: plotLeft, top: plotTop, width: plotWidth))
        }
    }

    /// Names over the plot's equal columns (scale steps, areas), each wrapped within its column and
    /// centred on it, bottom-aligned so that every name ends just above the rows.
    func columnHeads(_ names: [String], words: String) -> ChartBlock {
        let size = small
        let column = plotWidth / Double(max(names.count, 1))
        let wrapped = names.map { TextMetrics.wrap($0, width: column - 0.8, size: size) }
        let lines = wrapped.map(\.count).max() ?? 1
        return ChartBlock(height: Self.textHeight(lines, size: size) + Self.gap, words: words) { [self] canvas, top in
            for (index, name) in wrapped.enumerated() {
                let first = top + Double(lines - name.count) * Self.lineHeight(size)
                canvas.lines(
                    name, x: plotLeft + (Double(index) + 0.5) * column, y: Self.baseline(first, size: size),
                    size: size, anchor: .middle)
            }
        }
    }

    /// A legend whose items flow onto as many lines as they need; each item is whole.
    func legend(_ items: [(LegendMark, String)], words: String) -> ChartBlock {
        let size = small
        let mark = size * 1.2
        let available = width - 2 * Self.edge
        var placed: [(LegendMark, [String], Double, Double)] = []
        var x = Self.edge
        var y = 0.0
        var lineHeight = 0.0
        for (swatch, text) in items {
            let lines = TextMetrics.wrap(text, width: available - mark - 1, size: size)
            let itemWidth = mark + 1 + (lines.map { TextMetrics.width($0, size: size) }.max() ?? 0)
            if x > Self.edge, x + itemWidth > width - Self.edge {
                x = Self.edge
                y += lineHeight + 1
                lineHeight = 0
            }
            placed.append((swatch, lines, x, y))
            lineHeight = max(lineHeight, Self.textHeight(lines.count, size: size))
            x += itemWidth + 4
        }
        return ChartBlock(height: y + lineHeight + Self.gap, words: words) { canvas, top in
            for (swatch, lines, x, y) in placed {
                let middle = top + y + size * 0.55
                switch swatch {
                case .box(let colour):
                    canvas.rect(x: x, y: middle - mark / 2, width: mark, height: mark, fill: colour)
                case .dot(let colour):
                    canvas.circle(x: x + mark / 2, y: middle, radius: mark * 0.4, fill: colour, stroke: colour)
                case .ring(let colour):
                    canvas.circle(x: x + mark / 2, y: middle, radius: mark * 0.45, fill: "#ffffff", stroke: colour)
                }
                canvas.lines(lines, x: x + mark + 1, y: Self.baseline(top + y, size: size), size: size)
            }
        }
    }
}

/// Rows under their group headings: a heading wherever the group changes.
enum RowGroups {
    static func blocks<Row>(
        _ rows: [Row], group: (Row) -> String?, style: ChartStyle,
        row: (Row) -> ChartBlock
    ) -> [ChartBlock] {
        var blocks: [ChartBlock] = []
        var current: String?
        for item in rows {
            let name = group(item)
            if let name, name != current { blocks.append(style.heading(name)) }
            current = name
            blocks.append(row(item))
        }
        return blocks
    }
}
