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
            self-reflection: Bilaga 5's instructions (Steg I–V), then all of Bilaga 4's statements by area, each with the scale "Fungerar" … "Behöver utvecklas" and room for a comment. parent-survey: the built-in questions for goals 1–5 (fcdoc questions) on the scale "Instämmer helt" … "Instämmer inte alls" with "Vet ej", and room for a comment. Both come from the same catalogues the reports use. Files go to OUT/formular/, or with --centre to OUT/<centre-id>/, with the centre's name on the form and its graphic profile (logo, sender, fonts, colours, margins), else --profile's; --year adds the year to the form and the file name. --reference-doc restyles the ODT, DOCX and PDF as for render.
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

    @Option(
        help: ArgumentHelp(
            "A graphic profile (kind: profile) for the form: its logo, sender, fonts, colours and margins. "
                + "With --centre it is the default for a centre that names none.",
            valueName: "file"))
    var profile: String?

    @Option(help: "The year the form is for, e.g. 2026; printed on the form and in the file name.")
    var year: Int?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year must be from 2000 to 2100.") }
    }

    func run() throws {
        let language = lang.language
        let referenceStyle = try reference.read(DiagnosticOutput(.text, language: language))
        let (centreFile, branding) = try centre.map(loadCentre) ?? (nil, nil)
        let (profileFile, fallback) = try profile.map(loadProfile) ?? (nil, nil)
        let renderer = DocumentRenderer(
            formats: output.format, outputDirectory: output.out,
            templates: TemplateSet(overrideDirectory: output.templates))
        do {
            var plan = try DocumentPlan.form(name.kind, centre: centreFile, year: year)
            if let config = centreFile.map(ConfigFile.centre) ?? profileFile.map(ConfigFile.profile) {
                plan = plan.branded(config: config, report: nil, branding: branding, fallback: fallback)
            }
            let result = try renderer.render([plan.restyled(by: referenceStyle)])
            for url in result.written { print(Message.wrote(url.path).text(in: language)) }
            if !result.unchanged.isEmpty { print(Message.filesUpToDate(result.unchanged.count).text(in: language)) }
        } catch {
            DiagnosticPrinter.printText(Diagnostic.from(error, file: centre ?? "fcdoc form"), in: language)
            throw ExitCode.failure
        }
    }

    /// The `--centre` file and its branding (its profile, when it names one); its problems
    /// printed, and the command ended when it has errors or is no centre file.
    private func loadCentre(_ path: String) throws -> (CentreFile?, Branding?) {
        let check = ConfigCheck.run(path: path, lookForPreviousReport: false)
        DiagnosticPrinter.printText(check.diagnostics, in: lang.language)
        guard let file = check.centre else {
            if check.config != nil {
                DiagnosticPrinter.printProblem(path, .error, .formNeedsCentre, in: lang.language)
            } else {
                printNotRendered(path, check.diagnostics)
            }
            throw ExitCode.failure
        }
        return (file, check.branding)
    }

    /// The `--profile` file, read and checked as a centre's profile is.
    private func loadProfile(_ path: String) throws -> (ProfileFile?, Branding.Profile?) {
        let check = ConfigCheck.run(path: path, lookForPreviousReport: false)
        DiagnosticPrinter.printText(check.diagnostics, in: lang.language)
        guard case .profile(let file)? = check.config, let profile = check.branding?.profile else {
            if check.config != nil {
                DiagnosticPrinter.printProblem(path, .error, .profileNotAProfile(path), in: lang.language)
            } else {
                printNotRendered(path, check.diagnostics)
            }
            throw ExitCode.failure
        }
        return (file, profile)
    }

    private func printNotRendered(_ path: String, _ diagnostics: [Diagnostic]) {
        printError(
            Message.notRendered(path, summary: DiagnosticPrinter.summary(diagnostics)).text(in: lang.language))
    }
}
