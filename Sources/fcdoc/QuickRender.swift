import ArgumentParser
import FCConfig
import FCFrontEnd
import FCRender

/// The plainest `fcdoc render` read without swift-argument-parser, whose parsing — a `Mirror`
/// over every command and option group, a trial parse for a completion-script request, each of
/// their dynamic casts a scan of the program's protocol conformances — was a fifth of the time
/// it takes to render one agreement.
///
/// Only this form is read here: `render FILE` with, in any order and each at most once, `--doc`,
/// `--format`, `--out`, `--copies`, `--diagnostics`, `--lang` (each followed by a value that does not start
/// with `-`) and `--strict`. Anything else — help, `--version`, `--templates`, `--reference-doc`,
/// `--out=DIR`, a second file, a value the option refuses — gives `nil` and the command line goes to
/// swift-argument-parser, so its help and every message about the command line stay its own.
enum QuickRender {
    /// The options that take a value, as `render --help` names them.
    private static let valued: Set<String> = ["--doc", "--format", "--out", "--copies", "--diagnostics", "--lang"]

    /// The `render` command `arguments` (without the program's name) give, or `nil` when they
    /// are not of the plain form.
    static func command(_ arguments: [String]) -> Render? {
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
        var output = OutputOptions()
        output.out = values["--out"] ?? OutputOptions.defaultFolder
        output.templates = nil
        output.format = OutputFormat.defaults
        if let list = values["--format"] {
            guard let formats = try? OutputFormat.list(list) else { return nil }
            output.format = formats
        }
        var privacy = PrivacyOption()
        privacy.strict = strict
        var diagnostics = DiagnosticsOption()
        diagnostics.format = DiagnosticsOption.defaultFormat
        if let name = values["--diagnostics"] {
            guard let format = DiagnosticFormat(argument: name) else { return nil }
            diagnostics.format = format
        }
        var copyCount = CopiesOption()
        copyCount.copies = nil
        if let number = values["--copies"] {
            guard let copies = Int(argument: number) else { return nil }
            copyCount.copies = copies
        }
        var render = Render()
        render.file = file
        render.doc = nil
        if let name = values["--doc"] {
            guard let kind = DocumentKind(argument: name) else { return nil }
            render.doc = kind
        }
        render.output = output
        render.privacy = privacy
        render.diagnostics = diagnostics
        render.copyCount = copyCount
        var lang = LanguageOption()
        lang.chosen = nil
        if let name = values["--lang"] {
            guard let language = Language(argument: name) else { return nil }
            lang.chosen = language
        }
        render.lang = lang
        var reference = ReferenceDocOption()
        reference.referenceDoc = nil
        render.reference = reference
        // What swift-argument-parser checks after parsing; a refusal is its message to give.
        do {
            try output.validate()
            try privacy.validate()
            try diagnostics.validate()
            try copyCount.validate()
            try render.validate()
        } catch {
            return nil
        }
        return render
    }
}
