import Crypto
import FCText
import Foundation

/// A short, readable SHA-256 of a document's words in reading order, so the parties can see at
/// a glance that their signed copies say the same thing, and `fcdoc verify` can recompute it
/// from a copy.
///
/// It covers the document's text as `Document.plainText` gives it — headings, paragraphs, list
/// items, table cells row by row, signature lines, and for a chart its description and then its
/// caption — in that order, in a form that survives the ways back from a copy to text (the
/// ODT's or DOCX's XML, a PDF's structure tree): the text is cut into words at white space (also
/// no-break spaces) and after hyphens, dashes and slashes, where a line may break; it is
/// NFKC-normalised; soft hyphens and the control characters no copy can carry are left out; so
/// are list bullets, list numbers and the underscores of a line to sign on, which the copies
/// print and the document does not hold. The words are hashed in order, so a changed, added,
/// removed or moved word changes it. Copy marks, page headers and footers are not part of it.
public enum Fingerprint {
    /// 20 hex digits in groups of four: `3F2A 9C1B 77D0 12EE 4A0B` (80 bits).
    public static func of(_ document: Document) -> String {
        of(text: document.plainText)
    }

    /// The fingerprint of a text read back from a copy, computed as for the document.
    public static func of(text: String) -> String {
        // The words with one space between them, hashed at once: the same hash as word by word.
        var hashed: [UInt8] = []
        hashed.reserveCapacity(text.utf8.count)
        forEachWord(in: text) { word in
            if !hashed.isEmpty { hashed.append(0x20) }
            hashed.append(contentsOf: word)
        }
        let hex = Hex.encode(SHA256.hash(data: hashed).prefix(10), uppercase: true)
        var groups: [String] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 4)
            groups.append(String(hex[index..<next]))
            index = next
        }
        return groups.joined(separator: " ")
    }

    /// The words of a text as the fingerprint counts them, in order.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with each word of `text` as UTF-8, in order. The bytes are `body`'s only
    /// during the call.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let normalised = nfkc(text)
        var word: [UInt8] = []
        word.reserveCapacity(64)
        func finish() {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer { if !isDecoration($0) { body($0) } }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in normalised.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x202F, 0x2022, 0x25E6, 0x25AA, 0x2023, 0x25CF, 0x25CB, 0x25A0:
                finish()  // white space, and the list bullets a copy prints (• ◦ ▪ ‣ ● ○ ■)
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0xAD:
                continue  // what the writers drop (TextSanitizer); a soft hyphen is no letter
            case 0x21..<0x7F:
                word.append(UInt8(scalar.value))
                if scalar == "-" || scalar == "/" { finish() }
            case 0x2010, 0x2011, 0x2013, 0x2014:
                UTF8.encode(scalar) { word.append($0) }
                finish()  // where a line may break inside a word: after hyphens and dashes
            default:
                if scalar.properties.isWhitespace {
                    finish()
                } else {
                    UTF8.encode(scalar) { word.append($0) }
                }
            }
        }
        finish()
    }

    /// `text` NFKC-normalised as far as the words can tell, through Foundation only where NFKC
    /// may change it. The text is cut before every scalar of `isSettled` — a starter that NFKC
    /// keeps and that combines with nothing before it, so NFKC of the whole is NFKC of the
    /// pieces joined — and only the pieces holding another scalar are normalised: the few
    /// words with a ligature, a superscript or a decomposed letter, not the whole document.
    /// (A no-break space stays one; the words are cut there as at the space NFKC makes of it.)
    static func nfkc(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard var index = scalars.firstIndex(where: { !isSettled($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var settledFrom = scalars.startIndex  // the start of the text not yet added
        while index < scalars.endIndex {
            guard !isSettled(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            // The piece: from the settled scalar before this one to the next settled scalar.
            let start = index > settledFrom ? scalars.index(before: index) : index
            var end = scalars.index(after: index)
            while end < scalars.endIndex, !isSettled(scalars[end]) { end = scalars.index(after: end) }
            result.append(contentsOf: Substring(scalars[settledFrom..<start]))
            result.append(String(Substring(scalars[start..<end])).precomposedStringWithCompatibilityMapping)
            settledFrom = end
            index = end
        }
        result.append(contentsOf: Substring(scalars[settledFrom...]))
        return result
    }

    /// ASCII, the Latin-1 letters and the punctuation Swedish text uses: NFKC keeps each as it
    /// is (the no-break spaces become spaces, which the words do not tell apart), and none
    /// combines with what stands before it.
    static func isSettled(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x80, 0xC0...0xFF, 0xA0, 0xA7, 0xAB, 0xB0, 0xB1, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C,
            0x201D, 0x2022, 0x20AC, 0x202F, 0x25E6, 0x25AA, 0x2023, 0x25CF, 0x25CB, 0x25A0:
            return true
        default:
            return false
        }
    }

    /// List numbers ("3.") and a signing line's underscores, which the copies print and the
    /// document's text does not hold.
    static func isDecoration(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        if utf8.allSatisfy({ $0 == UInt8(ascii: "_") }) { return true }
        guard utf8.count > 1, utf8.last == UInt8(ascii: ".") else { return false }
        return utf8.dropLast().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
