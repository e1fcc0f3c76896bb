import ArgumentParser
import FCConfig
import FCFrontEnd
import Foundation

/// `fcdoc schema KIND`: the JSON Schema of a file kind, compiled into the program from the
/// repository's `schemas/`, so that an installed fcdoc can give it to an editor.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a centre, county, report or profile file, for editors with YAML support.",
        discussion: """
            Save it beside your files and name it on the first line of a file: 'fcdoc schema centre > centre.schema.json', then '# yaml-language-server: $schema=centre.schema.json' at the top of the centre file. Editors with YAML support (e.g. VS Code with the Red Hat YAML extension) then complete keys and mark mistakes as you type. The schema sees shapes and values; 'fcdoc validate' also checks what refers to what.
            """)

    @Argument(help: "The kind of file.")
    var kind: Init.Kind

    @OptionGroup var lang: LanguageOption

    func run() throws {
        guard let schema = EmbeddedResources.files["schemas/\(kind.rawValue).schema.json"] else {
            DiagnosticPrinter.printProblem(nil, .error, .schemaMissing(kind.rawValue), in: lang.language)
            throw ExitCode.failure
        }
        print(schema, terminator: "")
    }
}
