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
            sink.note(.reportIsDraft, at: status.location)
        }
        if let year = report.year, !(2000...2100).contains(year.value) {
            sink.error(.yearOutOfRange(year.value), at: year.location)
        }
        if report.priorities.count != 2 {
            sink.error(.priorityCount(report.priorities.count), at: report.prioritiesLocation)
        }
        let statistics = report.statistics
        for figure in [
            statistics.visits, statistics.pregnantWomen, statistics.enrolledChildren,
            statistics.familiesSpecialSupport, statistics.parentGroups,
        ] + statistics.other.map(\.value) {
            if let figure, figure.value < 0 {
                sink.error(.negativeStatistic(figure.value), at: figure.location)
            }
        }
        if let survey = report.survey { checkSurvey(survey, questions: report.surveyQuestions, sink: sink) }
        if let reflection = report.selfReflection {
            checkSelfReflection(reflection, statements: report.selfReflectionStatements, sink: sink)
        }
    }

    static func checkSurvey(_ survey: SurveySource, questions: [SurveyQuestion], sink: DiagnosticSink) {
        if survey.file == nil && survey.counts.isEmpty {
            sink.error(.surveyWithoutSource, at: survey.location)
        }
        if let file = survey.file, !survey.counts.isEmpty {
            sink.error(.surveyGivenTwice, at: file.location)
        }
        if let sheet = survey.sheet, survey.file == nil {
            sink.error(.sheetWithoutFile, at: sheet.location)
        }
        if let delimiter = survey.delimiter, ![";", ",", "tab", "\t", "\\t"].contains(delimiter.value) {
            sink.error(.unsupportedDelimiter(delimiter.value), at: delimiter.location)
        }
        let keys = questions.map(\.key)
        var seenQuestions: Set<String> = []
        for question in survey.questions {
            if let goal = question.goal, !(1...5).contains(goal.value) {
                sink.error(.questionGoalOutOfRange(question.key.value, goal: goal.value), at: goal.location)
            }
            if !seenQuestions.insert(question.key.value).inserted {
                sink.error(.questionKeyTwice(question.key.value), at: question.key.location)
            }
        }
        for column in survey.columns where !keys.contains(column.key.value) {
            sink.error(
                .notAQuestion(
                    column.key.value, suggestion: Suggestion.closest(to: column.key.value, in: keys), questions: keys),
                at: column.key.location)
        }
        for entry in survey.counts {
            if !keys.contains(entry.key.value) {
                sink.error(
                    .notAQuestion(
                        entry.key.value, suggestion: Suggestion.closest(to: entry.key.value, in: keys), questions: keys),
                    at: entry.key.location)
            }
            if entry.counts.value.count != 5 || entry.counts.value.contains(where: { $0 < 0 }) {
                sink.error(.countsShape(entry.key.value), at: entry.counts.location)
            }
        }
    }

    static func checkSelfReflection(
        _ reflection: SelfReflectionInput, statements: [SelfReflection.Statement],
        sink: DiagnosticSink
    ) {
        if let respondents = reflection.respondents, respondents.value < 1 {
            sink.error(.tooFewRespondents(respondents.value), at: respondents.location)
        }
        var ownKeys: Set<String> = []
        for statement in reflection.statements {
            if SelfReflection.catalogue.contains(where: { $0.key == SelfReflection.currentKey(statement.key.value) }) {
                sink.error(.statementKeyTaken(statement.key.value), at: statement.key.location)
            } else if !ownKeys.insert(statement.key.value).inserted {
                sink.error(.statementKeyTwice(statement.key.value), at: statement.key.location)
            }
            if !statement.area.value.isEmpty, !SelfReflection.areas.contains(statement.area.value) {
                sink.warning(
                    .unknownArea(
                        statement.area.value,
                        suggestion: Suggestion.closest(to: statement.area.value, in: SelfReflection.areas),
                        areas: SelfReflection.areas), at: statement.area.location)
            }
        }
        let keys = statements.map(\.key).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var answered: Set<String> = []
        for answer in reflection.answers {
            let key = SelfReflection.currentKey(answer.statement.value)
            if key != answer.statement.value {
                sink.warning(.statementRenamed(answer.statement.value, current: key), at: answer.statement.location)
            }
            if !keys.contains(key) {
                // Old keys are candidates too, so a near-miss of one suggests the key it became.
                let near = Suggestion.closest(to: key, in: keys + SelfReflection.renamedKeys.keys.sorted()).map(
                    SelfReflection.currentKey)
                sink.error(.unknownStatement(key, suggestion: near), at: answer.statement.location)
            } else if !answered.insert(key).inserted {
                sink.error(.statementAnsweredTwice(key), at: answer.statement.location)
            }
            if let position = answer.position, !(1...5).contains(position.value) {
                sink.error(
                    .positionOffScale(
                        position.value, lowest: SelfReflection.scale[0], highest: SelfReflection.scale[4]),
                    at: position.location)
            }
        }
    }
}
