import FCDocument
import FCXML
import Foundation

/// `styles.xml`: the page (A4 unless a reference document says otherwise) with margins, the document language, the named paragraph, text and
/// list styles `BodyWriter` uses, the header with the letterhead and the copy label (on every
/// page; the first page's may differ, `style:header-first`) and the footer with copy label,
/// fingerprint and page numbers. Everything that differs between copies is here, so the copies
/// share `content.xml`.
enum ODTStyles {
    static func write(_ metadata: DocumentMetadata) -> Data {
        let writer = XMLWriter()
        ODFNamespaces.startRoot(writer, "office:document-styles", prefixes: ODFNamespaces.documentPrefixes)
        let page = metadata.style
        fontFaces(writer, page)
        writer.start("office:styles")
        defaults(writer, metadata)
        for style in paragraphStyles(page, letterhead: metadata.letterhead != nil) { paragraphStyle(writer, style) }
        textStyles(writer)
        listStyles(writer)
        writer.end()
        writer.start("office:automatic-styles")
        writer.start("style:page-layout", ["style:name": "A4"])
        writer.element(
            "style:page-layout-properties",
            [
                "fo:page-width": PageGeometry.odf(page.pageWidth),
                "fo:page-height": PageGeometry.odf(page.pageHeight),
                "style:print-orientation": PageGeometry.orientation(page),
                "fo:margin-top": PageGeometry.odf(page.marginTop),
                "fo:margin-bottom": PageGeometry.odf(PageGeometry.odtMarginBottom(page)),
                "fo:margin-left": PageGeometry.odf(page.marginLeft),
                "fo:margin-right": PageGeometry.odf(page.marginRight),
            ])
        if metadata.copyLabel != nil || metadata.letterhead != nil {
            writer.start("style:header-style")
            writer.element(
                "style:header-footer-properties",
                [
                    "fo:min-height": PageGeometry.odf(
                        PageGeometry.headerHeight(letterhead: metadata.letterhead, copyLabel: metadata.copyLabel != nil)
                    ),
                    "fo:margin-bottom": PageGeometry.odf(PageGeometry.headerSpacing),
                ])
            writer.end()
        }
        writer.start("style:footer-style")
        writer.element(
            "style:header-footer-properties",
            [
                "fo:min-height": PageGeometry.odf(PageGeometry.footerHeight),
                "fo:margin-top": PageGeometry.odf(PageGeometry.footerSpacing),
            ])
        writer.end()
        writer.end()
        if let letterhead = metadata.letterhead { ODTLetterhead.styles(writer, letterhead, page: page) }
        writer.end()
        writer.start("office:master-styles")
        writer.start("style:master-page", ["style:name": "Standard", "style:page-layout-name": "A4"])
        if metadata.copyLabel != nil || metadata.letterhead != nil {
            writer.start("style:header")
            header(writer, metadata, firstPage: false)
            writer.end()
            if metadata.letterhead?.firstPageDiffers == true {
                writer.start("style:header-first")
                header(writer, metadata, firstPage: true)
                writer.end()
            }
        }
        footer(writer, metadata, element: "style:footer")
        // A first page of its own header has its own footer too, else LibreOffice leaves it empty.
        if metadata.letterhead?.firstPageDiffers == true { footer(writer, metadata, element: "style:footer-first") }
        writer.end()
        writer.end()
        writer.end()
        return writer.finish()
    }

    /// The header of the first or the other pages: the letterhead, then the copy label, fitted
    /// to one line.
    static func header(_ writer: XMLWriter, _ metadata: DocumentMetadata, firstPage: Bool) {
        if let letterhead = metadata.letterhead { ODTLetterhead.write(writer, letterhead, firstPage: firstPage) }
        if let label = metadata.copyLabel {
            writer.element(
                "text:p", ["text:style-name": "Copy_20_Label"], text: PageText.headerLabel(label, style: metadata.style)
            )
        }
    }

    /// The footer: copy label, fingerprint and "Sida 1 av 7", as many on a line as fit it
    /// (`FooterText.lines`), so that no line wraps. The page numbers are joined by no-break spaces.
    static func footer(_ writer: XMLWriter, _ metadata: DocumentMetadata, element: String) {
        writer.start(element)
        let lines = FooterText.lines(for: metadata)
        for line in lines.leading { writer.element("text:p", ["text:style-name": "Footer"], text: line) }
        writer.start("text:p", ["text:style-name": "Footer"])
        if !lines.last.isEmpty { writer.text(lines.last + FooterText.separator) }
        writer.text("Sida\u{00A0}")
        writer.element("text:page-number", ["text:select-page": "current"], text: "1")
        writer.text("\u{00A0}av\u{00A0}")
        writer.element("text:page-count", text: "1")
        writer.end()
        writer.end()
    }

