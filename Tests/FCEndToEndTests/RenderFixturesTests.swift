import FCDocument
import Foundation
import Testing
import Yams

/// Renders the fixtures once with the real `fcdoc` binary, then checks the results with the
/// independent tools: LibreOffice is started once for all ODTs. `fcdoc`'s own PDFs (a
/// LibreOffice run each) are made for the fixtures whose PDFs are checked — a centre with
/// copies, a county, the hostile text — not for every fixture.
final class RenderedFixtures: @unchecked Sendable {
    static let shared = RenderedFixtures()

    let output = Harness.temporaryFolder()
    let secondOutput = Harness.temporaryFolder()
    var reportOutput: URL { output.appendingPathComponent("reports") }
    let formats = Harness.libreOfficeInstalled ? "odt,html,md,pdf" : "odt,html,md"
    static let withPDF: Set<String> = ["vindeln", "jonkopings-lan", "hostile"]
    var outcomes: [String: Harness.Outcome] = [:]
    var secondOutcomes: [String: Harness.Outcome] = [:]
    var validation: Oracles.Verdicts?
    var texts: [String: String] = [:]
    var problems: [String] = []

    static let centres = ["vindeln", "ostersund-lugnvik", "hostile", "tame"]
    static let counties = ["jonkopings-lan", "jamtlands-lan"]
    static let reports = ["vindeln-2024", "vindeln-2025", "ostersund-lugnvik-2024", "ostersund-lugnvik-2025"]

    /// The two runs differ in time zone: the output may not depend on where it is made.
    static let firstEnvironment = ProcessInfo.processInfo.environment.merging(["TZ": "UTC"]) { $1 }
    static let secondEnvironment = ProcessInfo.processInfo.environment.merging(["TZ": "Europe/Stockholm"]) { $1 }

    private init() {
        do {
            try TameFixture.write(to: output.appendingPathComponent("tame.yaml"))
            for centre in Self.centres {
                let path =
                    centre == "tame" ? output.appendingPathComponent("tame.yaml").path : Harness.centreFixture(centre)
                outcomes[centre] = try Harness.fcdoc(
                    "render", path, "--format", formats(centre), "--out", output.path,
                    environment: Self.firstEnvironment)
                secondOutcomes[centre] = try Harness.fcdoc(
                    "render", path, "--format", "odt,html,md", "--out", secondOutput.path,
                    environment: Self.secondEnvironment)
            }
            for county in Self.counties {
                let path = Harness.fixture("\(county)/county.yaml")
                outcomes[county] = try Harness.fcdoc(
                    "render", path, "--format", formats(county), "--out", output.path,
                    environment: Self.firstEnvironment)
                secondOutcomes[county] = try Harness.fcdoc(
                    "render", path, "--format", "odt,html,md", "--out", secondOutput.path,
                    environment: Self.secondEnvironment)
            }
            // Reports go to their own folder, so the centres' folders hold only the agreements.
            for report in Self.reports {
                let path = Harness.reportFixture(report)
                outcomes[report] = try Harness.fcdoc(
                    "render", path, "--format", formats(report), "--out", reportOutput.path,
                    environment: Self.firstEnvironment)
                secondOutcomes[report] = try Harness.fcdoc(
                    "render", path, "--format", "odt,html,md",
                    "--out", secondOutput.appendingPathComponent("reports").path,
                    environment: Self.secondEnvironment)
            }
            let odts = Harness.files(in: output).filter { $0.hasSuffix(".odt") }.map {
                output.appendingPathComponent($0)
            }
            validation = try Oracles.validateODT(odts)
            texts = try Oracles.odtText(odts)
        } catch {
            problems.append("\(error)")
        }
    }

    /// The formats of the first run of fixture `name`.
    func formats(_ name: String) -> String {
        Self.withPDF.contains(name) ? formats : "odt,html,md"
    }

    func file(_ centre: String, _ name: String) -> URL {
        output.appendingPathComponent(centre).appendingPathComponent(name)
    }

