import FCDocument
import FCRender
import FCReport
import Foundation
import FoundationXML
import Testing

@testable import FCCharts

/// One `<text>` of a chart, as drawn.
private struct ChartText {
    var content: String
    var x: Double
    var size: Double
    var anchor: String
    var bold: Bool
}

/// A chart's SVG read back: its physical width in mm, its viewBox width and its texts.
private struct ReadChart {
    var widthMillimetres: Double
    var viewBoxWidth: Double
    var texts: [ChartText]

    init(_ svg: String) throws {
        let root = try #require(try XMLDocument(data: Data(svg.utf8)).rootElement())
        let width = try #require(root.value("width"), "\(root.attributes?.map { $0.name ?? "" } ?? [])")
        widthMillimetres = try #require(Double(width.replacingOccurrences(of: "mm", with: "")))
        let viewBox = try #require(root.value("viewBox")).split(separator: " ")
        viewBoxWidth = try #require(Double(String(viewBox[2])))
        var texts: [ChartText] = []
        func collect(_ element: XMLElement) {
            if element.name == "text" {
                texts.append(
                    ChartText(
                        content: element.stringValue ?? "",
                        x: Double(element.value("x") ?? "") ?? .nan,
                        size: Double(element.value("font-size") ?? "") ?? 0,
                        anchor: element.value("text-anchor") ?? "start",
                        bold: element.value("font-weight") == "bold"))
            }
            for child in element.children ?? [] { if let child = child as? XMLElement { collect(child) } }
        }
        collect(root)
        self.texts = texts
    }

    /// The text's left and right edge in viewBox units, by the charts' own width table.
    func extent(_ text: ChartText) -> (Double, Double) {
        let width = TextMetrics.width(text.content, size: text.size, bold: text.bold)
        switch text.anchor {
        case "middle": return (text.x - width / 2, text.x + width / 2)
        case "end": return (text.x - width, text.x)
        default: return (text.x, text.x + width)
        }
    }
}

extension XMLElement {
    /// An attribute's value by its local name (the SVG's attributes sit in its default namespace).
    fileprivate func value(_ name: String) -> String? {
        attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }
}

