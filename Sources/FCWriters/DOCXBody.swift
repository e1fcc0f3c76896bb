import FCDocument
import FCXML
import Foundation

/// `word/document.xml`: the blocks as WordprocessingML paragraphs and tables. The pass also
/// collects what other parts must hold: the numbering instances of the lists and the
/// relationships of the links and pictures.
struct DOCXBody {
    let writer = XMLWriter()
    private(set) var numbering = DOCXNumbering()
    /// Hyperlinks (external) and pictures, in the order the body meets them.
    private(set) var relationships: [DOCXRelationship] = []
    /// `wp:docPr` ids must be unique in the document.
    var drawingCount = 0
    /// A page break waits for the next paragraph, which then starts a page (`w:pageBreakBefore`):
    /// a paragraph holding only the break would leave an empty line atop the next page.
    private var pageBreakPending = false
    /// The width between the page's side margins, which tables fill.
    var textWidth = PageGeometry.textWidth(PageStyle())
    /// The insertions and deletions of a document of tracked changes.
    let tracked: DOCXTrackedChanges

    init(revision: Revision?) {
        tracked = DOCXTrackedChanges(revision: revision)
    }

    /// The whole part; `headers` says which headers the pages have.
    static func write(_ document: Document, headers: DOCXWriter.Headers) -> DOCXBody {
        var body = DOCXBody(revision: document.metadata.revision)
        body.textWidth = PageGeometry.textWidth(document.metadata.style)
        DOCXNamespaces.startRoot(body.writer, "w:document", drawing: true)
        body.writer.start("w:body")
        let parts = BodyPart.parts(of: document.blocks)
        let keeps = PageFlow.keepsWithNext(parts)
        let pageStarts = PageEstimate(document.metadata, labelled: headers.labelled).breaks(parts, keeps: keeps)
        for (index, (part, keep)) in zip(parts, keeps).enumerated() {
            if pageStarts.contains(index) { body.write(.pageBreak) }
            switch part {
            case .block(let block): body.write(block, Context(paragraphStyle: keep ? "BodyTextKeep" : nil))
            case .signatures(let signatures): body.write(signatures)
            }
        }
        if PageFlow.endsWithTable(parts) { body.paragraph(DOCXParagraphProperties(style: "DocumentEnd"), []) }
        DOCXHeaderFooter.sectionProperties(body.writer, headers: headers, metadata: document.metadata)
        body.writer.end()
        body.writer.end()
        return body
    }

    /// A new relationship of `document.xml`, of type `type` (`hyperlink`, `image`); its id,
    /// `rId<Type><n>`, apart from the fixed ids of the other parts.
    mutating func relate(type: String, target: String, external: Bool = false) -> String {
        let id = "rId\(type.prefix(1).uppercased())\(type.dropFirst())\(relationships.count + 1)"
        relationships.append(
            DOCXRelationship(
                id: id, type: DOCXNamespaces.relationshipType(type), target: target,
                external: external))
        return id
    }

    /// The context a block is written in: inside a list item (how deep), a quote, a table cell.
    struct Context {
        var listDepth = 0
        var paragraphStyle: String?
    }

