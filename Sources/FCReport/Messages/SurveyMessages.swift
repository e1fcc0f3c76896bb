import FCConfig

/// What fcdoc says about a survey export (CSV or Excel workbook) it reads for a report.
extension Message {
    /// A field separator as each language names it: `tabs`/`tabbtecken`, `';'`/`”;”`.
    private static func separator(_ delimiter: Character) -> (sv: String, en: String) {
        delimiter == "\t" ? ("tabbtecken", "tabs") : (Wording.quoted(String(delimiter)), "'\(delimiter)'")
    }

    public static let surveyNotFound = Message(
        .surveyNotFound, sv: "enkätfilen går inte att läsa (finns den?)",
        en: "cannot read the survey file (does it exist?)")

    public static func surveyTooLarge(bytes: Int, maximum: Int) -> Message {
        Message(
            .surveyTooLarge,
            sv: "enkätfilen är \(Wording.number(bytes)) byte, men fcdoc läser högst \(Wording.number(maximum)) byte",
            en: "the survey file is \(bytes) bytes; at most \(maximum) bytes are read")
    }

    public static let surveyNotUTF8 = Message(
        .surveyNotUTF8,
        sv: "enkätfilen är inte sparad som UTF-8-text: exportera den som ”CSV UTF-8” (Excel: Spara som → CSV UTF-8) "
            + "eller som en Excel-arbetsbok (.xlsx)",
        en: "the survey file is not UTF-8 text; export it as \"CSV UTF-8\" (Excel: Spara som → CSV UTF-8) "
            + "or as an Excel workbook (.xlsx)")

    public static let surveyEmpty = Message(
        .surveyEmpty,
        sv: "enkätfilen är tom: exportera enkäten igen, med rubrikraden och en rad för varje person som har svarat",
        en: "the survey file is empty; export the survey again, with its header row and one row per respondent")

    public static let surveyNoAnswers = Message(
        .surveyNoAnswers,
        sv: "enkäten har inga svar: filen har en rubrikrad men inga rader med svar; exportera den igen när "
            + "föräldrarna har svarat",
        en: "the survey has no answers: the file has its header but no rows; export it again after parents have "
            + "answered")

    /// The header does not use the separator `survey.delimiter` names, but `found`.
    public static func surveyDelimiterMismatch(said: Character, found: Character, written: String) -> Message {
        let (said, used) = (separator(said), separator(found))
        return Message(
            .surveyDelimiterMismatch,
            sv: "rubrikraden är inte uppdelad med \(said.sv) som ”survey.delimiter” säger, utan verkar använda "
                + "\(used.sv): skriv \(Wording.quoted("delimiter: \(written)")) eller ta bort raden",
            en: "the header is not separated by \(said.en) as 'survey.delimiter' says, but seems to use \(used.en); "
                + "write 'delimiter: \(written)' or leave the line out")
    }

    public static let surveyUnclosedQuote = Message(
        .surveyUnclosedQuote,
        sv: "ett citattecken (\") börjar här men avslutas aldrig, så resten av filen läses som ett enda fält: "
            + "avsluta det eller ta bort det",
        en: "a quote (\") opened here is never closed, so the rest of the file is read as one field; "
            + "close it or remove it")

    public static func surveyFieldCount(_ count: Int, header: Int, delimiter: Character) -> Message {
        let name = separator(delimiter)
        return Message(
            .surveyFieldCount,
            sv: "den här raden har \(count) fält, men rubrikraden har \(header) (saknas det ett \(name.sv), finns "
                + "det ett för mycket, eller är ett citattecken inte avslutat?)",
            en: "this row has \(count) fields; the header has \(header) (is a \(name.en) missing or extra, or a quote "
                + "unclosed?)")
    }

    /// A cell that is no answer on the survey's scale; `labels` are the scale's words.
    public static func surveyNotAnAnswer(_ text: String, labels: [String]) -> Message {
        Message(
            .surveyNotAnAnswer,
            sv: "\(Wording.quoted(text)) är inget svar som går att räkna: här ska det stå 1–5 eller ett av "
                + "\(Wording.quotedList(labels)), eller inget alls (eller Vet ej)",
            en: "'\(text)' is not an answer; expected 1–5 or one of: \(Wording.list(labels)) (or empty / Vet ej)")
    }

    // MARK: - The header

    /// The header's first cells as a message shows them (each shortened), and how many it has.
    public struct HeaderCells: Sendable, Hashable {
        public let shown: [String]
        public let total: Int

        public init(shown: [String], total: Int) {
            self.shown = shown
            self.total = total
        }

        var sv: String {
            Wording.quotedList(shown) + (total > shown.count ? ", … (\(total) kolumner i allt)" : "")
        }

        var en: String {
            Wording.list(shown) + (total > shown.count ? ", … (\(total) columns in all)" : "")
        }
    }

    /// A question of the survey (its key and text) as a message names it.
    public struct QuestionName: Sendable, Hashable {
        public let key: String
        public let text: String

