import FCDocument
import FCXML
import Foundation

/// Draws one SVG picture: fcdoc's charts are small, fixed-size drawings in user units of
/// 1 mm, so that they fit an A4 page (16 cm wide between the margins) and print sharply.
final class SVGCanvas {
    let width: Double
    let height: Double
    private let writer = XMLWriter(declaration: false)

    /// Opens the picture with its `<title>` and `<desc>` (what screen readers and the ODT say).
    init(width: Double, height: Double, title: String, description: String) {
        self.width = width
        self.height = height
        writer.start("svg", ["xmlns": "http://www.w3.org/2000/svg", "version": "1.1",
                             "width": "\(Self.number(width))mm", "height": "\(Self.number(height))mm",
                             "viewBox": "0 0 \(Self.number(width)) \(Self.number(height))",
                             "font-family": "Liberation Sans, Arial, sans-serif", "role": "img"])
        writer.element("title", text: title)
        writer.element("desc", text: description)
        writer.element("rect", ["x": "0", "y": "0", "width": Self.number(width), "height": Self.number(height),
                                "fill": "#ffffff"])
    }

    func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        writer.start("rect", ["x": Self.number(x), "y": Self.number(y), "width": Self.number(max(0, width)),
                              "height": Self.number(max(0, height)), "fill": fill])
        if let stroke { writer.attribute("stroke", stroke); writer.attribute("stroke-width", "0.2") }
        writer.end()
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#555555", width: Double = 0.25,
              dashed: Bool = false) {
        writer.start("line", ["x1": Self.number(x1), "y1": Self.number(y1), "x2": Self.number(x2), "y2": Self.number(y2),
                              "stroke": stroke, "stroke-width": Self.number(width)])
        if dashed { writer.attribute("stroke-dasharray", "1 1") }
        writer.end()
    }

    func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String) {
        writer.element("circle", ["cx": Self.number(x), "cy": Self.number(y), "r": Self.number(radius), "fill": fill,
                                  "stroke": stroke, "stroke-width": "0.5"])
    }

    enum Anchor: String { case start, middle, end }

    func text(_ content: String, x: Double, y: Double, size: Double = 3, anchor: Anchor = .start, bold: Bool = false,
              fill: String = "#111111") {
        writer.start("text", ["x": Self.number(x), "y": Self.number(y), "font-size": Self.number(size),
                              "text-anchor": anchor.rawValue, "fill": fill])
        if bold { writer.attribute("font-weight", "bold") }
        writer.text(content)
        writer.end()
    }

    func finish() -> String {
        writer.end()
        return String(decoding: writer.finish(), as: UTF8.self)
    }

    /// Numbers without locale and without needless decimals: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Cuts a label to fit about `characters` characters.
    static func fit(_ label: String, _ characters: Int) -> String {
        label.count <= characters ? label : String(label.prefix(characters - 1)) + "…"
    }
}

/// Colour-blind-safe colours (ColorBrewer PuOr, 5 classes), from the most negative to the most
/// positive answer, and the two-year pair.
public enum ChartPalette {
    public static let diverging = ["#b35806", "#f1a340", "#d9d9d9", "#998ec3", "#542788"]
    public static let thisYear = "#542788"
    public static let lastYear = "#f1a340"
    /// Text on each diverging colour that stays readable.
    static let textOn = ["#ffffff", "#111111", "#111111", "#111111", "#ffffff"]
}
