import FCDocument
import FCXML
import Foundation

/// The page: A4 with the ODT's margins, the letterhead and the copy label in the header (the
/// first page's own when the letterhead's differs) and, in the footer, the label, the
/// kontrollsumma and "Sida 1 av 8" from Word's PAGE and NUMPAGES fields, as many on a line as fit
/// it (`FooterText.lines`, as in the ODT). The header and footer are the only parts
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
        if let label { run(writer, PageText.headerLabel(label, style: metadata.style)) }
        writer.end()
        writer.end()
        return writer.finish()
    }

    static func footer(_ metadata: DocumentMetadata) -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:ftr")
        writer.start("w:p")
        DOCXParagraphProperties(style: "Footer").write(writer)
        let lines = FooterText.lines(for: metadata)
        for line in lines.leading {
            run(writer, line)
            writer.end()
            writer.start("w:p")
            DOCXParagraphProperties(style: "Footer").write(writer)
        }
        if !lines.last.isEmpty { run(writer, lines.last + FooterText.separator) }
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

    /// `w:sectPr`, last in the body: header (and the first page's), footer, and the page with
    /// the style's size and the margins of the ODT's text area (`PageGeometry`).
    static func sectionProperties(_ writer: XMLWriter, headers: DOCXWriter.Headers, metadata: DocumentMetadata) {
        let style = metadata.style
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
        if PageGeometry.orientation(style) == "landscape" {
            writer.element(
                "w:pgSz", ["w:w": twips(style.pageWidth), "w:h": twips(style.pageHeight), "w:orient": "landscape"])
        } else {
            writer.element("w:pgSz", ["w:w": twips(style.pageWidth), "w:h": twips(style.pageHeight)])
        }
        writer.element(
            "w:pgMar",
            [
                "w:top": twips(PageGeometry.docxMarginTop(metadata, copyLabel: headers.labelled)),
                "w:right": twips(style.marginRight),
                "w:bottom": twips(PageGeometry.docxMarginBottom(style)), "w:left": twips(style.marginLeft),
                "w:header": twips(style.marginTop), "w:footer": twips(PageGeometry.odtMarginBottom(style)),
                "w:gutter": "0",
            ])
        if headers.firstPage { writer.element("w:titlePg") }
        writer.end()
    }
}
