import ArgumentParser
import FCConfig
import FCFrontEnd
import FCRender
import FCTemplates
import Foundation

struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Render a blank form for printing: the self-reflection or the parent survey.",
        discussion: """
            self-reflection: Bilaga 5's instructions (Steg I–V), then all of Bilaga 4's statements by area, each with the scale "Fungerar" … "Behöver utvecklas" and room for a comment. parent-survey: the built-in questions for goals 1–5 (fcdoc questions) on the scale "Instämmer helt" … "Instämmer inte alls" with "Vet ej", and room for a comment. Both come from the same catalogues the reports use. Files go to OUT/formular/, or with --centre to OUT/<centre-id>/, with the centre's name on the form and its graphic profile (logo, sender, fonts, colours, margins); --year adds the year to the form and the file name. --reference-doc restyles the ODT, DOCX and PDF as for render.
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

    @OptionGroup var output: OutputOptions

    @OptionGroup var reference: ReferenceDocOption

    @Option(
        help: ArgumentHelp("A centre file: the form names the centre and goes to OUT/<centre-id>/.", valueName: "file"))
    var centre: String?

    @Option(help: "The year the form is for, e.g. 2026; printed on the form and in the file name.")
    var year: Int?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year must be from 2000 to 2100.") }
    }

    func run() throws {
        let language = lang.language
        let referenceStyle = try reference.read(DiagnosticOutput(.text, language: language))
        var centreFile: CentreFile?
        var branding: Branding?
        if let centre {
            let check = ConfigCheck.run(path: centre, lookForPreviousReport: false)
            DiagnosticPrinter.printText(check.diagnostics, in: language)
            guard let file = check.centre else {
                if check.config != nil {
                    DiagnosticPrinter.printProblem(centre, .error, .formNeedsCentre, in: language)
                } else {
                    printError(
                        Message.notRendered(centre, summary: DiagnosticPrinter.summary(check.diagnostics)).text(
                            in: language))
                }
                throw ExitCode.failure
            }
            centreFile = file
            branding = check.branding
        }
        let renderer = DocumentRenderer(
            formats: output.format, outputDirectory: output.out,
            templates: TemplateSet(overrideDirectory: output.templates))
        do {
            var plan = try DocumentPlan.form(name.kind, centre: centreFile, year: year)
            if let centreFile {
                plan = plan.branded(config: .centre(centreFile), report: nil, branding: branding, fallback: nil)
            }
            let result = try renderer.render([plan.restyled(by: referenceStyle)])
            for url in result.written { print(Message.wrote(url.path).text(in: language)) }
            if !result.unchanged.isEmpty { print(Message.filesUpToDate(result.unchanged.count).text(in: language)) }
        } catch {
            DiagnosticPrinter.printText(Diagnostic.from(error, file: centre ?? "fcdoc form"), in: language)
            throw ExitCode.failure
        }
    }
}
