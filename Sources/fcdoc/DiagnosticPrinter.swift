import FCConfig
import Foundation

/// Prints diagnostics as `FILE:LINE:COL: severity: message` lines, or as JSON for tools.
enum DiagnosticPrinter {
    static func printText(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        Diagnostic.json(diagnostics)
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
