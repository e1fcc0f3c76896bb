/// Small pieces of typography the catalogue's texts share: quotes and numbers as each language
/// writes them. They format values (a key, a count); they never carry words.
public enum Wording {
    /// `”text”`: Swedish quotation marks around a key, a value or a user's text.
    public static func quoted(_ text: String) -> String { "\u{201D}\(text)\u{201D}" }

    /// `'text'`: the English messages' quotes.
    public static func ticked(_ text: String) -> String { "'\(text)'" }

    /// A whole number as Swedish writes it: groups of three digits apart by no-break spaces
    /// (`20 000`, `-1 500`).
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append("\u{00A0}") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Items joined by `, ` for a list in a message (`name, municipality, region`).
    public static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// Items each in Swedish quotes, joined by `, `.
    public static func quotedList(_ items: [String]) -> String { list(items.map(quoted)) }

    /// Items each in English quotes, joined by `, `.
    public static func tickedList(_ items: [String]) -> String { list(items.map(ticked)) }
}
