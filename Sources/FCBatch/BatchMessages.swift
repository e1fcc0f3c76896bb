import FCConfig

/// The messages of a county batch, each once in Swedish and English (the catalogue of issue 20).
extension Message {
    static func centreIDShared(_ id: String, files: [String]) -> Message {
        Message(
            .renderCentreIDShared,
            sv: "centrets id \(Wording.quoted(id)) används av \(files.count) filer för familjecentraler, "
                + Wording.svList(files.map(Wording.quoted)) + "; varje familjecentral behöver ett eget id, eftersom "
                + "dess dokument skrivs till mappen \(Wording.quoted(id + "/")) och den enas dokument annars skriver "
                + "över den andras: ge den kopierade filen ett eget id",
            en: "centre id '\(id)' is used by \(files.count) centre files, "
                + "\(files.dropLast().map(Wording.ticked).joined(separator: ", ")) and \(Wording.ticked(files[files.count - 1])); "
                + "each centre needs its own id, since its documents are written to the folder '\(id)/' "
                + "and one centre's would overwrite the other's: give the copied file an id of its own")
    }

    static func centreIDAlsoHere(_ id: String) -> Message {
        Message(.renderCentreIDAlsoHere, sv: "här är \(Wording.quoted(id)) också id", en: "'\(id)' is also the id here")
    }

    static let secondCountyFile = Message(
        .renderSecondCountyFile, sv: "en länsmapp har en enda länsfil; det här är en till",
        en: "a county folder holds one county file; this is a second one")

    static func odtUnreadableForPDF(_ pdf: String) -> Message {
        Message(
            .renderODTUnreadableForPDF, sv: "ODT-filen går inte att läsa, så \(pdf) kan inte göras av den",
            en: "cannot read this ODT to make \(pdf) from it")
    }
}
