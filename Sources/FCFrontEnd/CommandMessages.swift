import FCConfig
import Foundation

/// What the commands (`fcdoc`, `fcdoc-serve`) print besides diagnostics — summaries, progress
/// and results — each once in Swedish and English (the catalogue of issue 20). Paths are
/// printed as given.
extension Message {
    /// `2 errors, 1 warning`, with `, 1 note` when there are notes.
    public static func summary(errors: Int, warnings: Int, notes: Int) -> Message {
        let svNotes = notes > 0 ? ", " + Wording.count(notes, "notering", "noteringar", swedish: true) : ""
        let enNotes = notes > 0 ? ", " + Wording.count(notes, "note", "notes", swedish: false) : ""
        return Message(
            .cliSummary,
            sv: Wording.count(errors, "fel", "fel", swedish: true) + ", "
                + Wording.count(warnings, "varning", "varningar", swedish: true) + svNotes,
            en: Wording.count(errors, "error", "errors", swedish: false) + ", "
                + Wording.count(warnings, "warning", "warnings", swedish: false) + enNotes)
    }

    /// `validate` found nothing to change in `files` (one file by its name).
    public static func filesOK(_ files: [String]) -> Message {
        Message(
            .cliFilesOK,
            sv: (files.count == 1 ? files[0] : Wording.count(files.count, "fil", "filer", swedish: true))
                + ": inga problem",
            en: (files.count == 1 ? files[0] : "\(files.count) files") + ": OK")
    }

    /// `summary`: the file's diagnostics counted (`Message.summary`).
    public static func notRendered(_ file: String, summary: Message) -> Message {
        Message(
            .cliNotRendered, sv: "\(file): ingenting gjordes (\(summary.sv))",
            en: "\(file): not rendered (\(summary.en))")
    }

    public static func cannotCompare(_ file: String, summary: Message) -> Message {
        Message(
            .cliCannotCompare, sv: "\(file): kan inte jämföras (\(summary.sv))",
            en: "\(file): cannot compare (\(summary.en))")
    }

    public static func wrote(_ path: String) -> Message {
        Message(.cliWrote, sv: "skrev \(path)", en: "wrote \(path)")
    }

    public static func alreadyUpToDate(_ path: String) -> Message {
        Message(.cliUpToDate, sv: "\(path) är redan aktuell", en: "\(path) already up to date")
    }

    public static func filesUpToDate(_ count: Int) -> Message {
        Message(
            .cliUpToDate,
            sv: Wording.count(count, "fil var", "filer var", swedish: true)
                + (count == 1 ? " redan aktuell" : " redan aktuella"),
            en: Wording.count(count, "file", "files", swedish: false) + " already up to date")
    }

    /// `render`'s line per document.
    public static func renderedDocument(_ document: String, copies: Int, fingerprint: String) -> Message {
        Message(
            .cliRenderedDocument,
            sv: "\(document): \(copies) exemplar med kontrollsumma \(fingerprint)",
            en: "\(document): \(copies) exemplar, kontrollsumma \(fingerprint)")
    }

    public static let calendarNeedsCentre = Message(
        .cliWrongFile, sv: "ett årshjul görs av en fil för en familjecentral eller av en verksamhetsberättelse",
        en: "a calendar is made from a centre or report file")

    public static let formNeedsCentre = Message(
        .cliWrongFile, sv: "--centre behöver en fil för en familjecentral (kind: centre)",
        en: "--centre needs a centre file (kind: centre)")

    // MARK: batch

    /// The batch's last line but the index's: what was rendered, and how long it took.
    public static func batchSummary(
        rendered: Int, of total: Int, year: Int?, files: Int, written: Int, warnings: Int, seconds: Double
    ) -> Message {
        let svSeconds = String(format: "%.1f", seconds).replacingOccurrences(of: ".", with: ",")
        return Message(
            .cliBatchSummary,
            sv: "Klart: \(rendered) av \(total)" + (year.map { " för \($0)" } ?? "") + ": "
                + Wording.count(files, "fil", "filer", swedish: true) + ", \(written) skrivna, "
                + "\(files - written) oförändrade, " + Wording.count(warnings, "varning", "varningar", swedish: true)
                + ", \(svSeconds) s.",
            en: "Rendered \(rendered) of \(total)" + (year.map { " for \($0)" } ?? "")
                + ": \(files) files, \(written) written, \(files - written) unchanged, "
                + Wording.count(warnings, "warning", "warnings", swedish: false)
                + ", \(String(format: "%.1f", seconds)) s.")
    }

