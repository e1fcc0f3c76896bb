import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The editor does not lose work: errors shown in the preview pane, a refused save that keeps
/// both texts, the token never in a URL, and a second server on a taken port that says so.
@Suite("Server: the editor keeps work")
struct EditorTests {
    static let centre = ServerHarness.centre

    @Test func thePreviewOfAFileWithErrorsIsFramableByTheEditorAndNamesTheError() async throws {
        let (folder, text) = try ServerHarness.copyWithMisspeltCentre()
        try await ServerHarness.with(folder: folder) { harness in
            for preview in [
                try await harness.request("/preview/\(Self.centre)"),
                try await harness.request("/preview/\(Self.centre)", method: .post, body: Data(text.utf8)),
            ] {
                #expect(preview.status == .unprocessableContent)
                #expect(preview.text.contains("nmae"))
                let policy = try #require(preview.header("Content-Security-Policy"))
                #expect(policy.contains("frame-ancestors 'self'"))
                #expect(!policy.contains("frame-ancestors 'none'"))
            }
            // Other pages still refuse every frame.
            #expect(
                try await harness.request("/edit/\(Self.centre)").header("Content-Security-Policy")?.contains(
                    "frame-ancestors 'none'") == true)
        }
    }

    @Test func aRefusedSaveShowsBothTextsWithTheOwnStillThere() async throws {
        try await ServerHarness.with { harness in
            let original = try await harness.request("/api/files/" + Self.centre)
            let oldTag = try #require(original.header("ETag"))
            // Another tab saves first.
            let theirs = original.text.replacingOccurrences(of: "Familjecentralen Lugnvik", with: "Lugnvik Andra")
            let saved = try await harness.send(
                "/api/files/" + Self.centre, method: .put, headers: [.ifMatch: oldTag], body: Data(theirs.utf8))
            #expect(saved.status == .ok)
            // This tab (without script) saves from the old version.
            let mine = original.text.replacingOccurrences(of: "Familjecentralen Lugnvik", with: "Lugnvik Mitt")
            let field = ServerHarness.field
            let refused = try await harness.request(
                "/edit/\(Self.centre)", method: .post, headers: ServerHarness.form,
                body: Data("csrf=\(harness.token)&etag=\(field(oldTag))&text=\(field(mine))".utf8))
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("<section id=\"conflict\" class=\"conflict\">"), "shown, not hidden")
            #expect(refused.text.contains("Lugnvik Mitt"), "the person's own text is still there")
            #expect(refused.text.contains("Lugnvik Andra"), "beside the saved one")
            #expect(try String(contentsOf: harness.file(Self.centre), encoding: .utf8) == theirs)
            // The script shows the same section, and saves with Ctrl+S / ⌘S and asks before leaving.
            let script = try await harness.request("/static/app.js")
            #expect(script.text.contains("beforeunload"))
            #expect(script.text.contains("event.ctrlKey || event.metaKey"))
        }
    }

    @Test func theTokenIsNeverInAURLAndFormsCarryItInTheirBody() async throws {
        try await ServerHarness.with { harness in
            for page in ["/", "/edit/\(ServerHarness.report)", "/edit/\(Self.centre)"] {
                let text = try await harness.request(page).text
                #expect(!text.contains("csrf="), "\(page)")
                #expect(!text.contains("?csrf"), "\(page)")
                #expect(text.contains("name=\"csrf\" value=\"\(harness.token)\""), "\(page)")
            }
            // The token in the URL is no longer taken.
            let inURL = try await harness.request(
                "/api/batch?csrf=\(harness.token)", method: .post, headers: ServerHarness.form, body: Data())
            #expect(inURL.status == .forbidden)
            // An upload form carries it as a field of its own.
            let csvPath = "reports/ostersund-lugnvik-2025-enkat.csv"
            let good = try Data(contentsOf: harness.file(csvPath))
            let boundary = "fcdocgrans"
            var body = Data(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(harness.token)\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"svar.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").utf8)
            body.append(good)
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            let uploaded = try await harness.request(
                "/api/survey/\(ServerHarness.report)", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
            #expect(uploaded.status == .ok)
            #expect(try Data(contentsOf: harness.file(csvPath)) == good)
            // The survey's file input has a label.
            let editor = try await harness.request("/edit/\(ServerHarness.report)")
            #expect(editor.text.contains("<label for=\"survey-file\">"))
            #expect(editor.text.contains("id=\"survey-file\""))
        }
    }

    @Test func aSecondServerOnATakenPortSaysSoInOneLineAndFails() async throws {
        try await ServerHarness.with { harness in
            let second = try run(
                fcdocBinary, ["serve", harness.folder.path, "--port", "\(harness.port)", "--out", "ut"],
                in: harness.folder.deletingLastPathComponent())
            #expect(second.status != 0)
            let lines = second.errors.split(separator: "\n")
            #expect(lines.count == 1, "\(second.errors)")
            #expect(second.errors.contains("\(harness.port)"))
            #expect(second.errors.contains("--port"))
            #expect(!second.output.contains("http://"), "never the address as if listening: \(second.output)")
        }
    }
}
