import ArgumentParser
import FCConfig
import FCDocument
import FCFrontEnd
import FCRender
import FCVerify

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that returned copies (ODT, DOCX or PDF) still say what they said when rendered.",
        discussion: """
            Reads each copy's text in reading order (an ODT's or DOCX's XML; a PDF that fcdoc wrote through its structure tree), computes its kontrollsumma as 'fcdoc render' does and compares it with the kontrollsumma printed in its footer: 'likalydande' when they match, exit 1 when any copy's text was changed or cannot be verified (an untagged PDF, a scan). The kontrollsumma covers the words in their order, so swapped words, cells or paragraphs change it. With --against, the centre, report or county file is rendered too and the first paragraph where the copy differs from it is named.
            """)

    @Argument(help: "Copies to check: .odt, .docx or .pdf files.")
    var files: [String]

    @Option(help: ArgumentHelp("The centre, report or county file the copies were made from.", valueName: "file"))
    var against: String?

    /// With `--against`: the `--copies` the copies were rendered with (the copies sentence names it).
    @OptionGroup var copyCount: CopiesOption

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let language = lang.language
        let documents = try against.map { try renderedDocuments($0, in: language) } ?? []
        var allIdentical = true
        for file in files {
            do {
                let (outcome, copy) = try CopyVerifier.verify(path: file)
                allIdentical = report(outcome, copy: copy, documents: documents, in: language) && allIdentical
            } catch {
                DiagnosticPrinter.printText(Diagnostic.from(error, file: file), in: language)
                allIdentical = false
            }
        }
        if !allIdentical { throw ExitCode.failure }
    }

    /// Prints what was found for one copy; `true` when it is likalydande: its text gives the
    /// kontrollsumma it prints and, with `--against`, every paragraph is as the config renders it.
    /// "likalydande" is printed only then.
    func report(
        _ outcome: CopyVerifier.Outcome, copy: CopyText, documents: [(DocumentKind, Document)], in language: Language
    ) -> Bool {
        let file = outcome.path
        let problem = { (severity: Diagnostic.Severity, message: Message) in
            DiagnosticPrinter.printProblem(file, severity, message, in: language)
        }
        guard let printed = outcome.printed else {
            problem(.error, .noFingerprint)
            return false
        }
        let comparison = against == nil ? nil : CopyVerifier.compare(copy, path: file, with: documents)
        let sameVersion = comparison.map { $0.renderedFingerprint == printed } ?? true
        if printed == outcome.computed, sameVersion, comparison?.difference == nil {
            print("\(file): " + Message.likalydande(printed).text(in: language))
            if let comparison, let against {
                print(
                    "\(file): " + Message.asRendered(by: against, document: comparison.kind.rawValue).text(in: language)
                )
            }
            return true
        }
        if printed != outcome.computed {
            problem(.error, .notLikalydande(computed: outcome.computed, printed: printed))
        } else {
            problem(.error, .notAsRendered(by: against ?? ""))
        }
        guard let against, let comparison else { return false }
        if !sameVersion {
            problem(
                .note,
                .otherVersion(against, document: comparison.kind.rawValue, fingerprint: comparison.renderedFingerprint))
        }
        if let difference = comparison.difference {
            if difference.expected.isEmpty {
                problem(.note, .extraText(difference.found ?? "", source: against))
            } else {
                problem(.note, .firstDifference(difference.expected, source: against, heading: difference.heading))
                if let found = difference.found { problem(.note, .copyHasInstead(found)) }
            }
        }
        return false
    }

    func renderedDocuments(_ path: String, in language: Language) throws -> [(DocumentKind, Document)] {
        let pipeline = Pipeline()
        let checked = pipeline.check(path: path)
        DiagnosticPrinter.printText(checked.diagnostics, in: language)
        guard checked.config != nil else {
            printError(
                Message.cannotCompare(path, summary: DiagnosticPrinter.summary(checked.diagnostics)).text(in: language))
            throw ExitCode.failure
        }
        do {
            return try pipeline.plans(checked, copies: copyCount.copies).map { plan throws(Pipeline.Failure) in
                (plan.kind, try pipeline.document(plan, file: path))
            }
        } catch {
            DiagnosticPrinter.printText(Diagnostic.from(error, file: path), in: language)
            throw ExitCode.failure
        }
    }
}