    static let fonts: [(name: String, generic: String, pitch: String)] = [
        ("Liberation Serif", "roman", "variable"), ("Liberation Sans", "swiss", "variable"),
        ("Liberation Mono", "modern", "fixed"),
    ]

    /// fcdoc's fonts, the profile's and the reference document's, each once.
    static func fontFaces(_ writer: XMLWriter, _ page: PageStyle) {
        var faces = fonts
        let named = [page.bodyFont, page.headingFont] + StyleRole.allCases.compactMap { page.looks[$0]?.font }
        for name in named where !faces.contains(where: { $0.name == name }) {
            faces.append((name, "system", "variable"))
        }
        writer.start("office:font-face-decls")
        for font in faces {
            writer.element(
                "style:font-face",
                [
                    "style:name": font.name, "svg:font-family": "'\(font.name)'",
                    "style:font-family-generic": font.generic, "style:font-pitch": font.pitch,
                ])
        }
        writer.end()
    }

    static func defaults(_ writer: XMLWriter, _ metadata: DocumentMetadata) {
        writer.start("style:default-style", ["style:family": "paragraph"])
        writer.element(
            "style:paragraph-properties",
            [
                "fo:hyphenation-ladder-count": "no-limit", "style:writing-mode": "lr-tb",
                "fo:orphans": "2", "fo:widows": "2",
            ])
        writer.start(
            "style:text-properties",
            [
                "style:font-name": metadata.style.bodyFont,
                "fo:font-size": metadata.style.looks[.body]?.size.map { String(format: "%gpt", $0) } ?? "11.5pt",
                "fo:language": metadata.languageCode, "fo:hyphenate": "false",
            ])
        writer.attribute("fo:country", metadata.countryCode ?? "none")
        writer.end()
        writer.end()
    }

    struct ParagraphStyle {
        var name: String
        var display: String
        var parent: String? = "Standard"
        var paragraph: KeyValuePairs<String, String> = [:]
        var text: KeyValuePairs<String, String> = [:]
        var outlineLevel: Int?
        /// A reference document's look of this style, over the properties above.
        var look = ParagraphLook()
    }

    /// The style a reference document's role restyles. Body text, as in the DOCX, is split:
    /// its font and size are the default style's, its colour and weight `Standard`'s (which
    /// every style is based on), its spacing that of `Text body`.
    static let roleStyles: [String: StyleRole] = [
        "Heading_20_1": .heading1, "Heading_20_2": .heading2, "Heading_20_3": .heading3, "Copy_20_Label": .header,
        "Footer": .footer,
    ]

    /// The look the reference gives the style `name`.
    static func look(of name: String, _ page: PageStyle) -> ParagraphLook? {
        if let role = roleStyles[name] { return page.looks[role] }
        guard let body = page.looks[.body] else { return nil }
        switch name {
        case "Standard": return ParagraphLook(colour: body.colour, bold: body.bold, italic: body.italic)
        case "Text_20_body": return ParagraphLook(spaceBefore: body.spaceBefore, spaceAfter: body.spaceAfter)
        default: return nil
        }
    }

    /// The named paragraph styles; headings and rules in the profile's font and colours, and
    /// with a letterhead its styles.
    static func paragraphStyles(_ page: PageStyle, letterhead: Bool) -> [ParagraphStyle] {
        baseStyles.map { base in
            var style = base
            if let look = look(of: style.name, page) { style.look = look }
            switch style.name {
            case "Heading":
                var heading = style
                heading.text =
                    page.headingColour.map {
                        ["style:font-name": page.headingFont, "fo:font-weight": "bold", "fo:color": $0]
                    } ?? ["style:font-name": page.headingFont, "fo:font-weight": "bold"]
                return heading
            case "Horizontal_20_Line":
                var rule = style
                rule.paragraph = [
                    "fo:margin-bottom": "0.3cm", "fo:border-bottom": "0.5pt solid \(page.ruleColour ?? "#808080")",
                    "fo:padding": "0cm",
                ]
                return rule
            default:
                return style
            }
        } + (letterhead ? ODTLetterhead.paragraphStyles : [])
    }

