import FCOutput
import Foundation

/// Set from a signal handler, read by the batch between centres: Ctrl-C lets the running
/// centres finish (their writes are atomic) and starts no new ones.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    public init() {}

    public func cancel() {
        lock.withLock { value = true }
    }

    public var isCancelled: Bool { lock.withLock { value } }
}

extension Batch {
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var current: String
        public var elapsed: Double
    }

    /// Runs `work` for every unit with at most `jobs` at a time, reporting each finished one.
    func parallel<Result: Sendable>(_ units: [Unit], cancel: CancellationFlag, started: Date,
                                    progress: @escaping @Sendable (Progress) -> Void,
                                    work: @escaping @Sendable (Unit) -> Result) async -> [Result] {
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
                progress(Progress(done: results.count, total: units.count, current: units[finished.0].name,
                                  elapsed: Date().timeIntervalSince(started)))
                startNext()
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Checks every unit (in parallel) and returns their diagnostics, in unit order.
    public func check(_ units: [Unit], cancel: CancellationFlag) async -> [[String]] {
        await parallel(units, cancel: cancel, started: Date(), progress: { _ in }) { unit in
            var lines = ConfigCheck.run(path: unit.source, cache: self.checks, strict: self.strict).diagnostics.map(\.description)
            if let report = unit.report { lines += ConfigCheck.run(path: report, cache: self.checks, strict: self.strict).diagnostics.map(\.description) }
            return lines
        }
    }

    public func render(_ units: [Unit], cancel: CancellationFlag,
                       progress: @escaping @Sendable (Progress) -> Void) async -> [UnitResult] {
        let started = Date()
        let batch = self
        return await parallel(units, cancel: cancel, started: started, progress: progress) { batch.render($0) }
    }

    /// Removes the ODTs set aside for PDF (after the conversion, or when it does not happen).
    public func discardPDFSources() {
        try? FileManager.default.removeItem(atPath: pdfSourceDirectory)
    }

    /// Converts every ODT of the results to PDF: the ODTs are split between `jobs` LibreOffice
    /// runs, each with many files and its own profile. Returns the PDFs' paths and any errors.
    /// The ODTs are those `render` set aside in `pdfSourceDirectory`, which is removed after.
    public func convertToPDF(_ results: [UnitResult]) async -> (files: [String], errors: [String]) {
        defer { discardPDFSources() }
        let odts = results.flatMap(\.pdfSources)
        guard !odts.isEmpty else { return ([], []) }
        let converter: PDFConverter
        do {
            converter = try PDFConverter.find()
        } catch {
            return ([], ["\(error)"])
        }
        let chunkSize = (odts.count + jobs - 1) / jobs
        let chunks = stride(from: 0, to: odts.count, by: chunkSize).map { Array(odts[$0..<min($0 + chunkSize, odts.count)]) }
        let out = outputDirectory
        let sources = pdfSourceDirectory
        return await withTaskGroup(of: ([String], [String]).self) { group in
            for chunk in chunks {
                group.addTask {
                    let root = URL(fileURLWithPath: sources)
                    let inputs = chunk.compactMap { path -> (name: String, odt: Data)? in
                        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                            return nil
                        }
                        return (path.replacingOccurrences(of: "/", with: "-"), data)
                    }
                    do {
                        let pdfs = try converter.convert(inputs)
                        let files = zip(chunk, pdfs).map {
                            OutputFile(relativePath: String($0.dropLast(4)) + ".pdf", data: $1)
                        }
                        try OutputFolder(path: out).write(files)
                        return (files.map(\.relativePath), [])
                    } catch {
                        return ([], ["\(error)"])
                    }
                }
            }
            var files: [String] = []
            var errors: [String] = []
            for await (done, failed) in group {
                files += done
                errors += failed
            }
            return (files.sorted(), errors)
        }
    }
}
