import FCRender
import FCXML
import Foundation
import Testing

@testable import FCDocument
@testable import FCVerify

@Suite("Verify: the kontrollsumma recomputed from a copy's text in reading order")
struct CopyVerifierTests {
    @Test func wordsSurviveTheWaysBackToText() {
        // Line breaks after hyphens and slashes, no-break spaces, a ligature, a soft hyphen.
        #expect(
            Fingerprint.words("mödra- och barn\u{00AD}hälsovård 250\u{00A0}000 kr verksamhet/förvaltning ﬁka")
                == ["mödra-", "och", "barnhälsovård", "250", "000", "kr", "verksamhet/", "förvaltning", "fika"])
        #expect(Fingerprint.of(text: "familjecentrals-\nliknande") == Fingerprint.of(text: "familjecentrals-liknande"))
        // Bullets (also drawn against the text), list numbers and signing lines are the writers'.
        #expect(Fingerprint.words("• Punkt •Karin 3. Underskrift: ________ 12.") == ["Punkt", "Karin", "Underskrift:"])
        // Order counts, and every word does.
        #expect(Fingerprint.of(text: "tolv månader") != Fingerprint.of(text: "månader\ntolv"))
        #expect(Fingerprint.of(text: "tolv månader") != Fingerprint.of(text: "tre månader"))
        #expect(Fingerprint.of(text: "tolv  månader\n") == Fingerprint.of(text: "tolv\u{00A0}månader"))
    }

    @Test func normalisationTouchesOnlyWhatNFKCChanges() {
        let settled = "Vindelns familjecentral – 250\u{00A0}000 kr, 39,9 % «å» é"
        #expect(Fingerprint.nfkc(settled) == settled)
        #expect(
            Array(Fingerprint.nfkc("ﬁka på 12 m² ½ dag").unicodeScalars)
                == Array("fika på 12 m2 1⁄2 dag".unicodeScalars))
        // Decomposed and composed letters give the same words.
        #expect(Fingerprint.of(text: "Ha\u{0308}lsa") == Fingerprint.of(text: "Hälsa"))
        // What the writers drop (control characters) is dropped here too.
        #expect(Fingerprint.words("ab\u{0007}c\u{0085}d") == ["abcd"])
    }

    /// Normalising only the pieces around what NFKC may change gives Foundation's NFKC of the
    /// whole text (but for the no-break spaces, which stay and cut words as spaces do), over
    /// random texts of ASCII and Swedish letters, decomposed letters and combining marks in
    /// every order, ligatures, full-width and half-width forms, superscripts, fractions, Hangul
    /// jamo, letters that compose with a following vowel sign, and compatibility characters.
    @Test func normalisingPiecesGivesFoundationsNFKCOfTheWhole() {
        let pieces = [
            "a", "A", "e", "o", "x", "1", "/", "-", " ", "\u{00A0}", "\u{202F}", "å", "ä", "ö", "Å", "Ö", "é", "–", "”",
            "«", "§", "°", "€", "•", "\u{0301}", "\u{0308}", "\u{030A}", "\u{0327}", "\u{0323}", "\u{0340}", "\u{0344}",
            "\u{0345}", "ﬁ", "ﬂ", "ﬃ", "Ａ", "ｂ", "²", "½", "…", "\u{00A8}", "\u{00AA}", "\u{00B4}", "\u{00B8}",
            "\u{00BC}",
            "\u{212B}", "\u{2126}", "ſ", "\u{1E9B}", "\u{1100}", "\u{1161}", "\u{11A8}", "가", "ㄱ", "\u{FF76}",
            "\u{FF9E}",
            "\u{3099}", "カ", "\u{F900}", "\u{0B47}", "\u{0B3E}", "\u{0CBF}", "\u{0CD5}", "①", "\u{1D400}", "\u{0000}",
            "\u{00AD}", "\u{2060}", "\u{FEFF}",
        ]
        var random = SeededGenerator(seed: 19)
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...12, using: &random)
            let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            let foundation = text.precomposedStringWithCompatibilityMapping
            let ours = Fingerprint.nfkc(text).unicodeScalars.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 }
            #expect(
                ours == Array(foundation.unicodeScalars), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Fingerprint.words(text) == Fingerprint.words(foundation))
        }
    }

    @Test func anODTsParagraphsAreReadFromItsBody() throws {
        let xml = """
            <?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
            xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:automatic-styles><text:p>stil</text:p></office:automatic-styles>\
            <office:body><office:text><text:h text:outline-level="1">Avtal &amp; <text:span>vill</text:span>kor</text:h>\
            <text:p>Ett<text:s/>två<text:tab/>tre<text:line-break/>fyra &#229;&#xE4;</text:p>\
            <text:p><draw:frame><draw:image/><svg:title>Titel</svg:title><svg:desc>Beskrivning 12 %</svg:desc></draw:frame></text:p>\
            <text:p>Titel</text:p><text:p/></office:text></office:body></office:document-content>
            """
        let events = try XMLReader.events(Data(xml.utf8))
        #expect(
            ODFText.paragraphs(events, within: ODFText.body)
                == ["Avtal & villkor", "Ett två tre fyra åä", "Beskrivning 12 %", "Titel"])
        #expect(throws: XMLReader.MalformedXML.self) { try XMLReader.events(Data("<a><b></a>".utf8)) }
    }

    /// A `Data` this small keeps its bytes inline and lends a stack copy of them: the parse must be
    /// over before that copy is gone (reading it afterwards is a use after scope).
    @Test func aTinyDocumentIsReadWhileItsBytesAreLent() throws {
        let name = XMLName("", "a")
        #expect(try XMLReader.events(Data("<a>b</a>".utf8)) == [.start(name, attributes: [:]), .text("b"), .end(name)])
        #expect(throws: XMLReader.MalformedXML.self) { try XMLReader.events(Data()) }
    }

    @Test func aDOCXsParagraphsAreReadFromItsBody() throws {
        let xml = """
            <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>\
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Avtal &amp; </w:t></w:r><w:r><w:t>villkor</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Ett</w:t><w:tab/><w:t>två</w:t><w:br/><w:t>tre</w:t><w:instrText> PAGE </w:instrText></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            <w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="enkat" descr="Beskrivning 12 %" title="Titel"/></wp:inline></w:drawing></w:r></w:p>\
            <w:p><w:r><w:t>Titel</w:t></w:r></w:p><w:sectPr/></w:body></w:document>
            """
        #expect(
            WordText.paragraphs(try XMLReader.events(Data(xml.utf8)))
                == ["Avtal & villkor", "Ett två tre", "A1", "B1", "Beskrivning 12 %", "Titel"])
    }

    @Test func theFirstDifferingParagraphIsNamedWithItsHeading() {
        let document = MarkdownReader.read(
            "# Avtal\n\n## Avtalstid\n\nUppsägningstiden är tolv månader.\n\n## Tvist\n\nLAKO.\n",
            metadata: DocumentMetadata(title: "Avtal"))
        let copy = CopyText(
            units: ["Avtal", "Avtalstid", "Uppsägningstiden är tre månader.", "Tvist", "LAKO."],
            printedFingerprint: nil)
        let comparison = CopyVerifier.compare(copy, path: "samverkansavtal.odt", with: [(.samverkansavtal, document)])
        #expect(comparison?.difference?.heading == "Avtalstid")
        #expect(comparison?.difference?.expected == "Uppsägningstiden är tolv månader.")
        #expect(comparison?.difference?.found == "Uppsägningstiden är tre månader.")
        let same = CopyText(
            units: ["Avtal", "Avtalstid", "Uppsägningstiden är tolv månader.", "Tvist", "LAKO."],
            printedFingerprint: nil)
        #expect(
            CopyVerifier.compare(same, path: "samverkansavtal.odt", with: [(.samverkansavtal, document)])?.difference
                == nil)
        // Words that changed places, and text the document does not have, are differences too.
        let swapped = CopyText(
            units: ["Avtal", "Avtalstid", "Uppsägningstiden är månader tolv.", "Tvist", "LAKO."],
            printedFingerprint: nil)
        #expect(
            CopyVerifier.compare(swapped, path: "samverkansavtal.odt", with: [(.samverkansavtal, document)])?
                .difference?.found == "Uppsägningstiden är månader tolv.")
        let longer = CopyText(units: same.units + ["Tillägg."], printedFingerprint: nil)
        let extra = CopyVerifier.compare(longer, path: "samverkansavtal.odt", with: [(.samverkansavtal, document)])
        #expect(extra?.difference?.expected == "")
        #expect(extra?.difference?.found == "Tillägg.")
    }

    @Test func swappedTableCellsAreADifference() {
        let document = Document(
            metadata: DocumentMetadata(title: "Avtal"),
            blocks: [
                .table(
                    Table(
                        alignments: [.left, .right], header: [[.text("Part")], [.text("Belopp")]],
                        rows: [
                            [[.text("Region")], [.text("60 000 kr")]], [[.text("Kommunen")], [.text("40 000 kr")]],
                        ]))
            ])
        let copy = CopyText(
            units: ["Part", "Belopp", "Region", "40 000 kr", "Kommunen", "60 000 kr"], printedFingerprint: nil)
        #expect(Fingerprint.of(text: copy.text) != Fingerprint.of(document))
        let comparison = CopyVerifier.compare(copy, path: "samordnaravtal.odt", with: [(.samordnaravtal, document)])
        #expect(comparison?.difference?.expected == "60 000 kr")
        #expect(comparison?.difference?.found == "40 000 kr")
    }

    // MARK: PDF

    @Test func aTaggedPDFIsReadInTheOrderOfItsStructureTree() throws {
        let copy = try CopyText.readPDF(path: try MiniPDF.tagged().write())
        #expect(
            copy.units == [
                "Avtalet gäller tills vidare.", "Från 2026-01-01.", "• Punkt", "A1", "B1", "Beskrivning 12 %", "Titel",
            ])
        #expect(copy.printedFingerprint == "AAAA BBBB CCCC DDDD EEEE")
    }

    @Test func anUntaggedPDFCannotBeVerified() throws {
        let path = try MiniPDF.untagged().write()
        #expect {
            try CopyText.read(path: path)
        } throws: { error in
            guard case CopyText.ReadError.unverifiable(let reason) = error else { return false }
            return reason.en.contains("not a tagged PDF") && reason.sv.contains("ingen taggad PDF")
        }
        // Nor can a file that is no copy fcdoc writes.
        let text = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID().uuidString).txt")
        try "Kontrollsumma AAAA BBBB CCCC DDDD EEEE".write(to: text, atomically: true, encoding: .utf8)
        #expect(throws: CopyText.ReadError.self) { try CopyText.read(path: text.path) }
    }
}

