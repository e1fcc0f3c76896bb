import FCDocument
import FCText
import FCXML

/// Text inside a run, and URLs as relationship targets.
enum DOCXText {
    /// `w:t` pieces with `w:tab` for tabs and `w:br` for line ends (`\r\n` is one). Spaces are
    /// kept as they are (`xml:space="preserve"`). Deleted text (a tracked deletion) is `w:delText`.
    static func write(_ text: String, _ writer: XMLWriter, deleted: Bool = false) {
        var piece = String.UnicodeScalarView()
        func flush() {
            guard !piece.isEmpty else { return }
            writer.start(deleted ? "w:delText" : "w:t", ["xml:space": "preserve"])
            writer.text(String(piece))
            writer.end()
            piece = String.UnicodeScalarView()
        }
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previousWasReturn:
                break
            case "\t", "\n", "\r":
                flush()
                writer.element(scalar == "\t" ? "w:tab" : "w:br")
            default:
                piece.append(scalar)
            }
            previousWasReturn = scalar == "\r"
        }
        flush()
    }

    /// The URL as a relationship target, a URI (RFC 3986): characters outside URI syntax
    /// (spaces, letters like å, control characters) are percent-encoded as UTF-8.
    static func uriTarget(_ url: String) -> String {
        var result = ""
        for byte in TextSanitizer.clean(url).utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + Hex.encode([byte], uppercase: true)
            }
        }
        return result
    }

    private static let allowed = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)
}
