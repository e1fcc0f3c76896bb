/// A visit of a document's tree in reading order, in the manner of swift-markdown's
/// `MarkupWalker`: the traversal is written once, in `walk`, and a visitor only says what it does
/// at a block or an inline and whether to go on into its children. A block comes before its
/// children (a list's items, a quote's blocks, a table's cells, a paragraph's inlines), and its
/// children before the next block.
public protocol DocumentVisitor {
    /// Called for every block before its children; the default descends.
    mutating func visit(_ block: Block) -> VisitNext
    /// Called for every inline before its children; the default descends.
    mutating func visit(_ inline: Inline) -> VisitNext
}

/// Whether `walk` goes on into the children of the node just visited.
public enum VisitNext: Sendable {
    case descend
    case skipChildren
}

extension DocumentVisitor {
    public mutating func visit(_ block: Block) -> VisitNext { .descend }

    public mutating func visit(_ inline: Inline) -> VisitNext { .descend }

    public mutating func walk(_ blocks: [Block]) {
        for block in blocks { walk(block) }
    }

    public mutating func walk(_ block: Block) {
        guard visit(block) == .descend else { return }
        switch block {
        case .heading(_, let inlines), .paragraph(let inlines):
            walk(inlines)
        case .list(_, let items):
            for item in items { walk(item) }
        case .quote(let blocks):
            walk(blocks)
        case .changed(_, let block):
            walk(block)
        case .table(let table):
            for row in [table.header] + table.rows {
                for cell in row { walk(cell) }
            }
        case .code, .signature, .figure, .pageBreak, .rule:
            break
        }
    }

    public mutating func walk(_ inlines: [Inline]) {
        for inline in inlines {
            guard visit(inline) == .descend else { continue }
            switch inline {
            case .emphasis(let children), .strong(let children), .link(_, let children), .changed(_, let children):
                walk(children)
            case .text, .code, .lineBreak:
                break
            }
        }
    }
}
