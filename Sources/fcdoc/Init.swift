import ArgumentParser
import FCConfig
import FCFrontEnd
import FCTemplates
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented example centre, county, report or profile file to start from.",
        discussion: """
            The example (with Swedish comments on every key) validates as it is; change it to describe your centre, or with --kind county your county. With --kind report it writes a report file (verksamhetsberättelse) and beside it a made-up survey export, <name>-enkat.csv, that validate together with the centre file given by --centre (default: familjecentral.yaml, what 'fcdoc init' writes). With --kind profile it writes a graphic profile (logo, sender, fonts, colours, margins) and beside it an example logo, logotyp.svg; a centre or county file names the profile with 'profile: FILE'.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case centre, county, report, profile

        /// Where the example goes without `--out`.
        var defaultFileName: String {
            switch self {
            case .centre: return "familjecentral.yaml"
            case .county: return "lan.yaml"
            case .report: return "verksamhetsberattelse.yaml"
            case .profile: return "profil.yaml"
            }
        }
    }

    @Option(
        help:
            "The kind of file: centre (a familjecentral), county (a län), report (a verksamhetsberättelse) or profile (a graphic profile)."
    )
    var kind: Kind = .centre

    @Option(
        help: ArgumentHelp(
            "Where to write it; '-' for standard output. Default: familjecentral.yaml, lan.yaml, verksamhetsberattelse.yaml or profil.yaml.",
            valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("For --kind report: the centre file the report is for.", valueName: "file"))
    var centre: String?

    @Option(help: "For --kind report: the year reported on. Default: last year.")
    var year: Int?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if kind != .report, centre != nil || year != nil {
            throw ValidationError("--centre and --year belong to --kind report.")
        }
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year must be from 2000 to 2100.") }
        if kind == .report || kind == .profile, out == "-" {
            throw ValidationError(
                "a \(kind == .report ? "report comes with a survey file" : "profile comes with a logo file"), so it cannot go to standard output; give --out FILE."
            )
        }
    }

    func run() throws {
        let language = lang.language
        let out = self.out ?? kind.defaultFileName
        let examples: [(path: String, data: Data?)]
        if kind == .report {
            let survey = Self.surveyName(for: out)
            let centrePath = Self.relativePath(to: centre ?? Kind.centre.defaultFileName, from: out)
            examples = [
                (out, ExampleFiles.report(centrePath: centrePath, year: year ?? Self.lastYear, surveyFile: survey)),
                (
                    URL(fileURLWithPath: out).deletingLastPathComponent().appendingPathComponent(survey).relativePath,
                    ExampleFiles.reportSurvey
                ),
            ]
        } else if kind == .profile {
            examples = [
                (out, ExampleFiles.example(kind: kind.rawValue)),
                (
                    URL(fileURLWithPath: out).deletingLastPathComponent().appendingPathComponent(
                        ExampleFiles.profileLogoName
                    ).relativePath, ExampleFiles.profileLogo
                ),
            ]
        } else {
            examples = [(out, ExampleFiles.example(kind: kind.rawValue))]
        }
        let files = examples.compactMap { example in example.data.map { (path: example.path, data: $0) } }
        guard files.count == examples.count else {
            DiagnosticPrinter.printProblem(nil, .error, .exampleMissing, in: language)
            throw ExitCode.failure
        }
        if out == "-" {
            FileHandle.standardOutput.write(files[0].data)
            return
        }
        for file in files where FileManager.default.fileExists(atPath: file.path) && !force {
            DiagnosticPrinter.printProblem(nil, .error, .fileExists(file.path), in: language)
            throw ExitCode.failure
        }
        for file in files {
            do {
                try file.data.write(to: URL(fileURLWithPath: file.path), options: .atomic)
            } catch {
                DiagnosticPrinter.printProblem(
                    nil, .error, .cannotWrite(file.path, reason: error.localizedDescription), in: language)
                throw ExitCode.failure
            }
            print(Message.wrote(file.path).text(in: language))
        }
        print((kind == .profile ? Message.nextStepsForProfile(out) : Message.nextSteps(out)).text(in: language))
    }

    /// `rapport.yaml` → `rapport-enkat.csv`.
    static func surveyName(for report: String) -> String {
        URL(fileURLWithPath: report).deletingPathExtension().lastPathComponent + "-enkat.csv"
    }

    /// `target` as seen from the folder of `file`, since a report names its centre relative to itself.
    static func relativePath(to target: String, from file: String) -> String {
        let targetParts = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let folderParts = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().pathComponents
        let common = zip(targetParts, folderParts).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: folderParts.count - common) + targetParts[common...]).joined(
            separator: "/")
    }

    static var lastYear: Int {
        Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
    }
}
