import FCDocument
import Foundation
import Testing

@testable import FCWriters

@Suite("Print layout: table widths from content, page furniture, reflowing HTML")
struct PrintLayoutTests {
    /// The year wheel's shape: short month names, dates, long activities, a responsible group.
    let yearWheel = Table(
        alignments: [.left, .left, .left, .left],
        header: [[.text("Månad")], [.text("När")], [.text("Aktivitet")], [.text("Ansvarig")]],
        rows: [
            [
                [.text("September")], [.text("v. 39 (21–27 september)")],
                [.text("Hälsovecka – planera aktiviteter tillsammans med föräldrar och personal")],
                [.text("Samordnare")],
            ],
            [
                [.text("Februari")], [.text("28 februari")], [.text("Verksamhetsberättelsen lämnas in")],
                [.text("Ledningsgruppen")],
            ],
        ])

    let survey = Table(
        alignments: [.left, .right, .right],
        header: [[.text("Fråga")], [.text("Svar")], [.text("Andel positiva")]],
        rows: [
            [
                [.text("Familjecentralen är lätt att besöka och har öppettider som passar mig.")], [.text("69")],
                [.text(SwedishNumber.percent(40))],
            ]
        ])

    func longestWord(_ text: String, bold: Bool = false) -> Double {
        text.split(separator: " ").map { FontMetrics.tableText.width(of: $0, bold: bold) }.max() ?? 0
    }

