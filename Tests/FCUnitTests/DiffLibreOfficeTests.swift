import FCDiff
import FCDocument
import FCRender
import FCWriters
import Foundation
import Testing

/// LibreOffice as the independent judge of the tracked changes (`scripts/tracked-text`, one
/// LibreOffice run for every file): accepting every change of the written ODT or DOCX gives
/// exactly the new document's text as LibreOffice reads the new document's own file, paragraph
/// for paragraph (no empty paragraph left where a whole one was deleted), and rejecting every
/// change the old one's. Over the reference document's changes and random edits of Vindeln's
/// agreements (whole paragraphs, list items and table rows added and removed among them).
@Suite("Diff: LibreOffice accepts and rejects the tracked changes")
struct DiffLibreOfficeTests {
    static var libreOfficeInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")
    }

    /// Two versions of one document.
    struct Case {
        var name: String
        var old: Document
        var new: Document
    }

    static func cases() throws -> [Case] {
        var cases = [Case(name: "reference", old: DiffGoldenTests.old, new: GoldenWriterTests.reference)]
        for kind in [DocumentKind.samverkansavtal, .samordnaravtal] {
            let original = try DiffTests.vindeln(kind)
            var generator = SeededGenerator(seed: kind == .samverkansavtal ? 1022 : 2022)
            while cases.count < (kind == .samverkansavtal ? 7 : 13) {
                var edited = original
                var editor = RandomEditor(generator: generator)
                for _ in 0..<Int.random(in: 2...5, using: &generator) { editor.edit(&edited.blocks) }
                generator = editor.generator
                let (old, new) = cases.count % 2 == 0 ? (edited, original) : (original, edited)
                guard DocumentDiff.compare(old: old, new: new, revision: DiffTests.revision) != nil else { continue }
                cases.append(Case(name: "\(kind.rawValue) edit \(cases.count)", old: old, new: new))
            }
        }
        // Last year's verksamhetsberättelse against this year's: figures, charts and priorities.
        let pipeline = Pipeline()
        let reports = ["vindeln-2024.yaml", "vindeln-2025.yaml"].map {
            // As `fcdoc diff` reads them: each report alone, without the year before it.
            pipeline.check(path: TestPaths.fixture("reports/\($0)"), lookForPreviousReport: false)
        }
        for (old, new) in zip(try pipeline.plans(reports[0]), try pipeline.plans(reports[1])) {
            cases.append(
                Case(
                    name: "report \(new.kind.rawValue)", old: try pipeline.document(old, file: reports[0].path),
                    new: try pipeline.document(new, file: reports[1].path)))
        }
        return cases
    }

    @Test(.enabled(if: libreOfficeInstalled))
    func acceptingGivesTheNewTextAndRejectingTheOld() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Per case and format: the marked file accepted, rejected; the new and old files as they are.
        var arguments: [String] = []
        var checks: [(label: String, marked: Int, plain: Int, knownIssue: String?)] = []
        for (index, versions) in try Self.cases().enumerated() {
            let marked = try #require(
                DocumentDiff.compare(old: versions.old, new: versions.new, revision: DiffTests.revision))
            for (format, write) in [
                ("odt", { (document: Document) in try ODTWriter.write(document, copyLabels: [nil])[0] }),
                ("docx", { (document: Document) in try DOCXWriter.write(document, copyLabels: [nil])[0] }),
            ] {
                func file(_ name: String, _ document: Document) throws -> String {
                    let url = folder.appendingPathComponent("\(index)-\(name).\(format)")
                    try write(document).write(to: url)
                    return url.path
                }
                let markedFile = try file("marked", marked)
                arguments += [
                    "accept:\(markedFile)", "reject:\(markedFile)", "as-is:\(try file("new", versions.new))",
                    "as-is:\(try file("old", versions.old))",
                ]
                let first = arguments.count - 3
                let known = Self.knownIssues(marked.blocks, docx: format == "docx")
                checks.append(("\(versions.name), \(format), accepted", first, first + 2, known[.deleted]))
                checks.append(("\(versions.name), \(format), rejected", first + 1, first + 3, known[.inserted]))
            }
        }
        let texts = folder.appendingPathComponent("texts")
        let process = Process()
        process.executableURL = TestPaths.packageRoot.appendingPathComponent("scripts/tracked-text")
        process.arguments = [texts.path] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        func lines(_ number: Int) throws -> [String] {
            let text = try String(contentsOf: texts.appendingPathComponent("\(number).txt"), encoding: .utf8)
            return text.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\n")
        }
        for check in checks {
            let actual = try lines(check.marked)
            let expected = try lines(check.plain)
            // Compared first, so that a failure names the place rather than printing both texts.
            let same = actual == expected
            if let issue = check.knownIssue {
                withKnownIssue("\(check.label): \(issue)") { #expect(same) }
            } else {
                #expect(same, "\(check.label): \(Self.firstDifference(actual, expected))")
            }
        }
    }

    /// What is known to leave an empty paragraph behind when the changes of the kind (`.deleted`
    /// for accepting, `.inserted` for rejecting) are resolved: a signature block inserted or
    /// deleted whole, whose lines are tracked through their text; in a DOCX a paragraph inserted
    /// or deleted whole just before a table, whose paragraph mark has no paragraph to join.
    static func knownIssues(_ blocks: [Block], docx: Bool) -> [Change: String] {
        var issues: [Change: String] = [:]
        func isTable(_ block: Block) -> Bool {
            switch block {
            case .table, .changed(_, .table): return true
            default: return false
            }
        }
        func walk(_ blocks: [Block]) {
            for (index, block) in blocks.enumerated() {
                switch block {
                case .signature(let signature):
                    if let change = signature.change { issues[change] = "a whole signature block" }
                case .changed(let change, let inner):
                    if docx, !isTable(inner), index + 1 < blocks.count, isTable(blocks[index + 1]) {
                        issues[change] = "a DOCX paragraph changed whole before a table"
                    }
                    walk([inner])
                case .list(_, let items): walk(items.flatMap { $0 })
                case .quote(let children): walk(children)
                default: break
                }
            }
        }
        walk(blocks)
        return issues
    }

    /// Where two texts part, by line.
    static func firstDifference(_ actual: [String], _ expected: [String]) -> String {
        let index = Array(zip(actual, expected)).firstIndex { $0 != $1 } ?? min(actual.count, expected.count)
        let around = { (lines: [String]) in lines[max(0, index - 1)..<min(lines.count, index + 2)] }
        return "\(actual.count) lines against \(expected.count); at line \(index + 1) got \(around(actual)) "
            + "expected \(around(expected))"
    }
}
