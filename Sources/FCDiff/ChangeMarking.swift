import FCDocument

extension Block {
    /// The block inserted or deleted as a whole: `.changed` around it, its text marked too.
    func marked(_ change: Change) -> Block {
        .changed(change, markingText(change))
    }

    /// The same block with all its text marked as `change`.
    func markingText(_ change: Change) -> Block {
        func mark(_ inlines: [Inline]) -> [Inline] { inlines.isEmpty ? [] : [.changed(change, inlines)] }
        switch self {
        case .heading(let level, let inlines): return .heading(level: level, mark(inlines))
        case .paragraph(let inlines): return .paragraph(mark(inlines))
        case .list(let ordered, let items):
            return .list(ordered: ordered, items: items.map { $0.map { $0.markingText(change) } })
        case .quote(let blocks): return .quote(blocks.map { $0.markingText(change) })
        case .table(var table):
            table.header = table.header.map(mark)
            table.rows = table.rows.map { $0.map(mark) }
            return .table(table)
        case .signature(var signature):
            signature.change = change
            return .signature(signature)
        case .changed(_, let block): return block.markingText(change)
        case .code, .figure, .pageBreak, .rule: return self
        }
    }
}

/// Accepting or rejecting every tracked change of a document: what the newer version says
/// (accept) and what the older one said (reject).
public enum Revisions {
    /// The document with every insertion kept and every deletion gone (`keep: .inserted`), or
    /// the reverse (`keep: .deleted`); adjacent text is joined, so the result compares equal
    /// to the version's own document read the same way (`normalized`).
    public static func resolve(_ document: Document, keep: Change) -> Document {
        var result = document
        result.metadata.revision = nil
        result.blocks = normalized(resolve(document.blocks, keep: keep))
        return result
    }

    /// Blocks as `resolve` leaves them: adjacent text joined, empty text and empty wrappers gone.
    public static func normalized(_ blocks: [Block]) -> [Block] {
        blocks.map(normalized)
    }

    static func resolve(_ blocks: [Block], keep: Change) -> [Block] {
        blocks.compactMap { resolve($0, keep: keep) }
    }

    static func resolve(_ block: Block, keep: Change) -> Block? {
        switch block {
        case .changed(let change, let inner):
            return change == keep ? resolve(inner, keep: keep) : nil
        case .heading(let level, let inlines): return .heading(level: level, resolve(inlines, keep: keep))
        case .paragraph(let inlines): return .paragraph(resolve(inlines, keep: keep))
        case .list(let ordered, let items):
            let kept = items.compactMap { item -> [Block]? in
                let blocks = resolve(item, keep: keep)
                return blocks.isEmpty && !item.isEmpty ? nil : blocks
            }
            return .list(ordered: ordered, items: kept)
        case .quote(let blocks): return .quote(resolve(blocks, keep: keep))
        case .table(let table): return .table(table.resolvingChanges(keep: keep))
        case .signature(var signature):
            if let change = signature.change, change != keep { return nil }
            signature.change = nil
            for index in signature.lines.indices {
                if keep == .deleted, let previous = signature.lines[index].previousValue {
                    signature.lines[index].value = previous
                }
                signature.lines[index].previousValue = nil
            }
            return .signature(signature)
        case .code, .figure, .pageBreak, .rule:
            return block
        }
    }

    static func resolve(_ inlines: [Inline], keep: Change) -> [Inline] {
        inlines.resolvingChanges(keep: keep)
    }

    static func normalized(_ block: Block) -> Block {
        switch block {
        case .heading(let level, let inlines): return .heading(level: level, normalized(inlines))
        case .paragraph(let inlines): return .paragraph(normalized(inlines))
        case .list(let ordered, let items): return .list(ordered: ordered, items: items.map(normalized))
        case .quote(let blocks): return .quote(normalized(blocks))
        case .changed(let change, let inner): return .changed(change, normalized(inner))
        case .table(var table):
            table.header = table.header.map(normalized)
            table.rows = table.rows.map { $0.map(normalized) }
            return .table(table)
        case .code, .figure, .pageBreak, .rule, .signature: return block
        }
    }

    /// Adjacent text joined, adjacent equal wrappers joined, empty text and wrappers dropped.
    static func normalized(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            var inline = inline
            switch inline {
            case .emphasis(let children): inline = .emphasis(normalized(children))
            case .strong(let children): inline = .strong(normalized(children))
            case .link(let url, let children): inline = .link(url: url, normalized(children))
            case .changed(let change, let children): inline = .changed(change, normalized(children))
            case .text, .code, .lineBreak: break
            }
            switch (result.last, inline) {
            case (_, .text("")), (_, .emphasis([])), (_, .strong([])), (_, .link(_, [])), (_, .changed(_, [])):
                continue
            case (.text(let previous)?, .text(let text)):
                result[result.count - 1] = .text(previous + text)
            case (.emphasis(let previous)?, .emphasis(let children)):
                result[result.count - 1] = .emphasis(normalized(previous + children))
            case (.strong(let previous)?, .strong(let children)):
                result[result.count - 1] = .strong(normalized(previous + children))
            case (.link(let previousURL, let previous)?, .link(let url, let children)) where previousURL == url:
                result[result.count - 1] = .link(url: url, normalized(previous + children))
            default:
                result.append(inline)
            }
        }
        return result
    }
}
