import Foundation

/// How wide a chart's text will be, without a font engine: the charts name Liberation Sans, whose
/// advance widths are those of Arial and Helvetica (the fonts are metric-compatible), so a table
/// of the standard widths per character (Adobe's Helvetica AFM, in 1/1000 em) gives each line's
/// width. A letter with a diacritic (å, ä, ö, é, ü) is as wide as its base letter; a character
/// the table lacks counts as a full em, and every width gets a margin, so a label is wrapped a
/// little early rather than run past its column when the reader's font is a fallback.
enum TextMetrics {
    /// Widths are measured this much wider than the font's own.
    static let margin = 1.06

    /// Regular widths of printable ASCII from the space (32) to the tilde (126).
    private static let regular: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
    ]

    /// Bold widths, same range.
    private static let bold: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]

    /// Punctuation outside ASCII that Swedish text uses, the same in both weights.
    private static let punctuation: [Character: Int] = [
        "\u{00A0}": 278, "–": 556, "—": 1000, "”": 500, "“": 500, "’": 278, "‘": 278, "…": 1000, "×": 584,
        "«": 556, "»": 556, "§": 556, "°": 400,
    ]

    /// The width of `text` at font size `size` (in the drawing's units).
    static func width(_ text: String, size: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        var thousandths = 0
        for character in text {
            thousandths += advance(character, table)
        }
        return Double(thousandths) / 1000 * size * margin
    }

    private static func advance(_ character: Character, _ table: [Int]) -> Int {
        if let width = punctuation[character] { return width }
        // A letter with a diacritic is as wide as its base letter.
        guard let scalar = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first,
            scalar.value >= 32, scalar.value <= 126
        else { return 1000 }
        return table[Int(scalar.value) - 32]
    }

    /// `text` broken at spaces into lines no wider than `width`; a word wider than a line on its
    /// own is broken between letters with a hyphen ("Jämställd-" "het"). Never shortened: every
    /// character is kept.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if self.width(candidate, size: size, bold: bold) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            if self.width(word, size: size, bold: bold) <= width {
                line = word
                continue
            }
            line = ""
            for character in word {
                if !line.isEmpty, self.width(line + String(character) + "-", size: size, bold: bold) > width {
                    lines.append(line + "-")
                    line = ""
                }
                line.append(character)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
