import FCDocument
import FCXML

/// Tables: the column widths from the content (the ODT's rule), a fixed layout so Word keeps
/// them, the header row repeated on every page (`w:tblHeader`) and no row split across pages
/// (`w:cantSplit`).
extension DOCXBody {
    mutating func write(_ table: Table) {
        flushPageBreak()
        let widths = Self.columnWidths(table)
        writer.start("w:tbl")
        writer.start("w:tblPr")
        writer.element("w:tblStyle", ["w:val": "TableGrid"])
        writer.element("w:tblW", ["w:w": "\(widths.reduce(0, +))", "w:type": "dxa"])
        writer.element("w:tblLayout", ["w:type": "fixed"])
        writer.element("w:tblLook", ["w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                                     "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"])
        writer.end()
        writer.start("w:tblGrid")
        for width in widths { writer.element("w:gridCol", ["w:w": "\(width)"]) }
        writer.end()
        if !table.header.isEmpty { row(table.header, of: table, widths: widths, header: true) }
        for cells in table.rows { row(cells, of: table, widths: widths, header: false) }
        if table.header.isEmpty && table.rows.isEmpty { row([], of: table, widths: widths, header: false) }
        writer.end()
    }

    private mutating func row(_ cells: [[Inline]], of table: Table, widths: [Int], header: Bool) {
        writer.start("w:tr")
        writer.start("w:trPr")
        writer.element("w:cantSplit")
        if header { writer.element("w:tblHeader") }
        writer.end()
        for (index, width) in widths.enumerated() {
            writer.start("w:tc")
            writer.start("w:tcPr")
            writer.element("w:tcW", ["w:w": "\(width)", "w:type": "dxa"])
            writer.end()
            let alignment = index < table.alignments.count ? table.alignments[index] : .left
            paragraph(DOCXParagraphProperties(alignment: alignment == .right ? "right" : alignment == .center ? "center" : nil),
                      index < cells.count ? cells[index] : [], format: DOCXRunFormat(bold: header))
            writer.end()
        }
        writer.end()
    }

    /// Column widths in twips that fill the text width, in proportion to the ODT's weights.
    static func columnWidths(_ table: Table) -> [Int] {
        let weights = ODTContent.columnWeights(table)
        let sum = weights.reduce(0, +)
        var widths = weights.map { DOCXStyles.textWidth * $0 / sum }
        widths[widths.count - 1] += DOCXStyles.textWidth - widths.reduce(0, +)
        return widths
    }
}
