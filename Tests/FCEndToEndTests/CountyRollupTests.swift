import Foundation
import Testing

/// The county roll-up as a county coordinator gets it from `fcdoc batch`, and the folder checks
/// that keep it true: one id per centre, drafts left out.
@Suite("End to end: the county roll-up and the county folder")
struct CountyRollupTests {
    /// A copy of the Jämtland county; `centres` adds copies of its centre under new ids (and names).
    func county(adding centres: [String] = []) throws -> URL {
        let folder = Harness.temporaryFolder().appendingPathComponent("jamtlands-lan")
        try FileManager.default.copyItem(
            at: Harness.packageRoot.appendingPathComponent("fixtures/jamtlands-lan"), to: folder)
        let centre = try String(contentsOf: folder.appendingPathComponent("ostersund-lugnvik.yaml"), encoding: .utf8)
        for id in centres {
            try centre.replacingOccurrences(of: "id: ostersund-lugnvik", with: "id: \(id)")
                .replacingOccurrences(of: "name: Familjecentralen Lugnvik", with: "name: Familjecentralen \(id)")
                .write(to: folder.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Renders the county; returns the roll-up's Markdown.
    func rollup(of county: URL, out: URL) throws -> String {
        let outcome = try Harness.fcdoc("batch", county.path, "--out", out.path, "--format", "md", "--jobs", "1")
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        return try written(out)
    }

    /// The roll-up's Markdown in `out`, with plain spaces for the no-break ones (`11 780`, `85,0 %`).
    func written(_ out: URL) throws -> String {
        try String(contentsOf: out.appendingPathComponent("jamtlands-lan/lansrapport-2025.md"), encoding: .utf8)
            .replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// The cells of the goal table's row that starts with `name`.
    func goalRow(_ markdown: String, _ name: String) -> [String] {
        let table = markdown.components(separatedBy: "## Föräldraenkäten per mål").last ?? ""
        let line = table.split(separator: "\n").first { $0.hasPrefix("| \(name) |") } ?? ""
        return line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func jamtlandsGoalsAreWhatTheCentresOwnReportShows() throws {
        let county = try county()
        let markdown = try rollup(of: county, out: Harness.temporaryFolder())
        // Lugnvik's report shows 3a at 85,0 % and hides 3b (three answers).
        #expect(goalRow(markdown, "Familjecentralen Lugnvik").dropFirst().dropFirst(2).first == "85,0 %")
        #expect(goalRow(markdown, "**Länet 2025**").dropFirst().dropFirst(2).first == "**85,0 %**")
        #expect(!markdown.contains("85,5"))
    }

    @Test func aCountyWhereOneCentreHasLastYearsReportComparesOnlyThatOne() throws {
        let county = try county(adding: ["nyby"])
        let report = try String(
            contentsOf: county.appendingPathComponent("reports/ostersund-lugnvik-2025.yaml"), encoding: .utf8)
        try report.replacingOccurrences(of: "centre: ../ostersund-lugnvik.yaml", with: "centre: ../nyby.yaml")
            .write(to: county.appendingPathComponent("reports/nyby-2025.yaml"), atomically: true, encoding: .utf8)
        let markdown = try rollup(of: county, out: Harness.temporaryFolder())
        #expect(!markdown.contains("samma familjecentral"))
        #expect(markdown.contains("| **Länet 2025** | **11 780** |"))
        #expect(markdown.contains("| Jämförelsegruppen 2025 | 5 890 |"))
        #expect(markdown.contains("| Jämförelsegruppen 2024 | 5 420 |"))
        #expect(markdown.contains("både 2024 och 2025: Familjecentralen Lugnvik."))
        #expect(markdown.contains("2 av 2 familjecentraler har lämnat in sin verksamhetsberättelse"))
    }

    @Test func twoCentresWithOneIdAreAnErrorNamingBothFiles() throws {
        let county = try county()
        try FileManager.default.copyItem(
            at: county.appendingPathComponent("ostersund-lugnvik.yaml"),
            to: county.appendingPathComponent("lugnvik-kopia.yaml"))
        func namesBoth(_ text: String) -> Bool {
            text.split(separator: "\n").contains {
                $0.contains("error: centre id 'ostersund-lugnvik'") && $0.contains("ostersund-lugnvik.yaml'")
                    && $0.contains("lugnvik-kopia.yaml'")
            }
        }
        let validated = try Harness.fcdoc("validate", county.path)
        #expect(validated.status == 1)
        #expect(namesBoth(validated.stderr), "\(validated.stderr)")
        let out = Harness.temporaryFolder()
        let batch = try Harness.fcdoc("batch", county.path, "--out", out.path, "--format", "md")
        #expect(batch.status == 1)
        #expect(namesBoth(batch.stderr), "\(batch.stderr)")
        #expect(batch.stdout.contains("FAILED Familjecentralen Lugnvik (ostersund-lugnvik.yaml):"), "\(batch.stdout)")
        #expect(batch.stdout.contains("FAILED Familjecentralen Lugnvik (lugnvik-kopia.yaml):"), "\(batch.stdout)")
        // Neither writes the documents of the id they share.
        #expect(!Harness.files(in: out).contains { $0.hasPrefix("ostersund-lugnvik/") })
        // Each file on its own is a valid centre.
        #expect(try Harness.fcdoc("validate", county.appendingPathComponent("lugnvik-kopia.yaml").path).status == 0)
    }

    @Test func aReportFromTheStarterIsADraftTheRollupNeitherCountsNorCombines() throws {
        let county = try county(adding: ["nyby"])
        let started = try Harness.fcdoc(
            "init", "--kind", "report", "--centre", "nyby.yaml", "--year", "2025", "--out", "reports/nyby-2025.yaml",
            in: county)
        #expect(started.status == 0, "\(started.stderr)")
        let validated = try Harness.fcdoc("validate", "reports/nyby-2025.yaml", in: county)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stderr.contains("reports/nyby-2025.yaml:"))
        #expect(validated.stderr.contains(": note: this report is a draft (status: utkast)"))
        #expect(!validated.stderr.contains("error"))
        let out = Harness.temporaryFolder()
        let batch = try Harness.fcdoc("batch", county.path, "--out", out.path, "--format", "md", "--jobs", "1")
        #expect(batch.status == 0, "\(batch.stdout)\(batch.stderr)")
        #expect(batch.stdout.contains("not counted in the roll-up: Familjecentralen nyby"), "\(batch.stdout)")
        let markdown = try written(out)
        #expect(markdown.contains("Familjecentralen nyby: utkast, inte inlämnad"))
        #expect(markdown.contains("1 av 2 familjecentraler har lämnat in sin verksamhetsberättelse"))
        // Lugnvik's figures alone: the draft's example statistics and made-up survey are not in them.
        #expect(markdown.contains("| **Länet 2025** | **5 890** |"))
        #expect(
            Array(goalRow(markdown, "**Länet 2025**").dropFirst())
                == goalRow(markdown, "Familjecentralen Lugnvik").dropFirst().map { "**\($0)**" })
        #expect(goalRow(markdown, "Familjecentralen nyby").dropFirst().prefix(5).allSatisfy { $0 == "–" })
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("utkast"))
        // Handed in, it counts.
        let path = county.appendingPathComponent("reports/nyby-2025.yaml")
        try String(contentsOf: path, encoding: .utf8).replacingOccurrences(
            of: "status: utkast", with: "status: inlämnad"
        )
        .write(to: path, atomically: true, encoding: .utf8)
        let handedIn = try rollup(of: county, out: Harness.temporaryFolder())
        #expect(handedIn.contains("2 av 2 familjecentraler har lämnat in sin verksamhetsberättelse"))
        #expect(!handedIn.contains("utkast, inte inlämnad"))
    }
}
