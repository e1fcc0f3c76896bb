import FCConfig
import FCOutput
import FCRender
import FCTemplates
import FCWriters
import Foundation

/// Renders a file's documents in memory through the command line's pipeline (check → plan →
/// renderer). Every call reads the files anew, with a fresh check cache and template set, so
/// the server always shows what is on disk now.
struct DocumentService: Sendable {
    var templatesDirectory: String?
    var strict = false
    /// Where the files a file names may lie: the served folder.
    var policy: PathPolicy
    /// The styles of `--reference-doc`, over every profile's.
    var reference: ReferenceStyle?
    /// The server's LibreOffice for PDFs, kept running between downloads; `nil` without LibreOffice.
    var pdf: WarmPDFConverter?

    enum Failure: Error {
        /// The file has errors, or the document cannot be made (a template's error is at its
        /// place in the template): nothing is rendered.
        case pipeline(Pipeline.Failure)
        /// The file gives no document of that name.
        case unknownDocument(available: [String])
    }

    /// A fresh pipeline: its template set parses the templates as they are now.
    var pipeline: Pipeline {
        Pipeline(
            templates: TemplateSet(overrideDirectory: templatesDirectory), strict: strict, policy: policy,
            reference: reference)
    }

    /// Checks the file (or `text`, as if it were the file) and plans `document` (the first of
    /// the file's documents when `nil`).
    func plan(_ pipeline: Pipeline, path: String, text: Data?, document: String?) throws -> DocumentPlan {
        let checked = text.map { pipeline.check(data: $0, path: path) } ?? pipeline.check(path: path)
        if checked.config == nil { throw Failure.pipeline(.invalid(checked.diagnostics)) }
        let kinds = checked.kinds
        guard let kind = document.map({ name in kinds.first { $0.rawValue == name } }) ?? kinds.first else {
            throw Failure.unknownDocument(available: kinds.map(\.rawValue))
        }
        do {
            return try pipeline.plans(checked, documents: [kind])[0]
        } catch {
            throw Failure.pipeline(error)
        }
    }

    /// The document as one standalone HTML page.
    func html(path: String, text: Data? = nil, document: String?) throws -> Data {
        let pipeline = pipeline
        let plan = try plan(pipeline, path: path, text: text, document: document)
        do {
            return HTMLWriter.write(try pipeline.document(plan, file: path))
        } catch {
            throw Failure.pipeline(error)
        }
    }

    /// One file of the document: `format` is odt, pdf, html or md; `copy` picks a signed copy
    /// (2 is `<document>-exemplar-2.odt`).
    func download(path: String, document: String?, format: OutputFormat, copy: Int) throws -> OutputFile {
        let pipeline = pipeline
        let plan = try plan(pipeline, path: path, text: nil, document: document)
        let wanted = "\(plan.folder)/\(plan.fileName)" + (copy > 1 ? "-exemplar-\(copy)" : "") + ".\(format.rawValue)"
        let files: [OutputFile]
        do {
            files = try self.files(pipeline, plan, format: format, wanted: wanted)
        } catch let error as PDFConverter.ConversionError {
            throw error
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.pipeline(.document(Diagnostic.from(error, file: path)))
        }
        guard let file = files.first(where: { $0.relativePath == wanted }) else {
            throw Failure.unknownDocument(available: files.map(\.relativePath))
        }
        return file
    }

    /// The plan's files in `format`; of a PDF only the `wanted` copy, made by the server's LibreOffice.
    private func files(_ pipeline: Pipeline, _ plan: DocumentPlan, format: OutputFormat, wanted: String) throws
        -> [OutputFile]
    {
        var renderer = pipeline.renderer(formats: [format], outputDirectory: "")
        guard format == .pdf, let pdf else { return try renderer.files(for: [plan]).files }
        renderer.defersPDF = true
        let pending = try renderer.files(for: [plan]).pendingPDFs
        guard let source = pending.first(where: { $0.path + ".pdf" == wanted }) else {
            throw Failure.unknownDocument(available: pending.map { $0.path + ".pdf" })
        }
        let pdfs = try pdf.convert([(name: source.path.replacingOccurrences(of: "/", with: "-"), odt: source.odt)])
        return [OutputFile(relativePath: wanted, data: pdfs[0])]
    }
}