@Suite("Charts: legible at print size and on a phone, whole labels, accessible colours")
struct ChartTests {
    /// The report charts of a fixture, with those of its roll-up heatmap's kind drawn from it.
    private static func reportFigures(_ fixture: String) throws -> [Figure] {
        let check = ConfigCheck.run(path: TestPaths.fixture(fixture))
        let data = try #require(check.reportData, "\(check.diagnostics)")
        let plan = try DocumentPlan.make(.verksamhetsberattelse, from: try #require(check.config), report: data)
        return plan.figures.keys.sorted().flatMap { plan.figures[$0] ?? [] }
    }

    /// 30 statements in Bilaga 4's six areas (3, 8, 4, 9, 2, 4), each a long Swedish sentence.
    static let thirtyStatements: [PositionChart.Row] = {
        let counts = [3, 8, 4, 9, 2, 4]
        var rows: [PositionChart.Row] = []
        for (area, count) in zip(SelfReflection.areas, counts) {
            for number in 1...count {
                rows.append(
                    PositionChart.Row(
                        area: area,
                        label: "Påstående \(rows.count + 1) – Personalen på familjecentralen samråder och konsulterar "
                            + "varandra för att tidigt upptäcka föräldrar och barn med behov av extra stöd (\(number)).",
                        current: (rows.count % 5) + 1, previous: ((rows.count + 2) % 5) + 1))
            }
        }
        return rows
    }()

    private static func syntheticFigures() -> [Figure] {
        let positions = PositionChart.figures(
            name: "sjalvreflektion", title: "Självreflektion 2025 per område",
            rows: thirtyStatements, scaleLabels: SelfReflection.scale,
            currentYear: 2025, previousYear: 2024)
        let centres = (1...30).map { "Familjecentralen i Storkommunens västra stadsdel nummer \($0)" }
        let heatmap = HeatmapChart.figures(
            name: "heatmap", title: "Självreflektion 2025: medelläge per område",
            rows: centres, columns: SelfReflection.areas,
            values: centres.indices.map { row in
                SelfReflection.areas.indices.map { $0 == row % 6 ? nil : Double(($0 + row) % 5) + 1.4 }
            },
            scaleLabels: SelfReflection.scale)
        return positions + heatmap
    }

    static let fixtures = [
        "reports/vindeln-2025.yaml", "reports/vindeln-2024.yaml",
        "jamtlands-lan/reports/ostersund-lugnvik-2024.yaml",
        "jamtlands-lan/reports/ostersund-lugnvik-2025.yaml",
    ]

    private static func allFigures() throws -> [Figure] {
        try fixtures.flatMap(reportFigures) + syntheticFigures()
    }

    @Test func everyTextIsAtLeast8PointAtPrintSize() throws {
        for figure in try Self.allFigures() {
            let chart = try ReadChart(figure.svg)
            // The ODT places the SVG at its width in cm: the picture's mm per viewBox unit.
            #expect(abs(figure.widthCentimetres * 10 - chart.widthMillimetres) < 0.01)
            let scale = chart.widthMillimetres / chart.viewBoxWidth
            #expect(!chart.texts.isEmpty)
            for text in chart.texts {
                #expect(text.size * scale >= ChartStyle.minimumPrintFontSize, "\(figure.name): \(text.content)")
                #expect(text.size * scale >= 2.8)
            }
        }
    }

    @Test func everyTextIsAtLeast11PixelsOnA375PixelPhone() throws {
        // At 375 px the HTML body is 343 px wide (1em padding each side); an SVG is never wider
        // than its own width (96 px per inch) nor than the body.
        for figure in try Self.allFigures() {
            let chart = try ReadChart(try #require(figure.screenSVG))
            let shown = min(chart.widthMillimetres / 25.4 * 96, 343)
            for text in chart.texts {
                #expect(text.size * shown / chart.viewBoxWidth >= 11, "\(figure.name): \(text.content)")
            }
        }
    }

    @Test func noLabelIsCutHidesAKeyOrCrossesAnEdge() throws {
        let key = try Regex("mal[0-9][a-z]")
        for figure in try Self.allFigures() {
            for svg in [figure.svg, try #require(figure.screenSVG)] {
                let chart = try ReadChart(svg)
                for text in chart.texts {
                    #expect(
                        !text.content.hasSuffix("…") && !text.content.hasSuffix("..."),
                        "\(figure.name): \(text.content)")
                    #expect(text.content.firstMatch(of: key) == nil, "\(figure.name): \(text.content)")
                    let (left, right) = chart.extent(text)
                    #expect(
                        left >= 0 && right <= chart.viewBoxWidth, "\(figure.name): \(text.content) \(left)…\(right)")
                }
                #expect(svg.firstMatch(of: key) == nil)
            }
        }
    }

