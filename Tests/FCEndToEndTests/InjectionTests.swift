import FCDocument
import Foundation
import Testing
import Yams

/// Every free-text field of a centre, set in turn to hostile text, renders to a valid ODT, an
/// HTML file without live script, Markdown with the same structure, and shows the text literally.
@Suite("End to end: hostile text in every field", .serialized)
struct InjectionTests {
    static let hostile =
        "Ö & < > \" ' <script>alert(1)</script> ]]> *fet* `kod` # rubrik | tabell | [länk](http://x) "
        + "\u{200F}RTL\u{202E} 👶 \u{07}slut"
    static let long = String(repeating: "Långt namn & <b>fet</b> ", count: 420)

    /// The keys whose values are ids, references, numbers, dates or choices, not free text.
    static let structural: Set<String> = [
        "fcdoc", "kind", "id", "party", "type", "signing_date", "report_due", "scope_percent",
        "notice_months", "copies", "services", "start_date", "term_years", "tasks",
        "method", "annual_cost", "order", "scope_hours_per_week", "centre", "year", "gender",
        "file", "delimiter", "statement", "position", "respondents", "key", "area", "value",
        "visits", "pregnant_women", "enrolled_children", "families_special_support",
        "parent_groups", "total", "region_share", "population", "date",
    ]

    /// The paths of every free-text scalar in a YAML tree, e.g. `[centre, name]`, `[parties, 0, unit]`.
    static func textPaths(_ node: Node, key: String? = nil, path: [String] = []) -> [[String]] {
        switch node {
        case .scalar:
            guard let key, !structural.contains(key) else { return [] }
            return [path]
        case .mapping(let mapping):
            return mapping.flatMap { pair in
                textPaths(pair.value, key: pair.key.string, path: path + [pair.key.string ?? ""])
            }
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { textPaths($1, key: key, path: path + [String($0)]) }
        case .alias:
            return []
        }
    }

    static func value(_ node: Node, at path: [String]) -> String? {
        guard let first = path.first else { return node.string }
        switch node {
        case .mapping(let mapping):
            return mapping.first { $0.key.string == first }.flatMap { value($0.value, at: Array(path.dropFirst())) }
        case .sequence(let sequence):
            return Int(first).flatMap { $0 < sequence.count ? value(sequence[$0], at: Array(path.dropFirst())) : nil }
        default: return nil
        }
    }

    static func replacing(_ node: Node, at path: [String], with value: String) -> Node {
        guard let first = path.first else { return Node(value, Tag(.str), .doubleQuoted) }
        switch node {
        case .mapping(let mapping):
            return Node(
                mapping.map { pair in
                    (
                        pair.key,
                        pair.key.string == first
                            ? replacing(pair.value, at: Array(path.dropFirst()), with: value) : pair.value
                    )
                })
        case .sequence(let sequence):
            return Node(
                sequence.enumerated().map { index, item in
                    String(index) == first ? replacing(item, at: Array(path.dropFirst()), with: value) : item
                })
        default:
            return node
        }
    }

    /// Where a variant's file goes and what it needs beside it.
    struct Setup: Sendable, CustomStringConvertible {
        var fixture: String
        /// The variant's path inside its folder.
        var fileName: String
        /// Files copied beside it: (fixture, path in the folder).
        var companions: [(String, String)]
        var documents: [String]
        /// The output folder: the centre's or county's id.
        var folder = "vindeln"
        var description: String { fixture }
    }

    static let setups = [
        Setup(
            fixture: "vindeln.yaml", fileName: "centre.yaml", companions: [],
            documents: ["samverkansavtal", "samordnaravtal"]),
        Setup(
            fixture: "reports/vindeln-2025.yaml", fileName: "reports/vindeln-2025.yaml",
            companions: [
                ("vindeln.yaml", "vindeln.yaml"), ("reports/vindeln-2025-enkat.csv", "reports/vindeln-2025-enkat.csv"),
            ],
            documents: ["verksamhetsberattelse-2025"]),
        Setup(
            fixture: "jonkopings-lan/county.yaml", fileName: "county.yaml", companions: [],
            documents: ["lanssamordnare"],
            folder: "jonkopings-lan"),
    ]

