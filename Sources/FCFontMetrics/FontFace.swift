import FCText
import Foundation

/// The advance widths of a font fcdoc sets text in, without a font engine: the charts' Liberation
/// Sans (metrically Arial and Helvetica) and the tables' Liberation Serif (metrically Times New
/// Roman), in thousandths of an em. Every scalar below U+0250 (ASCII, Latin-1 and Latin
/// Extended-A/B: all Swedish text) is read from a table built once per face from the face's
/// rules; any other scalar is worked out by the same rules when met.
public struct FontFace: Sendable {
    /// What a face's widths are made of.
    struct Rules: Sendable {
        /// Widths of printable ASCII from the space (32) to the tilde (126).
        var ascii: [Int]
        /// Characters outside ASCII with a width of their own (dashes, quotes, letters).
        var named: [Unicode.Scalar: Int]
        /// Whether a letter with a diacritic (å, ä, ö, é, ü) is as wide as its base letter.
        var accentsAsBase: Bool
        /// The width of any other character below U+2E81, where the wide East Asian scripts
        /// begin, and from there on.
        var otherWidth: Int
        var wideWidth: Int

        func advance(_ scalar: Unicode.Scalar) -> Int {
            if let width = printableASCII(scalar) { return width }
            if let width = named[scalar] { return width }
            return advance(cluster: String(scalar))
        }

        /// A character that is neither printable ASCII nor named: its base letter's width where
        /// the face says so, else the face's width for anything else.
        func advance(cluster: String) -> Int {
            if accentsAsBase, let base = cluster.decomposedStringWithCanonicalMapping.unicodeScalars.first,
                let width = printableASCII(base)
            {
                return width
            }
            return (cluster.unicodeScalars.first?.value ?? 0) > 0x2E80 ? wideWidth : otherWidth
        }

        private func printableASCII(_ scalar: Unicode.Scalar) -> Int? {
            scalar.value >= 32 && scalar.value <= 126 ? ascii[Int(scalar.value) - 32] : nil
        }
    }

    private let rules: Rules
    /// The width of every scalar below `tableEnd`, from `rules`.
    private let table: [Int]
    private static let tableEnd: UInt32 = 0x250

    init(_ rules: Rules) {
        self.rules = rules
        table = (0..<Self.tableEnd).map { rules.advance(Unicode.Scalar($0) ?? "\u{FFFD}") }
    }

    /// The advance width of `scalar` in thousandths of an em.
    @inline(__always)
    public func advance(_ scalar: Unicode.Scalar) -> Int {
        scalar.value < Self.tableEnd ? table[Int(scalar.value)] : rules.advance(scalar)
    }

    /// The advance width of a character (a grapheme cluster, as a text renderer draws it).
    public func advance(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return advance(scalar) }
        return rules.advance(cluster: String(character))
    }

    /// The sum of the widths of `text`'s characters (grapheme clusters), in thousandths of an em.
    public func width(characters text: some StringProtocol) -> Int {
        var sum = 0
        for scalar in text.unicodeScalars {
            guard scalar.standsAlone else { return text.reduce(0) { $0 + advance($1) } }
            sum += advance(scalar)
        }
        return sum
    }

    /// The sum of the widths of `text`'s scalars, in thousandths of an em.
    public func width(scalars text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + advance($1) }
    }
}
