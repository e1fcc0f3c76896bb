import Foundation

/// Makes any text safe to put into Markdown: it reads back as exactly that text and can never
/// create structure (emphasis, HTML, links, lists, headings, table cells, line breaks).
///
/// Every ASCII punctuation character is backslash-escaped (CommonMark §2.4 allows this for all
/// of them); line ends and tabs become spaces, because a value is always inline; control
/// characters, which XML 1.0 cannot carry, are dropped; the ends are trimmed so that leading
/// spaces cannot make code blocks and trailing ones cannot make hard breaks.
public enum MarkdownEscaping {
    /// - Parameter trim: trim the ends (for a whole value); writers pass `false` for text runs
    ///   whose spaces separate them from neighbouring formatting.
    public static func escape(_ text: String, trim: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        let clean = trim ? TextSanitizer.clean(text).trimmingCharacters(in: .whitespaces) : TextSanitizer.clean(text)
        for scalar in clean.unicodeScalars {
            if scalar.isASCII, scalar.properties.generalCategory.isPunctuationOrSymbol {
                result.append("\\")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