/// A small PDF written by hand: one page, a font whose codes are ASCII (and 0x95 for "•",
/// 0xE4 for "ä"), text drawn in another order than the structure tree reads it.
enum MiniPDF {
    struct File {
        var bytes: [UInt8]

        func write() throws -> String {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID().uuidString).pdf")
            try Data(bytes).write(to: url)
            return url.path
        }
    }

    static func tagged() -> File {
        // Drawn: footer, the second table cell before the first, the figure's own labels.
        let content = """
            /Artifact BMC BT /F1 8 Tf 50 20 Td (Kontrollsumma AAAA BBBB CCCC DDDD EEEE) Tj ET EMC
            /P <</MCID 0>> BDC BT /F1 12 Tf 50 800 Td (Avtalet g\\344ller) Tj ET EMC
            /P <</MCID 1>> BDC BT /F1 12 Tf 50 785 Td (tills vidare.) Tj ET EMC
            /P <</MCID 2>> BDC BT /F1 12 Tf 50 770 Td (Fr\\345n ) Tj ET EMC
            /Span <</MCID 3>> BDC BT /F1 12 Tf 80 770 Td [(2026-01-) -20 (01)] TJ ET EMC
            /P <</MCID 4>> BDC BT /F1 12 Tf 140.24 770 Td (.) Tj ET EMC
            /P <</MCID 5>> BDC BT /F1 12 Tf 50 755 Td <95> Tj ET BT /F1 12 Tf 70 755 Td (Punkt) Tj ET EMC
            /P <</MCID 7>> BDC BT /F1 12 Tf 200 740 Td (B1) Tj ET EMC
            /P <</MCID 6>> BDC BT /F1 12 Tf 50 740 Td (A1) Tj ET EMC
            /Figure <</MCID 8>> BDC BT /F1 6 Tf 60 700 Td (etikett) Tj ET EMC
            /P <</MCID 9>> BDC BT /F1 10 Tf 50 680 Td (Titel) Tj ET EMC
            """
        // 2026-01-01 is 10 glyphs of 500/1000 at 12 pt, less the -20 adjustment: it ends at 80 + 60.24.
        let structure = [
            "<< /Type /StructTreeRoot /K 6 0 R /RoleMap << /Text#20body /P >> >>",
            "<< /Type /StructElem /S /Document /K [7 0 R 8 0 R 9 0 R 10 0 R 13 0 R 14 0 R] >>",
            "<< /Type /StructElem /S /Text#20body /Pg 3 0 R /K [0 1] >>",
            "<< /Type /StructElem /S /P /Pg 3 0 R /K [2 << /Type /MCR /Pg 3 0 R /MCID 3 >> 4] >>",
            "<< /Type /StructElem /S /P /Pg 3 0 R /K 5 >>",
            "<< /Type /StructElem /S /Table /Pg 3 0 R /K << /Type /StructElem /S /TR /Pg 3 0 R /K [11 0 R 12 0 R] >> >>",
            "<< /Type /StructElem /S /TD /Pg 3 0 R /K << /Type /StructElem /S /P /Pg 3 0 R /K 6 >> >>",
            "<< /Type /StructElem /S /TD /Pg 3 0 R /K << /Type /StructElem /S /P /Pg 3 0 R /K 7 >> >>",
            "<< /Type /StructElem /S /Figure /Pg 3 0 R /Alt (Titel - Beskrivning 12 %) /K 8 >>",
            "<< /Type /StructElem /S /Caption /Pg 3 0 R /K 9 >>",
        ]
        return build(content: content, structTreeRoot: "5 0 R", structure: structure)
    }

    static func untagged() -> File {
        build(
            content:
                "BT /F1 12 Tf 50 800 Td (Avtal) Tj ET BT /F1 8 Tf 50 20 Td (Kontrollsumma AAAA BBBB CCCC DDDD EEEE) Tj ET",
            structTreeRoot: nil, structure: [])
    }

    /// Objects 1 catalog, 2 pages, 3 page, 4 font, 5… structure, then content and ToUnicode.
    static func build(content: String, structTreeRoot: String?, structure: [String]) -> File {
        let widths = Array(repeating: "500", count: 256).joined(separator: " ")
        let contentNumber = 5 + structure.count
        let cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <00> <FF> endcodespacerange
            1 beginbfrange <20> <7E> <0020> endbfrange
            3 beginbfchar <95> <2022> <E4> <00E4> <E5> <00E5> endbfchar
            endcmap CMapName currentdict /CMap defineresource pop end end
            """
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R"
                + (structTreeRoot.map { " /StructTreeRoot \($0) /MarkInfo << /Marked true >>" } ?? "") + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 4 0 R >> >> >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(contentNumber) 0 R >>",
            "<< /Type /Font /Subtype /TrueType /BaseFont /Test /FirstChar 0 /Widths [\(widths)] /ToUnicode \(contentNumber + 1) 0 R >>",
        ]
        objects += structure
        objects.append("<< /Length \(Array(content.utf8).count) >>\nstream\n\(content)\nendstream")
        objects.append("<< /Length \(Array(cmap.utf8).count) >>\nstream\n\(cmap)\nendstream")
        var bytes = Array("%PDF-1.7\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        bytes += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { bytes += Array((String(format: "%010d", offset) + " 00000 n \n").utf8) }
        bytes += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return File(bytes: bytes)
    }
}
