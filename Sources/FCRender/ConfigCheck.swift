import FCConfig
import FCReport
import FCValidation
import Foundation
import Synchronization

/// Loading and validation together: what `fcdoc validate` reports and `render` requires.
public enum ConfigCheck {
    public struct Outcome: Sendable {
        /// Present only when there were no errors (warnings are allowed).
        public var config: ConfigFile?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        public var centre: CentreFile? { config?.centre }
        public var county: CountyFile? { config?.county }
        /// A report with its centre, survey and last year's report loaded.
        public var reportData: ReportData?
        /// The file's graphic profile and logos (a report's: its centre's), read and checked.
        public var branding: Branding?
    }

    /// Outcomes by path for one batch: a centre is checked for itself, for its report, for the
    /// roll-up; its files do not change during the run, so it is read once. Also the run's
    /// report index and read-ahead. Make one per run, never one per process: a long-running
    /// server makes one per request, so it sees every change to the files.
    public final class Cache: Sendable {
        private let outcomes = Mutex<[String: Outcome]>([:])
        let readAhead = ConfigLoader.ReadAhead()
        /// Whether each font a profile names can be used, asked once per run.
        let fonts = InstalledFonts.Verdicts()
        package let reports: ReportIndex

        public init() {
            reports = ReportIndex(readAhead: readAhead)
        }

        func outcome(_ key: String, _ make: () -> Outcome) -> Outcome {
            if let known = outcomes.withLock({ $0[key] }) { return known }
            let made = make()
            outcomes.withLock { $0[key] = made }
            return made
        }
    }

    /// - Parameters:
    ///   - path: the centre, county or report file.
    ///   - lookForPreviousReport: for a report, also load last year's from the same folder.
    ///   - cache: reuse outcomes within a batch.
    ///   - strict: personal data (personnummer, e-mail, phone) in free text is an error.
    ///   - policy: where the file and the files it names may lie (one policy per cache).
    /// - Returns: every diagnostic, and the loaded file when it has no errors.
    public static func run(
        path: String, lookForPreviousReport: Bool = true, cache: Cache? = nil,
        strict: Bool = false, policy: PathPolicy = .anywhere
    ) -> Outcome {
        guard let cache else {
            return check(
                path: path, lookForPreviousReport: lookForPreviousReport, cache: nil, strict: strict, policy: policy)
        }
        let key = URL(fileURLWithPath: path).standardizedFileURL.path + (lookForPreviousReport ? "" : "#alone")
        return cache.outcome(key) {
            check(
                path: path, lookForPreviousReport: lookForPreviousReport, cache: cache, strict: strict, policy: policy)
        }
    }

    /// Checks `data` as if it were the file at `path` (an editor's unsaved text): what it refers
    /// to (a report's centre, survey and last year's report) is read from beside `path`, unless
    /// `loadingReport` is false, when a report is validated only.
    public static func run(
        data: Data, path: String, cache: Cache = Cache(), strict: Bool = false, loadingReport: Bool = true,
        policy: PathPolicy = .anywhere
    ) -> Outcome {
        check(
            ConfigLoader.load(data: data, path: path), lookForPreviousReport: true, cache: cache, strict: strict,
            loadingReport: loadingReport, policy: policy)
    }

    static func check(path: String, lookForPreviousReport: Bool, cache: Cache?, strict: Bool, policy: PathPolicy)
        -> Outcome
    {
        guard policy.allows(path) else {
            // Listed or linked from inside the folder, but the file itself lies outside: not read.
            let sink = DiagnosticSink()
            _ = policy.check(
                path, named: URL(fileURLWithPath: path).lastPathComponent, at: .wholeFile(path), sink: sink)
            return Outcome(config: nil, diagnostics: sink.sorted)
        }
        return check(
            ConfigLoader.load(path: path, readAhead: cache?.readAhead), lookForPreviousReport: lookForPreviousReport,
            cache: cache, strict: strict, policy: policy)
    }

    static func check(
        _ loaded: ConfigLoader.Result, lookForPreviousReport: Bool, cache: Cache?, strict: Bool,
        loadingReport: Bool = true, policy: PathPolicy
    ) -> Outcome {
        let sink = loaded.diagnostics
        let fonts = cache?.fonts ?? InstalledFonts.Verdicts()
        var reportData: ReportData?
        var branding: Branding?
        switch loaded.config {
        case .centre(let file)?: CentreValidator.validate(file, strict: strict, into: sink)
        case .county(let file)?: CountyValidator.validate(file, into: sink)
        case .report(let file)?:
            ReportValidator.validate(file, strict: strict, into: sink)
            if loadingReport, !sink.hasErrors {
                reportData = ReportLoader.load(
                    file, sink: sink, lookForPrevious: lookForPreviousReport, cache: cache,
                    strict: strict, policy: policy)
                if let centre = reportData?.centre {
                    // Checked, and its problems reported, with the centre file.
                    branding = BrandingLoader.load(
                        .centre(centre), sink: DiagnosticSink(), policy: policy, fonts: fonts)
                }
            }
        case .profile?, nil: break
        }
        if let config = loaded.config, config.report == nil {
            branding = BrandingLoader.load(config, sink: sink, policy: policy, fonts: fonts)
        }
        let failed = sink.hasErrors
        return Outcome(
            config: failed ? nil : loaded.config, diagnostics: sink.sorted,
            reportData: failed ? nil : reportData, branding: failed ? nil : branding)
    }
}
