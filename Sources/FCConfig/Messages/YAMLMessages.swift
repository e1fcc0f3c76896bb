/// What fcdoc says about YAML that cannot be read: the hand-editing mistakes `YAMLMistakes`
/// recognises, and the parser's own refusals.
extension Message {
    /// `1 space`, `4 spaces` / `1 mellanslag`, `4 mellanslag`.
    private static func spaces(_ count: Int) -> (sv: String, en: String) {
        ("\(count) mellanslag", count == 1 ? "1 space" : "\(count) spaces")
    }

    public static func yamlTab(line: Int, column: Int) -> Message {
        Message(
            .yamlTab,
            sv: "rad \(line) har ett tabbtecken i kolumn \(column), men YAML drar in rader med mellanslag: "
                + "byt tabbtecknet mot mellanslag",
            en: "line \(line) has a tab at column \(column); YAML indents with spaces only: replace the tab with spaces"
        )
    }

    public static func yamlIndentedMoreThanAbove(line: Int, indent: Int, above: Int) -> Message {
        let (now, wanted) = (spaces(indent), spaces(above))
        return Message(
            .yamlIndentedMoreThanAbove,
            sv: "rad \(line) har \(now.sv) i början, fler än raden ovanför (\(wanted.sv)): flytta ut den till "
                + "\(wanted.sv) som raden ovanför, eller, om den fortsätter texten ovanför, sätt hela den texten "
                + "inom citattecken",
            en:
                "line \(line) is indented \(now.en), more than the line above (\(wanted.en)); indent it by \(wanted.en) "
                + "like the line above, or, if it continues the text above, put that whole text in quotes")
    }

    public static func yamlIndentation(line: Int, indent: Int, expected: Int) -> Message {
        let (now, wanted) = (spaces(indent), spaces(expected))
        let sv =
            expected == 0
            ? "rad \(line) har \(now.sv) i början, men raderna runt omkring börjar längst till vänster: "
                + "ta bort mellanslagen i början av raden"
            : "rad \(line) har \(now.sv) i början, men raderna runt omkring har \(expected): flytta "
                + (indent < expected ? "in" : "ut") + " den till \(wanted.sv)"
        return Message(
            .yamlIndentation, sv: sv,
            en: "line \(line) is indented \(now.en), but the lines around it use \(expected); "
                + (expected == 0
                    ? "start it at the beginning of the line, without spaces" : "indent it by \(wanted.en)"))
    }

    public static func yamlKeyGivenTwice(_ key: String) -> Message {
        Message(
            .yamlKeyGivenTwice,
            sv:
                "\(Wording.quoted(key)) står två gånger här: ta bort den ena, eller se efter att raderna är rätt indragna",
            en: "'\(key)' is given twice here; remove one of them, or check the indentation")
    }

    public static func yamlKeyFirstGiven(_ key: String) -> Message {
        Message(
            .yamlKeyFirstGiven, sv: "\(Wording.quoted(key)) står första gången här",
            en: "'\(key)' is first given here")
    }

    public static let yamlTextAfterQuote = Message(
        .yamlTextAfterQuote,
        sv: "det står text efter det avslutande citattecknet: sätt hela texten inom citattecknen",
        en: "there is text after the closing quote; put the whole text inside the quotes")

    /// A list begun after `key:` (or after an item's `- `) on the same line.
    public static func yamlListOnSameLine(key: String?) -> Message {
        Message(
            .yamlListOnSameLine,
            sv: "en lista kan inte börja på samma rad som "
                + (key.map { Wording.quoted("\($0):") } ?? "sitt \(Wording.quoted("- "))")
                + ": skriv varje punkt på en egen rad under, indragen och med \(Wording.quoted("- ")) först",
            en: "a list cannot start on the same line as \(key.map { "'\($0):'" } ?? "its '- '"); "
                + "put each item on a line of its own below it, indented, starting with '- '")
    }

    /// A plain text that begins with a character YAML reserves (`@`, `` ` ``); `quoted` is the
    /// text as it should be written.
    public static func yamlReservedStart(_ character: Character, quoted: String) -> Message {
        Message(
            .yamlReservedStart,
            sv: "en text kan inte börja med \(Wording.quoted(String(character))) i YAML: sätt texten inom "
                + "citattecken, så här: \(quoted)",
            en: "a text cannot start with '\(character)' in YAML; put the text in quotes: \(quoted)")
    }

    /// `: ` inside a plain text; `written` is the line as it should be (`key: "…"` or `- "…"`).
    public static func yamlColonInText(written: String) -> Message {
        Message(
            .yamlColonInText,
            sv: "texten innehåller \(Wording.quoted(": ")) (kolon och mellanslag), och då tror YAML att en ny "
                + "nyckel börjar: sätt texten inom citattecken, så här: \(written)",
            en: "the text contains ': ', which YAML reads as the start of a new key; put the text in quotes: \(written)"
        )
    }

