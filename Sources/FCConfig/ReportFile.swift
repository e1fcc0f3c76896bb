/// A report file: one centre's verksamhetsberättelse och plan for one year (seed 004, Bilaga 3).
public struct ReportFile: Sendable {
    public var path: String
    /// The centre file, as written (relative to the report file).
    public var centre: Located<String>
    public var year: Located<Int>?
    /// The `status` as written; `nil` when the file has no `status` key.
    public var declaredStatus: Located<ReportStatus>?
    public var description: ReportDescription
    public var statistics: ReportStatistics
    public var goals: ReportGoals
    public var previousPriorities: [PriorityReview]
    public var quotes: [ParentQuote]
    public var analysis: Located<String>
    public var priorities: [Priority]
    public var reflections: Located<String>?
    public var survey: SurveySource?
    public var selfReflection: SelfReflectionInput?
    /// Where `priorities` was written, for the "exactly two" rule.
    public var prioritiesLocation: SourceLocation

    /// Whether the report is a draft or handed in: as written, or `ReportStatus.absentDefault`
    /// for a file without `status`.
    public var status: ReportStatus { declaredStatus?.value ?? .absentDefault }
}

/// Where a report stands: written by `fcdoc init --kind report` (or the web application's
/// "Starta") as `utkast`, and `inlämnad` once the centre hands it in. Only handed-in reports
/// count in the county roll-up.
public enum ReportStatus: String, CaseIterable, Sendable {
    case draft = "utkast"
    case handedIn = "inlämnad"

    /// A report file without `status`: handed in. Files written before the key existed were
    /// handed in by being put in the folder, and every starter now says `utkast`, so a
    /// report nobody has touched is never taken for a handed-in one.
    public static let absentDefault = ReportStatus.handedIn
}

public struct ReportDescription: Sendable {
    public var catchmentArea: Located<String>
    public var community: Located<String>
    public var supervision: Located<String>?
}

public struct NamedFigure: Sendable {
    public var label: Located<String>
    public var value: Located<Int>?
}

public struct ReportStatistics: Sendable {
    public var visits: Located<Int>?
    public var pregnantWomen: Located<Int>?
    public var enrolledChildren: Located<Int>?
    public var familiesSpecialSupport: Located<Int>?
    public var parentGroups: Located<Int>?
    public var other: [NamedFigure]
}

/// The text for the main goal and the five goals of Bilaga 3.
public struct ReportGoals: Sendable {
    public var main: Located<String>
    public var accessible: Located<String>
    public var network: Located<String>
    public var participation: Located<String>
    public var support: Located<String>
    public var knowledge: Located<String>
}

public struct PriorityReview: Sendable {
    public var goal: Located<String>
    public var work: Located<String>
    public var evaluation: Located<String>
}

public enum QuoteGender: String, CaseIterable, Sendable {
    case kvinna, man, annan
}

public struct ParentQuote: Sendable {
    public var text: Located<String>
    public var gender: Located<QuoteGender>?
}

public struct Priority: Sendable {
    public var goal: Located<String>
    public var evaluation: Located<String>
}

public struct SurveyQuestionInput: Sendable {
    public var key: Located<String>
    public var goal: Located<Int>?
    public var text: Located<String>
}

/// Where the parent survey comes from: a survey tool's export (CSV or Excel workbook), or
/// answers counted beforehand.
public struct SurveySource: Sendable {
    public var location: SourceLocation
    public var file: Located<String>?
    /// The workbook's sheet that holds the answers; the first when not given.
    public var sheet: Located<String>?
    public var delimiter: Located<String>?
    /// Question key → column header.
    public var columns: [(key: Located<String>, header: Located<String>)]
    /// Question key → answers per scale step, from "Instämmer helt" down to "Instämmer inte alls".
    public var counts: [(key: Located<String>, counts: Located<[Int]>)]
    public var questions: [SurveyQuestionInput]
}

public struct SelfReflectionStatementInput: Sendable {
    public var key: Located<String>
    public var area: Located<String>
    public var text: Located<String>
}

public struct SelfReflectionAnswer: Sendable {
    public var statement: Located<String>
    public var position: Located<Int>?
    public var comment: Located<String>?
}

public struct SelfReflectionInput: Sendable {
    public var location: SourceLocation
    public var respondents: Located<Int>?
    public var statements: [SelfReflectionStatementInput]
    public var answers: [SelfReflectionAnswer]
}
