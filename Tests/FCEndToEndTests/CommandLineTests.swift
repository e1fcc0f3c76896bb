import Foundation
import Testing

@Suite("End to end: the command line")
struct CommandLineTests {
    static let invalidFixtures: [String] = {
        let folder = Harness.packageRoot.appendingPathComponent("fixtures/invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test(arguments: invalidFixtures)
    func anInvalidFileIsReportedAndNothingIsWritten(name: String) throws {
        let out = Harness.temporaryFolder()
        let path = Harness.fixture("invalid/\(name)")
        let outcome = try Harness.fcdoc("render", path, "--out", out.path)
        let expected = try String(
            contentsOfFile: path.replacingOccurrences(of: ".yaml", with: ".expected"), encoding: .utf8
        )
        .split(separator: "\n").map(String.init)
        // Only warnings: a valid file fcdoc warns about, rendered.
        let expectsErrors = expected.contains { $0.contains(": error: ") }
        #expect(outcome.status == (expectsErrors ? 1 : 0))
        // FILE:LINE:COL lines (notes too), with the folder taken off the file names.
        let printed = outcome.stderr.split(separator: "\n").map(String.init)
            .filter {
                $0.range(of: #"^[^:]+:[0-9]+:[0-9]+: (error|warning|note): "#, options: .regularExpression) != nil
            }
            .map { line -> String in
                let file = line.prefix { $0 != ":" }
                return URL(fileURLWithPath: String(file)).lastPathComponent + line.dropFirst(file.count)
            }
        #expect(printed == expected)
        #expect(Harness.files(in: out).isEmpty == expectsErrors)
    }

    /// Broken copies of a fixture, as a user might save them: cut short, with bad bytes, with tabs,
    /// with an alias, with a number too large.
    static let brokenCopies: [(name: String, data: Data)] = {
        let text = (try? String(contentsOfFile: Harness.fixture("vindeln.yaml"), encoding: .utf8)) ?? ""
        let bytes = [UInt8](text.utf8)
        var copies: [(String, Data)] = [100, 400, 900, 1500, 2200].map { ("cut at \($0)", Data(bytes.prefix($0))) }
        for at in [50, 700, 1800] {
            var broken = bytes
            broken.insert(contentsOf: [0xFF, 0xFE], at: at)
            copies.append(("bad bytes at \(at)", Data(broken)))
        }
        copies.append(("tab indentation", Data(text.replacingOccurrences(of: "\n  ", with: "\n\t").utf8)))
        copies.append(
            ("alias", Data(text.replacingOccurrences(of: "name: Vindelns familjecentral", with: "name: *namn").utf8)))
        copies.append(
            ("huge number", Data(text.replacingOccurrences(of: "scope_percent: 20", with: "scope_percent: 1e999").utf8))
        )
        copies.append(("empty", Data()))
        return copies
    }()

    @Test(arguments: brokenCopies.map(\.name))
    func aBrokenFileExitsNonZeroWithItsPlaceAndWritesNothing(name: String) throws {
        let folder = Harness.temporaryFolder()
        let file = folder.appendingPathComponent("centre.yaml")
        try #require(Self.brokenCopies.first { $0.name == name }).data.write(to: file)
        let out = folder.appendingPathComponent("out")
        let outcome = try Harness.fcdoc("render", file.path, "--out", out.path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(file.path + ":"), "\(outcome.stderr)")
        #expect(outcome.stderr.range(of: #":[0-9]+:[0-9]+: error: "#, options: .regularExpression) != nil)
        #expect(Harness.files(in: out).isEmpty)
    }

    @Test func validateReportsEveryFileInOneRun() throws {
        let outcome = try Harness.fcdoc(
            "validate", Harness.fixture("vindeln.yaml"), Harness.fixture("invalid/bad-date.yaml"),
            Harness.fixture("invalid/duplicate-id.yaml"))
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("bad-date.yaml:38:15: error:"))
        #expect(outcome.stderr.contains("duplicate-id.yaml:20:9: error:"))
        #expect(outcome.stderr.contains("3 errors, 0 warnings"))
        let valid = try Harness.fcdoc("validate", Harness.fixture("vindeln.yaml"))
        #expect(valid.status == 0)
    }

    @Test func validateSpeaksJSON() throws {
        let outcome = try Harness.fcdoc("validate", "--format", "json", Harness.fixture("invalid/bad-percent.yaml"))
        #expect(outcome.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["severity"] as? String == "error")
        let location = try #require(items.first?["location"] as? [String: Any])
        #expect(location["line"] as? Int == 36)
        #expect(location["column"] as? Int == 18)
    }

    @Test func initWritesAnExampleThatValidatesAndRenders() throws {
        let folder = Harness.temporaryFolder()
        let written = try Harness.fcdoc("init", "--out", "min-central.yaml", in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("min-central.yaml"), encoding: .utf8)
        #expect(text.contains("# "))
        #expect(text.contains("fcdoc: 1"))
        #expect(try Harness.fcdoc("validate", "min-central.yaml", in: folder).status == 0)
        #expect(try Harness.fcdoc("render", "min-central.yaml", "--format", "md", in: folder).status == 0)
        #expect(!Harness.files(in: folder.appendingPathComponent("output")).isEmpty)
        let again = try Harness.fcdoc("init", "--out", "min-central.yaml", in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func initWritesACountyExampleThatRendersTheCostTable() throws {
        let folder = Harness.temporaryFolder()
        #expect(try Harness.fcdoc("init", "--kind", "county", in: folder).status == 0)
        #expect(try Harness.fcdoc("validate", "lan.yaml", in: folder).status == 0)
        let rendered = try Harness.fcdoc("render", "lan.yaml", "--format", "md", in: folder)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.contains("lanssamordnare: 1 exemplar"))
    }

    @Test func copiesCanBeChosen() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--doc", "samverkansavtal",
            "--format", "odt", "--copies", "2", "--out", out.path)
        #expect(outcome.status == 0)
        #expect(Harness.files(in: out) == ["vindeln/samverkansavtal-exemplar-2.odt", "vindeln/samverkansavtal.odt"])
    }

    @Test func ownTemplatesReplaceTheBuiltInOnes() throws {
        let templates = Harness.temporaryFolder()
        try "# Vårt avtal för {{centre.name}}\n".write(
            to: templates.appendingPathComponent("samverkansavtal.md"),
            atomically: true, encoding: .utf8)
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--format", "md",
            "--templates", templates.path, "--out", out.path)
        #expect(outcome.status == 0)
        let markdown = try String(contentsOf: out.appendingPathComponent("vindeln/samverkansavtal.md"), encoding: .utf8)
        // The letterhead's marks ("Datum: …") stand before the template's text.
        #expect(markdown.contains("\n# Vårt avtal för Vindelns familjecentral"))
        // The templates not in the folder are the built-in ones.
        let contract = try String(contentsOf: out.appendingPathComponent("vindeln/samordnaravtal.md"), encoding: .utf8)
        #expect(contract.contains("\n# Avtal om samordnare för Vindelns familjecentral"))
    }