    public static func reportsMissing(year: Int?, centres: [String]) -> Message {
        Message(
            .cliReportsMissing,
            sv: "Ingen verksamhetsberättelse för \(year.map(String.init) ?? "året"): "
                + centres.joined(separator: ", "),
            en: "No report for \(year.map(String.init) ?? "the year"): " + centres.joined(separator: ", "))
    }

    public static func reportsDraft(_ centres: [String]) -> Message {
        Message(
            .cliReportsDraft,
            sv: "Verksamhetsberättelsen är fortfarande ett utkast (status: utkast) och räknas inte med i länets "
                + "sammanställning: " + centres.joined(separator: ", "),
            en: "Report still a draft (status: utkast), not counted in the roll-up: " + centres.joined(separator: ", "))
    }

    /// The heading above a centre's errors: its name and its file.
    public static func centreFailed(_ title: String, file: String) -> Message {
        Message(.cliCentreFailed, sv: "MISSLYCKADES \(title) (\(file)):", en: "FAILED \(title) (\(file)):")
    }

    public static let batchInterrupted = Message(
        .cliBatchInterrupted,
        sv: "Avbrutet: de familjecentraler som inte hade börjat gjordes inte; de filer som redan skrivits är hela.",
        en: "Interrupted: centres not yet started were not rendered; files already written are whole.")

    public static let batchStopping = Message(
        .cliBatchInterrupted, sv: "Avslutar när de familjecentraler som görs just nu är klara…",
        en: "Stopping after the centres being rendered now…")

    public static func batchIndex(_ path: String) -> Message {
        Message(.cliBatchIndex, sv: "Översikt: \(path)", en: "Index: \(path)")
    }

    public static let noConfigFiles = Message(
        .cliNoConfigFiles,
        sv: "mappen har inga filer för ett län eller en familjecentral (filer med ”kind: county” eller ”kind: centre”)",
        en: "no county or centre files found (files with 'kind: county' or 'kind: centre')")

    // MARK: verify

    public static func likalydande(_ fingerprint: String) -> Message {
        Message(
            .verifyIdentical, sv: "likalydande (kontrollsumma \(fingerprint), texten är oförändrad)",
            en: "likalydande (kontrollsumma \(fingerprint))")
    }

    public static func asRendered(by source: String, document: String) -> Message {
        Message(
            .verifyIdentical, sv: "varje stycke är som i \(document) från \(source)",
            en: "every paragraph as \(source) renders \(document)")
    }

    public static let noFingerprint = Message(
        .verifyNoFingerprint,
        sv: "kopian har ingen kontrollsumma; bara kopior som fcdoc har gjort kan kontrolleras",
        en: "no kontrollsumma found in the copy; only copies rendered by fcdoc can be verified")

    public static func notLikalydande(computed: String, printed: String) -> Message {
        Message(
            .verifyChanged,
            sv: "inte likalydande: texten ger kontrollsumman \(computed), men kopian har \(printed) tryckt; "
                + "texten har ändrats efter att den gjordes",
            en: "not likalydande: its text gives kontrollsumma \(computed), but it prints \(printed); "
                + "the text was changed after it was rendered")
    }

    public static func notAsRendered(by source: String) -> Message {
        Message(
            .verifyChanged, sv: "kopian är inte som \(source) ger den", en: "the copy is not as \(source) renders it")
    }

    public static func otherVersion(_ source: String, document: String, fingerprint: String) -> Message {
        Message(
            .verifyOtherVersion,
            sv: "\(source) ger nu \(document) med kontrollsumman \(fingerprint); kopian gjordes av en annan version",
            en: "\(source) now renders \(document) with kontrollsumma \(fingerprint); "
                + "the copy was made from another version")
    }

    public static func extraText(_ text: String, source: String) -> Message {
        Message(
            .verifyDifference, sv: "kopian har text som \(source) inte ger: ”\(text)”",
            en: "the copy has text that \(source) does not render: \"\(text)\"")
    }

    public static func firstDifference(_ expected: String, source: String, heading: String?) -> Message {
        Message(
            .verifyDifference,
            sv: "första stycket som skiljer sig från \(source)" + (heading.map { " (under ”\($0)”)" } ?? "")
                + ": ”\(expected)”",
            en: "first paragraph that differs from \(source)" + (heading.map { " (under '\($0)')" } ?? "")
                + ": \"\(expected)\"")
    }

    public static func copyHasInstead(_ text: String) -> Message {
        Message(
            .verifyDifference, sv: "kopian har i stället: ”\(text)”", en: "the copy has instead: \"\(text)\"")
    }

