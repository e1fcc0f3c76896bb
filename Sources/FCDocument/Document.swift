/// The format-neutral document every writer renders, like pandoc's AST: writers see only this,
/// never the config or the template it came from. It is the contract between `MarkdownReader`
/// (which makes it from a rendered template) and every `DocumentWriter`; `DocumentVisitor` walks it.
public struct Document: Sendable, Equatable {
    /// What frames the body and is not part of its text.
    public var metadata: DocumentMetadata
    /// The body, in reading order.
    public var blocks: [Block]

    public init(metadata: DocumentMetadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// What frames the body: its title and language, and the marks printed on every page.
public struct DocumentMetadata: Sendable, Equatable {
    /// The document's name (the HTML `<title>`, the ODT's `dc:title`), not printed in the body.
    public var title: String
    /// BCP 47, e.g. `sv-SE`.
    public var language: String
    /// "Exemplar 2 av 3 – Region Västerbotten" on a signable copy; `nil` otherwise.
    public var copyLabel: String?
    /// The grouped content fingerprint printed in the footer, see `Fingerprint`.
    public var fingerprint: String?
    /// Logos, sender and the registrar's marks at the head of the pages; `nil`: none.
    public var letterhead: Letterhead?
    /// Fonts, colours and margins (a graphic profile's, else fcdoc's own).
    public var style: PageStyle
    /// Set when the document carries tracked changes (`Block.changed`, `Inline.changed`).
    public var revision: Revision?

    public init(
        title: String, language: String = "sv-SE", copyLabel: String? = nil, fingerprint: String? = nil,
        letterhead: Letterhead? = nil, style: PageStyle = PageStyle()
    ) {
        self.title = title
        self.language = language
        self.copyLabel = copyLabel
        self.fingerprint = fingerprint
        self.letterhead = letterhead
        self.style = style
    }

    /// `sv` of `sv-SE`.
    public var languageCode: String { String(language.split(separator: "-").first ?? "sv") }
    /// `SE` of `sv-SE`; `nil` for a bare language.
    public var countryCode: String? { language.split(separator: "-").dropFirst().first.map(String.init) }
}

/// A block of the body. Writers must handle every case; text in it is data and is escaped by
/// each writer for its format.
public indirect enum Block: Sendable, Equatable {
    /// A heading of level 1 to 6; writers clamp other levels into that range.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A numbered or bulleted list; each item is a list of blocks (a tight item holds one
    /// paragraph; an item may hold a nested list).
    case list(ordered: Bool, items: [[Block]])
    case quote([Block])
    /// Preformatted text, kept line for line (a trailing line end is not a line).
    case code(String)
    case table(Table)
    /// One party's lines to sign, from the template's `<!-- fcdoc:signature -->` marker.
    case signature(SignatureBlock)
    case figure(Figure)
    /// The next block starts a new page (`<!-- fcdoc:pagebreak -->`); plain text has an empty line.
    case pageBreak
    /// A horizontal line (Markdown's `---`).
    case rule
    /// A whole block inserted or deleted, in a document of tracked changes (`fcdoc diff`); the
    /// text inside it carries the same mark as `Inline.changed`, so a writer that marks only
    /// text still shows the change.
    case changed(Change, Block)
}

/// A tracked change in a document that shows what changed from an older version.
public enum Change: String, Sendable, Equatable {
    /// In the newer version only.
    case inserted
    /// In the older version only.
    case deleted
}

/// Who made the tracked changes and when, as ODT's `office:change-info` and DOCX's `w:ins`
/// carry them.
public struct Revision: Sendable, Equatable {
    public var author: String
    /// `YYYY-MM-DDThh:mm:ss`, UTC.
    public var date: String

    public init(author: String, date: String) {
        self.author = author
        self.date = date
    }
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

    public init(
        name: String, title: String, description: String, svg: String, widthCentimetres: Double,
        heightCentimetres: Double, screenSVG: String? = nil
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.svg = svg
        self.widthCentimetres = widthCentimetres
        self.heightCentimetres = heightCentimetres
        self.screenSVG = screenSVG
    }
}

/// A run of text inside a block.
public indirect enum Inline: Sendable, Equatable {
    /// Literal text: never markup, in any format.
    case text(String)
    /// Italic.
    case emphasis([Inline])
    /// Bold.
    case strong([Inline])
    /// Text in a fixed-width font, literal.
    case code(String)
    /// A link; writers that cannot trust the URL (HTML: anything but http, https, mailto) write
    /// only its text.
    case link(url: String, [Inline])
    /// A hard line break within the block.
    case lineBreak
    /// Inserted or deleted text, in a document of tracked changes (`fcdoc diff`).
    case changed(Change, [Inline])
}

/// A table of text cells, as GitHub-flavoured Markdown makes them: one optional header row,
/// then body rows. Rows may be shorter than `columnCount`; writers fill them with empty cells.
public struct Table: Sendable, Equatable {
    /// How a column's text is aligned.
    public enum Alignment: Sendable, Equatable { case left, center, right }

    /// Per column; a column without an entry is left-aligned.
    public var alignments: [Alignment]
    /// The header row's cells; empty for a table without a header.
    public var header: [[Inline]]
    /// The body rows, each a list of cells, each cell a list of inlines.
    public var rows: [[[Inline]]]
    /// Per body row, whether the whole row was inserted or deleted (a document of tracked
    /// changes); empty, or shorter than `rows`, for rows that were not.
    public var rowChanges: [Change?]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], rowChanges: [Change?] = []) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.rowChanges = rowChanges
    }

    /// Whether body row `index` was inserted or deleted as a whole.
    public func change(ofRow index: Int) -> Change? {
        index < rowChanges.count ? rowChanges[index] : nil
    }

    /// The widest row's number of cells, at least 1.
    public var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0, 1) }
}

/// One party's place to sign: labelled lines, where an empty value is a line to write on.
public struct SignatureBlock: Sendable, Equatable {
    /// "Underskrift: ____" or "Namnförtydligande: Anna Andersson".
    public struct Line: Sendable, Equatable {
        public var label: String
        /// Printed after the label; empty for a line to write on.
        public var value: String
        /// The value in the older version when it changed (a document of tracked changes).
        public var previousValue: String?

        public init(label: String, value: String, previousValue: String? = nil) {
            self.label = label
            self.value = value
            self.previousValue = previousValue
        }

        /// The value as text after `leading`, `blank` for an empty one (a line to write on); a
        /// changed value is the older one deleted and the newer inserted.
        public func valueInlines(leading: String, blank: String) -> [Inline] {
            let shown = { (value: String) in value.isEmpty ? blank : value }
            guard let previousValue, previousValue != value else { return [.text(leading + shown(value))] }
            return [
                .text(leading), .changed(.deleted, [.text(shown(previousValue))]),
                .changed(.inserted, [.text(shown(value))]),
            ]
        }
    }

    public var lines: [Line]
    /// Whether the whole block was inserted or deleted (a document of tracked changes).
    public var change: Change?

    public init(lines: [Line], change: Change? = nil) {
        self.lines = lines
        self.change = change
    }
}
