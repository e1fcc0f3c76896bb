/// What fcdoc says about a reference document (`--reference-doc`) it cannot take styles from.
extension Message {
    public static func referenceNotODTOrDOCX(_ name: String) -> Message {
        Message(
            .referenceNotODTOrDOCX,
            sv:
                "referensdokumentet \(Wording.quoted(name)) måste vara ett ODT- eller DOCX-dokument (sluta på .odt eller .docx)",
            en: "the reference document '\(name)' must be an ODT or DOCX document (ending in .odt or .docx)")
    }

    public static func referenceUnreadable(_ name: String) -> Message {
        Message(
            .referenceUnreadable, sv: "referensdokumentet \(Wording.quoted(name)) går inte att läsa (finns filen?)",
            en: "cannot read the reference document '\(name)' (does the file exist?)")
    }

    /// Not a ZIP package, as every ODT and DOCX is: damaged, or another kind of file renamed.
    public static func referenceNotZIP(_ name: String) -> Message {
        Message(
            .referenceNotZIP,
            sv: "referensdokumentet \(Wording.quoted(name)) är inget riktigt ODT- eller DOCX-dokument; "
                + "det kan vara skadat eller en annan sorts fil. Spara om det i LibreOffice eller Word",
            en: "the reference document '\(name)' is not a real ODT or DOCX document; "
                + "it may be damaged or another kind of file. Save it again in LibreOffice or Word")
    }

    /// A package without the part its styles are in (`styles.xml`, `word/styles.xml`), with one
    /// that cannot be read, or with none of the styles fcdoc takes.
    public static func referenceWithoutStyles(_ name: String, part: String) -> Message {
        Message(
            .referenceWithoutStyles,
            sv:
                "referensdokumentet \(Wording.quoted(name)) har inga formatmallar som fcdoc kan använda (\(part) saknas, "
                + "går inte att läsa eller har ingen mall för brödtext, rubriker, sidhuvud, sidfot eller sidformat). "
                + "Spara om det i LibreOffice eller Word",
            en: "the reference document '\(name)' has no styles fcdoc can use (\(part) is missing, unreadable, or has "
                + "no body text, heading, header, footer or page style). Save it again in LibreOffice or Word")
    }
}
