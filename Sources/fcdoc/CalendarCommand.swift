import ArgumentParser
import FCConfig
import FCFrontEnd
import FCOutput
import FCRender
import FCReport
import Foundation

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write a centre's year wheel (årshjul, Bilaga 6) as an iCalendar file.",
        discussion: """
            FILE is a centre file, or a report file (its centre is used). Writes OUT/<centre-id>/arshjul-<year>.ics with one all-day event per activity of the year wheel, dates resolved for the year (föräldraenkät in weeks 45–46, hälsovecka in week 39, the verksamhetsberättelse in by the centre's report_due, …). Import it into Outlook, Google or Apple Calendar.
            """)

    @Argument(help: "A centre or report file (YAML).")
    var file: String

    @Option(help: "The calendar year, e.g. 2026.")
    var year: Int

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "output"

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard (2000...2100).contains(year) else { throw ValidationError("--year must be from 2000 to 2100.") }
    }

    func run() throws {
        let language = lang.language
        let check = ConfigCheck.run(path: file, lookForPreviousReport: false)
        DiagnosticPrinter.printText(check.diagnostics, in: language)
        guard let centre = check.centre ?? check.reportData?.centre else {
            if check.config != nil {
                DiagnosticPrinter.printProblem(file, .error, .calendarNeedsCentre, in: language)
            } else {
                printError(
                    Message.notRendered(file, summary: DiagnosticPrinter.summary(check.diagnostics)).text(in: language))
            }
            throw ExitCode.failure
        }
        let id = centre.centre.id.value
        let text = ICalendar.write(
            entries: YearWheel.entries(for: year, reportDue: centre.followUp.due),
            calendarName: "Årshjul \(year) – \(centre.centre.name.value)", uidPrefix: id, year: year)
        do {
            let report = try OutputFolder(path: out).write([
                OutputFile(relativePath: "\(id)/arshjul-\(year).ics", data: Data(text.utf8))
            ])
            for url in report.written { print(Message.wrote(url.path).text(in: language)) }
            for url in report.unchanged { print(Message.alreadyUpToDate(url.path).text(in: language)) }
        } catch {
            DiagnosticPrinter.printText(Diagnostic.from(error, file: file), in: language)
            throw ExitCode.failure
        }
    }
}
