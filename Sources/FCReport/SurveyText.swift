import FCConfig
import FCText

/// Header and answer texts as survey tools export them, compared the way a person reads them:
/// without regard to case, runs of white space, quotes, or a trailing full stop (or colon).
enum SurveyText {
    /// The text in lower case, white space as single spaces, quotes left out, no trailing `.` or `:`.
    static func normalised(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isWhitespace {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else if !quotes.contains(character) {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        var joined = words.joined(separator: " ")
        while let last = joined.last, last == "." || last == ":" || last == " " { joined.removeLast() }
        return joined
    }

    static let quotes: Set<Character> = ["\"", "'", "“", "”", "„", "‘", "’", "‚", "«", "»", "`", "´"]

    /// The ways a tool writes a question's text as a column header, normalised: as it is, without
    /// the form's number in front ("2a. …", "3) …"), and, for a grid question (Google Forms writes
    /// "Grid title [row text]"), the row's text.
    static func headerVariants(_ header: String) -> [String] {
        var variants = [normalised(header)]
        let trimmed = header.trimmingSpaces()
        if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") {
            variants.append(
                normalised(String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])))
        }
        for variant in variants {
            if let unnumbered = withoutNumber(variant) { variants.append(unnumbered) }
        }
        return variants
    }

    /// "2a. text", "2 text", "2a) text" → "text"; nil when the text does not start with a number.
    static func withoutNumber(_ text: String) -> String? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        var rest = text.dropFirst(digits.count)
        if let letter = rest.first, letter.isASCII, letter.isLetter,
            rest.dropFirst().first.map({ !$0.isLetter }) ?? false
        {
            rest = rest.dropFirst()
        }
        if let mark = rest.first, [".", ")", ":"].contains(mark) { rest = rest.dropFirst() }
        guard rest.first == " " else { return nil }
        let unnumbered = String(rest.dropFirst())
        return unnumbered.isEmpty ? nil : unnumbered
    }
}

/// The columns a survey tool adds beside the questions, and the form's own non-question columns,
/// by their normalised header.
enum SurveyToolColumns {
    /// When the answer was given: Google Forms' `Tidstämpel`/`Timestamp`, Microsoft Forms'
    /// start and completion times, fcdoc's own `datum`.
    static let date: Set<String> = [
        "tidstämpel", "tidsstämpel", "timestamp", "starttid", "sluttid", "start time", "completion time",
        "tid för slutförande", "senast ändrad", "tid för senaste ändring", "last modified time", "datum", "date",
        "svarsdatum", "inskickad", "submitted",
    ]
    /// The tools' bookkeeping: respondent numbers, e-mail addresses, names, quiz points.
    static let bookkeeping: Set<String> = [
        "id", "respondent", "respondent id", "respondent-id", "e-post", "e-postadress", "email", "e-mail",
        "email address", "namn", "name", "poäng", "score", "total points",
    ]
    /// The form's question about the respondent ("Jag är: kvinna, man, annan").
    static let respondent: Set<String> = ["jag är", "kön", "kon", "i am", "gender"]
    /// The form's free-text question at its end.
    static let comment: Set<String> = [
        "vill du berätta något mer?", "dina kommentarer", "kommentar", "kommentarer", "övriga kommentarer",
    ]

    static func role(of header: String) -> SurveyColumn.Role? {
        let name = SurveyText.normalised(header)
        if date.contains(name) { return .date }
        if bookkeeping.contains(name) { return .bookkeeping }
        if respondent.contains(name) { return .respondent }
        if comment.contains(name) { return .comment }
        return nil
    }
}
