import FCConfig

/// A report with everything it refers to loaded: its centre, its survey counted, its
/// self-reflection placed, and last year's report when there is one beside it.
public final class ReportData: Sendable {
    public let report: ReportFile
    public let centre: CentreFile
    /// `nil` when the report has no survey.
    public let survey: [QuestionResult]?
    public let positions: [SelfReflection.Position]
    public let previous: ReportData?
    /// Parents who answered at least one question; `nil` when the survey was counted beforehand.
    public let surveyRespondents: Int?

    public init(
        report: ReportFile, centre: CentreFile, survey: [QuestionResult]?, positions: [SelfReflection.Position],
        previous: ReportData?, surveyRespondents: Int? = nil
    ) {
        self.report = report
        self.centre = centre
        self.survey = survey
        self.positions = positions
        self.previous = previous
        self.surveyRespondents = surveyRespondents
    }

    public var year: Int { report.year?.value ?? 0 }
}
