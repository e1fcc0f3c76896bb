/// The format-neutral document every writer renders, like pandoc's AST: writers see only this,
/// never the config or the template it came from.
public struct Document: Sendable, Equatable {
    public var metadata: DocumentMetadata
    public var blocks: [Block]

    public init(metadata: DocumentMetadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// What frames the body: its title and language, and the marks printed on every page.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String
    /// BCP 47, e.g. `sv-SE`.
    public var language: String
    /// "Exemplar 2 av 3 – för Region Västerbotten" on a signable copy; `nil` otherwise.
    public var copyLabel: String?
    /// The grouped content fingerprint printed in the footer, see `Fingerprint`.
    public var fingerprint: String?

    public init(title: String, language: String = "sv-SE", copyLabel: String? = nil, fingerprint: String? = nil) {
        self.title = title
        self.language = language
        self.copyLabel = copyLabel
        self.fingerprint = fingerprint
    }

    public var languageCode: String { String(language.split(separator: "-").first ?? "sv") }
    public var countryCode: String? { language.split(separator: "-").dropFirst().first.map(String.init) }
}

public indirect enum Block: Sendable, Equatable {
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    case list(ordered: Bool, items: [[Block]])
    case quote([Block])
    case code(String)
    case table(Table)
    case signature(SignatureBlock)
    case figure(Figure)
    case pageBreak
    case rule
}

/// A chart or picture: SVG made by fcdoc, with a title (its caption) and a description that
/// says in words what it shows, for readers who cannot see it.
public struct Figure: Sendable, Equatable {
    /// A file-name-safe name, unique in the document: `Pictures/<name>.svg` in an ODT.
    public var name: String
    public var title: String
    public var description: String
    /// A complete SVG document without an XML declaration.
    public var svg: String
    /// The size it is drawn at on an A4 page.
    public var widthCentimetres: Double
    public var heightCentimetres: Double
    /// The same chart drawn narrow for screens, which HTML shows in place of `svg` so that its
    /// text stays legible on a phone; `nil`: HTML shows `svg`.
    public var screenSVG: String?

    public init(name: String, title: String, description: String, svg: String, widthCentimetres: Double,
                heightCentimetres: Double, screenSVG: String? = nil) {
        self.name = name
        self.title = title
        self.description = description
        self.svg = svg
        self.widthCentimetres = widthCentimetres
        self.heightCentimetres = heightCentimetres
        self.screenSVG = screenSVG
    }
}

public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    case link(url: String, [Inline])
    case lineBreak
}

public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, center, right }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    public var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0, 1) }
}

/// One party's place to sign: labelled lines, where an empty value is a line to write on.
public struct SignatureBlock: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var label: String
        public var value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public var lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }
}
