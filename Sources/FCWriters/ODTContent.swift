import FCDocument
import FCXML
import Foundation

/// `content.xml`: the document body as ODF text, using the named styles of `ODTStyles`.
enum ODTContent {
    /// The body is written first, into its own writer, so that the automatic styles it needs
    /// (each table's column widths) are known when they are written before it.
    static func write(_ document: Document, labelled: Bool? = nil) -> Data {
        let textWidth = PageGeometry.textWidth(document.metadata.style)
        let parts = BodyPart.parts(of: document.blocks)
        let keeps = PageFlow.keepsWithNext(parts)
        let pageStarts = PageEstimate(document.metadata, labelled: labelled ?? (document.metadata.copyLabel != nil))
            .breaks(parts, keeps: keeps)
        func body(_ tracked: ODTTrackedChanges) -> (BodyWriter, XMLWriter) {
            let bodyWriter = XMLWriter(declaration: false)
            var body = BodyWriter(writer: bodyWriter, textWidth: textWidth, tracked: tracked)
            for (index, (part, keep)) in zip(parts, keeps).enumerated() {
                if pageStarts.contains(index) { body.write(.pageBreak) }
                switch part {
                case .block(let block):
                    body.write(block, paragraphStyle: keep ? "Text_20_body_20_Keep" : "Text_20_body")
                case .signatures(let signatures): body.write(signatures)
                }
            }
            if PageFlow.endsWithTable(parts) { bodyWriter.element("text:p", ["text:style-name": "Document_20_End"]) }
            return (body, bodyWriter)
        }
        // A document of tracked changes is written twice: first to learn its paragraphs, so that
        // those inserted or deleted whole are tracked with their paragraph breaks.
        let revision = document.metadata.revision
        let paragraphs = revision == nil ? nil : body(ODTTrackedChanges(revision: revision)).0.tracked.recorded
        let tracked = ODTTrackedChanges(revision: revision, paragraphs: paragraphs)
        let (body, bodyWriter) = body(tracked)
        let writer = XMLWriter()
        // Tracked changes name their author and date in Dublin Core.
        let changePrefixes = tracked.isEmpty ? [] : [("dc", ODFNamespaces.dc)]
        ODFNamespaces.startRoot(
            writer, "office:document-content", prefixes: ODFNamespaces.documentPrefixes + changePrefixes)
        writer.start("office:automatic-styles")
        tableStyles(
            writer, names: ("Table", "Table_20_Whole"), width: textWidth, marginTop: "0cm",
            marginBottom: ODTContent.centimetres(PageFlow.spaceAfterTable))
        // A row is never split over two pages: on a form, a question stays with its boxes.
        writer.start("style:style", ["style:name": "TableRow", "style:family": "table-row"])
        writer.element("style:table-row-properties", ["fo:keep-together": "always"])
        writer.end()
        writer.start("style:style", ["style:name": "TableCell", "style:family": "table-cell"])
        writer.element("style:table-cell-properties", ["fo:padding": "0.1cm", "fo:border": "0.5pt solid #000000"])
        writer.end()
        signatureStyles(writer, width: textWidth)
        // A paragraph that starts a page: its style with a break before it, so that no empty
        // paragraph holds the break (the DOCX's `w:pageBreakBefore`).
        for style in body.pageBreakStyles {
            writer.start(
                "style:style",
                [
                    "style:name": pageBreakStyle(style), "style:family": "paragraph",
                    "style:parent-style-name": style,
                ])
            writer.element("style:paragraph-properties", ["fo:break-before": "page"])
            writer.end()
        }
        for (tableIndex, widths) in body.tableWidths.enumerated() {
            for (column, width) in widths.enumerated() {
                writer.start(
                    "style:style",
                    [
                        "style:name": columnStyle(table: tableIndex + 1, column: column + 1),
                        "style:family": "table-column",
                    ])
                writer.element(
                    "style:table-column-properties",
                    [
                        "style:column-width": centimetres(width),
                        "style:rel-column-width": "\(Int((width * 1000).rounded()))*",
                    ])
                writer.end()
            }
        }
        writer.end()
        writer.start("office:body")
        writer.start("office:text")
        let bodyMarkup = bodyWriter.finish()
        tracked.write(writer)
        writer.raw(bodyMarkup)
        writer.end()
        writer.end()
        writer.end()
        return writer.finish()
    }
}

