import FCDocument
import FCXML
import Foundation

/// The letterhead in a DOCX's page headers, as in the ODT: a borderless table of two columns,
/// the logos (a PNG, and an SVG's vector beside its PNG in `asvg:svgBlip`) and on the first page
/// the sender on the left, the marks on the right. The first page has its own header
/// (`w:titlePg`) when it differs from the rest.
enum DOCXLetterhead {
    /// A picture's file in the package, relative to `word/`.
    static func mediaPath(_ picture: Picture, _ fileExtension: String) -> String {
        "media/\(picture.name).\(fileExtension)"
    }

    /// The pictures' parts: each as PNG (an SVG drawn by librsvg, for readers without SVG) and
    /// an SVG as itself.
    static func media(_ letterhead: Letterhead) throws -> [(path: String, data: Data, contentType: String)] {
        try letterhead.pictures.flatMap { picture -> [(path: String, data: Data, contentType: String)] in
            switch picture.format {
            case .png:
                return [("word/" + mediaPath(picture, "png"), Data(picture.data), "image/png")]
            case .svg:
                let png = try SVGRasterizer.png(
                    svg: String(decoding: picture.data, as: UTF8.self), widthCentimetres: picture.widthCentimetres,
                    heightCentimetres: picture.heightCentimetres)
                return [
                    ("word/" + mediaPath(picture, "png"), png, "image/png"),
                    ("word/" + mediaPath(picture, "svg"), Data(picture.data), "image/svg+xml"),
                ]
            }
        }
    }

    /// The relationship ids of a picture in a header part.
    static func ids(_ index: Int) -> (png: String, svg: String) {
        ("rIdLogo\(index + 1)Png", "rIdLogo\(index + 1)Svg")
    }

    /// The relationships of every header part: each picture, as `media(_:)` names it.
    static func relationships(_ letterhead: Letterhead) -> [DOCXRelationship] {
        letterhead.pictures.enumerated().flatMap { index, picture in
            let type = DOCXNamespaces.relationshipType("image")
            var related = [DOCXRelationship(id: ids(index).png, type: type, target: mediaPath(picture, "png"))]
            if picture.format == .svg {
                related.append(DOCXRelationship(id: ids(index).svg, type: type, target: mediaPath(picture, "svg")))
            }
            return related
        }
    }

    /// The letterhead's table for the first page or the others, `textWidth` wide; only the
    /// marks, on the whole width, when the page has no logo and no sender.
    static func write(_ writer: XMLWriter, _ letterhead: Letterhead, firstPage: Bool, textWidth: Double) {
        let logos = firstPage ? letterhead.firstPageLogos : letterhead.logos
        let sender = firstPage ? letterhead.sender : []
        guard !logos.isEmpty || !sender.isEmpty else {
            lines(writer, letterhead.marks, style: "LetterheadMarks")
            return
        }
        let total = PageGeometry.twips(textWidth)
        let left = Int((Double(total) * ODTLetterhead.logoColumnShare).rounded())
        writer.start("w:tbl")
        writer.start("w:tblPr")
        writer.element("w:tblW", ["w:w": "\(total)", "w:type": "dxa"])
        writer.element("w:tblLayout", ["w:type": "fixed"])
        writer.start("w:tblCellMar")
        for edge in ["w:left", "w:right"] { writer.element(edge, ["w:w": "0", "w:type": "dxa"]) }
        writer.end()
        writer.end()
        writer.start("w:tblGrid")
        writer.element("w:gridCol", ["w:w": "\(left)"])
        writer.element("w:gridCol", ["w:w": "\(total - left)"])
        writer.end()
        writer.start("w:tr")
        cell(writer, width: left) {
            writer.start("w:p")
            DOCXParagraphProperties(style: "Header").write(writer)
            for logo in logos {
                guard let index = letterhead.pictures.firstIndex(where: { $0.name == logo.name }) else { continue }
                writer.start("w:r")
                DOCXInlinePicture(
                    id: 1000 + index + (firstPage ? 100 : 0), name: logo.name, title: logo.alternativeText,
                    description: logo.alternativeText, widthCentimetres: logo.widthCentimetres,
                    heightCentimetres: logo.heightCentimetres, png: ids(index).png,
                    svg: logo.format == .svg ? ids(index).svg : nil
                ).write(writer)
                writer.end()
                writer.start("w:r")
                DOCXText.write(" ", writer)
                writer.end()
            }
            writer.end()
            if !sender.isEmpty { lines(writer, sender, style: "LetterheadSender") }
        }
        cell(writer, width: total - left) { lines(writer, letterhead.marks, style: "LetterheadMarks") }
        writer.end()
        writer.end()
    }

    private static func cell(_ writer: XMLWriter, width: Int, _ content: () -> Void) {
        writer.start("w:tc")
        writer.start("w:tcPr")
        writer.element("w:tcW", ["w:w": "\(width)", "w:type": "dxa"])
        writer.end()
        content()
        writer.end()
    }

    /// One paragraph, its lines separated by line breaks.
    private static func lines(_ writer: XMLWriter, _ lines: [String], style: String) {
        writer.start("w:p")
        DOCXParagraphProperties(style: style).write(writer)
        for (index, line) in lines.enumerated() {
            writer.start("w:r")
            if index > 0 { writer.element("w:br") }
            DOCXText.write(TextSanitizer.clean(line), writer)
            writer.end()
        }
        writer.end()
    }
}
