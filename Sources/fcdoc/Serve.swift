import ArgumentParser
import FCConfig
import FCFrontEnd
import FCOutput
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `fcdoc serve`: the web application is the program `fcdoc-serve`, so that `fcdoc` carries no
/// server stack. This command checks the options (and documents them in its help), then
/// replaces itself with `fcdoc-serve` — the one beside this program, else the one on `PATH` —
/// passing the arguments through; Ctrl-C and signals reach the server as they did.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion)

    /// The web application's program.
    static let program = "fcdoc-serve"

    @OptionGroup var options: ServeOptions

    func run() throws {
        let folder = Self.ownFolder()
        let language = options.lang.language
        guard let server = Self.find(besides: folder) else {
            DiagnosticPrinter.printProblem(
                nil, .error, .serverMissing(Self.program, folder: folder?.path), in: language)
            throw ExitCode.failure
        }
        let arguments = [server.path] + Self.passedArguments(CommandLine.arguments)
        let argv = arguments.map { strdup($0) } + [nil]
        execv(server.path, argv)
        DiagnosticPrinter.printProblem(
            nil, .error, .cannotStart(server.path, reason: String(cString: strerror(errno))), in: language)
        throw ExitCode.failure
    }

    /// The folder of the running program (not of a link to it).
    static func ownFolder() -> URL? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map {
            URL(fileURLWithPath: $0).deletingLastPathComponent()
        }
    }

    /// `fcdoc-serve` in `folder`, else on `PATH`.
    static func find(besides folder: URL?) -> URL? {
        if let sibling = folder?.appendingPathComponent(program),
            FileManager.default.isExecutableFile(atPath: sibling.path)
        {
            return sibling
        }
        return ProgramFinder.find([program])
    }

    /// What follows `serve` on the command line, as the user typed it.
    static func passedArguments(_ arguments: [String]) -> [String] {
        guard let command = arguments.dropFirst().firstIndex(of: "serve") else { return [] }
        return Array(arguments[(command + 1)...])
    }
}
