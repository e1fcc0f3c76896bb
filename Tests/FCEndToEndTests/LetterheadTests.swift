import Foundation
import Testing

/// The Vindeln centre with a graphic profile (`examples/profil/`: `profile: profil.yaml`, an SVG
/// logo, a sender) and `agreement.diarienummer: KS 2026/123`, its samverkansavtal rendered once in
/// every format and checked with independent tools: unzip, pdftotext page by page, pdftoppm's
/// pixels, `pdf-check`, `html-check`, `odt-validate`.
final class LetterheadOutput: @unchecked Sendable {
    static let shared = LetterheadOutput()

    let output = Harness.temporaryFolder()
    var outcome: Harness.Outcome?
    var problem: String?

    static let centre = Harness.packageRoot.appendingPathComponent("examples/profil/vindeln.yaml").path

    private init() {
        do {
            outcome = try Harness.fcdoc(
                "render", Self.centre, "--doc", "samverkansavtal", "--format", "odt,docx,html,md,pdf", "--out",
                output.path, "--copies", "1")
        } catch {
            problem = "\(error)"
        }
    }

    func file(_ ext: String) -> URL { output.appendingPathComponent("vindeln/samverkansavtal.\(ext)") }
}

@Suite("End to end: a graphic profile's letterhead in every format", .serialized)
struct LetterheadTests {
    let rendered = LetterheadOutput.shared

