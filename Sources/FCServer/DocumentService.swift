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
    /// The server's LibreOffice for PDFs, kept running between downloads; `nil` without LibreOffice.
    var pdf: WarmPDFConverter?

    enum Failure: Error {
        /// The file has errors: nothing is rendered.
        case invalid([Diagnostic])
        /// The file gives no document of that name.
        case unknownDocument(available: [String])
        case rendering(String)
    }

    /// Checks the file (or `text`, as if it were the file) and plans `document` (the first of
    /// the file's documents when `nil`).
    func plan(path: String, text: Data?, document: String?) throws -> DocumentPlan {
        let check =
            text.map { ConfigCheck.run(data: $0, path: path, strict: strict) }
            ?? ConfigCheck.run(path: path, cache: ConfigCheck.Cache(), strict: strict)
        guard let config = check.config else { throw Failure.invalid(check.diagnostics) }
        let kinds = DocumentKind.all(for: config)
        guard let kind = document.map({ name in kinds.first { $0.rawValue == name } }) ?? kinds.first else {
            throw Failure.unknownDocument(available: kinds.map(\.rawValue))
        }
        do {
            return try DocumentPlan.make(kind, from: config, report: check.reportData)
        } catch {
            throw Failure.rendering("\(error)")
        }
    }

    /// The document as one standalone HTML page.
    func html(path: String, text: Data? = nil, document: String?) throws -> Data {
        let plan = try plan(path: path, text: text, document: document)
        do {
            return HTMLWriter.write(try renderer([.html]).document(plan))
        } catch {
            throw Failure.rendering("\(error)")
        }
    }

    /// One file of the document: `format` is odt, pdf, html or md; `copy` picks a signed copy
    /// (2 is `<document>-exemplar-2.odt`).
    func download(path: String, document: String?, format: OutputFormat, copy: Int) throws -> OutputFile {
        let plan = try plan(path: path, text: nil, document: document)
        let wanted = "\(plan.folder)/\(plan.fileName)" + (copy > 1 ? "-exemplar-\(copy)" : "") + ".\(format.rawValue)"
        let files: [OutputFile]
        do {
            files = try self.files(plan, format: format, wanted: wanted)
        } catch let error as PDFConverter.ConversionError {
            throw error
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.rendering("\(error)")
        }
        guard let file = files.first(where: { $0.relativePath == wanted }) else {
            throw Failure.unknownDocument(available: files.map(\.relativePath))
        }
        return file
    }

    /// The plan's files in `format`; of a PDF only the `wanted` copy, made by the server's LibreOffice.
    private func files(_ plan: DocumentPlan, format: OutputFormat, wanted: String) throws -> [OutputFile] {
        var renderer = renderer([format])
        guard format == .pdf, let pdf else { return try renderer.files(for: [plan]).files }
        renderer.defersPDF = true
        let pending = try renderer.files(for: [plan]).pendingPDFs
        guard let source = pending.first(where: { $0.path + ".pdf" == wanted }) else {
            throw Failure.unknownDocument(available: pending.map { $0.path + ".pdf" })
        }
        let pdfs = try pdf.convert([(name: source.path.replacingOccurrences(of: "/", with: "-"), odt: source.odt)])
        return [OutputFile(relativePath: wanted, data: pdfs[0])]
    }

    func renderer(_ formats: [OutputFormat]) -> DocumentRenderer {
        DocumentRenderer(
            formats: formats, outputDirectory: "", templates: TemplateSet(overrideDirectory: templatesDirectory))
    }
}
