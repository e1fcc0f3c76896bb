import ArgumentParser
import FCConfig
import FCFrontEnd
import FCReport

struct Statements: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statements",
        abstract: "List the self-reflection statements a report file can answer (self_reflection.answers).",
        discussion: """
            All statements of seed 004's Bilaga 4, by area, each with the key to use in a report file: '- statement: KEY' with 'position: 1' (Fungerar) to '5' (Behöver utvecklas). Add your own with 'self_reflection.statements'.
            """)

    @OptionGroup var lang: LanguageOption

    func run() {
        for area in SelfReflection.areas {
            print(area + ":")
            for statement in SelfReflection.catalogue where statement.area == area {
                print("  \(statement.key.padding(toLength: 30, withPad: " ", startingAt: 0)) \(statement.text)")
            }
            print("")
        }
        print(Message.positions(SelfReflection.scale).text(in: lang.language))
    }
}
