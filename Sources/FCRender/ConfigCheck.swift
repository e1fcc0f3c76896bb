import FCConfig
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
    }

    public static func run(path: String) -> Outcome {
        let loaded = ConfigLoader.load(path: path)
        let sink = loaded.diagnostics
        switch loaded.config {
        case .centre(let file)?: CentreValidator.validate(file, into: sink)
        case .county(let file)?: CountyValidator.validate(file, into: sink)
        case nil: break
        }
        return Outcome(config: sink.hasErrors ? nil : loaded.config, diagnostics: sink.sorted)
    }
}
