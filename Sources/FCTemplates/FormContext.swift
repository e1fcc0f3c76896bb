import FCReport

/// The values of the blank forms printed for filling in by hand: the self-reflection (Bilaga 4,
/// with Bilaga 5's instructions) and the parent survey, from the same catalogues the reports use.
public enum FormContext {
    public static let selfReflectionTitle = "Självreflektion för dig/er som personal på familjecentralen"
    public static let parentSurveyTitle = "Föräldraenkät"

    public static func selfReflection() -> [String: Any] {
        [
            "title": selfReflectionTitle,
            "scale": SelfReflection.scale,
            "areas": SelfReflection.areas.compactMap { area -> [String: Any]? in
                let statements = SelfReflection.catalogue.filter { $0.area == area }.map(\.text)
                return statements.isEmpty ? nil : ["area": area, "statements": statements]
            },
            "empty_areas_text": SelfReflection.areas.filter { area in
                !SelfReflection.catalogue.contains { $0.area == area }
            }.joined(separator: ", "),
        ]
    }

    public static func parentSurvey() -> [String: Any] {
        [
            "title": parentSurveyTitle,
            "scale": SurveyScale.labels.reversed().map { $0 },
            "goals": SurveyQuestions.goals.enumerated().map { index, goal in
                [
                    "number": String(index + 1), "goal": goal,
                    "questions": SurveyQuestions.builtIn.filter { $0.goal == index + 1 }.map(\.text),
                ] as [String: Any]
            },
        ]
    }
}
