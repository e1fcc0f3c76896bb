import FCConfig
import FCDocument
import FCReport

/// What stands at the head of a document's pages, from its file and branding: the profile's
/// logo and sender, the parties' logos on an agreement's first page, and the marks a registrar
/// files it by — which Bilaga it is (seed 004: Bilaga 1 the samverkansavtal, 2 the
/// samordnaravtal, 3 the verksamhetsberättelse), its diarienummer and its date.
enum LetterheadPlan {
    /// The letterhead of `kind` made from `config`; `nil` when there is nothing to put in it.
    static func make(
        _ kind: DocumentKind, config: ConfigFile, report: ReportFileFacts?, branding: Branding?
    ) -> Letterhead? {
        let profile = branding?.profile
        var marks: [String] = []
        var partyLogos: [Picture] = []
        switch config {
        case .centre(let file):
            let appendix: Int? = kind == .samverkansavtal ? 1 : kind == .samordnaravtal ? 2 : nil
            if let appendix, let guideline = file.agreement.appendixTo?.value {
                marks.append("Bilaga \(appendix) till \(guideline)")
            }
            let diarienummer =
                kind == .samverkansavtal
                ? file.agreement.diarienummer : kind == .samordnaravtal ? file.coordinator.diarienummer : nil
            if let diarienummer { marks.append("Diarienummer: \(diarienummer.value)") }
            if appendix != nil, let date = file.agreement.signingDate?.value { marks.append("Datum: \(date)") }
            if appendix != nil {
                partyLogos = file.parties.compactMap { branding?.partyLogos[$0.id.value] }
            }
        case .county(let file) where kind == .lanssamordnare:
            if let diarienummer = file.agreement.diarienummer { marks.append("Diarienummer: \(diarienummer.value)") }
            if let date = file.agreement.date { marks.append("Datum: \(date.value)") }
        case .report:
            if let report, let guideline = report.guideline { marks.append("Bilaga 3 till \(guideline)") }
        case .county, .profile:
            break
        }
        let logos = profile?.logo.map { [$0] } ?? []
        let letterhead = Letterhead(
            firstPageLogos: partyLogos.isEmpty ? logos : partyLogos, logos: logos, sender: profile?.sender ?? [],
            marks: marks)
        return letterhead == Letterhead() ? nil : letterhead
    }

    /// What a report's letterhead takes from its centre.
    struct ReportFileFacts {
        var guideline: String?
    }
}

extension DocumentPlan {
    /// The plan with its letterhead and page style from `branding` (the file's own), else from
    /// `fallback` (a county's profile for its centres).
    package func branded(config: ConfigFile, report: ReportData?, branding: Branding?, fallback: Branding.Profile?)
        -> DocumentPlan
    {
        var branding = branding ?? Branding()
        if branding.profile == nil { branding.profile = fallback }
        var plan = self
        plan.letterhead = LetterheadPlan.make(
            kind, config: config,
            report: report.map { LetterheadPlan.ReportFileFacts(guideline: $0.centre.agreement.appendixTo?.value) },
            branding: branding)
        plan.style = branding.profile?.style ?? PageStyle()
        return plan
    }
}
