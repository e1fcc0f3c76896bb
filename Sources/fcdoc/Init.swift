import ArgumentParser
import FCTemplates
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented example centre or county file to start from.",
        discussion: """
        The example (with Swedish comments on every key) validates as it is; change it to describe your centre, or with --kind county your county.
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case centre, county
    }

    @Option(help: "The kind of file: centre (a familjecentral) or county (a län).")
    var kind: Kind = .centre

    @Option(help: ArgumentHelp("Where to write it; '-' for standard output. Default: familjecentral.yaml or lan.yaml.",
                               valueName: "file"))
    var out: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        let out = self.out ?? (kind == .centre ? "familjecentral.yaml" : "lan.yaml")
        guard let example = ExampleFiles.example(kind: kind.rawValue) else {
            printError("error: the built-in example is missing from this installation of fcdoc")
            throw ExitCode.failure
        }
        if out == "-" {
            FileHandle.standardOutput.write(example)
            return
        }
        if FileManager.default.fileExists(atPath: out), !force {
            printError("error: \(out) already exists; use --force to replace it or --out to choose another name")
            throw ExitCode.failure
        }
        do {
            try example.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            printError("error: cannot write \(out): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("wrote \(out) — edit it, then: fcdoc validate \(out) && fcdoc render \(out)")
    }
}
