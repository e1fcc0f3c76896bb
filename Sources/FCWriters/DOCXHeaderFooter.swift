import FCDocument
import FCXML
import Foundation

/// The page: A4 with the ODT's margins, the letterhead and the copy label in the header (the
/// first page's own when the letterhead's differs) and, in the footer, the
/// label, the kontrollsumma and "Sida 1 av 8" from Word's PAGE and NUMPAGES fields (on a line of
/// their own when the line is full, as in the ODT). The header and footer are the only parts
/// that differ between signed copies.
enum DOCXHeaderFooter {
    static func header(_ metadata: DocumentMetadata, firstPage: Bool) -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:hdr", drawing: metadata.letterhead != nil)
        if let letterhead = metadata.letterhead {
            DOCXLetterhead.write(
                writer, letterhead, firstPage: firstPage, textWidth: PageGeometry.textWidth(metadata.style))
        }
        let label = metadata.copyLabel
        writer.start("w:p")
        DOCXParagraphProperties(style: "CopyLabel").write(writer)
        if let label { run(writer, label) }
        writer.end()
        writer.end()
        return writer.finish()
    }

    static func footer(_ metadata: DocumentMetadata) -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:ftr")
        writer.start("w:p")
        DOCXParagraphProperties(style: "Footer").write(writer)
        if let line = FooterText.line(for: metadata) {
            if FooterText.pagesFit(after: line, textWidth: PageGeometry.textWidth(metadata.style)) {
                run(writer, line + " · ")
            } else {
                run(writer, line)
                writer.end()
                writer.start("w:p")
                DOCXParagraphProperties(style: "Footer").write(writer)
            }
        }
        // No-break spaces, so "Sida 1 av 7" never wraps apart.
        run(writer, "Sida\u{00A0}")
        field(writer, "PAGE")
        run(writer, "\u{00A0}av\u{00A0}")
        field(writer, "NUMPAGES")
        writer.end()
        writer.end()
        return writer.finish()
    }

    private static func run(_ writer: XMLWriter, _ text: String) {
        writer.start("w:r")
        DOCXText.write(TextSanitizer.clean(text), writer)
        writer.end()
    }

    /// A simple field with "1" as the shown value until the reader updates it.
    private static func field(_ writer: XMLWriter, _ instruction: String) {
        writer.start("w:fldSimple", ["w:instr": " \(instruction) "])
        run(writer, "1")
        writer.end()
    }

    /// `w:sectPr`, last in the body: header (and the first page's), footer, and the A4 page with
    /// the style's margins.
    static func sectionProperties(_ writer: XMLWriter, headers: DOCXWriter.Headers, style: PageStyle) {
        writer.start("w:sectPr")
        if headers.any { writer.element("w:headerReference", ["w:type": "default", "r:id": DOCXWriter.headerId]) }
        if headers.firstPage {
            writer.element("w:headerReference", ["w:type": "first", "r:id": DOCXWriter.firstHeaderId])
        }
        writer.element("w:footerReference", ["w:type": "default", "r:id": DOCXWriter.footerId])
        if headers.firstPage {
            writer.element("w:footerReference", ["w:type": "first", "r:id": DOCXWriter.footerId])
        }
        func twips(_ centimetres: Double) -> String { String(PageGeometry.twips(centimetres)) }
        writer.element("w:pgSz", ["w:w": twips(PageGeometry.width), "w:h": twips(PageGeometry.height)])
        writer.element(
            "w:pgMar",
            [
                "w:top": twips(style.marginTop), "w:right": twips(style.marginRight),
                "w:bottom": twips(style.marginBottom), "w:left": twips(style.marginLeft),
                "w:header": twips(PageGeometry.docxHeaderFooterDistance),
                "w:footer": twips(PageGeometry.docxHeaderFooterDistance), "w:gutter": "0",
            ])
        if headers.firstPage { writer.element("w:titlePg") }
        writer.end()
    }
}
