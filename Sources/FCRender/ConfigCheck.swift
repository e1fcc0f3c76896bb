import FCConfig
import Foundation
import FCReport
import FCValidation

/// Loading and validation together: what `fcdoc validate` reports and `render` requires.
public enum ConfigCheck {
    public struct Outcome {
        /// Present only when there were no errors (warnings are allowed).
        public var config: ConfigFile?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        public var centre: CentreFile? { config?.centre }
        public var county: CountyFile? { config?.county }
        /// A report with its centre, survey and last year's report loaded.
        public var reportData: ReportData?
    }

    /// Outcomes by path for one batch: a centre is checked for itself, for its report, for the
    /// roll-up; its files do not change during the run, so it is read once.
    public final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String: Outcome] = [:]

        public init() {}

        func outcome(_ key: String, _ make: () -> Outcome) -> Outcome {
            if let known = lock.withLock({ outcomes[key] }) { return known }
            let made = make()
            lock.withLock { outcomes[key] = made }
            return made
        }
    }

    /// - Parameters:
    ///   - lookForPreviousReport: for a report, also load last year's from the same folder.
    ///   - cache: reuse outcomes within a batch.
    public static func run(path: String, lookForPreviousReport: Bool = true, cache: Cache? = nil) -> Outcome {
        guard let cache else { return check(path: path, lookForPreviousReport: lookForPreviousReport, cache: nil) }
        let key = URL(fileURLWithPath: path).standardizedFileURL.path + (lookForPreviousReport ? "" : "#alone")
        return cache.outcome(key) { check(path: path, lookForPreviousReport: lookForPreviousReport, cache: cache) }
    }

    static func check(path: String, lookForPreviousReport: Bool, cache: Cache?) -> Outcome {
        let loaded = ConfigLoader.load(path: path)
        let sink = loaded.diagnostics
        var reportData: ReportData?
        switch loaded.config {
        case .centre(let file)?: CentreValidator.validate(file, into: sink)
        case .county(let file)?: CountyValidator.validate(file, into: sink)
        case .report(let file)?:
            ReportValidator.validate(file, into: sink)
            if !sink.hasErrors {
                reportData = ReportLoader.load(file, sink: sink, lookForPrevious: lookForPreviousReport, cache: cache)
            }
        case nil: break
        }
        let failed = sink.hasErrors
        return Outcome(config: failed ? nil : loaded.config, diagnostics: sink.sorted,
                       reportData: failed ? nil : reportData)
    }
}
