import FCDocument
import Foundation
import FoundationXML
import Testing
import ZIPFoundation

@testable import FCWriters

@Suite("Writers: ODT, HTML, Markdown from the same Document")
struct WriterTests {
    static let hostile = "*Barn & Familj* <b> <script>alert(1)</script> ]]> \" ' \u{07} 👶"

    let document = Document(
        metadata: DocumentMetadata(title: "Avtal " + hostile, copyLabel: "Exemplar 2 av 3", fingerprint: "AAAA BBBB"),
        blocks: [
            .heading(level: 1, [.text("Avtal")]),
            .paragraph([
                .text("Text " + hostile + "  två  mellanslag\tflik"), .lineBreak, .emphasis([.text("kursiv")]),
                .link(url: "https://familjecentraler.se", [.text("länk")]),
            ]),
            .list(
                ordered: false,
                items: [
                    [.paragraph([.text("ett")])],
                    [
                        .paragraph([.text("två")]),
                        .list(ordered: true, items: [[.paragraph([.text("a")])]]),
                    ],
                ]),
            .table(
                Table(
                    alignments: [.left, .right], header: [[.text("Namn")], [.text("Belopp")]],
                    rows: [[[.text(hostile)], [.text("250 000 kr")]]])),
            .pageBreak,
            .signature(
                SignatureBlock(lines: [.init(label: "För", value: hostile), .init(label: "Underskrift", value: "")])),
            .quote([.paragraph([.text("citat")])]),
            .code("kod <x>\n"),
            .rule,
        ])

