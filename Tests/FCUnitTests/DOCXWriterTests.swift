import FCDocument
import Foundation
import FoundationXML
import Testing

@testable import FCWriters

@Suite("DOCX writer: the package, its parts and its bytes")
struct DOCXWriterTests {
    static let chart = Figure(
        name: "enkat", title: "Andel positiva svar", description: "Mål 1: 80 %, mål 2: 60 %.",
        svg: ##"<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm" viewBox="0 0 40 20">"##
            + ##"<rect x="0" y="0" width="40" height="20" fill="#ffffff"/><rect x="2" y="2" width="30" height="6" fill="#542788"/>"##
            + ##"<text x="2" y="16" font-size="4">Mål 1 &amp; 2</text></svg>"##,
        widthCentimetres: 4, heightCentimetres: 2)

    /// The writers' shared reference document with a chart added.
    let document: Document = {
        var document = WriterTests().document
        document.blocks.append(.figure(chart))
        document.blocks.append(.list(ordered: true, items: [[.paragraph([.text("ny lista")])]]))
        return document
    }()

    func parts(_ data: Data) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try WriterTests().entries(data).map { ($0.path, $0.data) })
    }

    func xml(_ parts: [String: Data], _ path: String) throws -> XMLDocument {
        try XMLDocument(data: try #require(parts[path], "\(path) missing"))
    }

    func string(_ parts: [String: Data], _ path: String) -> String {
        String(decoding: parts[path] ?? Data(), as: UTF8.self)
    }

    @Test func theParagraphsListsAndContentTypesMakeAWellFormedPackage() throws {
        let data = try DOCXWriter.write(document)
        let entries = try WriterTests().entries(data)
        #expect(entries.first?.path == "[Content_Types].xml")
        let parts = try parts(data)
        #expect(
            Set(parts.keys) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                "word/header1.xml", "word/footer1.xml", "word/media/enkat.png", "word/media/enkat.svg",
            ])
        for (path, content) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix(".svg") {
            #expect(throws: Never.self, "\(path)") { _ = try XMLDocument(data: content) }
        }
        let types = try xml(parts, "[Content_Types].xml")
        let overrides = try types.nodes(forXPath: "//*[local-name()='Override']/@PartName").compactMap(\.stringValue)
        let defaults = try types.nodes(forXPath: "//*[local-name()='Default']/@Extension").compactMap(\.stringValue)
        for path in parts.keys where path != "[Content_Types].xml" {
            let fileExtension = String(path.split(separator: ".").last ?? "")
            let covered =
                overrides.contains("/" + path)
                || (!path.hasPrefix("word/") || !path.hasSuffix(".xml"))
                    && defaults.contains(fileExtension)
            #expect(covered, "\(path) has no content type")
        }
        #expect(overrides.contains("/word/document.xml"))
        #expect(string(parts, "[Content_Types].xml").contains("wordprocessingml.document.main+xml"))
    }

    @Test func everyRelationshipPointsAtAPartOrAnExternalURL() throws {
        let parts = try parts(try DOCXWriter.write(document))
        for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
            let relationships = try xml(parts, rels).nodes(forXPath: "//*[local-name()='Relationship']")
            #expect(!relationships.isEmpty)
            for relationship in relationships {
                let target = try #require(try relationship.nodes(forXPath: "@Target").first?.stringValue)
                if try relationship.nodes(forXPath: "@TargetMode").first?.stringValue == "External" {
                    #expect(target.hasPrefix("https://"))
                } else {
                    #expect(parts[base + target] != nil, "\(rels): \(target) is not in the package")
                }
            }
        }
        let body = string(parts, "word/document.xml")
        let ids = try xml(parts, "word/_rels/document.xml.rels").nodes(forXPath: "//*[local-name()='Relationship']/@Id")
            .compactMap(\.stringValue)
        for id in ["rIdHeader", "rIdFooter", "rIdHyperlink1", "rIdImage2", "rIdImage3"] {
            #expect(ids.contains(id), "\(id)")
        }
        #expect(body.contains(#"r:id="rIdHyperlink1""#) && body.contains(#"r:embed="rIdImage2""#))
    }

    @Test func thePropertiesNameTitleAndLanguageWithoutDates() throws {
        let parts = try parts(try DOCXWriter.write(document))
        let core = string(parts, "docProps/core.xml")
        #expect(core.contains("<dc:language>sv-SE</dc:language>"))
        #expect(core.contains("<dc:title>Avtal *Barn &amp; Familj*"))
        #expect(!core.contains("created") && !core.contains("modified"))
        #expect(string(parts, "docProps/app.xml").contains("<Application>fcdoc</Application>"))
        #expect(string(parts, "word/styles.xml").contains(#"<w:lang w:val="sv-SE""#))
    }

    @Test func hostileTextStaysLiteralAndValid() throws {
        let body = string(try parts(try DOCXWriter.write(document)), "word/document.xml")
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(body.contains("]]&gt;"))
        #expect(body.contains("👶"))
        #expect(!body.contains("\u{07}"))
        #expect(body.contains(#"<w:t xml:space="preserve">Text *Barn &amp; Familj*"#))
        #expect(body.contains("<w:tab/>") && body.contains("<w:br/>"))
    }

    @Test func headingsListsAndTablesUseWordsBuiltInStyles() throws {
        let parts = try parts(try DOCXWriter.write(document))
        let styles = string(parts, "word/styles.xml")
        for (id, name) in [
            ("Normal", "Normal"), ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("ListBullet", "List Bullet"),
            ("ListNumber2", "List Number 2"), ("TableGrid", "Table Grid"), ("Caption", "caption"),
            ("Quote", "Quote"), ("Hyperlink", "Hyperlink"),
        ] {
            #expect(
                styles.contains(#"w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#)
                    || styles.contains(
                        #"w:styleId="\#(id)" w:default="1"><w:name w:val="\#(name)"/>"#),
                "\(id)")
        }
        let body = string(parts, "word/document.xml")
        #expect(body.contains(#"<w:pStyle w:val="Heading1"/>"#))
        #expect(body.contains(#"<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>"#))
        #expect(body.contains(#"<w:pStyle w:val="ListNumber2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/>"#))
        #expect(body.contains(#"<w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/>"#))
        // The page break before the signatures: a table cannot start a page itself.
        #expect(body.contains(#"<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:tbl>"#))
    }

    @Test func aPageBreakStartsTheNextParagraphsPage() throws {
        let document = Document(
            metadata: DocumentMetadata(title: "Avtal"),
            blocks: [.paragraph([.text("ett")]), .pageBreak, .heading(level: 2, [.text("två")])])
        let body = string(try parts(try DOCXWriter.write(document)), "word/document.xml")
        #expect(body.contains(#"<w:pPr><w:pStyle w:val="Heading2"/><w:pageBreakBefore/></w:pPr>"#))
        #expect(!body.contains("w:br"))
    }

    @Test func everyNumberedListRestartsAtOne() throws {
        let numbering = string(try parts(try DOCXWriter.write(document)), "word/numbering.xml")
        #expect(numbering.contains(#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#))
        #expect(
            numbering.contains(
                #"<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>"#
            ))
        #expect(
            numbering.contains(
                #"<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>"#
            ))
        #expect(numbering.contains(#"<w:lvlText w:val="%2."/>"#))
    }

    @Test func tablesRepeatTheirHeaderKeepRowsWholeAndFillTheTextWidth() throws {
        let body = try xml(try parts(try DOCXWriter.write(document)), "word/document.xml")
        let table = "(//*[local-name()='tbl'])[1]"
        let widths = try body.nodes(forXPath: "\(table)//*[local-name()='gridCol']/@*[local-name()='w']")
            .compactMap { Int($0.stringValue ?? "") }
        #expect(
            widths.count == 2 && abs(widths.reduce(0, +) - PageGeometry.twips(PageGeometry.textWidth(PageStyle()))) <= 1
        )
        #expect(widths[0] > widths[1], "the column of names is wider than the one of amounts: \(widths)")
        #expect(try body.nodes(forXPath: "\(table)/*[local-name()='tr']").count == 2)
        #expect(
            try body.nodes(
                forXPath: "\(table)/*[local-name()='tr'][1]/*[local-name()='trPr']/*[local-name()='tblHeader']"
            ).count == 1)
        #expect(try body.nodes(forXPath: "\(table)//*[local-name()='trPr']/*[local-name()='cantSplit']").count == 2)
        #expect(try body.nodes(forXPath: "\(table)//*[local-name()='jc'][@*[local-name()='val']='right']").count == 2)
        // A short table stays on one page: every row but the last is kept with the next.
        #expect(try body.nodes(forXPath: "\(table)/*[local-name()='tr'][1]//*[local-name()='keepNext']").count == 2)
        #expect(try body.nodes(forXPath: "\(table)/*[local-name()='tr'][2]//*[local-name()='keepNext']").isEmpty)
    }

    @Test func signatureBlocksSitTwoToARowWithoutRules() throws {
        let signature = SignatureBlock(lines: [
            .init(label: "För", value: "Kommunen"), .init(label: "Underskrift", value: ""),
        ])
        let document = Document(
            metadata: DocumentMetadata(title: "Avtal"), blocks: Array(repeating: .signature(signature), count: 3))
        let body = try xml(try parts(try DOCXWriter.write(document)), "word/document.xml")
        #expect(try body.nodes(forXPath: "//*[local-name()='tbl']").count == 1)
        #expect(
            try body.nodes(forXPath: "//*[local-name()='tblStyle'][@*[local-name()='val']='Signatures']").count == 1)
        #expect(try body.nodes(forXPath: "//*[local-name()='tr']").count == 2)
        #expect(try body.nodes(forXPath: "//*[local-name()='tc']").count == 4)
        #expect(try body.nodes(forXPath: "//*[local-name()='t'][contains(., '______________________')]").count == 3)
    }

    @Test func aChartIsSVGWithAPNGFallbackAndAltText() throws {
        let parts = try parts(try DOCXWriter.write(document))
        let png = try #require(parts["word/media/enkat.png"])
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: 4 cm × 2 cm at 150 dpi.
        #expect(png[16..<24] == Data([0, 0, 0, 236, 0, 0, 0, 118]))
        #expect(parts["word/media/enkat.svg"] == Data(Self.chart.svg.utf8))
        let body = string(parts, "word/document.xml")
        #expect(
            body.contains(
                #"<a:blip r:embed="rIdImage2"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">"#
                    + #"<asvg:svgBlip r:embed="rIdImage3"/>"#))
        #expect(
            body.contains(
                #"<wp:docPr id="1" name="enkat" descr="Mål 1: 80 %, mål 2: 60 %." title="Andel positiva svar"/>"#))
        #expect(body.contains(#"<wp:extent cx="1440000" cy="720000"/>"#))
        #expect(
            body.contains(#"<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">Andel positiva svar"#))
    }

    @Test func copiesDifferOnlyInHeaderAndFooter() throws {
        let labels = ["Exemplar 1 av 2 – för Region", "Exemplar 2 av 2 – för Kommun"]
        let copies = try DOCXWriter.write(document, copyLabels: labels).map(parts)
        for (copy, label) in zip(copies, labels) {
            #expect(string(copy, "word/header1.xml").contains(label))
            let footer = string(copy, "word/footer1.xml")
            #expect(footer.contains(label + " · Kontrollsumma AAAA BBBB · "))
            #expect(footer.contains("Sida\u{00A0}"))
            #expect(
                footer.contains(#"<w:fldSimple w:instr=" PAGE ">"#)
                    && footer.contains(#"<w:fldSimple w:instr=" NUMPAGES ">"#))
        }
        for path in copies[0].keys where path != "word/header1.xml" && path != "word/footer1.xml" {
            #expect(copies[0][path] == copies[1][path], "\(path)")
        }
        let single = try parts(try DOCXWriter.write(document, copyLabels: [nil])[0])
        #expect(single["word/header1.xml"] == nil)
        #expect(!string(single, "word/document.xml").contains("headerReference"))
        #expect(string(single, "word/footer1.xml").contains("Kontrollsumma AAAA BBBB · <"))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try DOCXWriter.write(document) == DOCXWriter.write(document))
    }

    @Test func linkTargetsArePercentEncodedURIs() {
        #expect(DOCXText.uriTarget("https://example.se/två ord?a=1&b=2") == "https://example.se/tv%C3%A5%20ord?a=1&b=2")
        #expect(DOCXText.uriTarget("mailto:a@b.se") == "mailto:a@b.se")
    }
}
