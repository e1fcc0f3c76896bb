import FCConfig
import FCDocument
import FCReport

/// The values the `verksamhetsberattelse` template sees: seed 004's "Mall – Verksamhetsberättelse
/// och plan", filled from a report, its survey and self-reflection, and last year's report.
public enum ReportContext {
    public struct Values: TemplateValues {
        public var title: String
        public var centre: AgreementContext.Centre
        public var year, nextYear, previousYear: String
        public var hasPrevious: Bool
        public var dueText: String
        public var catchmentAreaParagraphs, communityParagraphs, supervisionParagraphs: [String]
        public var statistics: [Statistic]
        public var hasStatistics: Bool
        public var mainGoalParagraphs: [String]
        public var goals: [Goal]
        public var previousPriorities: [PreviousPriority]
        public var hasPreviousPriorities: Bool
        public var quotes: [Quote]
        public var hasQuotes, hasSurvey: Bool
        public var surveyRows: [SurveyRow]
        public var respondentsKnown: Bool
        public var respondentsText, minimumAnswersText: String
        public var hasSelfReflection: Bool
        public var selfReflectionRespondentsText: String
        public var selfReflectionAreas: [Area]
        public var proposals: [Proposal]
        public var proposalsIntro: String
        public var analysisParagraphs: [String]
        public var priorities: [Priority]
        public var reflectionsParagraphs: [String]
        public var yearWheel: [YearWheelEntry]

        public static var fields: [TemplateField<Self>] {
            [
                .text("title", \.title), .record("centre", \.centre), .text("year", \.year),
                .text("next_year", \.nextYear), .text("previous_year", \.previousYear),
                .flag("has_previous", \.hasPrevious), .text("due_text", \.dueText),
                .texts("catchment_area_paragraphs", \.catchmentAreaParagraphs),
                .texts("community_paragraphs", \.communityParagraphs),
                .texts("supervision_paragraphs", \.supervisionParagraphs), .list("statistics", \.statistics),
                .flag("has_statistics", \.hasStatistics), .texts("main_goal_paragraphs", \.mainGoalParagraphs),
                .list("goals", \.goals), .list("previous_priorities", \.previousPriorities),
                .flag("has_previous_priorities", \.hasPreviousPriorities), .list("quotes", \.quotes),
                .flag("has_quotes", \.hasQuotes), .flag("has_survey", \.hasSurvey), .list("survey_rows", \.surveyRows),
                .flag("respondents_known", \.respondentsKnown), .text("respondents_text", \.respondentsText),
                .text("minimum_answers_text", \.minimumAnswersText), .flag("has_self_reflection", \.hasSelfReflection),
                .text("self_reflection_respondents_text", \.selfReflectionRespondentsText),
                .list("self_reflection_areas", \.selfReflectionAreas), .list("proposals", \.proposals),
                .text("proposals_intro", \.proposalsIntro), .texts("analysis_paragraphs", \.analysisParagraphs),
                .list("priorities", \.priorities), .texts("reflections_paragraphs", \.reflectionsParagraphs),
                .list("year_wheel", \.yearWheel),
            ]
        }
    }

