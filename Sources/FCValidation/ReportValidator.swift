import FCConfig
import FCReport

/// The rules a report file must meet on its own; the centre it names and the survey CSV are
/// checked where they are loaded (`ReportLoader`).
public enum ReportValidator {
    /// - Parameters:
    ///   - report: the loaded report file.
    ///   - strict: personal data in free text is an error, not a warning.
    ///   - sink: where every problem goes.
    public static func validate(_ report: ReportFile, strict: Bool = false, into sink: DiagnosticSink) {
        PrivacyScanner.check(FreeText.of(report), strict: strict, into: sink)
        if let status = report.declaredStatus, status.value == .draft {
            sink.note(
                "this report is a draft (status: utkast), so the county roll-up leaves it out; "
                    + "write 'status: inlämnad' when the centre hands it in", at: status.location)
        }
        if let year = report.year, !(2000...2100).contains(year.value) {
            sink.error("year is \(year.value); expected a year from 2000 to 2100", at: year.location)
        }
        if report.priorities.count != 2 {
            sink.error(
                "'priorities' has \(report.priorities.count) goal(s); the plan names exactly two priority goals for the coming year",
                at: report.prioritiesLocation)
        }
        let statistics = report.statistics
        for figure in [
            statistics.visits, statistics.pregnantWomen, statistics.enrolledChildren,
            statistics.familiesSpecialSupport, statistics.parentGroups,
        ] + statistics.other.map(\.value) {
            if let figure, figure.value < 0 {
                sink.error("a statistic cannot be negative (\(figure.value))", at: figure.location)
            }
        }
        if let survey = report.survey { checkSurvey(survey, questions: report.surveyQuestions, sink: sink) }
        if let reflection = report.selfReflection {
            checkSelfReflection(reflection, statements: report.selfReflectionStatements, sink: sink)
        }
    }

    static func checkSurvey(_ survey: SurveySource, questions: [SurveyQuestion], sink: DiagnosticSink) {
        if survey.file == nil && survey.counts.isEmpty {
            sink.error(
                "'survey' needs either 'file' (a CSV or Excel export) or 'counts' (answers counted beforehand)",
                at: survey.location)
        }
        if let file = survey.file, !survey.counts.isEmpty {
            sink.error("give the survey either as 'file' or as 'counts', not both", at: file.location)
        }
        if let sheet = survey.sheet, survey.file == nil {
            sink.error(
                "'sheet' names a sheet of the survey's workbook; give the workbook as 'file'", at: sheet.location)
        }
        if let delimiter = survey.delimiter, ![";", ",", "tab", "\t", "\\t"].contains(delimiter.value) {
            sink.error(
                "delimiter '\(delimiter.value)' is not supported; write ';', ',' or tab (or leave it out: "
                    + "fcdoc then finds it from the file's first line)", at: delimiter.location)
        }
        let keys = questions.map(\.key)
        var seenQuestions: Set<String> = []
        for question in survey.questions {
            if let goal = question.goal, !(1...5).contains(goal.value) {
                sink.error(
                    "question '\(question.key.value)' belongs to goal \(goal.value); expected goal 1 to 5",
                    at: goal.location)
            }
            if !seenQuestions.insert(question.key.value).inserted {
                sink.error("question key '\(question.key.value)' is used twice", at: question.key.location)
            }
        }
        for column in survey.columns where !keys.contains(column.key.value) {
            sink.error(
                "'\(column.key.value)' is not a question\(Suggestion.hint(for: column.key.value, in: keys)); the questions are: "
                    + keys.joined(separator: ", "), at: column.key.location)
        }
        for entry in survey.counts {
            if !keys.contains(entry.key.value) {
                sink.error(
                    "'\(entry.key.value)' is not a question\(Suggestion.hint(for: entry.key.value, in: keys)); the questions are: "
                        + keys.joined(separator: ", "), at: entry.key.location)
            }
            if entry.counts.value.count != 5 || entry.counts.value.contains(where: { $0 < 0 }) {
                sink.error(
                    "counts for '\(entry.key.value)' must be 5 whole numbers ≥ 0, from \"Instämmer helt\" to \"Instämmer inte alls\"",
                    at: entry.counts.location)
            }
        }
    }

    static func checkSelfReflection(
        _ reflection: SelfReflectionInput, statements: [SelfReflection.Statement],
        sink: DiagnosticSink
    ) {
        if let respondents = reflection.respondents, respondents.value < 1 {
            sink.error("respondents is \(respondents.value); expected at least 1", at: respondents.location)
        }
        var ownKeys: Set<String> = []
        for statement in reflection.statements {
            if SelfReflection.catalogue.contains(where: { $0.key == SelfReflection.currentKey(statement.key.value) }) {
                sink.error(
                    "'\(statement.key.value)' is already a statement of Bilaga 4; choose another key for your own",
                    at: statement.key.location)
            } else if !ownKeys.insert(statement.key.value).inserted {
                sink.error("statement key '\(statement.key.value)' is used twice", at: statement.key.location)
            }
            if !statement.area.value.isEmpty, !SelfReflection.areas.contains(statement.area.value) {
                sink.warning(
                    "area '\(statement.area.value)' is not one of Bilaga 4's\(Suggestion.hint(for: statement.area.value, in: SelfReflection.areas)): "
                        + SelfReflection.areas.joined(separator: ", "), at: statement.area.location)
            }
        }
        let keys = statements.map(\.key).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var answered: Set<String> = []
        for answer in reflection.answers {
            let key = SelfReflection.currentKey(answer.statement.value)
            if key != answer.statement.value {
                sink.warning(
                    "statement key '\(answer.statement.value)' is misspelt and was renamed; write '\(key)'",
                    at: answer.statement.location)
            }
            if !keys.contains(key) {
                // Old keys are candidates too, so a near-miss of one suggests the key it became.
                let near = Suggestion.closest(to: key, in: keys + SelfReflection.renamedKeys.keys.sorted()).map(
                    SelfReflection.currentKey)
                sink.error(
                    "unknown statement '\(key)'\(near.map { " (did you mean '\($0)'?)" } ?? ""); use a key that 'fcdoc statements' lists or one of the report's own 'statements'",
                    at: answer.statement.location)
            } else if !answered.insert(key).inserted {
                sink.error("statement '\(key)' is answered twice", at: answer.statement.location)
            }
            if let position = answer.position, !(1...5).contains(position.value) {
                sink.error(
                    "position \(position.value) is off the scale; expected 1 (\(SelfReflection.scale[0])) to 5 (\(SelfReflection.scale[4]))",
                    at: position.location)
            }
        }
    }
}
