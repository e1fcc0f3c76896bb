import FCConfig
import FCValidation

/// Loading and validation together: what `fcdoc validate` reports and `render` requires.
public enum CentreCheck {
    public struct Outcome {
        /// Present only when there were no errors (warnings are allowed).
        public var file: CentreFile?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func run(path: String) -> Outcome {
        let loaded = CentreLoader.load(path: path)
        let sink = loaded.diagnostics
        if let file = loaded.file { CentreValidator.validate(file, into: sink) }
        return Outcome(file: sink.hasErrors ? nil : loaded.file, diagnostics: sink.sorted)
    }
}
