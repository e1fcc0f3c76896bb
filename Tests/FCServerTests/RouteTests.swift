import FCConfig
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every route of `fcdoc serve` on a copy of the Jämtland county, through a real loopback server.
@Suite("Server: routes")
struct RouteTests {
    static let centre = ServerHarness.centre
    static let report = ServerHarness.report

    @Test func theOverviewListsTheCountyTheCentreAndItsReport() async throws {
        try await ServerHarness.with { harness in
            let page = try await harness.request("/")
            #expect(page.status == .ok)
            #expect(page.text.contains("Familjecentralen Lugnvik"))
            #expect(page.text.contains("<meta name=\"csrf-token\" content=\"\(harness.token)\">"))
            #expect(page.text.contains("inlämnad, utan fel"))
            #expect(page.text.contains("/edit/reports/ostersund-lugnvik-2025.yaml"))
            #expect(
                page.text.contains("/download/ostersund-lugnvik.yaml?doc=samverkansavtal&amp;format=odt&amp;copy=2"))
            #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
            #expect(!page.text.contains("http://") && !page.text.contains("https://"), "no external resources")
        }
    }

    @Test func theStylesheetAndScriptAreServedByFcdoc() async throws {
        try await ServerHarness.with { harness in
            let css = try await harness.request("/static/app.css")
            #expect(css.status == .ok && css.header("Content-Type")?.hasPrefix("text/css") == true)
            let script = try await harness.request("/static/app.js")
            #expect(script.status == .ok && script.text.contains("X-CSRF-Token"))
            #expect(try await harness.request("/static/other.js").status == .notFound)
        }
    }

    @Test func theFileListNamesEveryFileWithItsCounts() async throws {
        try await ServerHarness.with { harness in
            let response = try await harness.request("/api/files")
            #expect(response.status == .ok)
            let files = try #require(try JSONSerialization.jsonObject(with: response.data) as? [[String: Any]])
            let centre = try #require(files.first { $0["path"] as? String == Self.centre })
            #expect(centre["kind"] as? String == "centre")
            #expect(centre["id"] as? String == "ostersund-lugnvik")
            #expect(centre["name"] as? String == "Familjecentralen Lugnvik")
            #expect(centre["errors"] as? Int == 0)
            #expect(centre["warnings"] as? Int != nil)
            #expect(Set(files.compactMap { $0["kind"] as? String }) == ["centre", "county", "report"])
        }
    }

    @Test func aFileIsReadWithItsETag() async throws {
        try await ServerHarness.with { harness in
            let response = try await harness.request("/api/files/" + Self.centre)
            #expect(response.status == .ok)
            #expect(response.data == (try Data(contentsOf: harness.file(Self.centre))))
            #expect(response.header("ETag")?.hasPrefix("\"") == true)
        }
    }

    @Test func validateAnswersAsTheCommandLinePrints() async throws {
        try await ServerHarness.with { harness in
            let text = try String(contentsOf: harness.file(Self.centre), encoding: .utf8)
                .replacingOccurrences(of: "  name: Familjecentralen Lugnvik", with: "  nmae: Familjecentralen Lugnvik")
            let response = try await harness.request(
                "/api/validate", method: .post,
                headers: [HTTPField.Name("X-Fcdoc-Path")!: Self.centre], body: Data(text.utf8))
            #expect(response.status == .ok)
            let diagnostics = try JSONDecoder().decode([Diagnostic.Printed].self, from: response.data)
            let typo = try #require(diagnostics.first { $0.message.contains("nmae") })
            #expect(typo.location.line == 10)
            #expect(typo.location.column == 3)
            #expect(typo.location.file == Self.centre)
            // Byte for byte what the command line prints for the same text at the same path.
            let saved = harness.file(Self.centre)
            try Data(text.utf8).write(to: saved)
            let cli = ConfigCheckJSON.cli(Self.centre, in: harness.folder)
            #expect(response.text == cli)
        }
    }

    @Test func aSaveKeepsTheBytesAndAnswersWithTheNewETagAndDiagnostics() async throws {
        try await ServerHarness.with { harness in
            let first = try await harness.request("/api/files/" + Self.centre)
            let etag = try #require(first.header("ETag"))
            // Comments, CR LF line ends and a broken key are all kept: a file with errors is still saved.
            let text = Data(
                first.text.replacingOccurrences(of: "\n", with: "\r\n")
                    .replacingOccurrences(
                        of: "  name: Familjecentralen Lugnvik", with: "  nmae: Familjecentralen Lugnvik # stavfel"
                    ).utf8)
            let saved = try await harness.send(
                "/api/files/" + Self.centre, method: .put, headers: [.ifMatch: etag], body: text)
            #expect(saved.status == .ok)
            #expect(try Data(contentsOf: harness.file(Self.centre)) == text)
            let newTag = try #require(saved.header("ETag"))
            #expect(newTag != etag)
            let diagnostics = try JSONDecoder().decode([Diagnostic.Printed].self, from: saved.data)
            #expect(diagnostics.contains { $0.message.contains("nmae") && $0.location.line == 10 })
            // The next save from the same editor uses the new tag.
            let again = try await harness.send(
                "/api/files/" + Self.centre, method: .put, headers: [.ifMatch: newTag], body: Data(first.text.utf8))
            #expect(again.status == .ok)
            #expect(try Data(contentsOf: harness.file(Self.centre)) == first.data)
        }
    }

    @Test func theEditorShowsTheTextEscapedWithItsDiagnosticsAndDocuments() async throws {
        try await ServerHarness.with { harness in
            let page = try await harness.request("/edit/" + Self.report)
            #expect(page.status == .ok)
            #expect(page.text.contains("<textarea id=\"text\" name=\"text\""))
            #expect(page.text.contains("centre: ../ostersund-lugnvik.yaml"))
            #expect(page.text.contains("value=\"verksamhetsberattelse\""))
            #expect(page.text.contains("reports/ostersund-lugnvik-2025-enkat.csv"), "the survey upload names its file")
            #expect(
                page.text.contains("src=\"/preview/reports/ostersund-lugnvik-2025.yaml?doc=verksamhetsberattelse\""))
        }
    }

    @Test func theFormWithoutScriptSavesAndKeepsTheFilesLineEnds() async throws {
        try await ServerHarness.with { harness in
            let original = try await harness.request("/api/files/" + Self.centre)
            let etag = try #require(original.header("ETag"))
            let changed = original.text.replacingOccurrences(
                of: "Familjecentralen Lugnvik", with: "Familjecentralen Lugnvik & Co")
            // A browser sends the text area's lines with CR LF.
            let field = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
            let body =
                "csrf=\(harness.token)&etag=\(field(etag))&text=\(field(changed.replacingOccurrences(of: "\n", with: "\r\n")))"
            let response = try await harness.request(
                "/edit/\(Self.centre)", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: Data(body.utf8))
            #expect(response.status == .ok)
            #expect(response.text.contains("Sparad."))
            #expect(try String(contentsOf: harness.file(Self.centre), encoding: .utf8) == changed)
        }
    }

    @Test func previewsTheSavedFileAndTheUnsavedText() async throws {
        try await ServerHarness.with { harness in
            let saved = try await harness.request("/preview/\(Self.centre)?doc=samverkansavtal")
            #expect(saved.status == .ok)
            #expect(saved.text.contains("Familjecentralen Lugnvik"))
            #expect(saved.header("Content-Security-Policy")?.contains("sandbox") == true)
            let contract = try await harness.request("/preview/\(Self.centre)?doc=samordnaravtal")
            #expect(contract.text.contains("<h1>"))
            let text = try String(contentsOf: harness.file(Self.centre), encoding: .utf8)
                .replacingOccurrences(of: "name: Familjecentralen Lugnvik", with: "name: Familjecentralen Ny Lugnvik")
            let unsaved = try await harness.request(
                "/preview/\(Self.centre)?doc=samverkansavtal", method: .post, body: Data(text.utf8))
            #expect(unsaved.status == .ok)
            #expect(unsaved.text.contains("Familjecentralen Ny Lugnvik"))
            let report = try await harness.request("/preview/\(Self.report)")
            #expect(report.status == .ok)
            #expect(report.text.contains("<svg"), "the report's charts")
        }
    }

    @Test func downloadsEveryFormatAndTheSignedCopies() async throws {
        try await ServerHarness.with { harness in
            let odt = try await harness.request("/download/\(Self.centre)?doc=samverkansavtal&format=odt")
            #expect(odt.status == .ok)
            // Named with the centre, so that twenty centres' files can share one folder.
            #expect(
                odt.header("Content-Disposition")?.hasPrefix(
                    "attachment; filename=\"ostersund-lugnvik-samverkansavtal.odt\"") == true)
            let copy = try await harness.request("/download/\(Self.centre)?doc=samverkansavtal&format=odt&copy=2")
            #expect(
                copy.header("Content-Disposition")?.hasPrefix(
                    "attachment; filename=\"ostersund-lugnvik-samverkansavtal-exemplar-2.odt\"") == true)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "fcdoc-serve-odt-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let files = [
                folder.appendingPathComponent("samverkansavtal.odt"),
                folder.appendingPathComponent("samverkansavtal-exemplar-2.odt"),
            ]
            try odt.data.write(to: files[0])
            try copy.data.write(to: files[1])
            let check = try run(ServerHarness.tools.appendingPathComponent("odt-validate"), files.map(\.path))
            #expect(check.status == 0, "\(check.output)\(check.errors)")
            let html = try await harness.request("/download/\(Self.report)?format=html")
            #expect(html.status == .ok && html.text.contains("<!DOCTYPE html>"))
            #expect(
                html.header("Content-Disposition")?.contains(
                    "filename=\"ostersund-lugnvik-verksamhetsberattelse-2025.html\"") == true)
            let markdown = try await harness.request("/download/\(Self.centre)?doc=samordnaravtal&format=md")
            #expect(markdown.status == .ok && markdown.text.hasPrefix("# "))
            #expect(
                markdown.header("Content-Disposition")?.contains("filename=\"ostersund-lugnvik-samordnaravtal.md\"")
                    == true)
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") {
                let pdf = try await harness.request("/download/\(Self.centre)?doc=samverkansavtal&format=pdf")
                #expect(pdf.status == .ok && pdf.text.hasPrefix("%PDF"))
                #expect(
                    pdf.header("Content-Disposition")?.contains("filename=\"ostersund-lugnvik-samverkansavtal.pdf\"")
                        == true)
            }
        }
    }

    @Test func sixtyFourPreviewsEightAtATimeAllAnswer() async throws {
        try await ServerHarness.with { harness in
            let statuses = try await withThrowingTaskGroup(of: [HTTPResponse.Status].self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        var statuses: [HTTPResponse.Status] = []
                        for _ in 0..<8 {
                            statuses.append(
                                try await harness.request("/preview/\(Self.centre)?doc=samverkansavtal").status)
                        }
                        return statuses
                    }
                }
                return try await group.reduce([], +)
            }
            #expect(statuses.count == 64)
            #expect(statuses.allSatisfy { $0 == .ok })
        }
    }
}

/// What `fcdoc validate --format json` prints, run in the folder on the file's relative path.
enum ConfigCheckJSON {
    static func cli(_ relativePath: String, in folder: URL) -> String {
        // The web application answers in Swedish, as the command line does with --lang sv.
        (try? run(fcdocBinary, ["validate", "--format", "json", "--lang", "sv", relativePath], in: folder).output) ?? ""
    }
}