    func entries(_ data: Data) throws -> [(path: String, data: Data, method: CompressionMethod)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            return (entry.path, content, entry.isCompressed ? .deflate : .none)
        }
    }

    @Test func odtIsAWellFormedPackage() throws {
        let parts = try entries(try ODTWriter.write(document))
        #expect(parts.first?.path == "mimetype")
        #expect(parts.first?.method == CompressionMethod.none)
        #expect(parts.first.map { String(decoding: $0.data, as: UTF8.self) } == ODTWriter.mediaType)
        #expect(
            Set(parts.map(\.path)) == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
        for part in parts where part.path.hasSuffix(".xml") {
            let xml = try XMLDocument(data: part.data)
            #expect(xml.rootElement() != nil, "\(part.path)")
        }
        let manifest = String(
            decoding: try #require(parts.first { $0.path == "META-INF/manifest.xml" }).data, as: UTF8.self)
        for part in parts where part.path != "mimetype" && part.path != "META-INF/manifest.xml" {
            #expect(manifest.contains("manifest:full-path=\"\(part.path)\""))
        }
    }

    @Test func odtCarriesTextLiterallyAndSpacesExplicitly() throws {
        let parts = try entries(try ODTWriter.write(document))
        let content = String(decoding: try #require(parts.first { $0.path == "content.xml" }).data, as: UTF8.self)
        #expect(content.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(content.contains("]]&gt;"))
        #expect(!content.contains("\u{07}"))
        #expect(content.contains("<text:s text:c=\"1\"/>"))
        #expect(content.contains("<text:tab/>"))
        // The right-aligned column keeps its alignment.
        #expect(content.contains("<text:p text:style-name=\"Table_20_Contents_20_Right\">250 000 kr</text:p>"))
        #expect(content.contains("<text:p text:style-name=\"Table_20_Heading_20_Right\">Belopp</text:p>"))
        let xml = try XMLDocument(data: Data(content.utf8))
        #expect(xml.rootElement()?.stringValue?.contains("<script>alert(1)</script>") == true)
        let styles = String(decoding: try #require(parts.first { $0.path == "styles.xml" }).data, as: UTF8.self)
        #expect(styles.contains("fo:language=\"sv\""))
        #expect(styles.contains("fo:country=\"SE\""))
        #expect(styles.contains("fo:page-width=\"21cm\""))
        #expect(styles.contains("<text:page-count>"))
        #expect(styles.contains("Kontrollsumma AAAA BBBB"))
        // The copy label heads every page, and is in the footer.
        #expect(
            styles.contains(
                "<style:header><text:p text:style-name=\"Copy_20_Label\">Exemplar 2 av 3</text:p></style:header>"))
        #expect(styles.contains("Exemplar 2 av 3 · Kontrollsumma"))
    }

    @Test func copiesShareEveryPartButTheirStyles() throws {
        var unlabelled = document
        unlabelled.metadata.copyLabel = nil
        let copies = try ODTWriter.write(
            unlabelled, copyLabels: [nil, "Exemplar 2 av 3 – för A & B", "Exemplar 3 av 3"])
        #expect(copies.count == 3)
        #expect(copies[0] == (try ODTWriter.write(unlabelled)))
        let packages = try copies.map { try entries($0) }
        for package in packages {
            #expect(package.first?.path == "mimetype")
            #expect(package.map(\.path) == packages[0].map(\.path))
            for part in package where part.path != "styles.xml" {
                #expect(part.data == packages[0].first { $0.path == part.path }?.data, "\(part.path)")
            }
        }
        let styles = packages.map { package in
            String(decoding: package.first { $0.path == "styles.xml" }?.data ?? Data(), as: UTF8.self)
        }
        #expect(!styles[0].contains("<style:header>"))
        #expect(styles[1].contains("Exemplar 2 av 3 – för A &amp; B</text:p></style:header>"))
        #expect(styles[2].contains("Exemplar 3 av 3</text:p></style:header>"))
    }

    @Test func odtIsByteStable() throws {
        #expect(try ODTWriter.write(document) == ODTWriter.write(document))
    }

    @Test func htmlIsStandaloneAndRunsNoScript() {
        let html = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"sv-SE\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src="))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<a href=\"https://familjecentraler.se\">"))
        #expect(html.contains("Kontrollsumma AAAA BBBB"))
        #expect(!html.contains("\u{07}"))
    }

    @Test func markdownReadsBackAsTheSameDocument() {
        let markdown = String(decoding: MarkdownWriter.write(document), as: UTF8.self)
        let reread = MarkdownReader.read(markdown, metadata: document.metadata)
        // The copy label and footer come first and last as paragraphs; the body in between is the same,
        // with page breaks written as rules and signatures as plain lines.
        let body = Array(reread.blocks.dropFirst().dropLast(2))
        #expect(body.count == document.blocks.count)
        #expect(body.first == document.blocks.first)
        // Control characters are dropped on the way; everything else survives.
        #expect(
            body[3]
                == .table(
                    Table(
                        alignments: [.left, .right], header: [[.text("Namn")], [.text("Belopp")]],
                        rows: [[[.text(TextSanitizer.clean(Self.hostile))], [.text("250 000 kr")]]])))
        #expect(body[2] == document.blocks[2])
        #expect(markdown.contains("\\<script\\>"))
    }
}

@Suite("Markdown writer: text reads back literally")
struct MarkdownWriterEscapingTests {
    @Test func randomParagraphsAndListItemsReadBackAsWritten() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("ab åÖ*_`#<>&\"'[]()!|\\-+=.1) :;{}~👶")
        for _ in 0..<500 {
            let length = Int.random(in: 1...24, using: &generator)
            let raw = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let document = Document(
                metadata: DocumentMetadata(title: "t"),
                blocks: [
                    .paragraph([.text(text)]),
                    .list(ordered: false, items: [[.paragraph([.text(text)])]]),
                    .paragraph([.text("a"), .lineBreak, .text(text)]),
                ])
            let markdown = String(decoding: MarkdownWriter.write(document), as: UTF8.self)
            let reread = MarkdownReader.read(markdown, metadata: document.metadata)
            #expect(reread.blocks == document.blocks, "text: \(text.debugDescription)\n\(markdown)")
        }
    }
}
