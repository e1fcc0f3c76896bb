import ArgumentParser
import FCServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Open a county folder (or one file) in the browser: edit with live checks, preview, download, render.",
        discussion: """
            Starts a local web application at http://127.0.0.1:8080/ (see the README for its HTTP contract and safety rules). It reads the files anew on every request, through the same checks and templates as the other commands; press Ctrl-C to stop it.
            """)

    @Argument(help: "A county folder, or one centre, report or county file.")
    var path: String

    @Option(help: "The address to listen on. Only 127.0.0.1 (the default) keeps the files on this computer.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: ArgumentHelp("Where 'Rendera hela länet' writes.", valueName: "dir"))
    var out = "output"

    @Option(help: ArgumentHelp("Folder with your own templates.", valueName: "dir"))
    var templates: String?

    @Flag(
        help:
            "Treat personal data in free text (personnummer, e-mail addresses, phone numbers) as errors, not warnings.")
    var strict = false

    func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no such file or folder.")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
    }

    func run() async throws {
        var options = LocalServer.Options(path: path)
        options.host = host
        options.port = port
        options.outputDirectory = out
        options.templatesDirectory = templates
        options.strict = strict
        let server = LocalServer(options: options)
        if !LocalServer.isLoopback(host) {
            printError(
                "warning: --host \(host) lets other computers on the network reach this server and the files in \(path);"
                    + " anyone who can open the page can change them. Use it only on a network you trust.")
        }
        do {
            try await server.run { url in print("fcdoc serve: \(url) (Ctrl-C stops)") }
        } catch let error as LocalServer.StartError {
            printError("fcdoc serve: \(error)")
            throw ExitCode(1)
        }
    }
}
