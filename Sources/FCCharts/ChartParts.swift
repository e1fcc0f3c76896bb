import FCDocument

/// Turns a chart's blocks into figures: both drawings (print and screen) of every part, the
/// print drawing split where it would grow taller than fits on an A4 page.
enum ChartParts {
    /// The tallest print drawing: an A4 page's 24 cm of text height less a heading and caption.
    static let maximumHeight = 200.0

    /// A chart as blocks in one style: `header` (legend, scale) starts every part, `body` is split.
    typealias Blocks = (_ style: ChartStyle) -> (header: [ChartBlock], body: [ChartBlock])

    static func figures(
        name: String, title: String, summary: String? = nil, palette: ChartPalette, blocks: Blocks
    ) -> [Figure] {
        let (printStyle, screenStyle) = (ChartStyle.print.painted(palette), ChartStyle.screen.painted(palette))
        let print = blocks(printStyle)
        let screen = blocks(screenStyle)
        let parts = split(print.header, print.body)
        return parts.enumerated().map { index, range in
            let partName = index == 0 ? name : "\(name)-\(index + 1)"
            let partTitle = parts.count == 1 ? title : "\(title) (del \(index + 1) av \(parts.count))"
            let words = ([summary].compactMap { $0 } + (print.header + print.body[range]).map(\.words))
                .filter { !$0.isEmpty }.joined(separator: " ")
            let printed = draw(printStyle, print.header, print.body, range, title: partTitle, words: words)
            let shown = draw(screenStyle, screen.header, screen.body, range, title: partTitle, words: words)
            return Figure(
                name: partName, title: partTitle, description: words, svg: printed.svg,
                widthCentimetres: ChartStyle.print.width / 10, heightCentimetres: printed.height / 10,
                screenSVG: shown.svg)
        }
    }

    /// The body's ranges, one per part: as few parts as fit under the header, of about even
    /// height (no short last page), a heading never last.
    static func split(_ header: [ChartBlock], _ body: [ChartBlock]) -> [Range<Int>] {
        let available = maximumHeight - header.reduce(0) { $0 + $1.height }
        let fewest = split(body, limit: available)
        guard fewest.count > 1 else { return fewest }
        // The lowest limit that still needs no more parts, found by halving.
        var (low, high) = (body.reduce(0) { $0 + $1.height } / Double(fewest.count), available)
        for _ in 0..<24 {
            let middle = (low + high) / 2
            if split(body, limit: middle).count > fewest.count { low = middle } else { high = middle }
        }
        return split(body, limit: high)
    }

    /// As many blocks per part as fit in `limit`, a heading moved on to the next part.
    private static func split(_ body: [ChartBlock], limit: Double) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        var height = 0.0
        for index in body.indices {
            if index > start, height + body[index].height > limit {
                var end = index
                while end - 1 > start, body[end - 1].isHeading { end -= 1 }
                parts.append(start..<end)
                start = end
                height = body[start..<index].reduce(0) { $0 + $1.height }
            }
            height += body[index].height
        }
        parts.append(start..<body.count)
        return parts
    }

    private static func draw(
        _ style: ChartStyle, _ header: [ChartBlock], _ body: [ChartBlock], _ range: Range<Int>,
        title: String, words: String
    ) -> (svg: String, height: Double) {
        var blocks = header
        // A part that starts inside a group repeats the group's heading.
        if let first = body[range].first, !first.isHeading, let group = first.group, range.lowerBound > 0 {
            blocks.append(style.heading("\(group) (forts.)"))
        }
        blocks += body[range]
        let canvas = SVGCanvas(width: style.width, title: title, description: words)
        var top = ChartStyle.edge
        for block in blocks {
            block.draw(canvas, top)
            top += block.height
        }
        return (canvas.finish(height: top + ChartStyle.edge), top + ChartStyle.edge)
    }
}