extension ODTContent {
    /// Four rows of signature blocks, eight signatories, fill most of a page.
    static let wholeSignatureRows = 4

    /// Two full-width table styles: `names.mayBreak` may split between rows across pages,
    /// `names.whole` moves to the next page whole.
    static func tableStyles(
        _ writer: XMLWriter, names: (mayBreak: String, whole: String), width: Double, marginTop: String,
        marginBottom: String
    ) {
        for (name, mayBreak) in [(names.mayBreak, true), (names.whole, false)] {
            writer.start("style:style", ["style:name": name, "style:family": "table"])
            writer.element(
                "style:table-properties",
                [
                    "style:width": centimetres(width), "table:align": "margins",
                    "table:border-model": "collapsing",
                    "fo:margin-top": marginTop, "fo:margin-bottom": marginBottom,
                    "style:may-break-between-rows": mayBreak ? "true" : "false",
                ])
            writer.end()
        }
    }

    /// Signature blocks sit two to a row in a table without rules; a row never splits, and up to
    /// `wholeSignatureRows` rows (all the signatures of an agreement) stay together on one page,
    /// so no signatory is left alone on the last page.
    static func signatureStyles(_ writer: XMLWriter, width: Double) {
        tableStyles(
            writer, names: ("Signatures", "Signatures_20_Whole"), width: width, marginTop: "0cm", marginBottom: "0cm")
        writer.start("style:style", ["style:name": "Signatures.A", "style:family": "table-column"])
        writer.element(
            "style:table-column-properties",
            [
                "style:column-width": centimetres(width / 2),
                "style:rel-column-width": "1*",
            ])
        writer.end()
        writer.start("style:style", ["style:name": "SignatureCell", "style:family": "table-cell"])
        writer.element(
            "style:table-cell-properties",
            [
                "fo:padding-left": "0cm", "fo:padding-right": "0.4cm",
                "fo:padding-top": "0cm", "fo:padding-bottom": "0.4cm",
                "fo:border": "none",
            ])
        writer.end()
    }

    /// The automatic style of a paragraph in `style` that starts a page.
    static func pageBreakStyle(_ style: String) -> String {
        "Break_" + style
    }

    static func columnStyle(table: Int, column: Int) -> String {
        "Tabell\(table).\(column)"
    }

    /// Where a figure's SVG lives in the package.
    static func picturePath(_ figure: Figure) -> String {
        "Pictures/\(figure.name).svg"
    }

    static func centimetres(_ value: Double) -> String {
        String(format: "%.2fcm", value)
    }
}

/// Writes blocks and inlines as ODF elements.
struct BodyWriter {
    /// Where the markup goes: the body, or a deletion's region while deleted paragraphs are written.
    private(set) var writer: XMLWriter
    /// The width of the text area, which tables fill.
    let textWidth: Double
    /// The insertions and deletions met so far, for `text:tracked-changes`.
    let tracked: ODTTrackedChanges
    /// The column widths of the tables written so far, in order: `Tabell1` is the first.
    private(set) var tableWidths: [[Double]] = []
    private var signatureTableCount = 0
    /// A page break waits for the next paragraph, which then starts the page.
    private var pageBreakPending = false
    /// The styles of the paragraphs that start a page, each once, in order.
    private(set) var pageBreakStyles: [String] = []
    /// Whether deleted whole paragraphs are being written into their region.
    private var inRegion = false

    init(writer: XMLWriter, textWidth: Double, tracked: ODTTrackedChanges) {
        self.writer = writer
        self.textWidth = textWidth
        self.tracked = tracked
    }

