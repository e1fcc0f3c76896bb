import FCConfig

/// What a report file's survey and self-reflection refer to, resolved against the built-in sets.
extension ReportFile {
    /// The report's own questions, or the built-in ones.
    public var surveyQuestions: [SurveyQuestion] {
        guard let questions = survey?.questions, !questions.isEmpty else { return SurveyQuestions.builtIn }
        return questions.map { SurveyQuestion(key: $0.key.value, goal: $0.goal?.value ?? 1, text: $0.text.value) }
    }

    /// The catalogue with the report's own statements added.
    public var selfReflectionStatements: [SelfReflection.Statement] {
        SelfReflection.catalogue
            + (selfReflection?.statements ?? []).map {
                SelfReflection.Statement(key: $0.key.value, area: $0.area.value, text: $0.text.value)
            }
    }

    /// The CSV field separator the report names (`;`, `,`, `tab` or a tab character), or nil:
    /// then it is found from the file's header.
    public var surveyDelimiter: Character? {
        switch survey?.delimiter?.value {
        case ";"?: return ";"
        case ","?: return ","
        case "tab"?, "\t"?, "\\t"?: return "\t"
        default: return nil
        }
    }

    /// How the report says its survey file is to be read.
    public var surveySettings: SurveyFile.Settings {
        SurveyFile.Settings(
            delimiter: surveyDelimiter, sheet: survey?.sheet?.value,
            columns: Dictionary(
                (survey?.columns ?? []).map { ($0.key.value, $0.header.value) }, uniquingKeysWith: { first, _ in first }
            ),
            questions: surveyQuestions)
    }
}
