import FCDocument
import FCXML
import Foundation

/// The letterhead in an ODT's page header (in `styles.xml`): a borderless table of two
/// columns, the logos (each a `draw:frame` with its `draw:image`, an SVG kept as vector) and on
/// the first page the sender below them on the left, the marks — Bilaga, diarienummer, date —
/// on the right, each on a line of its own.
enum ODTLetterhead {
    /// Where a picture lives in the package.
    static func picturePath(_ picture: Picture) -> String { "Pictures/\(picture.fileName)" }

    static let paragraphStyles: [ODTStyles.ParagraphStyle] = [
        ODTStyles.ParagraphStyle(
            name: "Letterhead_20_Logos", display: "Letterhead Logos",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm"]),
        ODTStyles.ParagraphStyle(
            name: "Letterhead_20_Sender", display: "Letterhead Sender",
            paragraph: ["fo:margin-top": "0.15cm", "fo:margin-bottom": "0cm"], text: ["fo:font-size": "9pt"]),
        ODTStyles.ParagraphStyle(
            name: "Letterhead_20_Marks", display: "Letterhead Marks",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:text-align": "end"],
            text: ["fo:font-size": "9pt"]),
    ]

    /// The share of the text width the logos' column takes.
    static let logoColumnShare = 0.6

    /// The automatic styles of the header's table, in `styles.xml`.
    static func styles(_ writer: XMLWriter, _ letterhead: Letterhead, page: PageStyle) {
        let width = PageGeometry.textWidth(page)
        writer.start("style:style", ["style:name": "Letterhead", "style:family": "table"])
        writer.element(
            "style:table-properties",
            [
                "style:width": ODTContent.centimetres(width), "table:align": "margins",
                "fo:margin-bottom": "0.2cm",
            ])
        writer.end()
        for (name, share) in [("Letterhead.A", logoColumnShare), ("Letterhead.B", 1 - logoColumnShare)] {
            writer.start("style:style", ["style:name": name, "style:family": "table-column"])
            writer.element(
                "style:table-column-properties",
                ["style:column-width": ODTContent.centimetres(width * share)])
            writer.end()
        }
        writer.start("style:style", ["style:name": "Letterhead.Cell", "style:family": "table-cell"])
        writer.element("style:table-cell-properties", ["fo:padding": "0cm", "fo:border": "none"])
        writer.end()
    }

    /// The header's letterhead for the first page or the others; only the marks, on the whole
    /// width, when the page has no logo and no sender.
    static func write(_ writer: XMLWriter, _ letterhead: Letterhead, firstPage: Bool) {
        let logos = firstPage ? letterhead.firstPageLogos : letterhead.logos
        let sender = firstPage ? letterhead.sender : []
        guard !logos.isEmpty || !sender.isEmpty else {
            lines(writer, letterhead.marks, style: "Letterhead_20_Marks")
            return
        }
        writer.start(
            "table:table",
            ["table:name": firstPage ? "LetterheadFirst" : "Letterhead", "table:style-name": "Letterhead"])
        writer.element("table:table-column", ["table:style-name": "Letterhead.A"])
        writer.element("table:table-column", ["table:style-name": "Letterhead.B"])
        writer.start("table:table-row")
        writer.start("table:table-cell", ["table:style-name": "Letterhead.Cell", "office:value-type": "string"])
        writer.start("text:p", ["text:style-name": "Letterhead_20_Logos"])
        for (index, logo) in logos.enumerated() {
            if index > 0 { writer.text(" ") }
            frame(writer, logo)
        }
        writer.end()
        if !sender.isEmpty { lines(writer, sender, style: "Letterhead_20_Sender") }
        writer.end()
        writer.start("table:table-cell", ["table:style-name": "Letterhead.Cell", "office:value-type": "string"])
        lines(writer, letterhead.marks, style: "Letterhead_20_Marks")
        writer.end()
        writer.end()
        writer.end()
    }

    /// One paragraph, its lines separated by line breaks.
    static func lines(_ writer: XMLWriter, _ lines: [String], style: String) {
        writer.start("text:p", ["text:style-name": style])
        for (index, line) in lines.enumerated() {
            if index > 0 { writer.element("text:line-break") }
            writer.text(line)
        }
        writer.end()
    }

    /// A picture as a character in the line, with its alternative text as title and description.
    static func frame(_ writer: XMLWriter, _ picture: Picture) {
        writer.start(
            "draw:frame",
            [
                "draw:name": picture.name, "text:anchor-type": "as-char",
                "svg:width": ODTContent.centimetres(picture.widthCentimetres),
                "svg:height": ODTContent.centimetres(picture.heightCentimetres),
            ])
        writer.element(
            "draw:image",
            [
                "xlink:href": picturePath(picture), "xlink:type": "simple", "xlink:show": "embed",
                "xlink:actuate": "onLoad", "draw:mime-type": picture.format.mediaType,
            ])
        writer.element("svg:title", text: picture.alternativeText)
        writer.element("svg:desc", text: picture.alternativeText)
        writer.end()
    }
}
