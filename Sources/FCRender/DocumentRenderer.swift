import FCDocument
import FCOutput
import FCTemplates
import FCWriters
import Foundation

/// The whole path for a file's documents: template → Markdown → Document → every requested
/// format and copy → one atomic write of all files, so a failure leaves nothing half-done.
public struct DocumentRenderer {
    public var formats: [OutputFormat]
    public var outputDirectory: String
    public var templates: TemplateSet

    public init(formats: [OutputFormat] = OutputFormat.defaults, outputDirectory: String = "output",
                templates: TemplateSet = TemplateSet()) {
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.templates = templates
    }

    public struct Rendered {
        public var kind: DocumentKind
        public var fingerprint: String
        public var copies: Int
    }

    public struct Result {
        public var documents: [Rendered]
        public var written: [URL]
        public var unchanged: [URL]
    }

    /// The document as the writers see it, before copies are marked.
    public func document(_ plan: DocumentPlan) throws -> Document {
        let template = try templates.template(named: plan.kind.templateName)
        let markdown = template.render(plan.context)
        var document = MarkdownReader.read(markdown, metadata: DocumentMetadata(title: plan.title), figures: plan.figures)
        document.metadata.fingerprint = Fingerprint.of(document)
        return document
    }

    public func render(_ plans: [DocumentPlan]) throws -> Result {
        let (outputs, rendered) = try files(for: plans)
        let report = try OutputFolder(path: outputDirectory).write(outputs)
        return Result(documents: rendered, written: report.written, unchanged: report.unchanged)
    }

    /// Every file of the plans in every format and copy, in memory, with paths relative to the
    /// output folder (`<id>/<document>.<ext>`); the server hands them out without writing them.
    public func files(for plans: [DocumentPlan]) throws -> (files: [OutputFile], documents: [Rendered]) {
        var outputs: [OutputFile] = []
        var pending: [(path: String, odt: Data)] = []
        var rendered: [Rendered] = []
        for plan in plans {
            let document = try document(plan)
            rendered.append(Rendered(kind: plan.kind, fingerprint: document.metadata.fingerprint ?? "", copies: plan.copies))
            let base = "\(plan.folder)/\(plan.fileName)"
            if formats.contains(.odt) || formats.contains(.pdf) {
                let labels = (1...plan.copies).map { copyLabel(number: $0, plan: plan) }
                for (number, odt) in zip(1..., try ODTWriter.write(document, copyLabels: labels)) {
                    let path = number == 1 ? base : "\(base)-exemplar-\(number)"
                    if formats.contains(.odt) { outputs.append(OutputFile(relativePath: path + ".odt", data: odt)) }
                    if formats.contains(.pdf) { pending.append((path, odt)) }
                }
            }
            if formats.contains(.html) {
                outputs.append(OutputFile(relativePath: base + ".html", data: HTMLWriter.write(document)))
            }
            if formats.contains(.md) {
                // Figures go beside the Markdown as SVG files, named after the document.
                let figureFile = { (figure: Figure) in "\(plan.fileName)-\(figure.name).svg" }
                outputs.append(OutputFile(relativePath: base + ".md",
                                          data: MarkdownWriter.write(document, figureFile: figureFile)))
                for figure in document.figures {
                    outputs.append(OutputFile(relativePath: "\(plan.folder)/\(figureFile(figure))", data: Data(figure.svg.utf8)))
                }
            }
        }
        if !pending.isEmpty {
            let names = pending.map { $0.path.replacingOccurrences(of: "/", with: "-") }
            let pdfs = try PDFConverter.find().convert(zip(names, pending).map { (name: $0, odt: $1.odt) })
            outputs += zip(pending, pdfs).map { OutputFile(relativePath: $0.path + ".pdf", data: $1) }
        }
        return (outputs, rendered)
    }

    /// The mark of copy k of N, naming the k-th signing party; none for a single copy.
    func copyLabel(number: Int, plan: DocumentPlan) -> String? {
        guard plan.copies > 1 else { return nil }
        var label = "Exemplar \(number) av \(plan.copies)"
        if number <= plan.copyRecipients.count { label += " – för \(plan.copyRecipients[number - 1])" }
        return label
    }
}
