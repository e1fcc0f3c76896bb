import FCXML
import Foundation

/// Draws one SVG picture in user units of 1 mm, so that a chart drawn 160 units wide fills the
/// 16 cm between an A4 page's margins at print size and every font size is a size in mm.
///
/// The height is known only when everything is placed (labels wrap and the chart grows), so the
/// drawing is collected first and written, root element and all, by `finish(height:)`.
final class SVGCanvas {
    let width: Double
    private let title: String
    private let description: String
    private var body: [(XMLWriter) -> Void] = []

    init(width: Double, title: String, description: String) {
        self.width = width
        self.title = title
        self.description = description
    }

    func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        strokeWidth: Double = 0.2
    ) {
        body.append { writer in
            writer.start(
                "rect",
                [
                    "x": Self.number(x), "y": Self.number(y), "width": Self.number(max(0, width)),
                    "height": Self.number(max(0, height)), "fill": fill,
                ])
            if let stroke {
                writer.attribute("stroke", stroke)
                writer.attribute("stroke-width", Self.number(strokeWidth))
            }
            writer.end()
        }
    }

    func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#555555", width: Double = 0.25,
        dashed: Bool = false
    ) {
        body.append { writer in
            writer.start(
                "line",
                [
                    "x1": Self.number(x1), "y1": Self.number(y1), "x2": Self.number(x2),
                    "y2": Self.number(y2), "stroke": stroke, "stroke-width": Self.number(width),
                ])
            if dashed { writer.attribute("stroke-dasharray", "1 1") }
            writer.end()
        }
    }

    func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String) {
        body.append { writer in
            writer.element(
                "circle",
                [
                    "cx": Self.number(x), "cy": Self.number(y), "r": Self.number(radius),
                    "fill": fill, "stroke": stroke, "stroke-width": "0.5",
                ])
        }
    }

    enum Anchor: String { case start, middle, end }

    func text(
        _ content: String, x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
        fill: String = "#111111"
    ) {
        body.append { writer in
            writer.start(
                "text",
                [
                    "x": Self.number(x), "y": Self.number(y), "font-size": Self.number(size),
                    "text-anchor": anchor.rawValue, "fill": fill,
                ])
            if bold { writer.attribute("font-weight", "bold") }
            writer.text(content)
            writer.end()
        }
    }

    /// Wrapped lines, one `<text>` each (LibreOffice's SVG import places separate elements more
    /// faithfully than `<tspan>` runs), the first baseline at `y`.
    func lines(
        _ lines: [String], x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
        fill: String = "#111111"
    ) {
        for (index, line) in lines.enumerated() {
            text(
                line, x: x, y: y + Double(index) * ChartStyle.lineHeight(size), size: size, anchor: anchor,
                bold: bold, fill: fill)
        }
    }

    /// The picture, `height` units high, with its `<title>` and `<desc>` (what screen readers and
    /// the ODT say) first.
    func finish(height: Double) -> String {
        let writer = XMLWriter(declaration: false)
        writer.start(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "version": "1.1",
                "width": "\(Self.number(width))mm", "height": "\(Self.number(height))mm",
                "viewBox": "0 0 \(Self.number(width)) \(Self.number(height))",
                "font-family": "Liberation Sans, Arial, sans-serif", "role": "img",
            ])
        writer.element("title", text: title)
        writer.element("desc", text: description)
        writer.element(
            "rect",
            [
                "x": "0", "y": "0", "width": Self.number(width), "height": Self.number(height),
                "fill": "#ffffff",
            ])
        for draw in body { draw(writer) }
        writer.end()
        return String(decoding: writer.finish(), as: UTF8.self)
    }

    /// Numbers without locale and without needless decimals: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
