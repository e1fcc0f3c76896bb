/// What stands at the head of every page of a document sent as a municipality sends it: the
/// logos, the sender (first page only) and the marks a registrar files it by (which Bilaga it
/// is, diarienummer, date). Like the copy label and the footer, it is not part of the body's
/// text and not covered by the kontrollsumma.
public struct Letterhead: Sendable, Equatable {
    /// The logos of the first page: every party's where the parties have their own, else the
    /// profile's.
    public var firstPageLogos: [Picture]
    /// The logos of every other page: the profile's.
    public var logos: [Picture]
    /// The sender's lines ("Vindelns kommun", "Socialtjänsten", "922 81 Vindeln"), first page only.
    public var sender: [String]
    /// "Bilaga 1 till …", "Dnr KS 2026/123", "Datum 2026-02-02": on every page, in this order.
    public var marks: [String]

    public init(firstPageLogos: [Picture] = [], logos: [Picture] = [], sender: [String] = [], marks: [String] = []) {
        self.firstPageLogos = firstPageLogos
        self.logos = logos
        self.sender = sender
        self.marks = marks
    }

    /// Whether the first page's header differs from the others'.
    public var firstPageDiffers: Bool { firstPageLogos != logos || !sender.isEmpty }

    /// Every picture the header shows, each once, in the order first met.
    public var pictures: [Picture] {
        var seen: Set<String> = []
        return (firstPageLogos + logos).filter { seen.insert($0.name).inserted }
    }
}

/// A picture given as data (a logo): SVG or PNG, with the size it is printed at and the text
/// that stands for it for readers who cannot see it.
public struct Picture: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable {
        case svg
        case png

        public var mediaType: String { self == .svg ? "image/svg+xml" : "image/png" }
    }

    /// A file-name-safe name, unique in the document (`logo-1`): `Pictures/<name>.svg` in an ODT.
    public var name: String
    public var format: Format
    /// The file's bytes; an SVG already cleaned of scripts and external references.
    public var data: [UInt8]
    public var widthCentimetres: Double
    public var heightCentimetres: Double
    /// "Logotyp: Vindelns kommun".
    public var alternativeText: String

    public init(
        name: String, format: Format, data: [UInt8], widthCentimetres: Double, heightCentimetres: Double,
        alternativeText: String
    ) {
        self.name = name
        self.format = format
        self.data = data
        self.widthCentimetres = widthCentimetres
        self.heightCentimetres = heightCentimetres
        self.alternativeText = alternativeText
    }

    /// `<name>.svg` or `<name>.png`.
    public var fileName: String { "\(name).\(format.rawValue)" }
}

/// How a document looks where a municipality's graphic profile decides: fonts, the colours of
/// headings and rules, and the page margins. The default is fcdoc's own look.
public struct PageStyle: Sendable, Equatable {
    /// The family of body text and, unless `headingFont` says otherwise, of headings.
    public var bodyFont: String
    public var headingFont: String
    /// `#rrggbb`; `nil`: black.
    public var headingColour: String?
    /// `#rrggbb` of horizontal rules; `nil`: grey.
    public var ruleColour: String?
    /// In centimetres.
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    /// The page's size in centimetres: A4 unless a reference document says otherwise.
    public var pageWidth = 21.0
    public var pageHeight = 29.7
    /// How a reference document (`--reference-doc`) draws body text, headings, header and
    /// footer; a role it does not name keeps fcdoc's look.
    public var looks: [StyleRole: ParagraphLook] = [:]

    public init(
        bodyFont: String = PageStyle.defaultBodyFont, headingFont: String = PageStyle.defaultHeadingFont,
        headingColour: String? = nil, ruleColour: String? = nil, marginTop: Double = 2, marginBottom: Double = 2,
        marginLeft: Double = 2.5, marginRight: Double = 2
    ) {
        self.bodyFont = bodyFont
        self.headingFont = headingFont
        self.headingColour = headingColour
        self.ruleColour = ruleColour
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
    }

    public static let defaultBodyFont = "Liberation Serif"
    /// One family for body and headings unless a profile says otherwise.
    public static let defaultHeadingFont = defaultBodyFont

    /// Whether the fonts are fcdoc's own (the DOCX then names the metric-identical Word fonts).
    public var hasDefaultFonts: Bool {
        bodyFont == Self.defaultBodyFont && headingFont == Self.defaultHeadingFont
    }
}

/// The paragraphs whose look a reference document can give.
public enum StyleRole: String, Sendable, CaseIterable {
    case body, heading1, heading2, heading3, header, footer
}

/// What a reference document says of one paragraph style; `nil` fields keep fcdoc's value.
public struct ParagraphLook: Sendable, Equatable {
    public var font: String?
    /// In points.
    public var size: Double?
    /// `#rrggbb`.
    public var colour: String?
    public var bold: Bool?
    public var italic: Bool?
    /// Space above and below the paragraph, in centimetres.
    public var spaceBefore: Double?
    public var spaceAfter: Double?

    public init(
        font: String? = nil, size: Double? = nil, colour: String? = nil, bold: Bool? = nil, italic: Bool? = nil,
        spaceBefore: Double? = nil, spaceAfter: Double? = nil
    ) {
        self.font = font
        self.size = size
        self.colour = colour
        self.bold = bold
        self.italic = italic
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }

    /// This look with `other`'s values where it has them (a style over the one it is based on).
    public func overlaid(by other: ParagraphLook) -> ParagraphLook {
        ParagraphLook(
            font: other.font ?? font, size: other.size ?? size, colour: other.colour ?? colour,
            bold: other.bold ?? bold, italic: other.italic ?? italic, spaceBefore: other.spaceBefore ?? spaceBefore,
            spaceAfter: other.spaceAfter ?? spaceAfter)
    }

    public var isEmpty: Bool { self == ParagraphLook() }
}
