import FCDocument
import FCText
import Foundation
import Testing

@testable import FCConfig

/// The native text helpers replace Foundation calls in hot paths; they must give the same
/// answers as the calls they replace.
@Suite("Text: native trimming, replacing, hex and byte sets")
struct TextTests {
    /// Texts with every kind of edge: Unicode spaces, line ends, combining marks, emoji.
    static let samples: [String] = [
        "", " ", "\t", "  a  ", "\u{00A0}å ä ö\u{2003}", "\n\r\n x \n", "\u{2028}mitt\u{2029}", "\u{0085}x\u{0085}",
        " \u{0301}e", "👩‍👧 familj 👩‍👧 ", "a\u{3000}", "\u{FEFF}b", "\r", "ord\tord", " \u{1680}ogham",
    ]

    /// Random texts from a pool of awkward scalars, the same on every run.
    static func randomTexts(count: Int) -> [String] {
        let pool: [Unicode.Scalar] = [
            " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}",
            "\u{3000}", "\u{2009}", "\u{200B}", "\u{301}", "a", "å", "Ö", "&", "<", "\\", "_", "1", "😀",
        ]
        var state: UInt64 = 2026
        return (0..<count).map { _ in
            var scalars = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                scalars.append(pool[Int(state >> 33) % pool.count])
            }
            return String(scalars)
        }
    }

    @Test(arguments: samples + randomTexts(count: 300))
    func trimmingAgreesWithFoundation(text: String) {
        #expect(
            text.trimmingSpaces().unicodeScalars.elementsEqual(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        )
        #expect(
            text.trimmingWhiteSpace().unicodeScalars.elementsEqual(
                text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
        #expect(
            text.trimmingLineEnds().unicodeScalars.elementsEqual(text.trimmingCharacters(in: .newlines).unicodeScalars))
        #expect(text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(text.dropFirst(0).trimmingSpaces() == text.trimmingSpaces())
    }

    /// Foundation matches whole characters, so it leaves a line end that a combining mark
    /// follows; replacingASCII replaces every occurrence of the scalar, which is what its callers
    /// (indenting lines, percent-encoding) need.
    @Test(arguments: samples + randomTexts(count: 300))
    func replacingReplacesEveryOccurrence(text: String) {
        for character in ["\n", "&", " ", "\\", "å"] as [Unicode.Scalar] {
            let replacement = "[\(character.value)]"
            var expected = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == character {
                    expected.append(contentsOf: replacement.unicodeScalars)
                } else {
                    expected.append(scalar)
                }
            }
            #expect(text.replacingASCII(character, with: replacement).unicodeScalars.elementsEqual(expected))
        }
    }

    @Test func hexIsTwoDigitsPerByte() {
        #expect(Hex.encode([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
        #expect(Hex.encode([0x3F, 0x2A], uppercase: true) == "3F2A")
        #expect(Hex.encode([UInt8]()) == "")
        let bytes = (0...255).map { UInt8($0) }
        #expect(Hex.encode(bytes) == bytes.map { String(format: "%02x", $0) }.joined())
    }

    @Test func anASCIISetHoldsExactlyItsCharacters() {
        let set = ASCIISet("\\`*_[]<>&|~#")
        for byte in UInt8(0)...UInt8(255) {
            #expect(set.contains(byte) == (byte < 128 && "\\`*_[]<>&|~#".utf8.contains(byte)), "byte \(byte)")
        }
        #expect(set.occurs(in: "a *b*"))
        #expect(!set.occurs(in: "åäö 😀 vanlig text"))
        #expect(!set.contains("å" as Unicode.Scalar))
    }

    @Test func markdownEscapingEscapesEveryASCIIPunctuationCharacterAndNothingElse() {
        for value in UInt32(0x20)..<0x7F {
            let scalar = Unicode.Scalar(value)!
            let expected = scalar.properties.generalCategory.isASCIIPunctuationOrSymbolCategory
            #expect(MarkdownEscaping.isASCIIPunctuation(UInt8(value)) == expected, "\(scalar)")
        }
        #expect(MarkdownEscaping.escape("  *fet* & <b>å</b>\u{3000}") == #"\*fet\* \& \<b\>å\<\/b\>"#)
        #expect(MarkdownEscaping.escape("a\tb\u{7}c") == "a bc")
    }

    @Test func anchorColumnsCountCharactersAsTheYAMLParserDoes() {
        let finding = AnchorScan.first(in: "fcdoc: 1\nnamn: [åäö, *ref]\n")
        #expect(finding?.line == 2 && finding?.column == 13 && finding?.isAlias == true)
        #expect(AnchorScan.first(in: "fcdoc: 1\r\nnamn: &a x\r\n")?.column == 7)
        #expect(AnchorScan.first(in: "# kommentar: |\n  &a x\n")?.line == 2)
    }
}

extension Unicode.GeneralCategory {
    var isASCIIPunctuationOrSymbolCategory: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default: return false
        }
    }
}
