import Foundation
import Testing

/// Issue 17 §1 through the built program: the kontrollsumma covers the words in reading order,
/// so swapped words, cells or professions change it, and `verify` of such a copy (ODT, DOCX,
/// PDF) exits 1 and never says likalydande; untouched copies verify; an untagged PDF cannot be
/// verified.
@Suite("End to end: the kontrollsumma in reading order, verify of ODT, DOCX and PDF copies")
struct VerifyReadingOrderTests {
    /// Two coordinators' professions, and two cells of the cost table.
    static let swaps = [
        ("distriktssköterska", "socialsekreterare"),
        ("Vindelns hälsocentral (Region Västerbotten)", "Individ- och familjeomsorgen (IFO, Vindelns kommun)"),
    ]

    static func swapped(_ text: String, _ swap: (String, String)) -> String {
        text.replacingOccurrences(of: swap.0, with: "\u{0}")
            .replacingOccurrences(of: swap.1, with: swap.0)
            .replacingOccurrences(of: "\u{0}", with: swap.1)
    }

    /// A copy with `part` edited: unpacked, changed, packed again (the mimetype first, stored).
    static func edited(_ copy: URL, part: String, as name: String, _ change: (String) -> String) throws -> URL {
        let work = Harness.temporaryFolder()
        #expect(
            try Harness.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-q", copy.path, "-d", work.path]).status == 0)
        let file = work.appendingPathComponent(part)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text)
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let result = copy.deletingLastPathComponent().appendingPathComponent(name)
        let zip = URL(fileURLWithPath: "/usr/bin/zip")
        if FileManager.default.fileExists(atPath: work.appendingPathComponent("mimetype").path) {
            #expect(try Harness.run(zip, ["-q", "-X", "-0", result.path, "mimetype"], in: work).status == 0)
        }
        #expect(try Harness.run(zip, ["-q", "-X", "-r", result.path, ".", "-x", "mimetype"], in: work).status == 0)
        return result
    }

    /// "likalydande" as a verdict (not "not likalydande").
    static func saysLikalydande(_ outcome: Harness.Outcome) -> Bool {
        (outcome.stdout + outcome.stderr).components(separatedBy: "\n").contains { $0.contains(": likalydande") }
    }

    static func printedFingerprint(_ outcome: Harness.Outcome) -> String? {
        guard let range = outcome.stdout.range(of: "likalydande (kontrollsumma ") else { return nil }
        return String(outcome.stdout[range.upperBound...].prefix(24))
    }

    @Test func swappingTheCoordinatorsProfessionsChangesTheKontrollsumma() throws {
        let folder = Harness.temporaryFolder()
        let original = Harness.fixture("vindeln.yaml")
        let centre = folder.appendingPathComponent("vindeln.yaml")
        try Self.swapped(try String(contentsOfFile: original, encoding: .utf8), Self.swaps[0])
            .write(to: centre, atomically: true, encoding: .utf8)
        var sums: [String] = []
        for (name, config) in [("original", original), ("bytt", centre.path)] {
            let out = folder.appendingPathComponent(name)
            let render = try Harness.fcdoc(
                "render", config, "--doc", "samordnaravtal", "--format", "odt,docx", "--copies", "1", "--out", out.path)
            #expect(render.status == 0, "\(render.stderr)")
            let copies = Harness.files(in: out).map { out.appendingPathComponent($0).path }
            #expect(copies.count == 2, "\(copies)")
            let verified = try Harness.run(Harness.fcdoc, ["verify"] + copies)
            #expect(verified.status == 0, "\(verified.stderr)")
            sums.append(try #require(Self.printedFingerprint(verified)))
            if name == "bytt" {
                // The changed contract, checked against the original centre file.
                let against = try Harness.run(
                    Harness.fcdoc, ["verify"] + copies + ["--against", original, "--copies", "1"])
                #expect(against.status == 1)
                #expect(!Self.saysLikalydande(against), "\(against.stdout)")
                #expect(against.stderr.contains("Karin Holmgren, distriktssköterska"), "\(against.stderr)")
            }
        }
        #expect(sums[0] != sums[1])
    }

    @Test func copiesWithSwappedWordsOrCellsAreNotLikalydande() throws {
        let out = Harness.temporaryFolder()
        let centre = Harness.fixture("vindeln.yaml")
        #expect(
            try Harness.fcdoc(
                "render", centre, "--doc", "samordnaravtal", "--format", "odt,docx", "--copies", "1", "--out", out.path
            ).status == 0)
        let folder = out.appendingPathComponent("vindeln")
        let copies = [
            ("odt", "content.xml", folder.appendingPathComponent("samordnaravtal.odt")),
            ("docx", "word/document.xml", folder.appendingPathComponent("samordnaravtal.docx")),
        ]
        let untouched = try Harness.run(
            Harness.fcdoc, ["verify"] + copies.map(\.2.path) + ["--against", centre, "--copies", "1"])
        #expect(untouched.status == 0, "\(untouched.stderr)")
        #expect(untouched.stdout.components(separatedBy: ": likalydande").count == 3, "\(untouched.stdout)")
        for (format, part, copy) in copies {
            for (index, swap) in Self.swaps.enumerated() {
                let changed = try Self.edited(copy, part: part, as: "andrad-\(index).\(format)") {
                    Self.swapped($0, swap)
                }
                let alone = try Harness.fcdoc("verify", changed.path)
                #expect(alone.status == 1, "\(format) \(swap)")
                #expect(!Self.saysLikalydande(alone), "\(alone.stdout)")
                #expect(alone.stderr.contains("error: not likalydande"), "\(alone.stderr)")
                let against = try Harness.fcdoc("verify", changed.path, "--against", centre, "--copies", "1")
                #expect(against.status == 1)
                #expect(!Self.saysLikalydande(against), "\(against.stdout)")
                #expect(against.stderr.contains("first paragraph that differs"), "\(against.stderr)")
            }
        }
    }

    @Test func pdfCopiesAreReadThroughTheirStructureTree() throws {
        guard Harness.libreOfficeInstalled else { return }
        let out = Harness.temporaryFolder()
        let centre = Harness.fixture("vindeln.yaml")
        #expect(
            try Harness.fcdoc(
                "render", centre, "--doc", "samordnaravtal", "--format", "odt,pdf", "--out", out.path
            ).status == 0)
        let folder = out.appendingPathComponent("vindeln")
        let pdfs = Harness.files(in: folder).filter { $0.hasSuffix(".pdf") }.map {
            folder.appendingPathComponent($0).path
        }
        #expect(pdfs.count > 1)
        // Every copy, each with its copy label in the header, verifies against the centre file.
        let untouched = try Harness.run(Harness.fcdoc, ["verify"] + pdfs + ["--against", centre])
        #expect(untouched.status == 0, "\(untouched.stdout)\(untouched.stderr)")
        #expect(untouched.stdout.components(separatedBy: ": likalydande").count - 1 == pdfs.count)

        // The ODT with the professions swapped, exported again as tagged PDF/A by LibreOffice.
        let odt = folder.appendingPathComponent("samordnaravtal-exemplar-2.odt")
        let changedODT = try Self.edited(odt, part: "content.xml", as: "andrad.odt") { Self.swapped($0, Self.swaps[0]) }
        let export = Harness.temporaryFolder()
        let filter =
            #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"#
            + #""UseTaggedPDF":{"type":"boolean","value":"true"}}"#
        let converted = try Harness.run(
            URL(fileURLWithPath: "/usr/bin/soffice"),
            [
                "-env:UserInstallation=file://\(export.appendingPathComponent("profile").path)", "--headless",
                "--norestore", "--convert-to", filter, "--outdir", export.path, changedODT.path,
            ])
        #expect(converted.status == 0, "\(converted.stderr)")
        let changedPDF = export.appendingPathComponent("andrad.pdf").path
        for arguments in [[changedPDF], [changedPDF, "--against", centre]] {
            let outcome = try Harness.run(Harness.fcdoc, ["verify"] + arguments)
            #expect(outcome.status == 1)
            #expect(!Self.saysLikalydande(outcome), "\(outcome.stdout)")
        }

        // The same copy without its structure tree: its reading order cannot be established.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: pdfs[0]))
        let key = Data("/StructTreeRoot".utf8)
        while let range = bytes.range(of: key) {
            bytes.replaceSubrange(range, with: Data("/NoStructTreeR".utf8) + [0x20])
        }
        let untagged = export.appendingPathComponent("ohne-struktur.pdf")
        try bytes.write(to: untagged)
        let unverifiable = try Harness.fcdoc("verify", untagged.path)
        #expect(unverifiable.status == 1)
        #expect(unverifiable.stderr.contains("cannot be verified"), "\(unverifiable.stderr)")
        #expect(!Self.saysLikalydande(unverifiable))
    }
}
