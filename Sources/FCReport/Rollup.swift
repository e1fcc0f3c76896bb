import FCConfig

/// A county's year in one place: every centre with its report (or why it has none), for the
/// roll-up report to the county's steering body (seed 001: "Sammanställa
/// verksamhetsuppföljningen och redovisa den till länets samverkansledning").
///
/// Only handed-in reports are counted and combined; a draft is listed as one. Survey answers
/// are combined only as each centre's own report shows them: a question a centre's report
/// hides ("för få svar") never enters a sum, so no roll-up figure lets anyone work out answers
/// the centre kept back.
public struct Rollup {
    /// Where a centre's report of the year stands, as the roll-up and the batch index list it.
    public enum State: String, Sendable {
        case handedIn = "inlämnad"
        case draft = "utkast"
        case missing = "saknas"
        case invalid = "har fel"
    }

    public struct Centre {
        public var name: String
        /// The handed-in report of the year; `nil` for a draft, a missing or a faulty one.
        public let report: ReportData?
        public let state: State

        /// A centre with a report of the year that loaded: counted when handed in, a draft otherwise.
        public init(name: String, report: ReportData) {
            self.name = name
            let handedIn = report.report.status == .handedIn
            self.report = handedIn ? report : nil
            self.state = handedIn ? .handedIn : .draft
        }

        /// A centre without a report to count: `missing` or `invalid`.
        public init(name: String, without state: State) {
            self.name = name
            self.report = nil
            self.state = state
        }

        /// Last year's report, when it too was handed in.
        public var previous: ReportData? {
            report?.previous.flatMap { $0.report.status == .handedIn ? $0 : nil }
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

    /// The centres whose handed-in reports count this year.
    public var reporting: [Centre] { centres.filter { $0.report != nil } }

    /// The centres with a handed-in report this year and last year: the only ones a
    /// comparison between the two years may take in.
    public var reportingBothYears: [Centre] { centres.filter { $0.previous != nil } }

    /// Answers to one goal's questions taken together, per scale value 1…5, counting only the
    /// questions the centre's own report shows: a question under five answers is left out
    /// before anything is added, as the report leaves it out.
    public static func goalCounts(_ survey: [QuestionResult]?, goal: Int) -> [Int]? {
        guard let survey else { return nil }
        return add(survey.filter { $0.question.goal == goal && !$0.isSuppressed }.map(\.counts))
    }

    /// Answer counts per scale value, added up.
    public static func add(_ counts: [[Int]]) -> [Int] {
        counts.reduce([0, 0, 0, 0, 0]) { sum, next in zip(sum, next).map { $0 + $1 } }
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
