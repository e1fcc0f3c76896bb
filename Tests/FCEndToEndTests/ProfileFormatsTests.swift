import Foundation
import Testing

/// Vindeln's 2025 report with a graphic profile of non-default colours (blue charts, red last
/// year, green headings), a logo and a reference document named in the profile
/// (`reference_doc`), rendered once in every format and checked with the independent tools:
/// `odt-validate`, `html-check`, `pdf-check`, unzip, pdftoppm's pixels.
final class ProfileFormatsOutput: @unchecked Sendable {
    static let shared = ProfileFormatsOutput()

    static let main = (hex: "#005a9c", rgb: (0x00, 0x5a, 0x9c))
    static let second = "#b5121b"
    /// fcdoc's own this-year purple: gone once the profile names chart colours.
    static let standardPurple = (0x4b, 0x2a, 0x84)

    let folder = Harness.temporaryFolder()
    let output: URL
    var outcome: Harness.Outcome?
    var problem: String?

    private init() {
        output = folder.appendingPathComponent("ut")
        do {
            try Self.prepare(folder)
            outcome = try Harness.fcdoc(
                "render", folder.appendingPathComponent("reports/vindeln-2025.yaml").path, "--format",
                "odt,docx,html,md,pdf", "--out", output.path)
        } catch {
            problem = "\(error)"
        }
    }

