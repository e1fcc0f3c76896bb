import FCDocument
import FCXML

/// A figure as an inline DrawingML picture: the PNG in `a:blip` with the SVG beside it in
/// Office's `asvg:svgBlip` extension (Word 2016 and later show the SVG, older readers the PNG),
/// the title and description as alt text (`wp:docPr`), then the title as caption.
extension DOCXBody {
    /// Where a figure's pictures live, relative to `word/`.
    static func mediaPath(_ figure: Figure, _ fileExtension: String) -> String {
        "media/\(figure.name).\(fileExtension)"
    }

    mutating func write(_ figure: Figure) {
        let png = relate(type: "image", target: Self.mediaPath(figure, "png"))
        let svg = relate(type: "image", target: Self.mediaPath(figure, "svg"))
        drawingCount += 1
        startParagraph(DOCXParagraphProperties(style: "Figure"))
        // A figure inserted or deleted whole: its picture's run is tracked with its paragraph.
        if let change = tracked.current { tracked.start(writer, change) }
        writer.start("w:r")
        DOCXInlinePicture(
            id: drawingCount, name: figure.name, title: figure.title, description: figure.description,
            widthCentimetres: figure.widthCentimetres, heightCentimetres: figure.heightCentimetres, png: png, svg: svg
        ).write(writer)
        writer.end()
        if tracked.current != nil { writer.end() }
        writer.end()
        paragraph(DOCXParagraphProperties(style: "Caption"), [.text(figure.title)])
    }
}

/// A picture in the line of text (`w:drawing` with `wp:inline`): the PNG in `a:blip`, the SVG
/// (when there is one) beside it in Office's `asvg:svgBlip` extension, the alternative text in
/// `wp:docPr`. The part that holds it relates the ids to the pictures.
struct DOCXInlinePicture {
    /// Unique among the drawings of its part.
    var id: Int
    var name: String
    var title: String
    var description: String
    var widthCentimetres: Double
    var heightCentimetres: Double
    /// Relationship ids of the PNG and of the SVG.
    var png: String
    var svg: String?

    func write(_ writer: XMLWriter) {
        let width = "\(Int((widthCentimetres * 360_000).rounded()))"
        let height = "\(Int((heightCentimetres * 360_000).rounded()))"
        writer.start("w:drawing")
        writer.start("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"])
        writer.element("wp:extent", ["cx": width, "cy": height])
        writer.element("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
        writer.element("wp:docPr", ["id": "\(id)", "name": name, "descr": description, "title": title])
        writer.start("wp:cNvGraphicFramePr")
        writer.element("a:graphicFrameLocks", ["noChangeAspect": "1"])
        writer.end()
        writer.start("a:graphic")
        writer.start("a:graphicData", ["uri": DOCXNamespaces.picture])
        writer.start("pic:pic")
        writer.start("pic:nvPicPr")
        writer.element("pic:cNvPr", ["id": "\(id)", "name": name, "descr": description])
        writer.element("pic:cNvPicPr")
        writer.end()
        writer.start("pic:blipFill")
        writer.start("a:blip", ["r:embed": png])
        if let svg {
            writer.start("a:extLst")
            writer.start("a:ext", ["uri": DOCXNamespaces.svgBlipExtension])
            writer.element("asvg:svgBlip", ["r:embed": svg])
            writer.end()
            writer.end()
        }
        writer.end()
        writer.start("a:stretch")
        writer.element("a:fillRect")
        writer.end()
        writer.end()
        writer.start("pic:spPr")
        writer.start("a:xfrm")
        writer.element("a:off", ["x": "0", "y": "0"])
        writer.element("a:ext", ["cx": width, "cy": height])
        writer.end()
        writer.start("a:prstGeom", ["prst": "rect"])
        writer.element("a:avLst")
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
        writer.end()
    }
}
