import FCDocument
import FCXML
import Foundation

/// `word/styles.xml`: Word's built-in styles under their built-in names and ids (`Normal`,
/// `Heading1`–`Heading3`, `ListBullet`, `ListNumber`, `TableGrid`, `Caption`, …), so that Word's
/// navigation pane and table of contents find the headings and a municipality's own template
/// restyles the document. Spacing lives in the document defaults rather than in `Normal`, so
/// that the table style's tighter spacing applies inside tables (Word ranks a paragraph style
/// above a table style). One family for body and headings unless a graphic profile names
/// another for headings: Times New Roman (and Courier New for code), which Word users have and
/// which LibreOffice replaces by the metric-identical Liberation fonts of the ODT, or a profile's
/// fonts by their names, with its heading and rule colours. Every style but the body text's is
/// single-spaced, as in the ODT.
enum DOCXStyles {
    /// The built-in id of the style for a heading of `level` (1–6; 4–6 look like 3).
    static func heading(_ level: Int) -> String { "Heading\(min(max(level, 1), 3))" }

    /// The built-in list style for a list `depth` deep (0 = top level).
    static func list(ordered: Bool, depth: Int) -> String {
        (ordered ? "ListNumber" : "ListBullet") + (depth == 0 ? "" : "\(min(depth, 2) + 1)")
    }

