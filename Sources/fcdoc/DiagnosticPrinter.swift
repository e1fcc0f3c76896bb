import ArgumentParser
import FCConfig
import FCFrontEnd
import Foundation

/// Prints diagnostics as `FILE:LINE:COL: severity: message` lines (each note on a line of its own
/// below), or as JSON for tools, in the language of `--lang` (`LanguageOption`).
enum DiagnosticPrinter {
    static func printText(_ diagnostics: [Diagnostic], in language: Language) {
        for diagnostic in diagnostics { printError(diagnostic.formatted(in: language)) }
    }

    /// `2 fel, 1 varning` (`2 errors, 1 warning`), with `, 1 notering` when there are notes.
    static func summary(_ diagnostics: [Diagnostic]) -> Message {
        let count = { (severity: Diagnostic.Severity) in diagnostics.filter { $0.severity == severity }.count }
        return .summary(errors: count(.error), warnings: count(.warning), notes: count(.note))
    }

    /// `FILE: fel: message` (`FILE: error: …`): a problem with a whole file that has no line to
    /// point at; without a file, `fel: message`.
    static func printProblem(
        _ file: String?, _ severity: Diagnostic.Severity, _ message: Message, in language: Language
    ) {
        printError((file.map { "\($0): " } ?? "") + "\(severity.word(in: language)): \(message.text(in: language))")
    }
}

/// Text for people, JSON (`Diagnostic.json`) for editors and scripts.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--diagnostics text|json` for `render` and `batch`, whose `--format` names the output formats.
struct DiagnosticsOption: ParsableArguments {
    @Option(
        name: .customLong("diagnostics"),
        help: ArgumentHelp(
            "How to print problems: text (FILE:LINE:COL lines on standard error) or json (one JSON "
                + "array on standard output, as 'validate --format json' prints it; the other messages "
                + "then go to standard error).", valueName: "text|json"))
    var format: DiagnosticFormat = Self.defaultFormat

    /// How problems are printed when `--diagnostics` is not given.
    static let defaultFormat = DiagnosticFormat.text
}

/// A command's problems: printed as they come (text), or gathered and printed as one JSON array
/// by `finish()` (json). A diagnostic reported twice (a batch checks a file, then renders it) is
/// printed once.
final class DiagnosticOutput {
    let format: DiagnosticFormat
    let language: Language
    private var reported: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    init(_ format: DiagnosticFormat, language: Language) {
        self.format = format
        self.language = language
    }

    func report(_ diagnostics: [Diagnostic]) {
        let new = diagnostics.filter { seen.insert($0).inserted }
        reported += new
        if format == .text { DiagnosticPrinter.printText(new, in: language) }
    }

    /// A line for people: on standard output, or on standard error when standard output carries JSON.
    func say(_ line: String) {
        if format == .json { printError(line) } else { print(line) }
    }

    /// `say` in the output's language.
    func say(_ message: Message) {
        say(message.text(in: language))
    }

    func finish() {
        if format == .json { print(Diagnostic.json(reported, language: language)) }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
