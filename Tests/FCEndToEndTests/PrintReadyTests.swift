import FCDocument
import Foundation
import Testing

/// The Vindeln report and agreements, and a county of twelve centres through `fcdoc batch
/// --format html,pdf`, rendered once; checked with pdftotext, pdfinfo, pdffonts and the shared
/// `pdf-check` and `html-check` (headless Chromium with axe-core).
final class PrintReadyOutput: @unchecked Sendable {
    static let shared = PrintReadyOutput()

    let output = Harness.temporaryFolder()
    let county = Harness.temporaryFolder()
    var batchOutput: URL { output.appendingPathComponent("lan") }
    var problems: [String] = []
    var batch: Harness.Outcome?

    static let centreCount = 12

    private init() {
        do {
            for file in [Harness.fixture("vindeln.yaml"), Harness.reportFixture("vindeln-2025")] {
                let outcome = try Harness.fcdoc("render", file, "--format", "odt,html,md,pdf", "--out", output.path)
                if outcome.status != 0 { problems.append(outcome.stderr) }
            }
            try Self.makeCounty(in: county)
            batch = try Harness.fcdoc(
                "batch", county.path, "--format", "html,md,pdf", "--out", batchOutput.path, "--quiet")
        } catch {
            problems.append("\(error)")
        }
    }

    /// The Jämtland fixture county with its centre copied under the names of real places, each
    /// with this year's report and survey: a roll-up with twelve centres, names of every length.
    static func makeCounty(in folder: URL) throws {
        let fixtures = Harness.packageRoot.appendingPathComponent("fixtures/jamtlands-lan")
        let manager = FileManager.default
        let reports = folder.appendingPathComponent("reports")
        try manager.createDirectory(at: reports, withIntermediateDirectories: true)
        try manager.copyItem(
            at: fixtures.appendingPathComponent("county.yaml"), to: folder.appendingPathComponent("county.yaml"))
        try manager.copyItem(
            at: fixtures.appendingPathComponent("reports/ostersund-lugnvik-2025-enkat.csv"),
            to: reports.appendingPathComponent("ostersund-lugnvik-2025-enkat.csv"))
        let centre = try String(contentsOf: fixtures.appendingPathComponent("ostersund-lugnvik.yaml"), encoding: .utf8)
        let report = try String(
            contentsOf: fixtures.appendingPathComponent("reports/ostersund-lugnvik-2025.yaml"),
            encoding: .utf8)
        let places = [
            "Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund Odenslund",
            "Hammarstrand", "Funäsdalen", "Sveg", "Järpen",
        ]
        for (number, place) in places.prefix(centreCount).enumerated() {
            let id = "centre-\(number + 1)"
            try centre.replacingOccurrences(of: "id: ostersund-lugnvik", with: "id: \(id)")
                .replacingOccurrences(of: "Familjecentralen Lugnvik", with: "Familjecentralen \(place)")
                .write(to: folder.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
            try report.replacingOccurrences(of: "centre: ../ostersund-lugnvik.yaml", with: "centre: ../\(id).yaml")
                .write(to: reports.appendingPathComponent("\(id)-2025.yaml"), atomically: true, encoding: .utf8)
        }
    }

    var report: URL { output.appendingPathComponent("vindeln/verksamhetsberattelse-2025") }
    var agreements: [URL] {
        ["samverkansavtal", "samordnaravtal"].map { output.appendingPathComponent("vindeln/\($0)") }
    }
    var rollup: URL { batchOutput.appendingPathComponent("jamtlands-lan/lansrapport-2025") }
}

@Suite("End to end: documents fit to print, archive and publish", .serialized)
struct PrintReadyTests {
    let rendered = PrintReadyOutput.shared

