import FCConfig

/// The formats `fcdoc render` writes. ODT, DOCX and PDF are the signable ones and come in copies.
public enum OutputFormat: String, CaseIterable, Sendable {
    case odt, html, md, pdf, docx

    public static let defaults: [OutputFormat] = [.odt, .html, .md]
}

/// The documents fcdoc makes, and from which kind of file.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// Samverkansavtal (Bilaga 1), from a centre file.
    case samverkansavtal
    /// The coordinator contract (Bilaga 2, "Mall – Avtal samordnare"), from a centre file.
    case samordnaravtal
    /// The county coordinator agreement with its cost split (seed 001), from a county file.
    case lanssamordnare
    /// The annual report and plan (Bilaga 3) with survey and self-reflection, from a report file.
    case verksamhetsberattelse
    /// The county roll-up of every centre's report, from a county folder (`fcdoc batch`).
    case lansrapport
    /// The blank self-reflection form (Bilaga 4), from the built-in catalogue.
    case formularSjalvreflektion = "formular-sjalvreflektion"
    /// The blank parent survey, from the built-in question set.
    case formularForaldraenkat = "formular-foraldraenkat"

    /// The template file name in `templates/sv/` (without `.md`).
    public var templateName: String { rawValue }

    public static let forCentres: [DocumentKind] = [.samverkansavtal, .samordnaravtal]
    public static let forCounties: [DocumentKind] = [.lanssamordnare]
    public static let forReports: [DocumentKind] = [.verksamhetsberattelse]

    /// The documents a file of this kind gives.
    public static func all(for config: ConfigFile) -> [DocumentKind] {
        switch config {
        case .centre: return forCentres
        case .county: return forCounties
        case .report: return forReports
        }
    }
}
