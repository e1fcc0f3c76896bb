import FCDocument
import Testing

/// The kontrollsumma changes with every change of the text a reader reads: over many random
/// swaps and edits of the golden writers' reference document (words within and between
/// paragraphs, table cells, whole blocks, a letter, a word added or removed), every one that
/// changes the document's words or their order changes the kontrollsumma.
@Suite("Fingerprint: every swap or edit of the text changes the kontrollsumma")
struct FingerprintPropertyTests {
    enum Edit: CaseIterable {
        case swapWordsInText, swapWordsBetweenTexts, swapTableCells, swapBlocks, changeLetter, removeWord, addWord
    }

    @Test func everyEditChangesTheKontrollsumma() {
        let reference = GoldenWriterTests.reference
        let original = Fingerprint.of(reference)
        let originalWords = Fingerprint.words(reference.plainText)
        var random = SeededGenerator(seed: 17)
        var changed: [Edit: Int] = [:]
        var attempts = 0
        while changed.values.reduce(0, +) < 1_200, attempts < 20_000 {
            attempts += 1
            let edit = Edit.allCases[random.index(Edit.allCases.count)]
            let edited = apply(edit, to: reference, random: &random)
            // A swap of two equal words, say, leaves the text as it was: not an edit.
            guard Fingerprint.words(edited.plainText) != originalWords else { continue }
            changed[edit, default: 0] += 1
            #expect(Fingerprint.of(edited) != original, "\(edit): \(edited.plainText)")
        }
        #expect(changed.values.reduce(0, +) >= 1_000)
        for edit in Edit.allCases { #expect(changed[edit, default: 0] > 50, "\(edit)") }
    }

    func apply(_ edit: Edit, to document: Document, random: inout SeededGenerator) -> Document {
        var document = document
        switch edit {
        case .swapBlocks:
            let first = random.index(document.blocks.count)
            let second = random.index(document.blocks.count)
            document.blocks.swapAt(first, second)
        case .swapTableCells:
            document.blocks = document.blocks.map { block in
                guard case .table(var table) = block else { return block }
                var cells = ([table.header] + table.rows).flatMap { $0 }
                cells.swapAt(random.index(cells.count), random.index(cells.count))
                let width = table.header.count
                table.header = Array(cells[..<width])
                table.rows = stride(from: width, to: cells.count, by: width).map { Array(cells[$0..<$0 + width]) }
                return .table(table)
            }
        default:
            var texts = TextLeaves.collect(document.blocks)
            var words = texts.map { $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }
            let text = random.index(words.count)
            let word = random.index(words[text].count)
            switch edit {
            case .swapWordsInText:
                words[text].swapAt(word, random.index(words[text].count))
            case .swapWordsBetweenTexts:
                let other = random.index(words.count)
                let otherWord = random.index(words[other].count)
                (words[text][word], words[other][otherWord]) = (words[other][otherWord], words[text][word])
            case .changeLetter:
                var scalars = Array(words[text][word].unicodeScalars)
                if !scalars.isEmpty {
                    scalars[random.index(scalars.count)] = ["x", "å", "7", "Q"][random.index(4)]
                }
                words[text][word] = String(String.UnicodeScalarView(scalars))
            case .removeWord:
                words[text].remove(at: word)
            case .addWord:
                words[text].insert(["inte", "ej", "100", "styrgruppen"][random.index(4)], at: word)
            default:
                break
            }
            texts = words.map { $0.joined(separator: " ") }
            document.blocks = TextLeaves.replace(document.blocks, with: texts)
        }
        return document
    }
}

/// Every piece of text in blocks, in order: inline text and code, code blocks, table cells,
/// signature labels and values, figure titles and descriptions.
enum TextLeaves {
    static func collect(_ blocks: [Block]) -> [String] {
        var texts: [String] = []
        _ = map(blocks) {
            texts.append($0)
            return $0
        }
        return texts
    }

    static func replace(_ blocks: [Block], with texts: [String]) -> [Block] {
        var index = 0
        return map(blocks) { _ in
            defer { index += 1 }
            return texts[index]
        }
    }

    static func map(_ blocks: [Block], _ transform: (String) -> String) -> [Block] {
        blocks.map { map($0, transform) }
    }

    static func map(_ block: Block, _ transform: (String) -> String) -> Block {
        switch block {
        case .heading(let level, let inlines): return .heading(level: level, map(inlines, transform))
        case .paragraph(let inlines): return .paragraph(map(inlines, transform))
        case .list(let ordered, let items): return .list(ordered: ordered, items: items.map { map($0, transform) })
        case .quote(let blocks): return .quote(map(blocks, transform))
        case .code(let text): return .code(transform(text))
        case .table(var table):
            table.header = table.header.map { map($0, transform) }
            table.rows = table.rows.map { $0.map { map($0, transform) } }
            return .table(table)
        case .signature(var signature):
            signature.lines = signature.lines.map { .init(label: transform($0.label), value: transform($0.value)) }
            return .signature(signature)
        case .figure(var figure):
            figure.title = transform(figure.title)
            figure.description = transform(figure.description)
            return .figure(figure)
        case .pageBreak, .rule: return block
        case .changed(let change, let inner): return .changed(change, map(inner, transform))
        }
    }

    static func map(_ inlines: [Inline], _ transform: (String) -> String) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .text(let text): return .text(transform(text))
            case .code(let text): return .code(transform(text))
            case .emphasis(let children): return .emphasis(map(children, transform))
            case .strong(let children): return .strong(map(children, transform))
            case .link(let url, let children): return .link(url: url, map(children, transform))
            case .lineBreak: return .lineBreak
            case .changed(let change, let children): return .changed(change, map(children, transform))
            }
        }
    }
}

extension SeededGenerator {
    /// A position in a collection of `count` elements.
    fileprivate mutating func index(_ count: Int) -> Int { Int.random(in: 0..<max(count, 1), using: &self) }
}
