/// One step of an alignment of two sequences: an element of both, of the old only, of the new only.
enum Step: Equatable {
    case same(old: Int, new: Int)
    case deleted(Int)
    case inserted(Int)
}

/// Aligns two sequences by their longest common subsequence (the classic dynamic programme,
/// after trimming what both start and end with), as `diff` does for lines.
enum Alignment {
    /// The steps that turn `old` into `new`, deletions before insertions within a gap.
    static func steps<T>(_ old: [T], _ new: [T], equal: (T, T) -> Bool) -> [Step] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, equal(old[prefix], new[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            equal(old[old.count - 1 - suffix], new[new.count - 1 - suffix])
        {
            suffix += 1
        }
        let oldMiddle = prefix..<(old.count - suffix)
        let newMiddle = prefix..<(new.count - suffix)
        var steps = (0..<prefix).map { Step.same(old: $0, new: $0) }
        steps += middle(oldMiddle, newMiddle) { equal(old[$0], new[$1]) }
        steps += (0..<suffix).map { Step.same(old: old.count - suffix + $0, new: new.count - suffix + $0) }
        return steps
    }

    /// `new` with what changed from `old`: equal elements aligned first and kept as they are in
    /// `new`; each run of unequal ones between them (old run, new run) replaced by what `gap`
    /// makes of it.
    static func merged<T: Equatable>(_ old: [T], _ new: [T], gap: ([T], [T]) -> [T]) -> [T] {
        var result: [T] = []
        var gapOld: [T] = []
        var gapNew: [T] = []
        func flushGap() {
            if !gapOld.isEmpty || !gapNew.isEmpty { result += gap(gapOld, gapNew) }
            gapOld = []
            gapNew = []
        }
        for step in steps(old, new, equal: ==) {
            switch step {
            case .same(_, let index):
                flushGap()
                result.append(new[index])
            case .deleted(let index): gapOld.append(old[index])
            case .inserted(let index): gapNew.append(new[index])
            }
        }
        flushGap()
        return result
    }

    /// The LCS table over the middle parts, walked forwards; within each gap between common
    /// elements the deletions come first.
    private static func middle(_ old: Range<Int>, _ new: Range<Int>, equal: (Int, Int) -> Bool) -> [Step] {
        let rows = old.count
        let columns = new.count
        guard rows > 0, columns > 0 else {
            return old.map { Step.deleted($0) } + new.map { Step.inserted($0) }
        }
        // lengths[i][j]: the LCS of old[i...] and new[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i][j] =
                    equal(old.lowerBound + i, new.lowerBound + j)
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var steps: [Step] = []
        var deleted: [Step] = []
        var inserted: [Step] = []
        func flush() {
            steps += deleted + inserted
            deleted = []
            inserted = []
        }
        var i = 0
        var j = 0
        while i < rows || j < columns {
            if i < rows, j < columns, equal(old.lowerBound + i, new.lowerBound + j) {
                flush()
                steps.append(.same(old: old.lowerBound + i, new: new.lowerBound + j))
                i += 1
                j += 1
            } else if j == columns || (i < rows && lengths[i + 1][j] >= lengths[i][j + 1]) {
                deleted.append(.deleted(old.lowerBound + i))
                i += 1
            } else {
                inserted.append(.inserted(new.lowerBound + j))
                j += 1
            }
        }
        flush()
        return steps
    }

    /// Within one gap of unequal elements, which old element becomes which new one: the pairs
    /// of greatest total similarity, in order (a pair only when `similarity` is at least
    /// `threshold`); the rest are deleted or inserted.
    static func pairs(
        _ oldCount: Int, _ newCount: Int, threshold: Double, similarity: (Int, Int) -> Double
    ) -> [Step] {
        guard oldCount > 0, newCount > 0 else {
            return (0..<oldCount).map { Step.deleted($0) } + (0..<newCount).map { Step.inserted($0) }
        }
        var scores = [[Double]](repeating: [Double](repeating: 0, count: newCount), count: oldCount)
        for i in 0..<oldCount {
            for j in 0..<newCount { scores[i][j] = similarity(i, j) }
        }
        // best[i][j]: the best total from old[i...] and new[j...].
        var best = [[Double]](repeating: [Double](repeating: 0, count: newCount + 1), count: oldCount + 1)
        for i in stride(from: oldCount - 1, through: 0, by: -1) {
            for j in stride(from: newCount - 1, through: 0, by: -1) {
                let paired = scores[i][j] >= threshold ? best[i + 1][j + 1] + scores[i][j] : -1
                best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
            }
        }
        var steps: [Step] = []
        var pending: [Step] = []
        var pendingInserted: [Step] = []
        var i = 0
        var j = 0
        while i < oldCount || j < newCount {
            if i < oldCount, j < newCount, scores[i][j] >= threshold, best[i][j] == best[i + 1][j + 1] + scores[i][j] {
                steps += pending + pendingInserted
                pending = []
                pendingInserted = []
                steps.append(.same(old: i, new: j))
                i += 1
                j += 1
            } else if j == newCount || (i < oldCount && best[i][j] == best[i + 1][j]) {
                pending.append(.deleted(i))
                i += 1
            } else {
                pendingInserted.append(.inserted(j))
                j += 1
            }
        }
        return steps + pending + pendingInserted
    }
}
