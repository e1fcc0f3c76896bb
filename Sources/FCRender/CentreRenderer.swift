import FCConfig
import FCDocument
import FCOutput
import FCTemplates
import FCWriters
import Foundation

/// The whole path for one centre document: template → Markdown → Document → every requested
/// format and copy → one atomic write of all files.
public struct CentreRenderer {
    public var formats: [OutputFormat]
    public var outputDirectory: String
    public var templates: TemplateSet
    /// Overrides the centre file's number of signed copies.
    public var copies: Int?

    public init(formats: [OutputFormat] = OutputFormat.defaults, outputDirectory: String = "output",
                templates: TemplateSet = TemplateSet(), copies: Int? = nil) {
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.templates = templates
        self.copies = copies
    }

    public struct Result {
        public var fingerprint: String
        public var copies: Int
        public var files: [URL]
        public var unchanged: [URL]
    }

    /// The document as the writers will see it, before copies are marked.
    public func document(_ kind: DocumentKind, for file: CentreFile) throws -> Document {
        let template = try templates.template(named: kind.templateName)
        let markdown = template.render(AgreementContext.make(file))
        var document = MarkdownReader.read(markdown, metadata: DocumentMetadata(title: AgreementContext.title(for: file)))
        document.metadata.fingerprint = Fingerprint.of(document)
        return document
    }

    public func render(_ kind: DocumentKind, for file: CentreFile) throws -> Result {
        let document = try document(kind, for: file)
        let copyCount = copies ?? AgreementContext.copies(for: file)
        let folder = file.centre.id.value
        let signable = (1...copyCount).map { copy(of: document, number: $0, of: copyCount, file: file) }
        var outputs: [OutputFile] = []
        if formats.contains(.odt) || formats.contains(.pdf) {
            let odts = try signable.map { try ODTWriter.write($0) }
            let names = (1...copyCount).map { copyName(kind, number: $0) }
            if formats.contains(.odt) {
                outputs += zip(names, odts).map { OutputFile(relativePath: "\(folder)/\($0).odt", data: $1) }
            }
            if formats.contains(.pdf) {
                let pdfs = try PDFConverter.find().convert(Array(zip(names, odts)).map { (name: $0, odt: $1) })
                outputs += zip(names, pdfs).map { OutputFile(relativePath: "\(folder)/\($0).pdf", data: $1) }
            }
        }
        if formats.contains(.html) {
            outputs.append(OutputFile(relativePath: "\(folder)/\(kind.rawValue).html", data: HTMLWriter.write(document)))
        }
        if formats.contains(.md) {
            outputs.append(OutputFile(relativePath: "\(folder)/\(kind.rawValue).md", data: MarkdownWriter.write(document)))
        }
        let report = try OutputFolder(path: outputDirectory).write(outputs)
        return Result(fingerprint: document.metadata.fingerprint ?? "", copies: copyCount,
                      files: report.written, unchanged: report.unchanged)
    }

    /// `samverkansavtal`, `samverkansavtal-exemplar-2`, …
    func copyName(_ kind: DocumentKind, number: Int) -> String {
        number == 1 ? kind.rawValue : "\(kind.rawValue)-exemplar-\(number)"
    }

    /// Copy k of N, marked for the k-th signing party; identical otherwise.
    func copy(of document: Document, number: Int, of count: Int, file: CentreFile) -> Document {
        guard count > 1 else { return document }
        var copy = document
        var label = "Exemplar \(number) av \(count)"
        let parties = AgreementContext.signingParties(of: file)
        if number <= parties.count, let party = file.party(withID: parties[number - 1]) {
            label += " – för \(party.organisation.value), \(party.unit.value)"
        }
        copy.metadata.copyLabel = label
        return copy
    }
}
