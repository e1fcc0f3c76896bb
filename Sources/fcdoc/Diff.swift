import ArgumentParser
import FCConfig
import FCDiff
import FCDocument
import FCFrontEnd
import FCOutput
import FCRender
import FCTemplates
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a centre or county file, as tracked changes.",
        discussion: """
            OLD and NEW are two versions of the same file (last year's agreement and this year's). Both are checked and rendered as 'render' does; each document that differs is written as OUT/<id>/<document>-andringar.<ext>: the NEW document with the changes from OLD as tracked changes (ODT and DOCX: insertions and deletions a word processor can accept or reject, author "fcdoc"; HTML <ins>/<del>; Markdown), headed "Ändringar mot OLD". HTML and Markdown start with a summary: the changed values of the file ("Årlig kostnad: 100 000 kr → 120 000 kr"), both documents' kontrollsummor and the changed paragraphs. These are reading copies, not copies to sign; the ODT and DOCX take the graphic profile and --reference-doc as render's do. A document that did not change is reported as unchanged and not written. The date of the changes is now, or SOURCE_DATE_EPOCH when set.
            """)

    @Argument(help: "The older version of the file (YAML).")
    var old: String

    @Argument(help: "The newer version of the same file (YAML).")
    var new: String

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Compare only these documents (default: every document the file gives).", valueName: "name"))
    var doc: [DocumentKind] = []

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "output"

    @Option(
        help: ArgumentHelp(
            "Comma-separated formats: " + Comparison.formats.map(\.rawValue).joined(separator: ", ")
                + ". Default: odt,html.", valueName: "list"),
        transform: OutputFormat.list)
    var format: [OutputFormat] = [.odt, .html]

    @OptionGroup var reference: ReferenceDocOption

    @OptionGroup var diagnostics: DiagnosticsOption

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let unsupported = format.first(where: { !Comparison.formats.contains($0) }) {
            let message = Message.diffFormatNotWritten(
                unsupported.rawValue, formats: Comparison.formats.map(\.rawValue))
            throw ValidationError(message.text(in: lang.language))
        }
    }

    func run() throws {
        let printer = DiagnosticOutput(diagnostics.format, language: lang.language)
        defer { printer.finish() }
        let pipeline = Pipeline(reference: try reference.read(printer))
        let checkedOld = pipeline.check(path: old, lookForPreviousReport: false)
        let checkedNew = pipeline.check(path: new, lookForPreviousReport: false)
        printer.report(checkedOld.diagnostics + checkedNew.diagnostics)
        do {
            let changes = try Comparison(pipeline: pipeline).compare(
                old: checkedOld, new: checkedNew, documents: doc.isEmpty ? nil : doc, revision: Self.revision())
            let files = try Comparison.files(changes, formats: format)
            let written = files.isEmpty ? nil : try OutputFolder(path: out).write(files)
            for change in changes {
                let line =
                    change.isUnchanged
                    ? Message.diffUnchanged(change.kind.rawValue, fingerprint: change.newFingerprint)
                    : Message.diffChanged(change.kind.rawValue, old: change.oldFingerprint, new: change.newFingerprint)
                printer.say(line)
            }
            for url in written?.written ?? [] { printer.say("  " + Message.wrote(url.path).text(in: printer.language)) }
            if let unchanged = written?.unchanged, !unchanged.isEmpty {
                printer.say("  " + Message.filesUpToDate(unchanged.count).text(in: printer.language))
            }
        } catch let failure as Pipeline.Failure {
            printer.report(failure.diagnostics)
            printError(
                Message.diffNotCompared(summary: DiagnosticPrinter.summary(failure.diagnostics)).text(
                    in: printer.language))
            throw ExitCode.failure
        } catch {
            printer.report(Diagnostic.from(error, file: new))
            throw ExitCode.failure
        }
    }

    /// Author "fcdoc" and the time of the run in UTC; `SOURCE_DATE_EPOCH` fixes it, for
    /// repeatable output.
    static func revision() -> Revision {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return Revision(author: "fcdoc", date: formatter.string(from: Date(timeIntervalSince1970: seconds)))
    }
}