    /// A statistics row with last year's figure and the change.
    public struct Statistic: TemplateValues {
        public var label, valueText, previousText, changeText: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("label", \.label), .text("value_text", \.valueText), .text("previous_text", \.previousText),
                .text("change_text", \.changeText),
            ]
        }
    }

    public struct Goal: TemplateValues {
        public var number, title: String
        public var paragraphs: [String]

        public static var fields: [TemplateField<Self>] {
            [.text("number", \.number), .text("title", \.title), .texts("paragraphs", \.paragraphs)]
        }
    }

    public struct PreviousPriority: TemplateValues {
        public var goal, work, evaluation: String

        public static var fields: [TemplateField<Self>] {
            [.text("goal", \.goal), .text("work", \.work), .text("evaluation", \.evaluation)]
        }
    }

    public struct Quote: TemplateValues {
        public var text, gender: String

        public static var fields: [TemplateField<Self>] {
            [.text("text", \.text), .text("gender", \.gender)]
        }
    }

    public struct SurveyRow: TemplateValues {
        /// "2a": the question's number, as the form, the table and the charts name it.
        public var goal, number, text, respondentsText, positiveText, meanText, previousText, changeText: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("goal", \.goal), .text("number", \.number), .text("text", \.text),
                .text("respondents_text", \.respondentsText),
                .text("positive_text", \.positiveText), .text("mean_text", \.meanText),
                .text("previous_text", \.previousText), .text("change_text", \.changeText),
            ]
        }
    }

    /// One area of the self-reflection table.
    public struct Area: TemplateValues {
        public var area: String
        public var rows: [AreaRow]

        public static var fields: [TemplateField<Self>] {
            [.text("area", \.area), .list("rows", \.rows)]
        }
    }

    public struct AreaRow: TemplateValues {
        public var hasTitle: Bool
        public var title, claim, positionText, previousText, comment: String

        public static var fields: [TemplateField<Self>] {
            [
                .flag("has_title", \.hasTitle), .text("title", \.title), .text("claim", \.claim),
                .text("position_text", \.positionText), .text("previous_text", \.previousText),
                .text("comment", \.comment),
            ]
        }
    }

    public struct Proposal: TemplateValues {
        public var text, area, positionText: String

        public static var fields: [TemplateField<Self>] {
            [.text("text", \.text), .text("area", \.area), .text("position_text", \.positionText)]
        }
    }

    public struct Priority: TemplateValues {
        public var goal, evaluation: String

        public static var fields: [TemplateField<Self>] {
            [.text("goal", \.goal), .text("evaluation", \.evaluation)]
        }
    }

    public struct YearWheelEntry: TemplateValues {
        public var month, dateText, whenText, activity, responsible: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("month", \.month), .text("date_text", \.dateText), .text("when_text", \.whenText),
                .text("activity", \.activity),
                .text("responsible", \.responsible),
            ]
        }
    }

    public static func title(for data: ReportData) -> String {
        "Verksamhetsberättelse och plan \(data.year) – \(data.centre.centre.name.value)"
    }

    public static func make(_ data: ReportData) -> Values {
        let report = data.report
        let previous = data.previous
        let nextYear = data.year + 1
        let due = data.centre.followUp.due
        let statistics = statistics(report, previous: previous?.report)
        let proposals = proposals(data)
        return Values(
            title: title(for: data),
            centre: AgreementContext.centre(data.centre),
            year: String(data.year),
            nextYear: String(nextYear),
            previousYear: String(data.year - 1),
            hasPrevious: previous != nil,
            dueText: "den \(due.swedish) \(nextYear)",
            catchmentAreaParagraphs: AgreementContext.paragraphs(report.description.catchmentArea),
            communityParagraphs: AgreementContext.paragraphs(report.description.community),
            supervisionParagraphs: AgreementContext.paragraphs(report.description.supervision),
            statistics: statistics,
            hasStatistics: !statistics.isEmpty,
            mainGoalParagraphs: AgreementContext.paragraphs(report.goals.main),
            goals: goals(data),
            previousPriorities: report.previousPriorities.map {
                PreviousPriority(goal: $0.goal.value, work: $0.work.value, evaluation: $0.evaluation.value)
            },
            hasPreviousPriorities: !report.previousPriorities.isEmpty,
            quotes: report.quotes.map { Quote(text: $0.text.value, gender: $0.gender?.value.rawValue ?? "") },
            hasQuotes: !report.quotes.isEmpty,
            hasSurvey: data.survey != nil,
            surveyRows: surveyRows(data),
            respondentsKnown: data.surveyRespondents != nil,
            respondentsText: respondents(data),
            minimumAnswersText: SwedishText.number(SurveyScale.minimumAnswers),
            hasSelfReflection: report.selfReflection != nil,
            selfReflectionRespondentsText: report.selfReflection?.respondents.map { String($0.value) } ?? "",
            selfReflectionAreas: selfReflectionAreas(data),
            proposals: proposals,
            proposalsIntro: proposalsIntro(count: proposals.count),
            analysisParagraphs: AgreementContext.paragraphs(report.analysis),
            priorities: report.priorities.map { Priority(goal: $0.goal.value, evaluation: $0.evaluation.value) },
            reflectionsParagraphs: AgreementContext.paragraphs(report.reflections),
            yearWheel: YearWheel.entries(for: nextYear, reportDue: due).map { entry in
                YearWheelEntry(
                    month: YearWheel.monthNames[entry.month - 1].capitalized, dateText: entry.dateText,
                    whenText: whenText(entry), activity: entry.activity.text, responsible: entry.activity.responsible)
            })
    }

    /// The statistics rows in the seed's order, with last year's figure and the change.
    static func statistics(_ report: ReportFile, previous: ReportFile?) -> [Statistic] {
        StatisticRow.rows(report, previous: previous).map { row in
            Statistic(
                label: row.label, valueText: SwedishNumber.integer(row.value),
                previousText: row.previous.map(SwedishNumber.integer) ?? "–",
                changeText: row.previous.map { signed(row.value - $0) } ?? "–")
        }
    }

    /// When a year-wheel activity happens, once: "Januari" for the month, else its day or weeks
    /// ("28 februari", "v. 45–46 (3–16 november)"), which name the month themselves.
    static func whenText(_ entry: YearWheel.Entry) -> String {
        if case .month = entry.activity.when { return YearWheel.monthNames[entry.month - 1].capitalized }
        return entry.dateText
    }

    /// "+12", "−3", "±0".
    static func signed(_ value: Int) -> String {
        value > 0 ? "+" + SwedishNumber.integer(value) : value < 0 ? SwedishNumber.integer(value) : "±0"
    }

    static func goals(_ data: ReportData) -> [Goal] {
        let goals = data.report.goals
        let texts = [goals.accessible, goals.network, goals.participation, goals.support, goals.knowledge]
        return SurveyQuestions.goals.enumerated().map { index, title in
            Goal(number: String(index + 1), title: title, paragraphs: SwedishText.paragraphs(texts[index].value))
        }
    }

    static func surveyRows(_ data: ReportData) -> [SurveyRow] {
        guard let survey = data.survey else { return [] }
        let before = data.previous?.survey
        return zip(survey, SurveyQuestions.numbers(survey.map(\.question))).map { result, number in
            let previous = before?.first { $0.question.key == result.question.key }
            var change = "–"
            if let now = result.positiveShare, let then = previous?.positiveShare {
                change = percentagePoints(now - then)
            }
            return SurveyRow(
                goal: String(result.question.goal),
                number: number,
                text: result.question.text,
                respondentsText: String(result.respondents),
                positiveText: result.positiveShare.map { SwedishNumber.percent($0) } ?? "för få svar",
                meanText: result.mean.map(SwedishNumber.oneDecimal) ?? "–",
                previousText: previous.map { $0.positiveShare.map { SwedishNumber.percent($0) } ?? "för få svar" }
                    ?? "–",
                changeText: change)
        }
    }

    /// A change in percentage points with one decimal, as the shares are shown: "+3,2", "−1,0", "±0,0".
    static func percentagePoints(_ change: Double) -> String {
        let text = SwedishNumber.oneDecimal(abs(change))
        return text == "0,0" ? "±0,0" : (change > 0 ? "+" : "−") + text
    }

    /// The parents who answered at least one question; for answers counted beforehand, which do
    /// not say how many parents gave them, the most answers any question got.
    static func respondents(_ data: ReportData) -> String {
        if let respondents = data.surveyRespondents { return SwedishNumber.integer(respondents) }
        guard let most = data.survey?.map(\.respondents).max() else { return "" }
        return SwedishNumber.integer(most)
    }

    /// The self-reflection table, one group per area in Bilaga 4's order (a centre's own areas after).
    static func selfReflectionAreas(_ data: ReportData) -> [Area] {
        let before = previousPositions(data)
        var areas = SelfReflection.areas
        for position in data.positions where !areas.contains(position.statement.area) {
            areas.append(position.statement.area)
        }
        return areas.compactMap { area -> Area? in
            let rows = data.positions.filter { $0.statement.area == area }.map { position in
                AreaRow(
                    hasTitle: position.statement.title != nil,
                    title: position.statement.title ?? "", claim: position.statement.claim,
                    positionText: SelfReflection.scale[position.position - 1],
                    previousText: before[position.statement.key].map { SelfReflection.scale[$0 - 1] } ?? "–",
                    comment: position.comment ?? "")
            }
            return rows.isEmpty ? nil : Area(area: area, rows: rows)
        }
    }

    static func previousPositions(_ data: ReportData) -> [String: Int] {
        Dictionary(
            (data.previous?.positions ?? []).map { ($0.statement.key, $0.position) }, uniquingKeysWith: { a, _ in a })
    }

    static func proposals(_ data: ReportData) -> [Proposal] {
        SelfReflection.proposals(data.positions, previous: previousPositions(data)).map {
            Proposal(
                text: $0.statement.text, area: $0.statement.area,
                positionText: SelfReflection.scale[$0.position - 1])
        }
    }

    /// The sentence before the proposals; with fewer than two candidates it says so.
    static func proposalsIntro(count: Int) -> String {
        let below =
            "på ”\(SelfReflection.scale[SelfReflection.lastWorkingPosition])” eller närmare ”\(SelfReflection.scale[4])”"
        switch count {
        case 0:
            return
                "Inget påstående ligger \(below), så självreflektionen föreslår inga kandidater till nästa års prioriterade mål."
        case 1:
            return "Bara ett påstående ligger \(below). Det föreslås som kandidat till nästa års prioriterade mål:"
        default:
            return
                "Det som mest behöver utvecklas enligt självreflektionen, och därför föreslås som kandidater till nästa års prioriterade mål:"
        }
    }
}