    mutating func write(_ block: Block, _ context: Context = Context()) {
        switch block {
        case .heading(let level, let inlines):
            paragraph(DOCXParagraphProperties(style: DOCXStyles.heading(level)), inlines)
        case .paragraph(let inlines):
            paragraph(DOCXParagraphProperties(style: context.paragraphStyle), inlines)
        case .list(let ordered, let items):
            list(ordered: ordered, items: items, context)
        case .quote(let blocks):
            var inner = context
            inner.paragraphStyle = "Quote"
            for child in blocks { write(child, inner) }
        case .code(let text):
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                text.hasSuffix("\n") ? 1 : 0)
            {
                paragraph(DOCXParagraphProperties(style: "HTMLPreformatted"), [.text(String(line))])
            }
        case .table(let table):
            write(table)
        case .signature(let signature):
            write([signature])
        case .figure(let figure):
            write(figure)
        case .pageBreak:
            pageBreakPending = true
        case .rule:
            paragraph(DOCXParagraphProperties(style: "HorizontalLine"), [])
        case .changed(let change, let inner):
            withChange(change, paragraphs: true) { $0.write(inner, context) }
        }
    }

    /// Writes what `body` writes as `change`: its text, and with `paragraphs` its paragraph marks.
    mutating func withChange(_ change: Change?, paragraphs: Bool = false, _ body: (inout DOCXBody) -> Void) {
        let outer = (tracked.current, tracked.paragraphMark)
        if let change {
            tracked.current = change
            if paragraphs { tracked.paragraphMark = change }
        }
        body(&self)
        (tracked.current, tracked.paragraphMark) = outer
    }

    /// Each item's first paragraph carries the number or bullet; its further paragraphs are
    /// indented to the item's text; a nested list goes one level deeper. The list's very last
    /// paragraph has a body paragraph's space after it (`spaceAfter`, not for a list nested
    /// inside an item that others follow), as in the ODT.
    private mutating func list(ordered: Bool, items: [[Block]], _ context: Context, spaceAfter: Bool = true) {
        let level = min(context.listDepth, 8)
        let id = numbering.newList(ordered: ordered, level: level)
        var inner = context
        inner.listDepth = context.listDepth + 1
        for (itemIndex, item) in items.enumerated() {
            for (childIndex, child) in (item.isEmpty ? [.paragraph([])] : item).enumerated() {
                let last = spaceAfter && itemIndex == items.count - 1 && childIndex == max(item.count, 1) - 1
                var properties = DOCXParagraphProperties(
                    style: "ListContinue", spacingAfter: last ? PageGeometry.twips(ParagraphSpacing.afterBody) : nil,
                    indentLeft: 360 * (level + 1))
                if childIndex == 0 {
                    properties = DOCXParagraphProperties(
                        style: DOCXStyles.list(ordered: ordered, depth: level),
                        numbering: (id, level),
                        spacingAfter: last ? PageGeometry.twips(ParagraphSpacing.afterBody) : nil)
                }
                var child = child
                let outer = (tracked.current, tracked.paragraphMark)
                defer { (tracked.current, tracked.paragraphMark) = outer }
                if case .changed(let change, let inner) = child {
                    (tracked.current, tracked.paragraphMark) = (change, change)
                    child = inner
                }
                switch child {
                case .paragraph(let inlines):
                    paragraph(properties, inlines)
                case .list(let nestedOrdered, let nested):
                    if childIndex == 0 { paragraph(properties, []) }
                    list(ordered: nestedOrdered, items: nested, inner, spaceAfter: last)
                default:
                    if childIndex == 0 { paragraph(properties, []) }
                    write(child, inner)
                }
            }
        }
    }

    mutating func paragraph(
        _ properties: DOCXParagraphProperties, _ inlines: [Inline], format: DOCXRunFormat = DOCXRunFormat()
    ) {
        startParagraph(properties)
        write(inlines, format)
        writer.end()
    }

    /// Opens `w:p` with its properties; a pending page break starts the page here.
    mutating func startParagraph(_ properties: DOCXParagraphProperties) {
        var properties = properties
        properties.pageBreakBefore = pageBreakPending
        properties.markChange = tracked.paragraphMark
        pageBreakPending = false
        writer.start("w:p")
        properties.write(writer, tracked: tracked)
    }

    /// A table cannot start a page by itself: a pending break gets a paragraph of its own.
    mutating func flushPageBreak() {
        guard pageBreakPending else { return }
        pageBreakPending = false
        writer.start("w:p")
        writer.start("w:r")
        writer.element("w:br", ["w:type": "page"])
        writer.end()
        writer.end()
    }

    mutating func write(_ inlines: [Inline], _ format: DOCXRunFormat) {
        for inline in inlines {
            var inner = format
            switch inline {
            case .text(let text):
                run(text, format)
            case .emphasis(let children):
                inner.italic = true
                write(children, inner)
            case .strong(let children):
                inner.bold = true
                write(children, inner)
            case .code(let text):
                inner.code = true
                run(text, inner)
            case .link(let url, let children):
                let target = DOCXText.uriTarget(url)
                guard !target.isEmpty else {
                    write(children, format)
                    continue
                }
                writer.start(
                    "w:hyperlink",
                    [
                        "r:id": relate(type: "hyperlink", target: target, external: true),
                        "w:history": "1",
                    ])
                inner.link = true
                write(children, inner)
                writer.end()
            case .lineBreak:
                writer.start("w:r")
                writer.element("w:br")
                writer.end()
            case .changed(let change, let children):
                let outer = tracked.current
                tracked.current = change
                write(children, format)
                tracked.current = outer
            }
        }
    }

    /// One run: text with its tabs (`w:tab`) and line ends (`w:br`).
    private func run(_ text: String, _ format: DOCXRunFormat) {
        guard !text.isEmpty else { return }
        if let change = tracked.current { tracked.start(writer, change) }
        writer.start("w:r")
        format.write(writer)
        DOCXText.write(text, writer, deleted: tracked.current == .deleted)
        writer.end()
        if tracked.current != nil { writer.end() }
    }
}
