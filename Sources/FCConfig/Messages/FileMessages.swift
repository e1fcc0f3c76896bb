/// What fcdoc says about a config file it cannot read as one: missing, too large, not UTF-8,
/// empty, not YAML it accepts, not an fcdoc file.
extension Message {
    public static let fileNotFound = Message(
        .fileNotFound, sv: "filen går inte att läsa (finns den?)", en: "cannot read the file (does it exist?)")

    public static let fileUnreadable = Message(
        .fileUnreadable, sv: "filen går inte att läsa", en: "cannot read the file")

    public static func fileTooLarge(bytes: Int, maximum: Int) -> Message {
        Message(
            .fileTooLarge,
            sv: "filen är \(Wording.number(bytes)) byte, men en inställningsfil får vara högst "
                + "\(Wording.number(maximum)) byte",
            en: "the file is \(bytes) bytes; config files may be at most \(maximum) bytes")
    }

    public static let fileNotUTF8 = Message(
        .fileNotUTF8,
        sv: "filen är inte sparad som UTF-8-text: spara den som UTF-8 (till exempel med ”Spara som… → UTF-8”)",
        en: "the file is not UTF-8 text; save it as UTF-8 (e.g. \"Spara som… → UTF-8\")")

    /// A YAML alias (`*name`) or anchor (`&name`), which fcdoc files do not use.
    public static func yamlAnchor(isAlias: Bool) -> Message {
        Message(
            .yamlAnchor,
            sv: (isAlias ? "YAML-alias (*namn)" : "YAML-ankare (&namn)")
                + " går inte att använda i fcdoc-filer: skriv ut värdet i sin helhet (en text som börjar med "
                + "”&” eller ”*” måste stå inom citattecken)",
            en: "YAML \(isAlias ? "aliases (*name)" : "anchors (&name)") are not allowed in fcdoc files; write the "
                + "value out in full (a text that starts with '&' or '*' must be put in quotes)")
    }

    /// The YAML library's error that is none of the parser's known kinds, in its words.
    public static func yamlUnreadable(_ reason: String) -> Message {
        Message(
            .yamlUnreadable,
            sv: "YAML-texten går inte att läsa (YAML-läsaren säger: \(Wording.quoted(reason)))",
            en: "cannot read the YAML: \(reason)")
    }

    public static let fileEmpty = Message(
        .fileEmpty,
        sv: "filen är tom: en fil för en familjecentral börjar med ”fcdoc: 1” och ”kind: centre”",
        en: "the file is empty; a centre file starts with 'fcdoc: 1' and 'kind: centre'")

    public static func fileNotAMapping(found: Found) -> Message {
        Message(
            .fileNotAMapping,
            sv: "en inställningsfil ska bestå av nycklar med värden och börja med ”fcdoc: 1” och ”kind: centre” "
                + "(eller county), men här står \(found.phrase.sv)",
            en: "a config file must be a mapping of keys to values starting with 'fcdoc: 1' and 'kind: centre' "
                + "(or county), found \(found.phrase.en)")
    }

    public static func unknownFormatVersion(_ version: String) -> Message {
        Message(
            .unknownFormatVersion,
            sv: "\(Wording.quoted("fcdoc: \(version)")) är en formatversion som den här fcdoc inte känner till: "
                + "skriv ”fcdoc: 1”",
            en: "'fcdoc: \(version)' is a format version this fcdoc does not know; expected 1")
    }

    public static let missingFormatVersion = Message(
        .missingFormatVersion,
        sv: "nyckeln ”fcdoc” (formatversionen) saknas: skriv ”fcdoc: 1” först i filen",
        en: "missing required key 'fcdoc' (the format version, 1)")

    public static func missingKind(kinds: [String]) -> Message {
        Message(
            .missingKind,
            sv: "nyckeln ”kind” saknas: skriv vilken sorts fil det är, en av \(Wording.quotedList(kinds))",
            en: "missing required key 'kind' (one of: \(Wording.list(kinds)))")
    }

    public static func unknownKind(_ kind: String, suggestion: String?, kinds: [String]) -> Message {
        Message(
            .unknownKind,
            sv: "\(Wording.quoted(kind)) är ingen sorts fil som fcdoc känner till\(Hint.sv(suggestion)): välj en av "
                + Wording.quotedList(kinds),
            en: "unknown kind '\(kind)'\(Hint.en(suggestion)); expected one of: \(Wording.list(kinds))")
    }

    /// A file named in a config that lies outside the folder the web application serves.
    public static func outsideFolder(_ name: String) -> Message {
        Message(
            .outsideFolder,
            sv: "\(Wording.quoted(name)) ligger utanför mappen som webbprogrammet visar (när länkar har följts), "
                + "så den läses inte: kopiera filen in i mappen och ange den därifrån",
            en: "'\(name)' lies outside the folder the web application serves (utanför mappen), after following "
                + "links; it is not read. Copy the file into the folder and name it from there")
    }
}

/// "Did you mean …?" inside a message: ` (menade du ”x”?)` / ` (did you mean 'x'?)`, or nothing.
public enum Hint {
    public static func sv(_ suggestion: String?) -> String {
        suggestion.map { " (menade du \(Wording.quoted($0))?)" } ?? ""
    }

    public static func en(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
