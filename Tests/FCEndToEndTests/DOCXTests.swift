import Foundation
import Testing

/// Vindeln's agreements and report rendered to DOCX by the real `fcdoc`, then read by two
/// independent readers: LibreOffice (its text, as the ODT tests do) and python-docx.
final class RenderedDOCX: @unchecked Sendable {
    static let shared = RenderedDOCX()

    let output = Harness.temporaryFolder()
    let secondOutput = Harness.temporaryFolder()
    var outcomes: [Harness.Outcome] = []
    var texts: [String: String] = [:]
    var problems: [String] = []

    var docx: [String] { Harness.files(in: output).filter { $0.hasSuffix(".docx") } }

    private init() {
        do {
            for (folder, zone) in [(output, "UTC"), (secondOutput, "Europe/Stockholm")] {
                let environment = ProcessInfo.processInfo.environment.merging(["TZ": zone]) { $1 }
                for file in [Harness.fixture("vindeln.yaml"), Harness.reportFixture("vindeln-2025")] {
                    // The Markdown of the first run names every section, to look for in the DOCX.
                    outcomes.append(
                        try Harness.fcdoc(
                            "render", file, "--format", folder == output ? "docx,md" : "docx",
                            "--out", folder.path, environment: environment))
                }
            }
            if Harness.libreOfficeInstalled {
                texts = try Oracles.odtText(docx.map { output.appendingPathComponent($0) })
            }
        } catch {
            problems.append("\(error)")
        }
    }

    func text(_ name: String) -> String {
        Harness.normalized(texts[output.appendingPathComponent("vindeln/\(name)").path] ?? "")
    }

    /// The headings of a document, from its Markdown.
    func sections(_ document: String) throws -> [String] {
        let markdown = try String(contentsOf: output.appendingPathComponent("vindeln/\(document).md"), encoding: .utf8)
        return markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
            .map { Harness.normalized(String($0.drop { $0 == "#" })).replacingOccurrences(of: "\\", with: "") }
    }

    /// Each document `fcdoc render` printed ("samverkansavtal: 3 exemplar, kontrollsumma …")
    /// and its number of copies.
    var documents: [(name: String, copies: Int)] {
        outcomes.prefix(2).flatMap { $0.stdout.split(separator: "\n") }.compactMap { line in
            let words = line.split(separator: " ")
            guard words.count > 2, words[0].hasSuffix(":"), words[2] == "exemplar," else { return nil }
            return (String(words[0].dropLast()), Int(words[1]) ?? 0)
        }
    }

    /// The document's fingerprint as `fcdoc render` printed it.
    func fingerprint(_ document: String) throws -> String {
        let lines = outcomes.flatMap { $0.stdout.split(separator: "\n") }
        let line = try #require(lines.first { $0.hasPrefix("\(document):") })
        return try #require(line.split(separator: "kontrollsumma ").last?.prefix(24)).description
    }
}

@Suite("End to end: DOCX read by LibreOffice and python-docx", .serialized)
struct DOCXTests {
    let rendered = RenderedDOCX.shared

