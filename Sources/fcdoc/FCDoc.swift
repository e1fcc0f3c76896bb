import ArgumentParser
import FCFrontEnd

@main
struct FCDoc: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fcdoc",
        abstract: "Makes the documents of Swedish family centres (familjecentraler) from YAML files.",
        discussion: """
            A centre file (YAML, 'kind: centre') describes one familjecentral: its parties, groups, coordinator and signatories; fcdoc renders its samverkansavtal (Bilaga 1), its coordinator contract, samordnaravtal (Bilaga 2), and samordningsfunktion, the role description of the child-level coordination function (seed 002). A report file ('kind: report') gives the year's verksamhetsberättelse och plan (Bilaga 3) with the parent survey, the self-reflection and charts. A county file ('kind: county') gives the county coordinator agreement, lanssamordnare, with the cost split by population; 'fcdoc batch' renders a whole county folder with a roll-up. Every document comes as ODT, HTML, Markdown and PDF.

            Start with 'fcdoc init', edit the file, check it with 'fcdoc validate', then 'fcdoc render'; 'fcdoc verify' checks the copies that come back signed.
            """,
        version: fcdocVersion,
        subcommands: [
            Render.self, Validate.self, Init.self, BatchCommand.self, Tasks.self, Statements.self, Questions.self,
            CalendarCommand.self, Form.self, Verify.self, Diff.self, TemplateValuesCommand.self, Schema.self,
            Serve.self,
        ]
    )

    /// Runs the command line: the plainest `render` at once (`QuickRender`), everything else
    /// through swift-argument-parser. Errors end the program as swift-argument-parser ends it.
    static func main() async {
        guard let render = QuickRender.command(Array(CommandLine.arguments.dropFirst())) else {
            await main(nil)
            return
        }
        do {
            try render.run()
        } catch {
            exit(withError: error)
        }
    }
}
