import Foundation

/// Runs the built `fcdoc` and the independent checkers in `../shared/tools`.
enum Harness {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/tools` beside the checkout, or beside the folder of worktrees it is one of.
    static let tools: URL = {
        let beside = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools")
        let aboveWorktrees = packageRoot.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/tools")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : aboveWorktrees
    }()

    /// The `fcdoc` built beside this test bundle.
    static let fcdoc: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("fcdoc")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/fcdoc")
    }()

    struct Outcome: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
        in folder: URL? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        // Output goes to files, so a chatty child can never block on a full pipe.
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    static func fcdoc(_ arguments: String..., environment: [String: String]? = nil, in folder: URL? = nil) throws
        -> Outcome
    {
        try run(fcdoc, arguments, environment: environment, in: folder)
    }

    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("fixtures").appendingPathComponent(name).path
    }

    /// Centres of a fixture county live in its folder; the others at the top.
    static func centreFixture(_ id: String) -> String {
        id == "ostersund-lugnvik" ? fixture("jamtlands-lan/\(id).yaml") : fixture("\(id).yaml")
    }

    static func reportFixture(_ name: String) -> String {
        name.hasPrefix("ostersund-lugnvik")
            ? fixture("jamtlands-lan/reports/\(name).yaml") : fixture("reports/\(name).yaml")
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fcdoc-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static var libreOfficeInstalled: Bool {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Every file under `folder`, relative, sorted.
    static func files(in folder: URL) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { path in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path,
                isDirectory: &isFolder)
            return exists && !isFolder.boolValue
        }.sorted()
    }

    /// The text `odt-text` prints for each file, converted in one LibreOffice run (tests ask
    /// `Oracles.odtText`, which runs this once per distinct file).
    static func odtTextOneRun(_ files: [URL]) throws -> [String: String] {
        let outcome = try run(tools.appendingPathComponent("odt-text"), files.map(\.path))
        guard outcome.status == 0 else {
            throw HarnessError.tool("odt-text failed (\(outcome.status)): \(outcome.stderr)")
        }
        if files.count == 1 { return [files[0].path: outcome.stdout] }
        var result: [String: String] = [:]
        var current: String?
        for rawLine in outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            // pdftotext ends each text with a form feed and no line end, so it precedes the next header.
            let line = rawLine.drop(while: { $0 == "\u{0C}" })
            if line.hasPrefix("==> "), line.hasSuffix(" <==") {
                current = String(line.dropFirst(4).dropLast(4))
            } else if let current {
                result[current, default: ""] += line + "\n"
            }
        }
        return result
    }

    /// Whitespace collapsed, so text that LibreOffice wrapped across lines still matches.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&#160;", with: " ")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

enum HarnessError: Error {
    case tool(String)
}
