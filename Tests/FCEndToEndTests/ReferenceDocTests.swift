import Foundation
import Testing

/// `fcdoc render --reference-doc`: Vindeln's samverkansavtal (no profile) with the reference ODT
/// and DOCX of `fixtures/reference/`, in ODT, DOCX and PDF; whichever the reference's format,
/// both outputs carry its heading font and colour and its margins, the ODT is valid, the PDF
/// embeds the reference's fonts, and the same run twice gives the same bytes.
@Suite("End to end: --reference-doc restyles the ODT, DOCX and PDF", .serialized)
struct ReferenceDocTests {
    static let centre = Harness.fixture("vindeln.yaml")

    static func render(_ reference: String, formats: String, out: URL) throws -> Harness.Outcome {
        try Harness.fcdoc(
            "render", centre, "--doc", "samverkansavtal", "--format", formats, "--copies", "1", "--out", out.path,
            "--reference-doc", reference)
    }

    static func part(_ package: URL, _ path: String) throws -> String {
        try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["unzip", "-p", package.path, path]).stdout
    }

    @Test(arguments: ["odt", "docx"])
    func bothFormatsCarryTheReferencesHeadingsAndMargins(_ ext: String) throws {
        let out = Harness.temporaryFolder()
        let outcome = try Self.render(Harness.fixture("reference/referens.\(ext)"), formats: "odt,docx", out: out)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let odt = out.appendingPathComponent("vindeln/samverkansavtal.odt")
        let styles = try Self.part(odt, "styles.xml")
        #expect(styles.contains("fo:margin-top=\"3cm\""))
        #expect(styles.contains("fo:margin-left=\"3.5cm\" fo:margin-right=\"1.5cm\""))
        #expect(styles.contains("fo:font-size=\"21pt\" style:font-name=\"DejaVu Sans\" fo:color=\"#1f4e79\""))
        let validation = try Oracles.validateODT([odt])
        #expect(validation.allValid, "\(validation.report)")
        let docx = out.appendingPathComponent("vindeln/samverkansavtal.docx")
        let wordStyles = try Self.part(docx, "word/styles.xml")
        #expect(wordStyles.contains("w:ascii=\"DejaVu Sans\""))
        #expect(wordStyles.contains("<w:color w:val=\"1f4e79\"/><w:sz w:val=\"42\"/>"))
        let document = try Self.part(docx, "word/document.xml")
        // The reference's 3 cm top margin is where the header starts; the body starts below the
        // header, as in the ODT (PageGeometry), so both formats have one text area.
        #expect(document.contains("w:right=\"850\""))
        #expect(document.contains("w:header=\"1701\""))
        #expect(document.contains("w:left=\"1984\""))
    }

    @Test func sameReferenceSameBytes() throws {
        let first = Harness.temporaryFolder()
        let second = Harness.temporaryFolder()
        let reference = Harness.fixture("reference/referens.docx")
        _ = try Self.render(reference, formats: "odt,docx,html", out: first)
        _ = try Self.render(reference, formats: "odt,docx,html", out: second)
        let files = Harness.files(in: first)
        #expect(files.count == 3)
        #expect(files == Harness.files(in: second))
        for file in files {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file)")
        }
    }

    @Test(.enabled(if: Harness.libreOfficeInstalled))
    func thePDFShowsTheReferencesFonts() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Self.render(Harness.fixture("reference/referens.odt"), formats: "pdf", out: out)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let pdf = out.appendingPathComponent("vindeln/samverkansavtal.pdf")
        let fonts = try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["pdffonts", pdf.path]).stdout
        #expect(fonts.contains("DejaVuSans-Bold"))
        #expect(fonts.contains("DejaVuSerif"))
    }

    @Test func anUnusableReferenceWritesNothing() throws {
        let folder = Harness.temporaryFolder()
        let fake = folder.appendingPathComponent("mall.docx")
        try Data("inte ett dokument".utf8).write(to: fake)
        let out = folder.appendingPathComponent("ut")
        let outcome = try Harness.fcdoc(
            "render", Self.centre, "--out", out.path, "--reference-doc", fake.path, "--diagnostics", "json")
        #expect(outcome.status != 0)
        #expect(outcome.stdout.contains("reference.not-zip") || outcome.stderr.contains("reference.not-zip"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let batch = try Harness.fcdoc(
            "batch", Harness.fixture("jamtlands-lan"), "--out", out.path, "--reference-doc",
            folder.appendingPathComponent("saknas.odt").path)
        #expect(batch.status != 0)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
