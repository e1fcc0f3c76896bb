import ArgumentParser
import FCRender
import FCTemplates
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a centre's documents.",
        discussion: """
        Checks the centre file first; with any error nothing is written. Files go to
        OUT/<centre-id>/<document>.<ext>. ODT and PDF are the signable formats and come in as many
        copies as the agreement is signed in (copy 1 is <document>.odt, copy 2
        <document>-exemplar-2.odt, …), each marked "Exemplar k av N"; every copy and format carries
        the same content fingerprint (Kontrollsumma) in its footer, printed here too.
        Writes are atomic: a failed run leaves earlier files as they were.
        """)

    @Argument(help: "The centre file (YAML).")
    var file: String

    @Option(help: ArgumentHelp("Document to render.", valueName: "name"))
    var doc: DocumentKind = .samverkansavtal

    @Option(help: ArgumentHelp("Comma-separated formats: odt, html, md, pdf (pdf needs LibreOffice).",
                               valueName: "list"))
    var format: String = OutputFormat.defaults.map(\.rawValue).joined(separator: ",")

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("Folder with your own templates; each <document>.md in it replaces the built-in one.",
                               valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Number of signed copies (default: agreement.copies, or one per signatory).",
                               valueName: "n"))
    var copies: Int?

    func validate() throws {
        _ = try formats()
        if let copies, !(1...20).contains(copies) {
            throw ValidationError("--copies must be from 1 to 20.")
        }
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates \(templates): no such folder.")
            }
        }
    }

    func formats() throws -> [OutputFormat] {
        let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var result: [OutputFormat] = []
        for name in names {
            guard let value = OutputFormat(rawValue: name) else {
                throw ValidationError("Unknown format '\(name)'; expected a comma-separated list of "
                                      + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            if !result.contains(value) { result.append(value) }
        }
        guard !result.isEmpty else { throw ValidationError("--format needs at least one format.") }
        return result
    }

    func run() throws {
        let check = CentreCheck.run(path: file)
        DiagnosticPrinter.printText(check.diagnostics)
        guard let centre = check.file else {
            printError("\(file): not rendered (\(DiagnosticPrinter.summary(check.diagnostics)))")
            throw ExitCode.failure
        }
        let renderer = CentreRenderer(formats: try formats(), outputDirectory: out,
                                      templates: TemplateSet(overrideDirectory: templates), copies: copies)
        do {
            let result = try renderer.render(doc, for: centre)
            let folder = URL(fileURLWithPath: out).appendingPathComponent(centre.centre.id.value).path
            print("\(doc.rawValue): \(result.copies) \(result.copies == 1 ? "exemplar" : "exemplar"), kontrollsumma \(result.fingerprint)")
            for url in result.files { print("  wrote \(url.path)") }
            if !result.unchanged.isEmpty {
                print("  \(result.unchanged.count) file(s) in \(folder) already up to date")
            }
        } catch {
            printError("\(file): error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}
