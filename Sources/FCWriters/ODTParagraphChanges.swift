import FCDocument

/// Where the paragraphs inserted or deleted as a whole are tracked in an ODT, so that accepting
/// a deletion (or rejecting an insertion) leaves no empty paragraph behind: the change takes in
/// a paragraph break, as LibreOffice writes it. A run of whole paragraphs of one change is
/// tracked from its first paragraph's start to the start of the next paragraph still in the
/// text (a deletion leaves its mark there); at the end of a stretch of text (before a table, at
/// the end of the body) from the end of the paragraph before it to the end of its last one.
/// A stretch of text between tables with no unchanged paragraph keeps the changes in its text.
struct ODTParagraphChanges {
    /// A paragraph (`text:p` or `text:h`) of the body as the first pass met it.
    struct Paragraph {
        /// Paragraphs of one stretch of text (between tables, or one table's cells) share it.
        var stretch: Int
        /// The change of the whole paragraph, if it is inserted or deleted as a whole.
        var change: Change?
        /// Its element and style, for the empty paragraph a deletion ends with.
        var element: String
        var style: String
        var outlineLevel: String?
        /// The styles of the lists it is in, outermost first.
        var lists: [String]
    }

    /// A change mark at a paragraph's start or end.
    enum Mark: Comparable {
        case insertionEnd(String)
        case deletion(String)
        case insertionStart(String)
    }

    /// A run of whole paragraphs tracked as one change.
    struct Run {
        var id: String
        var change: Change
        /// A deletion kept before the mark: the deleted paragraphs merge into the one the mark
        /// is at the start of (its element and style close the region).
        var before: Paragraph?
        /// A deletion kept after the mark at the end of a paragraph: an empty paragraph opens the region.
        var afterMark: Bool
    }

    private(set) var runs: [Run] = []
    private var runOfParagraph: [Int: Int] = [:]
    private var marksAtStart: [Int: [Mark]] = [:]
    private var marksAtEnd: [Int: [Mark]] = [:]

    init(_ paragraphs: [Paragraph]) {
        var start = 0
        while start < paragraphs.count {
            var end = start + 1
            while end < paragraphs.count, paragraphs[end].stretch == paragraphs[start].stretch { end += 1 }
            plan(paragraphs, start..<end)
            start = end
        }
    }

    /// A place for a mark: the start or the end of a paragraph.
    private enum Place: Hashable {
        case start(Int)
        case end(Int)
    }

    /// The runs of one stretch of text: the insertions first, then each deletion's mark where
    /// no insertion covers it (rejecting the insertion would take the restored text with it).
    private mutating func plan(_ paragraphs: [Paragraph], _ stretch: Range<Int>) {
        guard stretch.contains(where: { paragraphs[$0].change == nil }) else { return }
        var changed: [(range: Range<Int>, change: Change)] = []
        var start = stretch.lowerBound
        while start < stretch.upperBound {
            guard let change = paragraphs[start].change else {
                start += 1
                continue
            }
            var end = start + 1
            while end < stretch.upperBound, paragraphs[end].change == change { end += 1 }
            changed.append((start..<end, change))
            start = end
        }
        let inText = { (index: Int) in paragraphs[index].change != .deleted }
        var covered: Set<Place> = []
        for (range, change) in changed where change == .inserted {
            let id = "cp\(runs.count + 1)"
            if let next = (range.upperBound..<stretch.upperBound).first(where: inText) {
                marksAtStart[range.lowerBound, default: []].append(.insertionStart(id))
                marksAtStart[next, default: []].append(.insertionEnd(id))
                covered.formUnion(range.map(Place.end) + range.dropFirst().map(Place.start))
            } else if let previous = (stretch.lowerBound..<range.lowerBound).last(where: inText) {
                marksAtEnd[previous, default: []].append(.insertionStart(id))
                marksAtEnd[range.upperBound - 1, default: []].append(.insertionEnd(id))
                covered.formUnion(range.map(Place.start) + range.dropLast().map(Place.end))
            } else {
                continue
            }
            add(Run(id: id, change: .inserted, before: nil, afterMark: false), range)
        }
        for (range, change) in changed where change == .deleted {
            let next = (range.upperBound..<stretch.upperBound).first(where: inText)
            let previous = (stretch.lowerBound..<range.lowerBound).last(where: inText)
            // LibreOffice gives a deleted paragraph it restores the lists of the paragraph it is
            // split from: the paragraph next to a deletion in the same lists is its anchor.
            let sameLists = { (anchor: Int, deleted: Int) in paragraphs[anchor].lists == paragraphs[deleted].lists }
            let places: [Place?] = [
                next.flatMap { sameLists($0, range.lowerBound) ? .start($0) : nil },
                previous.flatMap { sameLists($0, range.upperBound - 1) ? .end($0) : nil },
                next.map(Place.start), previous.map(Place.end),
            ]
            guard let place = places.compactMap({ $0 }).first(where: { !covered.contains($0) }) else { continue }
            let id = "cp\(runs.count + 1)"
            switch place {
            case .start(let anchor):
                marksAtStart[anchor, default: []].append(.deletion(id))
                add(Run(id: id, change: .deleted, before: paragraphs[anchor], afterMark: false), range)
            case .end(let anchor):
                marksAtEnd[anchor, default: []].append(.deletion(id))
                add(Run(id: id, change: .deleted, before: nil, afterMark: true), range)
            }
        }
    }

    private mutating func add(_ run: Run, _ range: Range<Int>) {
        for index in range { runOfParagraph[index] = runs.count }
        runs.append(run)
    }

    /// The run paragraph `index` belongs to, when its change is tracked as a whole paragraph.
    func run(of index: Int) -> Int? {
        runOfParagraph[index]
    }

    /// The marks at the start of paragraph `index`, in the order LibreOffice writes them.
    func marks(atStartOf index: Int) -> [Mark] {
        (marksAtStart[index] ?? []).sorted()
    }

    func marks(atEndOf index: Int) -> [Mark] {
        (marksAtEnd[index] ?? []).sorted()
    }
}

extension Block {
    /// Whether the block is written as paragraphs only (no table), at least one, so that
    /// inserted or deleted whole it can be tracked with its paragraph breaks.
    var isWholeParagraphs: Bool {
        switch self {
        case .heading, .paragraph, .code, .figure, .rule: return true
        case .pageBreak: return false  // a break before the next paragraph, no paragraph of its own
        case .list(_, let items): return !items.isEmpty && items.allSatisfy { $0.allSatisfy(\.isWholeParagraphs) }
        case .quote(let blocks): return !blocks.isEmpty && blocks.allSatisfy(\.isWholeParagraphs)
        case .changed(_, let block): return block.isWholeParagraphs
        case .table, .signature: return false
        }
    }

    /// Whether the block is paragraphs deleted whole.
    var isDeletedWholeParagraphs: Bool {
        if case .changed(.deleted, let block) = self { return block.isWholeParagraphs }
        return false
    }
}
