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

    /// For messages: `';'`, `','`, `tabs`.
    static func name(_ delimiter: Character) -> String {
        delimiter == "\t" ? "tabs" : "'\(delimiter)'"
    }

    /// As the report file writes it.
    static func yaml(_ delimiter: Character) -> String {
        delimiter == "\t" ? "tab" : "\"\(delimiter)\""
    }
}

/// The header row of a survey export: which column holds which question, with one message per
/// problem (a name given twice, the questions without a column).
struct SurveyHeader {
    let row: SurveyCSV.Row
    let file: String
    let delimiter: Character

    /// Messages quote at most this many of the header's cells, each shortened: the file may be
    /// something else than a survey, and a message must not show more of it than a glance.
    static let shownCells = 3

    /// Column index per question key; problems go to `sink`.
    func columns(for questions: [SurveyQuestion], named: [String: String], sink: DiagnosticSink) -> [String: Int] {
        let names = row.cells.map { $0.text.trimmingSpaces() }
        let wanted = questions.map { (key: $0.key, name: named[$0.key] ?? $0.key) }
        var result: [String: Int] = [:]
        var missing: [(key: String, name: String)] = []
        for question in wanted {
            if let index = names.firstIndex(of: question.name) {
                result[question.key] = index
            } else {
                missing.append(question)
            }
        }
        let twice = reportNamesGivenTwice(names, missing: missing, sink: sink)
        // A question whose column is a name given twice has been reported with it.
        missing.removeAll { twice.contains(Suggestion.closest(to: $0.name, in: names) ?? "") }
        reportMissing(missing, names: names, sink: sink)
        return result
    }

    /// Returns the names given twice.
    private func reportNamesGivenTwice(
        _ names: [String], missing: [(key: String, name: String)],
        sink: DiagnosticSink
    ) -> Set<String> {
        var first: [String: Int] = [:]
        var twice: Set<String> = []
        for (index, name) in names.enumerated() where !name.isEmpty {
            guard let earlier = first[name] else {
                first[name] = index
                continue
            }
            twice.insert(name)
            let meant = missing.first { Suggestion.closest(to: $0.name, in: [name]) != nil }
            sink.error(
                "the column name '\(name)' is in the header twice, as column \(earlier + 1) and column \(index + 1); "
                    + "rename one of them" + (meant.map { " (is this one meant to be '\($0.name)'?)" } ?? ""),
                at: location(of: index),
                notes: [Diagnostic.Note(at: location(of: earlier), "column \(earlier + 1) is also named '\(name)'")])
        }
        return twice
    }

    private func reportMissing(_ missing: [(key: String, name: String)], names: [String], sink: DiagnosticSink) {
        guard !missing.isEmpty else { return }
        let at = SourceLocation(file: file, line: row.line, column: 1)
        let described = missing.map { "'\($0.name)'\(Suggestion.hint(for: $0.name, in: names))" }
        if missing.count == 1, let question = missing.first {
            sink.error(
                "no column '\(question.name)' for question \(question.key)\(Suggestion.hint(for: question.name, in: names)); "
                    + "the header has: \(shown(names))", at: at)
        } else if missing.count <= 3 {
            sink.error(
                "the header has no column for \(missing.count) questions: \(described.joined(separator: ", ")); "
                    + "the header has: \(shown(names))", at: at)
        } else {
            // Most likely the survey tool's own column names: say how to map them.
            // Questions usually come last and in order: the first missing one is then this column.
            let guess = names.count >= missing.count ? names[names.count - missing.count] : names.last ?? "…"
            let example =
                missing.first.map { question in
                    "\(question.key): \"\(Self.short(Suggestion.closest(to: question.name, in: names) ?? guess))\""
                } ?? ""
            sink.error(
                "the header has no column for \(missing.count) of the questions "
                    + "(\(missing.map(\.name).joined(separator: ", "))); name the columns so, or map each question to its column "
                    + "under 'survey.columns' (e.g. \(example)); the header has: \(shown(names))", at: at)
        }
    }

    private func location(of index: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: row.cells[index].column)
    }

    /// A name of at most 40 characters.
    static func short(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(39)) + "…" : name
    }

    /// The header's first cells, at most `shownCells`, each shortened.
    private func shown(_ names: [String]) -> String {
        let first = names.prefix(Self.shownCells).map(Self.short).joined(separator: ", ")
        return names.count > Self.shownCells ? first + ", … (\(names.count) columns in all)" : first
    }
}
