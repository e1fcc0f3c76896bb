import FCConfig
import FCRender
import Foundation

extension Batch {
    /// What one whole batch did: `fcdoc batch` prints it, the local server streams it.
    public struct Run: Sendable {
        public var plan: Plan
        /// Every unit's diagnostics, in unit order.
        public var checks: [[Diagnostic]]
        public var results: [UnitResult]
        /// PDFs converted after the render, relative to the output folder.
        public var pdfFiles: [String] = []
        /// Why PDF conversion failed; then no index is written.
        public var pdfErrors: [Diagnostic] = []
        /// Why the index or manifest could not be written.
        public var indexErrors: [Diagnostic] = []
        public var cancelled: Bool
        /// Seconds from the start of rendering.
        public var elapsed: Double
    }

    /// The whole batch: every unit checked before anything is rendered (`checked` sees the
    /// diagnostics), the valid ones rendered in parallel (`progress` after each), the roll-up,
    /// PDFs when asked for, then `index.html` and `manifest.json`.
    public func run(
        _ plan: Plan, cancel: CancellationFlag, checked: ([[Diagnostic]]) -> Void = { _ in },
        progress: @escaping @Sendable (Progress) -> Void
    ) async -> Run {
        let checks = await check(plan.units, cancel: cancel)
        checked(checks)
        let hasError = { (found: [Diagnostic]) in found.contains { $0.severity == .error } }
        let valid = zip(plan.units, checks).filter { !hasError($1) }.map(\.0)
        let started = Date()
        var results = await render(valid, cancel: cancel, progress: progress)
        if !cancel.isCancelled { renderRollup(into: &results, plan: plan) }
        for (unit, found) in zip(plan.units, checks) where hasError(found) {
            results.append(
                UnitResult(
                    unit: unit, title: displayName(of: unit), errors: found.filter { $0.severity == .error },
                    reportState: unit.isCounty ? .notApplicable : .invalid))
        }
        var run = Run(plan: plan, checks: checks, results: results, cancelled: cancel.isCancelled, elapsed: 0)
        if cancel.isCancelled { discardPDFSources() }
        if formats.contains(.pdf), !cancel.isCancelled {
            (run.pdfFiles, run.pdfErrors) = await convertToPDF(results.filter { !$0.failed })
        }
        if run.pdfErrors.isEmpty {
            let countyName = results.first { $0.unit.isCounty }?.title ?? URL(fileURLWithPath: folder).lastPathComponent
            do {
                try BatchIndex.write(
                    results: results, extraFiles: run.pdfFiles, year: plan.year, outputDirectory: outputDirectory,
                    countyName: countyName, folder: folder, editorURL: editorURL)
            } catch {
                run.indexErrors = Diagnostic.from(error, file: outputDirectory)
            }
        }
        run.elapsed = Date().timeIntervalSince(started)
        return run
    }
}