    mutating func write(_ block: Block, paragraphStyle: String = "Text_20_body") {
        switch block {
        case .heading(let level, let inlines):
            let level = min(max(level, 1), 6)
            let style = styleName("Heading_20_\(min(level, 3))")
            tracked.paragraphStyle = style
            startParagraph(style: style, outlineLevel: level)
            write(inlines)
            endParagraph()
        case .paragraph(let inlines):
            paragraph(style: styleName(paragraphStyle), inlines)
        case .list(let ordered, let items):
            writeList(ordered: ordered, items: items, spaceAfter: true)
        case .quote(let blocks):
            for child in blocks { write(child, paragraphStyle: "Quotations") }
        case .code(let text):
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                text.hasSuffix("\n") ? 1 : 0)
            {
                startParagraph(style: styleName("Preformatted_20_Text"))
                writeText(String(line))
                endParagraph()
            }
        case .table(let table) where table.hasRowChanges:
            // ODF 1.3 tracks no row: the old table deleted and the new one inserted, whole.
            write(.changed(.deleted, .table(table.resolvingChanges(keep: .deleted))))
            write(.changed(.inserted, .table(table.resolvingChanges(keep: .inserted))))
        case .table(let table):
            flushPageBreak()
            write(table)
        case .changed(let change, .table(let table)):
            writeWhole(change, table)
        case .signature(let signature):
            write([signature])
        case .figure(let figure):
            startParagraph(style: styleName("Chart"))
            writer.start(
                "draw:frame",
                [
                    "draw:name": figure.name, "text:anchor-type": "as-char",
                    "svg:width": ODTContent.centimetres(figure.widthCentimetres),
                    "svg:height": ODTContent.centimetres(figure.heightCentimetres),
                ])
            writer.element(
                "draw:image",
                [
                    "xlink:href": ODTContent.picturePath(figure), "xlink:type": "simple",
                    "xlink:show": "embed", "xlink:actuate": "onLoad",
                    "draw:mime-type": "image/svg+xml",
                ])
            writer.element("svg:title", text: figure.title)
            writer.element("svg:desc", text: figure.description)
            writer.end()
            endParagraph()
            startParagraph(style: "Caption")
            writeText(figure.title)
            endParagraph()
        case .pageBreak:
            pageBreakPending = true
        case .rule:
            startParagraph(style: styleName("Horizontal_20_Line"))
            endParagraph()
        case .changed(let change, let inner):
            // The text inside carries the change too, for a table or a signature, whose rows
            // and lines are tracked through their text.
            let outer = (tracked.current, tracked.wholeChange)
            tracked.current = change
            if inner.isWholeParagraphs { tracked.wholeChange = change }
            if change == .deleted, inner.isWholeParagraphs, tracked.nextParagraphIsWhole {
                intoRegion { $0.write(inner, paragraphStyle: paragraphStyle) }
            } else {
                write(inner, paragraphStyle: paragraphStyle)
            }
            (tracked.current, tracked.wholeChange) = outer
        }
    }

    /// A table inserted or deleted whole, tracked as one block: between a start and an end mark
    /// beside it, or kept in its region with a mark where it was (ODF 1.3 part 3, §5.5).
    private mutating func writeWhole(_ change: Change, _ table: Table) {
        flushPageBreak()
        tracked.wholeTables += 1
        defer { tracked.wholeTables -= 1 }
        switch change {
        case .inserted:
            let id = tracked.wholeTable(.inserted)
            writer.element("text:change-start", ["text:change-id": id])
            write(table)
            writer.element("text:change-end", ["text:change-id": id])
        case .deleted:
            let outer = writer
            writer = XMLWriter(declaration: false)
            write(table)
            let id = tracked.wholeTable(.deleted, deleted: writer.finish())
            writer = outer
            writer.element("text:change", ["text:change-id": id])
        }
    }

    /// Writes what `body` writes into the region of the deleted whole paragraphs it starts with.
    private mutating func intoRegion(_ body: (inout BodyWriter) -> Void) {
        guard !inRegion else { return body(&self) }
        let first = tracked.paragraphCount
        let outer = writer
        writer = XMLWriter(declaration: false)
        inRegion = true
        body(&self)
        inRegion = false
        tracked.addDeleted(writer.finish(), from: first)
        writer = outer
    }

    /// Opens a paragraph (a heading with `outlineLevel`), with the change marks at its start.
    private func startParagraph(style: String, outlineLevel: Int? = nil) {
        let element = outlineLevel == nil ? "text:p" : "text:h"
        writer.start(element, ["text:style-name": style])
        if let outlineLevel { writer.attribute("text:outline-level", "\(outlineLevel)") }
        tracked.paragraphStarted(writer, element: element, style: style, outlineLevel: outlineLevel.map { "\($0)" })
    }

    /// Closes the paragraph, with the change marks at its end.
    private func endParagraph() {
        tracked.paragraphEnding(writer)
        writer.end()
    }

    /// A list; its very last paragraph has space after it (`spaceAfter`, not for a list nested
    /// inside an item that others follow) so the list stands apart from what comes next.
    private mutating func writeList(ordered: Bool, items: [[Block]], spaceAfter: Bool) {
        let style = ordered ? "Numbering_20_123" : "List_20_Bullet"
        writer.start("text:list", ["text:style-name": style])
        tracked.lists.append(style)
        defer { tracked.lists.removeLast() }
        for (itemIndex, item) in items.enumerated() {
            func writeItem(_ body: inout BodyWriter) {
                body.writer.start("text:list-item")
                if item.isEmpty {
                    body.startParagraph(style: body.styleName("List_20_Contents"))
                    body.endParagraph()
                }
                for (childIndex, child) in item.enumerated() {
                    let last = spaceAfter && itemIndex == items.count - 1 && childIndex == item.count - 1
                    if case .list(let ordered, let nested) = child {
                        body.writeList(ordered: ordered, items: nested, spaceAfter: last)
                    } else {
                        body.write(child, paragraphStyle: last ? "List_20_Last" : "List_20_Contents")
                    }
                }
                body.writer.end()
            }
            // An item deleted whole goes to its region as an item of lists of its own, as deep.
            if item.allSatisfy(\.isDeletedWholeParagraphs), tracked.nextParagraphIsWhole, !item.isEmpty {
                let outer = tracked.lists.dropLast()
                intoRegion { body in
                    ODTTrackedChanges.startLists(Array(outer), body.writer)
                    body.writer.start("text:list", ["text:style-name": style])
                    writeItem(&body)
                    body.writer.end()
                    for _ in 0..<(2 * outer.count) { body.writer.end() }
                }
            } else {
                writeItem(&self)
            }
        }
        writer.end()
    }

    /// `style`, or with a page break pending its variant that starts the page.
    private mutating func styleName(_ style: String) -> String {
        guard pageBreakPending else { return style }
        pageBreakPending = false
        if !pageBreakStyles.contains(style) { pageBreakStyles.append(style) }
        return ODTContent.pageBreakStyle(style)
    }

    /// A table cannot take the break: a pending one gets a paragraph of its own.
    private mutating func flushPageBreak() {
        guard pageBreakPending else { return }
        pageBreakPending = false
        writer.element("text:p", ["text:style-name": "Page_20_Break"])
    }

    /// Signature blocks two to a row; the blank line to sign on is as long as half a row allows.
    mutating func write(_ signatures: [SignatureBlock]) {
        flushPageBreak()
        signatureTableCount += 1
        tracked.breakStretch()
        defer { tracked.breakStretch() }
        let whole = (signatures.count + 1) / 2 <= ODTContent.wholeSignatureRows
        writer.start(
            "table:table",
            [
                "table:name": "Underskrifter\(signatureTableCount)",
                "table:style-name": whole ? "Signatures_20_Whole" : "Signatures",
            ])
        writer.element(
            "table:table-column", ["table:style-name": "Signatures.A", "table:number-columns-repeated": "2"])
        for start in stride(from: 0, to: signatures.count, by: 2) {
            writer.start("table:table-row", ["table:style-name": "TableRow"])
            for index in start..<start + 2 {
                writer.start("table:table-cell", ["table:style-name": "SignatureCell", "office:value-type": "string"])
                if index < signatures.count {
                    let outer = tracked.current
                    tracked.current = signatures[index].change ?? outer
                    for line in signatures[index].lines {
                        let style = line.value.isEmpty ? "Signature_20_Space" : "Signature_20_Line"
                        startParagraph(style: style)
                        tracked.paragraphStyle = style
                        writer.start("text:span", ["text:style-name": "Strong_20_Emphasis"])
                        writeText(line.label + ":")
                        writer.end()
                        write(line.valueInlines(leading: " ", blank: String(repeating: "_", count: 22)))
                        endParagraph()
                    }
                    tracked.current = outer
                } else {
                    startParagraph(style: "Signature_20_Line")
                    endParagraph()
                }
                writer.end()
            }
            writer.end()
        }
        writer.end()
    }

    private func paragraph(style: String, _ inlines: [Inline]) {
        tracked.paragraphStyle = style
        startParagraph(style: style)
        write(inlines)
        endParagraph()
    }

    private mutating func write(_ table: Table) {
        let widths = TableLayout.columnWidths(for: table, availableWidth: textWidth)
        tableWidths.append(widths)
        let number = tableWidths.count
        tracked.breakStretch()
        defer { tracked.breakStretch() }
        let style = PageFlow.keepsWhole(table, widths: widths) ? "Table_20_Whole" : "Table"
        writer.start("table:table", ["table:name": "Tabell\(number)", "table:style-name": style])
        // Counted once: counting looks at every row, so counting per row made a long table quadratic.
        let columns = table.columnCount
        for column in 1...columns {
            writer.element(
                "table:table-column", ["table:style-name": ODTContent.columnStyle(table: number, column: column)])
        }
        func row(_ cells: [[Inline]], style: String) {
            writer.start("table:table-row", ["table:style-name": "TableRow"])
            for index in 0..<columns {
                writer.start("table:table-cell", ["table:style-name": "TableCell", "office:value-type": "string"])
                let alignment = index < table.alignments.count ? table.alignments[index] : .left
                let aligned = style + (alignment == .right ? "_20_Right" : alignment == .center ? "_20_Center" : "")
                paragraph(style: aligned, index < cells.count ? cells[index] : [])
                writer.end()
            }
            writer.end()
        }
        if !table.header.isEmpty {
            writer.start("table:table-header-rows")
            row(table.header, style: "Table_20_Heading")
            writer.end()
        }
        for cells in table.rows { row(cells, style: "Table_20_Contents") }
        if table.header.isEmpty && table.rows.isEmpty { row([], style: "Table_20_Contents") }
        writer.end()
    }

    func write(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writeText(text)
            case .emphasis(let children):
                span("Emphasis", children)
            case .strong(let children):
                span("Strong_20_Emphasis", children)
            case .code(let text):
                writer.start("text:span", ["text:style-name": "Source_20_Text"])
                writeText(text)
                writer.end()
            case .link(let url, let children):
                writer.start("text:a", ["xlink:type": "simple", "xlink:href": url])
                write(children)
                writer.end()
            case .lineBreak:
                writer.element("text:line-break")
            case .changed(let change, let children):
                let outer = tracked.current
                tracked.current = change
                write(children)
                tracked.current = outer
            }
        }
    }

    private func span(_ style: String, _ children: [Inline]) {
        writer.start("text:span", ["text:style-name": style])
        write(children)
        writer.end()
    }

    /// ODF collapses white space, so runs of spaces become `<text:s text:c="n"/>`, tabs
    /// `<text:tab/>` and line ends `<text:line-break/>` (ODF 1.3 part 3, §6.1.2–6.1.4).
    /// Works on Unicode scalars, which is much cheaper than grapheme clusters for long texts;
    /// a text with none of these (most of them) goes to the writer as it is.
    func writeText(_ text: String) {
        guard tracked.current != nil else { return writeText(text, to: writer) }
        guard !text.isEmpty else { return }
        // Deleted text is a paragraph of its own in its region, where a leading space would be
        // lost (ODF collapses white space at a paragraph's start): it is written as `text:s`.
        guard tracked.current == .deleted, text.hasPrefix(" ") else {
            return tracked.mark(writer) { writeText(text, to: $0) }
        }
        tracked.mark(writer) { target in
            target.element("text:s")
            writeText(String(text.dropFirst()), to: target)
        }
    }

    private func writeText(_ text: String, to writer: XMLWriter) {
        guard needsWhiteSpaceElements(text) else { return writer.text(text) }
        var run = String.UnicodeScalarView()
        var spaces = 0
        func flushSpaces() {
            guard spaces > 0 else { return }
            run.append(" ")
            if spaces > 1 {
                writer.text(String(run))
                run = String.UnicodeScalarView()
                writer.element("text:s", ["text:c": "\(spaces - 1)"])
            }
            spaces = 0
        }
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                spaces += 1
            case "\n" where previousWasReturn:
                break
            case "\t", "\n", "\r":
                flushSpaces()
                if !run.isEmpty { writer.text(String(run)) }
                run = String.UnicodeScalarView()
                writer.element(scalar == "\t" ? "text:tab" : "text:line-break")
            default:
                flushSpaces()
                run.append(scalar)
            }
            previousWasReturn = scalar == "\r"
        }
        flushSpaces()
        if !run.isEmpty { writer.text(String(run)) }
    }

    /// Whether `text` has a tab, a line end or two spaces in a row (looked for in UTF-8 bytes).
    private func needsWhiteSpaceElements(_ text: String) -> Bool {
        var previousWasSpace = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
            case UInt8(ascii: " "):
                if previousWasSpace { return true }
                previousWasSpace = true
            default: previousWasSpace = false
            }
        }
        return false
    }
}