    public static func yamlMissingDash(line: Int, key: String, dashColumn: Int) -> Message {
        Message(
            .yamlMissingDash,
            sv: "rad \(line) börjar en ny punkt i listan men har inget \(Wording.quoted("- ")) först: skriv "
                + "\(Wording.quoted("- \(key): …")) med \(Wording.quoted("-")) i kolumn \(dashColumn), som punkten ovanför",
            en: "line \(line) starts a new item of the list but has no '- ' in front; write "
                + "'- \(key): …' with the '-' in column \(dashColumn), like the item above")
    }

    public static func yamlSpaceAfterDash(item: String) -> Message {
        Message(
            .yamlSpaceAfterDash,
            sv: "sätt ett mellanslag efter \(Wording.quoted("-")) så att det blir en punkt i listan: "
                + Wording.quoted("- \(item)"),
            en: "put a space after '-' to make a list item: '- \(item)'")
    }

    public static func yamlNoDash(line: Int) -> Message {
        Message(
            .yamlNoDash,
            sv: "rad \(line) har inget \(Wording.quoted("- ")) först, men varje punkt i den här listan börjar med "
                + Wording.quoted("- "),
            en: "line \(line) has no '- ' in front; every item of this list starts with '- '")
    }

    public static func yamlMissingColon(after word: String, rest: String) -> Message {
        Message(
            .yamlMissingColon,
            sv: "det saknas ett \(Wording.quoted(":")) efter \(Wording.quoted(word)): skriv "
                + Wording.quoted("\(word): \(rest)"),
            en: "a ':' is missing after '\(word)'; write '\(word): \(rest)'")
    }

    public static func yamlNeitherKeyNorItem(line: Int) -> Message {
        Message(
            .yamlNeitherKeyNorItem,
            sv: "rad \(line) är varken \(Wording.quoted("nyckel: värde")) eller en punkt i en lista "
                + "\(Wording.quoted("- …")): saknas det ett \(Wording.quoted(":"))?",
            en: "line \(line) is neither 'key: value' nor a list item '- …'; is a ':' missing?")
    }

    /// A space that is not an ordinary one, where YAML needs an ordinary one.
    public enum OddSpace: Sendable {
        case noBreak
        case narrowNoBreak
        /// Any other, by its code points (`2009`).
        case other(code: String)
    }

    public static func yamlOddSpace(_ space: OddSpace, line: Int, column: Int) -> Message {
        let name: (sv: String, en: String) =
            switch space {
            case .noBreak: ("ett hårt mellanslag", "a no-break space")
            case .narrowNoBreak: ("ett smalt hårt mellanslag", "a narrow no-break space")
            case .other(let code): ("ett ovanligt mellanslag (U+\(code))", "an unusual space (U+\(code))")
            }
        return Message(
            .yamlOddSpace,
            sv: "rad \(line) har \(name.sv) i kolumn \(column), där YAML behöver ett vanligt mellanslag (det kommer "
                + "av kopierad text, eller av Alt+mellanslag på en Mac): byt det mot ett vanligt mellanslag",
            en: "line \(line) has \(name.en) at column \(column), where YAML needs an ordinary space "
                + "(it comes from copying text, or from Alt+Space on a Mac); replace it with an ordinary space")
    }

    public static let yamlUnclosedQuote = Message(
        .yamlUnclosedQuote,
        sv: "citattecknet som börjar här avslutas aldrig: sätt ett avslutande citattecken i slutet av texten",
        en: "the quote opened here is never closed; add the closing quote at the end of the text")

    /// The parser's own words, when no mistake of `YAMLMistakes` explains its refusal.
    public static func yamlMalformed(_ problem: String) -> Message {
        Message(
            .yamlMalformed,
            sv: "filen går inte att läsa som YAML (YAML-läsaren säger: \(Wording.quoted(problem)))",
            en: "malformed YAML: \(problem)")
    }

    /// The parser's own words about a construct that began here and broke at `line`, `column`.
    public static func yamlMalformed(_ construct: String, problem: String, line: Int, column: Int) -> Message {
        Message(
            .yamlMalformedAt,
            sv: "filen går inte att läsa som YAML: det som börjar här tar inte slut rätt, på rad \(line), "
                + "kolumn \(column) (YAML-läsaren säger: \(Wording.quoted("\(construct), \(problem)")))",
            en: "malformed YAML: \(construct) starting here, \(problem) at line \(line), column \(column)")
    }

    public static func yamlDuplicateKeys(_ keys: [String]) -> Message {
        Message(
            .yamlDuplicateKeys,
            sv: (keys.count == 1 ? "nyckeln " : "nycklarna ") + Wording.quotedList(keys)
                + " står mer än en gång på samma nivå: ta bort den ena, eller se efter att raderna är rätt indragna",
            en: "the key \(Wording.tickedList(keys)) appears more than once in the same mapping")
    }
}
