import Foundation

/// Turns ODT files into PDF with LibreOffice, many files per run: starting LibreOffice costs
/// about a second, converting one more file a tenth of that.
public struct PDFConverter: Sendable {
    public let executable: URL

    public enum ConversionError: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)

        public var description: String {
            switch self {
            case .notInstalled:
                return
                    "PDF output needs LibreOffice, which was not found (looked for 'soffice' and 'libreoffice' on PATH). "
                    + "Install it, e.g. on Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui — or leave out "
                    + "'pdf' from --format."
            case .failed(let detail):
                return "LibreOffice could not convert the document to PDF: \(detail)"
            }
        }
    }

    /// The converter, or `ConversionError.notInstalled`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFConverter
    {
        guard let executable = ProgramFinder.find(["soffice", "libreoffice"], environment: environment) else {
            throw ConversionError.notInstalled
        }
        return PDFConverter(executable: executable)
    }

    /// LibreOffice's PDF export with its filter options (JSON syntax, LibreOffice 7.4 and later):
    /// PDF/A-2b (`SelectPdfVersion` 2: XMP identification, an sRGB output intent, every font
    /// embedded) and tagged (`UseTaggedPDF`: a structure tree, the figures' /Alt from their
    /// `svg:title` and `svg:desc`), with the document's title in the metadata; the language is
    /// the document's default language.
    static let exportFilter =
        #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"#
        + #""UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"},"#
        + #""DisplayPDFDocumentTitle":{"type":"boolean","value":"true"}}"#

    /// LibreOffice's option for the user profile in `folder`.
    static func profileOption(_ folder: URL) -> String { "-env:UserInstallation=file://\(folder.path)" }

    /// Converts each ODT (by name, e.g. `samverkansavtal-exemplar-2`) and returns the PDFs in order,
    /// with a LibreOffice of its own and a fresh profile.
    public func convert(_ documents: [(name: String, odt: Data)]) throws -> [Data] {
        try convert(documents, profile: nil, timeout: nil)
    }

    /// Converts in one LibreOffice run with the user profile `profile` (a fresh one in the work
    /// folder when `nil`): when a LibreOffice with that profile is running, the run hands it the
    /// files and waits for its answer. A run that takes longer than `timeout` is stopped and
    /// reported as `ConversionError.failed`.
    func convert(_ documents: [(name: String, odt: Data)], profile: URL?, timeout: TimeInterval?) throws -> [Data] {
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("fcdoc-pdf-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: work) }
        let input = work.appendingPathComponent("in")
        let output = work.appendingPathComponent("out")
        try manager.createDirectory(at: input, withIntermediateDirectories: true)
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            // An index prefix keeps names unique and free of anything LibreOffice could misread.
            let url = input.appendingPathComponent("\(index)-\(document.name).odt")
            try document.odt.write(to: url)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments =
            [
                Self.profileOption(profile ?? work.appendingPathComponent("profile")),
                "--headless", "--norestore", "--convert-to", Self.exportFilter, "--outdir", output.path,
            ] + paths
        // The log goes to a file, so that LibreOffice never waits on a full pipe.
        let logURL = work.appendingPathComponent("log")
        _ = manager.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        defer { try? log.close() }
        process.standardOutput = log
        process.standardError = log
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw ConversionError.failed("\(executable.path) could not be started: \(error.localizedDescription)")
        }
        if let timeout, finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw ConversionError.failed("LibreOffice did not finish within \(Int(timeout)) seconds.")
        } else if timeout == nil {
            finished.wait()
        }
        return try documents.enumerated().map { index, document in
            let pdf = output.appendingPathComponent("\(index)-\(document.name).pdf")
            guard let data = manager.contents(atPath: pdf.path), !data.isEmpty else {
                let detail = String(decoding: manager.contents(atPath: logURL.path) ?? Data(), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                throw ConversionError.failed(
                    "no PDF for \(document.name) (exit status \(process.terminationStatus)). \(detail)")
            }
            return data
        }
    }
}
