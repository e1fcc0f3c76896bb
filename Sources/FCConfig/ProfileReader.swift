import Yams

/// Maps the YAML tree of a profile file onto `ProfileFile`, key by key.
struct ProfileReader {
    let source: YAMLSource
    let sink: DiagnosticSink

    static let topKeys = ["fcdoc", "kind", "name", "logo", "sender", "fonts", "colours", "margins", "reference_doc"]
    static let fontKeys = ["body", "headings"]
    static let colourKeys = ["headings", "rules", "charts"]
    static let marginKeys = ["top", "bottom", "left", "right"]

    func read(_ root: Node) -> ProfileFile? {
        guard let top = MappingReader(root, path: "", known: Self.topKeys, source: source, sink: sink) else {
            return nil
        }
        let fonts = top.mapping("fonts", known: Self.fontKeys, required: false)
        let colours = top.mapping("colours", known: Self.colourKeys, required: false)
        let margins = top.mapping("margins", known: Self.marginKeys, required: false)
        return ProfileFile(
            path: source.file,
            name: top.text("name") ?? Located("", at: top.location),
            logo: top.token("logo", required: false),
            sender: top.textList("sender") ?? [],
            fonts: ProfileFonts(
                body: fonts?.token("body", required: false), headings: fonts?.token("headings", required: false)),
            colours: ProfileColours(
                headings: colours?.token("headings", required: false), rules: colours?.token("rules", required: false),
                charts: colours.map(chartColours) ?? []),
            margins: ProfileMargins(
                top: margins?.number("top"), bottom: margins?.number("bottom"), left: margins?.number("left"),
                right: margins?.number("right")),
            referenceDoc: top.token("reference_doc", required: false))
    }

    /// `colours.charts`: one colour, or a list of them.
    private func chartColours(_ colours: MappingReader) -> [Located<String>] {
        guard let node = colours.node("charts", required: false, expected: .list(of: .texts)) else { return [] }
        if case .scalar = node { return colours.token("charts", required: false).map { [$0] } ?? [] }
        return colours.texts(in: node, path: colours.qualified("charts"), kind: .token) ?? []
    }
}
