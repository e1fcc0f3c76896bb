import ArgumentParser
import FCFrontEnd
import FCServer
import Foundation

/// The local web application as a program of its own, so that `fcdoc` carries no server stack
/// (NIO, Hummingbird); `fcdoc serve` runs this program with its arguments.
@main
struct FCDocServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fcdoc-serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion,
        version: fcdocVersion)

    @OptionGroup var options: ServeOptions

    func run() async throws {
        var settings = LocalServer.Options(path: options.path)
        settings.host = options.host
        settings.port = options.port
        settings.outputDirectory = options.out
        settings.templatesDirectory = options.templates
        settings.strict = options.strict
        let server = LocalServer(options: settings)
        if !LocalServer.isLoopback(options.host) {
            FileHandle.standardError.write(
                Data(
                    ("warning: --host \(options.host) lets other computers on the network reach this server and the"
                        + " files in \(options.path); anyone who can open the page can change them. Use it only on a"
                        + " network you trust.\n").utf8))
        }
        do {
            // The address is printed only once the server listens: a taken port is one line instead.
            try await server.run { url in print("fcdoc serve: \(url) (Ctrl-C stops)") }
        } catch let error as LocalServer.StartError {
            FileHandle.standardError.write(Data("fcdoc serve: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
