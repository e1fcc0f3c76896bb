import Foundation
import Testing

/// `fcdoc render` in its plainest form is read without swift-argument-parser (QuickRender, for
/// a fast start); the same command line written so that only swift-argument-parser reads it
/// (`--out=DIR`) must give the same files, the same output and the same exit status.
@Suite("End to end: the quick render and swift-argument-parser's agree")
struct QuickRenderTests {
    /// Runs `render` with `arguments` in a fresh folder, the output folder given as `--out o`
    /// (quick) or `--out=o` (swift-argument-parser): what it printed, with the folder's path
    /// replaced, and every file it wrote with its bytes.
    func render(_ arguments: [String], quick: Bool) throws -> (Harness.Outcome, [String: Data]) {
        let folder = Harness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outcome = try Harness.run(
            Harness.fcdoc, ["render"] + arguments + (quick ? ["--out", "o"] : ["--out=o"]), in: folder)
        for path in [folder.path, folder.resolvingSymlinksInPath().path] {
            outcome.stdout = outcome.stdout.replacingOccurrences(of: path, with: "FOLDER")
            outcome.stderr = outcome.stderr.replacingOccurrences(of: path, with: "FOLDER")
        }
        let output = folder.appendingPathComponent("o")
        var files: [String: Data] = [:]
        for file in Harness.files(in: output) {
            files[file] = try Data(contentsOf: output.appendingPathComponent(file))
        }
        return (outcome, files)
    }

    @Test(
        arguments: [
            [Harness.fixture("vindeln.yaml"), "--doc", "samverkansavtal", "--format", "odt", "--copies", "1"],
            [
                Harness.fixture("vindeln.yaml"), "--format", "md,html", "--copies", "2", "--strict", "--diagnostics",
                "json",
            ],
            [Harness.reportFixture("vindeln-2025"), "--format", "md"],
            [Harness.fixture("vindeln.yaml"), "--doc", "verksamhetsberattelse"],
            [Harness.fixture("invalid/bad-date.yaml"), "--diagnostics", "json"],
            [Harness.fixture("invalid/bad-date.yaml"), "--lang", "sv"],
            [Harness.fixture("vindeln.yaml"), "--lang", "en", "--doc", "samverkansavtal", "--format", "md"],
            ["/no/such/file.yaml"],
        ])
    func sameOutcome(_ arguments: [String]) throws {
        let (quick, quickFiles) = try render(arguments, quick: true)
        let (parsed, parsedFiles) = try render(arguments, quick: false)
        #expect(quick.status == parsed.status)
        #expect(quick.stdout == parsed.stdout)
        #expect(quick.stderr == parsed.stderr)
        #expect(quickFiles == parsedFiles)
        #expect(quick.status != 0 || !quickFiles.isEmpty, "a render that succeeds writes files")
    }
}
