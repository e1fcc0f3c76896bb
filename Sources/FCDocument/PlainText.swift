/// The document as plain text: what a reader reads, in reading order, without formatting. It
/// is the canonical text behind the fingerprint, so it must not depend on any writer, and every
/// copy (ODT, DOCX, tagged PDF) must give it back in the same order: the text of every block that
/// holds text (lists and quotes only hold blocks), one after the other on its own line; a
/// table's cells row by row; a figure's description (what the picture shows) before its caption.
extension Document {
    public var plainText: String {
        var collector = PlainTextCollector()
        collector.walk(blocks)
        return collector.texts.joined(separator: "\n")
    }

    /// Every figure, in reading order (also those inside lists and quotes).
    public var figures: [Figure] {
        var collector = FigureCollector()
        collector.walk(blocks)
        return collector.figures
    }
}

extension Block {
    /// The block's text; a list's or a quote's is that of its blocks, line by line.
    public var plainText: String {
        var collector = PlainTextCollector()
        collector.walk(self)
        return collector.texts.joined(separator: "\n")
    }
}

extension Array where Element == Inline {
    public var plainText: String {
        var collector = InlineTextCollector()
        collector.walk(self)
        return collector.text
    }
}

/// One entry per block that holds text; lists and quotes are walked into.
private struct PlainTextCollector: DocumentVisitor {
    var texts: [String] = []

    mutating func visit(_ block: Block) -> VisitNext {
        switch block {
        case .list, .quote, .changed:
            return .descend
        case .heading(_, let inlines), .paragraph(let inlines):
            texts.append(inlines.plainText)
        case .code(let text):
            texts.append(text)
        case .table(let table):
            texts.append(
                ([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: "\t") }
                    .joined(separator: "\n"))
        case .signature(let block):
            texts.append(block.lines.map { "\($0.label): \($0.value)" }.joined(separator: "\n"))
        case .figure(let figure):
            // The description carries the figure's values, so the fingerprint covers them; the
            // copies put it on the picture, which comes before the caption with the title.
            texts.append(figure.description + "\n" + figure.title)
        case .pageBreak, .rule:
            texts.append("")
        }
        return .skipChildren
    }
}

private struct InlineTextCollector: DocumentVisitor {
    var text = ""

    mutating func visit(_ inline: Inline) -> VisitNext {
        switch inline {
        case .text(let string), .code(let string): text += string
        case .lineBreak: text += "\n"
        case .emphasis, .strong, .link, .changed: break
        }
        return .descend
    }
}

private struct FigureCollector: DocumentVisitor {
    var figures: [Figure] = []

    mutating func visit(_ block: Block) -> VisitNext {
        if case .figure(let figure) = block { figures.append(figure) }
        return .descend
    }
}
