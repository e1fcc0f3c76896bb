import FCDocument
import FCFontMetrics

/// Where LibreOffice breaks the pages of the ODT (and of the DOCX, spaced alike), estimated from
/// the styles' sizes and spacing and Liberation Serif's widths, so that no heading stands at a
/// page's foot. A heading keeps with what follows it through its style, but LibreOffice does not
/// always honour that: a heading that flows back onto a page once an earlier paragraph there is
/// set shorter stays on it while its text does not (LibreOffice 7.4, with two headings in a row
/// or after a picture). So where the estimate puts a heading, or a run of them with the kept
/// paragraphs after it, together with the first lines of what follows closer than `margin` to
/// the page's foot, the writers start a page before it themselves.
struct PageEstimate {
    /// The text area between header and footer, in centimetres.
    let height: Double
    let width: Double
    let bodySize: Double
    let headingSizes: [Double]
    /// The widths the body and the headings are measured with.
    let bodyFace: FontFace
    let headingFace: FontFace

    /// How close to the foot (in centimetres) a heading's group may end by the estimate: about
    /// two lines, what the estimate may be off by after a few pages.
    static let margin = 1.0

    /// Liberation Serif's line (ascent, descent and gap) in ems, and a point in centimetres.
    static let lineFactor = 1.149
    static let centimetresPerPoint = 2.54 / 72

    init(_ metadata: DocumentMetadata, labelled: Bool) {
        let style = metadata.style
        // A reference document's odd page or sizes cannot make the estimate loop or divide by 0.
        height = max(
            1,
            style.pageHeight - style.marginTop
                - PageGeometry.headerHeight(letterhead: metadata.letterhead, copyLabel: labelled)
                - PageGeometry.odtMarginBottom(style) - PageGeometry.footerHeight)
        width = max(1, PageGeometry.textWidth(style))
        let size = { (role: StyleRole, fallback: Double) in max(1, style.looks[role]?.size ?? fallback) }
        bodySize = size(.body, 11.5)
        headingSizes = [size(.heading1, 17), size(.heading2, 13.5), size(.heading3, 12)]
        bodyFace = Self.face(for: style.looks[.body]?.font ?? style.bodyFont)
        headingFace = Self.face(for: style.looks[.heading1]?.font ?? style.headingFont)
    }

    /// The widths fcdoc knows closest to a family's: Liberation Sans's (Arial's, Helvetica's)
    /// for a sans-serif family, else Liberation Serif's.
    static func face(for family: String) -> FontFace {
        let name = family.lowercased()
        return ["sans", "arial", "helvetica"].contains { name.contains($0) } ? .liberationSans : .liberationSerif
    }

    /// One thing the page flow places: lines of a paragraph (which may split, two lines at
    /// least on either side) or a box that moves whole (a table kept whole, a table's row, a
    /// figure with its caption, a row of signatures).
    struct Piece {
        var part: Int
        var lines = 0
        var lineHeight = 0.0
        var box = 0.0
        var above = 0.0
        var below = 0.0
        var keepWithNext = false
        var isHeading = false
        /// A table's header row, repeated above a row that starts a page.
        var repeatedHeader = 0.0
        /// An explicit page break comes before it.
        var startsPage = false

        var height: Double { lines > 0 ? Double(lines) * lineHeight : box }
        var canSplit: Bool { lines >= 4 && lineHeight > 0 }
        /// What must stand on a page for the piece to start there.
        var firstPart: Double { canSplit ? 2 * lineHeight : height }
    }

    /// The parts before which a page is started.
    func breaks(_ parts: [BodyPart], keeps: [Bool]) -> Set<Int> {
        var pieces: [Piece] = []
        var pendingBreak = false
        for (index, part) in parts.enumerated() {
            var added = self.pieces(part, index: index)
            if case .block(.pageBreak) = part {
                pendingBreak = true
                continue
            }
            guard !added.isEmpty else { continue }
            if pendingBreak { added[0].startsPage = true }
            pendingBreak = false
            if keeps[index] { added[added.count - 1].keepWithNext = true }
            pieces += added
        }
        var flow = Flow(height: height)
        return flow.breaks(pieces)
    }

