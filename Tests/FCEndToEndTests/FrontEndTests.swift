import Foundation
import Testing

/// The two programs: `fcdoc serve` checks the web application's options and hands them to
/// `fcdoc-serve` (the server itself is tested in FCServerTests and, through `fcdoc serve`, by
/// the browser test and scripts/install-test.sh).
@Suite("End to end: fcdoc serve and fcdoc-serve")
struct FrontEndTests {
    static let server = Harness.fcdoc.deletingLastPathComponent().appendingPathComponent("fcdoc-serve")

    @Test func bothProgramsDocumentTheSameOptions() throws {
        let environment = HelpSnapshotTests.environment
        let command = try Harness.run(Harness.fcdoc, ["serve", "--help"], environment: environment)
        let program = try Harness.run(Self.server, ["--help"], environment: environment)
        #expect(command.status == 0 && program.status == 0)
        #expect(command.stdout.contains("USAGE: fcdoc serve <path>"))
        #expect(
            program.stdout == command.stdout.replacingOccurrences(of: "USAGE: fcdoc serve", with: "USAGE: fcdoc-serve"))
        let version = try Harness.run(Self.server, ["--version"])
        #expect(version.stdout == (try Harness.fcdoc("--version")).stdout)
    }

    @Test func withoutTheServerProgramItSaysWhatIsMissing() throws {
        let folder = Harness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("fcdoc")
        try FileManager.default.copyItem(at: Harness.fcdoc, to: alone)
        let outcome = try Harness.run(
            alone, ["serve", Harness.fixture("vindeln.yaml")], environment: ["PATH": "/usr/bin:/bin"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.hasPrefix(
                "error: 'fcdoc serve' runs the web application, the program fcdoc-serve, which is neither in \(folder.resolvingSymlinksInPath().path) nor on PATH"
            ),
            "\(outcome.stderr)")
    }

    @Test func itsOwnChecksComeFirst() throws {
        let outcome = try Harness.fcdoc("serve", "/no/such/folder", "--port", "8080")
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("/no/such/folder: no such file or folder."), "\(outcome.stderr)")
    }
}