    static func write(_ metadata: DocumentMetadata) -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:styles")
        documentDefaults(writer, metadata)
        for style in paragraphStyles(metadata.style, letterhead: metadata.letterhead != nil) {
            write(style, writer)
        }
        characterStyles(writer)
        tableStyles(writer)
        writer.start("w:style", ["w:type": "numbering", "w:default": "1", "w:styleId": "NoList"])
        writer.element("w:name", ["w:val": "No List"])
        writer.end()
        writer.end()
        return writer.finish()
    }

    private static func documentDefaults(_ writer: XMLWriter, _ metadata: DocumentMetadata) {
        writer.start("w:docDefaults")
        writer.start("w:rPrDefault")
        writer.start("w:rPr")
        let body = wordFont(metadata.style.bodyFont)
        writer.element("w:rFonts", ["w:ascii": body, "w:hAnsi": body, "w:eastAsia": body, "w:cs": body])
        let size = metadata.style.looks[.body]?.size.map { String(Int(($0 * 2).rounded())) } ?? "23"
        writer.element("w:sz", ["w:val": size])
        writer.element("w:szCs", ["w:val": size])
        writer.element("w:lang", ["w:val": metadata.language, "w:eastAsia": metadata.language, "w:bidi": "ar-SA"])
        writer.end()
        writer.end()
        writer.start("w:pPrDefault")
        writer.start("w:pPr")
        let bodyLook = metadata.style.looks[.body] ?? ParagraphLook()
        // No single line of a paragraph alone at a page's foot or head, as the ODT's 2 and 2.
        writer.element("w:widowControl")
        writer.element(
            "w:spacing",
            attributeList: ReferenceLook.merged(
                [
                    "w:after": ParagraphSpacing.twips(ParagraphSpacing.afterBody),
                    "w:line": "\(240 * ParagraphSpacing.bodyLineHeight / 100)", "w:lineRule": "auto",
                ],
                ReferenceLook.docxParagraph([], bodyLook).first?.attributes ?? []))
        writer.end()
        writer.end()
        writer.end()
    }

    /// A paragraph style; `paragraph` and `run` are WordprocessingML property elements in schema
    /// order, each as (element, attributes).
    struct ParagraphStyle {
        var id: String
        var name: String
        var basedOn: String? = "Normal"
        var paragraph: [(String, KeyValuePairs<String, String>)] = []
        var run: [(String, KeyValuePairs<String, String>)] = []
        /// The colour (`rrggbb`) of a line under the paragraph (`w:pBdr`, which comes before
        /// the spacing); `nil`: none.
        var bottomBorder: String? = nil
        /// A reference document's look of this style, over the properties above.
        var look = ParagraphLook()
    }

    /// The style a reference document's role restyles, as in the ODT (the header's look is the
    /// copy label's; the letterhead keeps its own); its body text restyles the defaults.
    static let roleStyles: [String: StyleRole] = [
        "Normal": .body, "Heading1": .heading1, "Heading2": .heading2, "Heading3": .heading3, "CopyLabel": .header,
        "Footer": .footer,
    ]

    /// The name Word knows a font by: the Liberation fonts' metric twins, other fonts as named.
    static func wordFont(_ family: String) -> String {
        switch family {
        case "Liberation Serif": return "Times New Roman"
        case "Liberation Sans": return "Arial"
        case "Liberation Mono": return "Courier New"
        default: return family
        }
    }

    private static let keepNext: (String, KeyValuePairs<String, String>) = ("w:keepNext", [:])
    private static let bold: (String, KeyValuePairs<String, String>) = ("w:b", [:])
    private static let italic: (String, KeyValuePairs<String, String>) = ("w:i", [:])
    private static let mono: (String, KeyValuePairs<String, String>) = (
        "w:rFonts",
        [
            "w:ascii": "Courier New",
            "w:hAnsi": "Courier New",
            "w:cs": "Courier New",
        ]
    )

    /// Single line spacing, as the ODT's styles other than the body text's have it.
    private static func single(before: Int = 0, after: Int) -> (String, KeyValuePairs<String, String>) {
        before == 0
            ? ("w:spacing", ["w:after": "\(after)", "w:line": "240", "w:lineRule": "auto"])
            : ("w:spacing", ["w:before": "\(before)", "w:after": "\(after)", "w:line": "240", "w:lineRule": "auto"])
    }

    private static func size(_ halfPoints: Int) -> (String, KeyValuePairs<String, String>) {
        ("w:sz", ["w:val": "\(halfPoints)"])
    }

    private static func headingStyle(_ level: Int, halfPoints: Int, page: PageStyle) -> ParagraphStyle {
        let font = wordFont(page.headingFont)
        return ParagraphStyle(
            id: "Heading\(level)", name: "heading \(level)",
            paragraph: [
                keepNext, ("w:keepLines", [:]),
                single(
                    before: PageGeometry.twips(ParagraphSpacing.beforeHeading),
                    after: PageGeometry.twips(ParagraphSpacing.afterHeading)),
                ("w:outlineLvl", ["w:val": "\(level - 1)"]),
            ],
            run: [("w:rFonts", ["w:ascii": font, "w:hAnsi": font, "w:cs": font]), bold]
                + (page.headingColour.map { [("w:color", ["w:val": String($0.dropFirst())])] } ?? [])
                + [size(halfPoints)])
    }

    private static func listStyles(ordered: Bool) -> [ParagraphStyle] {
        (0..<3).map { depth in
            ParagraphStyle(
                id: list(ordered: ordered, depth: depth),
                name: (ordered ? "List Number" : "List Bullet") + (depth == 0 ? "" : " \(depth + 1)"),
                paragraph: [single(after: PageGeometry.twips(ParagraphSpacing.afterListItem))])
        }
    }

    /// The paragraph styles in the page style's fonts and colours, and with a letterhead its own.
    static func paragraphStyles(_ page: PageStyle, letterhead: Bool) -> [ParagraphStyle] {
        let styles =
            [
                ParagraphStyle(id: "Normal", name: "Normal", basedOn: nil),
                headingStyle(1, halfPoints: 34, page: page), headingStyle(2, halfPoints: 27, page: page),
                headingStyle(3, halfPoints: 24, page: page),
            ] + listStyles(ordered: false) + listStyles(ordered: true) + otherStyles(page)
            + (letterhead ? letterheadStyles : [])
        return styles.map { base in
            guard let role = roleStyles[base.id], var look = page.looks[role] else { return base }
            var style = base
            if role == .body {
                // Font, size and spacing of body text are the document defaults'.
                look.font = nil
                look.size = nil
                look.spaceBefore = nil
                look.spaceAfter = nil
            }
            style.look = look
            return style
        }
    }

    /// The letterhead's sender and marks, 9 pt, single-spaced.
    static let letterheadStyles = [
        ParagraphStyle(
            id: "LetterheadSender", name: "Letterhead Sender", basedOn: "Header",
            paragraph: [single(before: PageGeometry.twips(PageGeometry.letterheadSenderSpace), after: 0)],
            run: [size(18)]),
        ParagraphStyle(
            id: "LetterheadMarks", name: "Letterhead Marks", basedOn: "Header",
            paragraph: [single(after: 0), ("w:jc", ["w:val": "right"])], run: [size(18)]),
    ]

    private static func otherStyles(_ page: PageStyle) -> [ParagraphStyle] {
        [
            ParagraphStyle(
                id: "ListContinue", name: "List Continue",
                paragraph: [single(after: PageGeometry.twips(ParagraphSpacing.afterListItem))]),
            ParagraphStyle(
                id: "Quote", name: "Quote",
                paragraph: [
                    single(after: PageGeometry.twips(ParagraphSpacing.afterBody)),
                    ("w:ind", ["w:left": "567", "w:right": "567"]),
                ],
                run: [italic]),
            ParagraphStyle(
                id: "HTMLPreformatted", name: "HTML Preformatted",
                paragraph: [("w:spacing", ["w:after": "0", "w:line": "240", "w:lineRule": "auto"])],
                run: [mono, size(20)]),
            ParagraphStyle(
                id: "Figure", name: "Figure",
                paragraph: [
                    keepNext, single(before: 113, after: 57), ("w:jc", ["w:val": "center"]),
                ]),
            ParagraphStyle(
                id: "Caption", name: "caption",
                paragraph: [single(after: 170), ("w:jc", ["w:val": "center"])],
                run: [italic, size(19)]),
            ParagraphStyle(
                id: "Signature", name: "Signature",
                paragraph: [keepNext, single(before: 170, after: 0)]),
            ParagraphStyle(
                id: "SignatureSpace", name: "Signature Space", basedOn: "Signature",
                paragraph: [single(before: PageGeometry.twips(PageFlow.signingSpace), after: 0)]),
            ParagraphStyle(
                id: "BodyTextKeep", name: "Body Text Keep", paragraph: [keepNext]),
            ParagraphStyle(
                id: "HorizontalLine", name: "Horizontal Line", paragraph: [single(after: 170)],
                bottomBorder: String((page.ruleColour ?? "#808080").dropFirst())),
            ParagraphStyle(
                id: "DocumentEnd", name: "Document End", paragraph: [single(after: 0)],
                run: [size(Int(PageFlow.endParagraphSize * 2))]),
            ParagraphStyle(id: "Header", name: "header", paragraph: [single(after: 0)]),
            ParagraphStyle(
                id: "Footer", name: "footer",
                paragraph: [single(after: 0), ("w:jc", ["w:val": "center"])], run: [size(Int(FooterText.size * 2))]),
            ParagraphStyle(
                id: "CopyLabel", name: "Copy Label", basedOn: "Header", paragraph: [("w:jc", ["w:val": "right"])],
                run: [bold]),
        ]
    }

    private static func write(_ style: ParagraphStyle, _ writer: XMLWriter) {
        writer.start("w:style", ["w:type": "paragraph", "w:styleId": style.id])
        if style.id == "Normal" { writer.attribute("w:default", "1") }
        writer.element("w:name", ["w:val": style.name])
        if let parent = style.basedOn { writer.element("w:basedOn", ["w:val": parent]) }
        if style.id.hasPrefix("Heading") { writer.element("w:next", ["w:val": "Normal"]) }
        writer.element("w:qFormat")
        let paragraph = ReferenceLook.docxParagraph(style.paragraph, style.look)
        if !paragraph.isEmpty || style.bottomBorder != nil {
            writer.start("w:pPr")
            if let colour = style.bottomBorder { bottomBorder(writer, colour: colour) }
            for property in paragraph { writer.element(property.name, attributeList: property.attributes) }
            writer.end()
        }
        let run = ReferenceLook.docxRun(style.run, style.look, wordFont: wordFont)
        if !run.isEmpty {
            writer.start("w:rPr")
            for property in run { writer.element(property.name, attributeList: property.attributes) }
            writer.end()
        }
        writer.end()
    }

    private static func bottomBorder(_ writer: XMLWriter, colour: String) {
        writer.start("w:pBdr")
        writer.element("w:bottom", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": colour])
        writer.end()
    }

    private static func characterStyles(_ writer: XMLWriter) {
        writer.start("w:style", ["w:type": "character", "w:default": "1", "w:styleId": "DefaultParagraphFont"])
        writer.element("w:name", ["w:val": "Default Paragraph Font"])
        writer.element("w:uiPriority", ["w:val": "1"])
        writer.end()
        writer.start("w:style", ["w:type": "character", "w:styleId": "Hyperlink"])
        writer.element("w:name", ["w:val": "Hyperlink"])
        writer.element("w:basedOn", ["w:val": "DefaultParagraphFont"])
        writer.start("w:rPr")
        writer.element("w:color", ["w:val": "0563C1"])
        writer.element("w:u", ["w:val": "single"])
        writer.end()
        writer.end()
        writer.start("w:style", ["w:type": "character", "w:styleId": "HTMLCode"])
        writer.element("w:name", ["w:val": "HTML Code"])
        writer.element("w:basedOn", ["w:val": "DefaultParagraphFont"])
        writer.start("w:rPr")
        writer.element(mono.0, mono.1)
        writer.end()
        writer.end()
    }

    /// `Normal Table` (Word's default) and `Table Grid`: thin black borders, 0.1 cm cell padding
    /// and no space after the paragraphs in cells.
    private static func tableStyles(_ writer: XMLWriter) {
        writer.start("w:style", ["w:type": "table", "w:default": "1", "w:styleId": "TableNormal"])
        writer.element("w:name", ["w:val": "Normal Table"])
        writer.element("w:uiPriority", ["w:val": "99"])
        writer.element("w:semiHidden")
        writer.start("w:tblPr")
        writer.element("w:tblInd", ["w:w": "0", "w:type": "dxa"])
        cellMargins(writer)
        writer.end()
        writer.end()
        writer.start("w:style", ["w:type": "table", "w:styleId": "TableGrid"])
        writer.element("w:name", ["w:val": "Table Grid"])
        writer.element("w:basedOn", ["w:val": "TableNormal"])
        writer.element("w:uiPriority", ["w:val": "39"])
        tightParagraphs(writer)
        // 10 pt, the size `TableLayout` measures table text at (`FontMetrics.tableText`).
        writer.start("w:rPr")
        writer.element(size(20).0, size(20).1)
        writer.end()
        writer.start("w:tblPr")
        writer.start("w:tblBorders")
        for edge in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            writer.element(edge, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
        }
        writer.end()
        writer.end()
        writer.end()
        writer.start("w:style", ["w:type": "table", "w:styleId": "Signatures"])
        writer.element("w:name", ["w:val": "Signatures"])
        writer.element("w:basedOn", ["w:val": "TableNormal"])
        tightParagraphs(writer)
        writer.start("w:tblPr")
        cellMargins(writer, top: 0, left: 0, bottom: 227, right: 227)
        writer.end()
        writer.end()
    }

    private static func tightParagraphs(_ writer: XMLWriter) {
        writer.start("w:pPr")
        writer.element("w:spacing", ["w:after": "0", "w:line": "240", "w:lineRule": "auto"])
        writer.end()
    }

    /// Cell padding in twips; 57 (0.1 cm, the ODT's) on every side by default.
    private static func cellMargins(
        _ writer: XMLWriter, top: Int = 57, left: Int = 57, bottom: Int = 57, right: Int = 57
    ) {
        writer.start("w:tblCellMar")
        for (edge, width) in [("w:top", top), ("w:left", left), ("w:bottom", bottom), ("w:right", right)] {
            writer.element(edge, ["w:w": "\(width)", "w:type": "dxa"])
        }
        writer.end()
    }
}