    static func tool(_ name: String, _ arguments: [String]) throws -> Harness.Outcome {
        try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    static func pdfText(_ pdf: URL) throws -> String {
        try tool("pdftotext", [pdf.path, "-"]).stdout
    }

    /// Every word of every table cell of an HTML page, entities decoded; a no-break space joins.
    static func tableWords(_ html: String) -> [String] {
        let cells = html.components(separatedBy: "<table>").dropFirst()
            .map { $0.components(separatedBy: "</table>")[0] }
            .flatMap { table in
                table.components(separatedBy: "<t").dropFirst().compactMap { cell -> String? in
                    guard cell.hasPrefix("d") || cell.hasPrefix("h"), let start = cell.firstIndex(of: ">") else {
                        return nil
                    }
                    return String(cell[cell.index(after: start)...])
                }
            }
        return cells.flatMap { cell -> [String] in
            var text = ""
            var inTag = false
            for character in cell {
                if character == "<" {
                    inTag = true
                } else if character == ">" {
                    inTag = false
                } else if !inTag {
                    text.append(character)
                }
            }
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
            {
                text = text.replacingOccurrences(of: entity, with: character)
            }
            return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
    }

    /// Every word of every table cell of a Markdown file, as FCDocument's reader reads it back.
    static func markdownTableWords(_ markdown: String) -> [String] {
        var tables = TableCollector()
        tables.walk(MarkdownReader.read(markdown, metadata: .init(title: "")).blocks)
        return tables.tables.flatMap { [$0.header] + $0.rows }.flatMap { $0 }.flatMap { cell in
            cell.plainText.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
    }

    @Test(arguments: ["report", "rollup"])
    func everyTableWordIsWholeInThePDFAndNoLineIsALonePercentSign(document: String) throws {
        #expect(rendered.problems.isEmpty, "\(rendered.problems)")
        let base = document == "report" ? rendered.report : rendered.rollup
        let html = try String(contentsOf: base.appendingPathExtension("html"), encoding: .utf8)
        let text = try Self.pdfText(base.appendingPathExtension("pdf"))
        let words = Self.tableWords(html)
        // The HTML's tables hold every word the Markdown's tables hold (another writer, read back
        // by another reader): so no cell is missed below.
        let markdown = try String(contentsOf: base.appendingPathExtension("md"), encoding: .utf8)
        let expected = Self.markdownTableWords(markdown)
        #expect(expected.count > 100, "\(document): only \(expected.count) table words in the Markdown")
        #expect(words.sorted() == expected.sorted(), "\(document): the HTML's table words are not the Markdown's")
        if document == "rollup" {
            #expect(html.components(separatedBy: "<td>Familjecentralen ").count - 1 >= 2 * PrintReadyOutput.centreCount)
        }
        // pdftotext turns a no-break space into a plain one or keeps it; compare both ways.
        let flat = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        for word in Set(words) {
            #expect(
                flat.contains(word.replacingOccurrences(of: "\u{00A0}", with: " ")),
                "\(document): '\(word)' is not whole in the PDF")
        }
        let lonePercent = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "%" }
        #expect(lonePercent.isEmpty, "\(document): \(lonePercent.count) lines are a lone %")
    }

    @Test func thePDFsArePDFA2TaggedWithAltTextAndOnlyTheFontsTheODTNames() throws {
        let documents = [rendered.report] + rendered.agreements
        let check = try Harness.run(
            Harness.tools.appendingPathComponent("pdf-check"),
            documents.map { $0.appendingPathExtension("pdf").path })
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        for document in documents {
            let pdf = document.appendingPathExtension("pdf")
            let info = try Self.tool("pdfinfo", ["-meta", pdf.path]).stdout
            #expect(
                info.contains("pdfaid:part>2<") || info.contains("pdfaid:part=\"2\""),
                "\(pdf.lastPathComponent): no PDF/A-2 in the XMP")
            let tagged = try Self.tool("pdfinfo", [pdf.path]).stdout
            #expect(tagged.split(separator: "\n").contains { $0.hasPrefix("Tagged:") && $0.hasSuffix("yes") })
            let styles = try Self.tool(
                "python3",
                [
                    "-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('styles.xml').decode())",
                    document.appendingPathExtension("odt").path,
                ]
            ).stdout
            let named = Set(
                styles.components(separatedBy: "svg:font-family=\"'").dropFirst()
                    .map { $0.components(separatedBy: "'")[0].replacingOccurrences(of: " ", with: "") })
            #expect(named.contains("LiberationSerif"))
            let fonts = try Self.tool("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty)
            for line in fonts {
                let columns = line.split(separator: " ")
                // "BAAAAA+LiberationSerif-Bold TrueType WinAnsi yes yes yes 12 0": embedded, and a face of a named family.
                let family = String(columns[0].split(separator: "+").last!.split(separator: "-")[0])
                #expect(
                    named.contains(family),
                    "\(pdf.lastPathComponent): \(columns[0]) is not a font the ODT names: \(named)")
                #expect(
                    columns.count >= 6 && columns[columns.count - 5] == "yes",
                    "\(pdf.lastPathComponent): \(line) not embedded")
            }
        }
    }

    @Test func theHTMLReflowsAt320PixelsWithoutAxeViolations() throws {
        let pages = [rendered.report] + rendered.agreements + [rendered.rollup]
        let files =
            pages.map { $0.appendingPathExtension("html").path } + [
                rendered.batchOutput.appendingPathComponent("index.html").path
            ]
        let check = try Harness.run(
            Harness.tools.appendingPathComponent("html-check"), ["--widths", "320,1280"] + files)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.split(separator: "\n").filter { $0.hasPrefix("html-check: OK") }.count == files.count)
        for file in files {
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains(#"<meta name="viewport""#))
        }
    }

    @Test func batchWithHTMLAndPDFWritesEveryPDFAndNoODT() throws {
        let outcome = try #require(rendered.batch)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let files = Harness.files(in: rendered.batchOutput)
        #expect(!files.contains { $0.hasSuffix(".odt") })
        let pages = files.filter { $0.hasSuffix(".html") && $0 != "index.html" }
        // The county's two documents and at least agreement, contract and report per centre.
        #expect(pages.count >= 2 + 3 * PrintReadyOutput.centreCount)
        for page in pages {
            #expect(files.contains(String(page.dropLast(5)) + ".pdf"), "no PDF for \(page)")
        }
        for id in (1...PrintReadyOutput.centreCount).map({ "centre-\($0)" }) {
            #expect(files.contains("\(id)/samverkansavtal-exemplar-3.pdf"))
        }
        let index = try String(contentsOf: rendered.batchOutput.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains(#"lansrapport-2025.pdf">pdf</a>"#))
        let check = try Harness.run(
            Harness.tools.appendingPathComponent("pdf-check"),
            files.filter { $0.hasSuffix(".pdf") }.map { rendered.batchOutput.appendingPathComponent($0).path })
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

/// The tables of a document, in reading order.
private struct TableCollector: DocumentVisitor {
    var tables: [Table] = []

    mutating func visit(_ block: Block) -> VisitNext {
        if case .table(let table) = block { tables.append(table) }
        return .descend
    }
}
