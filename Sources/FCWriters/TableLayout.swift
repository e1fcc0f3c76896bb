import FCDocument

/// Column widths from a table's content, for writers that must fix them before the text is laid
/// out (ODT, DOCX): the automatic table layout of CSS 2.1 §17.5.2.2 as the model.
///
/// Each cell has a minimum width (its longest unbreakable piece: words are split only at ordinary
/// spaces, so "40,0 %" with its no-break space is one piece) and a maximum width (its longest
/// line unbroken). A column gets at least its widest minimum; the width left over is shared in
/// proportion to how much more each column's longest line needs (max − min), so a column of
/// questions grows and a column of numbers stays as narrow as its numbers. When every column fits
/// on one line the spare width is shared in proportion to the maximum widths, so a table always
/// fills `availableWidth`. Only when the minimums alone overflow are they scaled down (a word
/// then breaks, as it must).
///
/// Text is measured with `FontMetrics`: the advance widths of Liberation Serif (metrically
/// identical to Times New Roman), the font the writers set tables in, at `FontMetrics.tableText`.
public enum TableLayout {
    /// Per cell, left plus right: ODT cell padding 0.1 cm each side and its 0.5 pt borders, plus
    /// 0.1 cm so that rounding in the word processor never pushes a word onto a second line.
    public static let cellOverhead = 0.2 + 0.035 + 0.1

    /// Column widths in centimetres, one per column of `table`, adding up to `availableWidth`.
    public static func columnWidths(
        for table: Table, availableWidth: Double,
        metrics: FontMetrics = .tableText
    ) -> [Double] {
        let columns = table.columnCount
        var minimum = Array(repeating: 0.0, count: columns)
        var maximum = Array(repeating: 0.0, count: columns)
        let rows = [(table.header, true)] + table.rows.map { ($0, false) }
        for (cells, isHeader) in rows {
            for (column, cell) in cells.prefix(columns).enumerated() {
                let extent = metrics.extent(of: cell, bold: isHeader)
                minimum[column] = max(minimum[column], extent.longestWord + cellOverhead)
                maximum[column] = max(maximum[column], extent.longestLine + cellOverhead)
            }
        }
        for column in 0..<columns {
            minimum[column] = max(minimum[column], cellOverhead + 0.5)
            maximum[column] = max(maximum[column], minimum[column])
        }
        return distribute(minimum: minimum, maximum: maximum, availableWidth: availableWidth)
    }

    /// CSS 2.1's sharing of the width between columns with the given minimum and maximum widths.
    static func distribute(minimum: [Double], maximum: [Double], availableWidth: Double) -> [Double] {
        let minimumSum = minimum.reduce(0, +)
        let maximumSum = maximum.reduce(0, +)
        if minimumSum >= availableWidth {
            return minimum.map { $0 * availableWidth / minimumSum }
        }
        if maximumSum <= availableWidth {
            return maximum.map { $0 * availableWidth / maximumSum }
        }
        let spare = availableWidth - minimumSum
        let growth = zip(minimum, maximum).map { $1 - $0 }
        let growthSum = growth.reduce(0, +)
        return zip(minimum, growth).map { $0 + spare * $1 / growthSum }
    }
}

/// A simple width model of a proportional font: advance widths per character in thousandths of
/// an em (from the font's metrics for ASCII; Swedish letters as their base letters; anything else
/// as wide as a digit or, for wide characters, a full em). Bold text is taken 10 % wider, which
/// covers Liberation Serif Bold's wider lower case.
public struct FontMetrics: Sendable {
    /// Font size in points.
    public var size: Double

    public init(size: Double) {
        self.size = size
    }

    /// The size table text is set in by the ODT writer (`Table Contents`, Liberation Serif).
    public static let tableText = FontMetrics(size: 10)

    static let boldFactor = 1.1
    static let centimetresPerPoint = 2.54 / 72

    /// Width in centimetres of `text` on one line.
    public func width(of text: Substring, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0) { $0 + Self.advance($1) }
        return Double(ems) / 1000 * size * Self.centimetresPerPoint * (bold ? Self.boldFactor : 1)
    }

    /// The widest unbreakable piece and the widest line of a cell's text, in centimetres.
    func extent(of inlines: [Inline], bold: Bool) -> (longestWord: Double, longestLine: Double) {
        var longestWord = 0.0
        var longestLine = 0.0
        var line = 0.0
        var word = 0.0
        func endWord() {
            longestWord = max(longestWord, word)
            word = 0
        }
        func endLine() {
            endWord()
            longestLine = max(longestLine, line)
            line = 0
        }
        func walk(_ inlines: [Inline], bold: Bool) {
            for inline in inlines {
                switch inline {
                case .text(let text), .code(let text):
                    for piece in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                        if piece.offset > 0 {
                            endWord()
                            line += width(of: " ", bold: bold)
                        }
                        let pieceWidth = width(of: piece.element, bold: bold)
                        word += pieceWidth
                        line += pieceWidth
                    }
                case .strong(let children):
                    walk(children, bold: true)
                case .emphasis(let children), .link(_, let children):
                    walk(children, bold: bold)
                case .lineBreak:
                    endLine()
                }
            }
        }
        walk(inlines, bold: bold)
        endLine()
        return (longestWord, longestLine)
    }

    /// Advance width in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let value = Int(scalar.value)
        if value >= 32 && value < 127 { return ascii[value - 32] }
        switch scalar {
        case "å", "ä", "à", "á", "â": return 444
        case "é", "è", "ê", "ë": return 444
        case "ö", "ø", "ó", "ò", "ô", "ü", "ú": return 500
        case "Å", "Ä", "Ö", "Ø", "Ü", "À", "Á", "Ó": return 722
        case "É", "È": return 611
        case "\u{00A0}", "\u{202F}": return 250
        case "–", "−": return 564
        case "—", "…": return 1000
        default: return value > 0x2E80 ? 1000 : 500
        }
    }

    /// Liberation Serif (= Times New Roman) advance widths of the printable ASCII characters,
    /// space (32) to tilde (126).
    static let ascii: [Int] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // space … /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // 0 … ?
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // @ … O
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // P … _
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // ` … o
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,  // p … ~
    ]
}
