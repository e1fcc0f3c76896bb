import ArgumentParser
import FCRender
import FCTemplates
import Foundation

struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Render a blank form for printing: the self-reflection or the parent survey.",
        discussion: """
        self-reflection: Bilaga 4's statements by area on the scale "Fungerar" … "Behöver utvecklas", with Bilaga 5's instructions. parent-survey: the built-in questions for goals 1–5 on the scale "Instämmer helt" … "Instämmer inte alls". Both come from the same catalogues the reports use. Files go to OUT/formular/.
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

    @Option(help: ArgumentHelp("Comma-separated formats: odt, docx, html, md, pdf.", valueName: "list"))
    var format: String = "odt,html"

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "output"

    @Option(help: ArgumentHelp("Folder with your own templates (formular-sjalvreflektion.md, formular-foraldraenkat.md).",
                               valueName: "dir"))
    var templates: String?

    func run() throws {
        let formats = try Render.parseFormats(format)
        let renderer = DocumentRenderer(formats: formats, outputDirectory: out,
                                        templates: TemplateSet(overrideDirectory: templates))
        do {
            let result = try renderer.render([try DocumentPlan.form(name.kind)])
            for url in result.written { print("wrote \(url.path)") }
            if !result.unchanged.isEmpty { print("\(result.unchanged.count) file(s) already up to date") }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
