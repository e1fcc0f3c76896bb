/// The document as plain text: what a reader reads, without formatting. It is the canonical
/// text behind the fingerprint, so it must not depend on any writer.
extension Document {
    public var plainText: String {
        blocks.map(\.plainText).joined(separator: "\n")
    }

    /// Every figure, in reading order (also those inside lists and quotes).
    public var figures: [Figure] {
        func collect(_ blocks: [Block]) -> [Figure] {
            blocks.flatMap { block -> [Figure] in
                switch block {
                case .figure(let figure): return [figure]
                case .list(_, let items): return items.flatMap(collect)
                case .quote(let children): return collect(children)
                default: return []
                }
            }
        }
        return collect(blocks)
    }
}

extension Block {
    public var plainText: String {
        switch self {
        case .heading(_, let inlines), .paragraph(let inlines):
            return inlines.plainText
        case .list(_, let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .quote(let blocks):
            return blocks.map(\.plainText).joined(separator: "\n")
        case .code(let text):
            return text
        case .table(let table):
            return ([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: "\t") }
                .joined(separator: "\n")
        case .signature(let block):
            return block.lines.map { "\($0.label): \($0.value)" }.joined(separator: "\n")
        case .figure(let figure):
            // The description carries the figure's values, so the fingerprint covers them.
            return figure.title + "\n" + figure.description
        case .pageBreak, .rule:
            return ""
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .code(let text): return text
            case .emphasis(let children), .strong(let children), .link(_, let children): return children.plainText
            case .lineBreak: return "\n"
            }
        }.joined()
    }
}
