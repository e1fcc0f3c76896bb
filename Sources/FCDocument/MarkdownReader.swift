import CCmarkGFM
import FCText
import Foundation

/// Reads rendered template Markdown (GitHub-flavoured, with tables) into a `Document`, through
/// cmark-gfm's syntax tree.
///
/// HTML comments are fcdoc's own block markers, so templates can ask for structures that
/// Markdown has no syntax for:
/// - `<!-- fcdoc:pagebreak -->` — a page break;
/// - `<!-- fcdoc:signature -->` followed by a bullet list of `Label: value` items — a signature
///   block (an empty value is a line to sign or write on);
/// - `<!-- fcdoc:figure NAME -->` — the figures NAME of those handed to `read` (charts are built
///   from the data, not written in the template; a chart too tall for a page is several figures).
/// - `<br>` — a line break, also inside a table cell, where Markdown has no other way to write one.
/// Any other raw HTML in a template is kept as literal text, never passed through.
public enum MarkdownReader {
    public static let pageBreakMarker = "<!-- fcdoc:pagebreak -->"
    public static let signatureMarker = "<!-- fcdoc:signature -->"
    static let figurePrefix = "<!-- fcdoc:figure "
    static let lineBreakTags: Set<String> = ["<br>", "<br/>", "<br />"]

    public static func read(_ markdown: String, metadata: DocumentMetadata, figures: [String: [Figure]] = [:])
        -> Document
    {
        cmark_gfm_core_extensions_ensure_registered()
        // cmark's allocator aborts when memory runs out, so neither call ever gives NULL.
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { preconditionFailure("cmark gave no parser") }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let root = cmark_parser_finish(parser) else { preconditionFailure("cmark gave no document") }
        defer { cmark_node_free(root) }
        return Document(metadata: metadata, blocks: blocks(under: root, figures: figures))
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        String(cString: cmark_node_get_type_string(node))
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func blocks(under parent: OpaquePointer, figures: [String: [Figure]] = [:]) -> [Block] {
        var result: [Block] = []
        var signatureExpected = false
        for node in children(of: parent) {
            if typeName(node) == "html_block" {
                let html = literal(node).trimmingWhiteSpace()
                if html == pageBreakMarker {
                    result.append(.pageBreak)
                    continue
                }
                if html == signatureMarker {
                    signatureExpected = true
                    continue
                }
                if html.hasPrefix(figurePrefix), html.hasSuffix(" -->") {
                    let name = html.dropFirst(figurePrefix.count).dropLast(4).trimmingSpaces()
                    // A template asking for a chart the data has none for (say, no survey) gets none.
                    result += (figures[name] ?? []).map(Block.figure)
                    continue
                }
            }
            if signatureExpected, typeName(node) == "list" {
                signatureExpected = false
                result.append(.signature(signatureBlock(from: node)))
                continue
            }
            signatureExpected = false
            if let block = block(node) { result.append(block) }
        }
        return result
    }

    private static func block(_ node: OpaquePointer) -> Block? {
        switch typeName(node) {
        case "paragraph":
            return .paragraph(inlines(under: node))
        case "heading":
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node))
        case "list":
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, items: children(of: node).map { blocks(under: $0) })
        case "block_quote":
            return .quote(blocks(under: node))
        case "code_block":
            return .code(literal(node))
        case "html_block":
            return .paragraph([.text(literal(node).trimmingLineEnds())])
        case "thematic_break":
            return .rule
        case "table":
            return .table(table(node))
        default:
            let text = plainText(of: node)
            return text.isEmpty ? nil : .paragraph([.text(text)])
        }
    }

    private static func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columns {
                switch UInt8(raw[index]) {
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.left)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(under: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    /// Each list item `Label: value` becomes a signature line; the label is the text before the
    /// first colon (template text — values cannot add a colon before it).
    private static func signatureBlock(from list: OpaquePointer) -> SignatureBlock {
        let lines = children(of: list).map { item -> SignatureBlock.Line in
            let text = children(of: item).map { plainText(of: $0) }.joined(separator: " ")
            guard let colon = text.firstIndex(of: ":") else {
                return SignatureBlock.Line(label: text.trimmingSpaces(), value: "")
            }
            return SignatureBlock.Line(
                label: text[..<colon].trimmingSpaces(),
                value: text[text.index(after: colon)...].trimmingSpaces())
        }
        return SignatureBlock(lines: lines)
    }

    private static func inlines(under parent: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        for node in children(of: parent) {
            switch typeName(node) {
            case "html_inline" where lineBreakTags.contains(literal(node).lowercased()):
                result.append(.lineBreak)
            case "text", "html_inline":
                appendText(literal(node), to: &result)
            case "softbreak":
                appendText(" ", to: &result)
            case "linebreak":
                result.append(.lineBreak)
            case "code":
                result.append(.code(literal(node)))
            case "emph":
                result.append(.emphasis(inlines(under: node)))
            case "strong":
                result.append(.strong(inlines(under: node)))
            case "link":
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let content = inlines(under: node)
                if LinkPolicy.isAllowed(url) {
                    result.append(.link(url: url, content))
                } else {
                    for inline in content {
                        if case .text(let text) = inline {
                            appendText(text, to: &result)
                        } else {
                            result.append(inline)
                        }
                    }
                }
            default:
                appendText(plainText(of: node), to: &result)
            }
        }
        return result
    }

    /// Adjacent text runs are merged so writers and tests see whole words.
    private static func appendText(_ text: String, to inlines: inout [Inline]) {
        if case .text(let previous)? = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
        } else if !text.isEmpty {
            inlines.append(.text(text))
        }
    }

    private static func plainText(of node: OpaquePointer) -> String {
        let own = literal(node)
        if !own.isEmpty { return own }
        return children(of: node).map { plainText(of: $0) }.joined()
    }
}

/// Links a document may carry: web and mail addresses only, never `javascript:` or files.
public enum LinkPolicy {
    public static func isAllowed(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
    }
}
