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
    /// When set, PDFs are not converted here: `Result.pendingPDFs` holds their ODTs, for a caller
    /// that converts many documents per LibreOffice run (`fcdoc batch`).
    public var defersPDF = false

    public init(
        formats: [OutputFormat] = OutputFormat.defaults, outputDirectory: String = "output",
        templates: TemplateSet = TemplateSet()
    ) {
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
        /// With `defersPDF`: each PDF still to make, as its path without extension and its ODT.
        public var pendingPDFs: [(path: String, odt: Data)] = []
    }

    /// The document as the writers see it, before copies are marked.
    public func document(_ plan: DocumentPlan) throws -> Document {
        let template = try templates.template(named: plan.kind.templateName, for: plan.context)
        let markdown = template.render(plan.context)
        var document = SwedishTypography.apply(
            MarkdownReader.read(
                markdown, metadata: DocumentMetadata(title: plan.title, letterhead: plan.letterhead, style: plan.style),
                figures: plan.figures))
        document.metadata.fingerprint = Fingerprint.of(document)
        return document
    }

    public func render(_ plans: [DocumentPlan]) throws -> Result {
        try write(try files(for: plans))
    }

    /// Writes what `files(for:)` made into the output folder, all or nothing.
    public func write(_ made: Files) throws -> Result {
        let report = try OutputFolder(path: outputDirectory).write(made.files)
        return Result(
            documents: made.documents, written: report.written, unchanged: report.unchanged,
            pendingPDFs: made.pendingPDFs)
    }

    /// What `files(for:)` made, before anything is written.
    public struct Files {
        /// Paths relative to the output folder (`<id>/<document>.<ext>`).
        public var files: [OutputFile]
        public var documents: [Rendered]
        /// With `defersPDF`: each PDF still to make, as its path without extension and its ODT.
        public var pendingPDFs: [(path: String, odt: Data)]
    }

    /// Every file of the plans in every format and copy, in memory; the server hands them out
    /// without writing them.
    public func files(for plans: [DocumentPlan]) throws -> Files {
        var outputs: [OutputFile] = []
        var pending: [(path: String, odt: Data)] = []
        var rendered: [Rendered] = []
        let converted = formats.compactMap(\.convertedFrom)
        let written = OutputFormat.allCases.filter { formats.contains($0) || converted.contains($0) }
        for plan in plans {
            let document = try document(plan)
            rendered.append(
                Rendered(kind: plan.kind, fingerprint: document.metadata.fingerprint ?? "", copies: plan.copies))
            let base = "\(plan.folder)/\(plan.fileName)"
            // Figures kept beside the output are named after the document.
            let fileName = plan.fileName
            let options = WriterOptions(
                copyLabels: (1...plan.copies).map { copyLabel(number: $0, plan: plan) },
                figureFile: { "\(fileName)-\($0.name).svg" }, pictureFile: { "\(fileName)-\($0.fileName)" })
            for format in written {
                guard let writer = format.writer else { continue }
                let output = try writer.write(document, options: options)
                for (number, data) in zip(1..., output.copies) {
                    let path = number == 1 ? base : "\(base)-exemplar-\(number)"
                    if formats.contains(format) {
                        outputs.append(OutputFile(relativePath: "\(path).\(format.rawValue)", data: data))
                    }
                    if format == OutputFormat.pdf.convertedFrom, formats.contains(.pdf) { pending.append((path, data)) }
                }
                outputs += output.companions.map {
                    OutputFile(relativePath: "\(plan.folder)/\($0.fileName)", data: $0.data)
                }
            }
        }
        if !pending.isEmpty && !defersPDF {
            let names = pending.map { $0.path.replacingOccurrences(of: "/", with: "-") }
            let pdfs = try PDFConverter.find().convert(zip(names, pending).map { (name: $0, odt: $1.odt) })
            outputs += zip(pending, pdfs).map { OutputFile(relativePath: $0.path + ".pdf", data: $1) }
        }
        return Files(files: outputs, documents: rendered, pendingPDFs: defersPDF ? pending : [])
    }

    /// The mark of copy k of N, naming the k-th signing party; none for a single copy.
    func copyLabel(number: Int, plan: DocumentPlan) -> String? {
        guard plan.copies > 1 else { return nil }
        var label = "Exemplar \(number) av \(plan.copies)"
        if number <= plan.copyRecipients.count { label += " – \(plan.copyRecipients[number - 1])" }
        return label
    }
}
