import FCConfig
import FCRender
import Foundation
import Testing

/// The web application takes a municipality's reference document the way the command line and
/// the batch do: from the graphic profile's `reference_doc`, relative to the profile, and only
/// from inside the folder it serves. The profile's chart colours reach the report it shows.
@Suite("Server: the profile's reference document and chart colours")
struct ProfileReferenceTests {
    /// The Jämtland county with a profile the centre names: its `reference_doc` is `reference`.
    static func folder(reference: String) throws -> URL {
        let (folder, _) = try ServerHarness.copyOfFixture {
            $0.replacingOccurrences(of: "kind: centre\n", with: "kind: centre\nprofile: profil.yaml\n")
        }
        try """
        fcdoc: 1
        kind: profile
        name: Östersunds kommun
        colours:
          charts: ["#005a9c", "#b5121b"]
        reference_doc: \(reference)
        """.write(to: folder.appendingPathComponent("profil.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static let referenceODT = ServerHarness.packageRoot.appendingPathComponent("fixtures/reference/referens.odt")

    @Test func aReferenceInsideTheFolderStylesTheDownloadsAndTheChartsTakeTheColours() async throws {
        let folder = try Self.folder(reference: "mallar/referens.odt")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("mallar"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.referenceODT, to: folder.appendingPathComponent("mallar/referens.odt"))
        try await ServerHarness.with(folder: folder) { harness in
            // The reference's headings: DejaVu Sans, which the HTML takes too.
            let plain = try await harness.request(
                "/download/\(ServerHarness.centre)?doc=samverkansavtal&format=html")
            #expect(plain.status == .ok && plain.text.contains("DejaVu Sans"))
            let report = try await harness.request("/download/\(ServerHarness.report)?format=html")
            #expect(report.status == .ok)
            #expect(report.text.contains("#005a9c") && report.text.contains("#b5121b"))
        }
    }

    @Test func aReferenceOutsideTheFolderIsRefusedInSwedishAtItsKey() async throws {
        let folder = try Self.folder(reference: Self.referenceODT.path)
        try await ServerHarness.with(folder: folder) { harness in
            let preview = try await harness.request("/preview/\(ServerHarness.centre)")
            #expect(preview.status == .unprocessableContent)
            #expect(preview.text.contains("utanför mappen som webbprogrammet visar"))
            #expect(preview.text.contains("profil.yaml"))
            let download = try await harness.request("/download/\(ServerHarness.centre)?format=odt")
            #expect(download.status != .ok)
            let editor = try await harness.request("/edit/profil.yaml")
            #expect(editor.text.contains("utanför mappen"))
        }
    }

    /// `fcdoc serve --reference-doc`: the command line's reference for every document the
    /// application renders, over the profile's; the batch ("Rendera hela länet") takes it too.
    @Test func theServersReferenceDocStylesEveryDocument() async throws {
        let reference = try ReferenceStyle.read(path: Self.referenceODT.path)
        try await ServerHarness.with(reference: reference) { harness in
            let html = try await harness.request("/download/\(ServerHarness.centre)?doc=samverkansavtal&format=html")
            #expect(html.status == .ok && html.text.contains("DejaVu Sans"))
            let report = try await harness.request("/download/\(ServerHarness.report)?format=html")
            #expect(report.status == .ok && report.text.contains("DejaVu Sans"))
        }
        try await ServerHarness.with { harness in
            let html = try await harness.request("/download/\(ServerHarness.centre)?doc=samverkansavtal&format=html")
            #expect(html.status == .ok && !html.text.contains("DejaVu Sans"))
        }
    }

    /// A reference that cannot be used stops `fcdoc serve` before it listens, with its message.
    @Test func anUnusableReferenceDocStopsTheServerBeforeItStarts() throws {
        let folder = try ServerHarness.copyOfFixture()
        let fake = folder.deletingLastPathComponent().appendingPathComponent("mall.docx")
        try Data("inte ett dokument".utf8).write(to: fake)
        let outcome = try run(
            fcdocBinary, ["serve", folder.path, "--port", "0", "--reference-doc", fake.path],
            environment: swedishEnvironment)
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("referensdokumentet ”mall.docx” är inget riktigt ODT- eller DOCX-dokument"))
    }
}
