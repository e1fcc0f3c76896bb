import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// What the overview says about the folder as a whole, and the status of a started report.
@Suite("Server: the county folder in the overview")
struct CountyFolderTests {
    @Test func twoCentresWithOneIdAreAnErrorInTheOverviewNamingBothFiles() async throws {
        let folder = try ServerHarness.copyOfFixture()
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("ostersund-lugnvik.yaml"),
            to: folder.appendingPathComponent("lugnvik-kopia.yaml"))
        try await ServerHarness.with(folder: folder) { harness in
            let page = try await harness.request("/").text
            let problems = try #require(page.components(separatedBy: "<section class=\"problems\">").dropFirst().first)
            let item = try #require(problems.components(separatedBy: "</li>").first)
            #expect(item.contains("centrets id ”ostersund-lugnvik” används av 2 filer"), "\(item)")
            #expect(item.contains("lugnvik-kopia.yaml"))
            #expect(item.contains("ostersund-lugnvik.yaml"))
            // Named as in the folder, not by where the folder is.
            #expect(!item.contains(folder.path))
        }
    }

    @Test func aStartedReportIsADraft() async throws {
        try await ServerHarness.with { harness in
            let started = try await harness.send(
                "/api/reports", method: .post, headers: ServerHarness.form,
                body: Data("centre=ostersund-lugnvik.yaml&year=2026".utf8))
            #expect(started.status == .seeOther)
            let text = try String(contentsOf: harness.file("reports/ostersund-lugnvik-2026.yaml"), encoding: .utf8)
            #expect(text.contains("\nstatus: utkast\n"))
        }
    }

    @Test func theOverviewDoesNotCallADraftHandedIn() async throws {
        let folder = try ServerHarness.copyOfFixture()
        // Both years drafts, so the overview shows 2025 (with a handed-in 2024 it would show 2024).
        for year in [2024, 2025] {
            let report = folder.appendingPathComponent("reports/ostersund-lugnvik-\(year).yaml")
            try String(contentsOf: report, encoding: .utf8)
                .replacingOccurrences(of: "status: inlämnad", with: "status: utkast")
                .write(to: report, atomically: true, encoding: .utf8)
        }
        try await ServerHarness.with(folder: folder) { harness in
            let page = try await harness.request("/").text
            #expect(page.contains("Verksamhetsberättelser för 2025"))
            #expect(page.contains("utkast, inte inlämnad"))
            #expect(!page.contains("inlämnad, utan fel"))
        }
    }
}
