/// What fcdoc says about a key of a config file and its value: unknown, missing, empty, of the
/// wrong kind, too long, or cut by a comment.
extension Message {
    /// A key the mapping at that place does not have; `suggestion` is a known key it seems to misspell.
    public static func unknownKey(_ key: String, suggestion: String?, known: [String]) -> Message {
        Message(
            .unknownKey,
            sv: "\(Wording.quoted(key)) är ingen nyckel som fcdoc känner till\(Hint.sv(suggestion)): här kan det stå "
                + Wording.quotedList(known),
            en: "unknown key '\(key)'\(Hint.en(suggestion)); expected one of: \(Wording.list(known))")
    }

    public static func missingKey(_ key: String, expected: Phrase) -> Message {
        Message(
            .missingKey,
            sv: "nyckeln \(Wording.quoted(key)) saknas, men den måste finnas med (\(expected.sv))",
            en: "missing required key '\(key)' (\(expected.en))")
    }

    public static func emptyValue(_ key: String, expected: Phrase) -> Message {
        Message(
            .emptyValue,
            sv: "\(Wording.quoted(key)) är tom: här ska det stå \(expected.sv)",
            en: "'\(key)' is empty; expected \(expected.en)")
    }

    public static func notAMapping(_ key: String, found: Found) -> Message {
        Message(
            .notAMapping,
            sv: "\(Wording.quoted(key)) ska ha nycklar med värden under sig (indragna, en på varje rad), men här står "
                + found.phrase.sv,
            en: "'\(key)' must be a mapping of keys to values, found \(found.phrase.en)")
    }

    public static func textTooLong(_ key: String, length: Int, maximum: Int) -> Message {
        Message(
            .textTooLong,
            sv: "\(Wording.quoted(key)) är \(Wording.number(length)) tecken lång, men en text får vara högst "
                + "\(Wording.number(maximum)) tecken",
            en: "'\(key)' is \(length) characters long; a text may be at most \(maximum)")
    }

    /// A text with `: ` in it, which YAML read as a key and a value: `shown` is that text,
    /// `written` the line as it should be (`- "…"` or `key: "…"`).
    public struct ColonInText: Sendable, Hashable {
        public let shown: String
        public let written: String

        public init(shown: String, written: String) {
            self.shown = shown
            self.written = written
        }
    }

    private static func colonHint(_ colon: ColonInText?) -> (sv: String, en: String) {
        guard let colon else { return ("", "") }
        return (
            " (\(Wording.quoted(colon.shown)): tecknen ”: ” gör den till en nyckel med ett värde): sätt texten inom "
                + "citattecken, så här: \(colon.written)",
            " ('\(colon.shown)': the ': ' in it makes it a key and a value); put the text in quotes: \(colon.written)"
        )
    }

    public static func notText(_ key: String, found: Found, colon: ColonInText?) -> Message {
        let hint = colonHint(colon)
        return Message(
            .notText,
            sv: "\(Wording.quoted(key)) ska vara en text, men här står \(found.phrase.sv)\(hint.sv)",
            en: "'\(key)' must be text, found \(found.phrase.en)\(hint.en)")
    }

    /// An item of a list of texts that is empty or not a text.
    public static func itemNotText(_ item: String, found: Found, colon: ColonInText?) -> Message {
        let hint = colonHint(colon)
        return Message(
            .itemNotText,
            sv: "\(Wording.quoted(item)) ska vara en text som inte är tom, men här står \(found.phrase.sv)\(hint.sv)",
            en: "'\(item)' must be non-empty text, found \(found.phrase.en)\(hint.en)")
    }

    public static func notWholeNumber(_ key: String, found: Found) -> Message {
        Message(
            .notWholeNumber,
            sv: "\(Wording.quoted(key)) ska vara ett heltal, men här står \(found.phrase.sv)",
            en: "'\(key)' must be a whole number, found \(found.phrase.en)")
    }

    public static func notANumber(_ key: String, found: Found) -> Message {
        Message(
            .notANumber,
            sv: "\(Wording.quoted(key)) ska vara ett tal, men här står \(found.phrase.sv)",
            en: "'\(key)' must be a number, found \(found.phrase.en)")
    }

    /// A value that is none of a fixed set of names.
    public static func unknownChoice(_ key: String, value: String, suggestion: String?, choices: [String]) -> Message {
        Message(
            .unknownChoice,
            sv: "\(Wording.quoted(key)) kan inte vara \(Wording.quoted(value))\(Hint.sv(suggestion)): välj en av "
                + Wording.quotedList(choices),
            en: "'\(key)' is '\(value)'\(Hint.en(suggestion)); expected one of: \(Wording.list(choices))")
    }

    /// A value that should be a list (`items` says of what).
    public static func notAList(_ key: String, of items: Phrase, found: Found) -> Message {
        Message(
            .notAList,
            sv: "\(Wording.quoted(key)) ska vara en lista med \(items.sv) (rader som börjar med ”- ”), men här står "
                + found.phrase.sv,
            en: "'\(key)' must be a list of \(items.en) (lines starting with '- '), found \(found.phrase.en)")
    }

    public static func emptyList(_ key: String, of items: Phrase) -> Message {
        Message(
            .emptyList,
            sv: "listan \(Wording.quoted(key)) är tom, men den måste ha minst en punkt (\(items.sv))",
            en: "'\(key)' is empty; expected at least one of \(items.en)")
    }

    /// A plain text followed by ` #` on its line, which YAML cut there: `tail` is how the
    /// documents end it, `kept` the start of what was cut, `written` the line as it should be.
    public static func textCutByComment(_ key: String, tail: String, kept: String, written: String) -> Message {
        Message(
            .textCutByComment,
            sv: "texten i \(Wording.quoted(key)) tar slut före ” #”: YAML läser ” #” och resten av raden som en "
                + "kommentar, så i dokumenten står det \(Wording.quoted(tail)); för att få med "
                + "\(Wording.quoted(kept)) i texten, sätt hela texten inom citattecken: \(written) (eller, om det "
                + "är en kommentar, skriv den på en egen rad)",
            en: "the text of '\(key)' ends before ' #': YAML reads ' #' and the rest of the line as a comment, so the "
                + "documents say '\(tail)'; to keep '\(kept)' in the text, put the whole text in quotes: \(written) "
                + "(or, if it is a comment, put it on a line of its own)")
    }
}
