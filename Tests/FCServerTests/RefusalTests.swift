import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every refusal of `fcdoc serve`: foreign hosts, missing tokens, stale versions, paths out of
/// the folder, oversized bodies.
@Suite("Server: refusals")
struct RefusalTests {
    static let centre = ServerHarness.centre

    @Test func aForeignHostIsRefusedOnEveryRoute() async throws {
        try await ServerHarness.with { harness in
            for path in ["/", "/api/files", "/api/files/\(Self.centre)", "/preview/\(Self.centre)", "/static/app.js"] {
                let refused = try await harness.request(path, authority: "evil.example")
                #expect(refused.status == .misdirectedRequest, "\(path)")
                #expect(!refused.text.contains("Lugnvik"))
            }
            let wrongPort = try await harness.request("/", authority: "localhost:1")
            #expect(wrongPort.status == .misdirectedRequest)
            let rebound = try await harness.request("/", authority: "evil.example:\(harness.port)")
            #expect(rebound.status == .misdirectedRequest)
            for accepted in ["127.0.0.1:\(harness.port)", "localhost:\(harness.port)", "[::1]:\(harness.port)"] {
                #expect(try await harness.request("/", authority: accepted).status == .ok, "\(accepted)")
            }
        }
    }

    @Test func everyStateChangingRequestNeedsTheToken() async throws {
        try await ServerHarness.with { harness in
            let before = try Data(contentsOf: harness.file(Self.centre))
            let etag = try #require(try await harness.request("/api/files/\(Self.centre)").header("ETag"))
            let attempts: [(String, HTTPRequest.Method, HTTPFields)] = [
                ("/api/files/\(Self.centre)", .put, [.ifMatch: etag]),
                ("/edit/\(Self.centre)", .post, ServerHarness.form),
                ("/api/reports", .post, ServerHarness.form),
                ("/api/survey/\(ServerHarness.report)", .post, [:]),
                ("/api/batch", .post, [:]),
            ]
            for (path, method, headers) in attempts {
                let response = try await harness.request(
                    path, method: method, headers: headers, body: Data("x: 1\n".utf8))
                #expect(response.status == .forbidden, "\(method) \(path)")
                var wrong = headers
                wrong[HTTPField.Name("X-CSRF-Token")!] = String(repeating: "0", count: harness.token.count)
                #expect(
                    try await harness.request(path, method: method, headers: wrong, body: Data("x: 1\n".utf8)).status
                        == .forbidden)
            }
            #expect(try Data(contentsOf: harness.file(Self.centre)) == before)
            #expect(
                !FileManager.default.fileExists(
                    atPath: harness.file("reports/ostersund-lugnvik-2025-enkat.csv.tmp").path))
        }
    }

    @Test func aStaleETagIsAConflictAndChangesNothing() async throws {
        try await ServerHarness.with { harness in
            let opened = try await harness.request("/api/files/\(Self.centre)")
            let etag = try #require(opened.header("ETag"))
            // Tab one saves; tab two still holds the first version.
            let first = Data((opened.text + "# flik ett\n").utf8)
            #expect(
                try await harness.send(
                    "/api/files/\(Self.centre)", method: .put, headers: [.ifMatch: etag], body: first
                ).status == .ok)
            let second = try await harness.send(
                "/api/files/\(Self.centre)", method: .put, headers: [.ifMatch: etag],
                body: Data((opened.text + "# flik två\n").utf8))
            #expect(second.status == .conflict)
            #expect(second.header("ETag") != etag)
            #expect(try Data(contentsOf: harness.file(Self.centre)) == first)
            // Without If-Match an existing file is not overwritten either.
            let blind = try await harness.send("/api/files/\(Self.centre)", method: .put, body: Data("x\n".utf8))
            #expect(blind.status == .preconditionRequired)
            #expect(try Data(contentsOf: harness.file(Self.centre)) == first)
        }
    }

    @Test func pathsOutOfTheFolderAreRefusedForReadingAndWriting() async throws {
        let folder = try ServerHarness.copyOfFixture()
        let outside = folder.deletingLastPathComponent().appendingPathComponent("hemlig.yaml")
        try Data("hemlig: text\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("lank.yaml"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("ut"), withDestinationURL: folder.deletingLastPathComponent())
        try await ServerHarness.with(folder: folder) { harness in
            let attempts = [
                "../hemlig.yaml", "reports/../../hemlig.yaml", "..%2Fhemlig.yaml", "reports%2F..%2F..%2Fhemlig.yaml",
                "%2e%2e/hemlig.yaml", "/etc/passwd", "%2Fetc%2Fpasswd", "lank.yaml", "ut/hemlig.yaml", ".hidden.yaml",
                "reports%5C..%5Chemlig.yaml", "a%00.yaml",
            ]
            for attempt in attempts {
                for prefix in ["/api/files/", "/edit/", "/preview/", "/download/"] {
                    let response = try await harness.request(prefix + attempt)
                    #expect((400..<500).contains(response.status.code), "\(prefix)\(attempt): \(response.status)")
                    #expect(!response.text.contains("hemlig: text"))
                }
                let write = try await harness.send(
                    "/api/files/" + attempt, method: .put, headers: [.ifMatch: "*"],
                    body: Data("skrivet: ja\n".utf8))
                #expect((400..<500).contains(write.status.code), "PUT \(attempt): \(write.status)")
            }
            #expect(try String(contentsOf: outside, encoding: .utf8) == "hemlig: text\n")
            #expect(try await harness.request("/output/../\(ServerHarness.centre)").status.code >= 400)
        }
    }

    @Test func bodiesOverTheLimitsAre413() async throws {
        try await ServerHarness.with { harness in
            let etag = try #require(try await harness.request("/api/files/\(Self.centre)").header("ETag"))
            let twoMiB = Data(repeating: UInt8(ascii: "a"), count: 2 * 1_048_576)
            let put = try await harness.send(
                "/api/files/\(Self.centre)", method: .put, headers: [.ifMatch: etag], body: twoMiB)
            #expect(put.status == .contentTooLarge)
            let validate = try await harness.request("/api/validate", method: .post, body: twoMiB)
            #expect(validate.status == .contentTooLarge)
            let preview = try await harness.request("/preview/\(Self.centre)", method: .post, body: twoMiB)
            #expect(preview.status == .contentTooLarge)
            let sixMiB = Data(repeating: UInt8(ascii: "1"), count: 6 * 1_048_576)
            let csv = try await harness.send("/api/survey/\(ServerHarness.report)", method: .post, body: sixMiB)
            #expect(csv.status == .contentTooLarge)
            #expect(try await harness.request("/api/files/\(Self.centre)").header("ETag") == etag)
        }
    }

    @Test func unknownDocumentsFormatsAndFilesAreRefused() async throws {
        try await ServerHarness.with { harness in
            #expect(try await harness.request("/download/\(Self.centre)?doc=lanssamordnare").status == .notFound)
            #expect(try await harness.request("/download/\(Self.centre)?format=exe").status == .badRequest)
            #expect(try await harness.request("/preview/saknas.yaml").status == .notFound)
            #expect(try await harness.request("/edit/saknas.yaml").status == .notFound)
            let png = try await harness.send("/api/files/bild.png", method: .put, body: Data([0x89]))
            #expect(png.status == .unsupportedMediaType)
        }
    }

    /// A refusal's page says in Swedish what happened, whatever the server's locale: its
    /// heading and title, and the explanation.
    @Test func errorPagesAreInSwedish() async throws {
        let folder = try ServerHarness.copyWithMisspeltCentre().folder
        try await ServerHarness.with(folder: folder) { harness in
            var form = ServerHarness.form
            form[.accept] = "text/html"
            let missing = try await harness.request("/edit/saknas.yaml")
            let existing = try await harness.send(
                "/api/reports", method: .post, headers: form,
                body: Data("centre=ostersund-lugnvik.yaml&year=2025".utf8))
            let faulty = try await harness.request("/preview/\(Self.centre)")
            let wrongFormat = try await harness.request("/download/\(Self.centre)?format=exe")
            for (response, status, heading) in [
                (missing, HTTPResponse.Status.notFound, "Hittades inte"), (existing, .conflict, "Konflikt"),
                (faulty, .unprocessableContent, "Kan inte behandlas"), (wrongFormat, .badRequest, "Felaktig begäran"),
            ] {
                #expect(response.status == status)
                #expect(response.header("Content-Type")?.hasPrefix("text/html") == true, "\(heading)")
                #expect(response.text.contains("<title>\(heading) – fcdoc</title>"), "\(response.text)")
                #expect(response.text.contains("<h1>\(heading)</h1>"), "\(response.text)")
                #expect(!response.text.contains(status.reasonPhrase), "no English heading")
                #expect(response.text.contains("<html lang=\"sv\">"))
            }
            #expect(existing.text.contains("Verksamhetsberättelsen för 2025 finns redan"))
        }
    }

    @Test func aFileWithErrorsIsNotRenderedButSaysWhy() async throws {
        let folder = try ServerHarness.copyWithMisspeltCentre().folder
        try await ServerHarness.with(folder: folder) { harness in
            let preview = try await harness.request("/preview/\(Self.centre)")
            #expect(preview.status == .unprocessableContent)
            #expect(preview.text.contains("nmae"))
            #expect(try await harness.request("/download/\(Self.centre)").status == .unprocessableContent)
        }
    }
}