        public init(key: String, text: String) {
            self.key = key
            self.text = text
        }
    }

    public static func surveyColumnMatchesQuestions(_ header: String, questions: [QuestionName]) -> Message {
        Message(
            .surveyColumnMatchesQuestions,
            sv: "kolumnen \(Wording.quoted(header)) passar in på \(questions.count) frågor, "
                + questions.map { "\($0.key) \(Wording.quoted($0.text))" }.joined(separator: " och ")
                + ": ge frågorna olika texter under ”survey.questions”, eller koppla kolumnen till en av dem under "
                + "”survey.columns”",
            en: "the column '\(header)' matches \(questions.count) questions, "
                + questions.map { "\($0.key) '\($0.text)'" }.joined(separator: " and ")
                + "; give them different texts under 'survey.questions', or map the column to one of them under "
                + "'survey.columns'")
    }

    /// Two columns of the header with one name; `meant` is a question without a column that
    /// the second seems meant to be.
    public static func surveyColumnNameTwice(_ name: String, first: Int, again: Int, meant: String?) -> Message {
        Message(
            .surveyColumnNameTwice,
            sv: "kolumnnamnet \(Wording.quoted(name)) står två gånger i rubrikraden, som kolumn \(first) och kolumn "
                + "\(again): byt namn på en av dem"
                + (meant.map { " (ska den här vara \(Wording.quoted($0))?)" } ?? ""),
            en: "the column name '\(name)' is in the header twice, as column \(first) and column \(again); rename one "
                + "of them" + (meant.map { " (is this one meant to be '\($0)'?)" } ?? ""))
    }

    /// Two columns that are one question (by its key and by its text, say).
    public static func surveyQuestionTwice(_ name: String, question: String, first: Int, again: Int, meant: String?)
        -> Message
    {
        Message(
            .surveyQuestionTwice,
            sv: "kolumnen \(Wording.quoted(name)) är fråga \(question) en gång till, som kolumn \(first) och kolumn "
                + "\(again): byt namn på en av dem eller ta bort den"
                + (meant.map { " (ska den här vara \(Wording.quoted($0))?)" } ?? ""),
            en: "the column '\(name)' is question \(question) again, as column \(first) and column \(again); rename "
                + "or remove one of them" + (meant.map { " (is this one meant to be '\($0)'?)" } ?? ""))
    }

    public static func surveyColumnAlsoNamed(column: Int, name: String) -> Message {
        Message(
            .surveyColumnAlsoNamed, sv: "kolumn \(column) heter också \(Wording.quoted(name))",
            en: "column \(column) is also named '\(name)'")
    }

    public static func surveyColumnAlsoQuestion(column: Int, question: String) -> Message {
        Message(
            .surveyColumnAlsoQuestion, sv: "kolumn \(column) är också fråga \(question)",
            en: "column \(column) is also question \(question)")
    }

    public static func surveyColumnNotCounted(_ header: String) -> Message {
        Message(
            .surveyColumnNotCounted,
            sv: "kolumnen \(Wording.quoted(header)) är inte en av enkätens frågor, så den räknas inte: lägg till den "
                + "under ”survey.questions” om den ska räknas",
            en: "the column '\(header)' is not one of the survey's questions, so it is not counted; add it under "
                + "'survey.questions' if it should be")
    }

    /// A header written as a question that is none of the survey's; `nearest` is the closest
    /// question without a column, `mapped` the header as `survey.columns` would name it.
    public static func surveyColumnNotAQuestion(_ header: String, nearest: QuestionName, mapped: String) -> Message {
        Message(
            .surveyColumnNotAQuestion,
            sv: "kolumnen \(Wording.quoted(header)) är inte en av enkätens frågor; närmast är \(nearest.key) "
                + "\(Wording.quoted(nearest.text)). Skriv frågan så som formuläret skriver den (fcdoc form "
                + "parent-survey), eller koppla kolumnen till frågan under ”survey.columns” (till exempel "
                + "\(nearest.key): \"\(mapped)\")",
            en: "the column '\(header)' is not one of the survey's questions; the nearest is \(nearest.key) "
                + "'\(nearest.text)'. Write the question as the form prints it (fcdoc form parent-survey), or map the "
                + "column under 'survey.columns' (e.g. \(nearest.key): \"\(mapped)\")")
    }

    public static func surveyNoColumn(_ name: String, question: String, suggestion: String?, header: HeaderCells)
        -> Message
    {
        Message(
            .surveyNoColumn,
            sv: "det finns ingen kolumn \(Wording.quoted(name)) för fråga \(question)\(Hint.sv(suggestion)); "
                + "rubrikraden har: \(header.sv)",
            en: "no column '\(name)' for question \(question)\(Hint.en(suggestion)); the header has: \(header.en)")
    }

