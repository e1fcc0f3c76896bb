import FCConfig
import FCDocument
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
    /// one with the printed kontrollsumma, else the one sharing most words.
    public static func compare(_ copy: CopyText, path: String, with documents: [(DocumentKind, Document)])
        -> Comparison?
    {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let copyWords = Fingerprint.words(copy.text)
        let chosen =
            documents.first { name.hasPrefix($0.0.rawValue) }
            ?? documents.first { $0.1.metadata.fingerprint == copy.printedFingerprint }
            ?? documents.max { shared(copyWords, $0.1) < shared(copyWords, $1.1) }
        guard let (kind, document) = chosen else { return nil }
        let found = " " + copyWords.joined(separator: " ") + " "
        var heading: String?
        for unit in units(of: document.blocks) {
            if unit.isHeading { heading = unit.text }
            let words = Fingerprint.words(unit.text)
            guard !words.isEmpty, !found.contains(" " + words.joined(separator: " ") + " ") else { continue }
            return Comparison(
                kind: kind, renderedFingerprint: document.metadata.fingerprint ?? "",
                difference: (unit.isHeading ? nil : heading, unit.text, closest(to: words, in: copy.units)))
        }
        let expected = Set(units(of: document.blocks).map { Fingerprint.words($0.text) })
        if let extra = copy.units.first(where: {
            !expected.contains(Fingerprint.words($0)) && !Fingerprint.words($0).isEmpty
        }),
            copy.printedFingerprint != nil, path.lowercased().hasSuffix(".odt")
        {
            return Comparison(
                kind: kind, renderedFingerprint: document.metadata.fingerprint ?? "",
                difference: (nil, "", extra))
        }
        return Comparison(kind: kind, renderedFingerprint: document.metadata.fingerprint ?? "", difference: nil)
    }

    static func shared(_ words: [String], _ document: Document) -> Int {
        Set(words).intersection(Fingerprint.words(document.plainText)).count
    }

    /// The copy's paragraph most like the expected one (most words in common), to show beside it.
    static func closest(to words: [String], in units: [String]) -> String? {
        let wanted = Set(words)
        return units.max {
            Set(Fingerprint.words($0)).intersection(wanted).count
                < Set(Fingerprint.words($1)).intersection(wanted).count
        }
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
