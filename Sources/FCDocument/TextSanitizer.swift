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
        guard needsCleaning(text, keepingLines: keepingLines) else { return text }
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

    /// Whether `clean` would change the text, from its UTF-8 bytes: C0 controls and DEL are
    /// single bytes, C1 controls are 0xC2 0x80–0x9F, U+FFFE and U+FFFF are 0xEF 0xBF 0xBE–0xBF.
    /// A no-break space (0xC2 0xA0), which the Swedish typography puts into most texts with a
    /// number, needs nothing.
    static func needsCleaning(_ text: String, keepingLines: Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { needsCleaning($0, keepingLines: keepingLines) }
            ?? Array(text.utf8).withUnsafeBufferPointer { needsCleaning($0, keepingLines: keepingLines) }
    }

    private static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            // Nearly every byte is none of these: one comparison chain, then the details.
            guard byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xEF else { continue }
            switch byte {
            case 0x09, 0x0A, 0x0D:
                if !keepingLines { return true }
            case 0x00..<0x20, 0x7F:
                return true
            case 0xC2:
                if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
            case 0xEF:
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            default:
                break
            }
        }
        return false
    }
}