    /// A few questions without a column, each by its name and a near column name if one is.
    public static func surveyNoColumns(for questions: [(name: String, suggestion: String?)], header: HeaderCells)
        -> Message
    {
        Message(
            .surveyNoColumns,
            sv: "rubrikraden har ingen kolumn för \(questions.count) frågor: "
                + questions.map { Wording.quoted($0.name) + Hint.sv($0.suggestion) }.joined(separator: ", ")
                + "; rubrikraden har: \(header.sv)",
            en: "the header has no column for \(questions.count) questions: "
                + questions.map { "'\($0.name)'" + Hint.en($0.suggestion) }.joined(separator: ", ")
                + "; the header has: \(header.en)")
    }

    /// Many questions without a column: most likely the survey tool's own names; `example` is a
    /// line of `survey.columns` for the first.
    public static func surveyNoColumnsForMany(_ names: [String], example: String, header: HeaderCells) -> Message {
        Message(
            .surveyNoColumnsForMany,
            sv: "rubrikraden har ingen kolumn för \(names.count) av frågorna (\(Wording.list(names))): ge kolumnerna "
                + "frågornas nycklar eller texter som namn, eller koppla varje fråga till sin kolumn under "
                + "”survey.columns” (till exempel \(example)); rubrikraden har: \(header.sv)",
            en: "the header has no column for \(names.count) of the questions (\(Wording.list(names))); name the "
                + "columns by the questions' keys or texts, or map each question to its column under "
                + "'survey.columns' (e.g. \(example)); the header has: \(header.en)")
    }

    // MARK: - Excel workbooks

    public static func workbookNoSheet(_ name: String, suggestion: String?, sheets: [String]) -> Message {
        Message(
            .workbookNoSheet,
            sv: "arbetsboken har inget blad som heter \(Wording.quoted(name))\(Hint.sv(suggestion)); bladen heter "
                + "\(Wording.quotedList(sheets)): ange ett av dem under ”survey.sheet”",
            en: "the workbook has no sheet '\(name)'\(Hint.en(suggestion)); its sheets are: \(Wording.list(sheets)); "
                + "name one of them under 'survey.sheet'")
    }

    public static let workbookNoSheets = Message(
        .workbookNoSheets, sv: "arbetsboken har inga blad: exportera enkäten igen",
        en: "the workbook has no sheets; export the survey again")

    public static func workbookSheetMissing(_ name: String) -> Message {
        Message(
            .workbookSheetMissing, sv: "bladet \(Wording.quoted(name)) saknas i arbetsboken: exportera enkäten igen",
            en: "the workbook's sheet '\(name)' is missing; export the survey again")
    }

    public static let workbookDamaged = Message(
        .workbookDamaged,
        sv: "enkätfilens arbetsbok är skadad (dess XML går inte att läsa): exportera enkäten igen",
        en: "the survey file's workbook is damaged (its XML cannot be read); export the survey again")

    public static let workbookUnopenable = Message(
        .workbookUnopenable,
        sv: "enkätfilen är inte en Excel-arbetsbok (.xlsx) som går att öppna: exportera enkäten igen som .xlsx "
            + "eller som CSV UTF-8",
        en: "the survey file is not an Excel workbook (.xlsx) that can be opened; export the survey again "
            + "as .xlsx or as CSV UTF-8")

    public static let workbookNotExcel = Message(
        .workbookNotExcel,
        sv: "enkätfilen är ett ZIP-paket men inte en Excel-arbetsbok (xl/workbook.xml saknas): exportera enkäten "
            + "igen som .xlsx eller som CSV UTF-8",
        en: "the survey file is a ZIP package but not an Excel workbook (no xl/workbook.xml); "
            + "export the survey again as .xlsx or as CSV UTF-8")

    public static func workbookTooLarge(mebibytes: Int) -> Message {
        Message(
            .workbookTooLarge,
            sv: "enkätens arbetsbok blir större än \(Wording.number(mebibytes)) MiB när den packas upp: exportera "
                + "bara enkätens svar",
            en: "the survey workbook unpacks to more than \(mebibytes) MiB; export only the survey's answers")
    }

    public static func workbookSheetEmpty(_ sheet: String) -> Message {
        Message(
            .workbookSheetEmpty,
            sv: "enkätens blad \(Wording.quoted(sheet)) är tomt: exportera enkäten igen, med rubrikraden och en rad "
                + "för varje person som har svarat",
            en: "the survey's sheet '\(sheet)' is empty; export the survey again, with its header row and one row "
                + "per respondent")
    }

    /// A value in a row right of the header's last column (both by their letters).
    public static func workbookValueBeyondHeader(column: String, last: String) -> Message {
        Message(
            .workbookValueBeyondHeader,
            sv: "den här raden har ett värde i kolumn \(column), till höger om rubrikradens sista kolumn (\(last)): "
                + "ge kolumnen en rubrik eller ta bort värdet",
            en: "this row has a value in column \(column), right of the header's last column (\(last)); give the "
                + "column a header or remove the value")
    }
}
