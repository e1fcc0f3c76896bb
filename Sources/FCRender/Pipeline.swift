import FCCharts
import FCConfig
import FCDocument
import FCTemplates
import Foundation

/// The one way from a file to its documents, for every front end (render, verify, batch, the
/// web application, the fuzz target): `check` a path or bytes, make the `plans` of the
/// documents and copies wanted, then make the `documents` or `render` them to files. Each step
/// either gives its result or throws `Pipeline.Failure`, whose diagnostics say why.
public struct Pipeline: Sendable {
    public var templates: TemplateSet
    /// Personal data in free text is an error (`--strict`).
    public var strict: Bool
    /// Outcomes kept within one run (a batch checks a centre for itself, its report and the
    /// roll-up); `nil` reads every file anew.
    public var cache: ConfigCheck.Cache?
    /// Where the files checked and the files they name may lie: anywhere on the command line,
    /// inside the served folder for the web application.
    public var policy: PathPolicy
    /// The styles of a municipality's own document (`--reference-doc`), over the graphic
    /// profile's and fcdoc's.
    public var reference: ReferenceStyle?

    public init(
        templates: TemplateSet = TemplateSet(), strict: Bool = false, cache: ConfigCheck.Cache? = nil,
        policy: PathPolicy = .anywhere, reference: ReferenceStyle? = nil
    ) {
        self.templates = templates
        self.strict = strict
        self.cache = cache
        self.policy = policy
        self.reference = reference
    }

    /// A checked file: its diagnostics, and when it has no errors, what it gives.
    public struct Checked {
        /// The file the diagnostics and documents are of.
        public let path: String
        public let outcome: ConfigCheck.Outcome

        public var diagnostics: [Diagnostic] { outcome.diagnostics }
        public var config: ConfigFile? { outcome.config }
        /// The documents the file gives; none when it has errors.
        public var kinds: [DocumentKind] { config.map(DocumentKind.all(for:)) ?? [] }
    }

    /// Why no document came: each reason as diagnostics, never flattened to a text.
    public enum Failure: DiagnosticsError, CustomStringConvertible {
        /// The file has errors (these are all of its diagnostics): nothing is made from it.
        case invalid([Diagnostic])
        /// A document could not be made: the file does not give it, a computation failed, or a
        /// template has an error (at its place in the template).
        case document([Diagnostic])

        public var diagnostics: [Diagnostic] {
            switch self {
            case .invalid(let diagnostics), .document(let diagnostics): return diagnostics
            }
        }

        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    /// Checks the file at `path`; with `lookForPreviousReport`, a report also loads last year's.
    public func check(path: String, lookForPreviousReport: Bool = true) -> Checked {
        Checked(
            path: path,
            outcome: ConfigCheck.run(
                path: path, lookForPreviousReport: lookForPreviousReport, cache: cache, strict: strict,
                policy: policy))
    }

    /// Checks `data` as if it were the file at `path` (an editor's unsaved text, a fuzzed input).
    /// With `loadingReport` false a report is validated only: its centre, survey and last
    /// year's report are not read.
    public func check(data: Data, path: String, loadingReport: Bool = true) -> Checked {
        Checked(
            path: path,
            outcome: ConfigCheck.run(
                data: data, path: path, cache: cache ?? ConfigCheck.Cache(), strict: strict,
                loadingReport: loadingReport, policy: policy))
    }

    /// The plans of `documents` (every document the file gives when `nil`), with `copies`
    /// overriding the file's number of signed copies, and `defaultProfile` the graphic profile of
    /// a file that names none (its county's).
    public func plans(
        _ checked: Checked, documents: [DocumentKind]? = nil, copies: Int? = nil,
        defaultProfile: Branding.Profile? = nil
    ) throws(Failure) -> [DocumentPlan] {
        guard let config = checked.config else { throw .invalid(checked.diagnostics) }
        let report = checked.outcome.reportData
        let palette = (checked.outcome.branding?.profile ?? defaultProfile)?.palette ?? .standard
        do {
            return try (documents ?? DocumentKind.all(for: config)).map {
                try DocumentPlan.make($0, from: config, report: report, copies: copies, palette: palette).branded(
                    config: config, report: report, branding: checked.outcome.branding, fallback: defaultProfile
                ).restyled(by: reference)
            }
        } catch {
            throw .document(Diagnostic.from(error, file: checked.path))
        }
    }

    /// The document of a plan as the writers see it, before copies are marked.
    public func document(_ plan: DocumentPlan, file: String) throws(Failure) -> Document {
        do {
            return try renderer().document(plan)
        } catch {
            throw .document(Diagnostic.from(error, file: file))
        }
    }

    /// The renderer of the plans to `formats`, with this pipeline's templates.
    public func renderer(formats: [OutputFormat] = OutputFormat.defaults, outputDirectory: String = "output")
        -> DocumentRenderer
    {
        DocumentRenderer(formats: formats, outputDirectory: outputDirectory, templates: templates)
    }
}
