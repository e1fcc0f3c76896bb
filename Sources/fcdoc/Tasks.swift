import ArgumentParser
import FCConfig
import FCFrontEnd
import Foundation

struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "List the coordinator tasks a centre file can choose (coordinator.tasks).",
        discussion: """
            The recommended tasks of seed 004's Bilaga 2 and "Mall – Avtal samordnare", and those of the local coordinator mandate in seed 000, each with the key to use in a centre file: 'tasks: all', a list of keys, or 'tasks: {all_except: [keys]}'; add your own with 'own_tasks'.
            """)

    @OptionGroup var lang: LanguageOption

    func run() {
        for group in CoordinatorTasks.groups {
            print(group.heading ?? "Samordnarens roll:")
            for task in group.tasks {
                print("  \(task.key.padding(toLength: 36, withPad: " ", startingAt: 0)) \(task.text)")
            }
            print("")
        }
    }
}
