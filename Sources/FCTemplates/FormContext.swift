import FCConfig
import FCReport

/// The values of the blank forms printed for filling in by hand: the self-reflection (Bilaga 4,
/// with Bilaga 5's instructions) and the parent survey, from the same catalogues the reports use.
/// Given a centre file (and a year), the form names them; otherwise it has lines to write them on.
public enum FormContext {
    /// Bilaga 4's heading, as the seed writes it.
    public static let selfReflectionTitle = "Självreflektion för dig/ er som personal på Familjecentralen"
    public static let parentSurveyTitle = "Föräldraenkät"

    public static func selfReflection(centre: CentreFile? = nil, year: Int? = nil) -> [String: Any] {
        var context = heading(centre: centre, year: year)
        context["title"] = selfReflectionTitle
        context["scale"] = SelfReflection.scale.enumerated().map { ["number": String($0 + 1), "label": $1] }
        context["areas"] = SelfReflection.areas.map { area in
            [
                "area": area,
                "statements": SelfReflection.catalogue.filter { $0.area == area }.map {
                    ["title": $0.title ?? "", "claim": $0.claim]
                },
            ] as [String: Any]
        }
        return context
    }

    public static func parentSurvey(centre: CentreFile? = nil, year: Int? = nil) -> [String: Any] {
        var context = heading(centre: centre, year: year)
        context["title"] = parentSurveyTitle + (year.map { " \($0)" } ?? "")
        // "helt", "till stor del", …: the table's header reads "jag instämmer: helt".
        context["scale"] = SurveyScale.labels.reversed().map { label in
            label.hasPrefix("Instämmer ") ? String(label.dropFirst("Instämmer ".count)) : label
        }
        context["minimum_answers_text"] = SwedishText.number(SurveyScale.minimumAnswers)
        let numbered = zip(SurveyQuestions.builtIn, SurveyQuestions.numbers(SurveyQuestions.builtIn))
        context["goals"] = SurveyQuestions.goals.enumerated().map { index, goal in
            [
                "number": String(index + 1), "goal": goal,
                // "2a": as the report's table and charts name the question.
                "questions": numbered.filter { $0.0.goal == index + 1 }.map { ["number": $0.1, "text": $0.0.text] },
            ] as [String: Any]
        }
        return context
    }

    /// The centre's name and the year, or blanks to fill in.
    static func heading(centre: CentreFile?, year: Int?) -> [String: Any] {
        [
            "has_centre": centre != nil,
            "centre_name": centre?.centre.name.value ?? "",
            "has_year": year != nil,
            "year": year.map(String.init) ?? "",
        ]
    }
}
