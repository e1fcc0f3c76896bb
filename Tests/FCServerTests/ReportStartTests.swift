import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// "Starta verksamhetsberättelse": a report for a centre and year from the `init` template.
@Suite("Server: starting a report")
struct ReportStartTests {
    @Test func aReportIsStartedFromTheInitTemplateAndNeverReplaced() async throws {
        try await ServerHarness.with { harness in
            let started = try await harness.send(
                "/api/reports", method: .post, headers: ServerHarness.form,
                body: Data("centre=ostersund-lugnvik.yaml&year=2026".utf8))
            #expect(started.status == .seeOther)
            #expect(started.header("Location") == "/edit/reports/ostersund-lugnvik-2026.yaml")
            let text = try String(contentsOf: harness.file("reports/ostersund-lugnvik-2026.yaml"), encoding: .utf8)
            #expect(text.contains("\ncentre: \"../ostersund-lugnvik.yaml\"\n"))
            #expect(text.contains("\nyear: 2026\n"))
            #expect(text.contains("kind: report"))
            // The same text `fcdoc init --kind report` writes for that centre and year, and it validates.
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
                "fcdoc-init-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: scratch.appendingPathComponent("reports"), withIntermediateDirectories: true)
            let initRun = try run(
                fcdocBinary,
                [
                    "init", "--kind", "report", "--centre", "ostersund-lugnvik.yaml", "--year", "2026",
                    "--out", "reports/ostersund-lugnvik-2026.yaml",
                ], in: scratch)
            #expect(initRun.status == 0, "\(initRun.errors)")
            #expect(
                try String(
                    contentsOf: scratch.appendingPathComponent("reports/ostersund-lugnvik-2026.yaml"), encoding: .utf8)
                    == text)
            let files = try await harness.request("/api/files")
            #expect(files.text.contains("\"path\" : \"reports/ostersund-lugnvik-2026.yaml\""))
            let check = try run(fcdocBinary, ["validate", "reports/ostersund-lugnvik-2026.yaml"], in: harness.folder)
            #expect(check.status == 0, "\(check.errors)")
            let again = try await harness.send(
                "/api/reports", method: .post, headers: ServerHarness.form,
                body: Data("centre=ostersund-lugnvik.yaml&year=2026".utf8))
            #expect(again.status == .conflict)
            #expect(
                try String(contentsOf: harness.file("reports/ostersund-lugnvik-2026.yaml"), encoding: .utf8) == text)
            let notACentre = try await harness.send(
                "/api/reports", method: .post, headers: ServerHarness.form,
                body: Data("centre=county.yaml&year=2026".utf8))
            #expect(notACentre.status == .badRequest)
        }
    }
}
