import FCConfig
import FCDocument
import Foundation
import Testing

@testable import FCRender
@testable import FCWriters

@Suite("Graphic profile: reading, checks, logos and the letterhead")
struct ProfileTests {
    static let logo = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 50" \
        onload="alert(1)"><script>alert(2)</script><style>@import url(http://example.com/a.css);</style>\
        <a xlink:href="javascript:alert(3)"><rect width="200" height="50" fill="#1f5f4a" \
        onclick="alert(4)"/></a><image xlink:href="http://example.com/x.png" width="1" height="1"/>\
        <use xlink:href="#r"/><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject></svg>
        """

    /// A folder holding `files`, by name.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = TestPaths.temporaryFolder()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func check(_ path: URL, policy: PathPolicy = .anywhere) -> ConfigCheck.Outcome {
        ConfigCheck.run(path: path.path, policy: policy)
    }

    @Test func aGoodProfileGivesItsLogoSenderAndStyle() throws {
        let folder = try Self.folder([
            "profil.yaml": """
            fcdoc: 1
            kind: profile
            name: Solrosens kommun
            logo: logo.svg
            sender:
              - Solrosens kommun
              - 123 45 Solrosen
            colours:
              headings: "#1F4E79"
            margins:
              left: 3
            """,
            "logo.svg": Self.logo,
        ])
        let outcome = Self.check(folder.appendingPathComponent("profil.yaml"))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let profile = try #require(outcome.branding?.profile)
        #expect(profile.sender == ["Solrosens kommun", "123 45 Solrosen"])
        #expect(profile.style.headingColour == "#1f4e79")
        #expect(profile.style.marginLeft == 3)
        #expect(profile.style.bodyFont == PageStyle.defaultBodyFont)
        let logo = try #require(profile.logo)
        #expect(logo.alternativeText == "Logotyp: Solrosens kommun")
        // 200:50 at 1.4 cm high would be 5.6 cm wide: capped at 5 cm, so 1.25 cm high.
        #expect(logo.widthCentimetres == LogoFile.maximumWidth)
        #expect(logo.heightCentimetres == 1.25)
    }

    @Test func theSVGKeepsOnlyWhatDraws() throws {
        let cleaned = try #require(SVGCleaner.clean(Data(Self.logo.utf8)))
        let svg = String(decoding: cleaned.bytes, as: UTF8.self)
        for banned in ["script", "onload", "onclick", "alert", "@import", "example.com", "foreignObject", "javascript"]
        {
            #expect(!svg.contains(banned), "\(banned) in \(svg)")
        }
        #expect(svg.contains("<rect"))
        #expect(svg.contains("xlink:href=\"#r\""))
        #expect(cleaned.width == 200 && cleaned.height == 50)
    }

    @Test func everyProblemOfAProfileAtItsPlaceInOneRun() throws {
        let folder = try Self.folder([
            "profil.yaml": """
            fcdoc: 1
            kind: profile
            name: Solrosens kommun
            logo: saknas.svg
            colours:
              headings: "#eeeeee"
              rules: blå
            margins:
              top: 0.2
            fonts:
              body: Typsnitt Som Inte Finns
            sendr:
              - x
            """
        ])
        let path = folder.appendingPathComponent("profil.yaml").path
        let outcome = Self.check(folder.appendingPathComponent("profil.yaml"))
        let lines = outcome.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message.en)" }
        #expect(outcome.diagnostics.allSatisfy { $0.location.file == path })
        #expect(lines.contains { $0.hasPrefix("4:7 cannot read the logo 'saknas.svg'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("6:13 colours.headings '#eeeeee' is too light") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("7:10 colours.rules is 'blå'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("9:8 margins.top is 0.2 cm") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("11:9 fonts.body: the font 'Typsnitt Som Inte Finns' is not installed") })
        #expect(lines.contains { $0.hasPrefix("12:1 unknown key 'sendr' (did you mean 'sender'?)") }, "\(lines)")
        #expect(outcome.diagnostics.count == 6, "\(lines)")
        #expect(outcome.hasErrors)
    }

    @Test func aBrokenOrHugeLogoIsNamed() throws {
        let folder = try Self.folder([
            "profil.yaml": "fcdoc: 1\nkind: profile\nname: X\nlogo: logo.png\n",
            "logo.png": "not a png",
        ])
        let messages = Self.check(folder.appendingPathComponent("profil.yaml")).diagnostics.map(\.message.en)
        #expect(messages == ["the logo 'logo.png' is not a PNG picture; it may be damaged or of another kind"])
        let huge = String(repeating: "<!-- padding -->", count: 70_000)
        try ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">" + huge + "</svg>").write(
            to: folder.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        try "fcdoc: 1\nkind: profile\nname: X\nlogo: logo.svg\n".write(
            to: folder.appendingPathComponent("profil.yaml"), atomically: true, encoding: .utf8)
        let big = Self.check(folder.appendingPathComponent("profil.yaml")).diagnostics.map(\.message.en)
        #expect(big.count == 1 && big[0].contains("a logo may be at most 1048576 bytes"), "\(big)")
    }

    @Test func theWebApplicationsFolderHoldsForProfilesAndLogos() throws {
        let outside = try Self.folder(["profil.yaml": "fcdoc: 1\nkind: profile\nname: X\n", "logo.svg": Self.logo])
        let folder = try Self.folder([
            "centre.yaml": try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
                .replacingOccurrences(
                    of: "kind: centre\n", with: "kind: centre\nprofile: ../\(outside.lastPathComponent)/profil.yaml\n"
                )
                .replacingOccurrences(
                    of: "    unit: Vindelns hälsocentral\n",
                    with: "    unit: Vindelns hälsocentral\n    logo: \(outside.path)/logo.svg\n")
        ])
        let confined = Self.check(folder.appendingPathComponent("centre.yaml"), policy: .confined(to: folder.path))
        let outsideErrors = confined.diagnostics.filter { $0.message.code == .outsideFolder }
        #expect(outsideErrors.count == 2, "\(confined.diagnostics)")
        #expect(confined.config == nil)
        let anywhere = Self.check(folder.appendingPathComponent("centre.yaml"))
        #expect(!anywhere.hasErrors, "\(anywhere.diagnostics)")
        #expect(anywhere.branding?.partyLogos["hc-vindeln"] != nil)
    }

    @Test func theAgreementsFirstPageShowsThePartiesLogosAndTheRestTheProfiles() throws {
        let folder = try Self.folder([
            "profil.yaml":
                "fcdoc: 1\nkind: profile\nname: Vindelns kommun\nlogo: logo.svg\nsender: [Vindelns kommun]\n",
            "logo.svg": Self.logo, "part.svg": Self.logo,
            "centre.yaml": try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "kind: centre\n", with: "kind: centre\nprofile: profil.yaml\n")
                .replacingOccurrences(
                    of: "    unit: Vindelns hälsocentral\n",
                    with: "    unit: Vindelns hälsocentral\n    logo: part.svg\n"
                )
                .replacingOccurrences(
                    of: "  signing_date: 2026-02-02\n",
                    with: "  signing_date: 2026-02-02\n  diarienummer: KS 2026/123\n  appendix_to: Riktlinjen\n"),
        ])
        let pipeline = Pipeline()
        let checked = pipeline.check(path: folder.appendingPathComponent("centre.yaml").path)
        #expect(!checked.outcome.hasErrors, "\(checked.diagnostics)")
        let plans = try pipeline.plans(checked)
        let agreement = try #require(plans.first { $0.kind == .samverkansavtal }?.letterhead)
        #expect(agreement.firstPageLogos.map(\.alternativeText) == ["Logotyp: Region Västerbotten"])
        #expect(agreement.logos.map(\.alternativeText) == ["Logotyp: Vindelns kommun"])
        #expect(agreement.marks == ["Bilaga 1 till Riktlinjen", "Diarienummer: KS 2026/123", "Datum: 2026-02-02"])
        let contract = try #require(plans.first { $0.kind == .samordnaravtal }?.letterhead)
        #expect(contract.marks == ["Bilaga 2 till Riktlinjen", "Datum: 2026-02-02"])
        let role = try #require(plans.first { $0.kind == .samordningsfunktion }?.letterhead)
        #expect(role.firstPageLogos == role.logos && role.marks.isEmpty)

        let document = try pipeline.document(try #require(plans.first), file: "centre.yaml")
        let styles = String(decoding: ODTStyles.write(document.metadata), as: UTF8.self)
        let first = try #require(styles.range(of: "<style:header-first>"))
        #expect(styles[first.upperBound...].contains("Pictures/logo-part-1.svg"))
        #expect(!styles[..<first.lowerBound].contains("Pictures/logo-part-1.svg"))
        #expect(styles[..<first.lowerBound].contains("Pictures/logo.svg"))
    }

    /// Without a profile the look is fcdoc's own; the agreements' headers still carry the date.
    @Test func withoutAProfileOnlyTheMarksStandInTheHeader() throws {
        let pipeline = Pipeline()
        let checked = pipeline.check(path: TestPaths.fixture("vindeln.yaml"))
        #expect(checked.outcome.branding == nil)
        let plans = try pipeline.plans(checked)
        #expect(plans.allSatisfy { $0.style == PageStyle() && $0.letterhead?.pictures.isEmpty ?? true })
        #expect(plans.first { $0.kind == .samverkansavtal }?.letterhead?.marks == ["Datum: 2026-02-02"])
        #expect(plans.first { $0.kind == .samordningsfunktion }?.letterhead == nil)
    }
}
