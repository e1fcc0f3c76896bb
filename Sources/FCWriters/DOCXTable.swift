import FCDocument
import FCXML

/// Tables by the ODT's rules: column widths from the content (`TableLayout`) in a fixed layout
/// so Word keeps them, the header row repeated on every page (`w:tblHeader`), no row split across
/// pages (`w:cantSplit`), and a short table (`PageFlow.keepsWhole`) kept on one page (every row
/// kept with the next, Word's way of saying it). Signature blocks sit two to a
/// row in a table without rules.
extension DOCXBody {
    mutating func write(_ table: Table) {
        flushPageBreak()
        let layout = TableLayout.columnWidths(for: table, availableWidth: textWidth)
        let widths = layout.map(PageGeometry.twips)
        startTable(style: "TableGrid", widths: widths)
        let rows = (table.header.isEmpty ? [] : [(table.header, true)]) + table.rows.map { ($0, false) }
        let whole = PageFlow.keepsWhole(table, widths: layout)
        for (index, (cells, header)) in (rows.isEmpty ? [([], false)] : rows).enumerated() {
            // A table inserted or deleted whole has every row so, its header too.
            let rowChange =
                (header ? nil : table.change(ofRow: index - (table.header.isEmpty ? 0 : 1))) ?? tracked.paragraphMark
            startRow(header: header, change: rowChange)
            let keepNext = whole && index < rows.count - 1
            for (column, width) in widths.enumerated() {
                startCell(width: width)
                let alignment = column < table.alignments.count ? table.alignments[column] : .left
                paragraph(
                    DOCXParagraphProperties(
                        keepNext: keepNext ? true : nil,
                        alignment: alignment == .right ? "right" : alignment == .center ? "center" : nil),
                    column < cells.count ? cells[column] : [], format: DOCXRunFormat(bold: header))
                writer.end()
            }
            writer.end()
        }
        writer.end()
        spaceAfterTable()
    }

    /// The ODT's space below a table (`PageFlow.spaceAfterTable`) as an empty paragraph of
    /// exactly that height, which the copy's reading leaves out as it holds no text.
    private func spaceAfterTable() {
        writer.start("w:p")
        writer.start("w:pPr")
        writer.element(
            "w:spacing",
            [
                "w:before": "0", "w:after": "0", "w:line": "\(PageGeometry.twips(PageFlow.spaceAfterTable))",
                "w:lineRule": "exact",
            ])
        // After a table inserted or deleted whole, its space goes or comes with it.
        if let mark = tracked.paragraphMark {
            writer.start("w:rPr")
            tracked.element(writer, mark)
            writer.end()
        }
        writer.end()
        writer.end()
    }

    /// Signature blocks two to a row; the blank line to sign on is as long as half a row allows.
    mutating func write(_ signatures: [SignatureBlock]) {
        flushPageBreak()
        let half = PageGeometry.twips(textWidth / 2)
        startTable(style: "Signatures", widths: [half, half])
        for start in stride(from: 0, to: signatures.count, by: 2) {
            startRow(header: false)
            for index in start..<start + 2 {
                startCell(width: half)
                let lines = index < signatures.count ? signatures[index].lines : []
                withChange(index < signatures.count ? signatures[index].change : nil) { body in
                    for line in lines {
                        body.paragraph(
                            DOCXParagraphProperties(style: line.value.isEmpty ? "SignatureSpace" : "Signature"),
                            [.strong([.text(line.label + ":")])]
                                + line.valueInlines(leading: " ", blank: String(repeating: "_", count: 22)))
                    }
                }
                if lines.isEmpty { paragraph(DOCXParagraphProperties(style: "Signature"), []) }
                writer.end()
            }
            writer.end()
        }
        writer.end()
    }

    private func startTable(style: String, widths: [Int]) {
        writer.start("w:tbl")
        writer.start("w:tblPr")
        writer.element("w:tblStyle", ["w:val": style])
        writer.element("w:tblW", ["w:w": "\(widths.reduce(0, +))", "w:type": "dxa"])
        writer.element("w:tblLayout", ["w:type": "fixed"])
        writer.element(
            "w:tblLook",
            [
                "w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1",
            ])
        writer.end()
        writer.start("w:tblGrid")
        for width in widths { writer.element("w:gridCol", ["w:w": "\(width)"]) }
        writer.end()
    }

    private func startRow(header: Bool, change: Change? = nil) {
        writer.start("w:tr")
        writer.start("w:trPr")
        writer.element("w:cantSplit")
        if header { writer.element("w:tblHeader") }
        if let change { tracked.element(writer, change) }
        writer.end()
    }

    private func startCell(width: Int) {
        writer.start("w:tc")
        writer.start("w:tcPr")
        writer.element("w:tcW", ["w:w": "\(width)", "w:type": "dxa"])
        writer.end()
    }
}
