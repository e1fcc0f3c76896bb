import FCDocument

/// Block-level comparison: blocks that are equal are aligned first (longest common
/// subsequence); in each gap between them the old and new blocks most alike are paired and
/// compared inside (words of a paragraph, items of a list, rows and cells of a table), the rest
/// are whole insertions and deletions.
enum BlockDiff {
    /// Blocks at least this alike (twice the common words over all words) are one block changed;
    /// less alike, the old one is deleted and the new one inserted.
    static let pairingThreshold = 0.4

    static func compare(_ old: [Block], _ new: [Block]) -> [Block] {
        Alignment.merged(old, new, gap: compareGap)
    }

    private static func compareGap(_ old: [Block], _ new: [Block]) -> [Block] {
        let steps = Alignment.pairs(old.count, new.count, threshold: pairingThreshold) {
            similarity(old[$0], new[$1])
        }
        return steps.flatMap { step -> [Block] in
            switch step {
            case .same(let oldIndex, let newIndex): return pair(old[oldIndex], new[newIndex])
            case .deleted(let index): return [old[index].marked(.deleted)]
            case .inserted(let index): return [new[index].marked(.inserted)]
            }
        }
    }

    /// How alike two blocks are, from 0 (other kinds) to 1.
    static func similarity(_ old: Block, _ new: Block) -> Double {
        switch (old, new) {
        case (.heading(let oldLevel, let oldInlines), .heading(let newLevel, let newInlines)) where oldLevel == newLevel:
            return InlineDiff.similarity(oldInlines, newInlines)
        case (.paragraph(let oldInlines), .paragraph(let newInlines)):
            return InlineDiff.similarity(oldInlines, newInlines)
        case (.list(let oldOrdered, let oldItems), .list(let newOrdered, let newItems)) where oldOrdered == newOrdered:
            return textSimilarity(oldItems.flatMap { $0 }, newItems.flatMap { $0 })
        case (.quote(let oldBlocks), .quote(let newBlocks)):
            return textSimilarity(oldBlocks, newBlocks)
        case (.table(let oldTable), .table(let newTable)) where oldTable.columnCount == newTable.columnCount:
            return oldTable.header == newTable.header
                ? max(0.5, tableSimilarity(oldTable, newTable)) : tableSimilarity(oldTable, newTable)
        case (.signature(let oldSignature), .signature(let newSignature)):
            return oldSignature.lines.map(\.label) == newSignature.lines.map(\.label) ? 0.5 : 0
        default:
            return 0
        }
    }

    private static func textSimilarity(_ old: [Block], _ new: [Block]) -> Double {
        InlineDiff.similarity(
            old.map(\.plainText).map { Inline.text($0) }, new.map(\.plainText).map { Inline.text($0) })
    }

    private static func tableSimilarity(_ old: Table, _ new: Table) -> Double {
        func text(_ table: Table) -> [Inline] {
            ([table.header] + table.rows).flatMap { $0.flatMap { $0 + [.text(" ")] } }
        }
        return InlineDiff.similarity(text(old), text(new))
    }

    /// Two blocks taken as one changed block: compared inside where they can be.
    private static func pair(_ old: Block, _ new: Block) -> [Block] {
        switch (old, new) {
        case (.heading(_, let oldInlines), .heading(let level, let newInlines)):
            return [.heading(level: level, InlineDiff.compare(oldInlines, newInlines) ?? newInlines)]
        case (.paragraph(let oldInlines), .paragraph(let newInlines)):
            return [.paragraph(InlineDiff.compare(oldInlines, newInlines) ?? newInlines)]
        case (.list(_, let oldItems), .list(let ordered, let newItems)):
            return [.list(ordered: ordered, items: compareItems(oldItems, newItems))]
        case (.quote(let oldBlocks), .quote(let newBlocks)):
            return [.quote(compare(oldBlocks, newBlocks))]
        case (.table(let oldTable), .table(let newTable)):
            return [.table(TableDiff.compare(oldTable, newTable))]
        case (.signature(let oldSignature), .signature(var newSignature))
        where oldSignature.lines.map(\.label) == newSignature.lines.map(\.label):
            // The same lines: each changed value in its place, so the signatures keep their grid.
            for (index, old) in oldSignature.lines.enumerated() where old.value != newSignature.lines[index].value {
                newSignature.lines[index].previousValue = old.value
            }
            return [.signature(newSignature)]
        default:
            return [old.marked(.deleted), new.marked(.inserted)]
        }
    }

    /// List items aligned as blocks are: equal ones first, then the most alike paired.
    private static func compareItems(_ old: [[Block]], _ new: [[Block]]) -> [[Block]] {
        Alignment.merged(old, new) { gapOld, gapNew in
            Alignment.pairs(gapOld.count, gapNew.count, threshold: pairingThreshold) {
                textSimilarity(gapOld[$0], gapNew[$1])
            }.map { step in
                switch step {
                case .same(let oldIndex, let newIndex): compare(gapOld[oldIndex], gapNew[newIndex])
                case .deleted(let index): gapOld[index].map { $0.marked(.deleted) }
                case .inserted(let index): gapNew[index].map { $0.marked(.inserted) }
                }
            }
        }
    }
}

/// Tables: the header cell by cell; rows aligned as blocks are (equal rows, then the most alike
/// paired), a paired row compared cell by cell, the rest whole rows inserted or deleted.
enum TableDiff {
    static func compare(_ old: Table, _ new: Table) -> Table {
        var result = new
        result.header = cells(old.header, new.header)
        var rows: [[[Inline]]] = []
        var changes: [Change?] = []
        var gapOld: [[[Inline]]] = []
        var gapNew: [[[Inline]]] = []
        func mark(_ row: [[Inline]], _ change: Change) -> [[Inline]] {
            row.map { $0.isEmpty ? [] : [.changed(change, $0)] }
        }
        func flushGap() {
            let steps = Alignment.pairs(gapOld.count, gapNew.count, threshold: BlockDiff.pairingThreshold) {
                InlineDiff.similarity(
                    gapOld[$0].flatMap { $0 + [.text(" ")] }, gapNew[$1].flatMap { $0 + [.text(" ")] })
            }
            for step in steps {
                switch step {
                case .same(let oldIndex, let newIndex):
                    rows.append(cells(gapOld[oldIndex], gapNew[newIndex]))
                    changes.append(nil)
                case .deleted(let index):
                    rows.append(mark(gapOld[index], .deleted))
                    changes.append(.deleted)
                case .inserted(let index):
                    rows.append(mark(gapNew[index], .inserted))
                    changes.append(.inserted)
                }
            }
            gapOld = []
            gapNew = []
        }
        for step in Alignment.steps(old.rows, new.rows, equal: ==) {
            switch step {
            case .same(_, let index):
                flushGap()
                rows.append(new.rows[index])
                changes.append(nil)
            case .deleted(let index): gapOld.append(old.rows[index])
            case .inserted(let index): gapNew.append(new.rows[index])
            }
        }
        flushGap()
        result.rows = rows
        result.rowChanges = changes.contains { $0 != nil } ? changes : []
        return result
    }

    /// Two rows cell by cell; a cell only one row has is inserted or deleted whole.
    private static func cells(_ old: [[Inline]], _ new: [[Inline]]) -> [[Inline]] {
        (0..<max(old.count, new.count)).map { index in
            let oldCell = index < old.count ? old[index] : []
            let newCell = index < new.count ? new[index] : []
            return InlineDiff.compare(oldCell, newCell) ?? newCell
        }
    }
}
