import ArgumentParser
import FCConfig
import FCFrontEnd
import FCRender
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
        let language = options.lang.language
        if let path = options.referenceDoc {
            do {
                settings.reference = try ReferenceStyle.read(path: path)
            } catch {
                for diagnostic in error.diagnostics {
                    FileHandle.standardError.write(Data((diagnostic.formatted(in: language) + "\n").utf8))
                }
                throw ExitCode(1)
            }
        }
        let server = LocalServer(options: settings)
        if !LocalServer.isLoopback(options.host) {
            let warning = Message.serverOpenToNetwork(host: options.host, path: options.path)
            FileHandle.standardError.write(
                Data("\(Diagnostic.Severity.warning.word(in: language)): \(warning.text(in: language))\n".utf8))
        }
        do {
            // The address is printed only once the server listens: a taken port is one line instead.
            try await server.run { url in print(Message.serverListening(url).text(in: language)) }
        } catch LocalServer.StartError.portTaken(let host, let port) {
            let message = Message.serverPortTaken(host: host, port: port)
            FileHandle.standardError.write(Data("fcdoc serve: \(message.text(in: language))\n".utf8))
            throw ExitCode(1)
        }
    }
}
