import FCConfig
import FCDocument
import FCWriters
import Foundation
import Testing

@testable import FCBatch

@Suite("Batch PDF step: each PDF named after its own ODT")
struct BatchPDFTests {
    static var libreOfficeInstalled: Bool {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// An ODT whose only paragraph is `text`.
    static func odt(_ text: String) throws -> Data {
        try ODTWriter.write(MarkdownReader.read(text, metadata: DocumentMetadata(title: text)))
    }

    static func pdfText(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The middle ODT of a chunk cannot be read: it is reported, and the PDFs after it keep their
    /// own names (before the fix, the second PDF was written under the unreadable ODT's name).
    @Test(.enabled(if: libreOfficeInstalled))
    func anUnreadableODTShiftsNoName() async throws {
        let out = TestPaths.temporaryFolder()
        let batch = Batch(
            folder: out.path, year: nil, outputDirectory: out.path, jobs: 1, formats: [.pdf],
            templatesDirectory: nil)
        let staging = URL(fileURLWithPath: batch.pdfSourceDirectory).appendingPathComponent("c")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Self.odt("Första dokumentet").write(to: staging.appendingPathComponent("a.odt"))
        try Self.odt("Tredje dokumentet").write(to: staging.appendingPathComponent("c.odt"))
        var result = Batch.UnitResult(
            unit: Batch.Unit(name: "c", source: "c.yaml", report: nil, isCounty: false),
            title: "c", reportState: .notApplicable)
        result.pdfSources = ["c/a.odt", "c/b.odt", "c/c.odt"]
        let pdf = await batch.convertToPDF([result])
        #expect(pdf.files == ["c/a.pdf", "c/c.pdf"])
        #expect(pdf.errors.count == 1)
        #expect(pdf.errors.first?.location.file.hasSuffix("c/b.odt") == true)
        #expect(pdf.errors.first?.message.en.contains("b.pdf") == true)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("c/b.pdf").path))
        #expect(try Self.pdfText(out.appendingPathComponent("c/a.pdf").path).contains("Första"))
        #expect(try Self.pdfText(out.appendingPathComponent("c/c.pdf").path).contains("Tredje"))
    }
}
