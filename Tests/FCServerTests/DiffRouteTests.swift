import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// "Jämför": a file's documents against the version its last save replaced, or another file of
/// the folder, as `fcdoc diff` makes them — and never a file outside the folder.
@Suite("Server: comparing versions")
struct DiffRouteTests {
    static let centre = "ostersund-lugnvik.yaml"

    @Test func aSavedFileIsComparedWithTheVersionItReplaced() async throws {
        try await ServerHarness.with { harness in
            let none = try await harness.request("/diff/\(Self.centre)?against=tidigare")
            #expect(none.status == .notFound && none.text.contains("ingen tidigare version"), "\(none.text)")
            let first = try await harness.request("/api/files/" + Self.centre)
            let etag = try #require(first.header("ETag"))
            let changed = first.text.replacingOccurrences(of: "annual_cost: 120000", with: "annual_cost: 130000")
            #expect(changed != first.text)
            let saved = try await harness.send(
                "/api/files/" + Self.centre, method: .put, headers: [.ifMatch: etag], body: Data(changed.utf8))
            #expect(saved.status == .ok)
            // The replaced version is kept out of sight: not listed, not served.
            #expect(!(try await harness.request("/api/files")).text.contains(".fcdoc-tidigare"))
            #expect(try await harness.request("/api/files/.fcdoc-tidigare/\(Self.centre)").status != .ok)

            let editor = try await harness.request("/edit/\(Self.centre)")
            #expect(editor.text.contains("action=\"/diff/\(Self.centre)\""))
            #expect(editor.text.contains("Tidigare sparad version"))

            let page = try await harness.request("/diff/\(Self.centre)?against=tidigare&doc=samordnaravtal")
            #expect(page.status == .ok)
            #expect(
                page.text.contains("<del>120\u{A0}000\u{A0}kr</del><ins>130\u{A0}000\u{A0}kr</ins>"), "\(page.text)")
            #expect(page.text.contains("Årlig kostnad: 120\u{A0}000\u{A0}kr → 130\u{A0}000\u{A0}kr"))
            #expect(page.header("Content-Security-Policy")?.contains("sandbox") == true)
            let odt = try await harness.request("/diff/\(Self.centre)?against=tidigare&doc=samordnaravtal&format=odt")
            #expect(odt.status == .ok)
            #expect(odt.header("Content-Disposition")?.contains("samordnaravtal-andringar.odt") == true)
            // The samverkansavtal does not name the cost: unchanged.
            let same = try await harness.request("/diff/\(Self.centre)?against=tidigare&doc=samverkansavtal")
            #expect(same.text.contains("Oförändrat"))
        }
    }

    @Test func anotherFileMustBeInTheFolderAndOfTheSameKind() async throws {
        try await ServerHarness.with { harness in
            let outside = try await harness.request("/diff/\(Self.centre)?against=..%2F..%2Fetc%2Fpasswd")
            #expect(outside.status == .badRequest || outside.status == .forbidden)
            #expect(try await harness.request("/diff/\(Self.centre)?against=/etc/passwd").status == .badRequest)
            let county = try await harness.request("/diff/\(Self.centre)?against=county.yaml")
            #expect(county.status == .unprocessableContent)
            #expect(county.text.contains("jämför två versioner av samma fil"), "\(county.text)")
            let itself = try await harness.request("/diff/\(Self.centre)?against=\(Self.centre)")
            #expect(itself.status == .ok && itself.text.contains("Oförändrat"))
            let pdf = try await harness.request("/diff/\(Self.centre)?against=\(Self.centre)&format=pdf")
            #expect(pdf.status == .badRequest && pdf.text.contains("Okänt format"), "\(pdf.text)")
        }
    }
}
