import FCFontMetrics
import FCText

/// How wide a chart's text will be, without a font engine: the charts name Liberation Sans, whose
/// widths `FontFace.liberationSans` holds. Every width gets a margin, so a label is wrapped a
/// little early rather than run past its column when the reader's font is a fallback.
enum TextMetrics {
    /// Widths are measured this much wider than the font's own.
    static let margin = 1.06

    private static func face(bold: Bool) -> FontFace { bold ? .liberationSansBold : .liberationSans }

    /// `thousandths` of an em at font size `size`, with the margin, in the drawing's units.
    private static func scaled(_ thousandths: Int, size: Double) -> Double {
        Double(thousandths) / 1000 * size * margin
    }

    /// The width of `text` at font size `size` (in the drawing's units).
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        scaled(face(bold: bold).width(characters: text), size: size)
    }

    /// `text` broken at spaces into lines no wider than `width`; a word wider than a line on its
    /// own is broken between letters with a hyphen ("Jämställd-" "het"). Never shortened: every
    /// character is kept. Each word is measured once, and a line's width is the sum of its words'.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        let face = face(bold: bold)
        func fits(_ thousandths: Int) -> Bool { scaled(thousandths, size: size) <= width }
        let space = face.advance(" " as Unicode.Scalar)
        let hyphen = face.advance("-" as Unicode.Scalar)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        // Cut at space scalars, which is cutting at space characters when no scalar joins its
        // neighbour (all Latin text), without the cost of finding the characters.
        let words =
            text.unicodeScalars.allSatisfy(\.standsAlone)
            ? text.unicodeScalars.split(separator: " ").map { Substring($0) }
            : text.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            let wordWidth = face.width(characters: word)
            let candidate = line.isEmpty ? wordWidth : lineWidth + space + wordWidth
            if fits(candidate) {
                if !line.isEmpty { line += " " }
                line += word
                lineWidth = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            lineWidth = 0
            if fits(wordWidth) {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            // A hyphen joins the character before it only after a prepended mark (Arabic number
            // signs and the like); such words are measured with the hyphen in place.
            let plain = word.unicodeScalars.allSatisfy(\.standsAlone)
            for character in word {
                let advance = face.advance(character)
                if !line.isEmpty,
                    !fits(plain ? lineWidth + advance + hyphen : face.width(characters: line + String(character) + "-"))
                {
                    lines.append(line + "-")
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += advance
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
