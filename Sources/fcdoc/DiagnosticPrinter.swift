import ArgumentParser
import FCConfig
import Foundation

/// Prints diagnostics as `FILE:LINE:COL: severity: message` lines (each note on a line of its own
/// below), or as JSON for tools.
enum DiagnosticPrinter {
    static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.formatted(in: Language(environment: ProcessInfo.processInfo.environment))) }
    }

    /// `2 errors, 1 warning`, with `, 1 note` when there are notes.
    static func summary(_ diagnostics: [Diagnostic]) -> String {
        func count(_ severity: Diagnostic.Severity, _ one: String, _ many: String) -> String {
            let number = diagnostics.filter { $0.severity == severity }.count
            return "\(number) \(number == 1 ? one : many)"
        }
        let notes = diagnostics.contains { $0.severity == .note } ? ", " + count(.note, "note", "notes") : ""
        return count(.error, "error", "errors") + ", " + count(.warning, "warning", "warnings") + notes
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
    var format: DiagnosticFormat = .text
}

/// A command's problems: printed as they come (text), or gathered and printed as one JSON array
/// by `finish()` (json). A diagnostic reported twice (a batch checks a file, then renders it) is
/// printed once.
final class DiagnosticOutput {
    let format: DiagnosticFormat
    private var reported: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    init(_ format: DiagnosticFormat) {
        self.format = format
    }

    func report(_ diagnostics: [Diagnostic]) {
        let new = diagnostics.filter { seen.insert($0).inserted }
        reported += new
        if format == .text { DiagnosticPrinter.printText(new) }
    }

    /// A line for people: on standard output, or on standard error when standard output carries JSON.
    func say(_ line: String) {
        if format == .json { printError(line) } else { print(line) }
    }

    func finish() {
        if format == .json { print(Diagnostic.json(reported, language: Language(environment: ProcessInfo.processInfo.environment))) }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
