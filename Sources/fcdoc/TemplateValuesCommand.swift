import ArgumentParser
import FCFrontEnd
import FCRender

struct TemplateValuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template-values",
        abstract: "List the values a document's template can use (for writing your own templates).",
        discussion: """
            Prints, as Markdown, every name each document's template can use, read from the code: a template that names anything else is an error at its line and column.
            """)

    @Argument(help: ArgumentHelp("Only these documents.", valueName: "document"))
    var documents: [DocumentKind] = []

    @OptionGroup var lang: LanguageOption

    func run() {
        print(TemplateValuesList.markdown(for: documents.isEmpty ? nil : documents), terminator: "")
    }
}