    /// The centre and its reports beside a profile that names a logo, chart colours and a
    /// reference document, all inside `folder`.
    static func prepare(_ folder: URL) throws {
        let files = FileManager.default
        let reports = folder.appendingPathComponent("reports")
        try files.createDirectory(at: reports, withIntermediateDirectories: true)
        for name in ["vindeln-2025.yaml", "vindeln-2025-enkat.csv", "vindeln-2024.yaml", "vindeln-2024-enkat.csv"] {
            try files.copyItem(
                atPath: Harness.fixture("reports/\(name)"), toPath: reports.appendingPathComponent(name).path)
        }
        try files.copyItem(
            atPath: Harness.packageRoot.appendingPathComponent("examples/profil/logotyp.svg").path,
            toPath: folder.appendingPathComponent("logotyp.svg").path)
        try files.copyItem(
            atPath: Harness.fixture("reference/referens.odt"),
            toPath: folder.appendingPathComponent("mall.odt").path)
        try """
        fcdoc: 1
        kind: profile
        name: Vindelns kommun
        logo: logotyp.svg
        sender:
          - Vindelns kommun
          - 922 81 Vindeln
        colours:
          rules: "#1f5f4a"
          charts: ["\(main.hex)", "\(second)"]
        reference_doc: mall.odt
        """.write(to: folder.appendingPathComponent("profil.yaml"), atomically: true, encoding: .utf8)
        try String(contentsOfFile: Harness.fixture("vindeln.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "kind: centre\n", with: "kind: centre\nprofile: profil.yaml\n")
            .write(to: folder.appendingPathComponent("vindeln.yaml"), atomically: true, encoding: .utf8)
    }

    func file(_ ext: String) -> URL { output.appendingPathComponent("vindeln/verksamhetsberattelse-2025.\(ext)") }
}

@Suite("End to end: a profile's colours, logo and reference document in every format", .serialized)
struct ProfileFormatsTests {
    let rendered = ProfileFormatsOutput.shared
    typealias Output = ProfileFormatsOutput

    static func unzip(_ arguments: [String]) throws -> String {
        try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["unzip"] + arguments).stdout
    }

    @Test func rendersWithoutProblems() throws {
        #expect(rendered.problem == nil)
        let outcome = try #require(rendered.outcome)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test func theODTsChartsLogoAndStylesComeFromTheProfile() throws {
        let odt = rendered.file("odt")
        let listing = try Self.unzip(["-l", odt.path])
        #expect(listing.contains("Pictures/logo.svg"))
        for chart in ["enkat", "enkat-jamforelse", "statistik", "sjalvreflektion"] {
            let svg = try Self.unzip(["-p", odt.path, "Pictures/\(chart).svg"])
            #expect(svg.contains(Output.main.hex), "\(chart)")
            #expect(!svg.contains("#4b2a84"), "\(chart)")
        }
        #expect(try Self.unzip(["-p", odt.path, "Pictures/enkat-jamforelse.svg"]).contains(Output.second))
        let styles = try Self.unzip(["-p", odt.path, "styles.xml"])
        #expect(styles.contains("style:font-name=\"DejaVu Sans\"") && styles.contains("fo:margin-top=\"3cm\""))
        let validate = try Harness.run(Harness.tools.appendingPathComponent("odt-validate"), [odt.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func theDOCXsChartsLogoAndStylesComeFromTheProfile() throws {
        let docx = rendered.file("docx")
        let listing = try Self.unzip(["-l", docx.path])
        for part in ["word/media/logo.svg", "word/media/enkat.svg", "word/media/enkat.png"] {
            #expect(listing.contains(part), "\(part)")
        }
        #expect(try Self.unzip(["-p", docx.path, "word/media/enkat.svg"]).contains(Output.main.hex))
        #expect(try Self.unzip(["-p", docx.path, "word/styles.xml"]).contains("w:ascii=\"DejaVu Sans\""))
    }

    @Test func theHTMLShowsTheChartsInTheProfilesColoursWithTitlesAndTheLogoWithAltText() throws {
        let html = try String(contentsOf: rendered.file("html"), encoding: .utf8)
        #expect(html.contains(Output.main.hex) && html.contains(Output.second))
        #expect(!html.contains("#4b2a84"))
        #expect(html.contains("<svg") && html.contains("<title>Föräldraenkät 2025"))
        #expect(html.contains("alt=\"Logotyp: Vindelns kommun\""))
        #expect(html.contains("DejaVu Sans"))
        let check = try Harness.run(
            Harness.tools.appendingPathComponent("html-check"), ["--widths", "320,1280", rendered.file("html").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func theMarkdownsChartFilesAreInTheProfilesColours() throws {
        let chart = rendered.output.appendingPathComponent("vindeln/verksamhetsberattelse-2025-enkat.svg")
        #expect(try String(contentsOf: chart, encoding: .utf8).contains(Output.main.hex))
        let markdown = try String(contentsOf: rendered.file("md"), encoding: .utf8)
        #expect(markdown.contains("Logotyp: Vindelns kommun"))
    }

    /// The PDF (PDF/A-2b, tagged: `pdf-check`) shows the logo's green in page 1's header and the
    /// charts' blue, never fcdoc's purple, in pdftoppm's pixels.
    @Test(.enabled(if: Harness.libreOfficeInstalled)) func thePDFShowsTheLogoAndTheChartsInTheProfilesColours()
        throws
    {
        let pdf = rendered.file("pdf")
        let check = try Harness.run(Harness.tools.appendingPathComponent("pdf-check"), [pdf.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let prefix = rendered.folder.appendingPathComponent("sida").path
        let outcome = try Harness.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["pdftoppm", "-r", "40", pdf.path, prefix])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: rendered.folder.path)
            .filter { $0.hasPrefix("sida") && $0.hasSuffix(".ppm") }.sorted()
        #expect(pages.count >= 4)
        var blue = 0
        var purple = 0
        for (index, page) in pages.enumerated() {
            let data = try Data(contentsOf: rendered.folder.appendingPathComponent(page))
            let image = try #require(PPM(data))
            let all = 0..<image.height
            blue += image.count(inRows: all, near: Output.main.rgb)
            purple += image.count(inRows: all, near: Output.standardPurple)
            if index == 0 {
                let header = image.count(inRows: image.headerRows, where: LetterheadTests.isLogoGreen)
                #expect(header > 40, "\(header) pixels of the logo's green in page 1's header")
            }
        }
        #expect(blue > 500, "\(blue) pixels of the charts' blue")
        #expect(purple < 20, "\(purple) pixels of fcdoc's purple")
    }
}

/// `--reference-doc` on the other commands that write ODT or DOCX: `form` (with `--centre`, the
/// centre's profile too) and `diff`; an unusable reference writes nothing.
@Suite("End to end: --reference-doc on form and diff")
struct ReferenceDocCommandsTests {
    static func styles(_ package: URL, _ part: String = "styles.xml") throws -> String {
        try ProfileFormatsTests.unzip(["-p", package.path, part])
    }

    @Test func theFormTakesTheReferenceAndTheCentresProfile() throws {
        let folder = Harness.temporaryFolder()
        try ProfileFormatsOutput.prepare(folder)
        let out = folder.appendingPathComponent("ut")
        let outcome = try Harness.fcdoc(
            "form", "self-reflection", "--centre", folder.appendingPathComponent("vindeln.yaml").path, "--format",
            "odt,docx,html", "--out", out.path, "--reference-doc", Harness.fixture("reference/referens.docx"))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let odt = out.appendingPathComponent("vindeln/sjalvreflektion.odt")
        let styles = try Self.styles(odt)
        #expect(styles.contains("DejaVu Sans") && styles.contains("Pictures/logo.svg"))
        #expect(styles.contains("922 81 Vindeln"))
        let validate = try Harness.run(Harness.tools.appendingPathComponent("odt-validate"), [odt.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let docx = out.appendingPathComponent("vindeln/sjalvreflektion.docx")
        #expect(try Self.styles(docx, "word/styles.xml").contains("w:ascii=\"DejaVu Sans\""))
        let html = out.appendingPathComponent("vindeln/sjalvreflektion.html")
        let check = try Harness.run(Harness.tools.appendingPathComponent("html-check"), [html.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // The blank form without a centre takes the reference alone.
        let blank = try Harness.fcdoc(
            "form", "parent-survey", "--format", "odt", "--out", out.path, "--reference-doc",
            Harness.fixture("reference/referens.odt"))
        #expect(blank.status == 0, "\(blank.stderr)")
        #expect(try Self.styles(out.appendingPathComponent("formular/foraldraenkat.odt")).contains("DejaVu Sans"))
    }

    /// The plain render (QuickRender, as `ProfileFormatsTests` runs it) and swift-argument-parser's
    /// give the same files for a profile with chart colours and a reference document.
    @Test func theQuickRenderAndTheParserAgreeOnAProfilesReference() throws {
        let folder = Harness.temporaryFolder()
        try ProfileFormatsOutput.prepare(folder)
        let arguments = [folder.appendingPathComponent("reports/vindeln-2025.yaml").path, "--format", "odt,docx,html"]
        let (quick, quickFiles) = try QuickRenderTests().render(arguments, quick: true)
        let (parsed, parsedFiles) = try QuickRenderTests().render(arguments, quick: false)
        #expect(quick.status == 0 && parsed.status == 0, "\(quick.stderr)\(parsed.stderr)")
        #expect(quickFiles.count == 3 && quickFiles == parsedFiles)
    }

    /// `form --profile`: a blank form without a centre in a profile's look; a file that is no
    /// profile is refused and nothing is written.
    @Test func theBlankFormTakesAProfile() throws {
        let folder = Harness.temporaryFolder()
        try ProfileFormatsOutput.prepare(folder)
        let out = folder.appendingPathComponent("ut")
        let outcome = try Harness.fcdoc(
            "form", "parent-survey", "--profile", folder.appendingPathComponent("profil.yaml").path, "--format",
            "odt,html", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let styles = try Self.styles(out.appendingPathComponent("formular/foraldraenkat.odt"))
        #expect(styles.contains("Pictures/logo.svg") && styles.contains("922 81 Vindeln"))
        let html = try String(contentsOf: out.appendingPathComponent("formular/foraldraenkat.html"), encoding: .utf8)
        #expect(html.contains("alt=\"Logotyp: Vindelns kommun\""))
        let wrong = folder.appendingPathComponent("fel")
        let refused = try Harness.fcdoc(
            "form", "parent-survey", "--profile", folder.appendingPathComponent("vindeln.yaml").path, "--out",
            wrong.path, environment: ["LANG": "C.UTF-8"])
        #expect(refused.status == 1 && refused.stderr.contains("is not a profile file"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: wrong.path))
    }

    @Test func anUnusableReferenceOnFormOrDiffWritesNothing() throws {
        let folder = Harness.temporaryFolder()
        let fake = folder.appendingPathComponent("mall.odt")
        try Data("inte ett dokument".utf8).write(to: fake)
        let out = folder.appendingPathComponent("ut")
        let form = try Harness.fcdoc(
            "form", "self-reflection", "--out", out.path, "--reference-doc", fake.path, environment: ["LANG": "C.UTF-8"]
        )
        #expect(form.status == 1)
        #expect(form.stderr.contains("is not a real ODT or DOCX document"), "\(form.stderr)")
        let diff = try Harness.fcdoc(
            "diff", Harness.fixture("vindeln.yaml"), Harness.fixture("vindeln.yaml"), "--out", out.path,
            "--reference-doc", fake.path, environment: ["LANG": "C.UTF-8"])
        #expect(diff.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func theDiffTakesTheReference() throws {
        let folder = Harness.temporaryFolder()
        let new = folder.appendingPathComponent("vindeln.yaml")
        try String(contentsOfFile: Harness.fixture("vindeln.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "ca 180 m²", with: "ca 200 m²")
            .write(to: new, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("ut")
        let outcome = try Harness.fcdoc(
            "diff", Harness.fixture("vindeln.yaml"), new.path, "--doc", "samverkansavtal", "--format", "odt,docx",
            "--out", out.path, "--reference-doc", Harness.fixture("reference/referens.odt"),
            environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let odt = out.appendingPathComponent("vindeln/samverkansavtal-andringar.odt")
        #expect(try Self.styles(odt).contains("fo:margin-top=\"3cm\""))
        let docx = out.appendingPathComponent("vindeln/samverkansavtal-andringar.docx")
        #expect(try Self.styles(docx, "word/styles.xml").contains("w:ascii=\"DejaVu Sans\""))
    }
}
