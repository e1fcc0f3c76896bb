import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The overview a county coordinator needs: one report year at a time, next year's report
/// always one click away, drafts told from handed-in reports, and a page that fits a phone.
@Suite("Server: report years and the overview")
struct YearTests {
    /// Starts the centre's 2026 report as the overview's form does: token in the body, not the URL.
    static func startNextYear(_ harness: ServerHarness) async throws {
        let started = try await harness.request(
            "/api/reports", method: .post, headers: ServerHarness.form,
            body: Data("csrf=\(harness.token)&centre=ostersund-lugnvik.yaml&year=2026".utf8))
        #expect(started.status == .seeOther)
    }

    static func files(_ harness: ServerHarness) async throws -> [[String: Any]] {
        let response = try await harness.request("/api/files")
        return try #require(try JSONSerialization.jsonObject(with: response.data) as? [[String: Any]])
    }

    @Test func startingNextYearKeepsThisYearAndTheFileListGivesYearsAndStatuses() async throws {
        try await ServerHarness.with { harness in
            let before = try await harness.request("/")
            #expect(before.text.contains("1 av 1 inlämnade"))
            #expect(before.text.contains("Starta verksamhetsberättelse 2026"), "next year is always offered")
            try await Self.startNextYear(harness)
            let files = try await Self.files(harness)
            let next = try #require(files.first { $0["path"] as? String == "reports/ostersund-lugnvik-2026.yaml" })
            #expect(next["year"] as? Int == 2026)
            #expect(next["status"] as? String == "draft")
            #expect(next["centre"] as? String == "ostersund-lugnvik.yaml")
            let current = try #require(files.first { $0["path"] as? String == ServerHarness.report })
            #expect(current["year"] as? Int == 2025)
            #expect(current["status"] as? String == "valid")
            #expect(files.first { $0["kind"] as? String == "centre" }?["status"] == nil, "only reports have one")

            // The newest year by default: the draft, and 2025 is not among "other files".
            let newest = try await harness.request("/")
            #expect(newest.text.contains("Verksamhetsberättelser för 2026"))
            #expect(newest.text.contains("utkast"))
            #expect(newest.text.contains("0 av 1 inlämnade"))
            #expect(!newest.text.contains("Övriga filer"), "last year's report is under its year")
            #expect(newest.text.contains("href=\"/?year=2025\""))
            #expect(newest.text.contains("Starta verksamhetsberättelse 2027"))
            // The year picker: 2025 as it was.
            let last = try await harness.request("/?year=2025")
            #expect(last.status == .ok)
            #expect(last.text.contains("Verksamhetsberättelser för 2025"))
            #expect(last.text.contains("/edit/reports/ostersund-lugnvik-2025.yaml"))
            #expect(last.text.contains("inlämnad, utan fel"))
            #expect(last.text.contains("1 av 1 inlämnade"))
            #expect(!last.text.contains("Starta verksamhetsberättelse 2026"), "2026 is started already")
            #expect(try await harness.request("/?year=tjugo").status == .badRequest)
        }
    }

    @Test func theOverviewFitsAPhone() async throws {
        try await ServerHarness.with { harness in
            try await Self.startNextYear(harness)
            let check = try run(
                ServerHarness.tools.appendingPathComponent("html-check"),
                [
                    "--widths", "320,375", "http://127.0.0.1:\(harness.port)/",
                    "http://127.0.0.1:\(harness.port)/?year=2025",
                ])
            #expect(check.status == 0, "\(check.output)\(check.errors)")
        }
    }
}
