import Foundation
import Testing

/// A template's mistake reaches the web application as the command line reports it: at the
/// template's line and column, as a problem with the input, not as a failure of the server.
@Suite("Server: template errors")
struct TemplateErrorTests {
    @Test func aTemplateErrorIsShownAtItsPlaceNotAsAServerFailure() async throws {
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent("fcdoc-mallar-\(UUID())")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# {{title}}\n\nVårt avtal.\n{{centre.nmae}}\n".write(
            to: templates.appendingPathComponent("samverkansavtal.md"), atomically: true, encoding: .utf8)
        try await ServerHarness.with(templates: templates.path) { harness in
            for uri in [
                "/preview/ostersund-lugnvik.yaml?doc=samverkansavtal",
                "/download/ostersund-lugnvik.yaml?doc=samverkansavtal&format=md",
            ] {
                let response = try await harness.request(uri)
                #expect(response.status == .unprocessableContent, "\(uri)")
                #expect(
                    response.text.contains("samverkansavtal.md:4:10: fel: mallen använder"), "\(uri): \(response.text)")
                #expect(response.text.contains("nmae"), "\(uri)")
                #expect(!response.text.contains(templates.path), "\(uri): the server's folders stay its own")
            }
        }
    }
}
