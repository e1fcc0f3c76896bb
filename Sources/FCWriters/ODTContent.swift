import FCDocument
import FCXML
import Foundation

/// `content.xml`: the document body as ODF text, using the named styles of `ODTStyles`.
enum ODTContent {
    /// The body is written first, into its own writer, so that the automatic styles it needs
    /// (each table's column widths) are known when they are written before it.
    static func write(_ document: Document) -> Data {
        let bodyWriter = XMLWriter(declaration: false)
        var body = BodyWriter(writer: bodyWriter)
        for block in document.blocks { body.write(block) }
        let writer = XMLWriter()
        ODFNamespaces.startRoot(writer, "office:document-content", prefixes: ODFNamespaces.documentPrefixes)
        writer.start("office:automatic-styles")
        writer.start("style:style", ["style:name": "Table", "style:family": "table"])
        writer.element("style:table-properties", ["style:width": centimetres(tableWidth), "table:align": "margins",
                                                  "fo:margin-top": "0.1cm", "fo:margin-bottom": "0.3cm"])
        writer.end()
        // A row is never split over two pages: on a form, a question stays with its boxes.
        writer.start("style:style", ["style:name": "TableRow", "style:family": "table-row"])
        writer.element("style:table-row-properties", ["fo:keep-together": "always"])
        writer.end()
        writer.start("style:style", ["style:name": "TableCell", "style:family": "table-cell"])
        writer.element("style:table-cell-properties", ["fo:padding": "0.1cm", "fo:border": "0.5pt solid #000000"])
        writer.end()
        for (tableIndex, table) in body.tables.enumerated() {
            let weights = columnWeights(table)
            let sum = Double(weights.reduce(0, +))
            for (column, weight) in weights.enumerated() {
                writer.start("style:style", ["style:name": columnStyle(table: tableIndex + 1, column: column + 1),
                                             "style:family": "table-column"])
                writer.element("style:table-column-properties", [
                    "style:column-width": centimetres(tableWidth * Double(weight) / sum),
                    "style:rel-column-width": "\(weight)*",
                ])
                writer.end()
            }
        }
        writer.end()
        writer.start("office:body")
        writer.start("office:text")
        writer.raw(bodyWriter.finish())
        writer.end()
        writer.end()
        writer.end()
        return writer.finish()
    }
}

extension ODTContent {
    /// Relative column widths from the longest text in each column, so a column of questions
    /// gets room and a column of numbers does not; bounded so no column vanishes.
    static func columnWeights(_ table: Table) -> [Int] {
        (0..<table.columnCount).map { column in
            let longest = ([table.header] + table.rows).map { row in
                column < row.count ? row[column].plainText.count : 0
            }.max() ?? 0
            return min(max(longest, 8), 45) * 100
        }
    }

    /// The text width of an A4 page between fcdoc's margins.
    static let tableWidth = 16.5

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
    let writer: XMLWriter
    /// The tables written so far, in order: `Tabell1` is the first.
    private(set) var tables: [Table] = []

    init(writer: XMLWriter) {
        self.writer = writer
    }

    mutating func write(_ block: Block, paragraphStyle: String = "Text_20_body") {
        switch block {
        case .heading(let level, let inlines):
            let level = min(max(level, 1), 6)
            writer.start("text:h", ["text:style-name": "Heading_20_\(min(level, 3))", "text:outline-level": "\(level)"])
            write(inlines)
            writer.end()
        case .paragraph(let inlines):
            paragraph(style: paragraphStyle, inlines)
        case .list(let ordered, let items):
            writer.start("text:list", ["text:style-name": ordered ? "Numbering_20_123" : "List_20_Bullet"])
            for item in items {
                writer.start("text:list-item")
                if item.isEmpty { writer.element("text:p", ["text:style-name": "List_20_Contents"]) }
                for child in item {
                    if case .list = child { write(child) } else { write(child, paragraphStyle: "List_20_Contents") }
                }
                writer.end()
            }
            writer.end()
        case .quote(let blocks):
            for child in blocks { write(child, paragraphStyle: "Quotations") }
        case .code(let text):
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
                writer.start("text:p", ["text:style-name": "Preformatted_20_Text"])
                writeText(String(line))
                writer.end()
            }
        case .table(let table):
            write(table)
        case .signature(let signature):
            for (index, line) in signature.lines.enumerated() {
                let last = index == signature.lines.count - 1
                writer.start("text:p", ["text:style-name": last ? "Signature_20_Last" : "Signature_20_Line"])
                writer.element("text:span", ["text:style-name": "Strong_20_Emphasis"], text: line.label + ":")
                writeText(" " + (line.value.isEmpty ? String(repeating: "_", count: 40) : line.value))
                writer.end()
            }
        case .figure(let figure):
            writer.start("text:p", ["text:style-name": "Figure"])
            writer.start("draw:frame", ["draw:name": figure.name, "text:anchor-type": "as-char",
                                        "svg:width": ODTContent.centimetres(figure.widthCentimetres),
                                        "svg:height": ODTContent.centimetres(figure.heightCentimetres)])
            writer.element("draw:image", ["xlink:href": ODTContent.picturePath(figure), "xlink:type": "simple",
                                          "xlink:show": "embed", "xlink:actuate": "onLoad",
                                          "draw:mime-type": "image/svg+xml"])
            writer.element("svg:title", text: figure.title)
            writer.element("svg:desc", text: figure.description)
            writer.end()
            writer.end()
            writer.element("text:p", ["text:style-name": "Caption"], text: figure.title)
        case .pageBreak:
            writer.element("text:p", ["text:style-name": "Page_20_Break"])
        case .rule:
            writer.element("text:p", ["text:style-name": "Horizontal_20_Line"])
        }
    }

    private func paragraph(style: String, _ inlines: [Inline]) {
        writer.start("text:p", ["text:style-name": style])
        write(inlines)
        writer.end()
    }

    private mutating func write(_ table: Table) {
        tables.append(table)
        let number = tables.count
        writer.start("table:table", ["table:name": "Tabell\(number)", "table:style-name": "Table"])
        for column in 1...table.columnCount {
            writer.element("table:table-column", ["table:style-name": ODTContent.columnStyle(table: number, column: column)])
        }
        func row(_ cells: [[Inline]], style: String) {
            writer.start("table:table-row", ["table:style-name": "TableRow"])
            for index in 0..<table.columnCount {
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
