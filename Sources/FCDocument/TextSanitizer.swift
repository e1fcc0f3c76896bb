/// Removes characters no document may carry: C0 and C1 control characters (XML 1.0 forbids
/// most of them and none of them print) and the non-characters U+FFFE and U+FFFF.
public enum TextSanitizer {
    /// - Parameter keepingLines: keep line ends and tabs (for formats that carry them);
    ///   otherwise they become spaces, for text that must stay on one line.
    public static func clean(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value >= 0xFFFE }) else {
            return text
        }
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
}
