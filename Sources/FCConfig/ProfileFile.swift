/// A municipality's or region's graphic profile (`kind: profile`): what its communications
/// office fixes about how a document looks. A centre file names it with `profile: FILE`, a
/// county file for its own documents and as the default for its centres.
public struct ProfileFile: Sendable {
    public var path: String
    /// "Vindelns kommun": who the profile is of, and the logo's alternative text.
    public var name: Located<String>
    /// An SVG or PNG file, relative to the profile file.
    public var logo: Located<String>?
    /// The sender block, line by line.
    public var sender: [Located<String>]
    public var fonts: ProfileFonts
    public var colours: ProfileColours
    public var margins: ProfileMargins
    /// An ODT or DOCX whose styles are laid over the profile's, as `--reference-doc` is;
    /// relative to the profile file.
    public var referenceDoc: Located<String>?
}

/// Font families; each must be installed and allow embedding (the PDF embeds every font).
public struct ProfileFonts: Sendable {
    public var body: Located<String>?
    public var headings: Located<String>?
}

/// Colours as `#rrggbb`, each checked for 3:1 contrast against the white page.
public struct ProfileColours: Sendable {
    public var headings: Located<String>?
    public var rules: Located<String>?
    /// The charts' colours: this year's (the positive end of a scale) and, optionally, last
    /// year's (the negative end). One colour may be written without a list.
    public var charts: [Located<String>]
}

/// Page margins in centimetres.
public struct ProfileMargins: Sendable {
    public var top: Located<Double>?
    public var bottom: Located<Double>?
    public var left: Located<Double>?
    public var right: Located<Double>?
}
