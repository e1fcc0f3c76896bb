import FCConfig
import FCText

/// The field separator of a survey export: `;` (Excel in Swedish), `,` (Google Forms and most
/// tools) or tab, told from the header when the report does not name it.
enum SurveyDelimiter {
    static let candidates: [Character] = [";", ",", "\t"]

    /// The candidate that occurs most often outside quotes in the header; `;` when none does.
    static func find(in header: Substring) -> Character {
        var best: (delimiter: Character, count: Int) = (";", 0)
        for candidate in candidates {
            let count = count(candidate, in: header)
            if count > best.count { best = (candidate, count) }
        }
        return best.delimiter
    }

    /// How often `delimiter` occurs in `line` outside quoted fields.
    static func count(_ delimiter: Character, in line: Substring) -> Int {
        var inQuotes = false
        var count = 0
        for character in line {
            if character == "\"" { inQuotes.toggle() } else if character == delimiter, !inQuotes { count += 1 }
        }
        return count
    }

    /// As the report file writes it.
    static func yaml(_ delimiter: Character) -> String {
        delimiter == "\t" ? "tab" : "\"\(delimiter)\""
    }
}

/// The header row of a survey export: which column holds which question, found by the
/// question's key (fcdoc's own CSV), the report's `survey.columns`, or the question's text as the
/// form prints it (the survey tools' exports); the tools' own columns are known and not counted.
/// One message per problem: a question given twice, a question text that matches no question or
/// two, the questions without a column.
struct SurveyHeader {
    let row: SurveyTable.Row

    /// Messages quote at most this many of the header's cells, each shortened: the file may be
    /// something else than a survey, and a message must not show more of it than a glance.
    static let shownCells = 3

    /// What each column of the header holds; problems go to `sink`.
    func columns(for questions: [SurveyQuestion], named: [String: String], sink: DiagnosticSink) -> [SurveyColumn] {
        var columns = row.cells.map { cell in
            SurveyColumn(header: cell.text.trimmingSpaces(), location: cell.location, role: .unknown, match: nil)
        }
        let mapped = Dictionary(
            named.map { (SurveyText.normalised($0.value), $0.key) }, uniquingKeysWith: { first, _ in first })
        let byKey = Dictionary(
            questions.filter { named[$0.key] == nil }.map { ($0.key, $0.key) }, uniquingKeysWith: { first, _ in first })
        let byText = Dictionary(
            grouping: questions.filter { named[$0.key] == nil }, by: { SurveyText.normalised($0.text) })
        for index in columns.indices {
            let header = columns[index].header
            if let key = mapped[SurveyText.normalised(header)] {
                columns[index].role = .question(key)
                columns[index].match = .mapped
            } else if let key = byKey[header] {
                columns[index].role = .question(key)
                columns[index].match = .key
            } else if let matches = SurveyText.headerVariants(header).lazy.compactMap({ byText[$0] }).first {
                if matches.count == 1 {
                    columns[index].role = .question(matches[0].key)
                    columns[index].match = .text
                } else {
                    sink.error(
                        .surveyColumnMatchesQuestions(
                            Self.short(header),
                            questions: matches.map { .init(key: $0.key, text: Self.short($0.text)) }),
                        at: columns[index].location)
                }
            } else if let role = SurveyToolColumns.role(of: header) {
                columns[index].role = role
            }
        }
        let missing = questions.filter { question in !columns.contains { $0.questionKey == question.key } }
            .map { (key: $0.key, name: named[$0.key] ?? $0.key, question: $0) }
        let (reported, meant) = reportQuestionsGivenTwice(
            &columns, missing: missing.map { (key: $0.key, name: $0.name) }, sink: sink)
        let explained = reportUnknownQuestionTexts(
            columns.enumerated().filter { !reported.contains($0.offset) }.map(\.element),
            missing: missing.filter { !meant.contains($0.key) }.map(\.question), sink: sink)
        reportMissing(
            missing.filter { !explained.contains($0.key) && !meant.contains($0.key) }.map {
                (key: $0.key, name: $0.name)
            },
            names: columns.map(\.header), sink: sink)
        return columns
    }

