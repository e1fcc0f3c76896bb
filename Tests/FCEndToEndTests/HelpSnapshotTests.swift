import Foundation
import GoldenFiles
import Testing

/// The full `--help` of `fcdoc` and of every subcommand against `Tests/Golden/help/`, as
/// swift-argument-parser's own tests do with `AssertExecuteCommand`: a changed option, default
/// or text shows as a diff. Run at a fixed width so the wrapping does not depend on the terminal.
@Suite("End to end: the help of every command")
struct HelpSnapshotTests {
    static let environment = ["COLUMNS": "100", "PATH": "/usr/bin:/bin"]

    func help(_ arguments: [String]) throws -> String {
        let outcome = try Harness.run(Harness.fcdoc, arguments + ["--help"], environment: Self.environment)
        #expect(outcome.status == 0, "\(arguments)")
        #expect(outcome.stderr.isEmpty, "\(arguments)")
        return outcome.stdout
    }

    /// The subcommands as `fcdoc --help` lists them, so a new command cannot go without a snapshot.
    func subcommands(inRootHelp text: String) -> [String] {
        guard let section = text.components(separatedBy: "SUBCOMMANDS:\n").last else { return [] }
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }.filter { $0 != "See" }
    }

    @Test func everyCommandsHelpMatchesItsSnapshot() throws {
        let root = try help([])
        let commands = subcommands(inRootHelp: root)
        #expect(commands.count >= 7, "\(commands)")
        var names: Set<String> = ["fcdoc.txt"]
        if let mismatch = GoldenFile.mismatch(Data(root.utf8), golden: "help/fcdoc.txt") { Issue.record("\(mismatch)") }
        for command in commands {
            let name = "fcdoc-\(command).txt"
            names.insert(name)
            let text = try help([command])
            #expect(text.contains("USAGE: fcdoc \(command)"))
            if let mismatch = GoldenFile.mismatch(Data(text.utf8), golden: "help/\(name)") {
                Issue.record("\(mismatch)")
            }
        }
        #expect(GoldenFile.stale(in: "help", expected: names) == [], "snapshots of commands that are gone")
    }
}