    /// The styles in their order; the heading's font and colour and the rule's colour are
    /// the page style's (`paragraphStyles(_:)`).
    static let baseStyles: [ParagraphStyle] = [
        ParagraphStyle(name: "Standard", display: "Standard", parent: nil),
        ParagraphStyle(
            name: "Text_20_body", display: "Text body",
            paragraph: [
                "fo:margin-top": "0cm", "fo:margin-bottom": ParagraphSpacing.odf(ParagraphSpacing.afterBody),
                "fo:line-height": "\(ParagraphSpacing.bodyLineHeight)%",
            ]),
        // A paragraph that introduces what follows it (`PageFlow`): kept on its page.
        ParagraphStyle(
            name: "Text_20_body_20_Keep", display: "Text body keep", parent: "Text_20_body",
            paragraph: ["fo:keep-with-next": "always"]),
        ParagraphStyle(
            name: "Heading", display: "Heading",
            paragraph: [
                "fo:margin-top": ParagraphSpacing.odf(ParagraphSpacing.beforeHeading),
                "fo:margin-bottom": ParagraphSpacing.odf(ParagraphSpacing.afterHeading), "fo:keep-with-next": "always",
                "fo:keep-together": "always",
            ]),
        ParagraphStyle(
            name: "Heading_20_1", display: "Heading 1", parent: "Heading", text: ["fo:font-size": "17pt"],
            outlineLevel: 1),
        ParagraphStyle(
            name: "Heading_20_2", display: "Heading 2", parent: "Heading", text: ["fo:font-size": "13.5pt"],
            outlineLevel: 2),
        ParagraphStyle(
            name: "Heading_20_3", display: "Heading 3", parent: "Heading", text: ["fo:font-size": "12pt"],
            outlineLevel: 3),
        ParagraphStyle(
            name: "List_20_Contents", display: "List Contents",
            paragraph: [
                "fo:margin-top": "0cm", "fo:margin-bottom": ParagraphSpacing.odf(ParagraphSpacing.afterListItem),
            ]),
        // The last paragraph of a list: as much space after it as after a body paragraph.
        ParagraphStyle(
            name: "List_20_Last", display: "List Last", parent: "List_20_Contents",
            paragraph: ["fo:margin-bottom": ParagraphSpacing.odf(ParagraphSpacing.afterBody)]),
        ParagraphStyle(
            name: "Quotations", display: "Quotations",
            paragraph: [
                "fo:margin-left": "1cm", "fo:margin-right": "1cm",
                "fo:margin-bottom": ParagraphSpacing.odf(ParagraphSpacing.afterBody),
            ],
            text: ["fo:font-style": "italic"]),
        ParagraphStyle(
            name: "Preformatted_20_Text", display: "Preformatted Text",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm"],
            text: ["style:font-name": "Liberation Mono", "fo:font-size": "10pt"]),
        // 10 pt, the size `TableLayout` measures table text at (`FontMetrics.tableText`).
        ParagraphStyle(name: "Table_20_Contents", display: "Table Contents", text: ["fo:font-size": "10pt"]),
        ParagraphStyle(
            name: "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents",
            text: ["fo:font-weight": "bold"]),
        ParagraphStyle(
            name: "Table_20_Contents_20_Right", display: "Table Contents Right", parent: "Table_20_Contents",
            paragraph: ["fo:text-align": "end"]),
        ParagraphStyle(
            name: "Table_20_Contents_20_Center", display: "Table Contents Center", parent: "Table_20_Contents",
            paragraph: ["fo:text-align": "center"]),
        ParagraphStyle(
            name: "Table_20_Heading_20_Right", display: "Table Heading Right", parent: "Table_20_Heading",
            paragraph: ["fo:text-align": "end"]),
        ParagraphStyle(
            name: "Table_20_Heading_20_Center", display: "Table Heading Center", parent: "Table_20_Heading",
            paragraph: ["fo:text-align": "center"]),
        // Not "Figure": LibreOffice's PDF export then tags the paragraph itself as a Figure,
        // one without /Alt around the chart's own Figure.
        ParagraphStyle(
            name: "Chart", display: "Chart",
            paragraph: [
                "fo:text-align": "center", "fo:margin-top": "0.2cm", "fo:margin-bottom": "0.1cm",
                "fo:keep-with-next": "always",
            ]),
        ParagraphStyle(
            name: "Caption", display: "Caption",
            paragraph: ["fo:text-align": "center", "fo:margin-bottom": "0.3cm"],
            text: ["fo:font-size": "9.5pt", "fo:font-style": "italic"]),
        ParagraphStyle(
            name: "Footer", display: "Footer", paragraph: ["fo:text-align": "center"],
            text: ["fo:font-size": "\(FooterText.size)pt"]),
        ParagraphStyle(
            name: "Copy_20_Label", display: "Copy Label",
            paragraph: ["fo:text-align": "end"], text: ["fo:font-weight": "bold"]),
        ParagraphStyle(
            name: "Signature_20_Line", display: "Signature Line",
            paragraph: ["fo:margin-top": "0.3cm", "fo:margin-bottom": "0cm"]),
        // A line to write on (the signature itself): room above it to sign in.
        ParagraphStyle(
            name: "Signature_20_Space", display: "Signature Space", parent: "Signature_20_Line",
            paragraph: ["fo:margin-top": "\(PageFlow.signingSpace)cm"]),
        ParagraphStyle(
            name: "Page_20_Break", display: "Page Break",
            paragraph: ["fo:break-before": "page", "fo:margin-top": "0cm", "fo:margin-bottom": "0cm"]),
        ParagraphStyle(name: "Horizontal_20_Line", display: "Horizontal Line"),
        // The paragraph after a table that ends the body (`PageFlow.endsWithTable`).
        ParagraphStyle(
            name: "Document_20_End", display: "Document End",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:line-height": "100%"],
            text: ["fo:font-size": "\(Int(PageFlow.endParagraphSize))pt"]),
    ]

