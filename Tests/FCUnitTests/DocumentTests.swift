import FCDocument
import FCWriters
import Foundation
import Testing

@Suite("Document: Markdown → AST, escaping, fingerprint")
struct DocumentTests {
    let metadata = DocumentMetadata(title: "Test")

    @Test func readsHeadingsParagraphsListsAndTables() {
        let markdown = """
            # Titel

            Ett *stycke* med **fetstil** och `kod`.

            - ett
            - två

            1. första

            | A | B |
            |---|--:|
            | 1 | 2 |
            """
        let document = MarkdownReader.read(markdown, metadata: metadata)
        #expect(
            document.blocks == [
                .heading(level: 1, [.text("Titel")]),
                .paragraph([
                    .text("Ett "), .emphasis([.text("stycke")]), .text(" med "), .strong([.text("fetstil")]),
                    .text(" och "), .code("kod"), .text("."),
                ]),
                .list(ordered: false, items: [[.paragraph([.text("ett")])], [.paragraph([.text("två")])]]),
                .list(ordered: true, items: [[.paragraph([.text("första")])]]),
                .table(
                    Table(
                        alignments: [.left, .right], header: [[.text("A")], [.text("B")]],
                        rows: [[[.text("1")], [.text("2")]]])),
            ])
    }

    @Test func markersBecomePageBreaksAndSignatureBlocks() {
        let markdown = """
            Före

            <!-- fcdoc:pagebreak -->

            <!-- fcdoc:signature -->
            - För: Region X
            - Underskrift:
            - Namnförtydligande: Anna: Andersson
            """
        let document = MarkdownReader.read(markdown, metadata: metadata)
        #expect(
            document.blocks == [
                .paragraph([.text("Före")]),
                .pageBreak,
                .signature(
                    SignatureBlock(lines: [
                        .init(label: "För", value: "Region X"), .init(label: "Underskrift", value: ""),
                        .init(label: "Namnförtydligande", value: "Anna: Andersson"),
                    ])),
            ])
    }

    @Test func rawHTMLStaysLiteralAndUnsafeLinksLoseTheirTarget() {
        let document = MarkdownReader.read(
            "<b>fet</b> [x](javascript:alert(1)) [y](https://a.se)\n", metadata: metadata)
        #expect(document.blocks == [.paragraph([.text("<b>fet</b> x "), .link(url: "https://a.se", [.text("y")])])])
    }

    static let hostileTexts = [
        "*Barn & Familj* <b>", "<script>alert(1)</script>", "]]>", "# rubrik", "- lista", "| a | b |",
        "[länk](http://x)", "`kod`", "1. numrerad", "> citat", "    indraget", "rad\nbrytning", "slut  ",
        "\\", "&amp; &#60;", "_x_ __y__", "~~z~~", "{{centre.name}}", "👶 å ä ö", "\u{200F}rtl\u{202E}",
        "a\u{07}b", "===", "---", "<!-- fcdoc:pagebreak -->", "!\\[bild](x.png)", "www.example.com",
    ]

    @Test(arguments: hostileTexts)
    func escapedTextReadsBackLiterally(text: String) {
        let markdown = "Före " + MarkdownEscaping.escape(text) + " efter\n"
        let document = MarkdownReader.read(markdown, metadata: metadata)
        let expected = "Före " + TextSanitizer.clean(text).trimmingCharacters(in: .whitespaces) + " efter"
        #expect(document.blocks == [.paragraph([.text(expected)])])
    }

    @Test(arguments: hostileTexts)
    func escapedTextAtTheStartOfALineCreatesNoStructure(text: String) {
        let markdown = "# Rubrik\n\n" + MarkdownEscaping.escape(text) + "\n\n- " + MarkdownEscaping.escape(text) + "\n"
        let document = MarkdownReader.read(markdown, metadata: metadata)
        let value = TextSanitizer.clean(text).trimmingCharacters(in: .whitespaces)
        #expect(
            document.blocks == [
                .heading(level: 1, [.text("Rubrik")]),
                .paragraph([.text(value)]),
                .list(ordered: false, items: [[.paragraph([.text(value)])]]),
            ])
    }

    @Test func randomTextsSurviveEscaping() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("ab åÖ*_`#<>&\"'[]()!|\\-+.1\n\t:;{}~=👶\u{07}")
        for _ in 0..<500 {
            let length = Int.random(in: 1...30, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let document = MarkdownReader.read("x " + MarkdownEscaping.escape(text) + " y\n", metadata: metadata)
            let expected = "x " + TextSanitizer.clean(text).trimmingCharacters(in: .whitespaces) + " y"
            #expect(document.blocks == [.paragraph([.text(expected)])], "text: \(text.debugDescription)")
        }
    }

    @Test func fingerprintIsStableGroupedAndIgnoresTheCopyLabel() {
        let document = MarkdownReader.read("# A\n\nB\n", metadata: metadata)
        var copy = document
        copy.metadata.copyLabel = "Exemplar 2 av 3"
        let fingerprint = Fingerprint.of(document)
        #expect(fingerprint == Fingerprint.of(copy))
        #expect(fingerprint.count == 24)
        #expect(fingerprint.split(separator: " ").count == 5)
        let changed = MarkdownReader.read("# A\n\nC\n", metadata: metadata)
        #expect(Fingerprint.of(changed) != fingerprint)
    }

    @Test func aBrInATableCellIsALineBreakAndWritesBackAsOne() throws {
        let document = MarkdownReader.read("| a |\n|---|\n| rad<br>Kommentar:<br> |\n", metadata: metadata)
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(table.rows[0][0] == [.text("rad"), .lineBreak, .text("Kommentar:"), .lineBreak])
        let markdown = String(decoding: MarkdownWriter.write(document), as: UTF8.self)
        #expect(markdown.contains("| rad<br>Kommentar:<br> |"))
        #expect(MarkdownReader.read(markdown, metadata: metadata).blocks.first == document.blocks.first)
        // Escaped text (as every config value is) never becomes a break.
        let escaped = MarkdownReader.read(MarkdownEscaping.escape("a<br>b"), metadata: metadata)
        #expect(escaped.blocks == [.paragraph([.text("a<br>b")])])
    }

    @Test func oneDecimalAlwaysShowsTheDecimal() {
        #expect(SwedishNumber.oneDecimal(4) == "4,0")
        #expect(SwedishNumber.oneDecimal(4.25) == "4,3")
        #expect(SwedishNumber.oneDecimal(-0.04) == "0,0")
        #expect(SwedishNumber.oneDecimal(-1.25) == "−1,3")
        #expect(SwedishNumber.oneDecimal(12345.67) == "12\u{00A0}345,7")
    }
}

/// A small deterministic generator (SplitMix64) so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
