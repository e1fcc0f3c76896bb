import FCText

/// Removes characters no document may carry: C0 and C1 control characters (XML 1.0 forbids
/// most of them and none of them print) and the non-characters U+FFFE and U+FFFF.
public enum TextSanitizer {
    /// - Parameters:
    ///   - text: any text.
    ///   - keepingLines: keep line ends and tabs (for formats that carry them); otherwise they
    ///     become spaces, for text that must stay on one line.
    /// - Returns: the text without the characters no document may carry.
    public static func clean(_ text: String, keepingLines: Bool = false) -> String {
        guard mayNeedCleaning(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(keepingLines ? scalar : " ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A quick look at the UTF-8 bytes: C0 controls and DEL are single bytes, C1 controls start
    /// with 0xC2 and U+FFFE/U+FFFF with 0xEF. Texts without those bytes (nearly all) are clean.
    static func mayNeedCleaning(_ text: String) -> Bool {
        text.anyUTF8Byte { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }
    }
}
