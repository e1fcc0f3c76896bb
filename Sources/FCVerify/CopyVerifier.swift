import FCConfig
import FCDocument
import FCRender
import Foundation

/// Checks a copy that came back: does its text still have the kontrollsumma printed in it, and
/// (with the config it was made from) which paragraph differs from what the config renders.
public enum CopyVerifier {
    public struct Outcome {
        public var path: String
        public var printed: String?
        public var computed: String
        /// Against a config: the document compared with and the first paragraph that differs.
        public var comparison: Comparison?

        public var isIdentical: Bool { printed == computed && (comparison?.difference == nil) }
    }

    public struct Comparison {
        public var kind: DocumentKind
        public var renderedFingerprint: String
        /// The heading above the paragraph, the paragraph as rendered, and the copy's text there.
        public var difference: (heading: String?, expected: String, found: String?)?
    }

    public static func verify(path: String) throws -> (Outcome, CopyText) {
        let copy = try CopyText.read(path: path)
        return (Outcome(path: path, printed: copy.printedFingerprint, computed: Fingerprint.of(text: copy.text)), copy)
    }

    /// Compares the copy with the config's documents: the one the file is named after, else the
    /// one with the printed kontrollsumma, else the one sharing most words. The document's
    /// paragraphs are looked for in the copy's words in order, so a changed, moved or swapped
    /// word, cell or paragraph is the first difference; text the document does not have is one.
    public static func compare(_ copy: CopyText, path: String, with documents: [(DocumentKind, Document)])
        -> Comparison?
    {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let copyWords = copy.units.map(Fingerprint.words)
        let allWords = copyWords.flatMap { $0 }
        let chosen =
            documents.first { name.hasPrefix($0.0.rawValue) }
            ?? documents.first { $0.1.metadata.fingerprint == copy.printedFingerprint }
            ?? documents.max { shared(allWords, $0.1) < shared(allWords, $1.1) }
        guard let (kind, document) = chosen else { return nil }
        let rendered = document.metadata.fingerprint ?? ""
        // The copy's unit holding each of its words, to show where a difference was found.
        let unitOfWord = copyWords.enumerated().flatMap { index, words in Array(repeating: index, count: words.count) }
        func found(at position: Int) -> String? {
            position < unitOfWord.count ? copy.units[unitOfWord[position]] : nil
        }
        var position = 0
        var heading: String?
        for unit in units(of: document.blocks) {
            if unit.isHeading { heading = unit.text }
            let words = Fingerprint.words(unit.text)
            if allWords[min(position, allWords.count)...].starts(with: words) {
                position += words.count
                continue
            }
            return Comparison(
                kind: kind, renderedFingerprint: rendered,
                difference: (unit.isHeading ? nil : heading, unit.text, found(at: position)))
        }
        if position < allWords.count {
            return Comparison(kind: kind, renderedFingerprint: rendered, difference: (nil, "", found(at: position)))
        }
        return Comparison(kind: kind, renderedFingerprint: rendered, difference: nil)
    }

    static func shared(_ words: [String], _ document: Document) -> Int {
        Set(words).intersection(Fingerprint.words(document.plainText)).count
    }

    /// The document's paragraphs as a copy shows them: headings, paragraphs, list items, table
    /// cells, signature lines, a figure's caption.
    static func units(of blocks: [Block]) -> [(text: String, isHeading: Bool)] {
        blocks.flatMap { block -> [(text: String, isHeading: Bool)] in
            switch block {
            case .heading(_, let inlines): return [(inlines.plainText, true)]
            case .list(_, let items): return items.flatMap { units(of: $0) }
            case .quote(let children): return units(of: children)
            case .table(let table): return ([table.header] + table.rows).flatMap { $0.map { ($0.plainText, false) } }
            case .signature(let signature): return signature.lines.map { ("\($0.label): \($0.value)", false) }
            case .figure(let figure): return [(figure.description, false), (figure.title, false)]
            default: return [(block.plainText, false)]
            }
        }
    }
}
