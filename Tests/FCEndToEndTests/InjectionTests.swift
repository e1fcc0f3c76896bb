import FCDocument
import Foundation
import Synchronization
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
        "parent_groups", "total", "region_share", "population", "date", "status",
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

    /// One variant: a field set to hostile or long text, rendered.
    struct Variant {
        var name: String
        var path: [String]
        var value: String
        var out: URL
        var outcome: Harness.Outcome?
        var problem: String?
    }

    /// Every setup's variants rendered (two at a time), then every ODT checked by one
    /// `odt-validate` run and read by one `odt-text` run: LibreOffice starts once, not per setup.
    final class Rendered: @unchecked Sendable {
        static let shared = Rendered()

        let work = Harness.temporaryFolder()
        var roots: [String: Node] = [:]
        var paths: [String: [[String]]] = [:]
        var baselines: [String: Harness.Outcome] = [:]
        var variants: [String: [Variant]] = [:]
        var validation: Oracles.Verdicts?
        var texts: [String: String] = [:]
        var problems: [String] = []

        private init() {
            do {
                var jobs: [(setup: Setup, index: Int)] = []  // every variant of every setup
                for setup in InjectionTests.setups {
                    let source = try String(contentsOfFile: Harness.fixture(setup.fixture), encoding: .utf8)
                    guard let root = try Yams.compose(yaml: source) else {
                        throw HarnessError.tool("\(setup.fixture) is empty")
                    }
                    let paths = InjectionTests.textPaths(root)
                    roots[setup.fixture] = root
                    self.paths[setup.fixture] = paths
                    let folder = work.appendingPathComponent(setup.folder + "-" + String(setup.fileName.count))
                    baselines[setup.fixture] = try InjectionTests.render(
                        source, setup: setup, in: folder.appendingPathComponent("baseline"), formats: "md")
                    var list: [Variant] = []
                    for (index, path) in paths.enumerated() {
                        list.append(
                            Variant(
                                name: path.joined(separator: "."), path: path, value: InjectionTests.hostile,
                                out: folder.appendingPathComponent("v\(index)")))
                    }
                    for (index, path) in paths.prefix(3).enumerated() {
                        list.append(
                            Variant(
                                name: "\(path.joined(separator: ".")) (10 000 characters)", path: path,
                                value: InjectionTests.long, out: folder.appendingPathComponent("long\(index)")))
                    }
                    jobs += list.indices.map { (setup, $0) }
                    variants[setup.fixture] = list
                }
                // fcdoc runs as a process per variant; two at a time keep both cores busy.
                let work: [(setup: Setup, index: Int, yaml: String, out: URL)] = try jobs.map { job in
                    let variant = variants[job.setup.fixture]?[job.index]
                    guard let root = roots[job.setup.fixture], let variant else {
                        throw HarnessError.tool("no variant \(job.index) of \(job.setup.fixture)")
                    }
                    let yaml = try Yams.serialize(
                        node: InjectionTests.replacing(root, at: variant.path, with: variant.value))
                    return (job.setup, job.index, yaml, variant.out)
                }
                let results = Mutex<[String: [Int: (Harness.Outcome?, String?)]]>([:])
                DispatchQueue.concurrentPerform(iterations: 2) { worker in
                    for (number, job) in work.enumerated() where number % 2 == worker {
                        var result: (Harness.Outcome?, String?)
                        do {
                            result = (
                                try InjectionTests.render(
                                    job.yaml, setup: job.setup, in: job.out, formats: "odt,html,md"),
                                nil
                            )
                        } catch {
                            result = (nil, "\(job.out.lastPathComponent): \(error)")
                        }
                        results.withLock { $0[job.setup.fixture, default: [:]][job.index] = result }
                    }
                }
                results.withLock { results in
                    for (fixture, outcomes) in results {
                        for (index, result) in outcomes {
                            variants[fixture]?[index].outcome = result.0
                            variants[fixture]?[index].problem = result.1
                        }
                    }
                }
                let odts = InjectionTests.setups.flatMap { setup in
                    (variants[setup.fixture] ?? []).flatMap { variant in
                        setup.documents.map { InjectionTests.file(variant.out, setup, $0, "odt") }
                    }
                }
                validation = try Oracles.validateODT(odts)
                texts = try Oracles.odtText(odts)
            } catch {
                problems.append("\(error)")
            }
        }
    }

    /// Writes `yaml` as the setup's file with its companions in `folder` and renders it into `folder/out`.
    static func render(_ yaml: String, setup: Setup, in folder: URL, formats: String) throws -> Harness.Outcome {
        let file = folder.appendingPathComponent(setup.fileName)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        for (fixture, path) in setup.companions
        where !FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) {
            try FileManager.default.copyItem(
                atPath: Harness.fixture(fixture), toPath: folder.appendingPathComponent(path).path)
        }
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try Harness.fcdoc(
            "render", file.path, "--format", formats, "--copies", "1", "--out",
            folder.appendingPathComponent("out").path)
    }

    /// A rendered file of a variant (or the baseline) in `out`.
    static func file(_ out: URL, _ setup: Setup, _ document: String, _ format: String) -> URL {
        out.appendingPathComponent("out/\(setup.folder)/\(document).\(format)")
    }

    static func shape(_ markdownFile: URL) throws -> [String] {
        MarkdownReader.read(try String(contentsOf: markdownFile, encoding: .utf8), metadata: .init(title: ""))
            .blocks.map(Skeleton.of)
    }

    @Test(arguments: setups)
    func everyFieldKeepsEveryFormatSafe(setup: Setup) throws {
        let rendered = Rendered.shared
        #expect(rendered.problems.isEmpty, "\(rendered.problems)")
        let root = try #require(rendered.roots[setup.fixture])
        let paths = try #require(rendered.paths[setup.fixture])
        let variants = try #require(rendered.variants[setup.fixture])
        #expect(paths.count >= 8)
        let mainDocument = setup.documents[0]
        // The untouched file, for the structure every variant must keep.
        let baseline = try #require(rendered.baselines[setup.fixture])
        #expect(baseline.status == 0, "\(baseline.stderr)")
        let baselineFolder = rendered.work.appendingPathComponent(setup.folder + "-" + String(setup.fileName.count))
            .appendingPathComponent("baseline")
        let baselineShape = try Self.shape(Self.file(baselineFolder, setup, mainDocument, "md"))
        for variant in variants {
            #expect(variant.problem == nil, "\(variant.problem ?? "")")
            let outcome = try #require(variant.outcome, "\(variant.name) was not rendered")
            #expect(outcome.status == 0, "\(variant.name): \(outcome.stderr)")
            for document in setup.documents {
                let html = try String(contentsOf: Self.file(variant.out, setup, document, "html"), encoding: .utf8)
                #expect(html.range(of: "<script", options: .caseInsensitive) == nil, "\(variant.name)")
                #expect(
                    html.range(of: #"<[^>]*\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil)
                #expect(!html.contains("href=\"http://x\""), "\(variant.name)")
            }
            let shape = try Self.shape(Self.file(variant.out, setup, mainDocument, "md"))
            // A text of several paragraphs becomes one here; compare with the same field set to a plain word.
            var expected = baselineShape
            if Self.value(root, at: variant.path)?.contains("\n\n") == true {
                let tame = try Yams.serialize(node: Self.replacing(root, at: variant.path, with: "Text"))
                let tameOut = variant.out.appendingPathComponent("tame")
                _ = try Self.render(tame, setup: setup, in: tameOut, formats: "md")
                expected = try Self.shape(Self.file(tameOut, setup, mainDocument, "md"))
            }
            #expect(shape == expected, "\(variant.name) changed the Markdown structure")
        }
        let validation = try #require(rendered.validation)
        #expect(validation.allValid, "\(validation.report)")
        // Where the text is printed, a reader sees it literally.
        // Short pieces, each checked alone: in a table cell LibreOffice wraps a long text, and the
        // PDF's lines then interleave it with the neighbouring cells (how depends on the fonts).
        let pieces = ["<script>alert(1)</script>", "]]>", "*fet*", "`kod`"]
        for variant in variants {
            let texts = setup.documents.map {
                Harness.normalized(rendered.texts[Self.file(variant.out, setup, $0, "odt").path] ?? "")
            }
            for text in texts {
                #expect(!text.contains("&lt;"), "\(variant.name) shows escaped markup")
            }
            let wanted = variant.value == Self.long ? ["<b>fet</b>"] : pieces
            let printed = texts.contains { text in wanted.allSatisfy { text.contains($0) } }
            let silent = Self.notPrinted.contains(Self.pattern(variant.path))
            #expect(
                printed != silent,
                printed
                    ? "\(variant.name) is printed: take it out of InjectionTests.notPrinted"
                    : "\(variant.name): the hostile text is not printed literally")
        }
    }

    /// A field's path with its list positions as `*`, e.g. `parties.*.unit`.
    static func pattern(_ path: [String]) -> String {
        path.map { Int($0) == nil ? $0 : "*" }.joined(separator: ".")
    }

    /// The free-text fields no document of their file prints (each must stay unprinted, or leave
    /// this list): the centre's county is in the template values, but the agreements name the
    /// region and the municipality, not the county.
    static let notPrinted: Set<String> = ["centre.county"]
}