    /// Lays the pieces out page by page.
    struct Flow {
        let height: Double
        var used = 0.0
        var below = 0.0
        var atTop = true
        /// Space above is kept at the top of the first page and after a page break.
        var spaceAtTop = true
        var breaks: Set<Int> = []

        init(height: Double) {
            self.height = height
        }

        func gap(_ piece: Piece) -> Double {
            atTop ? (spaceAtTop ? piece.above : 0) + piece.repeatedHeader : below + piece.above
        }

        mutating func newPage(explicit: Bool) {
            used = 0
            below = 0
            atTop = true
            spaceAtTop = explicit
        }

        /// The height from here to the end of the chain of kept pieces from `start`, with the
        /// first part of the piece after it.
        func chainHeight(_ pieces: [Piece], from start: Int) -> (height: Double, heading: Bool, end: Int) {
            var probe = self
            var total = 0.0
            var heading = false
            var index = start
            while index < pieces.count {
                let piece = pieces[index]
                let gap = probe.gap(piece)
                if index > start && piece.startsPage { break }
                heading = heading || piece.isHeading
                guard piece.keepWithNext, index + 1 < pieces.count else {
                    total += gap + piece.firstPart
                    break
                }
                total += gap + piece.height
                probe.atTop = false
                probe.below = piece.below
                index += 1
            }
            return (total, heading, index)
        }

        mutating func breaks(_ pieces: [Piece]) -> Set<Int> {
            var index = 0
            var chainEnd = -1
            while index < pieces.count {
                let piece = pieces[index]
                if piece.startsPage && !(atTop && used == 0 && index == 0) { newPage(explicit: true) }
                if index > chainEnd && piece.keepWithNext {
                    let chain = chainHeight(pieces, from: index)
                    chainEnd = chain.end
                    let room = height - used
                    if !atTop && chain.height < height {
                        if chain.heading && chain.height > room - PageEstimate.margin {
                            // Started by the writers: LibreOffice may leave the heading here.
                            breaks.insert(piece.part)
                            newPage(explicit: true)
                        } else if chain.height > room {
                            newPage(explicit: false)
                        }
                    }
                }
                place(piece)
                index += 1
            }
            return breaks
        }

        /// Places a piece where it fits, splitting a paragraph's lines over pages (two lines at
        /// least on either side); what is taller than a page runs over it.
        mutating func place(_ piece: Piece) {
            var gap = self.gap(piece)
            if used + gap + piece.height <= height || (atTop && !piece.canSplit) {
                used += gap + piece.height
            } else if piece.canSplit {
                var left = piece.lines
                while left > 0 && used + gap + Double(left) * piece.lineHeight > height {
                    let fit = Int(((height - used - gap) / piece.lineHeight).rounded(.down))
                    let take = min(fit, left - 2)
                    if take >= 2 || atTop {
                        left -= max(take, 1)
                    }
                    newPage(explicit: false)
                    gap = 0
                }
                used += gap + Double(left) * piece.lineHeight
            } else {
                newPage(explicit: false)
                used += self.gap(piece) + piece.height
            }
            below = piece.below
            atTop = false
        }
    }
}

extension PageEstimate {
    var bodyLine: Double { bodySize * Self.lineFactor * Self.centimetresPerPoint }

    /// Lines of body text, or of a heading (bold, in the headings' family).
    func lineCount(_ inlines: [Inline], size: Double, width: Double, heading: Bool = false) -> Int {
        FontMetrics(size: size, face: heading ? headingFace : bodyFace)
            .lineCount(of: inlines, width: width, bold: heading)
    }

    /// The pieces of one body part.
    func pieces(_ part: BodyPart, index: Int) -> [Piece] {
        switch part {
        case .signatures(let signatures):
            return signaturePieces(signatures, index: index)
        case .block(let block):
            return pieces(block, index: index, width: width)
        }
    }