    /// A second column of the same question is an error, and is not counted; a question without a
    /// column whose name is near is named as the one it may be meant for. Returns the indices of
    /// the columns reported and the keys of the questions named so.
    private func reportQuestionsGivenTwice(
        _ columns: inout [SurveyColumn], missing: [(key: String, name: String)], sink: DiagnosticSink
    ) -> (columns: Set<Int>, meant: Set<String>) {
        var first: [String: Int] = [:]
        var reported: Set<Int> = []
        var meant: Set<String> = []
        for index in columns.indices {
            guard let key = columns[index].questionKey else { continue }
            guard let earlier = first[key] else {
                first[key] = index
                continue
            }
            let name = columns[index].header
            let same = name == columns[earlier].header
            let question = missing.first {
                !meant.contains($0.key) && Suggestion.closest(to: $0.name, in: [name]) != nil
            }
            if let question { meant.insert(question.key) }
            let (first, again) = (earlier + 1, index + 1)
            sink.error(
                same
                    ? .surveyColumnNameTwice(Self.short(name), first: first, again: again, meant: question?.name)
                    : .surveyQuestionTwice(
                        Self.short(name), question: key, first: first, again: again, meant: question?.name),
                at: columns[index].location,
                notes: [
                    Diagnostic.Note(
                        at: columns[earlier].location,
                        same
                            ? .surveyColumnAlsoNamed(column: first, name: Self.short(name))
                            : .surveyColumnAlsoQuestion(column: first, question: key))
                ])
            columns[index].role = .unknown
            columns[index].match = nil
            reported.insert(index)
        }
        return (reported, meant)
    }

    /// A header written as a sentence that is no question of the form: while questions lack a
    /// column, an error naming the nearest of them (each named once); else a warning that it is
    /// not counted. Returns the keys of the questions named.
    private func reportUnknownQuestionTexts(
        _ columns: [SurveyColumn], missing: [SurveyQuestion], sink: DiagnosticSink
    ) -> Set<String> {
        var unexplained = missing
        var named: Set<String> = []
        for column in columns where column.role == .unknown && Self.looksLikeQuestion(column.header) {
            let header = SurveyText.normalised(column.header)
            guard
                let nearest = unexplained.min(by: {
                    Suggestion.distance(header, SurveyText.normalised($0.text))
                        < Suggestion.distance(header, SurveyText.normalised($1.text))
                })
            else {
                sink.warning(.surveyColumnNotCounted(Self.short(column.header)), at: column.location)
                continue
            }
            unexplained.removeAll { $0.key == nearest.key }
            named.insert(nearest.key)
            sink.error(
                .surveyColumnNotAQuestion(
                    Self.short(column.header), nearest: .init(key: nearest.key, text: Self.short(nearest.text)),
                    mapped: Self.mappable(column.header)),
                at: column.location)
        }
        return named
    }

    /// A header of three words or more that fcdoc does not know: a question text, not a short name
    /// of a column of one's own (`kon`, `skola`).
    static func looksLikeQuestion(_ header: String) -> Bool {
        SurveyText.normalised(header).split(separator: " ").count >= 3
    }

    private func reportMissing(_ missing: [(key: String, name: String)], names: [String], sink: DiagnosticSink) {
        guard !missing.isEmpty else { return }
        let at = row.location
        let header = shown(names)
        if missing.count == 1, let question = missing.first {
            sink.error(
                .surveyNoColumn(
                    question.name, question: question.key,
                    suggestion: Suggestion.closest(to: question.name, in: names), header: header),
                at: at)
        } else if missing.count <= 3 {
            sink.error(
                .surveyNoColumns(
                    for: missing.map { (name: $0.name, suggestion: Suggestion.closest(to: $0.name, in: names)) },
                    header: header),
                at: at)
        } else {
            // Most likely the survey tool's own column names: say how to map them.
            // Questions usually come last and in order: the first missing one is then this column.
            let guess = names.count >= missing.count ? names[names.count - missing.count] : names.last ?? "…"
            let example =
                missing.first.map { question in
                    "\(question.key): \"\(Self.short(Suggestion.closest(to: question.name, in: names) ?? guess))\""
                } ?? ""
            sink.error(.surveyNoColumnsForMany(missing.map(\.name), example: example, header: header), at: at)
        }
    }

    /// A header as `survey.columns` must name it: whole, unless it is too long to quote.
    static func mappable(_ header: String) -> String {
        header.count <= 100 ? header.replacingOccurrences(of: "\"", with: "\\\"") : short(header)
    }

    /// A name of at most 40 characters.
    static func short(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(39)) + "…" : name
    }

    /// The header's first cells, at most `shownCells`, each shortened.
    private func shown(_ names: [String]) -> Message.HeaderCells {
        Message.HeaderCells(shown: names.prefix(Self.shownCells).map(Self.short), total: names.count)
    }
}