    @Test(arguments: setups)
    func everyFieldKeepsEveryFormatSafe(setup: Setup) throws {
        let source = try String(contentsOfFile: Harness.fixture(setup.fixture), encoding: .utf8)
        let root = try #require(try Yams.compose(yaml: source))
        let paths = Self.textPaths(root)
        #expect(paths.count >= 8)
        let work = Harness.temporaryFolder()
        let mainDocument = setup.documents[0]
        /// Writes `yaml` as a variant with its companions and renders it into `out`.
        func render(_ yaml: String, in folder: URL, formats: String) throws -> Harness.Outcome {
            let file = folder.appendingPathComponent(setup.fileName)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            for (fixture, path) in setup.companions
            where !FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) {
                try FileManager.default.copyItem(
                    atPath: Harness.fixture(fixture), toPath: folder.appendingPathComponent(path).path)
            }
            try yaml.write(to: file, atomically: true, encoding: .utf8)
            return try Harness.fcdoc(
                "render", file.path, "--format", formats, "--copies", "1",
                "--out", folder.appendingPathComponent("out").path)
        }
        // The untouched file, for the structure every variant must keep.
        let baselineOut = work.appendingPathComponent("baseline")
        #expect(try render(source, in: baselineOut, formats: "md").status == 0)
        let baseline = try String(
            contentsOf: baselineOut.appendingPathComponent("out/\(setup.folder)/\(mainDocument).md"), encoding: .utf8)
        let baselineShape = MarkdownReader.read(baseline, metadata: .init(title: "")).blocks.map(Skeleton.of)
        var variants: [(name: String, value: String, out: URL)] = []
        for (index, path) in paths.enumerated() {
            variants.append(("\(path.joined(separator: "."))", Self.hostile, work.appendingPathComponent("v\(index)")))
        }
        for (index, path) in paths.prefix(3).enumerated() {
            variants.append(
                (
                    "\(path.joined(separator: ".")) (10 000 characters)", Self.long,
                    work.appendingPathComponent("long\(index)")
                ))
        }
        var odts: [URL] = []
        for (variant, path) in zip(variants, paths + Array(paths.prefix(3))) {
            let yaml = try Yams.serialize(node: Self.replacing(root, at: path, with: variant.value))
            let outcome = try render(yaml, in: variant.out, formats: "odt,html,md")
            #expect(outcome.status == 0, "\(variant.name): \(outcome.stderr)")
            let folder = variant.out.appendingPathComponent("out/\(setup.folder)")
            for document in setup.documents {
                odts.append(folder.appendingPathComponent("\(document).odt"))
                let html = try String(contentsOf: folder.appendingPathComponent("\(document).html"), encoding: .utf8)
                #expect(html.range(of: "<script", options: .caseInsensitive) == nil, "\(variant.name)")
                #expect(
                    html.range(of: #"<[^>]*\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil)
                #expect(!html.contains("href=\"http://x\""), "\(variant.name)")
            }
            let markdown = try String(contentsOf: folder.appendingPathComponent("\(mainDocument).md"), encoding: .utf8)
            let shape = MarkdownReader.read(markdown, metadata: .init(title: "")).blocks.map(Skeleton.of)
            // A text of several paragraphs becomes one here; compare with the same field set to a plain word.
            var expected = baselineShape
            if Self.value(root, at: path)?.contains("\n\n") == true {
                let tame = try Yams.serialize(node: Self.replacing(root, at: path, with: "Text"))
                let tameOut = variant.out.appendingPathComponent("tame")
                _ = try render(tame, in: tameOut, formats: "md")
                let tameMarkdown = try String(
                    contentsOf: tameOut.appendingPathComponent("out/\(setup.folder)/\(mainDocument).md"),
                    encoding: .utf8)
                expected = MarkdownReader.read(tameMarkdown, metadata: .init(title: "")).blocks.map(Skeleton.of)
            }
            #expect(shape == expected, "\(variant.name) changed the Markdown structure")
        }
        let validation = try Harness.run(Harness.tools.appendingPathComponent("odt-validate"), odts.map(\.path))
        #expect(validation.status == 0, "\(validation.stdout)")
        // Where the text is printed, a reader sees it literally.
        let texts = try Harness.odtText(odts)
        // Short pieces, each checked alone: in a table cell LibreOffice wraps a long text, and the
        // PDF's lines then interleave it with the neighbouring cells (how depends on the fonts).
        let pieces = ["<script>alert(1)</script>", "]]>", "*fet*", "`kod`"]
        let printed = odts.filter { odt in
            let text = Harness.normalized(texts[odt.path] ?? "")
            return pieces.allSatisfy { text.contains($0) }
        }
        // Most fields are printed; the others (ids of choices, texts only a default replaces) need not be.
        #expect(printed.count >= paths.count / 2, "the hostile text is printed literally in \(printed.count) documents")
        for odt in odts {
            #expect(!(texts[odt.path] ?? "").contains("&lt;"), "\(odt.path) shows escaped markup")
        }
    }
}
