import FCDocument
import FCFontMetrics

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
/// identical to Times New Roman, `FontFace.liberationSerif`), the font the writers set tables
/// in, at `FontMetrics.tableText`.
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

/// Liberation Serif (`FontFace.liberationSerif`), or another face, at a size, measured in
/// centimetres. Bold text is taken 10 % wider, which covers Liberation Serif Bold's wider lower
/// case.
public struct FontMetrics: Sendable {
    /// Font size in points.
    public var size: Double
    public var face: FontFace

    public init(size: Double, face: FontFace = .liberationSerif) {
        self.size = size
        self.face = face
    }

    /// The size table text is set in by the ODT writer (`Table Contents`, Liberation Serif).
    public static let tableText = FontMetrics(size: 10)

    static let boldFactor = 1.1
    static let centimetresPerPoint = 2.54 / 72

    /// Width in centimetres of `text` on one line.
    public func width(of text: Substring, bold: Bool = false) -> Double {
        width(thousandths: face.width(scalars: text), bold: bold)
    }

    /// Width in centimetres of `thousandths` of an em.
    func width(thousandths: Int, bold: Bool) -> Double {
        Double(thousandths) / 1000 * size * Self.centimetresPerPoint * (bold ? Self.boldFactor : 1)
    }

    /// How many lines a cell's text takes in `width` centimetres, broken at spaces as a word
    /// processor breaks it (a word wider than the line takes a line of its own).
    func lineCount(of inlines: [Inline], width: Double, bold: Bool) -> Int {
        var lines = 1
        var line = 0.0
        let space = self.width(of: " ", bold: bold)
        func walk(_ inlines: [Inline], bold: Bool) {
            for inline in inlines {
                switch inline {
                case .text(let text), .code(let text):
                    for piece in text.split(separator: " ", omittingEmptySubsequences: true) {
                        let pieceWidth = self.width(of: piece, bold: bold)
                        if line > 0 && line + space + pieceWidth > width {
                            lines += 1
                            line = pieceWidth
                        } else {
                            line += (line > 0 ? space : 0) + pieceWidth
                        }
                    }
                case .strong(let children):
                    walk(children, bold: true)
                case .emphasis(let children), .link(_, let children), .changed(_, let children):
                    walk(children, bold: bold)
                case .lineBreak:
                    lines += 1
                    line = 0
                }
            }
        }
        walk(inlines, bold: bold)
        return lines
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
        /// Adds the pieces of `text` between spaces, each a part of a word, the spaces ending words.
        func measure(_ text: String, bold: Bool) {
            func add(_ piece: Double) {
                word += piece
                line += piece
            }
            // A space that a combining mark joins is no separator (text is cut into characters):
            // such text is cut as characters; all other text scalar by scalar, as fast.
            guard text.unicodeScalars.allSatisfy(FontFace.standsAlone) else {
                for piece in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                    if piece.offset > 0 {
                        endWord()
                        line += width(of: " ", bold: bold)
                    }
                    add(width(of: piece.element, bold: bold))
                }
                return
            }
            let space = width(thousandths: face.advance(" " as Unicode.Scalar), bold: bold)
            var piece = 0
            for scalar in text.unicodeScalars {
                guard scalar == " " else {
                    piece += face.advance(scalar)
                    continue
                }
                add(width(thousandths: piece, bold: bold))
                endWord()
                line += space
                piece = 0
            }
            add(width(thousandths: piece, bold: bold))
        }
        func walk(_ inlines: [Inline], bold: Bool) {
            for inline in inlines {
                switch inline {
                case .text(let text), .code(let text):
                    measure(text, bold: bold)
                case .strong(let children):
                    walk(children, bold: true)
                case .emphasis(let children), .link(_, let children), .changed(_, let children):
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
}
