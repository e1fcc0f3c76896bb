import FCConfig
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// What a person does beyond editing: upload a report's survey, render the county; and hostile
/// config text stays text on every page.
@Suite("Server: surveys, the county render, hostile text")
struct WorkflowTests {
    @Test func anUploadedSurveyIsCheckedAsOnTheCommandLineAndABrokenOneIsNotSaved() async throws {
        try await ServerHarness.with { harness in
            let report = ServerHarness.report
            let csvPath = "reports/ostersund-lugnvik-2025-enkat.csv"
            let good = try Data(contentsOf: harness.file(csvPath))
            var broken = good
            broken.append(Data("inte;en;giltig;rad\n".utf8))
            let uploaded = try await harness.send(
                "/api/survey/\(report)", method: .post, headers: [.contentType: "text/csv"], body: broken)
            #expect(uploaded.status == .unprocessableContent)
            #expect(try Data(contentsOf: harness.file(csvPath)) == good, "the report keeps its survey")
            // The same message at the same place as the command line's for that file.
            let folder = harness.folder
            try broken.write(to: folder.appendingPathComponent(csvPath))
            defer { try? good.write(to: folder.appendingPathComponent(csvPath)) }
            let cli = try run(fcdocBinary, ["validate", report], in: folder, environment: swedishEnvironment)
            let csvLine = try #require(cli.errors.split(separator: "\n").first { $0.contains(csvPath + ":") })
            let place = try #require(
                csvLine.split(separator: ": ").first?.split(separator: ":").suffix(2).joined(separator: ":"))
            #expect(uploaded.text.contains("\(csvPath):\(place)"))
            #expect(
                uploaded.text.contains(htmlEscaped(String(csvLine.split(separator: ": ", maxSplits: 2).last ?? ""))))
        }
    }

    @Test func theCountyRendersWithProgressEventsAndItsIndexIsServed() async throws {
        try await ServerHarness.with { harness in
            let stream = try await harness.send("/api/batch", method: .post, headers: [.accept: "text/event-stream"])
            #expect(stream.status == .ok)
            #expect(stream.header("Content-Type")?.hasPrefix("text/event-stream") == true)
            let events = stream.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            #expect(events.filter { $0.hasPrefix("event: progress\n") }.count == 2, "the county and the centre")
            let done = try #require(events.last)
            #expect(done.hasPrefix("event: done\ndata: "))
            #expect(done.contains("\"index\":\"/output/index.html\""))
            #expect(done.contains("\"failed\":[]"))
            // Progress and index name what people know, never where the files lie on the server.
            #expect(stream.text.contains("\"current\":\"Familjecentralen Lugnvik\""))
            #expect(!stream.text.contains(harness.folder.path))
            let index = try await harness.request("/output/index.html")
            #expect(index.status == .ok)
            #expect(index.text.contains("Familjecentralen Lugnvik"))
            #expect(index.text.contains("Länsrapport 2025"))
            #expect(index.text.contains("Samverkansavtal"))
            #expect(!index.text.contains(harness.folder.path))
            let odt = try await harness.request("/output/ostersund-lugnvik/samverkansavtal.odt")
            #expect(odt.status == .ok && odt.data.starts(with: Data("PK".utf8)))
            #expect(
                odt.header("Content-Disposition")?.contains("filename=\"ostersund-lugnvik-samverkansavtal.odt\"")
                    == true)
            // Without the script: the form's answer is the way to the index.
            let plain = try await harness.send("/api/batch", method: .post)
            #expect(plain.status == .seeOther && plain.header("Location") == "/output/index.html")
        }
    }

    @Test func aCentreThatFailsLinksToItsFileInTheEditor() async throws {
        let folder = try ServerHarness.copyWithMisspeltCentre().folder
        try await ServerHarness.with(folder: folder) { harness in
            let stream = try await harness.send("/api/batch", method: .post, headers: [.accept: "text/event-stream"])
            #expect(stream.text.contains("\"edit\":\"/edit/ostersund-lugnvik.yaml\""))
            #expect(!stream.text.contains(folder.path))
            let index = try await harness.request("/output/index.html")
            #expect(index.text.contains("href=\"/edit/ostersund-lugnvik.yaml\""))
            #expect(index.text.contains("ostersund-lugnvik.yaml:10:3"), "the problem at its place in the folder")
            #expect(!index.text.contains(folder.path))
        }
    }

    @Test func hostileConfigTextStaysTextInTheOverviewTheEditorAndThePreview() async throws {
        let hostile = "Lugnvik & <script>alert(1)</script> \\\"citat\\\" 'apostrof' <img src=x onerror=alert(2)> 👶"
        let (folder, text) = try ServerHarness.copyOfFixture {
            $0.replacingOccurrences(of: "  name: Familjecentralen Lugnvik", with: "  name: \"\(hostile)\"")
        }
        try await ServerHarness.with(folder: folder) { harness in
            for path in ["/", "/edit/\(ServerHarness.centre)", "/preview/\(ServerHarness.centre)"] {
                let page = try await harness.request(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.text.contains("<script>alert"), "\(path)")
                #expect(!page.text.contains("<img src=x"), "\(path)")
                #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
            }
            // The editor gives the text back exactly when saved unchanged.
            let opened = try await harness.request("/api/files/\(ServerHarness.centre)")
            #expect(opened.text == text)
        }
    }
}

/// The HTML-escaped form of a message, as the pages show it.
func htmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
