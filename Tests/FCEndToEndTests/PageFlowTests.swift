import FCDocument
import Foundation
import Testing

/// Every fixture document (agreements, the county agreements, reports, blank forms, the county
/// roll-up) rendered as ODT and Markdown, the report also as DOCX, and every ODT and DOCX laid out
/// by LibreOffice in one run; each PDF is read page by page with pdftotext.
final class PageFlowOutput: @unchecked Sendable {
    static let shared = PageFlowOutput()

    let output = Harness.temporaryFolder()
    let pdfs = Harness.temporaryFolder()
    var problems: [String] = []
    /// Per document (`<folder>/<name>`), its headings as the Markdown has them.
    var headings: [String: [String]] = [:]
    /// Per PDF (`<folder>/<name>.odt.pdf`, `….docx.pdf`), the text of each page.
    var pages: [String: [String]] = [:]

    private init() {
        guard Harness.libreOfficeInstalled else { return }
        do {
            try render()
            try convert()
        } catch {
            problems.append("\(error)")
        }
    }

    private func fcdoc(_ arguments: String...) throws {
        let outcome = try Harness.run(Harness.fcdoc, arguments)
        if outcome.status != 0 { problems.append("fcdoc \(arguments.joined(separator: " ")): \(outcome.stderr)") }
    }

    private func render() throws {
        let out = output.path
        for centre in ["vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml"] {
            try fcdoc("render", Harness.fixture(centre), "--format", "odt,docx,md", "--out", out)
        }
        try fcdoc("render", Harness.fixture("jonkopings-lan/county.yaml"), "--format", "odt,md", "--out", out)
        // Vindeln with its catchment area longer by some paragraphs: the page rules hold for
        // other lengths of text, not only the fixtures'.
        for extra in [4, 11] {
            let centre = try Self.longerVindeln(by: extra)
            try fcdoc("render", centre, "--format", "odt,docx,md", "--out", out + "/langre-\(extra)")
        }
        for report in ["vindeln-2024", "vindeln-2025", "ostersund-lugnvik-2025"] {
            try fcdoc("render", Harness.reportFixture(report), "--format", "odt,docx,md", "--out", out)
        }
        try fcdoc("form", "self-reflection", "--format", "odt,docx,md", "--out", out)
        try fcdoc(
            "form", "parent-survey", "--centre", Harness.fixture("vindeln.yaml"), "--year", "2026",
            "--format", "odt,md", "--out", out)
        try fcdoc("batch", Harness.fixture("jamtlands-lan"), "--format", "odt,md", "--out", out + "/lan", "--quiet")
    }

    /// The Vindeln fixture with `extra` paragraphs of different lengths added to its catchment
    /// area, written to a temporary folder.
    static func longerVindeln(by extra: Int) throws -> String {
        let fixture = try String(contentsOfFile: Harness.fixture("vindeln.yaml"), encoding: .utf8)
        let anchor = "    på Vindelns hälsocentral och till deras föräldrar.\n"
        let words = "Familjecentralen arbetar med föräldrar och barn i hela kommunen och samverkar med skolan"
            .split(separator: " ")
        let paragraphs = (0..<extra).map { index in
            "\n    " + (0..<(5 + index * 7 % 30)).map { words[$0 % words.count] }.joined(separator: " ") + ".\n"
        }
        let folder = Harness.temporaryFolder()
        let file = folder.appendingPathComponent("vindeln.yaml")
        try fixture.replacingOccurrences(of: anchor, with: anchor + paragraphs.joined())
            .write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// The first copy of every document (the others differ only in their header and footer).
    private var documents: [String] {
        Harness.files(in: output).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
    }

    private func convert() throws {
        let input = pdfs.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var names: [String: String] = [:]
        for (number, document) in documents.enumerated() {
            let markdown = try String(
                contentsOf: output.appendingPathComponent(document + ".md"), encoding: .utf8)
            var collector = HeadingCollector()
            collector.walk(MarkdownReader.read(markdown, metadata: .init(title: "")).blocks)
            headings[document] = collector.headings
            for format in ["odt", "docx"] {
                let file = output.appendingPathComponent("\(document).\(format)")
                guard FileManager.default.fileExists(atPath: file.path) else { continue }
                try FileManager.default.copyItem(at: file, to: input.appendingPathComponent("\(number).\(format)"))
                names["\(number).\(format)"] = "\(document).\(format)"
            }
        }
        let files = names.keys.sorted().map { input.appendingPathComponent($0).path }
        let converted = try Harness.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "soffice", "-env:UserInstallation=file://\(pdfs.appendingPathComponent("profile").path)", "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", pdfs.path,
            ] + files)
        if converted.status != 0 { problems.append("soffice: \(converted.stderr)") }
        for (file, document) in names {
            let pdf = pdfs.appendingPathComponent((file as NSString).deletingPathExtension + ".pdf")
            let text = try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", "-layout", pdf.path, "-"])
                .stdout
            // pdftotext ends every page with a form feed.
            pages[document + ".pdf"] = text.components(separatedBy: "\u{0C}").dropLast().map { $0 }
        }
    }

    /// A page's lines without the page header and footer (copy label, kontrollsumma, page numbers).
    static func bodyLines(_ page: String) -> [String] {
        page.split(separator: "\n").map { Harness.normalized(String($0)) }.filter { line in
            // The header's marks and the footer's copy label, kontrollsumma and page number.
            !line.isEmpty && !line.hasPrefix("Exemplar ") && !line.contains("Kontrollsumma")
                && !line.hasPrefix("Datum: ") && !line.hasPrefix("Diarienummer: ")
                && line.range(of: #"^Sida \d+ av \d+$"#, options: .regularExpression) == nil
        }
    }
}

