import Foundation
import Testing

/// The issue's "must show" for the agreements: the copies sentence, the template contract,
/// seed 002 and `fcdoc verify`, through the built program and the independent oracles.
@Suite("End to end: what the agreements say, and verifying returned copies")
struct AgreementTextTests {
    @Test func theCopiesSentenceSaysHowManyFilesWereWritten() throws {
        var written: [URL: String] = [:]
        for (copies, words) in [(2, "två"), (5, "fem")] {
            let out = Harness.temporaryFolder()
            let outcome = try Harness.fcdoc(
                "render", Harness.fixture("jamtlands-lan/ostersund-lugnvik.yaml"),
                "--doc", "samverkansavtal", "--format", "odt", "--copies", String(copies),
                "--out", out.path)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let files = Harness.files(in: out)
            #expect(files.count == copies, "\(files)")
            for file in files { written[out.appendingPathComponent(file)] = words }
            // Fewer copies than the three parties who sign: a warning, and the files all the same.
            #expect(outcome.stderr.contains("warning: --copies 2") == (copies == 2))
        }
        let texts = try Oracles.odtText(Array(written.keys))
        for (file, words) in written {
            let text = Harness.normalized(try #require(texts[file.path]))
            #expect(text.contains("upprättats i \(words) likalydande exemplar"), "\(file.lastPathComponent)")
        }
    }

    @Test func anUnknownNameInAnOverrideTemplateIsAnErrorAtItsLine() throws {
        let templates = Harness.temporaryFolder()
        let lines = ["# {{title}}", "", "Vårt eget avtal:", "{{centre.nmae}} i {{centre.municipality}}."]
        try (lines.joined(separator: "\n") + "\n")
            .write(to: templates.appendingPathComponent("samverkansavtal.md"), atomically: true, encoding: .utf8)
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--templates", templates.path,
            "--out", out.path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("samverkansavtal.md:4:10: error:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("'nmae'"))
        #expect(outcome.stderr.contains("did you mean 'name'?"))
        #expect(Harness.files(in: out).isEmpty)
    }

    @Test func vindelnHasSeed002sRoleDescription() throws {
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc(
            "render", Harness.fixture("vindeln.yaml"), "--doc", "samordningsfunktion",
            "--format", "odt,html,md", "--out", out.path)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            Harness.files(in: out) == [
                "vindeln/samordningsfunktion.html", "vindeln/samordningsfunktion.md",
                "vindeln/samordningsfunktion.odt",
            ])
        let odt = out.appendingPathComponent("vindeln/samordningsfunktion.odt")
        let validation = try Oracles.validateODT([odt])
        #expect(validation.allValid, "\(validation.report)")
        let text = Harness.normalized(try #require(try Oracles.odtText([odt])[odt.path]))
        var position = text.startIndex
        for section in [
            "Samordningsfunktion vid Vindelns familjecentral", "Rollbeskrivning",
            "En samordningsperson utses utifrån barnets behov och fokus",
            "Funktionen är organiserad vid", "Samordningspersonen kan ligga hos olika huvudmän",
            "Funktionens ansvar", "Kalla till gemensamma samverkansmöten", "Funktionens ansvar innebär inte",
            "orosanmälan till socialtjänsten", "För att kunna utföra uppdraget krävs",
            "tillit till varandras kunskap",
        ] {
            guard let found = text.range(of: section, range: position..<text.endIndex) else {
                Issue.record("'\(section)' missing or out of order")
                return
            }
            position = found.upperBound
        }
    }

    @Test func verifyAcceptsAnUntouchedCopyAndRejectsAChangedOne() throws {
        let out = Harness.temporaryFolder()
        #expect(
            try Harness.fcdoc(
                "render", Harness.fixture("vindeln.yaml"), "--doc", "samverkansavtal",
                "--format", "odt", "--out", out.path
            ).status == 0)
        let copy = out.appendingPathComponent("vindeln/samverkansavtal-exemplar-2.odt")
        let untouched = try Harness.fcdoc("verify", copy.path)
        #expect(untouched.status == 0)
        #expect(untouched.stdout.contains("likalydande"))

        // The same copy with "tolv månader" changed inside content.xml, repacked with zip.
        let work = Harness.temporaryFolder()
        #expect(
            try Harness.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-q", copy.path, "-d", work.path]).status == 0)
        let content = work.appendingPathComponent("content.xml")
        let xml = try String(contentsOf: content, encoding: .utf8)
        #expect(xml.contains("tolv månader"))
        try xml.replacingOccurrences(of: "tolv månader", with: "tre månader").write(
            to: content, atomically: true, encoding: .utf8)
        let changed = out.appendingPathComponent("vindeln/samverkansavtal-andrad.odt")
        #expect(
            try Harness.run(
                URL(fileURLWithPath: "/usr/bin/zip"), ["-q", "-X", "-0", changed.path, "mimetype"], in: work
            ).status == 0)
        #expect(
            try Harness.run(
                URL(fileURLWithPath: "/usr/bin/zip"), ["-q", "-X", "-r", changed.path, ".", "-x", "mimetype"],
                in: work
            ).status == 0)
        let rejected = try Harness.fcdoc("verify", copy.path, changed.path)
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("samverkansavtal-andrad.odt: error: not likalydande"))
        #expect(!rejected.stderr.contains("exemplar-2.odt: error"))
        let against = try Harness.fcdoc("verify", changed.path, "--against", Harness.fixture("vindeln.yaml"))
        #expect(against.status == 1)
        #expect(against.stderr.contains("(under 'Avtalstid')"))
        #expect(against.stderr.contains("Uppsägningstiden för avtalet är tolv månader."))
        #expect(
            against.stderr.contains(
                "the copy has instead: \"Avtalet löper fortgående till dess att någon av parterna önskar säga upp avtalet. Uppsägningstiden för avtalet är tre månader.\""
            ))
    }

    /// Copies rendered with `--copies 2` say "i två"; `verify --against` must render the config the
    /// same way to compare them, so it takes the same `--copies`.
    @Test func verifyAgainstTheConfigTakesTheCopiesTheyWereRenderedWith() throws {
        let out = Harness.temporaryFolder()
        let centre = Harness.fixture("vindeln.yaml")
        #expect(
            try Harness.fcdoc(
                "render", centre, "--doc", "samverkansavtal", "--format", "odt", "--copies", "2", "--out", out.path
            ).status == 0)
        let copy = out.appendingPathComponent("vindeln/samverkansavtal-exemplar-2.odt").path
        let withDefault = try Harness.fcdoc("verify", copy, "--against", centre)
        #expect(withDefault.status == 1)
        #expect(withDefault.stderr.contains("upprättats i två likalydande exemplar"), "\(withDefault.stderr)")
        let withCopies = try Harness.fcdoc("verify", copy, "--against", centre, "--copies", "2")
        #expect(withCopies.status == 0, "\(withCopies.stderr)")
        #expect(withCopies.stdout.contains("every paragraph as"))
    }
}
