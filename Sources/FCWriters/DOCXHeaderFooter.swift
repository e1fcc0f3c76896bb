import FCDocument
import FCXML
import Foundation

/// The page: A4 with the ODT's margins, the copy label in the header and, in the footer, the
/// label, the kontrollsumma and "Sida 1 av 8" from Word's PAGE and NUMPAGES fields (on a line of
/// their own when the line is full, as in the ODT). The header and footer are the only parts
/// that differ between signed copies.
enum DOCXHeaderFooter {
    static func header(label: String?) -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:hdr")
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
            if FooterText.pagesFit(after: line) {
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

    /// `w:sectPr`, last in the body: header and footer, and `PageGeometry`'s A4 page.
    static func sectionProperties(_ writer: XMLWriter, header: Bool) {
        writer.start("w:sectPr")
        if header { writer.element("w:headerReference", ["w:type": "default", "r:id": DOCXWriter.headerId]) }
        writer.element("w:footerReference", ["w:type": "default", "r:id": DOCXWriter.footerId])
        func twips(_ centimetres: Double) -> String { String(PageGeometry.twips(centimetres)) }
        writer.element("w:pgSz", ["w:w": twips(PageGeometry.width), "w:h": twips(PageGeometry.height)])
        writer.element(
            "w:pgMar",
            [
                "w:top": twips(PageGeometry.marginTop), "w:right": twips(PageGeometry.marginRight),
                "w:bottom": twips(PageGeometry.docxMarginBottom), "w:left": twips(PageGeometry.marginLeft),
                "w:header": twips(PageGeometry.docxHeaderFooterDistance),
                "w:footer": twips(PageGeometry.docxHeaderFooterDistance), "w:gutter": "0",
            ])
        writer.end()
    }
}
