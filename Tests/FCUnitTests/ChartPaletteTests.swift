import FCConfig
import FCDocument
import FCReport
import Foundation
import Testing

@testable import FCCharts
@testable import FCRender

@Suite("Chart palette: a graphic profile's colours in the charts, each standing out from the page")
struct ChartPaletteTests {
    /// Colours a communications office might choose: navy, dark and mid greens, reds, purple,
    /// orange, black, a mid grey; each at least 3:1 against white, as a profile's must be.
    static let brandColours = [
        "#1f4e79", "#003366", "#1f5f4a", "#00573f", "#b5121b", "#e30613", "#005a9c", "#6a1b9a", "#c75b12",
        "#000000", "#767676",
    ]

    @Test func withoutProfileColoursThePaletteIsFcdocsOwn() {
        #expect(ChartPalette(main: nil) == .standard)
        #expect(
            ChartPalette.standard.diverging == ["#a14a00", "#e66101", "#8c8c8c", "#8e7cc3", "#4b2a84"]
                && ChartPalette.standard.headings == ChartPalette.text)
    }

    @Test func everyColourOfAProfilesPaletteStandsOutAndItsStepsDiffer() {
        for main in Self.brandColours {
            for second in [nil] + Self.brandColours where second != main {
                let palette = ChartPalette(main: main, second: second)
                #expect(palette.thisYear == main && palette.lastYear == second ?? ChartPalette.standard.lastYear)
                #expect(palette.diverging.count == 5 && palette.diverging[2] == ChartPalette.neutral)
                #expect(palette.diverging.contains(main), "\(main)")
                for colour in palette.diverging {
                    #expect(ChartPalette.contrast(colour, "#ffffff") >= 3, "\(main) \(String(describing: second))")
                    #expect(ChartPalette.contrast(colour, ChartPalette.text(on: colour)) >= 4.3, "\(colour)")
                }
                // The two steps at either end are two shades of one colour that can be told apart.
                for (inner, outer) in [(1, 0), (3, 4)] {
                    #expect(
                        ChartPalette.contrast(palette.diverging[inner], palette.diverging[outer]) >= 1.6,
                        "\(palette.diverging)")
                }
            }
        }
    }

    @Test func chartHeadingsTakeTheHeadingsColourOnlyWhenItIsDarkEnoughForText() {
        #expect(ChartPalette(main: nil, headings: "#1f5f4a").headings == "#1f5f4a")
        // 3:1 is enough for a document's large headings, not for the charts' 10 pt ones.
        let light = "#6d8ca8"
        #expect(ChartPalette.contrast(light, "#ffffff") >= 3 && ChartPalette.contrast(light, "#ffffff") < 4.5)
        #expect(ChartPalette(main: nil, headings: light).headings == ChartPalette.text)
    }

    /// fcdoc's purple and orange, and a blue beside an orange, are told apart with every kind of
    /// vision; a dark green beside a dark red, a red beside a green, two blues, a purple beside
    /// a blue (for a deuteranope) and one colour twice are not.
    @Test func chartColoursMustBeToldApartWithARedGreenDeficiencyToo() {
        for (first, second) in [
            ("#4b2a84", "#e66101"), ("#005a9c", "#b5121b"), ("#1f4e79", "#c55a11"),
            ("#1f5f4a", "#b35806"),
        ] {
            #expect(ColourVision.distinguishable(first, second), "\(first) \(second)")
        }
        for (first, second) in [
            ("#1f5f4a", "#b5121b"), ("#c00000", "#008000"), ("#1f4e79", "#003366"),
            ("#6a1b9a", "#005a9c"), ("#005a9c", "#005a9c"),
        ] {
            #expect(!ColourVision.distinguishable(first, second), "\(first) \(second)")
        }
        // Red against green differs plainly for normal vision; it is the simulation that fails it.
        #expect(ColourVision.difference("#c00000", "#008000") < 10)
    }

    @Test func mixingGoesFromOneColourToTheOther() {
        #expect(ChartPalette.mix("#000000", "#ffffff", 0) == "#000000")
        #expect(ChartPalette.mix("#000000", "#ffffff", 1) == "#ffffff")
        #expect(ChartPalette.mix("#204060", "#000000", 0.5) == "#102030")
    }

    /// Every chart of a report and of the roll-up is drawn in the palette it is given, in both
    /// of its drawings (print and screen); fcdoc's purple is gone.
    @Test func everyChartIsDrawnInThePalette() throws {
        let palette = ChartPalette(main: "#005a9c", second: "#b5121b", headings: "#1f4e79")
        let check = ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2025.yaml"))
        let data = try #require(check.reportData, "\(check.diagnostics)")
        var figures = ReportCharts.figures(for: data, palette: palette).values.flatMap { $0 }
        let county = try #require(ConfigCheck.run(path: TestPaths.fixture("jamtlands-lan/county.yaml")).county)
        let lugnvik = try #require(
            ConfigCheck.run(path: TestPaths.fixture("jamtlands-lan/reports/ostersund-lugnvik-2025.yaml")).reportData)
        let rollup = Rollup(county: county, year: 2025, centres: [Rollup.Centre(name: "Lugnvik", report: lugnvik)])
        let heatmap = try #require(DocumentPlan.rollup(rollup, palette: palette).figures["heatmap"])
        figures += heatmap
        #expect(figures.count >= 5)
        let standard = ChartPalette.standard
        for figure in figures {
            for svg in [figure.svg, figure.screenSVG ?? ""] {
                #expect(svg.contains("\"#005a9c\"") || svg.contains("\"\(palette.diverging[3])\""), "\(figure.name)")
                for colour in Set(standard.diverging + [standard.thisYear]).subtracting([ChartPalette.neutral]) {
                    #expect(!svg.contains("\"\(colour)\""), "\(figure.name): \(colour)")
                }
            }
        }
        // Goals and areas head their rows in the headings' colour.
        let survey = try #require(figures.first { $0.name == "enkat" })
        #expect(survey.svg.contains("font-weight=\"bold\"") && survey.svg.contains("fill=\"#1f4e79\""))
    }
}