    @Test func thirtyStatementsAreShownWholeInPartsThatFitAPage() throws {
        let figures = PositionChart.figures(
            name: "sjalvreflektion", title: "Självreflektion 2025 per område",
            rows: Self.thirtyStatements, scaleLabels: SelfReflection.scale,
            currentYear: 2025, previousYear: 2024)
        #expect(figures.count > 1)
        #expect(figures.map(\.name) == ["sjalvreflektion"] + (2...figures.count).map { "sjalvreflektion-\($0)" })
        #expect(figures.last?.title == "Självreflektion 2025 per område (del \(figures.count) av \(figures.count))")
        // Parts of about even height: the last is no stub.
        let heights = figures.map(\.heightCentimetres)
        #expect((heights.min() ?? 0) > (heights.max() ?? 0) * 0.6, "\(heights)")
        var printed = ""
        for figure in figures {
            #expect(figure.heightCentimetres * 10 <= ChartParts.maximumHeight + 10)
            printed += try ReadChart(figure.svg).texts.map(\.content).joined(separator: " ") + " "
        }
        let shown = try ReadChart(try #require(figures.first?.screenSVG)).texts.map(\.content).joined(separator: " ")
        for row in Self.thirtyStatements {
            // Every word of every statement, in order, in the print drawing; the area headed.
            #expect(printed.contains(row.label), "\(row.label)")
            #expect(printed.contains(row.area))
            #expect(figures.contains { $0.description.contains(row.label) })
        }
        #expect(shown.contains(Self.thirtyStatements[0].label))
        // The scale's step names head every part.
        for figure in figures {
            #expect(try ReadChart(figure.svg).texts.contains { $0.content == "Fungerar" })
        }
    }

    @Test func wrappingKeepsEveryCharacterAndStaysInItsWidth() {
        let text =
            "Kvalitet genom användande av varandras kompetens – Vi underlättar för föräldrar att få kontakt "
            + "med familjecentralens olika yrkeskategorier om/när det behövs. Föräldraskapsstödsgrupperna"
        let lines = TextMetrics.wrap(text, width: 30, size: 3.2)
        #expect(lines.count > 3)
        for line in lines { #expect(TextMetrics.width(line, size: 3.2) <= 30) }
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "- ", with: "") == text)
        // Liberation Sans (Arial metrics): "Fungerar" is 4 057/1000 em, plus the margin.
        #expect(abs(TextMetrics.width("Fungerar", size: 10) - 40.57 * TextMetrics.margin) < 0.001)
        #expect(TextMetrics.width("Ö", size: 10) == TextMetrics.width("O", size: 10))
        // A word that fits its line is never broken; one that cannot is, with a hyphen.
        #expect(
            TextMetrics.wrap("Behöver utvecklas något", width: 13.6, size: 2.9) == ["Behöver", "utvecklas", "något"])
        #expect(TextMetrics.wrap("Jämställdhet", width: 12, size: 3.2) == ["Jämst-", "älldhet"])
    }

    @Test func coloursStandOutFromTheWhitePage() {
        let palette = ChartPalette.standard
        for colour in palette.diverging + [palette.thisYear, palette.lastYear, ChartPalette.secondaryText] {
            #expect(ChartPalette.contrast(colour, "#ffffff") >= 3, "\(colour)")
        }
        // Today's colours fail, the check can tell.
        for colour in ["#f1a340", "#998ec3", "#d9d9d9"] { #expect(ChartPalette.contrast(colour, "#ffffff") < 3) }
        // Text inside a coloured segment is readable text (4.5:1).
        for colour in palette.diverging {
            #expect(ChartPalette.contrast(colour, ChartPalette.text(on: colour)) >= 4.5)
        }
        #expect(abs(ChartPalette.contrast("#000000", "#ffffff") - 21) < 0.001)
    }

    @Test func onlySeriesWithDataAreShown() throws {
        // Lugnvik 2024 has no earlier report: no 2023 anywhere.
        for figure in try Self.reportFigures("jamtlands-lan/reports/ostersund-lugnvik-2024.yaml") {
            #expect(
                !figure.svg.contains("2023") && !figure.title.contains("2023") && !figure.description.contains("2023"),
                "\(figure.name)")
        }
        let vindeln = try Self.reportFigures("reports/vindeln-2025.yaml")
        let statistics = try #require(vindeln.first { $0.name == "statistik" })
        #expect(statistics.title == "Statistik 2025 och 2024")
        #expect(statistics.svg.contains(">2024<"))
    }

    @Test func theStatisticsChartShowsEveryStatisticOfTheTable() throws {
        let check = ConfigCheck.run(path: TestPaths.fixture("reports/vindeln-2025.yaml"))
        let data = try #require(check.reportData)
        let rows = StatisticRow.rows(data.report, previous: data.previous?.report)
        #expect(rows.map(\.label).contains("Besök"))
        #expect(rows.map(\.label).contains("Besök från byarna utanför centralorten"))
        let figure = try #require(try Self.reportFigures("reports/vindeln-2025.yaml").first { $0.name == "statistik" })
        let texts = try ReadChart(figure.svg).texts.map(\.content).joined(separator: " ")
        for row in rows {
            #expect(texts.contains(row.label), "\(row.label)")
            #expect(figure.description.contains("\(row.label): 2025 \(SwedishNumber.integer(row.value))"))
        }
        #expect(texts.contains("Besök – egen skala"))
        #expect(figure.description.contains("egen skala"))
    }

    @Test func chartValuesAreWrittenAsTheTablesWriteThem() throws {
        let vindeln = try Self.reportFigures("reports/vindeln-2025.yaml")
        let comparison = try #require(vindeln.first { $0.name == "enkat-jamforelse" })
        // The table's "76,8 %" for the first question, not a rounded "77 %".
        #expect(comparison.svg.contains(">76,8\u{00A0}%<"))
        let heatmap = try #require(
            HeatmapChart.figures(
                name: "h", title: "H", rows: ["A"], columns: ["Lärande"],
                values: [[2]], scaleLabels: SelfReflection.scale
            ).first)
        #expect(heatmap.svg.contains(">2,0<") && heatmap.description.contains("Lärande 2,0"))
    }

    @Test func theSameInputDrawsTheSameBytes() throws {
        let first = try Self.reportFigures("reports/vindeln-2025.yaml") + Self.syntheticFigures()
        let second = try Self.reportFigures("reports/vindeln-2025.yaml") + Self.syntheticFigures()
        #expect(first == second)
    }
}
