import ArgumentParser
import FCRender
import FCText
import Foundation

/// The options of every command that renders documents (`render`, `batch`, `form`): where the
/// files go, in which formats, from which templates.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = Self.defaultFolder

    /// Where the files go when `--out` is not given.
    static let defaultFolder = "output"

    @Option(
        help: ArgumentHelp(
            "Comma-separated formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                + " (pdf needs LibreOffice). Default: "
                + OutputFormat.defaults.map(\.rawValue).joined(separator: ",") + ".",
            valueName: "list"),
        transform: OutputFormat.list)
    var format: [OutputFormat] = OutputFormat.defaults

    @Option(
        help: ArgumentHelp(
            "Folder with your own templates; each <document>.md in it replaces the built-in one.",
            valueName: "dir"))
    var templates: String?

    func validate() throws {
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates \(templates): no such folder.")
            }
        }
    }
}

/// `--strict`, for the commands that check config files (`render`, `batch`, `validate`): how
/// personal data found in free text counts.
struct PrivacyOption: ParsableArguments {
    @Flag(
        help:
            "Treat personal data in free text (personnummer, e-mail addresses, phone numbers) as errors, not warnings.")
    var strict = false
}

extension OutputFormat {
    /// `odt,html` → the formats in the order given, refusing unknown names and an empty list.
    @Sendable static func list(_ argument: String) throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for name in argument.split(separator: ",").map({ $0.trimmingSpaces().lowercased() }) {
            guard let value = OutputFormat(rawValue: name) else {
                throw ValidationError(
                    "Unknown format '\(name)'; expected a comma-separated list of "
                        + allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            if !result.contains(value) { result.append(value) }
        }
        guard !result.isEmpty else { throw ValidationError("give at least one format.") }
        return result
    }
}

/// `--copies`, for `render` and for `verify --against`, which must render the file as the copies
/// were rendered.
struct CopiesOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Number of signed copies (default: agreement.copies, or one per signing party).",
            valueName: "n"))
    var copies: Int?

    /// The numbers of copies `--copies` accepts.
    static let allowed = 1...20

    func validate() throws {
        if let copies, !Self.allowed.contains(copies) {
            throw ValidationError("--copies must be from 1 to 20.")
        }
    }
}

/// `--reference-doc`, for every command that writes ODT or DOCX (`render`, `batch`, `form`,
/// `diff`): a municipality's own document whose styles replace fcdoc's.
struct ReferenceDocOption: ParsableArguments {
    @Option(
        name: .customLong("reference-doc"),
        help: ArgumentHelp(
            "An ODT or DOCX of your own whose styles replace fcdoc's: body text, headings 1-3, header and footer "
                + "(font, size, colour, spacing), page size and margins. Used for both ODT and DOCX (and so the "
                + "PDF), whichever of the two it is, so that every format of a document looks alike.",
            valueName: "file"))
    var referenceDoc: String?

    /// The reference's styles; a file that cannot be used is reported on `printer` and ends the
    /// command, before anything is written.
    func read(_ printer: DiagnosticOutput) throws -> ReferenceStyle? {
        guard let referenceDoc else { return nil }
        do {
            return try ReferenceStyle.read(path: referenceDoc)
        } catch {
            printer.report(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
