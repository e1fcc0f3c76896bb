import ArgumentParser
import Foundation

/// The options of the local web application, shared by its two front ends: the program
/// `fcdoc-serve`, which runs it, and `fcdoc serve`, which checks them, documents them in its
/// help and hands them to `fcdoc-serve` (so that `fcdoc` carries no server code).
public struct ServeOptions: ParsableArguments {
    /// The help's one-line summary.
    public static let abstract =
        "Open a county folder (or one file) in the browser: edit with live checks, preview, download, render."

    /// The help's discussion.
    public static let discussion = """
        Starts a local web application at http://127.0.0.1:8080/ (see the README for its HTTP contract and safety rules). It reads the files anew on every request, through the same checks and templates as the other commands; press Ctrl-C to stop it.
        """

    @Argument(help: "A county folder, or one centre, report or county file.")
    public var path: String

    @Option(help: "The address to listen on. Only 127.0.0.1 (the default) keeps the files on this computer.")
    public var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    public var port = 8080

    @Option(help: ArgumentHelp("Where 'Rendera hela länet' writes.", valueName: "dir"))
    public var out = "output"

    @Option(help: ArgumentHelp("Folder with your own templates.", valueName: "dir"))
    public var templates: String?

    @Option(
        name: .customLong("reference-doc"),
        help: ArgumentHelp(
            "An ODT or DOCX of your own whose styles replace fcdoc's in every document the application renders, "
                + "as for render; read when it starts. (A profile's reference_doc needs no option.)",
            valueName: "file"))
    public var referenceDoc: String?

    @Flag(
        help:
            "Treat personal data in free text (personnummer, e-mail addresses, phone numbers) as errors, not warnings.")
    public var strict = false

    /// The language of the lines on the terminal; the web application itself is Swedish.
    @OptionGroup public var lang: LanguageOption

    public init() {}

    public func validate() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no such file or folder.")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
    }
}
