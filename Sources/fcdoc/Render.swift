import ArgumentParser
import FCConfig
import FCFrontEnd
import FCRender
import FCTemplates
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the documents of a centre, report or county file.",
        discussion: """
            A centre file gives samverkansavtal, samordnaravtal and samordningsfunktion, a report file verksamhetsberattelse-<year> (with its charts as SVG files beside the Markdown), a county file lanssamordnare (choose one with --doc). The file is checked first; with any error nothing is written. Files go to OUT/<id>/<document>.<ext>. ODT, DOCX and PDF are the signable formats and come in as many copies as the agreement is signed in (copy 1 is <document>.odt, copy 2 <document>-exemplar-2.odt, …), each marked "Exemplar k av N"; every copy and format carries the same content fingerprint (Kontrollsumma) in its footer, printed here too. Writes are atomic: a failed run leaves earlier files as they were.
            """)

    @Argument(help: "The centre, report or county file (YAML).")
    var file: String

    @Option(help: ArgumentHelp("Render only this document.", valueName: "name"))
    var doc: DocumentKind?

    @OptionGroup var output: OutputOptions

    @OptionGroup var reference: ReferenceDocOption

    @OptionGroup var privacy: PrivacyOption

    @OptionGroup var diagnostics: DiagnosticsOption

    @OptionGroup var copyCount: CopiesOption

    @OptionGroup var lang: LanguageOption

    func run() throws {
        try RenderRun(
            file: file, doc: doc, formats: output.format, out: output.out, templates: output.templates,
            reference: reference, strict: privacy.strict, diagnostics: diagnostics.format, copies: copyCount.copies,
            language: lang.language
        ).run()
    }
}

/// One `fcdoc render` as plain values, run by `Render` when swift-argument-parser read the
/// command line and by `QuickRender` when it did not need to.
struct RenderRun {
    var file: String
    var doc: DocumentKind?
    var formats: [OutputFormat]
    var out: String
    var templates: String?
    /// `--reference-doc`, read when the run starts (its problems are reported as the file's are).
    var reference: ReferenceDocOption?
    var strict: Bool
    var diagnostics: DiagnosticFormat
    var copies: Int?
    var language: Language

    func run() throws {
        let printer = DiagnosticOutput(diagnostics, language: language)
        defer { printer.finish() }
        let pipeline = Pipeline(
            templates: TemplateSet(overrideDirectory: templates), strict: strict,
            reference: try reference?.read(printer))
        let checked = pipeline.check(path: file)
        printer.report(checked.diagnostics)
        guard checked.config != nil else {
            printError(
                Message.notRendered(file, summary: DiagnosticPrinter.summary(checked.diagnostics)).text(
                    in: printer.language))
            throw ExitCode.failure
        }
        do {
            let plans = try pipeline.plans(checked, documents: doc.map { [$0] }, copies: copies)
            printer.report(plans.flatMap(\.warnings))
            let result = try pipeline.renderer(formats: formats, outputDirectory: out).render(plans)
            for document in result.documents {
                printer.say(
                    Message.renderedDocument(
                        document.kind.rawValue, copies: document.copies, fingerprint: document.fingerprint))
            }
            for url in result.written { printer.say("  " + Message.wrote(url.path).text(in: printer.language)) }
            if !result.unchanged.isEmpty {
                printer.say("  " + Message.filesUpToDate(result.unchanged.count).text(in: printer.language))
            }
        } catch {
            printer.report(Diagnostic.from(error, file: file))
            throw ExitCode.failure
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}
