/// Accepting (`keep: .inserted`) or rejecting (`keep: .deleted`) the tracked changes of text and
/// of a table, for a writer that must show a version on its own (an ODT's table whose rows
/// changed) and for `Revisions` in FCDiff, which resolves whole documents.
extension Array where Element == Inline {
    /// The inlines with the changes of `keep` kept and the others gone.
    public func resolvingChanges(keep: Change) -> [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .changed(let change, let children): return change == keep ? children.resolvingChanges(keep: keep) : []
            case .emphasis(let children): return [.emphasis(children.resolvingChanges(keep: keep))]
            case .strong(let children): return [.strong(children.resolvingChanges(keep: keep))]
            case .link(let url, let children): return [.link(url: url, children.resolvingChanges(keep: keep))]
            case .text, .code, .lineBreak: return [inline]
            }
        }
    }
}

extension Table {
    /// Whether a whole row was inserted or deleted.
    public var hasRowChanges: Bool {
        rowChanges.contains { $0 != nil }
    }

    /// The table of one version: the rows of the other gone, every cell resolved.
    public func resolvingChanges(keep: Change) -> Table {
        var table = self
        table.header = header.map { $0.resolvingChanges(keep: keep) }
        table.rows = rows.enumerated().compactMap { index, row in
            if let change = change(ofRow: index), change != keep { return nil }
            return row.map { $0.resolvingChanges(keep: keep) }
        }
        table.rowChanges = []
        return table
    }
}
