import FCDocument
import Foundation
import Testing

@testable import FCCharts
@testable import FCConfig
@testable import FCRender

/// The profile's `colours.charts` and `reference_doc`: read, checked at their places, and
/// reaching the plans of every file that names the profile.
@Suite("Graphic profile: chart colours and a reference document")
struct ProfileKeysTests {
    static func profile(_ text: String, files: [String: String] = [:], policy: PathPolicy = .anywhere) throws
        -> (outcome: ConfigCheck.Outcome, folder: URL)
    {
        let folder = try ProfileTests.folder(files.merging(["profil.yaml": text]) { $1 })
        return (ProfileTests.check(folder.appendingPathComponent("profil.yaml"), policy: policy), folder)
    }

    @Test func oneChartColourOrTwoMakeThePalette() throws {
        let one = try Self.profile("fcdoc: 1\nkind: profile\nname: X\ncolours:\n  charts: \"#005A9C\"\n").outcome
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics)")
        #expect(one.branding?.profile?.palette == ChartPalette(main: "#005a9c"))
        let two = try Self.profile(
            "fcdoc: 1\nkind: profile\nname: X\ncolours:\n  headings: \"#1f4e79\"\n  charts: [\"#005a9c\", \"#b5121b\"]\n"
        ).outcome
        #expect(two.diagnostics.isEmpty, "\(two.diagnostics)")
        #expect(
            two.branding?.profile?.palette == ChartPalette(main: "#005a9c", second: "#b5121b", headings: "#1f4e79"))
        let none = try Self.profile("fcdoc: 1\nkind: profile\nname: X\n").outcome
        #expect(none.branding?.profile?.palette == .standard)
    }

    /// Two chart colours a reader with a red–green deficiency cannot tell apart are a warning at
    /// the second; one colour too like fcdoc's orange for last year, at the first. The charts
    /// are still drawn in them.
    @Test func chartColoursThatLookAlikeAreAWarning() throws {
        let pair = try Self.profile(
            "fcdoc: 1\nkind: profile\nname: X\ncolours:\n  charts:\n    - \"#1f5f4a\"\n    - \"#b5121b\"\n"
        ).outcome
        let lines = pair.diagnostics.map {
            "\($0.location.line):\($0.location.column) \($0.severity) \($0.message.code)"
        }
        #expect(lines == ["7:7 warning \(MessageCode.chartColoursAlike)"])
        #expect(pair.branding?.profile?.palette == ChartPalette(main: "#1f5f4a", second: "#b5121b"))
        let one = try Self.profile("fcdoc: 1\nkind: profile\nname: X\ncolours:\n  charts: \"#c55a11\"\n").outcome
        #expect(one.diagnostics.map(\.message.code) == [.chartColoursAlike])
        #expect(one.diagnostics.first?.message.sv.contains("fcdoc:s orange") == true)
    }

    @Test func everyProblemOfTheChartColoursAtItsPlace() throws {
        let outcome = try Self.profile(
            """
            fcdoc: 1
            kind: profile
            name: X
            colours:
              charts:
                - "#eeeeee"
                - grön
                - "#000000"
            """
        ).outcome
        let lines = outcome.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message.en)" }
        #expect(lines.contains { $0.hasPrefix("6:7 colours.charts[1] '#eeeeee' is too light") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("7:7 colours.charts[2] is 'grön'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("8:7 colours.charts has 3 colours") }, "\(lines)")
        #expect(outcome.diagnostics.count == 3 && outcome.branding == nil, "\(lines)")
        let notText = try Self.profile("fcdoc: 1\nkind: profile\nname: X\ncolours:\n  charts:\n    a: b\n").outcome
        #expect(notText.hasErrors && notText.diagnostics.count == 1, "\(notText.diagnostics)")
    }

    /// A centre's report draws its charts in its profile's colours; a county's profile is the
    /// default of its centres' (as for the letterhead).
    @Test func theProfilesPaletteReachesTheReportsCharts() throws {
        let folder = TestPaths.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for name in ["vindeln-2025.yaml", "vindeln-2025-enkat.csv", "vindeln-2024.yaml", "vindeln-2024-enkat.csv"] {
            try FileManager.default.copyItem(
                atPath: TestPaths.fixture("reports/\(name)"), toPath: reports.appendingPathComponent(name).path)
        }
        try "fcdoc: 1\nkind: profile\nname: X\ncolours:\n  charts: [\"#005a9c\", \"#b5121b\"]\n".write(
            to: folder.appendingPathComponent("profil.yaml"), atomically: true, encoding: .utf8)
        try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "kind: centre\n", with: "kind: centre\nprofile: profil.yaml\n")
            .write(to: folder.appendingPathComponent("vindeln.yaml"), atomically: true, encoding: .utf8)
        let pipeline = Pipeline()
        let checked = pipeline.check(path: reports.appendingPathComponent("vindeln-2025.yaml").path)
        #expect(!checked.outcome.hasErrors, "\(checked.diagnostics)")
        let plan = try #require(try pipeline.plans(checked).first)
        let svgs = plan.figures.values.flatMap { $0 }.map(\.svg)
        #expect(!svgs.isEmpty && svgs.allSatisfy { $0.contains("#005a9c") }, "\(plan.figures.keys)")
        #expect(svgs.allSatisfy { !$0.contains(ChartPalette.standard.thisYear) })

        let plain = Pipeline().check(path: TestPaths.fixture("reports/vindeln-2025.yaml"))
        let fallback = ChartPalette(main: "#1f5f4a")
        let profile = Branding.Profile(name: "Län", logo: nil, sender: [], style: PageStyle(), palette: fallback)
        let county = try #require(try Pipeline().plans(plain, defaultProfile: profile).first)
        #expect(county.figures.values.flatMap { $0 }.allSatisfy { $0.svg.contains("#1f5f4a") })
    }

    @Test func aReferenceDocumentInTheProfileStylesItsDocuments() throws {
        let reference = try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("reference/referens.odt")))
        let (outcome, folder) = try Self.profile(
            "fcdoc: 1\nkind: profile\nname: X\ncolours:\n  rules: \"#1f5f4a\"\nreference_doc: mallar/referens.odt\n")
        #expect(outcome.diagnostics.contains { $0.message.code == .referenceUnreadable })
        let templates = folder.appendingPathComponent("mallar")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try reference.write(to: templates.appendingPathComponent("referens.odt"))
        let read = ProfileTests.check(folder.appendingPathComponent("profil.yaml"))
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let style = try #require(read.branding?.profile?.style)
        let expected = try ReferenceStyle.read(path: templates.appendingPathComponent("referens.odt").path)
        #expect(style == expected.applied(to: PageStyle(ruleColour: "#1f5f4a")))
        #expect(style.headingFont == "DejaVu Sans" && style.marginTop == 3)
        // The reference's dark-blue headings are the document's, not the charts'.
        #expect(style.headingColour == "#1f4e79" && read.branding?.profile?.palette == .standard)
    }

    @Test func aReferenceDocumentThatCannotBeUsedIsAnErrorAtItsKey() throws {
        let (outcome, _) = try Self.profile(
            "fcdoc: 1\nkind: profile\nname: X\nreference_doc: mall.pdf\n", files: ["mall.pdf": "%PDF-1.7"])
        let lines = outcome.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message.code)" }
        #expect(lines == ["4:16 \(MessageCode.referenceNotODTOrDOCX)"])
        let (notZIP, _) = try Self.profile(
            "fcdoc: 1\nkind: profile\nname: X\nreference_doc: mall.docx\n", files: ["mall.docx": "inte en zip"])
        #expect(notZIP.diagnostics.map(\.message.code) == [.referenceNotZIP])
    }

    /// The web application reads no reference document outside the folder it serves, and says
    /// so in Swedish at the key.
    @Test func theWebApplicationsFolderHoldsForTheReferenceDocument() throws {
        let outside = TestPaths.temporaryFolder()
        let reference = outside.appendingPathComponent("referens.odt")
        try FileManager.default.copyItem(atPath: TestPaths.fixture("reference/referens.odt"), toPath: reference.path)
        let text = "fcdoc: 1\nkind: profile\nname: X\nreference_doc: \(reference.path)\n"
        let folder = try ProfileTests.folder(["profil.yaml": text])
        let path = folder.appendingPathComponent("profil.yaml")
        let confined = ProfileTests.check(path, policy: .confined(to: folder.path))
        let error = try #require(confined.diagnostics.first)
        #expect(confined.diagnostics.count == 1 && error.message.code == .outsideFolder)
        #expect(error.location.line == 4 && error.message.sv.contains("utanför mappen"))
        #expect(!ProfileTests.check(path).hasErrors)
    }

    @Test func theSchemaKnowsTheProfilesKeys() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("schemas/profile.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let properties = schema["properties"] as? [String: Any]
        #expect(SchemaKeys.of(schema) == Set(ProfileReader.topKeys))
        #expect(SchemaKeys.of(properties?["colours"]) == Set(ProfileReader.colourKeys))
        #expect(SchemaKeys.of(properties?["fonts"]) == Set(ProfileReader.fontKeys))
        #expect(SchemaKeys.of(properties?["margins"]) == Set(ProfileReader.marginKeys))
    }
}