    static func paragraphStyle(_ writer: XMLWriter, _ style: ParagraphStyle) {
        writer.start(
            "style:style",
            [
                "style:name": style.name, "style:display-name": style.display,
                "style:family": "paragraph",
            ])
        if let parent = style.parent { writer.attribute("style:parent-style-name", parent) }
        if let level = style.outlineLevel { writer.attribute("style:default-outline-level", "\(level)") }
        let paragraph = ReferenceLook.merged(style.paragraph, ReferenceLook.odfParagraph(style.look))
        if !paragraph.isEmpty { writer.element("style:paragraph-properties", attributeList: paragraph) }
        let text = ReferenceLook.merged(style.text, ReferenceLook.odfText(style.look))
        if !text.isEmpty { writer.element("style:text-properties", attributeList: text) }
        writer.end()
    }

    static func textStyles(_ writer: XMLWriter) {
        let styles: [(String, String, KeyValuePairs<String, String>)] = [
            ("Emphasis", "Emphasis", ["fo:font-style": "italic"]),
            ("Strong_20_Emphasis", "Strong Emphasis", ["fo:font-weight": "bold"]),
            ("Source_20_Text", "Source Text", ["style:font-name": "Liberation Mono"]),
        ]
        for (name, display, properties) in styles {
            writer.start("style:style", ["style:name": name, "style:display-name": display, "style:family": "text"])
            writer.element("style:text-properties", properties)
            writer.end()
        }
    }

    static func listStyles(_ writer: XMLWriter) {
        for ordered in [false, true] {
            writer.start(
                "text:list-style",
                ordered
                    ? ["style:name": "Numbering_20_123", "style:display-name": "Numbering 123"]
                    : ["style:name": "List_20_Bullet", "style:display-name": "List Bullet"])
            for level in 1...4 {
                if ordered {
                    writer.start(
                        "text:list-level-style-number",
                        [
                            "text:level": "\(level)", "style:num-suffix": ".",
                            "style:num-format": "1",
                        ])
                } else {
                    writer.start(
                        "text:list-level-style-bullet",
                        [
                            "text:level": "\(level)",
                            "text:bullet-char": level % 2 == 1 ? "•" : "◦",
                        ])
                }
                writer.start(
                    "style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"])
                let indent = String(format: "%.3fcm", 0.635 * Double(level))
                writer.element(
                    "style:list-level-label-alignment",
                    [
                        "text:label-followed-by": "listtab", "text:list-tab-stop-position": indent,
                        "fo:text-indent": "-0.635cm", "fo:margin-left": indent,
                    ])
                writer.end()
                writer.end()
            }
            writer.end()
        }
    }
}
