import FCFontMetrics
import Testing

@testable import FCDocument
@testable import FCWriters

/// The batch's hot paths cut text at bytes or scalars where the rules are written for
/// characters; on every text, also those whose scalars join into characters, they must give
/// what the character-by-character rules give.
@Suite("Fast paths agree with the rules they speed up")
struct FastPathTests {
    /// Texts from a pool of the scalars the rules look at (digits, units, designations, no-break
    /// spaces, controls) and of scalars that join their neighbours, the same on every run.
    static func texts(count: Int) -> [String] {
        let pool: [String] = [
            " ", " ", " ", "1", "23", "100", "000", "kr", "%", "§", "SFS", "Bilaga", "år", "m²", "(", ")", ",",
            "\u{00A0}", "\u{0301}", "\u{200D}", "\u{0600}", "\r", "\n", "\t", "\u{7}", "\u{85}", "\u{FFFE}",
            "\u{FFFF}", "\u{FEFF}", "å", "😀", "Lpfö", "-",
        ]
        var state: UInt64 = 19
        return (0..<count).map { _ in
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pool[Int(state >> 33) % pool.count]
            }
            return text
        }
    }

    static let samples = [
        "", "kostnaden 100 000 kr per år, 20 % av en heltid", "enligt 5 § och § 7", "SFS 2009:400",
        "3 \u{0301}år", "5\u{0301} kr", "\u{0600} 5", "Bilaga 4 ", " 12  år",
    ]

    @Test(arguments: samples + texts(count: 400))
    func typographyCutAtBytesAgreesWithCharacters(text: String) {
        #expect(
            SwedishTypography.text(text).unicodeScalars.elementsEqual(
                SwedishTypography.textByCharacters(text).unicodeScalars))
    }

    @Test(arguments: samples + texts(count: 400))
    func theSanitizerLooksOnlyAtTextItChanges(text: String) {
        for keepingLines in [false, true] {
            var cleaned = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x09, 0x0A, 0x0D: cleaned.append(keepingLines ? scalar : " ")
                case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
                default: cleaned.append(scalar)
                }
            }
            #expect(TextSanitizer.clean(text, keepingLines: keepingLines).unicodeScalars.elementsEqual(cleaned))
            #expect(
                TextSanitizer.needsCleaning(text, keepingLines: keepingLines)
                    == !cleaned.elementsEqual(text.unicodeScalars))
        }
    }

    @Test(arguments: samples + texts(count: 400))
    func tableTextIsCutIntoThePiecesCharactersGive(text: String) {
        for metrics in [FontMetrics.tableText, FontMetrics(size: 11, face: .liberationSans)] {
            var pieces: [Int] = []
            metrics.forEachPiece(of: text) { pieces.append($0) }
            #expect(pieces == text.split(separator: " ").map { metrics.face.width(scalars: $0) })
        }
    }
}