    // MARK: init, schema, serve

    public static let exampleMissing = Message(
        .cliInstallationIncomplete, sv: "exempelfilen saknas i den här installationen av fcdoc",
        en: "the built-in example is missing from this installation of fcdoc")

    public static func schemaMissing(_ kind: String) -> Message {
        Message(
            .cliInstallationIncomplete, sv: "schemat för \(kind) saknas i den här installationen av fcdoc",
            en: "the \(kind) schema is missing from this fcdoc")
    }

    public static func fileExists(_ path: String) -> Message {
        Message(
            .cliFileExists,
            sv: "\(path) finns redan; ersätt den med --force eller välj ett annat namn med --out",
            en: "\(path) already exists; use --force to replace it or --out to choose another name")
    }

    public static func cannotWrite(_ path: String, reason: String) -> Message {
        Message(
            .cliCannotWrite, sv: "\(path) kan inte skrivas: \(reason)", en: "cannot write \(path): \(reason)")
    }

    public static func nextSteps(_ path: String) -> Message {
        Message(
            .cliNextSteps, sv: "ändra \(path) och kör sedan: fcdoc validate \(path) && fcdoc render \(path)",
            en: "edit \(path), then: fcdoc validate \(path) && fcdoc render \(path)")
    }

    /// After `fcdoc init --kind profile`: a profile is named in the files that use it.
    public static func nextStepsForProfile(_ path: String) -> Message {
        Message(
            .cliNextSteps,
            sv: "ändra \(path) och kör sedan: fcdoc validate \(path); ange den sedan i en fil för en familjecentral "
                + "eller ett län: profile: \(path)",
            en: "edit \(path), then: fcdoc validate \(path), and name it in a centre or county file: profile: \(path)")
    }

        public static func serverMissing(_ program: String, folder: String?) -> Message {
        Message(
            .cliServerMissing,
            sv: "”fcdoc serve” startar webbprogrammet \(program), som varken finns i \(folder ?? "fcdoc:s mapp") "
                + "eller på PATH. Installera båda programmen med ”make install” (se README), eller lägg \(program) "
                + "bredvid fcdoc.",
            en: "'fcdoc serve' runs the web application, the program \(program), which is neither in "
                + "\(folder ?? "fcdoc's folder") nor on PATH. Install both programs with 'make install' "
                + "(see the README), or put \(program) beside fcdoc.")
    }

    public static func cannotStart(_ path: String, reason: String) -> Message {
        Message(
            .cliCannotStart, sv: "\(path) kan inte startas: \(reason)", en: "\(path) cannot be started: \(reason)")
    }

    // MARK: lists

    public static func positions(_ scale: [String]) -> Message {
        let listed = scale.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")
        return Message(.cliScale, sv: "Lägen: " + listed, en: "Positions: " + listed)
    }

    public static func answers(_ scale: [String]) -> Message {
        let listed = scale.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")
        return Message(
            .cliScale, sv: "Svar: \(listed); tomt eller ”Vet ej” räknas inte som svar",
            en: "Answers: \(listed); empty or \"Vet ej\" is no answer")
    }

    // MARK: fcdoc-serve

    /// The address, printed once the server listens.
    public static func serverListening(_ url: String) -> Message {
        Message(
            .serverListening, sv: "fcdoc serve: \(url) (Ctrl-C stänger av)", en: "fcdoc serve: \(url) (Ctrl-C stops)")
    }

    /// `--host` other than the loopback: anyone on the network can reach the files in `path`.
    public static func serverOpenToNetwork(host: String, path: String) -> Message {
        Message(
            .serverOpenToNetwork,
            sv: "--host \(host) låter andra datorer i nätverket nå den här servern och filerna i \(path); alla som "
                + "kan öppna sidan kan ändra dem. Använd det bara i ett nätverk du litar på.",
            en: "--host \(host) lets other computers on the network reach this server and the files in \(path); "
                + "anyone who can open the page can change them. Use it only on a network you trust.")
    }

    /// Another program (often another `fcdoc serve`) already listens on the port.
    public static func serverPortTaken(host: String, port: Int) -> Message {
        let next = port < 65535 ? port + 1 : 8081
        return Message(
            .serverPortTaken,
            sv: "port \(port) på \(host) används redan (av en annan fcdoc serve?); "
                + "stäng det programmet eller välj en annan port, till exempel --port \(next)",
            en: "port \(port) on \(host) is already in use (another fcdoc serve?); "
                + "stop that program or choose another port, e.g. --port \(next)")
    }
}
