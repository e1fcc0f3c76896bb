import FCConfig
import FCDiff
import FCFrontEnd
import FCReport

/// One message (or more) of every kind, with values like the ones people's files give, for the
/// catalogue tests. A kind added to `MessageCode` gets its sample here.
enum MessageSamples {
    static let all: [Message] =
        general + yaml + file + keys + readers + survey + profile + rules + templates + rendering + commands + diff

    static let diff: [Message] = [
        .diffKindNotComparable("report"), .diffKindNotComparable("profile"),
        .diffDifferentKinds(old: "lugnvik-2025.yaml", oldKind: "centre", new: "lan.yaml", newKind: "county"),
        .diffFormatNotWritten("pdf", formats: ["odt", "docx", "html", "md"]),
        .diffChanged("samverkansavtal", old: "3F2A-91C0", new: "77B1-0D4E"),
        .diffUnchanged("samordningsfunktion", fingerprint: "3F2A-91C0"),
        .diffNotCompared(summary: .summary(errors: 2, warnings: 1, notes: 0)),
        .diffNoPreviousVersion,
        .diffUnknownFormat(formats: ["html", "odt", "docx", "md"]),
        .diffDocumentsUnchanged(["Samverkansavtal", "Samordningsfunktion"]),
    ]

    static let profile: [Message] = [
        .logoNotSVGOrPNG("logo.gif"), .logoUnreadable("logo.svg"),
        .logoTooLarge("logo.png", bytes: 2_000_000, maximum: 1_048_576), .logoBroken("logo.svg", svg: true),
        .logoBroken("logo.png", svg: false), .profileNotAProfile("vindeln.yaml"), .profileUnreadable("profil.yaml"),
        .profileHasErrors("profil.yaml"), .marginOutOfRange("top", centimetres: 0.5, range: 1...5),
        .fontNotInstalled("fonts.body", font: "Garamond"), .fontNotEmbeddable("fonts.body", font: "Garamond"),
        .fontCannotCheck("fonts.body", font: "Garamond"), .colourMalformed("colours.rules", value: "blå"),
        .colourTooLight("colours.headings", value: "#eeeeee", contrast: 1.2),
        .chartColoursTooMany(3), .chartColoursAlike("#1f5f4a", "#b5121b", given: true),
        .chartColoursAlike("#c55a11", "#e66101", given: false), .agreementDateInvalid("2026-13-01"),
        .referenceNotODTOrDOCX("mall.pdf"), .referenceUnreadable("mall.odt"), .referenceNotZIP("mall.docx"),
        .referenceWithoutStyles("mall.odt", part: "styles.xml"),
    ]

    static let general: [Message] = [
        .failed(reason: "Permission denied (13)")
    ]

    static let yaml: [Message] = [
        .yamlTab(line: 12, column: 1),
        .yamlIndentedMoreThanAbove(line: 30, indent: 6, above: 4),
        .yamlIndentation(line: 30, indent: 3, expected: 4),
        .yamlIndentation(line: 30, indent: 5, expected: 4),
        .yamlIndentation(line: 2, indent: 2, expected: 0),
        .yamlKeyGivenTwice("name"),
        .yamlKeyFirstGiven("name"),
        .yamlTextAfterQuote,
        .yamlListOnSameLine(key: "parties"),
        .yamlListOnSameLine(key: nil),
        .yamlReservedStart("@", quoted: "\"@familjecentralen\""),
        .yamlColonInText(written: "title: \"Mål: fler föräldrar\""),
        .yamlMissingDash(line: 14, key: "id", dashColumn: 3),
        .yamlSpaceAfterDash(item: "Öppen förskola"),
        .yamlNoDash(line: 9),
        .yamlMissingColon(after: "name", rest: "Familjecentralen Lugnvik"),
        .yamlNeitherKeyNorItem(line: 4),
        .yamlOddSpace(.noBreak, line: 3, column: 5),
        .yamlOddSpace(.narrowNoBreak, line: 3, column: 5),
        .yamlOddSpace(.other(code: "2009"), line: 3, column: 5),
        .yamlUnclosedQuote,
        .yamlMalformed("control characters are not allowed"),
        .yamlMalformed("a block mapping", problem: "could not find a value", line: 7, column: 3),
        .yamlDuplicateKeys(["name"]),
        .yamlDuplicateKeys(["name", "id"]),
    ]

    static let file: [Message] = [
        .fileNotFound, .fileUnreadable, .fileTooLarge(bytes: 2_500_000, maximum: 2_097_152), .fileNotUTF8,
        .yamlAnchor(isAlias: true), .yamlAnchor(isAlias: false), .yamlUnreadable("unexpected end of stream"),
        .fileEmpty, .fileNotAMapping(found: .list), .unknownFormatVersion("2"), .missingFormatVersion,
        .missingKind(kinds: ["centre", "county", "report"]),
        .unknownKind("centr", suggestion: "centre", kinds: ["centre", "county", "report"]),
        .unknownKind("x", suggestion: nil, kinds: ["centre", "county", "report"]),
        .outsideFolder("../hemlig.csv"),
    ]