    static func tool(_ name: String, _ arguments: [String]) throws -> Harness.Outcome {
        try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    /// A part of a ZIP package, through `unzip -p`.
    static func part(_ package: URL, _ path: String) throws -> String {
        try tool("unzip", ["-p", package.path, path]).stdout
    }

    static func listing(_ package: URL) throws -> String {
        try tool("unzip", ["-l", package.path]).stdout
    }

    @Test func rendersWithoutProblems() throws {
        #expect(rendered.problem == nil)
        let outcome = try #require(rendered.outcome)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test func theODTHoldsTheLogoAsVectorInItsHeader() throws {
        let odt = rendered.file("odt")
        #expect(try Self.listing(odt).contains("Pictures/logo.svg"))
        let manifest = try Self.part(odt, "META-INF/manifest.xml")
        #expect(manifest.contains("manifest:full-path=\"Pictures/logo.svg\""))
        let styles = try Self.part(odt, "styles.xml")
        #expect(styles.contains("xlink:href=\"Pictures/logo.svg\""))
        #expect(styles.contains("<svg:title>Logotyp: Vindelns kommun</svg:title>"))
        #expect(styles.contains("Diarienummer: KS 2026/123"))
        #expect(styles.contains("<style:header-first>"))
        let logo = try Self.part(odt, "Pictures/logo.svg")
        #expect(logo.hasPrefix("<svg"))
        let validation = try Oracles.validateODT([odt])
        #expect(validation.allValid, "\(validation.report)")
    }

    @Test func theDOCXHoldsTheLogoAsSVGWithAPNGInItsHeaders() throws {
        let docx = rendered.file("docx")
        let listing = try Self.listing(docx)
        for part in ["word/media/logo.svg", "word/media/logo.png", "word/header1.xml", "word/header2.xml"] {
            #expect(listing.contains(part), "\(part)")
        }
        for header in ["header1", "header2"] {
            let xml = try Self.part(docx, "word/\(header).xml")
            #expect(xml.contains("<asvg:svgBlip r:embed=\"rIdLogo1Svg\"/>"), "\(header)")
            #expect(xml.contains("descr=\"Logotyp: Vindelns kommun\""), "\(header)")
            #expect(xml.contains("Diarienummer: KS 2026/123"), "\(header)")
            let relationships = try Self.part(docx, "word/_rels/\(header).xml.rels")
            #expect(relationships.contains("Target=\"media/logo.png\""))
        }
        let document = try Self.part(docx, "word/document.xml")
        #expect(document.contains("<w:titlePg/>"))
        #expect(try Self.part(docx, "word/header2.xml").contains("922 81 Vindeln"))
        #expect(!(try Self.part(docx, "word/header1.xml").contains("922 81 Vindeln")))
    }

    @Test func theHTMLShowsTheLogoWithAlternativeTextAndNoScript() throws {
        let html = try String(contentsOf: rendered.file("html"), encoding: .utf8)
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        #expect(html.contains("alt=\"Logotyp: Vindelns kommun\""))
        #expect(html.contains("img-src data:"))
        #expect(html.contains("Diarienummer: KS 2026/123"))
        #expect(!html.lowercased().contains("<script"))
        let check = try Harness.run(
            Harness.tools.appendingPathComponent("html-check"), ["--widths", "320,1280", rendered.file("html").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func theMarkdownNamesTheLogoBesideIt() throws {
        let markdown = try String(contentsOf: rendered.file("md"), encoding: .utf8)
        #expect(markdown.hasPrefix("![Logotyp: Vindelns kommun](<samverkansavtal-logo.svg>)"))
        #expect(markdown.contains("922 81 Vindeln"))
        let logo = rendered.output.appendingPathComponent("vindeln/samverkansavtal-logo.svg")
        #expect(FileManager.default.fileExists(atPath: logo.path))
    }

    @Test(.enabled(if: Harness.libreOfficeInstalled))
    func thePDFCarriesTheDiarienummerOnEveryPageAndTheSenderOnTheFirst()
        throws
    {
        let pdf = rendered.file("pdf")
        let info = try Self.tool("pdfinfo", [pdf.path]).stdout
        let pages = try #require(
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                Int($0.split(separator: " ").last ?? "")
            })
        #expect(pages >= 2)
        for page in 1...pages {
            let text = try Self.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).stdout
            #expect(Harness.normalized(text).contains("Diarienummer: KS 2026/123"), "page \(page)")
            #expect(Harness.normalized(text).contains("Datum: 2026-02-02"), "page \(page)")
            #expect(text.contains("922 81 Vindeln") == (page == 1), "page \(page)")
        }
        let check = try Harness.run(Harness.tools.appendingPathComponent("pdf-check"), [pdf.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// The logo's green (#1f5f4a) drawn in the top 3.5 cm of page 1, counted in pdftoppm's pixels:
    /// LibreOffice draws the SVG as vector paths, which `pdfimages` would not list.
    @Test(.enabled(if: Harness.libreOfficeInstalled)) func thePDFShowsTheLogoOnPageOne() throws {
        let prefix = rendered.output.appendingPathComponent("page").path
        let outcome = try Self.tool(
            "pdftoppm", ["-r", "40", "-f", "1", "-l", "1", "-singlefile", rendered.file("pdf").path, prefix])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let image = try #require(PPM(Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm"))))
        let green = image.count(inRows: image.headerRows, where: Self.isLogoGreen)
        #expect(green > 40, "\(green) pixels of the logo's green in the header")
    }

    /// A pixel of the example logo's green (#1f5f4a), as anti-aliasing leaves it.
    static func isLogoGreen(_ red: Int, _ green: Int, _ blue: Int) -> Bool {
        abs(red - 0x1f) < 40 && abs(green - 0x5f) < 40 && abs(blue - 0x4a) < 40 && green > red + 30
    }
}

/// A binary PPM (P6) as pdftoppm writes it.
struct PPM {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init?(_ data: Data) {
        let bytes = [UInt8](data)
        var fields: [Int] = []
        var index = 2
        guard bytes.starts(with: Array("P6".utf8)) else { return nil }
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D {
                index += 1
            }
            var number = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(number)
        }
        index += 1
        guard fields.count == 3, fields[2] == 255, bytes.count >= index + fields[0] * fields[1] * 3 else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index...])
    }

    /// The rows of an A4 page's top 3.5 cm, where the header stands.
    var headerRows: Range<Int> { 0..<Int(3.5 / 29.7 * Double(height)) }

    /// Pixels within `tolerance` of `colour` in every channel.
    func count(inRows rows: Range<Int>, near colour: (Int, Int, Int), tolerance: Int = 24) -> Int {
        count(inRows: rows) { red, green, blue in
            abs(red - colour.0) < tolerance && abs(green - colour.1) < tolerance && abs(blue - colour.2) < tolerance
        }
    }

    func count(inRows rows: Range<Int>, where matches: (Int, Int, Int) -> Bool) -> Int {
        var total = 0
        for row in rows where row < height {
            for column in 0..<width {
                let at = (row * width + column) * 3
                if matches(Int(pixels[at]), Int(pixels[at + 1]), Int(pixels[at + 2])) { total += 1 }
            }
        }
        return total
    }
}
