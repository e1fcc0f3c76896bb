import FCDocument
import Foundation

/// One output format's writer, as pandoc's `Writer`: it sees only the `Document` and the
/// options. A new format is one conformance and one entry in `OutputFormat.writer`.
public protocol DocumentWriter {
    static func write(_ document: Document, options: WriterOptions) throws -> WriterOutput
}

/// What a writer is told besides the document (pandoc's `WriterOptions`).
public struct WriterOptions: Sendable {
    /// The mark of each copy ("Exemplar 2 av 3 – Region Västerbotten"; `nil` for none). A signable format
    /// writes one file per label; a reading copy (HTML, Markdown) writes one and shows no label.
    public var copyLabels: [String?]
    /// The file name, beside the output, a figure is written to by a format that keeps its
    /// figures outside itself (Markdown); the name must be unique per figure.
    public var figureFile: @Sendable (Figure) -> String
    /// The same for a letterhead's picture (a logo).
    public var pictureFile: @Sendable (Picture) -> String

    public init(
        copyLabels: [String?] = [nil],
        figureFile: @escaping @Sendable (Figure) -> String = { "\($0.name).svg" },
        pictureFile: @escaping @Sendable (Picture) -> String = { $0.fileName }
    ) {
        self.copyLabels = copyLabels
        self.figureFile = figureFile
        self.pictureFile = pictureFile
    }
}

/// What a writer made of one document.
public struct WriterOutput: Sendable {
    /// One file per copy, in the order of `WriterOptions.copyLabels`; one for a reading copy.
    public var copies: [Data]
    /// Files that go beside the output, by file name (a Markdown file's figures).
    public var companions: [Companion]

    public struct Companion: Sendable, Equatable {
        public var fileName: String
        public var data: Data
    }

    public init(copies: [Data], companions: [Companion] = []) {
        self.copies = copies
        self.companions = companions
    }
}

extension ODTWriter: DocumentWriter {
    public static func write(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        WriterOutput(copies: try write(document, copyLabels: options.copyLabels))
    }
}

extension HTMLWriter: DocumentWriter {
    public static func write(_ document: Document, options: WriterOptions) -> WriterOutput {
        WriterOutput(copies: [write(document)])
    }
}

extension MarkdownWriter: DocumentWriter {
    /// The Markdown links each figure as an SVG file beside it, and each logo of its letterhead,
    /// which come as companions.
    public static func write(_ document: Document, options: WriterOptions) -> WriterOutput {
        let logos = document.metadata.letterhead?.firstPageLogos ?? []
        return WriterOutput(
            copies: [write(document, figureFile: options.figureFile, pictureFile: options.pictureFile)],
            companions: logos.map { WriterOutput.Companion(fileName: options.pictureFile($0), data: Data($0.data)) }
                + document.figures.map {
                    WriterOutput.Companion(fileName: options.figureFile($0), data: Data($0.svg.utf8))
                })
    }
}