    @Test func everyDocumentAndCopyIsWrittenTwiceWithTheSameBytes() throws {
        #expect(rendered.problems.isEmpty, "\(rendered.problems)")
        for outcome in rendered.outcomes { #expect(outcome.status == 0, "\(outcome.stderr)") }
        var expected: [String] = []
        for (document, copies) in rendered.documents {
            let name = document == "verksamhetsberattelse" ? "verksamhetsberattelse-2025" : document
            expected += (1...max(copies, 1)).map { "vindeln/\(name)\($0 == 1 ? "" : "-exemplar-\($0)").docx" }
        }
        #expect(rendered.documents.map(\.name).contains("samverkansavtal"))
        #expect(Set(rendered.docx) == Set(expected))
        for file in rendered.docx {
            let first = try Data(contentsOf: rendered.output.appendingPathComponent(file))
            let second = try Data(contentsOf: rendered.secondOutput.appendingPathComponent(file))
            #expect(first == second, "\(file) differs between runs")
        }
    }

    @Test(.enabled(if: Harness.libreOfficeInstalled))
    func libreOfficeReadsEverySectionTheFingerprintAndTheCopyMarks() throws {
        #expect(rendered.texts.count == rendered.docx.count, "converted: \(rendered.texts.keys.sorted())")
        // Bilaga 1's sections, as the agreement's Markdown has them.
        let sections = try rendered.sections("samverkansavtal")
        for section in [
            "Inledning", "Parter", "Syfte", "Ansvarsfördelning", "Ledningsorganisation", "Avtalstid", "Underskrifter",
        ] {
            #expect(sections.contains(section), "\(section) in \(sections)")
        }
        let fingerprint = try rendered.fingerprint("samverkansavtal")
        for (index, name) in [
            "samverkansavtal.docx", "samverkansavtal-exemplar-2.docx", "samverkansavtal-exemplar-3.docx",
        ]
        .enumerated() {
            let text = rendered.text(name)
            var rest = Substring(text)
            for section in sections {
                guard let found = rest.range(of: section) else {
                    Issue.record("\(name): section '\(section)' missing or out of order")
                    break
                }
                rest = rest[found.upperBound...]
            }
            #expect(text.contains("Kontrollsumma \(fingerprint)"), "\(name)")
            #expect(text.contains("Exemplar \(index + 1) av 3"), "\(name)")
            #expect(text.contains("Sida 1 av "), "\(name)")
        }
        #expect(!rendered.text("samverkansavtal.docx").contains("Sida 1 av 1 "))
        #expect(
            rendered.text("verksamhetsberattelse-2025.docx").contains(try rendered.fingerprint("verksamhetsberattelse"))
        )
    }

    /// python-docx (PyPI) opens each package and lists its paragraphs' style names; the report's
    /// charts are each an SVG with a PNG beside it.
    @Test func pythonDocxFindsTheHeadingStylesAndTheChartsHaveBothPictures() throws {
        let script = """
            import sys, zipfile, docx
            for path in sys.argv[1:]:
                styles = {p.style.name for p in docx.Document(path).paragraphs}
                package = zipfile.ZipFile(path)
                body = package.read("word/document.xml").decode()
                media = [n for n in package.namelist() if n.startswith("word/media/")]
                print(path, "|".join(sorted(styles)), body.count("<asvg:svgBlip "), body.count("<a:blip "),
                      sum(n.endswith(".svg") for n in media), sum(n.endswith(".png") for n in media), sep="\\t")
            """
        let outcome = try Harness.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", script] + rendered.docx.map { rendered.output.appendingPathComponent($0).path })
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(lines.count == rendered.docx.count)
        for line in lines where line.count == 6 {
            let styles = line[1].split(separator: "|")
            #expect(styles.contains("Heading 1") && styles.contains("Heading 2"), "\(line[0]): \(styles)")
            #expect(
                line[2] == line[3] && line[3] == line[4] && line[4] == line[5], "\(line[0]): pictures \(line[2...])")
            if line[0].hasSuffix("verksamhetsberattelse-2025.docx") {
                #expect((Int(line[2]) ?? 0) >= 3, "the report's charts: \(line[2])")
            }
        }
    }

    /// The ECMA-376 transitional schemas (`wml.xsd`, the files it imports and an `xml.xsd` for
    /// `xml:space`), where this machine has them: `$OOXML_SCHEMAS` or `../shared/ooxml`. They
    /// are not part of the project.
    static let schemas: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["OOXML_SCHEMAS"].map { URL(fileURLWithPath: $0) },
            Harness.tools.deletingLastPathComponent().appendingPathComponent("ooxml"),
        ]
        return candidates.compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("wml.xsd").path)
        }
    }()

    @Test(.enabled(if: schemas != nil))
    func everyWordprocessingPartIsValidAgainstTheTransitionalSchema() throws {
        let schema = try #require(Self.schemas).appendingPathComponent("wml.xsd")
        for file in rendered.docx {
            let folder = Harness.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let unpacked = try Harness.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                [
                    "python3", "-m", "zipfile", "-e", rendered.output.appendingPathComponent(file).path,
                    folder.path,
                ])
            #expect(unpacked.status == 0, "\(unpacked.stderr)")
            let parts = ["document", "styles", "numbering", "settings", "footer1", "header1"]
                .map { folder.appendingPathComponent("word/\($0).xml").path }
                .filter { FileManager.default.fileExists(atPath: $0) }
            let outcome = try Harness.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["xmllint", "--noout", "--schema", schema.path] + parts)
            #expect(outcome.status == 0, "\(file): \(outcome.stderr)")
        }
    }
}
