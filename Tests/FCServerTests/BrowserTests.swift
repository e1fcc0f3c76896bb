import Foundation
import Testing

/// The whole editing round in a real browser: `scripts/browser-test.py` drives Debian's chromium
/// through selenium against the built `fcdoc serve` (see the script for the steps). Its
/// screenshots stay in `.build/browser-test/` to be looked at.
@Suite("Server: a real browser")
struct BrowserTests {
    @Test func typoDiagnosticCursorFixPreviewLeaveQuestionCtrlSSaveAndODTDownload() throws {
        let root = ServerHarness.packageRoot
        let shots = root.appendingPathComponent(".build/browser-test")
        let outcome = try run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", root.appendingPathComponent("scripts/browser-test.py").path,
                "--fcdoc", fcdocBinary.path,
                "--county", root.appendingPathComponent("fixtures/jamtlands-lan").path,
                "--shots", shots.path,
                "--odt-validate", ServerHarness.tools.appendingPathComponent("odt-validate").path,
            ])
        #expect(
            outcome.status == 0,
            "\(outcome.output)\n\(outcome.errors)\n(needs chromium, chromium-driver and selenium: make deps)")
    }
}
