import FCDocument
import FCRender
import Foundation
import Testing

@testable import FCWriters

@Suite("One writer interface and one tree walk")
struct WriterTableTests {
    let figure = Figure(
        name: "enkat", title: "Enkäten", description: "Fem frågor.", svg: "<svg/>",
        widthCentimetres: 10, heightCentimetres: 5)

    var nested: [Block] {
        [
            .heading(level: 1, [.text("Rubrik")]),
            .list(
                ordered: false,
                items: [
                    [
                        .paragraph([
                            .strong([.text("fet")]), .text(" och "),
                            .link(url: "https://a.se", [.emphasis([.text("länk")])]),
                        ])
                    ],
                    [
                        .quote([
                            .figure(figure),
                            .table(Table(alignments: [], header: [[.text("A")]], rows: [[[.text("1")]]])),
                        ])
                    ],
                ]),
            .rule,
        ]
    }

    /// Records every node it meets, and skips what is inside a quote.
    struct Recorder: DocumentVisitor {
        var seen: [String] = []

        mutating func visit(_ block: Block) -> VisitNext {
            switch block {
            case .heading: seen.append("heading")
            case .paragraph: seen.append("paragraph")
            case .list: seen.append("list")
            case .quote:
                seen.append("quote")
                return .skipChildren
            case .table: seen.append("table")
            case .figure: seen.append("figure")
            case .rule: seen.append("rule")
            case .code, .signature, .pageBreak, .changed: seen.append("other")
            }
            return .descend
        }

        mutating func visit(_ inline: Inline) -> VisitNext {
            if case .text(let text) = inline { seen.append(text) }
            return .descend
        }
    }

    @Test func theWalkVisitsInReadingOrderAndHonoursSkip() {
        var recorder = Recorder()
        recorder.walk(nested)
        #expect(recorder.seen == ["heading", "Rubrik", "list", "paragraph", "fet", " och ", "länk", "quote", "rule"])
    }

    @Test func plainTextAndFiguresComeFromTheSameWalk() {
        let document = Document(metadata: DocumentMetadata(title: "T"), blocks: nested)
        #expect(document.plainText == "Rubrik\nfet och länk\nFem frågor.\nEnkäten\nA\n1\n")
        #expect(document.figures == [figure])
    }

    @Test func everyFormatHasAWriterOrIsConvertedFromOne() {
        for format in OutputFormat.allCases {
            let source = format.convertedFrom ?? format
            #expect(source.writer != nil, "\(format)")
        }
        #expect(OutputFormat.pdf.writer == nil)
    }

    @Test func signableFormatsWriteOneFilePerCopyAndReadingCopiesOne() throws {
        let document = Document(metadata: DocumentMetadata(title: "T", fingerprint: "AAAA"), blocks: nested)
        let options = WriterOptions(copyLabels: [nil, "Exemplar 2 av 2"], figureFile: { "avtal-\($0.name).svg" })
        let odt = try #require(OutputFormat.odt.writer).write(document, options: options)
        #expect(odt.copies == (try ODTWriter.write(document, copyLabels: [nil, "Exemplar 2 av 2"])))
        #expect(odt.companions.isEmpty)
        let html = try #require(OutputFormat.html.writer).write(document, options: options)
        #expect(html.copies == [HTMLWriter.write(document)])
        let markdown = try #require(OutputFormat.md.writer).write(document, options: options)
        #expect(markdown.copies.count == 1)
        #expect(String(decoding: markdown.copies[0], as: UTF8.self).contains("](<avtal-enkat.svg>)"))
        #expect(markdown.companions == [WriterOutput.Companion(fileName: "avtal-enkat.svg", data: Data("<svg/>".utf8))])
    }

    /// The ODT's column styles are collected while the body is written, so a table inside a list
    /// gets the style of its own position.
    @Test func odtColumnStylesFollowTheTablesInBodyOrder() {
        let wide = Table(alignments: [], header: [[.text(String(repeating: "x", count: 40))], [.text("y")]], rows: [])
        let narrow = Table(alignments: [], header: [[.text("z")]], rows: [])
        let document = Document(
            metadata: DocumentMetadata(title: "T"),
            blocks: [.list(ordered: true, items: [[.table(narrow)]]), .table(wide)])
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        #expect(content.contains("<style:style style:name=\"Tabell1.1\""))
        #expect(content.contains("<style:style style:name=\"Tabell2.2\""))
        #expect(!content.contains("Tabell1.2"))
        #expect(content.contains("<table:table table:name=\"Tabell2\""))
    }
}
