import FCDocument

/// Survey answers as diverging stacked bars: the negative answers (and half the middle one) to
/// the left of a centre line, the positive ones to the right, each segment labelled with its
/// share where the share fits. Rows are grouped under headings (the goals). A question with too
/// few answers shows a note instead of a bar.
public enum DivergingBarChart {
    public struct Row: Sendable {
        /// The heading the row is listed under ("Mål 1 – …"); consecutive rows share it.
        public var group: String?
        public var label: String
        /// Answers per scale step, from the most negative to the most positive.
        public var counts: [Int]
        /// When set, no distribution is drawn: "för få svar".
        public var note: String?

        public init(group: String? = nil, label: String, counts: [Int], note: String? = nil) {
            self.group = group
            self.label = label
            self.counts = counts
            self.note = note
        }
    }

    public static func figures(
        name: String, title: String, rows: [Row], scaleLabels: [String], palette: ChartPalette = .standard
    ) -> [Figure] {
        ChartParts.figures(name: name, title: title, palette: palette) { style in
            let legend = style.legend(
                scaleLabels.enumerated().map { (.box(palette.diverging[$0 % palette.diverging.count]), $1) },
                words: "Andel svar per steg från \(scaleLabels.first ?? "") till \(scaleLabels.last ?? "").")
            return (
                [legend],
                RowGroups.blocks(rows, group: \.group, style: style) { row in
                    style.row(row.label, group: row.group, plotHeight: 5, words: words(row, scaleLabels)) {
                        canvas, frame in
                        plot(row, canvas, frame, style)
                    }
                }
            )
        }
    }

    private static func plot(_ row: Row, _ canvas: SVGCanvas, _ frame: PlotFrame, _ style: ChartStyle) {
        let total = row.counts.reduce(0, +)
        let baseline = ChartStyle.baseline(frame.top + (5 - style.small * 1.15) / 2, size: style.small)
        if let note = row.note ?? (total == 0 ? "inga svar" : nil) {
            canvas.text(note, x: frame.left, y: baseline, size: style.small, fill: ChartPalette.secondaryText)
            return
        }
        let count = "n=\(total)"
        canvas.text(
            count, x: frame.left + frame.width, y: baseline, size: style.small, anchor: .end,
            fill: ChartPalette.secondaryText)
        let barWidth = frame.width - TextMetrics.width("n=9999", size: style.small) - 1
        let centre = frame.left + barWidth / 2
        let shares = row.counts.map { Double($0) / Double(total) }
        let middle = shares.count / 2
        // Start left of the centre by the negative shares and half the neutral one.
        var x = centre - (shares[..<middle].reduce(0, +) + shares[middle] / 2) * (barWidth / 2)
        for (step, share) in shares.enumerated() {
            let segment = share * (barWidth / 2)
            let colour = style.palette.diverging[step % style.palette.diverging.count]
            // A white outline parts neighbouring segments, so each stands against white alone.
            canvas.rect(
                x: x, y: frame.top, width: segment, height: 5, fill: colour, stroke: "#ffffff", strokeWidth: 0.3)
            let value = SwedishNumber.decimal(share * 100, decimals: 0) + "\u{00A0}%"
            if share > 0, TextMetrics.width(value, size: style.small) + 0.8 <= segment {
                canvas.text(
                    value, x: x + segment / 2, y: baseline, size: style.small, anchor: .middle,
                    fill: ChartPalette.text(on: colour))
            }
            x += segment
        }
        // The centre marked above and below the bar, never striking through a share.
        canvas.line(x1: centre, y1: frame.top - 0.9, x2: centre, y2: frame.top)
        canvas.line(x1: centre, y1: frame.top + 5, x2: centre, y2: frame.top + 5.9)
    }

    /// The row's values in words: its answers per label.
    static func words(_ row: Row, _ labels: [String]) -> String {
        if let note = row.note { return "\(row.label): \(note)." }
        let parts = zip(labels, row.counts).map { "\($0) \($1)" }.joined(separator: ", ")
        return "\(row.label): \(parts) (n=\(row.counts.reduce(0, +)))."
    }
}
