import ArgumentParser
import FCBatch
import FCConfig
import FCFrontEnd
import FCRender
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check centre, report and county files and report every problem.",
        discussion: """
            Prints one line per problem as FILE:LINE:COL: error|warning|note: message, all problems of all files in one run (a note only informs, e.g. that a report is still a draft). Exit status 0 when no file has errors (warnings and notes are allowed), 1 otherwise.
            """)

    @Argument(
        help:
            "Centre, report or county files (YAML) or county folders to check; a report is checked with its centre file and survey, a folder file by file and for centres that share an id."
    )
    var files: [String]

    @Option(help: "Output format: text (for people) or json (for tools, on standard output).")
    var format: DiagnosticFormat = .text

    @OptionGroup var privacy: PrivacyOption

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let language = lang.language
        let inputs = Self.expandFolders(files)
        let cache = ConfigCheck.Cache()
        let diagnostics =
            inputs.unreadable
            + inputs.paths.flatMap { ConfigCheck.run(path: $0, cache: cache, strict: privacy.strict).diagnostics }
            + inputs.folderCentres.flatMap {
                CentreIDClash.diagnostics(in: $0, cache: cache, strict: privacy.strict)
            }
        switch format {
        case .text:
            DiagnosticPrinter.printText(diagnostics, in: language)
            if diagnostics.allSatisfy({ $0.severity == .note }) {
                print(Message.filesOK(files).text(in: language))
            } else {
                printError(DiagnosticPrinter.summary(diagnostics).text(in: language))
            }
        case .json:
            print(Diagnostic.json(diagnostics, language: language))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }

    /// What `validate` checks.
    struct Inputs {
        /// Every file: as given, and for a folder the county, centre and report files in it
        /// (named from the folder as given).
        var paths: [String] = []
        /// The centre files of each folder given, which must not share an id.
        var folderCentres: [[String]] = []
        /// The files of a folder that are no config file, with why.
        var unreadable: [Diagnostic] = []
    }

    static func expandFolders(_ arguments: [String]) -> Inputs {
        var inputs = Inputs()
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                inputs.paths.append(argument)
                continue
            }
            let folder = CountyFolder.scan(argument)
            let root = folder.root.path + "/"
            let named = { (path: String) in
                path.hasPrefix(root)
                    ? (argument as NSString).appendingPathComponent(String(path.dropFirst(root.count))) : path
            }
            inputs.paths += (folder.countyFiles + folder.centreFiles + folder.reportFiles).map(named)
            inputs.folderCentres.append(folder.centreFiles.map(named))
            inputs.unreadable += folder.unreadable.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.location.file = named(diagnostic.location.file)
                return diagnostic
            }
        }
        return inputs
    }
}