    @Test func aBrokenTemplateIsReportedWithFileAndLine() throws {
        let templates = Harness.temporaryFolder()
        try "# Avtal\n\n{{#parties}}\n".write(
            to: templates.appendingPathComponent("samverkansavtal.md"),
            atomically: true, encoding: .utf8)
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--templates", templates.path,
            "--out", out.path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("samverkansavtal.md:"))
        #expect(outcome.stderr.contains("template syntax"))
        #expect(Harness.files(in: out).isEmpty)
    }

    @Test func aDocumentOfTheOtherKindIsRefused() throws {
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--doc", "lanssamordnare",
            "--out", Harness.temporaryFolder().path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("'lanssamordnare' is made from a county file"))
    }

    @Test func tasksListsTheCatalogue() throws {
        let outcome = try Harness.fcdoc("tasks")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("barnrattsombud"))
        #expect(outcome.stdout.contains("natverkstraffar"))
    }

    @Test func pdfWithoutLibreOfficeSaysHowToInstallIt() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--format", "odt,pdf", "--out", out.path,
            environment: ["PATH": "/nonexistent"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("apt-get install libreoffice-writer-nogui"))
        #expect(Harness.files(in: out).isEmpty)
    }

    @Test func badOptionsAreRefusedClearly() throws {
        let unknownFormat = try Harness.fcdoc("render", Harness.fixture("vindeln.yaml"), "--format", "rtf")
        #expect(unknownFormat.status != 0)
        #expect(unknownFormat.stderr.contains("Unknown format 'rtf'"))
        let badCopies = try Harness.fcdoc("render", Harness.fixture("vindeln.yaml"), "--copies", "0")
        #expect(badCopies.status != 0)
        let badDoc = try Harness.fcdoc("render", Harness.fixture("vindeln.yaml"), "--doc", "kontrakt")
        #expect(badDoc.status != 0)
    }
}
