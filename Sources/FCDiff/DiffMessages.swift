import FCConfig

/// What `fcdoc diff` and the web application's "Jämför" say: files that cannot be compared, the
/// line per document, and the server's answers, each in Swedish and in English.
extension Message {
    /// Only centre, county and report files are compared; `kind` is another (`profile`).
    public static func diffKindNotComparable(_ kind: String) -> Message {
        Message(
            .diffKindNotComparable,
            sv: "\(swedishKind(kind)) kan inte jämföras; jämför två versioner av en fil för en "
                + "familjecentral, ett län eller en verksamhetsberättelse",
            en: "a \(kind) file cannot be compared; compare two versions of a centre, county or report file")
    }

    /// `old` and `new` are files of different kinds (`centre`, `county`, `report`, as `kind:` names them).
    public static func diffDifferentKinds(old: String, oldKind: String, new: String, newKind: String) -> Message {
        Message(
            .diffDifferentKinds,
            sv: "\(Wording.quoted(old)) är \(swedishKind(oldKind)) och \(Wording.quoted(new)) "
                + "\(swedishKind(newKind)); jämför två versioner av samma fil",
            en: "'\(old)' is a \(oldKind) file and '\(new)' a \(newKind) file; compare two versions of the same file")
    }

    /// `format` is one `diff` does not write (a PDF keeps no tracked changes).
    public static func diffFormatNotWritten(_ format: String, formats: [String]) -> Message {
        Message(
            .diffFormatNotWritten,
            sv: "diff skriver inte \(format); välj bland \(Wording.list(formats))",
            en: "diff does not write \(format); choose from \(Wording.list(formats)).")
    }

    /// The line of a document that differs between the versions.
    public static func diffChanged(_ document: String, old: String, new: String) -> Message {
        Message(
            .diffChanged, sv: "\(document): ändrat, kontrollsumma \(old) → \(new)",
            en: "\(document): changed, kontrollsumma \(old) → \(new)")
    }

    /// The line of a document that is the same in both versions.
    public static func diffUnchanged(_ document: String, fingerprint: String) -> Message {
        Message(
            .diffUnchanged, sv: "\(document): oförändrat (kontrollsumma \(fingerprint)), skrevs inte",
            en: "\(document): unchanged (kontrollsumma \(fingerprint)), not written")
    }

    /// The files had errors, so nothing was compared; `summary` counts them (`Message.summary`).
    public static func diffNotCompared(summary: Message) -> Message {
        Message(
            .diffNotCompared, sv: "ingenting jämfördes (\(summary.sv))", en: "not compared (\(summary.en))")
    }

    public static let diffNoPreviousVersion = Message(
        .diffNoPreviousVersion,
        sv: "Filen har ingen tidigare version sparad här; jämför med en annan fil i mappen.",
        en: "The file has no earlier version saved here; compare it with another file of the folder.")

    /// A `format=` the web application's comparison does not write.
    public static func diffUnknownFormat(formats: [String]) -> Message {
        Message(
            .diffUnknownFormat,
            sv: "Okänt format; välj \(formats.dropLast().joined(separator: ", ")) eller \(formats.last ?? "").",
            en: "Unknown format; choose \(formats.dropLast().joined(separator: ", ")) or \(formats.last ?? "").")
    }

    /// Every compared document (by its name) is the same in both versions.
    public static func diffDocumentsUnchanged(_ documents: [String]) -> Message {
        Message(
            .diffDocumentsUnchanged,
            sv: "Oförändrat: \(Wording.list(documents)) är likadana i båda versionerna.",
            en: "Unchanged: \(Wording.list(documents)) are the same in both versions.")
    }

    private static func swedishKind(_ kind: String) -> String {
        switch kind {
        case "centre": "en fil för en familjecentral"
        case "county": "en fil för ett län"
        case "report": "en verksamhetsberättelse"
        case "profile": "en grafisk profil"
        default: "en fil av slaget \(Wording.quoted(kind))"
        }
    }
}
