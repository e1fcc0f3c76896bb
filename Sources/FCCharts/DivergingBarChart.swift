import FCDocument

/// Survey answers as diverging stacked bars: the negative answers (and half the middle one) to
/// the left of a centre line, the positive ones to the right, each segment labelled with its
/// share. A question with too few answers shows a note instead of a bar.
public enum DivergingBarChart {
    public struct Row: Sendable {
        public var label: String
        /// Answers per scale step, from the most negative to the most positive.
        public var counts: [Int]
        /// When set, no distribution is drawn: "för få svar".
        public var note: String?

        public init(label: String, counts: [Int], note: String? = nil) {
            self.label = label
            self.counts = counts
            self.note = note
        }
    }

    public static func figure(name: String, title: String, rows: [Row], scaleLabels: [String]) -> Figure {
        let width = 160.0
        let labelWidth = 62.0
        let barLeft = labelWidth + 2
        let barWidth = width - barLeft - 4
        let centre = barLeft + barWidth / 2
        let rowHeight = 8.0
        let top = 16.0
        let height = top + Double(rows.count) * rowHeight + 4
        let canvas = SVGCanvas(width: width, height: height, title: title, description: description(rows, scaleLabels))
        legend(canvas, scaleLabels: scaleLabels, width: width)
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            canvas.text(SVGCanvas.fit(row.label, 34), x: labelWidth, y: y + 5, size: 2.5, anchor: .end)
            let total = row.counts.reduce(0, +)
            if let note = row.note ?? (total == 0 ? "inga svar" : nil) {
                canvas.text(note, x: barLeft + 2, y: y + 5, size: 2.6, fill: "#555555")
                continue
            }
            let shares = row.counts.map { Double($0) / Double(total) }
            let middle = shares.count / 2
            // Start left of the centre by the negative shares and half the neutral one.
            var x = centre - (shares[..<middle].reduce(0, +) + shares[middle] / 2) * (barWidth / 2)
            for (step, share) in shares.enumerated() {
                let segment = share * (barWidth / 2)
                canvas.rect(x: x, y: y + 1, width: segment, height: rowHeight - 2,
                            fill: ChartPalette.diverging[step % ChartPalette.diverging.count])
                if segment >= 7 {
                    canvas.text(SwedishNumber.decimal(share * 100, decimals: 0) + "\u{00A0}%",
                                x: x + segment / 2, y: y + 5, size: 2.4, anchor: .middle,
                                fill: ChartPalette.textOn[step % ChartPalette.textOn.count])
                }
                x += segment
            }
            canvas.text("n=\(total)", x: width - 1, y: y + 5, size: 2.2, anchor: .end, fill: "#555555")
        }
        canvas.line(x1: centre, y1: top, x2: centre, y2: height - 3)
        return Figure(name: name, title: title, description: description(rows, scaleLabels), svg: canvas.finish(),
                      widthCentimetres: width / 10, heightCentimetres: height / 10)
    }

    static func legend(_ canvas: SVGCanvas, scaleLabels: [String], width: Double) {
        let step = width / Double(max(scaleLabels.count, 1))
        for (index, label) in scaleLabels.enumerated() {
            let x = Double(index) * step + 1
            canvas.rect(x: x, y: 3, width: 4, height: 4, fill: ChartPalette.diverging[index % ChartPalette.diverging.count])
            canvas.text(SVGCanvas.fit(label, 22), x: x + 5, y: 6.3, size: 2.4)
        }
    }

    /// The values in words: each question's answers per label.
    static func description(_ rows: [Row], _ labels: [String]) -> String {
        rows.map { row in
            if let note = row.note { return "\(row.label): \(note)." }
            let parts = zip(labels, row.counts).map { "\($0) \($1)" }.joined(separator: ", ")
            return "\(row.label): \(parts) (n=\(row.counts.reduce(0, +)))."
        }.joined(separator: " ")
    }
}
