import FCDocument
import FCFontMetrics
import FCText

/// The keep rules of the paged writers (ODT, DOCX), decided once from the `Document` so that
/// both formats paginate alike: which top-level paragraph stays on the page of what follows it,
/// and which table moves to the next page whole rather than split between rows.
///
/// Headings keep with what follows them through their style. A paragraph is kept with the next
/// block when it introduces it: the sentence before a table, a chart or the signatures (the
/// closing clause, also across the "Underskrifter" heading), a paragraph of bold text only (a
/// lead-in such as "Mödrahälsovården ansvarar för att:") and a paragraph that ends with a colon
/// before a list or table.
enum PageFlow {
    /// For each body part, whether a paragraph there keeps with the next part.
    static func keepsWithNext(_ parts: [BodyPart]) -> [Bool] {
        parts.indices.map { index in
            guard case .block(.paragraph(let inlines)) = parts[index], index + 1 < parts.count else { return false }
            switch parts[index + 1] {
            case .signatures:
                return true
            case .block(.table), .block(.figure):
                return true
            case .block(.list):
                return isLeadIn(inlines) || endsWithColon(inlines)
            case .block(.heading):
                // The closing clause before "## Underskrifter" and its signatures.
                if index + 2 < parts.count, case .signatures = parts[index + 2] { return true }
                return false
            case .block(.paragraph):
                return isLeadIn(inlines)
            default:
                return false
            }
        }
    }

    /// Whether the body ends with a table (or the signatures' table), after which the writers
    /// put a paragraph of next to no height: a word processor needs a paragraph at the end and
    /// adds one of body text's height itself, which can take a page of its own.
    static func endsWithTable(_ parts: [BodyPart]) -> Bool {
        switch parts.last {
        case .signatures?: return true
        case .block(let block)?: return isTable(block)
        case nil: return false
        }
    }

    private static func isTable(_ block: Block) -> Bool {
        switch block {
        case .table, .signature: return true
        case .changed(_, let inner): return isTable(inner)
        default: return false
        }
    }

    /// The height of that last paragraph, in points.
    static let endParagraphSize = 1.0

    /// A paragraph of bold text only, used as a small heading.
    static func isLeadIn(_ inlines: [Inline]) -> Bool {
        var sawStrong = false
        for inline in inlines {
            switch inline {
            case .strong: sawStrong = true
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            default: return false
            }
        }
        return sawStrong
    }

    /// Whether the paragraph's text ends with ":" (white space aside).
    static func endsWithColon(_ inlines: [Inline]) -> Bool {
        inlines.plainText.trimmingWhiteSpace().hasSuffix(":")
    }

    /// The space below a table, in centimetres: the ODT's table margin, a spacer paragraph in the
    /// DOCX (WordprocessingML has no space around tables). Tables have none above them.
    static let spaceAfterTable = 0.3

    /// The room above a line to sign on, in centimetres.
    static let signingSpace = 1.5

    /// A table at most this tall (estimated, in centimetres) and of at most `wholeTableRows`
    /// rows moves whole to the next page when it does not fit; a taller one splits between rows,
    /// its header row repeated, so that it never leaves most of a page empty.
    static let wholeTableHeight = 9.0
    static let wholeTableRows = 12

    /// Whether `table`, laid out in `widths`, is kept on one page.
    static func keepsWhole(_ table: Table, widths: [Double]) -> Bool {
        table.rows.count <= wholeTableRows && estimatedHeight(table, widths: widths) <= wholeTableHeight
    }

    /// Line height of table text (10 pt, single spacing) and a cell's padding and rules, in cm.
    static let tableLineHeight = 10 * 1.17 * 2.54 / 72
    static let cellVerticalOverhead = 0.2 + 0.035

    /// The table's height, each row as tall as its cell of most lines.
    static func estimatedHeight(_ table: Table, widths: [Double]) -> Double {
        rowHeights(table, widths: widths).reduce(0, +)
    }

    /// The height of each row, the header's first.
    static func rowHeights(_ table: Table, widths: [Double]) -> [Double] {
        let rows = (table.header.isEmpty ? [] : [(table.header, true)]) + table.rows.map { ($0, false) }
        return rows.map { row in
            let lines = zip(row.0, widths).map { cell, width in
                FontMetrics.tableText.lineCount(
                    of: cell, width: width - TableLayout.cellOverhead, bold: row.1)
            }
            return Double(lines.max() ?? 1) * tableLineHeight + cellVerticalOverhead
        }
    }
}
