import FCDocument
import FCRender
import FCWriters
import Foundation
import GoldenFiles
import Testing
import ZIPFoundation

/// One reference document with every kind of block and inline, through every writer of the
/// table, compared byte for byte with `Tests/Golden/writers/` (pandoc's `test/writer.*`);
/// `everyWriterHasGoldenFiles` makes sure a new writer gets its own. The
/// README's promise that the same input gives the same bytes, and that a speed-up changed no
/// output, is checked here; `make golden` rewrites the files after a deliberate change.
@Suite("Golden files: the reference document through every writer")
struct GoldenWriterTests {
    static let reference: Document = {
        var document = Document(
            metadata: DocumentMetadata(title: "Samverkansavtal för Solrosens familjecentral"),
            blocks: [
                .heading(level: 1, [.text("Samverkansavtal")]),
                .paragraph([
                    .text("Avtalet gäller från "), .strong([.text("2026-01-01")]), .text(" och "),
                    .emphasis([.text("tills vidare")]), .text("; se "),
                    .link(url: "https://www.familjecentraler.se", [.text("Föreningen för familjecentraler")]),
                    .text(" och filen "), .code("avtal.yaml"), .text("."), .lineBreak,
                    .text("Kostnad: 250 000 kr, andel 39,9 % – Barn & Familj <AB> \"citat\" 'apostrof'."),
                ]),
                .heading(level: 2, [.text("1. Parter")]),
                .list(
                    ordered: true,
                    items: [
                        [.paragraph([.text("Region Västerbotten")])],
                        [
                            .paragraph([.text("Vindelns kommun, med")]),
                            .list(
                                ordered: false,
                                items: [
                                    [.paragraph([.text("socialtjänst")])],
                                    [.paragraph([.emphasis([.text("förskola")])])],
                                ]),
                        ],
                    ]),
                .heading(level: 3, [.text("1.1 Uppdrag")]),
                .quote([.paragraph([.text("Familjecentralen ska vara en hälsofrämjande mötesplats.")])]),
                .code("tasks:\n  - samordna  möten\n"),
                .table(
                    Table(
                        alignments: [.left, .right, .center],
                        header: [[.text("Huvudman")], [.text("Invånare")], [.text("Andel")]],
                        rows: [
                            [[.text("Vindelns kommun")], [.text("5 400")], [.text("60 %")]],
                            [[.strong([.text("Region Västerbotten")])], [.text("3 600")], [.text("40 %")]],
                        ])),
                .figure(
                    Figure(
                        name: "enkat", title: "Föräldraenkäten 2025",
                        description: "Andel positiva svar per mål: mål 1 80 %, mål 2 75 %.",
                        svg:
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 100 50\">"
                            + "<title>Föräldraenkäten 2025</title><rect x=\"0\" y=\"0\" width=\"80\" height=\"20\"/></svg>",
                        widthCentimetres: 16, heightCentimetres: 8)),
                .pageBreak,
                .heading(level: 2, [.text("Underskrifter")]),
                .signature(
                    SignatureBlock(lines: [
                        .init(label: "För Vindelns kommun", value: "Anna Andersson"),
                        .init(label: "Underskrift", value: ""),
                    ])),
                .rule,
                .paragraph([.text("Slut.")]),
            ])
        document.metadata.fingerprint = Fingerprint.of(document)
        return document
    }()

    static let copyLabels: [String?] = [nil, "Exemplar 2 av 2 – för Region Västerbotten"]

    static func output(_ format: OutputFormat) throws -> WriterOutput {
        guard let writer = format.writer else { throw GoldenError.noWriter(format) }
        return try writer.write(
            reference,
            options: WriterOptions(
                copyLabels: copyLabels,
                figureFile: { "referens-\($0.name).svg" }))
    }

