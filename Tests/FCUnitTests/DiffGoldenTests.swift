import FCDiff
import FCDocument
import FCRender
import FCWriters
import Foundation
import GoldenFiles
import Testing

/// The reference document compared with an older version of it — a changed amount and date, a
/// paragraph, a list item, a table cell and row and a signature that were not there — through
/// every writer, byte for byte against `Tests/Golden/diff/` (`make golden` rewrites them).
@Suite("Golden files: the reference document's tracked changes through every writer")
struct DiffGoldenTests {
    static let old: Document = {
        var blocks = GoldenWriterTests.reference.blocks
        blocks[1] = .paragraph([
            .text("Avtalet gäller från "), .strong([.text("2025-01-01")]), .text(" och "),
            .emphasis([.text("tills vidare")]), .text("; se "),
            .link(url: "https://www.familjecentraler.se", [.text("Föreningen för familjecentraler")]),
            .text(" och filen "), .code("avtal.yaml"), .text("."), .lineBreak,
            .text("Kostnad: 200 000 kr, andel 39,9 % – Barn & Familj <AB> \"citat\" 'apostrof'."),
        ])
        blocks.insert(.paragraph([.text("Ett stycke som inte längre gäller.")]), at: 2)
        blocks[4] = .list(ordered: true, items: [[.paragraph([.text("Region Västerbotten")])]])
        blocks[8] = .table(
            Table(
                alignments: [.left, .right, .center],
                header: [[.text("Huvudman")], [.text("Invånare")], [.text("Andel")]],
                rows: [[[.text("Vindelns kommun")], [.text("5 100")], [.text("60 %")]]]))
        return Document(metadata: GoldenWriterTests.reference.metadata, blocks: blocks)
    }()

    static let marked: Document = {
        var document = DocumentDiff.compare(
            old: old, new: GoldenWriterTests.reference,
            revision: Revision(author: "fcdoc", date: "2026-12-03T12:00:00"))
        document?.metadata.copyLabel = "Ändringar mot solrosen-2025.yaml (2025-01-01)"
        return document ?? GoldenWriterTests.reference
    }()

    static func output(_ format: OutputFormat) throws -> Data {
        guard let writer = format.writer else { throw GoldenWriterTests.GoldenError.noWriter(format) }
        let options = WriterOptions(copyLabels: [marked.metadata.copyLabel], figureFile: { "referens-\($0.name).svg" })
        return try writer.write(marked, options: options).copies[0]
    }

    static func expectGolden(_ data: Data, _ name: String) {
        if let mismatch = GoldenFile.mismatch(data, golden: "diff/\(name)") { Issue.record("\(mismatch)") }
    }

    @Test func theVersionsDiffer() {
        #expect(Self.marked != GoldenWriterTests.reference)
        #expect(Self.marked.metadata.fingerprint == nil)
        #expect(
            Revisions.resolve(Self.marked, keep: .inserted).blocks
                == Revisions.normalized(GoldenWriterTests.reference.blocks))
        #expect(Revisions.resolve(Self.marked, keep: .deleted).blocks == Revisions.normalized(Self.old.blocks))
    }

    @Test func odt() throws {
        Self.expectGolden(try GoldenWriterTests.part("content.xml", of: Self.output(.odt)), "reference.content.xml")
    }

    @Test func docx() throws {
        Self.expectGolden(
            try GoldenWriterTests.part("word/document.xml", of: Self.output(.docx)), "reference.word-document.xml")
    }

    @Test func html() throws {
        Self.expectGolden(try Self.output(.html), "reference.html")
    }

    @Test func markdown() throws {
        Self.expectGolden(try Self.output(.md), "reference.md")
    }

    @Test func noGoldenFileIsLeftOver() {
        let expected: Set<String> = [
            "reference.content.xml", "reference.word-document.xml", "reference.html", "reference.md",
        ]
        #expect(GoldenFile.stale(in: "diff", expected: expected) == [])
    }
}
