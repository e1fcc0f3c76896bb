import FCConfig

/// The messages of loading, planning, batches and copy verification, each once in Swedish and
/// English (the catalogue of issue 20). File names are quoted as given.
extension Message {
    static func notACentreFile(_ name: String) -> Message {
        Message(
            .renderNotACentreFile, sv: "\(Wording.quoted(name)) är ingen fil för en familjecentral (kind: centre)",
            en: "'\(name)' is not a centre file")
    }

    static func centreFileHasErrors(_ name: String) -> Message {
        Message(
            .renderCentreFileHasErrors, sv: "familjecentralens fil \(Wording.quoted(name)) har fel (de står ovan)",
            en: "the centre file '\(name)' has errors (listed above)")
    }

    static func previousReportHasErrors(_ name: String, year: Int) -> Message {
        Message(
            .renderPreviousReportHasErrors,
            sv: "förra årets verksamhetsberättelse \(name) har fel, så ingen jämförelse med \(year) visas; "
                + "kontrollera den med ”fcdoc validate \(name)”",
            en: "last year's report \(name) has errors, so no comparison with \(year) is shown; "
                + "check it with 'fcdoc validate \(name)'")
    }

    /// `expected`: the kind of file the document is made from, `available` what this file gives.
    static func documentFromOtherFile(_ document: String, expected: FileKind, available: [String]) -> Message {
        let (sv, en): (String, String) =
            switch expected {
            case .centre: ("en fil för en familjecentral", "a centre file")
            case .county: ("en länsfil", "a county file")
            case .report: ("en verksamhetsberättelse", "a report file")
            case .none: ("ingen fil (fcdoc form)", "no file (fcdoc form)")
            }
        return Message(
            .renderDocumentFromOtherFile,
            sv: "\(Wording.quoted(document)) görs av \(sv); den här filen ger "
                + Wording.svList(available.map(Wording.quoted)),
            en: "'\(document)' is made from \(en); this file gives: " + available.joined(separator: ", "))
    }

    /// The kind of file a document is made from.
    enum FileKind {
        case centre, county, report, none
    }

    static let reportNotLoaded = Message(
        .renderReportNotLoaded, sv: "verksamhetsberättelsens familjecentral och enkät är inte inlästa",
        en: "the report's centre and survey are not loaded")

    static func notAForm(_ document: String) -> Message {
        Message(
            .renderNotAForm, sv: "\(Wording.quoted(document)) är ingen blankett", en: "'\(document)' is not a form")
    }

    /// `signers`: who signs the document, each of whom keeps a copy.
    static func fewerCopiesThanSigners(_ copies: Int, document: String, signers: [String]) -> Message {
        Message(
            .renderFewerCopiesThanSigners,
            sv: "--copies \(copies) ger färre exemplar av \(document) än de \(signers.count) som skriver under; "
                + "enligt texten får var och en ett: \(Wording.svList(signers))",
            en: "--copies \(copies) makes fewer copies of \(document) than the \(signers.count) who sign it; "
                + "its text says that each party keeps one: \(signers.joined(separator: ", "))")
    }
}
