import FCDocument

/// The comparison of two versions of one document (`fcdoc diff`): the newer document with
/// what changed from the older marked as tracked changes (`Block.changed`, `Inline.changed`,
/// `Table.rowChanges`, `SignatureBlock.change`), which every writer renders — ODT and DOCX as
/// real tracked changes, HTML as `<ins>`/`<del>`.
public enum DocumentDiff {
    /// The new document with its changes from `old` marked, or `nil` when their text and
    /// structure are the same. The result has no fingerprint: it is a reading copy, not a copy
    /// to sign.
    public static func compare(old: Document, new: Document, revision: Revision) -> Document? {
        let oldBlocks = Revisions.normalized(old.blocks)
        let newBlocks = Revisions.normalized(new.blocks)
        guard oldBlocks != newBlocks else { return nil }
        var metadata = new.metadata
        metadata.fingerprint = nil
        metadata.copyLabel = nil
        metadata.revision = revision
        return Document(metadata: metadata, blocks: BlockDiff.compare(oldBlocks, newBlocks).map(renamingOldFigures))
    }

    /// A chart that changed is the old one deleted and the new one inserted, both in the
    /// document: the old one is named apart (`…-tidigare`), so each has its own picture file.
    static func renamingOldFigures(_ block: Block) -> Block {
        switch block {
        case .changed(.deleted, .figure(var figure)):
            figure.name += "-tidigare"
            return .changed(.deleted, .figure(figure))
        case .changed(let change, let inner): return .changed(change, renamingOldFigures(inner))
        case .quote(let blocks): return .quote(blocks.map(renamingOldFigures))
        case .list(let ordered, let items):
            return .list(ordered: ordered, items: items.map { $0.map(renamingOldFigures) })
        default: return block
        }
    }

    /// The text of every block that changed, in reading order: what the new version says (or
    /// the old one, for a block deleted), as a list of the changed paragraphs.
    public static func changedParagraphs(_ document: Document) -> [ChangedParagraph] {
        var collector = ChangeCollector()
        collector.walk(document.blocks)
        return collector.paragraphs
    }
}

/// One block that changed: what it said and what it says (empty when it was inserted or deleted).
public struct ChangedParagraph: Sendable, Equatable {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }
}

/// Collects the blocks that hold changes: a paragraph, heading or table row is one entry.
private struct ChangeCollector: DocumentVisitor {
    var paragraphs: [ChangedParagraph] = []

    mutating func visit(_ block: Block) -> VisitNext {
        switch block {
        case .heading(_, let inlines), .paragraph(let inlines):
            add(inlines)
        case .table(let table):
            for row in [table.header] + table.rows {
                add(row.flatMap { $0 + [.text(" | ")] }.dropLast())
            }
        case .signature(let signature):
            let text = signature.lines.map { "\($0.label): \($0.value)" }.joined(separator: ", ")
            switch signature.change {
            case .inserted?: paragraphs.append(ChangedParagraph(old: "", new: text))
            case .deleted?: paragraphs.append(ChangedParagraph(old: text, new: ""))
            case nil:
                guard signature.lines.contains(where: { $0.previousValue != nil }) else { break }
                let old = signature.lines.map { "\($0.label): \($0.previousValue ?? $0.value)" }
                paragraphs.append(ChangedParagraph(old: old.joined(separator: ", "), new: text))
            }
        case .changed, .list, .quote:
            return .descend
        case .code, .figure, .pageBreak, .rule:
            break
        }
        return .skipChildren
    }

    private mutating func add(_ inlines: some Collection<Inline>) {
        let inlines = Array(inlines)
        guard inlines.containsChange else { return }
        paragraphs.append(
            ChangedParagraph(
                old: Revisions.resolve(inlines, keep: .deleted).plainText,
                new: Revisions.resolve(inlines, keep: .inserted).plainText))
    }
}

extension Array where Element == Inline {
    /// Whether any of the inlines, at any depth, is a change.
    var containsChange: Bool {
        contains { inline in
            switch inline {
            case .changed: return true
            case .emphasis(let children), .strong(let children), .link(_, let children): return children.containsChange
            case .text, .code, .lineBreak: return false
            }
        }
    }
}