    func pieces(_ block: Block, index: Int, width: Double, listDepth: Int = 0) -> [Piece] {
        switch block {
        case .heading(let level, let inlines):
            let size = headingSizes[min(max(level, 1), 3) - 1]
            return [
                Piece(
                    part: index, lines: lineCount(inlines, size: size, width: width, heading: true),
                    lineHeight: size * Self.lineFactor * Self.centimetresPerPoint,
                    above: ParagraphSpacing.beforeHeading, below: ParagraphSpacing.afterHeading, keepWithNext: true,
                    isHeading: true)
            ]
        case .paragraph(let inlines):
            return [
                Piece(
                    part: index, lines: lineCount(inlines, size: bodySize, width: width),
                    lineHeight: bodyLine * Double(ParagraphSpacing.bodyLineHeight) / 100,
                    below: ParagraphSpacing.afterBody)
            ]
        case .list(_, let items):
            return listPieces(items, index: index, width: width, depth: listDepth)
        case .quote(let blocks):
            return blocks.flatMap { pieces($0, index: index, width: width - 2) }.map { piece in
                var piece = piece
                piece.lineHeight = bodyLine
                return piece
            }
        case .code(let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            return [Piece(part: index, box: Double(lines) * 10 * 1.133 * Self.centimetresPerPoint)]
        case .table(let table):
            return tablePieces(table, index: index, width: width)
        case .figure(let figure):
            let captionSize = 9.5
            let caption =
                Double(lineCount([.text(figure.title)], size: captionSize, width: width)) * captionSize
                * Self.lineFactor * Self.centimetresPerPoint
            return [
                Piece(part: index, box: figure.heightCentimetres + 0.1 + caption, above: 0.2, below: 0.3)
            ]
        case .signature(let signature):
            return signaturePieces([signature], index: index)
        case .rule:
            return [Piece(part: index, box: bodyLine + 0.02, below: 0.3)]
        case .pageBreak:
            return []
        case .changed(_, let inner):
            return pieces(inner, index: index, width: width, listDepth: listDepth)
        }
    }

    /// Each item's paragraphs, single-spaced, indented by their depth; the list's last paragraph
    /// has a body paragraph's space below it.
    func listPieces(_ items: [[Block]], index: Int, width: Double, depth: Int) -> [Piece] {
        let indented = width - 0.635 * Double(depth + 1)
        var result: [Piece] = []
        for item in items {
            for child in item {
                if case .list(_, let nested) = child {
                    result += listPieces(nested, index: index, width: width, depth: depth + 1)
                } else {
                    result += pieces(child, index: index, width: indented).map { piece in
                        var piece = piece
                        if piece.lines > 0 { piece.lineHeight = bodyLine }
                        piece.below = ParagraphSpacing.afterListItem
                        return piece
                    }
                }
            }
        }
        if depth == 0, !result.isEmpty { result[result.count - 1].below = ParagraphSpacing.afterBody }
        return result
    }

    /// A table kept whole is one box; a longer one splits between rows, its header repeated.
    func tablePieces(_ table: Table, index: Int, width: Double) -> [Piece] {
        let widths = TableLayout.columnWidths(for: table, availableWidth: width)
        let rows = PageFlow.rowHeights(table, widths: widths)
        if PageFlow.keepsWhole(table, widths: widths) {
            return [Piece(part: index, box: rows.reduce(0, +), below: PageFlow.spaceAfterTable)]
        }
        let header = table.header.isEmpty ? 0 : rows[0]
        var result = table.header.isEmpty ? [] : [Piece(part: index, box: header, keepWithNext: true)]
        for row in rows.dropFirst(table.header.isEmpty ? 0 : 1) {
            result.append(Piece(part: index, box: row, repeatedHeader: header))
        }
        if !result.isEmpty { result[result.count - 1].below = PageFlow.spaceAfterTable }
        return result
    }

    /// Signature blocks two to a row: each line with its space above (room to sign on a blank
    /// line), the cell's padding below; up to `ODTContent.wholeSignatureRows` rows stay together.
    func signaturePieces(_ signatures: [SignatureBlock], index: Int) -> [Piece] {
        let rows = stride(from: 0, to: signatures.count, by: 2).map { start in
            signatures[start..<min(start + 2, signatures.count)].map { signature in
                signature.lines.reduce(0.4) { height, line in
                    height + (line.value.isEmpty ? PageFlow.signingSpace : 0.3) + bodyLine
                }
            }.max() ?? 0
        }
        if rows.count <= ODTContent.wholeSignatureRows {
            return [Piece(part: index, box: rows.reduce(0, +))]
        }
        return rows.map { Piece(part: index, box: $0) }
    }
}