    @Test func everyColumnHoldsItsLongestWordAndTheTableFillsTheWidth() {
        for table in [yearWheel, survey] {
            let widths = TableLayout.columnWidths(for: table, availableWidth: 16.5)
            #expect(widths.count == table.columnCount)
            #expect(abs(widths.reduce(0, +) - 16.5) < 0.001)
            for (column, width) in widths.enumerated() {
                for (cells, bold) in [(table.header, true)] + table.rows.map({ ($0, false) }) {
                    let needed = longestWord(cells[column].plainText, bold: bold) + TableLayout.cellOverhead
                    #expect(
                        width >= needed, "column \(column): \(width) cm < \(needed) cm for '\(cells[column].plainText)'"
                    )
                }
            }
        }
    }

    @Test func theSpareWidthGoesToTheColumnsWithTheLongestText() {
        let widths = TableLayout.columnWidths(for: yearWheel, availableWidth: 16.5)
        // "Aktivitet" holds the longest lines, "Månad" single words: the month column is only as
        // wide as "September" needs, not a fixed share (it was 1.43 cm and broke "Septe/mber").
        #expect(widths[2] == widths.max())
        #expect(widths[0] < widths[2] / 2)
        #expect(widths[0] >= longestWord("September") + TableLayout.cellOverhead)
        let survey = TableLayout.columnWidths(for: survey, availableWidth: 16.5)
        #expect(survey[0] > survey[1] + survey[2])
    }

    @Test func aNumberWithItsUnitIsOneUnbreakablePiece() {
        // The no-break space is in the Swedish number formats themselves, so every writer gets it.
        #expect(SwedishNumber.percent(40) == "40,0\u{00A0}%")
        #expect(SwedishNumber.kronor(250_000) == "250\u{00A0}000\u{00A0}kr")
        let narrow = Table(
            alignments: [.left, .right], header: [[.text("Fråga")], [.text("Andel")]],
            rows: [[[.text(String(repeating: "ord ", count: 60))], [.text(SwedishNumber.percent(40))]]])
        let widths = TableLayout.columnWidths(for: narrow, availableWidth: 16.5)
        let whole = FontMetrics.tableText.width(of: Substring(SwedishNumber.percent(40))) + TableLayout.cellOverhead
        #expect(widths[1] >= whole)
    }

    @Test func tablesWiderThanThePageShrinkInProportion() {
        let words = (1...12).map { [Inline.text("Familjecentralsverksamhetsberättelse\($0)")] }
        let table = Table(alignments: Array(repeating: .left, count: 12), header: words, rows: [])
        let widths = TableLayout.columnWidths(for: table, availableWidth: 16.5)
        #expect(abs(widths.reduce(0, +) - 16.5) < 0.001)
        #expect(Set(widths.map { ($0 * 1000).rounded() }).count <= 2)
    }

    func content(_ document: Document) -> String {
        String(decoding: ODTContent.write(document), as: UTF8.self)
    }

    @Test func odtTablesRepeatTheirHeaderKeepRowsWholeAndShortTablesWhole() throws {
        let document = Document(
            metadata: DocumentMetadata(title: "T"),
            blocks: [
                .heading(level: 2, [.text("Årshjul")]), .table(yearWheel),
                .table(
                    Table(
                        alignments: [.left], header: [[.text("Rad")]],
                        rows: (1...40).map { [[.text("rad \($0)")]] })),
            ])
        let xml = content(document)
        #expect(xml.contains("<table:table-header-rows>"))
        #expect(xml.contains(#"<style:table-row-properties fo:keep-together="always"/>"#))
        #expect(xml.contains(#"table:name="Tabell1" table:style-name="Table_20_Whole""#))
        #expect(xml.contains(#"table:name="Tabell2" table:style-name="Table""#))
        #expect(xml.contains(#"style:may-break-between-rows="false""#))
    }

    @Test func signaturesSitTwoToARowAndListsHaveSpaceAfter() throws {
        let signature = SignatureBlock(lines: [
            .init(label: "För", value: "Vindelns kommun"), .init(label: "Underskrift", value: ""),
        ])
        let document = Document(
            metadata: DocumentMetadata(title: "T"),
            blocks: [
                .list(ordered: false, items: [[.paragraph([.text("ett")])], [.paragraph([.text("två")])]]),
                .paragraph([.text("efter")]),
                .signature(signature), .signature(signature), .signature(signature),
            ])
        let xml = content(document)
        #expect(xml.components(separatedBy: "<table:table ").count == 2)
        #expect(xml.components(separatedBy: #"<table:table-row table:style-name="TableRow">"#).count == 3)
        #expect(xml.contains(#"<text:p text:style-name="List_20_Last">två</text:p>"#))
        #expect(xml.contains(#"table:name="Underskrifter1" table:style-name="Signatures_20_Whole""#))
        let html = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(html.components(separatedBy: #"<div class="signatures">"#).count == 2)
    }

    @Test func theFooterKeepsThePageNumbersOnOneLine() {
        let short = String(
            decoding: ODTStyles.write(DocumentMetadata(title: "T", fingerprint: "AAAA BBBB CCCC DDDD EEEE")),
            as: UTF8.self)
        #expect(short.contains("Kontrollsumma AAAA BBBB CCCC DDDD EEEE · Sida\u{00A0}<text:page-number"))
        let long = String(
            decoding: ODTStyles.write(
                DocumentMetadata(
                    title: "T", copyLabel: "Exemplar 1 av 3 – Individ- och familjeomsorgen (IFO, Vindelns kommun)",
                    fingerprint: "AAAA BBBB CCCC DDDD EEEE")), as: UTF8.self)
        // The label and the kontrollsumma, each whole, on one line; the page numbers on the next.
        #expect(long.contains("Vindelns kommun) · Kontrollsumma AAAA BBBB CCCC DDDD EEEE</text:p>"))
        #expect(long.contains("Kontrollsumma AAAA BBBB CCCC DDDD EEEE"))
    }

    /// However long the copy label, no line of the footer or header is wider than the text: the
    /// label is shortened at a word, the kontrollsumma and the page numbers are never split.
    @Test func headerAndFooterLinesNeverWrap() {
        let metrics = FontMetrics(size: FooterText.size)
        let names = [
            "Region Västerbotten", "Individ- och familjeomsorgen (IFO, Vindelns kommun)",
            String(repeating: "Barn- och utbildningsförvaltningen ", count: 6), String(repeating: "X", count: 300),
        ]
        // fcdoc's page and a profile's with wide margins: the lines fit the text width of each.
        let styles = [PageStyle(), PageStyle(marginLeft: 4, marginRight: 4)]
        for name in names {
            for style in styles {
                let label = "Exemplar 12 av 12 – \(name)"
                let metadata = DocumentMetadata(
                    title: "T", copyLabel: label, fingerprint: "8AF0 96AF D911 03F0 62E4", style: style)
                let width = PageGeometry.textWidth(style) - 0.5
                let lines = FooterText.lines(for: metadata)
                let all = lines.leading + [lines.last + FooterText.separator + FooterText.widestPages]
                for line in all {
                    #expect(metrics.width(of: Substring(line)) <= width, "\(line)")
                }
                #expect(all.contains { $0.contains("Kontrollsumma 8AF0 96AF D911 03F0 62E4") })
                let header = PageText.headerLabel(label, style: style)
                #expect(FontMetrics(size: 11.5).width(of: Substring(header), bold: true) <= width)
                #expect(header.hasPrefix("Exemplar 12 av 12"))
                #expect(header == label || header.hasSuffix("…"))
            }
        }
    }

    /// With a letterhead the header is as tall as the taller of its first page and the others,
    /// and the DOCX's top margin is where the ODT's text starts: both have the same text area.
    @Test func theHeaderHeightComesFromTheLetterheadInBothFormats() throws {
        let logo = Picture(
            name: "logo-1", format: .png, data: [], widthCentimetres: 4, heightCentimetres: 1.5,
            alternativeText: "Logotyp")
        let letterhead = Letterhead(
            firstPageLogos: [logo], logos: [logo], sender: ["Vindelns kommun", "Socialtjänsten", "922 81 Vindeln"],
            marks: ["Dnr KS 2026/123", "Datum 2026-02-02"])
        let style = PageStyle(marginTop: 1.5)
        let metadata = DocumentMetadata(title: "T", copyLabel: "Exemplar 1 av 2", letterhead: letterhead, style: style)
        let height = PageGeometry.headerHeight(letterhead: letterhead, copyLabel: true)
        // Logo, the sender's three lines and the label's line: more than the label alone.
        #expect(height >= 1.5 + 0.15 + 3 * PageGeometry.letterheadLine + PageGeometry.copyLabelLine)
        #expect(height > PageGeometry.headerHeight(letterhead: nil, copyLabel: true))
        let styles = String(decoding: ODTStyles.write(metadata), as: UTF8.self)
        #expect(styles.contains(#"fo:margin-top="1.5cm""#))
        // The first page has its own header, and so its own footer: without one it would have none.
        #expect(styles.contains("<style:header-first>") && styles.contains("<style:footer-first>"))
        #expect(styles.contains(#"fo:min-height="\#(PageGeometry.odf(height))""#))
        #expect(
            abs(PageGeometry.docxMarginTop(metadata, copyLabel: true) - (style.marginTop + height)) < 0.001)
        #expect(PageGeometry.docxMarginBottom(style) == PageGeometry.odtMarginBottom(style) + PageGeometry.footerHeight)
    }

    @Test func chartsAreNotInAParagraphStyleCalledFigure() throws {
        let figure = Figure(
            name: "enkat", title: "Enkät", description: "Andel positiva", svg: "<svg/>",
            widthCentimetres: 16, heightCentimetres: 8)
        let xml = content(Document(metadata: DocumentMetadata(title: "T"), blocks: [.figure(figure)]))
        #expect(xml.contains(#"<text:p text:style-name="Chart">"#))
        #expect(!xml.contains(#"text:style-name="Figure""#))
    }

    @Test func htmlReflowsTablesScrollInALabelledRegionAndPrintsAFooterInTheMargin() {
        let document = Document(
            metadata: DocumentMetadata(title: "T", fingerprint: "AAAA BBBB"),
            blocks: [
                .heading(level: 2, [.text("Årshjul")]), .table(yearWheel),
            ])
        let html = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
        #expect(html.contains(#"<div class="table-scroll" role="region" aria-label="Tabell 1: Årshjul" tabindex="0">"#))
        #expect(html.contains("break-after: avoid"))
        #expect(html.contains(#"@bottom-center { content: "Kontrollsumma AAAA BBBB · " "Sida " counter(page)"#))
        #expect(!html.contains("position: fixed"))
        #expect(HTMLWriter.cssString("a\"b</style>") == #""a\22 b\3c /style\3e ""#)
    }
}
