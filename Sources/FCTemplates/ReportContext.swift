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
        let due = data.centre.followUp.reportDueDay
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
            "respondents_text": respondents(data.survey),
            "minimum_answers_text": SwedishText.number(SurveyScale.minimumAnswers),
            "has_self_reflection": report.selfReflection != nil,
            "self_reflection_respondents_text": report.selfReflection?.respondents.map { String($0.value) } ?? "",
            "self_reflection_rows": selfReflectionRows(data),
            "proposals": proposals(data),
            "has_proposals": !proposals(data).isEmpty,
            "analysis_paragraphs": AgreementContext.paragraphs(report.analysis),
            "priorities": report.priorities.map { ["goal": $0.goal.value, "evaluation": $0.evaluation.value] },
            "reflections_paragraphs": AgreementContext.paragraphs(report.reflections),
            "year_wheel": YearWheel.entries(for: nextYear).map { entry in
                [
                    "month": YearWheel.monthNames[entry.month - 1].capitalized, "date_text": entry.dateText,
                    "activity": entry.activity.text, "responsible": entry.activity.responsible,
                ]
            },
        ]
    }

    /// The statistics rows in the seed's order, with last year's figure and the change.
    static func statistics(_ report: ReportFile, previous: ReportFile?) -> [[String: String]] {
        func row(_ label: String, _ value: Int?, _ before: Int?) -> [String: String]? {
            guard let value else { return nil }
            return ["label": label, "value_text": SwedishNumber.integer(value),
                    "previous_text": before.map(SwedishNumber.integer) ?? "–",
                    "change_text": before.map { signed(value - $0) } ?? "–"]
        }
        let now = report.statistics
        let before = previous?.statistics
        var rows = [
            row("Besök", now.visits?.value, before?.visits?.value),
            row("Gravida", now.pregnantWomen?.value, before?.pregnantWomen?.value),
            row("Inskrivna barn", now.enrolledChildren?.value, before?.enrolledChildren?.value),
            row("Familjer i behov av särskilt stöd där två eller fler professioner samarbetat kring tidiga insatser",
                now.familiesSpecialSupport?.value, before?.familiesSpecialSupport?.value),
            row("Föräldragrupper", now.parentGroups?.value, before?.parentGroups?.value),
        ]
        for figure in now.other {
            let earlier = before?.other.first { $0.label.value == figure.label.value }?.value?.value
            rows.append(row(figure.label.value, figure.value?.value, earlier))
        }
        return rows.compactMap { $0 }
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
        return survey.map { result in
            let previous = before?.first { $0.question.key == result.question.key }
            var change = "–"
            if let now = result.positiveShare, let then = previous?.positiveShare {
                let points = Int((now - then).rounded())
                change = points == 0 ? "±0" : (points > 0 ? "+" : "−") + "\(abs(points))"
            }
            return [
                "goal": String(result.question.goal),
                "text": result.question.text,
                "respondents_text": String(result.respondents),
                "positive_text": result.positiveShare.map { SwedishNumber.percent($0) } ?? "för få svar",
                "mean_text": result.mean.map { SwedishNumber.decimal($0, decimals: 1) } ?? "–",
                "previous_text": previous.map { $0.positiveShare.map { SwedishNumber.percent($0) } ?? "för få svar" } ?? "–",
                "change_text": change,
            ]
        }
    }

    static func respondents(_ survey: [QuestionResult]?) -> String {
        guard let most = survey?.map(\.respondents).max() else { return "" }
        return SwedishNumber.integer(most)
    }

    static func selfReflectionRows(_ data: ReportData) -> [[String: String]] {
        let before = Dictionary((data.previous?.positions ?? []).map { ($0.statement.key, $0.position) },
                                uniquingKeysWith: { a, _ in a })
        return data.positions.map { position in
            [
                "area": position.statement.area, "text": position.statement.text,
                "position_text": SelfReflection.scale[position.position - 1],
                "previous_text": before[position.statement.key].map { SelfReflection.scale[$0 - 1] } ?? "–",
                "comment": position.comment ?? "",
            ]
        }
    }

    static func proposals(_ data: ReportData) -> [[String: String]] {
        let before = Dictionary((data.previous?.positions ?? []).map { ($0.statement.key, $0.position) },
                                uniquingKeysWith: { a, _ in a })
        return SelfReflection.proposals(data.positions, previous: before).map {
            ["text": $0.statement.text, "area": $0.statement.area, "position_text": SelfReflection.scale[$0.position - 1]]
        }
    }
}
