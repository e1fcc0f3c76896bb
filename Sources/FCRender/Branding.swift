import FCCharts
import FCConfig
import FCDocument
import Foundation

/// A file's graphic profile and logos, read and checked: what the letterhead and the page
/// style are made from.
public struct Branding: Sendable {
    /// The profile's name ("Vindelns kommun"), logo, sender lines and style; `nil`: none.
    public var profile: Profile?
    /// Each party's own logo, by party id.
    public var partyLogos: [String: Picture] = [:]

    public struct Profile: Sendable {
        public var name: String
        public var logo: Picture?
        public var sender: [String]
        /// Fonts, colours and margins, with the profile's reference document's styles over them.
        public var style: PageStyle
        /// The charts' colours.
        public var palette: ChartPalette
    }

    public init(profile: Profile? = nil, partyLogos: [String: Picture] = [:]) {
        self.profile = profile
        self.partyLogos = partyLogos
    }
}

/// Reads and checks profiles and logos, every problem at its place in the file that has it.
enum BrandingLoader {
    /// The branding of a centre or county file: its `profile:` (checked as a file of its own,
    /// its problems at the profile's lines) and, for a centre, the parties' logos.
    static func load(_ config: ConfigFile, sink: DiagnosticSink, policy: PathPolicy) -> Branding? {
        switch config {
        case .centre(let file):
            let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent()
            var branding = Branding(
                profile: file.profile.flatMap { profile($0, from: folder, sink: sink, policy: policy) })
            for (index, party) in file.parties.enumerated() {
                guard let logo = party.logo else { continue }
                branding.partyLogos[party.id.value] = LogoFile.read(
                    logo, from: folder, pictureName: "logo-part-\(index + 1)",
                    alternativeText: "Logotyp: \(party.organisation.value)", policy: policy, sink: sink)
            }
            return branding.profile == nil && branding.partyLogos.isEmpty ? nil : branding
        case .county(let file):
            let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent()
            return file.profile.flatMap { profile($0, from: folder, sink: sink, policy: policy) }.map {
                Branding(profile: $0)
            }
        case .profile(let file):
            return check(file, sink: sink, policy: policy).map { Branding(profile: $0) }
        case .report:
            return nil
        }
    }

    /// The profile a file names: read, checked and its logo loaded; `nil` with errors.
    static func profile(_ name: Located<String>, from folder: URL, sink: DiagnosticSink, policy: PathPolicy)
        -> Branding.Profile?
    {
        let path = PathPolicy.resolve(name.value, from: folder)
        guard policy.check(path, named: name.value, at: name.location, sink: sink) else { return nil }
        let loaded = ConfigLoader.load(path: path)
        for diagnostic in loaded.diagnostics.diagnostics { sink.append(diagnostic) }
        guard let file = loaded.profile else {
            if loaded.config != nil {
                sink.error(.profileNotAProfile(name.value), at: name.location)
            } else if !loaded.diagnostics.hasErrors {
                sink.error(.profileUnreadable(name.value), at: name.location)
            }
            return nil
        }
        let before = sink.diagnostics.count
        let profile = check(file, sink: sink, policy: policy)
        if profile == nil || sink.diagnostics[before...].contains(where: { $0.severity == .error }) {
            sink.error(.profileHasErrors(name.value), at: name.location)
            return nil
        }
        return profile
    }

