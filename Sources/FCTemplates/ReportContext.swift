import FCConfig
import FCDocument
import FCReport

/// The values the `verksamhetsberattelse` template sees: seed 004's "Mall – Verksamhetsberättelse
/// och plan", filled from a report, its survey and self-reflection, and last year's report.
public enum ReportContext {
    public static func title(for data: ReportData) -> String {
        "Verksamhetsberättelse och plan \(data.year) – \(data.centre.centre.name.value)"
    }

    public static func make(_ data: ReportData) -> [String: Any] {
        let report = data.report
        let previous = data.previous
        let nextYear = data.year + 1
        let due = data.centre.followUp.due
        return [
            "title": title(for: data),
            "centre": AgreementContext.centre(data.centre),
            "year": String(data.year),
            "next_year": String(nextYear),
            "previous_year": String(data.year - 1),
            "has_previous": previous != nil,
            "due_text": "den \(due.swedish) \(nextYear)",
            "catchment_area_paragraphs": AgreementContext.paragraphs(report.description.catchmentArea),
            "community_paragraphs": AgreementContext.paragraphs(report.description.community),
            "supervision_paragraphs": AgreementContext.paragraphs(report.description.supervision),
            "statistics": statistics(report, previous: previous?.report),
            "has_statistics": !statistics(report, previous: previous?.report).isEmpty,
            "main_goal_paragraphs": AgreementContext.paragraphs(report.goals.main),
            "goals": goals(data),
            "previous_priorities": report.previousPriorities.map {
                ["goal": $0.goal.value, "work": $0.work.value, "evaluation": $0.evaluation.value]
            },
            "has_previous_priorities": !report.previousPriorities.isEmpty,
            "quotes": report.quotes.map { ["text": $0.text.value, "gender": $0.gender?.value.rawValue ?? ""] },
            "has_quotes": !report.quotes.isEmpty,
            "has_survey": data.survey != nil,
            "survey_rows": surveyRows(data),
            "respondents_known": data.surveyRespondents != nil,
            "respondents_text": respondents(data),
            "minimum_answers_text": SwedishText.number(SurveyScale.minimumAnswers),
            "has_self_reflection": report.selfReflection != nil,
            "self_reflection_respondents_text": report.selfReflection?.respondents.map { String($0.value) } ?? "",
            "self_reflection_areas": selfReflectionAreas(data),
            "proposals": proposals(data),
            "proposals_intro": proposalsIntro(count: proposals(data).count),
            "analysis_paragraphs": AgreementContext.paragraphs(report.analysis),
            "priorities": report.priorities.map { ["goal": $0.goal.value, "evaluation": $0.evaluation.value] },
            "reflections_paragraphs": AgreementContext.paragraphs(report.reflections),
            "year_wheel": YearWheel.entries(for: nextYear, reportDue: due).map { entry in
                [
                    "month": YearWheel.monthNames[entry.month - 1].capitalized, "date_text": entry.dateText,
                    "when_text": whenText(entry),
                    "activity": entry.activity.text, "responsible": entry.activity.responsible,
                ]
            },
        ]
    }

    /// The statistics rows in the seed's order, with last year's figure and the change.
    static func statistics(_ report: ReportFile, previous: ReportFile?) -> [[String: String]] {
        StatisticRow.rows(report, previous: previous).map { row in
            [
                "label": row.label, "value_text": SwedishNumber.integer(row.value),
                "previous_text": row.previous.map(SwedishNumber.integer) ?? "–",
                "change_text": row.previous.map { signed(row.value - $0) } ?? "–",
            ]
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

    static func goals(_ data: ReportData) -> [[String: Any]] {
        let goals = data.report.goals
        let texts = [goals.accessible, goals.network, goals.participation, goals.support, goals.knowledge]
        return SurveyQuestions.goals.enumerated().map { index, title in
            ["number": String(index + 1), "title": title, "paragraphs": SwedishText.paragraphs(texts[index].value)]
        }
    }

    static func surveyRows(_ data: ReportData) -> [[String: String]] {
        guard let survey = data.survey else { return [] }
        let before = data.previous?.survey
        return zip(survey, SurveyQuestions.numbers(survey.map(\.question))).map { result, number in
            let previous = before?.first { $0.question.key == result.question.key }
            var change = "–"
            if let now = result.positiveShare, let then = previous?.positiveShare {
                change = percentagePoints(now - then)
            }
            return [
                "goal": String(result.question.goal),
                "number": number,
                "text": result.question.text,
                "respondents_text": String(result.respondents),
                "positive_text": result.positiveShare.map { SwedishNumber.percent($0) } ?? "för få svar",
                "mean_text": result.mean.map(SwedishNumber.oneDecimal) ?? "–",
                "previous_text": previous.map { $0.positiveShare.map { SwedishNumber.percent($0) } ?? "för få svar" }
                    ?? "–",
                "change_text": change,
            ]
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
    static func selfReflectionAreas(_ data: ReportData) -> [[String: Any]] {
        let before = previousPositions(data)
        var areas = SelfReflection.areas
        for position in data.positions where !areas.contains(position.statement.area) {
            areas.append(position.statement.area)
        }
        return areas.compactMap { area -> [String: Any]? in
            let rows = data.positions.filter { $0.statement.area == area }.map { position -> [String: Any] in
                [
                    "has_title": position.statement.title != nil,
                    "title": position.statement.title ?? "", "claim": position.statement.claim,
                    "position_text": SelfReflection.scale[position.position - 1],
                    "previous_text": before[position.statement.key].map { SelfReflection.scale[$0 - 1] } ?? "–",
                    "comment": position.comment ?? "",
                ]
            }
            return rows.isEmpty ? nil : ["area": area, "rows": rows]
        }
    }

    static func previousPositions(_ data: ReportData) -> [String: Int] {
        Dictionary(
            (data.previous?.positions ?? []).map { ($0.statement.key, $0.position) }, uniquingKeysWith: { a, _ in a })
    }

    static func proposals(_ data: ReportData) -> [[String: String]] {
        SelfReflection.proposals(data.positions, previous: previousPositions(data)).map {
            [
                "text": $0.statement.text, "area": $0.statement.area,
                "position_text": SelfReflection.scale[$0.position - 1],
            ]
        }
    }

    /// The sentence before the proposals; with fewer than two candidates it says so.
    static func proposalsIntro(count: Int) -> String {
        let below =
            "på \"\(SelfReflection.scale[SelfReflection.lastWorkingPosition])\" eller närmare \"\(SelfReflection.scale[4])\""
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
