import ArgumentParser
import FCConfig
import FCRender
import FCTemplates
import Foundation

struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Render a blank form for printing: the self-reflection or the parent survey.",
        discussion: """
        self-reflection: Bilaga 5's instructions (Steg I–V), then all of Bilaga 4's statements by area, each with the scale "Fungerar" … "Behöver utvecklas" and room for a comment. parent-survey: the built-in questions for goals 1–5 (fcdoc questions) on the scale "Instämmer helt" … "Instämmer inte alls" with "Vet ej", and room for a comment. Both come from the same catalogues the reports use. Files go to OUT/formular/, or with --centre to OUT/<centre-id>/, with the centre's name on the form; --year adds the year to the form and the file name.
        """)

    enum Name: String, ExpressibleByArgument, CaseIterable {
        case selfReflection = "self-reflection"
        case parentSurvey = "parent-survey"

        var kind: DocumentKind {
            switch self {
            case .selfReflection: return .formularSjalvreflektion
            case .parentSurvey: return .formularForaldraenkat
            }
        }
    }

    @Argument(help: "Which form: self-reflection or parent-survey.")
    var name: Name

    @Option(help: ArgumentHelp("Comma-separated formats: odt, html, md, pdf.", valueName: "list"))
    var format: String = "odt,html"

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("A centre file: the form names the centre and goes to OUT/<centre-id>/.", valueName: "file"))
    var centre: String?

    @Option(help: "The year the form is for, e.g. 2026; printed on the form and in the file name.")
    var year: Int?

    @Option(help: ArgumentHelp("Folder with your own templates (formular-sjalvreflektion.md, formular-foraldraenkat.md).",
                               valueName: "dir"))
    var templates: String?

    func validate() throws {
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year must be from 2000 to 2100.") }
    }

    func run() throws {
        let formats = try Render.parseFormats(format)
        var centreFile: CentreFile?
        if let centre {
            let check = ConfigCheck.run(path: centre, lookForPreviousReport: false)
            DiagnosticPrinter.printText(check.diagnostics)
            guard let file = check.centre else {
                printError(check.config != nil ? "\(centre): error: --centre needs a centre file (kind: centre)"
                                                : "\(centre): not rendered (\(DiagnosticPrinter.summary(check.diagnostics)))")
                throw ExitCode.failure
            }
            centreFile = file
        }
        let renderer = DocumentRenderer(formats: formats, outputDirectory: out,
                                        templates: TemplateSet(overrideDirectory: templates))
        do {
            let result = try renderer.render([try DocumentPlan.form(name.kind, centre: centreFile, year: year)])
            for url in result.written { print("wrote \(url.path)") }
            if !result.unchanged.isEmpty { print("\(result.unchanged.count) file(s) already up to date") }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
