import ArgumentParser
import FCConfig
import FCDocument
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

    func run() throws {
        let documents = try against.map(renderedDocuments) ?? []
        var allIdentical = true
        for file in files {
            do {
                let (outcome, copy) = try CopyVerifier.verify(path: file)
                allIdentical = report(outcome, copy: copy, documents: documents) && allIdentical
            } catch {
                DiagnosticPrinter.printText(Diagnostic.from(error, file: file))
                allIdentical = false
            }
        }
        if !allIdentical { throw ExitCode.failure }
    }

    /// Prints what was found for one copy; `true` when it is likalydande: its text gives the
    /// kontrollsumma it prints and, with `--against`, every paragraph is as the config renders it.
    /// "likalydande" is printed only then.
    func report(_ outcome: CopyVerifier.Outcome, copy: CopyText, documents: [(DocumentKind, Document)]) -> Bool {
        let file = outcome.path
        guard let printed = outcome.printed else {
            printError(
                "\(file): error: no kontrollsumma found in the copy; only copies rendered by fcdoc can be verified")
            return false
        }
        let comparison = against == nil ? nil : CopyVerifier.compare(copy, path: file, with: documents)
        let sameVersion = comparison.map { $0.renderedFingerprint == printed } ?? true
        if printed == outcome.computed, sameVersion, comparison?.difference == nil {
            print("\(file): likalydande (kontrollsumma \(printed))")
            if let comparison, let against {
                print("\(file): every paragraph as \(against) renders \(comparison.kind.rawValue)")
            }
            return true
        }
        if printed != outcome.computed {
            printError(
                "\(file): error: not likalydande: its text gives kontrollsumma \(outcome.computed), "
                    + "but it prints \(printed); the text was changed after it was rendered")
        } else {
            printError("\(file): error: the copy is not as \(against ?? "") renders it")
        }
        guard let against, let comparison else { return false }
        if !sameVersion {
            printError(
                "\(file): note: \(against) now renders \(comparison.kind.rawValue) with kontrollsumma "
                    + "\(comparison.renderedFingerprint); the copy was made from another version")
        }
        if let difference = comparison.difference {
            let place = difference.heading.map { " (under '\($0)')" } ?? ""
            if difference.expected.isEmpty {
                printError(
                    "\(file): note: the copy has text that \(against) does not render: \"\(difference.found ?? "")\"")
            } else {
                printError(
                    "\(file): note: first paragraph that differs from \(against)\(place): \"\(difference.expected)\"")
                if let found = difference.found { printError("\(file): note: the copy has instead: \"\(found)\"") }
            }
        }
        return false
    }

    func renderedDocuments(_ path: String) throws -> [(DocumentKind, Document)] {
        let pipeline = Pipeline()
        let checked = pipeline.check(path: path)
        DiagnosticPrinter.printText(checked.diagnostics)
        guard checked.config != nil else {
            printError("\(path): cannot compare (\(DiagnosticPrinter.summary(checked.diagnostics)))")
            throw ExitCode.failure
        }
        do {
            return try pipeline.plans(checked, copies: copyCount.copies).map { plan throws(Pipeline.Failure) in
                (plan.kind, try pipeline.document(plan, file: path))
            }
        } catch {
            DiagnosticPrinter.printText(Diagnostic.from(error, file: path))
            throw ExitCode.failure
        }
    }
}
