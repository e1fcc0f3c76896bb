/// Every kind of message fcdoc says, with its stable code (`area.kind`). A kind is added here
/// when its factory is added to the catalogue; the catalogue tests check that every kind has
/// a sample with a Swedish text of its own.
public enum MessageCode: String, Sendable, Hashable, Codable, CaseIterable {
    // General
    case failed = "general.failed"


    // YAML that cannot be read
    case yamlTab = "yaml.tab"
    case yamlIndentedMoreThanAbove = "yaml.indented-more-than-above"
    case yamlIndentation = "yaml.indentation"
    case yamlKeyGivenTwice = "yaml.key-given-twice"
    case yamlKeyFirstGiven = "yaml.key-first-given"
    case yamlTextAfterQuote = "yaml.text-after-quote"
    case yamlListOnSameLine = "yaml.list-on-same-line"
    case yamlReservedStart = "yaml.reserved-start"
    case yamlColonInText = "yaml.colon-in-text"
    case yamlMissingDash = "yaml.missing-dash"
    case yamlSpaceAfterDash = "yaml.space-after-dash"
    case yamlNoDash = "yaml.no-dash"
    case yamlMissingColon = "yaml.missing-colon"
    case yamlNeitherKeyNorItem = "yaml.neither-key-nor-item"
    case yamlOddSpace = "yaml.odd-space"
    case yamlUnclosedQuote = "yaml.unclosed-quote"
    case yamlMalformed = "yaml.malformed"
    case yamlMalformedAt = "yaml.malformed-at"
    case yamlDuplicateKeys = "yaml.duplicate-keys"

    // Config files as files
    case fileNotFound = "file.not-found"
    case fileUnreadable = "file.unreadable"
    case fileTooLarge = "file.too-large"
    case fileNotUTF8 = "file.not-utf8"
    case fileEmpty = "file.empty"
    case fileNotAMapping = "file.not-a-mapping"
    case yamlAnchor = "yaml.anchor"
    case yamlUnreadable = "yaml.unreadable"
    case unknownFormatVersion = "file.unknown-format-version"
    case missingFormatVersion = "file.missing-format-version"
    case missingKind = "file.missing-kind"
    case unknownKind = "file.unknown-kind"
    case outsideFolder = "file.outside-folder"

    // Keys and values
    case unknownKey = "config.unknown-key"
    case missingKey = "config.missing-key"
    case emptyValue = "config.empty-value"
    case notAMapping = "config.not-a-mapping"
    case textTooLong = "config.text-too-long"
    case notText = "config.not-text"
    case itemNotText = "config.item-not-text"
    case notWholeNumber = "config.not-whole-number"
    case notANumber = "config.not-a-number"
    case unknownChoice = "config.unknown-choice"
    case notAList = "config.not-a-list"
    case emptyList = "config.empty-list"
    case textCutByComment = "config.text-cut-by-comment"

    // Centre and report files
    case notAServiceName = "centre.not-a-service-name"
    case unknownService = "centre.unknown-service"
    case responsibilitiesNotAMapping = "centre.responsibilities-not-a-mapping"
    case coordinatorTasksEmpty = "centre.coordinator-tasks-empty"
    case coordinatorTasksWrong = "centre.coordinator-tasks-wrong"
    case surveyColumnNotText = "report.survey-column-not-text"
    case surveyColumnsNotAMapping = "report.survey-columns-not-a-mapping"
    case surveyCountsNotNumbers = "report.survey-counts-not-numbers"
    case surveyCountsNotAMapping = "report.survey-counts-not-a-mapping"

    // Survey exports (CSV, Excel)
    case surveyNotFound = "survey.not-found"
    case surveyTooLarge = "survey.too-large"
    case surveyNotUTF8 = "survey.not-utf8"
    case surveyEmpty = "survey.empty"
    case surveyNoAnswers = "survey.no-answers"
    case surveyDelimiterMismatch = "survey.delimiter-mismatch"
    case surveyUnclosedQuote = "survey.unclosed-quote"
    case surveyFieldCount = "survey.field-count"
    case surveyNotAnAnswer = "survey.not-an-answer"
    case surveyColumnMatchesQuestions = "survey.column-matches-questions"
    case surveyColumnNameTwice = "survey.column-name-twice"
    case surveyQuestionTwice = "survey.question-twice"
    case surveyColumnAlsoNamed = "survey.column-also-named"
    case surveyColumnAlsoQuestion = "survey.column-also-question"
    case surveyColumnNotCounted = "survey.column-not-counted"
    case surveyColumnNotAQuestion = "survey.column-not-a-question"
    case surveyNoColumn = "survey.no-column"
    case surveyNoColumns = "survey.no-columns"
    case surveyNoColumnsForMany = "survey.no-columns-for-many"
    case workbookNoSheet = "survey.workbook-no-sheet"
    case workbookNoSheets = "survey.workbook-no-sheets"
    case workbookSheetMissing = "survey.workbook-sheet-missing"
    case workbookDamaged = "survey.workbook-damaged"
    case workbookUnopenable = "survey.workbook-unopenable"
    case workbookNotExcel = "survey.workbook-not-excel"
    case workbookTooLarge = "survey.workbook-too-large"
    case workbookSheetEmpty = "survey.workbook-sheet-empty"
    case workbookValueBeyondHeader = "survey.workbook-value-beyond-header"

    /// TRANSITIONAL (issue 20): an English-only message not yet in the catalogue.
    case untranslated
}
