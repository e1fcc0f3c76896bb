import FCConfig
import FCWriters

/// The formats `fcdoc render` writes, each named by its file extension. ODT, DOCX and PDF are
/// the signable ones and come in copies.
public enum OutputFormat: String, CaseIterable, Sendable {
    case odt, html, md, pdf, docx

    public static let defaults: [OutputFormat] = [.odt, .html, .md]

    /// The table of writers, one per format that is written from the `Document` (pandoc's
    /// `writers`); the renderer, the batch and the fuzzer all write through it.
    public var writer: (any DocumentWriter.Type)? {
        switch self {
        case .odt: return ODTWriter.self
        case .html: return HTMLWriter.self
        case .md: return MarkdownWriter.self
        case .docx: return DOCXWriter.self
        case .pdf: return nil
        }
    }

    /// The format this one is converted from, for a format no writer makes: PDF from the ODT.
    public var convertedFrom: OutputFormat? {
        self == .pdf ? .odt : nil
    }
}

/// The documents fcdoc makes, and from which kind of file.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// Samverkansavtal (Bilaga 1), from a centre file.
    case samverkansavtal
    /// The coordinator contract (Bilaga 2, "Mall – Avtal samordnare"), from a centre file.
    case samordnaravtal
    /// The role description of the child-level coordination function (seed 002), from a centre file.
    case samordningsfunktion
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

    /// The document's name as people call it ("Samverkansavtal"); with a year for a report or
    /// roll-up ("Länsrapport 2025").
    public func name(year: Int? = nil) -> String {
        let name: String
        switch self {
        case .samverkansavtal: name = "Samverkansavtal"
        case .samordnaravtal: name = "Samordnaravtal"
        case .samordningsfunktion: name = "Samordningsfunktion"
        case .lanssamordnare: name = "Avtal om länssamordnare"
        case .verksamhetsberattelse: name = "Verksamhetsberättelse"
        case .lansrapport: name = "Länsrapport"
        case .formularSjalvreflektion: name = "Självreflektion (formulär)"
        case .formularForaldraenkat: name = "Föräldraenkät (formulär)"
        }
        return year.map { "\(name) \($0)" } ?? name
    }

    /// The template file name in `templates/sv/` (without `.md`).
    public var templateName: String { rawValue }

    public static let forCentres: [DocumentKind] = [.samverkansavtal, .samordnaravtal, .samordningsfunktion]
    public static let forCounties: [DocumentKind] = [.lanssamordnare]
    public static let forReports: [DocumentKind] = [.verksamhetsberattelse]

    /// The documents a file of this kind gives.
    public static func all(for config: ConfigFile) -> [DocumentKind] {
        switch config {
        case .centre: return forCentres
        case .county: return forCounties
        case .report: return forReports
        case .profile: return []
        }
    }
}
