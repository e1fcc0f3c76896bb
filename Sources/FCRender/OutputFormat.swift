/// The formats `fcdoc render` writes. ODT and PDF are the signable ones and come in copies.
public enum OutputFormat: String, CaseIterable, Sendable {
    case odt, html, md, pdf

    public static let defaults: [OutputFormat] = [.odt, .html, .md]

    public var isSignable: Bool { self == .odt || self == .pdf }
}

/// The documents fcdoc can make from a centre file.
public enum DocumentKind: String, CaseIterable, Sendable {
    case samverkansavtal

    /// The template file name in `templates/sv/` (without `.md`).
    public var templateName: String { rawValue }
}
