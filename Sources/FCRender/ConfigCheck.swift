import FCConfig
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

    /// - Parameter lookForPreviousReport: for a report, also load last year's from the same folder.
    public static func run(path: String, lookForPreviousReport: Bool = true) -> Outcome {
        let loaded = ConfigLoader.load(path: path)
        let sink = loaded.diagnostics
        var reportData: ReportData?
        switch loaded.config {
        case .centre(let file)?: CentreValidator.validate(file, into: sink)
        case .county(let file)?: CountyValidator.validate(file, into: sink)
        case .report(let file)?:
            ReportValidator.validate(file, into: sink)
            if !sink.hasErrors {
                reportData = ReportLoader.load(file, sink: sink, lookForPrevious: lookForPreviousReport)
            }
        case nil: break
        }
        let failed = sink.hasErrors
        return Outcome(config: failed ? nil : loaded.config, diagnostics: sink.sorted,
                       reportData: failed ? nil : reportData)
    }
}
