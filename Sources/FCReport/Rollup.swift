import FCConfig

/// A county's year in one place: every centre with its report (or why it has none), for the
/// roll-up report to the county's steering body (seed 001: "Sammanställa
/// verksamhetsuppföljningen och redovisa den till länets samverkansledning").
public struct Rollup {
    public struct Centre {
        public var name: String
        public var report: ReportData?
        /// "inlämnad", "saknas" or "har fel".
        public var state: String

        public init(name: String, report: ReportData?, state: String) {
            self.name = name
            self.report = report
            self.state = state
        }
    }

    public var county: CountyFile
    public var year: Int
    public var centres: [Centre]

    public init(county: CountyFile, year: Int, centres: [Centre]) {
        self.county = county
        self.year = year
        self.centres = centres
    }

    /// Answers to one goal's questions taken together, per scale value 1…5.
    public static func goalCounts(_ survey: [QuestionResult]?, goal: Int) -> [Int]? {
        guard let survey else { return nil }
        return survey.filter { $0.question.goal == goal }.reduce([0, 0, 0, 0, 0]) { sum, result in
            zip(sum, result.counts).map { $0 + $1 }
        }
    }

    /// Share (0–100) answering 4–5, or `nil` when fewer than five answered (never shown).
    public static func positiveShare(_ counts: [Int]?) -> Double? {
        guard let counts, counts.count == 5 else { return nil }
        let total = counts.reduce(0, +)
        guard total >= SurveyScale.minimumAnswers else { return nil }
        return Double(counts[3] + counts[4]) * 100 / Double(total)
    }

    /// The mean self-reflection position per area, for the heatmap.
    public static func areaMeans(_ positions: [SelfReflection.Position]) -> [String: Double] {
        var sums: [String: (Int, Int)] = [:]
        for position in positions {
            let current = sums[position.statement.area] ?? (0, 0)
            sums[position.statement.area] = (current.0 + position.position, current.1 + 1)
        }
        return sums.mapValues { Double($0.0) / Double($0.1) }
    }
}
