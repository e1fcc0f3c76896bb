import FCConfig
import FCDocument
import Foundation
import Testing

@testable import FCTemplates
@testable import FCWriters

/// Issue 21 §2 and §3 per layer: the keep rules both paged writers share, the no-break spaces of
/// Swedish typesetting, prose dates, and names that are not said twice.
@Suite("Pages that flow and Swedish typography")
struct PageFlowTypographyTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [
        ("offentlighets- och sekretesslagen (OSL; SFS 2009:400)", "(OSL; SFS\(nbsp)2009:400)"),
        ("läroplanen för förskolan (Lpfö 18, SKOLFS 2018:50)", "(Lpfö\(nbsp)18, SKOLFS\(nbsp)2018:50)"),
        ("i lokalen om ca 180 m², se Bilaga 4", "180\(nbsp)m², se Bilaga\(nbsp)4"),
        ("kostnaden 100 000 kr per år, 20 % av en heltid", "100\(nbsp)000\(nbsp)kr per år, 20\(nbsp)% av"),
        ("enligt 5 § och § 7", "5\(nbsp)§ och §\(nbsp)7"),
        ("Mål 3 nåddes under 3 år.", "Mål\(nbsp)3 nåddes under 3\(nbsp)år."),
    ])
    func designationsUnitsAndNumberGroupsStayOnOneLine(text: String, expected: String) {
        #expect(SwedishTypography.text(text).contains(expected), "\(SwedishTypography.text(text))")
    }

    @Test func proseIsLeftAloneAndOnlySpacesChange() {
        let prose = "Under 2024 träffades vi 12 gånger; 2024-12-31 är ett datum och 3 barn kom."
        let set = SwedishTypography.text(prose)
        // A long word before a year, a count before a noun: no binding. Words never change.
        #expect(set.contains("Under 2024"))
        #expect(set.contains("12 gånger"))
        #expect(set.replacingOccurrences(of: Self.nbsp, with: " ") == prose)
        #expect(SwedishTypography.text("") == "")
        #expect(SwedishTypography.text("inga siffror här") == "inga siffror här")
    }

    @Test func theFingerprintDoesNotChangeWithTheNoBreakSpaces() {
        let blocks: [Block] = [.paragraph([.text("SFS 2009:400 och 250 000 kr")])]
        let plain = Document(metadata: .init(title: "T"), blocks: blocks)
        let set = SwedishTypography.apply(plain)
        #expect(set != plain)
        #expect(Fingerprint.of(set) == Fingerprint.of(plain))
    }

    @Test func datesInProseAreWrittenOut() throws {
        #expect(try #require(ISODate("2024-12-31")).swedish == "31 december 2024")
        #expect(try #require(ISODate("2026-03-01")).swedish == "1 mars 2026")
    }

    @Test func namesAreNotSaidTwice() {
        #expect(
            SwedishText.unit("Individ- och familjeomsorgen (IFO)", of: "Vindelns kommun")
                == "Individ- och familjeomsorgen (IFO, Vindelns kommun)")
        #expect(
            SwedishText.unit("Vindelns hälsocentral", of: "Region Västerbotten")
                == "Vindelns hälsocentral (Region Västerbotten)")
        #expect(
            SwedishText.unit("Socialtjänsten i Vindelns kommun", of: "vindelns kommun")
                == "Socialtjänsten i Vindelns kommun")
        #expect(SwedishText.names("Enhetschef, Vindelns kommun", "Vindelns kommun"))
        #expect(!SwedishText.names("Enhetschef", "Vindelns kommun"))
        #expect(!SwedishText.names("Enhetschef", " "))
    }

    /// A name with a parenthesis of its own is never put inside or right after another one.
    @Test func noParenthesisStandsInsideOrRightAfterAnother() {
        #expect(
            SwedishText.unit("Individ- och familjeomsorgen (IFO)", in: "Vindelns kommun")
                == "Individ- och familjeomsorgen (IFO) i Vindelns kommun")
        #expect(
            SwedishText.unit("Vindelns kommuns socialtjänst", in: "Vindelns kommun") == "Vindelns kommuns socialtjänst")
        #expect(
            SwedishText.aside("länets samverkansledning", "Styrgruppen") == "länets samverkansledning (Styrgruppen)")
        #expect(
            SwedishText.aside("länets samverkansledning", "Strategigrupp barn (SGB)")
                == "länets samverkansledning, Strategigrupp barn (SGB)")
        #expect(SwedishText.aside("Verksamhetschef (MHV)", "Region X") == "Verksamhetschef (MHV), Region X")
        #expect(SwedishText.aside("Enhetschef", " ") == "Enhetschef")
    }

    @Test func anOrganisationLineDoesNotRepeatTheParty() {
        #expect(
            SwedishText.dropping("Östersunds kommun", from: "Barn- och utbildningsförvaltningen, Östersunds kommun")
                == "Barn- och utbildningsförvaltningen")
        #expect(SwedishText.dropping("Region X", from: "Region X") == "Region X")
        #expect(SwedishText.dropping("Region X", from: "Hälsocentralen, Region Y") == "Hälsocentralen, Region Y")
    }

    static let table = Table(alignments: [], header: [[.text("A")]], rows: [[[.text("1")]]])

    @Test func aParagraphIsKeptWithWhatItIntroduces() {
        let signature = SignatureBlock(lines: [.init(label: "Underskrift", value: "")])
        let blocks: [Block] = [
            .heading(level: 2, [.text("Statistik")]),
            .paragraph([.text("Tabellen visar året.")]),  // before a table
            .table(Self.table),
            .paragraph([.strong([.text("Mödrahälsovården ansvarar för att:")])]),  // a lead-in
            .list(ordered: false, items: [[.paragraph([.text("a")])]]),
            .paragraph([.text("Målen nås genom att:")]),  // ends with a colon
            .list(ordered: false, items: [[.paragraph([.text("b")])]]),
            .paragraph([.text("Vanlig text.")]),  // followed by text: free
            .paragraph([.text("Detta avtal har upprättats i två exemplar.")]),  // the closing clause
            .heading(level: 2, [.text("Underskrifter")]),
            .signature(signature), .signature(signature),
        ]
        let parts = BodyPart.parts(of: blocks)
        #expect(
            PageFlow.keepsWithNext(parts)
                == [false, true, false, true, false, true, false, false, true, false, false])
    }

    @Test func onlyShortTablesAreKeptWhole() {
        let short = Self.table
        let widths = TableLayout.columnWidths(for: short, availableWidth: PageGeometry.textWidth(PageStyle()))
        #expect(PageFlow.keepsWhole(short, widths: widths))
        let tall = Table(
            alignments: [], header: [[.text("Påstående")]],
            rows: Array(
                repeating: [
                    [.text("Ett påstående"), .lineBreak, .text("Kommentar:"), .lineBreak, .lineBreak, .lineBreak]
                ],
                count: 7))
        let tallWidths = TableLayout.columnWidths(for: tall, availableWidth: PageGeometry.textWidth(PageStyle()))
        #expect(!PageFlow.keepsWhole(tall, widths: tallWidths))
        #expect(PageFlow.estimatedHeight(tall, widths: tallWidths) > PageFlow.wholeTableHeight)
    }

    @Test func bothPagedWritersMarkTheKeptParagraphAndTheRoomToSign() throws {
        let document = Document(
            metadata: .init(title: "T"),
            blocks: [
                .paragraph([.text("Detta avtal har upprättats i två exemplar.")]),
                .heading(level: 2, [.text("Underskrifter")]),
                .signature(
                    SignatureBlock(lines: [
                        .init(label: "Ort och datum", value: "Vindeln 20 - -"), .init(label: "Underskrift", value: ""),
                    ])),
            ])
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        #expect(content.contains(#"<text:p text:style-name="Text_20_body_20_Keep">Detta avtal"#))
        #expect(content.contains(#"<text:p text:style-name="Signature_20_Space">"#))
        let styles = String(decoding: ODTStyles.write(document.metadata), as: UTF8.self)
        #expect(styles.contains(#"style:name="Text_20_body_20_Keep""#))
        #expect(styles.contains(#"fo:margin-top="1.5cm""#))
        let docx = DOCXBody.write(document, headers: DOCXWriter.Headers(document, copyLabels: [nil])).writer.finish()
        let body = String(decoding: docx, as: UTF8.self)
        #expect(body.contains(#"<w:pStyle w:val="BodyTextKeep"/>"#))
        #expect(body.contains(#"<w:pStyle w:val="SignatureSpace"/>"#))
    }

    /// `count` body paragraphs of about three lines each.
    static func filler(_ count: Int) -> [Block] {
        let sentence = "Familjecentralen arbetar med föräldrar och barn i hela kommunen och samverkar med skolan."
        return (0..<count).map { _ in .paragraph([.text(Array(repeating: sentence, count: 3).joined(separator: " "))]) }
    }

    static let twoHeadingsAndAShortParagraph: [Block] = [
        .heading(level: 2, [.text("Ledningsorganisation")]),
        .heading(level: 3, [.text("Ledningsgrupp vid familjecentralen")]),
        .paragraph([.text("För ledning av den dagliga verksamheten svarar en ledningsgrupp.")]),
    ]

    /// Where the estimate puts headings with the first lines after them near a page's foot, the
    /// page starts before them; mid-page, or at the top of a page, nothing is added.
    @Test func aHeadingGroupThatWouldEndAPageStartsTheNext() {
        let estimate = PageEstimate(DocumentMetadata(title: "T"), labelled: true)
        let pageLines = Int(estimate.height / (estimate.bodyLine * 1.15))
        var found: [Int] = []
        // Moving the headings down line by line: some count of filler puts them at the foot.
        for paragraphs in 1...(pageLines / 3 + 2) {
            let blocks = Self.filler(paragraphs) + Self.twoHeadingsAndAShortParagraph + Self.filler(3)
            let parts = BodyPart.parts(of: blocks)
            let breaks = estimate.breaks(parts, keeps: PageFlow.keepsWithNext(parts))
            #expect(breaks.isSubset(of: [paragraphs]), "\(paragraphs): \(breaks)")
            if !breaks.isEmpty { found.append(paragraphs) }
        }
        #expect(!found.isEmpty)
        let top = BodyPart.parts(of: Self.twoHeadingsAndAShortParagraph + Self.filler(3))
        #expect(estimate.breaks(top, keeps: PageFlow.keepsWithNext(top)).isEmpty)
    }

    /// A reference document's page smaller than its margins, or a size of 0, gives an estimate
    /// all the same (it once could loop or divide by zero).
    @Test func anOddPageStillGivesAnEstimate() {
        var metadata = DocumentMetadata(title: "T")
        metadata.style.pageHeight = 2
        metadata.style.looks[.body] = ParagraphLook(size: 0)
        let parts = BodyPart.parts(of: Self.filler(5) + Self.twoHeadingsAndAShortParagraph)
        let breaks = PageEstimate(metadata, labelled: true).breaks(parts, keeps: PageFlow.keepsWithNext(parts))
        #expect(breaks.allSatisfy { parts.indices.contains($0) })
    }

    /// A profile's sans-serif body is measured with sans-serif widths, which run longer.
    @Test func aSansSerifBodyIsMeasuredAsOne() {
        let text: [Inline] = [.text(String(repeating: "Familjecentralen arbetar med föräldrar. ", count: 20))]
        var metadata = DocumentMetadata(title: "T")
        let serif = PageEstimate(metadata, labelled: false)
        metadata.style.bodyFont = "Liberation Sans"
        let sans = PageEstimate(metadata, labelled: false)
        #expect(
            sans.lineCount(text, size: 11.5, width: sans.width)
                > serif.lineCount(text, size: 11.5, width: serif.width))
    }

    @Test func aLongParagraphSplitsKeepingTwoLinesOnEachPage() {
        var flow = PageEstimate.Flow(height: 10)
        flow.place(PageEstimate.Piece(part: 0, lines: 3, lineHeight: 1))  // 3 of 10
        flow.place(PageEstimate.Piece(part: 1, lines: 8, lineHeight: 1))  // 7 fit, 1 would be alone
        #expect(flow.used == 2)
        var box = PageEstimate.Flow(height: 10)
        box.place(PageEstimate.Piece(part: 0, lines: 8, lineHeight: 1))
        box.place(PageEstimate.Piece(part: 1, box: 3))  // moves whole
        #expect(box.used == 3)
    }

    /// The ODT's page break is the next paragraph's own (as the DOCX's `w:pageBreakBefore`), with
    /// no empty paragraph; a body that ends with a table ends with a paragraph of next to no height.
    @Test func aPageBreakIsThePagesFirstParagraphsAndATableEndsNothing() {
        let document = Document(
            metadata: .init(title: "T"),
            blocks: [.paragraph([.text("ett")]), .pageBreak, .heading(level: 2, [.text("två")]), .table(Self.table)])
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        #expect(content.contains(#"<text:h text:style-name="Break_Heading_20_2" text:outline-level="2">två"#))
        #expect(
            content.contains(
                #"style:name="Break_Heading_20_2" style:family="paragraph" style:parent-style-name="Heading_20_2"><style:paragraph-properties fo:break-before="page"/>"#
            ))
        #expect(!content.contains("Page_20_Break"))
        #expect(
            content.contains(
                #"</table:table><text:p text:style-name="Document_20_End"/></office:text></office:body></office:document-content>"#
            ))
        let docx = DOCXBody.write(document, headers: DOCXWriter.Headers(document, copyLabels: [nil])).writer.finish()
        #expect(
            String(decoding: docx, as: UTF8.self).contains(
                #"<w:p><w:pPr><w:pStyle w:val="DocumentEnd"/></w:pPr></w:p><w:sectPr>"#))
    }
}
