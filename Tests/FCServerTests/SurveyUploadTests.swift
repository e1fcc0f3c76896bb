import FCConfig
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Uploading a report's survey as the survey tools export it: the columns shown before anything
/// is saved, a column fixed by hand, a file that is no survey refused with the old one kept.
@Suite("Server: survey uploads")
struct SurveyUploadTests {
    static let report = ServerHarness.report
    static let survey = "reports/ostersund-lugnvik-2025-enkat.csv"

    static func export(_ name: String) throws -> Data {
        try Data(contentsOf: ServerHarness.packageRoot.appendingPathComponent("fixtures/survey-exports/\(name)"))
    }

    /// The editor's form: the file as `multipart/form-data`.
    static func chooseFile(_ data: Data, name: String, harness: ServerHarness) async throws -> TestClient.Response {
        let boundary = "fcdocgrans"
        var body = Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await harness.send(
            "/api/survey/\(report)", method: .post,
            headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    /// The upload page's form sent back: the file in base64, and the questions chosen by hand.
    static func saveFile(_ data: Data, name: String, chosen: [Int: String] = [:], harness: ServerHarness)
        async throws -> TestClient.Response
    {
        let field = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
        let fields =
            ["name=\(field(name))", "data=\(field(data.base64EncodedString()))"]
            + chosen.map { "column-\($0.key)=\(field($0.value))" }
        return try await harness.send(
            "/api/survey/\(report)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: Data(fields.joined(separator: "&").utf8))
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path).sorted()
    }

    @Test func theColumnsAreShownBeforeAnythingIsSaved() async throws {
        try await ServerHarness.with { harness in
            let before = try Self.files(in: harness.folder)
            let original = try Data(contentsOf: harness.file(Self.survey))
            let page = try await Self.chooseFile(
                Self.export("vindeln-2025-microsoft-forms.xlsx"), name: "Föräldraenkät.xlsx", harness: harness)
            #expect(page.status == .ok)
            #expect(page.text.contains("inte sparad"))
            for (header, outcome) in [
                ("Starttid", "tidpunkt för svaret"), ("E-post", "enkätverktygets egen kolumn"),
                ("Jag är", "”Jag är” – räknas inte"),
                ("Jag känner mig välkommen på familjecentralen.", "fråga <code>mal1b</code>"),
            ] {
                #expect(page.text.contains("<td>\(header)</td><td>\(outcome)"), "\(header)")
            }
            #expect(page.text.contains("<td>G</td>"), "a workbook's columns by their letters")
            #expect(try Self.files(in: harness.folder) == before)
            #expect(try Data(contentsOf: harness.file(Self.survey)) == original)
        }
    }

    @Test func aWorkbookSavedReplacesTheSurveyAndKeepsTheOldOneBesideIt() async throws {
        try await ServerHarness.with { harness in
            let original = try Data(contentsOf: harness.file(Self.survey))
            let workbook = try Self.export("vindeln-2025-microsoft-forms.xlsx")
            let saved = try await Self.saveFile(workbook, name: "svar.xlsx", harness: harness)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("Enkätsvaren sparades som reports/ostersund-lugnvik-2025-enkat.xlsx"))
            #expect(try Data(contentsOf: harness.file("reports/ostersund-lugnvik-2025-enkat.xlsx")) == workbook)
            // The report names the workbook now; the CSV it named is still there, as it was.
            let yaml = try String(contentsOf: harness.file(Self.report), encoding: .utf8)
            #expect(yaml.contains("  file: ostersund-lugnvik-2025-enkat.xlsx\n"))
            #expect(try Data(contentsOf: harness.file(Self.survey)) == original)
            let check = try run(fcdocBinary, ["validate", Self.report], in: harness.folder)
            #expect(check.status == 0, "\(check.errors)")
            // A second upload over the workbook keeps the first beside it, dated.
            let google = try Self.export("vindeln-2025-google-forms.csv")
            let again = try await Self.saveFile(google, name: "svar.csv", harness: harness)
            #expect(again.status == .ok)
            #expect(try Data(contentsOf: harness.file(Self.survey)) == google)
            let kept = try Self.files(in: harness.folder).filter {
                $0.hasPrefix("ostersund-lugnvik-2025-enkat-") && $0.hasSuffix(".csv")
            }
            #expect(kept.count == 1)
            #expect(try Data(contentsOf: harness.file("reports/" + (kept.first ?? ""))) == original)
            #expect(again.text.contains("de förra finns kvar som reports/\(kept.first ?? "")"))
        }
    }

    @Test(arguments: [
        (
            "bild.csv", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xD8]),
            "inte sparad som UTF-8"
        ),
        ("svar.xlsx", Data("PK\u{3}\u{4}inte en arbetsbok".utf8), "inte en Excel-arbetsbok"),
        ("svar.csv", Data("datum;mal1a;mal1b\n2025-11-03;5;4\n".utf8), "ingen kolumn för 8 av frågorna"),
    ])
    func aFileThatIsNoSurveyIsRefusedAndTheSurveyKeptByteForByte(name: String, data: Data, words: String)
        async throws
    {
        try await ServerHarness.with { harness in
            let before = try Self.files(in: harness.folder)
            let original = try Data(contentsOf: harness.file(Self.survey))
            let yaml = try Data(contentsOf: harness.file(Self.report))
            for response in [
                try await Self.chooseFile(data, name: name, harness: harness),
                try await Self.saveFile(data, name: name, harness: harness),
                try await harness.send("/api/survey/\(Self.report)", method: .post, body: data),
            ] {
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains(words), "\(response.text)")
                #expect(try Data(contentsOf: harness.file(Self.survey)) == original)
                #expect(try Data(contentsOf: harness.file(Self.report)) == yaml)
                #expect(try Self.files(in: harness.folder) == before)
            }
        }
    }

    @Test func aColumnNotRecognisedIsChosenByHandAndWrittenIntoTheReport() async throws {
        try await ServerHarness.with { harness in
            let header = "Jag känner mig välkommen till familjecentralen"
            let csv = try String(decoding: Self.export("vindeln-2025-google-forms.csv"), as: UTF8.self)
                .replacingOccurrences(of: "Jag känner mig välkommen på familjecentralen.", with: header)
            let data = Data(csv.utf8)
            let page = try await Self.chooseFile(data, name: "svar.csv", harness: harness)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("<select id=\"column-3\" name=\"column-3\">"))
            #expect(page.text.contains("närmast är mal1b"))
            let saved = try await Self.saveFile(data, name: "svar.csv", chosen: [3: "mal1b"], harness: harness)
            #expect(saved.status == .ok)
            let yaml = try String(contentsOf: harness.file(Self.report), encoding: .utf8)
            #expect(yaml.contains("  file: ostersund-lugnvik-2025-enkat.csv\n  columns:\n    mal1b: \"\(header)\"\n"))
            let check = try run(fcdocBinary, ["validate", Self.report], in: harness.folder)
            #expect(check.status == 0, "\(check.errors)")
        }
    }
}
