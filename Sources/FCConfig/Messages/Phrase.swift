/// A noun phrase in both languages that a message sets into its own sentence in each: what a
/// key should hold (`ett heltal` / `a whole number`), what a file held instead. A message never
/// mixes them: its Swedish sentence takes `sv`, its English sentence `en`.
public struct Phrase: Sendable, Hashable {
    public let sv: String
    public let en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    public static let text = Phrase(sv: "text", en: "text")
    public static let wholeNumber = Phrase(sv: "ett heltal", en: "a whole number")
    public static let number = Phrase(sv: "ett tal", en: "a number")
    public static let texts = Phrase(sv: "texter", en: "texts")

    /// `a mapping with name, title` / `nycklarna ”name”, ”title”`.
    public static func mapping(keys: [String]) -> Phrase {
        Phrase(
            sv: "en grupp med nycklarna \(Wording.quotedList(keys))",
            en: "a mapping with " + Wording.list(keys))
    }

    /// `a list of parties` / `en lista med parter`.
    public static func list(of items: Phrase) -> Phrase {
        Phrase(sv: "en lista med \(items.sv)", en: "a list of \(items.en)")
    }
}

/// What a YAML value turned out to be, for a message that says what it should have been.
public enum Found: Sendable, Hashable {
    /// No value (an empty value, `~`, `null`).
    case nothing
    /// A text, as the file has it (shortened).
    case text(String)
    /// A text shown only as itself, in quotes.
    case value(String)
    case mapping
    case list
    case alias

    public var phrase: Phrase {
        switch self {
        case .nothing: Phrase(sv: "ingenting", en: "nothing")
        case .text(let text): Phrase(sv: "texten \(Wording.quoted(text))", en: "text '\(text)'")
        case .value(let text): Phrase(sv: Wording.quoted(text), en: "'\(text)'")
        case .mapping: Phrase(sv: "en grupp med nycklar", en: "a mapping")
        case .list: Phrase(sv: "en lista", en: "a list")
        case .alias: Phrase(sv: "ett alias", en: "an alias")
        }
    }
}
