import FCDocument

/// Word-level comparison of two runs of inlines: text is cut into words and the spaces between
/// them (a no-break space joins, so `120 000 kr` and `25 %` are one word each), each piece kept
/// with the formatting around it, and the pieces aligned by their longest common subsequence.
/// Spaces alone between two changes join the change, so a changed phrase is one deletion and one
/// insertion rather than a word-by-word patchwork.
enum InlineDiff {
    /// What wraps a piece: emphasis, strong or a link, from the outside in.
    enum Wrapper: Equatable {
        case emphasis
        case strong
        case link(String)
    }

    /// A word, the space after a word, a code span or a line break, with its formatting.
    struct Piece: Equatable {
        enum Content: Equatable {
            case text(String)
            case code(String)
            case lineBreak
        }
        var content: Content
        var wrappers: [Wrapper]

        var isSpace: Bool {
            if case .text(let text) = content { return text.allSatisfy(InlineDiff.isBreakingSpace) }
            return false
        }
    }

    /// The new inlines with the old ones' differences marked; `nil` when they read the same.
    static func compare(_ old: [Inline], _ new: [Inline]) -> [Inline]? {
        let oldPieces = pieces(old)
        let newPieces = pieces(new)
        guard oldPieces != newPieces else { return nil }
        var marked: [(Piece, Change?)] = []
        let steps = joinSpaces(Alignment.steps(oldPieces, newPieces, equal: ==), old: oldPieces)
        for step in steps {
            switch step {
            case .same(_, let index): marked.append((newPieces[index], nil))
            case .deleted(let index): marked.append((oldPieces[index], .deleted))
            case .inserted(let index): marked.append((newPieces[index], .inserted))
            }
        }
        return build(marked[...])
    }

    /// How alike two runs are, from 0 to 1: twice the common words over all words.
    static func similarity(_ old: [Inline], _ new: [Inline]) -> Double {
        let oldWords = words(old)
        let newWords = words(new)
        guard !oldWords.isEmpty || !newWords.isEmpty else { return 1 }
        let common = Alignment.steps(oldWords, newWords, equal: ==).filter {
            if case .same = $0 { return true }
            return false
        }.count
        return 2 * Double(common) / Double(oldWords.count + newWords.count)
    }

    static func words(_ inlines: [Inline]) -> [Piece] {
        pieces(inlines).filter { !$0.isSpace }
    }

    /// Ordinary white space, where a line may break; a no-break space is part of the word.
    static func isBreakingSpace(_ character: Character) -> Bool {
        character == " " || character == "\n" || character == "\t" || character == "\r"
    }

    static func pieces(_ inlines: [Inline], wrappers: [Wrapper] = []) -> [Piece] {
        var result: [Piece] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                var current = ""
                var currentIsSpace = false
                for character in text {
                    let space = isBreakingSpace(character)
                    if !current.isEmpty, space != currentIsSpace {
                        result.append(Piece(content: .text(current), wrappers: wrappers))
                        current = ""
                    }
                    current.append(character)
                    currentIsSpace = space
                }
                if !current.isEmpty { result.append(Piece(content: .text(current), wrappers: wrappers)) }
            case .code(let text):
                result.append(Piece(content: .code(text), wrappers: wrappers))
            case .lineBreak:
                result.append(Piece(content: .lineBreak, wrappers: wrappers))
            case .emphasis(let children):
                result += pieces(children, wrappers: wrappers + [.emphasis])
            case .strong(let children):
                result += pieces(children, wrappers: wrappers + [.strong])
            case .link(let url, let children):
                result += pieces(children, wrappers: wrappers + [.link(url)])
            case .changed(_, let children):
                result += pieces(children, wrappers: wrappers)
            }
        }
        return result
    }

    /// A space alone between two changes becomes a change of both versions, and the gap's
    /// deletions again come before its insertions.
    private static func joinSpaces(_ steps: [Step], old: [Piece]) -> [Step] {
        var result: [Step] = []
        var index = 0
        func isChange(_ step: Step) -> Bool {
            if case .same = step { return false }
            return true
        }
        while index < steps.count {
            if case .same(let oldIndex, let newIndex) = steps[index], old[oldIndex].isSpace,
                index > 0, index + 1 < steps.count, isChange(steps[index - 1]), isChange(steps[index + 1])
            {
                result += [.deleted(oldIndex), .inserted(newIndex)]
            } else {
                result.append(steps[index])
            }
            index += 1
        }
        // Regroup each run of changes: deletions first.
        var grouped: [Step] = []
        var deleted: [Step] = []
        var inserted: [Step] = []
        for step in result {
            switch step {
            case .same:
                grouped += deleted + inserted + [step]
                deleted = []
                inserted = []
            case .deleted: deleted.append(step)
            case .inserted: inserted.append(step)
            }
        }
        return grouped + deleted + inserted
    }

    /// Inlines from marked pieces: runs of one wrapper become one wrapper inline, and within
    /// the innermost, runs of one change become one `.changed`.
    static func build(_ marked: ArraySlice<(Piece, Change?)>, depth: Int = 0) -> [Inline] {
        var result: [Inline] = []
        var index = marked.startIndex
        while index < marked.endIndex {
            let piece = marked[index].0
            if piece.wrappers.count > depth {
                let wrapper = piece.wrappers[depth]
                var end = index
                while end < marked.endIndex, marked[end].0.wrappers.count > depth,
                    marked[end].0.wrappers[depth] == wrapper
                {
                    end += 1
                }
                let children = build(marked[index..<end], depth: depth + 1)
                switch wrapper {
                case .emphasis: result.append(.emphasis(children))
                case .strong: result.append(.strong(children))
                case .link(let url): result.append(.link(url: url, children))
                }
                index = end
            } else {
                let change = marked[index].1
                var end = index
                while end < marked.endIndex, marked[end].0.wrappers.count == depth, marked[end].1 == change {
                    end += 1
                }
                let leaves = leafInlines(marked[index..<end].map(\.0))
                if let change { result.append(.changed(change, leaves)) } else { result += leaves }
                index = end
            }
        }
        return result
    }

    private static func leafInlines(_ pieces: [Piece]) -> [Inline] {
        var result: [Inline] = []
        for piece in pieces {
            switch piece.content {
            case .text(let text):
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(.text(text))
                }
            case .code(let text): result.append(.code(text))
            case .lineBreak: result.append(.lineBreak)
            }
        }
        return result
    }
}