    /// Checks a profile's values and reads its logo.
    static func check(_ file: ProfileFile, sink: DiagnosticSink, policy: PathPolicy) -> Branding.Profile? {
        let errors = sink.diagnostics.count
        var style = PageStyle()
        if let body = file.fonts.body, checkFont(body, key: "fonts.body", sink: sink) {
            style.bodyFont = body.value
            // One family for body and headings unless the profile names another for headings.
            style.headingFont = body.value
        }
        if let headings = file.fonts.headings, checkFont(headings, key: "fonts.headings", sink: sink) {
            style.headingFont = headings.value
        }
        style.headingColour = file.colours.headings.flatMap { checkColour($0, key: "colours.headings", sink: sink) }
        style.ruleColour = file.colours.rules.flatMap { checkColour($0, key: "colours.rules", sink: sink) }
        let charts = chartColours(file.colours.charts, sink: sink)
        let margins: [(Located<Double>?, String, WritableKeyPath<PageStyle, Double>)] = [
            (file.margins.top, "top", \.marginTop), (file.margins.bottom, "bottom", \.marginBottom),
            (file.margins.left, "left", \.marginLeft), (file.margins.right, "right", \.marginRight),
        ]
        for (margin, key, path) in margins {
            guard let margin else { continue }
            if marginRange.contains(margin.value) {
                style[keyPath: path] = margin.value
            } else {
                sink.error(.marginOutOfRange(key, centimetres: margin.value, range: marginRange), at: margin.location)
            }
        }
        let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent()
        let logo = file.logo.flatMap {
            LogoFile.read(
                $0, from: folder, pictureName: "logo", alternativeText: "Logotyp: \(file.name.value)", policy: policy,
                sink: sink)
        }
        let reference = file.referenceDoc.flatMap { referenceDoc($0, from: folder, policy: policy, sink: sink) }
        guard !sink.diagnostics[errors...].contains(where: { $0.severity == .error }) else { return nil }
        // The charts' headings take the profile's headings' colour; a reference document's
        // styles are the document's, never the charts'.
        let palette = ChartPalette(main: charts.first, second: charts.dropFirst().first, headings: style.headingColour)
        style = reference?.applied(to: style) ?? style
        return Branding.Profile(
            name: file.name.value, logo: logo, sender: file.sender.map(\.value), style: style, palette: palette)
    }

    /// `colours.charts`, each colour checked as the others are: at most two (this year's and
    /// last year's), which readers with a red–green deficiency can tell apart too (a warning).
    static func chartColours(_ colours: [Located<String>], sink: DiagnosticSink) -> [String] {
        if colours.count > 2 { sink.error(.chartColoursTooMany(colours.count), at: colours[2].location) }
        let checked = colours.prefix(2).enumerated().map { index, colour in
            checkColour(colour, key: colours.count == 1 ? "colours.charts" : "colours.charts[\(index + 1)]", sink: sink)
        }
        guard let first = checked.first ?? nil else { return [] }
        let second = checked.count > 1 ? checked[1] : ChartPalette.standard.lastYear
        if let second, !ColourVision.distinguishable(first, second) {
            let location = colours.count > 1 ? colours[1].location : colours[0].location
            sink.warning(.chartColoursAlike(first, second, given: colours.count > 1), at: location)
        }
        return checked.compactMap { $0 }
    }

    /// The profile's `reference_doc`, read as `--reference-doc` is; a file outside the folder
    /// (the web application's) or one without styles is an error at the key.
    static func referenceDoc(_ name: Located<String>, from folder: URL, policy: PathPolicy, sink: DiagnosticSink)
        -> ReferenceStyle?
    {
        let path = PathPolicy.resolve(name.value, from: folder)
        guard policy.check(path, named: name.value, at: name.location, sink: sink) else { return nil }
        switch ReferenceStyle.load(path: path, named: name.value) {
        case .success(let reference):
            return reference
        case .failure(let problem):
            sink.error(problem.message, at: name.location)
            return nil
        }
    }

    /// Margins narrower than 1 cm are cut by printers; over 5 cm leave too little for the tables.
    static let marginRange = 1.0...5.0

    /// Whether a font named in a profile can be used; an error at its place if not.
    static func checkFont(_ font: Located<String>, key: String, sink: DiagnosticSink) -> Bool {
        switch InstalledFonts.verdict(for: font.value) {
        case .usable:
            return true
        case .notInstalled:
            sink.error(.fontNotInstalled(key, font: font.value), at: font.location)
        case .notEmbeddable:
            sink.error(.fontNotEmbeddable(key, font: font.value), at: font.location)
        case .cannotTell:
            sink.error(.fontCannotCheck(key, font: font.value), at: font.location)
        }
        return false
    }

    /// Colours must stand out from the white page by at least 3:1 (WCAG 2.1, 1.4.11), as the charts do.
    static let minimumContrast = 3.0

    /// `#rrggbb` in lower case, or `nil` with an error at its place.
    static func checkColour(_ colour: Located<String>, key: String, sink: DiagnosticSink) -> String? {
        let text = colour.value.trimmingCharacters(in: .whitespaces).lowercased()
        let hex = text.dropFirst()
        guard text.hasPrefix("#"), hex.count == 6, hex.allSatisfy(\.isHexDigit) else {
            sink.error(.colourMalformed(key, value: colour.value), at: colour.location)
            return nil
        }
        let contrast = ChartPalette.contrast(text, "#ffffff")
        guard contrast >= minimumContrast else {
            sink.error(.colourTooLight(key, value: colour.value, contrast: contrast), at: colour.location)
            return nil
        }
        return text
    }
}