    func string(_ centre: String, _ name: String) -> String {
        (try? String(contentsOf: file(centre, name), encoding: .utf8)) ?? ""
    }

    func text(_ centre: String, _ name: String) -> String {
        Harness.normalized(texts[file(centre, name).path] ?? "")
    }
}

@Suite("End to end: fixtures rendered and checked by the shared tools", .serialized)
struct RenderFixturesTests {
    let rendered = RenderedFixtures.shared

    @Test func everyFixtureRenders() throws {
        #expect(rendered.problems.isEmpty, "\(rendered.problems)")
        #expect(
            rendered.texts.count == Harness.files(in: rendered.output).filter { $0.hasSuffix(".odt") }.count,
            "converted: \(rendered.texts.keys.sorted())")
        for name in RenderedFixtures.centres + RenderedFixtures.counties + RenderedFixtures.reports {
            let outcome = try #require(rendered.outcomes[name])
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
            #expect(outcome.stdout.contains("kontrollsumma"))
        }
        let pdf = rendered.formats.contains("pdf")
        var expected: [String] = []
        // One copy for each who signs: three parties, and the two coordinators sign the samordnaravtal too.
        for (document, copies) in [("samverkansavtal", 3), ("samordnaravtal", 5), ("samordningsfunktion", 1)] {
            for base in [document] + (1..<copies).map({ "\(document)-exemplar-\($0 + 1)" }) {
                expected += [base + ".odt"] + (pdf ? [base + ".pdf"] : [])
            }
            expected += [document + ".html", document + ".md"]
        }
        #expect(Harness.files(in: rendered.output.appendingPathComponent("vindeln")) == expected.sorted())
        let county = Harness.files(in: rendered.output.appendingPathComponent("jonkopings-lan"))
        #expect(
            county
                == (["lanssamordnare.html", "lanssamordnare.md", "lanssamordnare.odt"]
                + (pdf ? ["lanssamordnare.pdf"] : [])).sorted())
    }

    @Test func everyODTPassesTheSchemaCheck() throws {
        let validation = try #require(rendered.validation)
        #expect(validation.allValid, "\(validation.report)")
        #expect(validation.validCount == Harness.files(in: rendered.output).filter { $0.hasSuffix(".odt") }.count)
    }

    @Test(arguments: ["vindeln", "ostersund-lugnvik"])
    func theConvertedTextNamesCentrePartiesAndSignatories(centre: String) throws {
        let yaml = try String(contentsOfFile: Harness.centreFixture(centre), encoding: .utf8)
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let centreInfo = try #require(root["centre"] as? [String: Any])
        let parties = try #require(root["parties"] as? [[String: Any]])
        let signatories = try #require(root["signatories"] as? [[String: Any]])
        for name in ["samverkansavtal.odt", "samverkansavtal-exemplar-2.odt", "samverkansavtal-exemplar-3.odt"] {
            let text = rendered.text(centre, name)
            #expect(text.contains(Harness.normalized(centreInfo["name"] as? String ?? "?")), "\(name)")
            for party in parties {
                #expect(text.contains(Harness.normalized(party["organisation"] as? String ?? "?")))
                #expect(text.contains(Harness.normalized(party["unit"] as? String ?? "?")))
            }
            for signatory in signatories {
                #expect(text.contains(Harness.normalized(signatory["name"] as? String ?? "?")))
                #expect(text.contains(Harness.normalized(signatory["title"] as? String ?? "?")))
            }
            #expect(text.contains("Sida 1 av"))
        }
        #expect(rendered.text(centre, "samverkansavtal-exemplar-2.odt").contains("Exemplar 2 av 3"))
        #expect(rendered.text(centre, "samverkansavtal-exemplar-3.odt").contains("Exemplar 3 av 3"))
        #expect(rendered.text(centre, "samverkansavtal.odt").contains("tre likalydande exemplar"))
    }

    @Test(arguments: ["vindeln", "ostersund-lugnvik"])
    func everyCopyAndFormatCarriesTheSameFingerprint(centre: String) throws {
        let stdout = try #require(rendered.outcomes[centre]).stdout
        let line = try #require(stdout.split(separator: "\n").first { $0.hasPrefix("samverkansavtal:") })
        let fingerprint = try #require(line.split(separator: "kontrollsumma ").last?.prefix(24)).description
        #expect(fingerprint.count == 24)
        for name in ["samverkansavtal.odt", "samverkansavtal-exemplar-2.odt", "samverkansavtal-exemplar-3.odt"] {
            #expect(rendered.text(centre, name).contains("Kontrollsumma \(fingerprint)"))
        }
        #expect(rendered.string(centre, "samverkansavtal.html").contains(fingerprint))
        #expect(rendered.string(centre, "samverkansavtal.md").contains(fingerprint))
    }

    /// The second run is in another time zone (a local-time zip date once made Swedish output
    /// differ from UTC output).
    @Test func renderingTwiceGivesIdenticalBytes() throws {
        for centre in RenderedFixtures.centres + RenderedFixtures.counties + ["reports"] {
            let first = rendered.output.appendingPathComponent(centre)
            let second = rendered.secondOutput.appendingPathComponent(centre)
            let names = Harness.files(in: second)
            #expect(!names.isEmpty)
            for name in names {
                let a = FileManager.default.contents(atPath: first.appendingPathComponent(name).path)
                let b = FileManager.default.contents(atPath: second.appendingPathComponent(name).path)
                #expect(a != nil && a == b, "\(centre)/\(name) differs between runs (UTC, Europe/Stockholm)")
            }
        }
    }

    @Test func aRerunReportsUnchangedFiles() throws {
        let outcome = try Harness.fcdoc("render", Harness.fixture("vindeln.yaml"), "--out", rendered.secondOutput.path)
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.contains("wrote"))
        #expect(outcome.stdout.contains("already up to date"))
    }

    @Test func theCoordinatorContractNamesCoordinatorsTermTasksAndCost() {
        let lugnvik = rendered.text("ostersund-lugnvik", "samordnaravtal-exemplar-2.odt")
        #expect(lugnvik.contains("Avtal om samordnare för Familjecentralen Lugnvik i Östersunds kommun"))
        #expect(lugnvik.contains("Exemplar 2 av 4"))
        #expect(lugnvik.contains("Sara Nilsson, förskollärare, anställd av Östersunds kommun"))
        #expect(lugnvik.contains("från och med 1 januari 2026 till och med 31 december 2028"))
        #expect(lugnvik.contains("Uppsägningstiden för avtalet är tre månader"))
        #expect(lugnvik.contains("minst tre månader i förväg"))
        #expect(lugnvik.contains("Ansvara för familjecentralens gemensamma budget om sådan finns"))
        #expect(!lugnvik.contains("Vara barnrättsombud"))
        for year in ["2026", "2027", "2028"] { #expect(lugnvik.contains("\(year) ")) }
        #expect(lugnvik.contains("120 000 kr"))
        let vindeln = rendered.text("vindeln", "samordnaravtal.odt")
        #expect(
            vindeln.contains("Karin Holmgren, distriktssköterska, anställd av Region Västerbotten, 10 % av en heltid"))
        #expect(vindeln.contains("Utforma aktivitetsplan tillsammans med arbetsgruppen."))
        #expect(!vindeln.contains("Vara barnrättsombud"))
        #expect(vindeln.contains("33 334 kr"))
        #expect(vindeln.contains("Summa 100 000 kr"))
    }

    /// The Bilaga 1 amounts of every municipality, as a reader of each format sees them.
    func municipalAmounts(_ text: String, municipalities: [String]) -> [Int] {
        municipalities.compactMap { name in
            guard let nameRange = text.range(of: name + " "),
                let amount = text[nameRange.upperBound...].range(
                    of: #"\d{1,3}( \d{3})* kr"#, options: .regularExpression)
            else { return nil }
            return Int(text[amount].filter(\.isNumber))
        }
    }

    @Test(arguments: RenderedFixtures.counties)
    func theCountyCostTableAddsUpInEveryFormat(county: String) throws {
        let yaml = try String(contentsOfFile: Harness.fixture("\(county)/county.yaml"), encoding: .utf8)
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let cost = try #require(root["cost"] as? [String: Any])
        let total = try #require(cost["total"] as? Int)
        let regionShare = try #require(cost["region_share"] as? Int)
        let names = try #require(root["municipalities"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let html = Harness.normalized(
            rendered.string(county, "lanssamordnare.html")
                .replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression))
        let markdown = Harness.normalized(
            rendered.string(county, "lanssamordnare.md")
                .replacingOccurrences(of: "|", with: " ").replacingOccurrences(of: "*", with: ""))
        let odt = rendered.text(county, "lanssamordnare.odt")
        for (format, text) in [("html", html), ("md", markdown), ("odt", odt)] {
            let amounts = municipalAmounts(text, municipalities: names)
            #expect(amounts.count == names.count, "\(format): found \(amounts.count) of \(names.count) amounts")
            #expect(amounts.reduce(0, +) == total - regionShare, "\(format)")
            let totalText = Harness.normalized(SwedishAmount.text(total))
            #expect(text.contains("Totalt \(totalText)"), "\(format)")
        }
    }

    @Test(arguments: RenderedFixtures.reports)
    func reportsShowResultsComparisonsAndTheYearWheel(report: String) throws {
        let centre = report.hasPrefix("vindeln") ? "vindeln" : "ostersund-lugnvik"
        let year = Int(report.suffix(4)) ?? 0
        let folder = rendered.reportOutput.appendingPathComponent(centre)
        let odt = folder.appendingPathComponent("verksamhetsberattelse-\(year).odt")
        let text = Harness.normalized(rendered.texts[odt.path] ?? "")
        #expect(text.contains("Verksamhetsberättelse och plan \(year) –"))
        #expect(text.contains("Prioriterade mål \(year + 1)"))
        #expect(text.contains("för få svar"))
        #expect(text.contains("Årshjul \(year + 1)"))
        #expect(text.contains("v. 45–46"))
        #expect(text.contains("Föräldraenkät \(year): svar per fråga"))
        for placeholder in ["fyll i", "XX", "(skriv in år)", "ange namn"] { #expect(!text.contains(placeholder)) }
        // Last year's figures appear only where last year's report exists.
        #expect(text.contains("andel positiva svar \(year) och \(year - 1)") == (year == 2025))
        let svgs = Harness.files(in: folder).filter {
            $0.hasPrefix("verksamhetsberattelse-\(year)-") && $0.hasSuffix(".svg")
        }
        // One file per chart; a chart too tall for a page (30 statements) is several parts.
        let charts = Set(
            svgs.map {
                $0.dropFirst("verksamhetsberattelse-\(year)-".count).dropLast(4)
                    .replacing(/-[0-9]+$/, with: "")
            })
        #expect(
            charts
                == (year == 2025
                    ? ["statistik", "enkat", "enkat-jamforelse", "sjalvreflektion"]
                    : ["statistik", "enkat", "sjalvreflektion"]))
        let check = try Harness.run(
            URL(fileURLWithPath: "/usr/bin/xmllint"), ["--noout"] + svgs.map { folder.appendingPathComponent($0).path })
        #expect(check.status == 0, "\(check.stderr)")
        for svg in svgs {
            let content = try String(contentsOf: folder.appendingPathComponent(svg), encoding: .utf8)
            #expect(content.contains("<title>") && content.contains("<desc>"), "\(svg)")
        }
        let markdown = try String(
            contentsOf: folder.appendingPathComponent("verksamhetsberattelse-\(year).md"), encoding: .utf8)
        for svg in svgs { #expect(markdown.contains("(<\(svg)>)")) }
        let html = try String(
            contentsOf: folder.appendingPathComponent("verksamhetsberattelse-\(year).html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<svg ").count - 1 == svgs.count)
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
    }

    @Test func hostileTextStaysLiteralInTheODT() {
        let text = rendered.text("hostile", "samverkansavtal.odt")
        #expect(text.contains("*Barn & Familj* <b>centralen</b> \"Ö\" 'Å'"))
        // The signatory's unit, in the left one of two signature blocks side by side: the
        // layout text puts the right block's line between "Region" and the rest.
        #expect(text.contains("<script>alert(1)</script> ]]> [länk](http://x)"))
        #expect(text.contains("]]><![CDATA[x]]>"))
        #expect(text.contains("[länk](http://x)"))
    }

    @Test func hostileTextRunsNoScriptInHTML() {
        let html = rendered.string("hostile", "samverkansavtal.html")
        #expect(!html.isEmpty)
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(html.range(of: #"<[^>]*\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(html.range(of: "href=\"http://x\"") == nil)
        #expect(html.contains("Region &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; [länk](http://x)"))
        #expect(!html.contains("\u{07}"))
    }

    @Test func hostileTextKeepsTheMarkdownStructure() {
        let hostile = MarkdownReader.read(rendered.string("hostile", "samverkansavtal.md"), metadata: .init(title: ""))
        let tame = MarkdownReader.read(rendered.string("tame", "samverkansavtal.md"), metadata: .init(title: ""))
        #expect(!tame.blocks.isEmpty)
        #expect(hostile.blocks.map(Skeleton.of) == tame.blocks.map(Skeleton.of))
    }
}

/// "500 000 kr" as the documents print amounts.
enum SwedishAmount {
    static func text(_ value: Int) -> String {
        var digits = String(value)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: " ") + " kr"
    }
}

/// The shape of a block without its text: what hostile text must not change.
enum Skeleton {
    static func of(_ block: Block) -> String {
        switch block {
        case .heading(let level, _): return "h\(level)"
        case .paragraph: return "p"
        case .list(let ordered, let items):
            return (ordered ? "ol[" : "ul[") + items.map { $0.map(of).joined(separator: ",") }.joined(separator: ";")
                + "]"
        case .quote(let blocks): return "quote[" + blocks.map(of).joined(separator: ",") + "]"
        case .code: return "code"
        case .table(let table): return "table\(table.columnCount)x\(table.rows.count)"
        case .signature(let signature): return "signature\(signature.lines.count)"
        case .figure(let figure): return "figure:\(figure.name)"
        case .pageBreak: return "pagebreak"
        case .rule: return "rule"
        case .changed(let change, let block): return "\(change.rawValue)[" + of(block) + "]"
        }
    }
}

/// `hostile.yaml` with every free text replaced by a harmless word, paragraph for paragraph,
/// so its rendering shows the structure the hostile one must keep.
enum TameFixture {
    static let structuralKeys: Set<String> = [
        "fcdoc", "kind", "id", "party", "type", "signing_date", "report_due",
        "scope_percent", "notice_months", "copies", "services",
    ]

    static func write(to url: URL) throws {
        let yaml = try String(contentsOfFile: Harness.fixture("hostile.yaml"), encoding: .utf8)
        guard let root = try Yams.compose(yaml: yaml) else { throw HarnessError.tool("hostile.yaml is empty") }
        // Its own id, so it renders beside the hostile one.
        let tamed = try Yams.serialize(node: tame(root, key: nil)).replacingOccurrences(
            of: "id: hostile", with: "id: tame")
        try tamed.write(to: url, atomically: true, encoding: .utf8)
    }

    static func tame(_ node: Node, key: String?) -> Node {
        switch node {
        case .scalar(let scalar):
            guard let key, !structuralKeys.contains(key) else { return node }
            let paragraphs = scalar.string.components(separatedBy: "\n")
                .split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty }).count
            return Node(Array(repeating: "Text", count: max(1, paragraphs)).joined(separator: "\n\n"))
        case .mapping(let mapping):
            return Node(mapping.map { pair in (pair.key, tame(pair.value, key: pair.key.string)) })
        case .sequence(let sequence):
            return Node(sequence.map { tame($0, key: key) })
        case .alias:
            return node
        }
    }
}
