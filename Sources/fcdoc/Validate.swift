import ArgumentParser
import FCConfig
import FCRender

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check centre, report and county files and report every problem.",
        discussion: """
            Prints one line per problem as FILE:LINE:COL: error|warning: message, all problems of all files in one run. Exit status 0 when no file has errors (warnings are allowed), 1 otherwise.
            """)

    @Argument(
        help: "Centre, report or county files (YAML) to check; a report is checked with its centre file and survey.")
    var files: [String]

    @Option(help: "Output format: text (for people) or json (for tools, on standard output).")
    var format: DiagnosticFormat = .text

    @OptionGroup var privacy: PrivacyOption

    func run() throws {
        let diagnostics = files.flatMap { ConfigCheck.run(path: $0, strict: privacy.strict).diagnostics }
        switch format {
        case .text:
            DiagnosticPrinter.printText(diagnostics)
            if diagnostics.isEmpty {
                print("\(files.count == 1 ? files[0] : "\(files.count) files"): OK")
            } else {
                printError(DiagnosticPrinter.summary(diagnostics))
            }
        case .json:
            print(Diagnostic.json(diagnostics))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}
