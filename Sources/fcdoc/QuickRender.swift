import ArgumentParser
import FCConfig
import FCFrontEnd
import FCRender
import Foundation

/// The plainest `fcdoc render` read without swift-argument-parser, whose parsing — a `Mirror`
/// over every command and option group, a trial parse for a completion-script request, each of
/// their dynamic casts a scan of the program's protocol conformances — was a fifth of the time
/// it takes to render one agreement. Nor are its option groups made: setting up their property
/// wrappers cost another 2 % of a render.
///
/// Only this form is read here: `render FILE` with, in any order and each at most once, `--doc`,
/// `--format`, `--out`, `--copies`, `--diagnostics`, `--lang` (each followed by a value that does not start
/// with `-`) and `--strict`. Anything else — help, `--version`, `--templates`, `--reference-doc`,
/// `--out=DIR`, a second file, a value the option refuses — gives `nil` and the command line goes to
/// swift-argument-parser, so its help and every message about the command line stay its own.
enum QuickRender {
    /// The options that take a value, as `render --help` names them.
    private static let valued: Set<String> = ["--doc", "--format", "--out", "--copies", "--diagnostics", "--lang"]

    /// The `render` run `arguments` (without the program's name) ask for, or `nil` when they
    /// are not of the plain form.
    static func command(_ arguments: [String]) -> RenderRun? {
        guard arguments.first == "render" else { return nil }
        var file: String?
        var values: [String: String] = [:]
        var strict = false
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--strict", !strict {
                strict = true
            } else if valued.contains(argument), values[argument] == nil, let value = rest.popFirst(),
                !value.hasPrefix("-")
            {
                values[argument] = value
            } else if file == nil, !argument.hasPrefix("-"), argument != "help" {
                file = argument
            } else {
                return nil
            }
        }
        guard let file else { return nil }
        var run = RenderRun(
            file: file, doc: nil, formats: OutputFormat.defaults, out: values["--out"] ?? OutputOptions.defaultFolder,
            templates: nil, reference: nil, strict: strict, diagnostics: DiagnosticsOption.defaultFormat,
            copies: nil, language: Language(environment: ProcessInfo.processInfo.environment))
        // Each value as its option reads it; a value it refuses is swift-argument-parser's to report.
        if let list = values["--format"] {
            guard let formats = try? OutputFormat.list(list) else { return nil }
            run.formats = formats
        }
        if let name = values["--diagnostics"] {
            guard let format = DiagnosticFormat(argument: name) else { return nil }
            run.diagnostics = format
        }
        if let number = values["--copies"] {
            guard let copies = Int(argument: number), CopiesOption.allowed.contains(copies) else { return nil }
            run.copies = copies
        }
        if let name = values["--doc"] {
            guard let kind = DocumentKind(argument: name) else { return nil }
            run.doc = kind
        }
        if let name = values["--lang"] {
            guard let language = Language(argument: name) else { return nil }
            run.language = language
        }
        return run
    }
}