private struct HeadingCollector: DocumentVisitor {
    var headings: [String] = []

    mutating func visit(_ block: Block) -> VisitNext {
        if case .heading = block { headings.append(Harness.normalized(block.plainText)) }
        return .descend
    }
}

@Suite("End to end: pages that flow, as LibreOffice lays them out", .serialized)
struct PageFlowTests {
    let rendered = PageFlowOutput.shared

    @Test func everyFixtureDocumentWasLaidOut() {
        guard Harness.libreOfficeInstalled else { return }
        #expect(rendered.problems.isEmpty, "\(rendered.problems)")
        // Three agreements each for two centres, a county agreement for two counties, three
        // reports, two forms and the roll-up: as ODT, and the reports and a form as DOCX too.
        #expect(rendered.pages.count >= 16, "\(rendered.pages.keys.sorted())")
        #expect(rendered.pages.keys.contains { $0.contains("lansrapport") })
    }

    /// No page ends with a heading (its text kept from what it heads) or holds nothing but
    /// headings; a heading that LibreOffice wrapped over two lines counts as one.
    @Test func noPageEndsWithAHeadingOrHoldsOnlyHeadings() {
        for (pdf, pages) in rendered.pages.sorted(by: { $0.key < $1.key }) {
            let document = String(pdf.prefix { $0 != "." })
            let headings = Set(rendered.headings[document] ?? [])
            #expect(!headings.isEmpty, "\(pdf): no headings found")
            for (index, page) in pages.enumerated() {
                let lines = PageFlowOutput.bodyLines(page)
                let endsWithHeading = (1...3).contains { count in
                    count <= lines.count && headings.contains(lines.suffix(count).joined(separator: " "))
                }
                #expect(!endsWithHeading, "\(pdf), page \(index + 1) ends with a heading: \(lines.suffix(2))")
                #expect(
                    lines.isEmpty || !Self.onlyHeadings(lines, headings),
                    "\(pdf), page \(index + 1) holds only headings: \(lines)")
            }
        }
    }

    static func onlyHeadings(_ lines: [String], _ headings: Set<String>) -> Bool {
        var rest = lines[...]
        while !rest.isEmpty {
            guard let count = (1...3).first(where: { headings.contains(rest.prefix($0).joined(separator: " ")) })
            else { return false }
            rest = rest.dropFirst(count)
        }
        return true
    }

    @Test func theBlankSelfReflectionFormFitsOnSixPages() throws {
        guard Harness.libreOfficeInstalled else { return }
        for format in ["odt", "docx"] {
            let pages = try #require(rendered.pages["formular/sjalvreflektion.\(format).pdf"])
            #expect(pages.count <= 6, "\(format): \(pages.count) pages")
        }
    }

    /// The DOCX, laid out by the same word processor, has as many pages as the PDF made from the
    /// ODT, so "Sida x av y" is the same in both formats of one document, and every page ends
    /// with the same line. (Ends, not starts: a page may start with a chart, whose words the
    /// ODT's vector picture has and the DOCX's raster picture has not; its caption follows it.)
    @Test func theDOCXPaginatesAsTheODT() throws {
        guard Harness.libreOfficeInstalled else { return }
        let docx = rendered.pages.keys.filter { $0.hasSuffix(".docx.pdf") }
        #expect(docx.count >= 12)
        for pdf in docx.sorted() {
            let odt = try #require(rendered.pages[pdf.replacingOccurrences(of: ".docx.pdf", with: ".odt.pdf")])
            let word = rendered.pages[pdf] ?? []
            #expect(word.count == odt.count, "\(pdf): \(word.count) against \(odt.count)")
            for (index, (odtPage, wordPage)) in zip(odt, word).enumerated() {
                let (odtLast, wordLast) = (
                    PageFlowOutput.bodyLines(odtPage).last, PageFlowOutput.bodyLines(wordPage).last
                )
                #expect(odtLast == wordLast, "\(pdf), page \(index + 1): \(odtLast ?? "") against \(wordLast ?? "")")
            }
        }
    }

    @Test func noStraightDoubleQuoteIsPrinted() {
        for (pdf, pages) in rendered.pages.sorted(by: { $0.key < $1.key }) {
            for (index, page) in pages.enumerated() {
                let lines = page.split(separator: "\n").filter { $0.contains("\"") }
                #expect(lines.isEmpty, "\(pdf), page \(index + 1): \(lines)")
            }
        }
    }
}
