import ArgumentParser
import FCRender
import FCTemplates
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the documents of a centre, report or county file.",
        discussion: """
        A centre file gives samverkansavtal and samordnaravtal, a report file verksamhetsberattelse-<year> (with its charts as SVG files beside the Markdown), a county file lanssamordnare (choose one with --doc). The file is checked first; with any error nothing is written. Files go to OUT/<id>/<document>.<ext>. ODT, DOCX and PDF are the signable formats and come in as many copies as the agreement is signed in (copy 1 is <document>.odt, copy 2 <document>-exemplar-2.odt, …), each marked "Exemplar k av N"; every copy and format carries the same content fingerprint (Kontrollsumma) in its footer, printed here too. Writes are atomic: a failed run leaves earlier files as they were.
        """)

    @Argument(help: "The centre, report or county file (YAML).")
    var file: String

    @Option(help: ArgumentHelp("Render only this document: "
                               + DocumentKind.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                               valueName: "name"))
    var doc: DocumentKind?

    @Option(help: ArgumentHelp("Comma-separated formats: odt, docx, html, md, pdf (pdf needs LibreOffice).",
                               valueName: "list"))
    var format: String = OutputFormat.defaults.map(\.rawValue).joined(separator: ",")

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("Folder with your own templates; each <document>.md in it replaces the built-in one.",
                               valueName: "dir"))
    var templates: String?

    @Flag(help: "Treat personal data in free text (personnummer, e-mail addresses, phone numbers) as errors, not warnings.")
    var strict = false

    @Option(help: ArgumentHelp("Number of signed copies (default: agreement.copies, or one per signing party).",
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
        try Self.parseFormats(format)
    }

    /// `odt,html` → the formats, refusing unknown names.
    static func parseFormats(_ format: String) throws -> [OutputFormat] {
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
        let check = ConfigCheck.run(path: file, strict: strict)
        DiagnosticPrinter.printText(check.diagnostics)
        guard let config = check.config else {
            printError("\(file): not rendered (\(DiagnosticPrinter.summary(check.diagnostics)))")
            throw ExitCode.failure
        }
        let renderer = DocumentRenderer(formats: try formats(), outputDirectory: out,
                                        templates: TemplateSet(overrideDirectory: templates))
        do {
            let plans = try (doc.map { [$0] } ?? DocumentKind.all(for: config)).map {
                try DocumentPlan.make($0, from: config, report: check.reportData, copies: copies)
            }
            let result = try renderer.render(plans)
            for document in result.documents {
                print("\(document.kind.rawValue): \(document.copies) exemplar, kontrollsumma \(document.fingerprint)")
            }
            for url in result.written { print("  wrote \(url.path)") }
            if !result.unchanged.isEmpty {
                print("  \(result.unchanged.count) file(s) already up to date")
            }
        } catch {
            printError("\(file): error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}
