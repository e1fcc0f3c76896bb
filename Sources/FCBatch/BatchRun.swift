import FCConfig
import FCOutput
import FCRender
import Foundation
import Synchronization

/// Set from a signal handler, read by the batch between centres: Ctrl-C lets the running
/// centres finish (their writes are atomic) and starts no new ones.
public final class CancellationFlag: Sendable {
    private let value = Mutex(false)

    public init() {}

    public func cancel() {
        value.withLock { $0 = true }
    }

    public var isCancelled: Bool { value.withLock { $0 } }
}

extension Batch {
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        /// The unit just finished, by the name people know it by (the centre's name) once it is read.
        public var current: String
        public var elapsed: Double
    }

    /// Runs `work` for every unit with at most `jobs` at a time, reporting each finished one by
    /// the name `name` gives it.
    func parallel<Result: Sendable>(
        _ units: [Unit], cancel: CancellationFlag, started: Date,
        progress: @escaping @Sendable (Progress) -> Void,
        name: (Unit, Result) -> String = { unit, _ in unit.name },
        work: @escaping @Sendable (Unit) -> Result
    ) async -> [Result] {
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            func startNext() {
                guard next < units.count, !cancel.isCancelled else { return }
                let index = next
                let unit = units[index]
                next += 1
                group.addTask { (index, work(unit)) }
            }
            for _ in 0..<min(jobs, units.count) { startNext() }
            var results: [(Int, Result)] = []
            while let finished = await group.next() {
                results.append(finished)
                progress(
                    Progress(
                        done: results.count, total: units.count, current: name(units[finished.0], finished.1),
                        elapsed: Date().timeIntervalSince(started)))
                startNext()
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Checks every unit (in parallel) and returns their diagnostics, in unit order. Centres
    /// that share an id both get the error that names them, so neither overwrites the other.
    public func check(_ units: [Unit], cancel: CancellationFlag) async -> [[Diagnostic]] {
        let found = await parallel(
            units, cancel: cancel, started: Date(), progress: { _ in },
            work: { unit in
                var diagnostics = self.pipeline.check(path: unit.source).diagnostics
                if let report = unit.report { diagnostics += self.pipeline.check(path: report).diagnostics }
                return diagnostics
            })
        let clashes = CentreIDClash.find(
            in: units.filter { !$0.isCounty }.map(\.source), cache: checks, strict: strict, policy: policy)
        return zip(units, found).map { unit, diagnostics in diagnostics + (clashes[unit.source] ?? []) }
    }

    public func render(
        _ units: [Unit], cancel: CancellationFlag,
        progress: @escaping @Sendable (Progress) -> Void
    ) async -> [UnitResult] {
        let started = Date()
        let batch = self
        return await parallel(
            units, cancel: cancel, started: started, progress: progress, name: { $1.title },
            work: { batch.render($0) })
    }

    /// Removes the ODTs set aside for PDF (after the conversion, or when it does not happen).
    public func discardPDFSources() {
        try? FileManager.default.removeItem(atPath: pdfSourceDirectory)
    }

    /// Converts every ODT of the results to PDF: the ODTs are split between `jobs` LibreOffice
    /// runs, each with many files and its own profile. Returns the PDFs' paths and any errors.
    /// The ODTs are those `render` set aside in `pdfSourceDirectory`, which is removed after.
    public func convertToPDF(_ results: [UnitResult]) async -> (files: [String], errors: [Diagnostic]) {
        defer { discardPDFSources() }
        let odts = results.flatMap(\.pdfSources)
        guard !odts.isEmpty else { return ([], []) }
        let converter: PDFConverter
        do {
            converter = try PDFConverter.find()
        } catch {
            return ([], Diagnostic.from(error, file: outputDirectory))
        }
        let chunkSize = (odts.count + jobs - 1) / jobs
        let chunks = stride(from: 0, to: odts.count, by: chunkSize).map {
            Array(odts[$0..<min($0 + chunkSize, odts.count)])
        }
        let out = outputDirectory
        let sources = pdfSourceDirectory
        return await withTaskGroup(of: ([String], [Diagnostic]).self) { group in
            for chunk in chunks {
                group.addTask {
                    let root = URL(fileURLWithPath: sources)
                    var unreadable: [Diagnostic] = []
                    // Each PDF keeps the path of the ODT it is made from, also when another ODT
                    // of the chunk could not be read.
                    let inputs = chunk.compactMap { path -> (path: String, name: String, odt: Data)? in
                        let source = root.appendingPathComponent(path).path
                        guard let data = FileManager.default.contents(atPath: source) else {
                            unreadable.append(
                                Diagnostic(
                                    .error, at: .wholeFile(source),
                                    .odtUnreadableForPDF("\(String(path.dropLast(4))).pdf")))
                            return nil
                        }
                        return (path, path.replacingOccurrences(of: "/", with: "-"), data)
                    }
                    do {
                        let pdfs = try converter.convert(inputs.map { (name: $0.name, odt: $0.odt) })
                        let files = zip(inputs, pdfs).map {
                            OutputFile(relativePath: String($0.path.dropLast(4)) + ".pdf", data: $1)
                        }
                        try OutputFolder(path: out).write(files)
                        return (files.map(\.relativePath), unreadable)
                    } catch {
                        return ([], unreadable + Diagnostic.from(error, file: out))
                    }
                }
            }
            var files: [String] = []
            var errors: [Diagnostic] = []
            for await (done, failed) in group {
                files += done
                errors += failed
            }
            return (files.sorted(), errors)
        }
    }
}
