import FCText

/// Makes any text safe to put into Markdown: it reads back as exactly that text and can never
/// create structure (emphasis, HTML, links, lists, headings, table cells, line breaks).
///
/// Every ASCII punctuation character is backslash-escaped (CommonMark §2.4 allows this for all
/// of them); line ends and tabs become spaces, because a value is always inline; control
/// characters, which XML 1.0 cannot carry, are dropped; the ends are trimmed so that leading
/// spaces cannot make code blocks and trailing ones cannot make hard breaks.
public enum MarkdownEscaping {
    /// - Parameters:
    ///   - text: a value from a config file.
    ///   - trim: trim the ends (for a whole value); writers pass `false` for text runs whose
    ///     spaces separate them from neighbouring formatting.
    /// - Returns: Markdown that reads back as exactly the text.
    public static func escape(_ text: String, trim: Bool = true) -> String {
        let clean = trim ? TextSanitizer.clean(text).trimmingSpaces() : TextSanitizer.clean(text)
        // Byte by byte: what is escaped is ASCII, and no byte of a multi-byte sequence is.
        return clean.replacingASCII { byte in isASCIIPunctuation(byte) ? "\\" + String(Unicode.Scalar(byte)) : nil }
    }

    /// `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`: CommonMark's ASCII punctuation.
    public static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
