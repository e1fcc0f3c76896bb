import ArgumentParser
import FCBatch
import FCConfig
import FCFrontEnd
import FCRender
import Foundation
import Synchronization

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render every centre of a county folder, the county's agreement, an index and a manifest.",
        discussion: """
            COUNTY_DIR holds one county file (kind: county), the centre files and the report files, in any subfolders (see the README). Every file is checked first and all problems are listed; then the centres are rendered in parallel. A centre with errors is reported and skipped; the others are rendered. At the end: a summary, OUT/index.html (every centre and document, with links, status, fingerprint, and whether the report was handed in) and OUT/manifest.json (every file with size and SHA-256). Files that would not change are left alone. Exit status 1 if any centre failed. Ctrl-C stops after the running centres; files already written stay whole.
            """)

    @Argument(help: "The county folder.")
    var countyDir: String

    @Option(help: "The report year (default: the latest year of the reports found).")
    var year: Int?

    @Option(help: "How many centres to render at once (default: the number of processor cores).")
    var jobs: Int?

    @OptionGroup var output: OutputOptions

    @OptionGroup var reference: ReferenceDocOption

    @OptionGroup var privacy: PrivacyOption

    @OptionGroup var diagnostics: DiagnosticsOption

    @Flag(help: "Print only problems and the summary.")
    var quiet = false

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: countyDir, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(countyDir): no such folder.")
        }
    }

    func run() async throws {
        let formats = output.format
        var batch = Batch(
            folder: countyDir, year: year, outputDirectory: output.out,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, formats: formats,
            templatesDirectory: output.templates)
        batch.strict = privacy.strict
        let language = lang.language
        let printer = DiagnosticOutput(diagnostics.format, language: language)
        defer { printer.finish() }
        batch.reference = try reference.read(printer)
        let cancel = CancellationFlag()
        let interrupt = Self.onInterrupt(saying: Message.batchStopping.text(in: language)) { cancel.cancel() }
        defer { interrupt.cancel() }
        let plan = batch.plan()
        let reporter = ProgressReporter(quiet: quiet)
        printer.report(plan.stray)
        guard !plan.units.isEmpty else {
            printer.report([Diagnostic(.error, at: .wholeFile(countyDir), .noConfigFiles)])
            throw ExitCode.failure
        }
        // Everything is checked before anything is rendered.
        let run = await batch.run(
            plan, cancel: cancel, checked: { checks in printer.report(Array(checks.joined())) },
            progress: { reporter.update($0) })
        reporter.finish()
        let results = run.results
        printer.report(results.flatMap(\.errors))
        printer.report(run.pdfErrors)
        if !run.pdfErrors.isEmpty { throw ExitCode.failure }
        printer.report(run.indexErrors)
        summarise(results, plan: plan, elapsed: run.elapsed, cancelled: cancel.isCancelled, printer: printer)
        if cancel.isCancelled { throw ExitCode(130) }
        if results.contains(where: \.failed) || !plan.stray.isEmpty { throw ExitCode.failure }
    }

    func summarise(
        _ results: [Batch.UnitResult], plan: Batch.Plan, elapsed: Double, cancelled: Bool,
        printer: DiagnosticOutput
    ) {
        let failed = results.filter(\.failed)
        let files = results.flatMap(\.files).count
        let written = results.reduce(0) { $0 + $1.written }
        let warnings = results.reduce(0) { $0 + $1.warnings.count }
        let missing = results.filter { $0.reportState == .missing }.map(\.title)
        printer.say(
            Message.batchSummary(
                rendered: results.count - failed.count, of: plan.units.count, year: plan.year, files: files,
                written: written, warnings: warnings, seconds: elapsed))
        if !missing.isEmpty {
            printer.say(Message.reportsMissing(year: plan.year, centres: missing))
        }
        let drafts = results.filter { $0.reportState == .draft }.map(\.title)
        if !drafts.isEmpty {
            printer.say(Message.reportsDraft(drafts))
        }
        for result in failed {
            // The file beside the name: two files can name one centre (a copy whose id was kept).
            let file = URL(fileURLWithPath: result.unit.source).lastPathComponent
            printer.say(Message.centreFailed(result.title, file: file))
            for error in result.errors { printer.say("  " + error.headline(in: printer.language)) }
        }
        if cancelled {
            printer.say(Message.batchInterrupted)
        }
        printer.say(Message.batchIndex(URL(fileURLWithPath: output.out).appendingPathComponent("index.html").path))
    }

    /// Ctrl-C (SIGINT) and SIGTERM call `action` instead of killing the process, after `saying` so.
    static func onInterrupt(saying notice: String, _ action: @escaping @Sendable () -> Void) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            printError("\n" + notice)
            action()
        }
        source.resume()
        return source
    }
}

/// A progress bar on a terminal; plain lines otherwise; nothing with --quiet.
final class ProgressReporter: Sendable {
    private let quiet: Bool
    private let terminal: Bool
    /// One line at a time: workers report as they finish.
    private let writing = Mutex(())

    init(quiet: Bool) {
        self.quiet = quiet
        // NO_COLOR (no-color.org) asks for plain output: no escape codes, so no redrawn bar either.
        let environment = ProcessInfo.processInfo.environment
        terminal = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb" && environment["NO_COLOR"] == nil
    }

    func update(_ progress: Batch.Progress) {
        guard !quiet else { return }
        writing.withLock { _ in
            let elapsed = String(format: "%.1f s", progress.elapsed)
            if terminal {
                let width = 24
                let filled = progress.total == 0 ? width : width * progress.done / progress.total
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                FileHandle.standardError.write(
                    Data(
                        "\r[\(bar)] \(progress.done)/\(progress.total) \(progress.current.prefix(30)) \(elapsed)\u{1B}[K"
                            .utf8))
            } else {
                printError("[\(progress.done)/\(progress.total)] \(progress.current) \(elapsed)")
            }
        }
    }

    func finish() {
        if terminal && !quiet { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
