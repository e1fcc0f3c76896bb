import Crypto
import FCText
import Foundation

/// A short, readable SHA-256 of a document's words, so the parties can see at a glance that
/// their signed copies say the same thing, and `fcdoc verify` can recompute it from a copy.
///
/// It is computed from what a reader sees, in a form that survives the ways back from a copy to
/// text (the ODT's `content.xml`, or a PDF through `pdftotext`, which breaks lines, prints list
/// bullets and may read a table's wrapped cells in another order): the text is cut into words
/// at white space (also no-break spaces) and after hyphens, dashes and slashes, where a line may
/// break; each word is NFKC-normalised; list bullets, list numbers and the underscores of a line
/// to sign on are left out; the words are sorted and hashed. So a changed, added or removed
/// word changes it; words that only change places do not (`fcdoc verify --against` compares
/// paragraph by paragraph). Copy marks, page headers and footers are not part of the text.
public enum Fingerprint {
    /// 20 hex digits in groups of four: `3F2A 9C1B 77D0 12EE 4A0B` (80 bits).
    public static func of(_ document: Document) -> String {
        of(text: document.plainText)
    }

    /// The fingerprint of a text read back from a copy, computed as for the document.
    public static func of(text: String) -> String {
        let digest = SHA256.hash(data: Data(words(text).sorted().joined(separator: "\n").utf8))
        let hex = Hex.encode(digest.prefix(10), uppercase: true)
        var groups: [String] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 4)
            groups.append(String(hex[index..<next]))
            index = next
        }
        return groups.joined(separator: " ")
    }

    /// The words of a text as the fingerprint counts them.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        func finish() {
            if !word.isEmpty, !isDecoration(word) { words.append(word) }
            word = ""
        }
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{202F}" {
                finish()
            } else if scalar == "\u{00AD}" {
                continue  // a soft hyphen is where a line may break, not a letter
            } else {
                word.unicodeScalars.append(scalar)
                if breakAfter.contains(scalar) { finish() }
            }
        }
        finish()
        return words
    }

    /// Where a line may break inside a word (hyphen, dashes, slash).
    static let breakAfter: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "/"]

    static let bullets: Set<String> = ["•", "◦", "▪", "‣", "●", "○", "■"]

    /// List bullets, list numbers ("3.") and a signing line's underscores, which the copies print
    /// and the document's text does not hold.
    static func isDecoration(_ word: String) -> Bool {
        if word.allSatisfy({ $0 == "_" }) { return true }
        if bullets.contains(word) { return true }
        guard word.hasSuffix("."), word.count > 1 else { return false }
        return word.dropLast().allSatisfy(\.isASCII) && word.dropLast().allSatisfy(\.isNumber)
    }
}