    /// A part of a ZIP package (ODT, DOCX), unpacked.
    static func part(_ path: String, of package: Data) throws -> Data {
        let archive = try Archive(data: package, accessMode: .read)
        guard let entry = archive[path] else { throw GoldenError.missingPart(path) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    enum GoldenError: Error {
        case noWriter(OutputFormat)
        case missingPart(String)
    }

    static func expectGolden(_ data: Data, _ name: String) {
        if let mismatch = GoldenFile.mismatch(data, golden: "writers/\(name)") { Issue.record("\(mismatch)") }
    }

    @Test func everyWriterHasGoldenFiles() {
        let tested: Set<OutputFormat> = [.odt, .html, .md, .docx]
        #expect(Set(OutputFormat.allCases.filter { $0.writer != nil }) == tested)
    }

    @Test func theReferenceDocumentHasEveryKindOfBlockAndInline() {
        var kinds = KindCollector()
        kinds.walk(Self.reference.blocks)
        #expect(
            kinds.blocks == [
                "heading", "paragraph", "list", "quote", "code", "table", "figure", "pageBreak",
                "signature", "rule",
            ])
        #expect(kinds.inlines == ["text", "strong", "emphasis", "link", "code", "lineBreak"])
        #expect(kinds.headingLevels == [1, 2, 3])
        #expect(Self.reference.metadata.fingerprint != nil)
    }

    @Test func odt() throws {
        let copies = try Self.output(.odt).copies
        #expect(copies.count == 2)
        Self.expectGolden(try Self.part("content.xml", of: copies[0]), "reference.content.xml")
        #expect(try Self.part("content.xml", of: copies[1]) == Self.part("content.xml", of: copies[0]))
        Self.expectGolden(try Self.part("styles.xml", of: copies[0]), "reference.styles.xml")
        Self.expectGolden(try Self.part("styles.xml", of: copies[1]), "reference-exemplar-2.styles.xml")
        Self.expectGolden(try Self.part("meta.xml", of: copies[0]), "reference.meta.xml")
    }

    @Test func docx() throws {
        let copies = try Self.output(.docx).copies
        #expect(copies.count == 2)
        for part in ["document", "styles", "numbering"] {
            Self.expectGolden(try Self.part("word/\(part).xml", of: copies[0]), "reference.word-\(part).xml")
        }
        Self.expectGolden(try Self.part("word/footer1.xml", of: copies[0]), "reference.word-footer1.xml")
        Self.expectGolden(try Self.part("word/header1.xml", of: copies[1]), "reference-exemplar-2.word-header1.xml")
        Self.expectGolden(try Self.part("word/footer1.xml", of: copies[1]), "reference-exemplar-2.word-footer1.xml")
        #expect(try Self.part("word/document.xml", of: copies[1]) == Self.part("word/document.xml", of: copies[0]))
    }

    @Test func html() throws {
        let output = try Self.output(.html)
        #expect(output.copies.count == 1)
        Self.expectGolden(output.copies[0], "reference.html")
    }

    @Test func markdown() throws {
        let output = try Self.output(.md)
        #expect(output.copies.count == 1)
        Self.expectGolden(output.copies[0], "reference.md")
        #expect(output.companions.map(\.fileName) == ["referens-enkat.svg"])
    }

    @Test func noGoldenFileIsLeftOver() {
        // ODT parts by their names, DOCX parts as `word-<part>`; `reference-exemplar-2` is copy 2.
        let expected: Set<String> = [
            "reference.content.xml", "reference.styles.xml", "reference-exemplar-2.styles.xml",
            "reference.meta.xml", "reference.html", "reference.md",
            "reference.word-document.xml", "reference.word-styles.xml",
            "reference.word-numbering.xml", "reference.word-footer1.xml",
            "reference-exemplar-2.word-header1.xml", "reference-exemplar-2.word-footer1.xml",
        ]
        #expect(GoldenFile.stale(in: "writers", expected: expected) == [])
    }
}

/// Which kinds of block and inline a document holds, in the order first met.
private struct KindCollector: DocumentVisitor {
    var blocks: [String] = []
    var inlines: [String] = []
    var headingLevels: [Int] = []

    mutating func visit(_ block: Block) -> VisitNext {
        let name: String
        switch block {
        case .heading(let level, _):
            name = "heading"
            if !headingLevels.contains(level) { headingLevels.append(level) }
        case .paragraph: name = "paragraph"
        case .list: name = "list"
        case .quote: name = "quote"
        case .code: name = "code"
        case .table: name = "table"
        case .signature: name = "signature"
        case .figure: name = "figure"
        case .pageBreak: name = "pageBreak"
        case .rule: name = "rule"
        case .changed: name = "changed"
        }
        if !blocks.contains(name) { blocks.append(name) }
        return .descend
    }

    mutating func visit(_ inline: Inline) -> VisitNext {
        let name: String
        switch inline {
        case .text: name = "text"
        case .emphasis: name = "emphasis"
        case .strong: name = "strong"
        case .code: name = "code"
        case .link: name = "link"
        case .lineBreak: name = "lineBreak"
        case .changed: name = "changed"
        }
        if !inlines.contains(name) { inlines.append(name) }
        return .descend
    }
}