    static let keys: [Message] = [
        .unknownKey("centre.municiplity", suggestion: "municipality", known: ["id", "name", "municipality"]),
        .unknownKey("centre.adress2", suggestion: nil, known: ["id", "name"]),
        .missingKey("centre.name", expected: .text),
        .missingKey("parties", expected: .list(of: Phrase(sv: "parter (huvudmän)", en: "parties (huvudmän)"))),
        .missingKey("centre", expected: .mapping(keys: ["id", "name"])),
        .emptyValue("coordinator.term_years", expected: .wholeNumber),
        .notAMapping("centre", found: .text("Lugnvik")),
        .textTooLong("analysis", length: 25_000, maximum: 20_000),
        .notText("centre.name", found: .mapping, colon: nil),
        .notText(
            "centre.name", found: .mapping,
            colon: .init(shown: "Familjecentralen: Lugnvik", written: "name: \"Familjecentralen: Lugnvik\"")),
        .itemNotText("duties[2]", found: .nothing, colon: nil),
        .notWholeNumber("year", found: .value("tjugo")),
        .notANumber("coordinator.scope_percent", found: .value("hälften")),
        .unknownChoice("parties[1].type", value: "kommunn", suggestion: "kommun", choices: ["region", "kommun"]),
        .notAList("signatories", of: Phrase(sv: "personer som skriver under", en: "signatories"), found: .alias),
        .emptyList("parties", of: Phrase(sv: "parter (huvudmän)", en: "parties (huvudmän)")),
        .textCutByComment(
            "centre.name", tail: "Familjecentralen", kept: "Lugnvik", written: "name: \"Familjecentralen #Lugnvik\""),
    ]

    static let readers: [Message] = [
        .notAServiceName("parties[1].services[2]", found: .mapping),
        .unknownService("barnhalsovard", under: nil, suggestion: "barnhälsovård", known: ["mödrahälsovård"]),
        .unknownService("bvc", under: "responsibilities", suggestion: nil, known: ["mödrahälsovård"]),
        .responsibilitiesNotAMapping(found: .list),
        .coordinatorTasksEmpty,
        .coordinatorTasksWrong(found: .value("alla")),
        .surveyColumnNotText(question: "q1"),
        .surveyColumnsNotAMapping,
        .surveyCountsNotNumbers(question: "q1"),
        .surveyCountsNotAMapping,
    ]

    static let survey: [Message] = [
        .surveyNotFound, .surveyTooLarge(bytes: 9_000_000, maximum: 8_388_608), .surveyNotUTF8, .surveyEmpty,
        .surveyNoAnswers,
        .surveyDelimiterMismatch(said: ";", found: "\t", written: "tab"),
        .surveyDelimiterMismatch(said: "\t", found: ",", written: "\",\""),
        .surveyUnclosedQuote,
        .surveyFieldCount(4, header: 5, delimiter: ";"),
        .surveyNotAnAnswer("kanske", labels: ["Instämmer helt", "Instämmer inte alls"]),
        .surveyColumnMatchesQuestions(
            "Jag känner mig välkommen",
            questions: [.init(key: "q1", text: "Välkommen"), .init(key: "q2", text: "Välkommen")]),
        .surveyColumnNameTwice("q1", first: 2, again: 5, meant: "q3"),
        .surveyQuestionTwice("Jag känner mig välkommen", question: "q1", first: 2, again: 5, meant: nil),
        .surveyColumnAlsoNamed(column: 2, name: "q1"),
        .surveyColumnAlsoQuestion(column: 2, question: "q1"),
        .surveyColumnNotCounted("Vad tycker du om fikat?"),
        .surveyColumnNotAQuestion(
            "Jag känner mig välkommen till familjece…", nearest: .init(key: "mal1b", text: "Jag känner mig välkommen"),
            mapped: "Jag känner mig välkommen till familjecentralen"),
        .surveyNoColumn("q3", question: "q3", suggestion: "q33", header: .init(shown: ["Id", "q1"], total: 2)),
        .surveyNoColumns(
            for: [(name: "q3", suggestion: nil), (name: "q4", suggestion: "q44")],
            header: .init(shown: ["Id", "q1"], total: 14)),
        .surveyNoColumnsForMany(
            ["q1", "q2", "q3", "q4"], example: "q1: \"Fråga 1\"", header: .init(shown: ["Id"], total: 1)),
        .workbookNoSheet("Svaren", suggestion: "Svar", sheets: ["Svar", "Blad2"]),
        .workbookNoSheets, .workbookSheetMissing("Svar"), .workbookDamaged, .workbookUnopenable, .workbookNotExcel,
        .workbookTooLarge(mebibytes: 64), .workbookSheetEmpty("Svar"),
        .workbookValueBeyondHeader(column: "F", last: "E"),
    ]
}
