import FCConfig
import FCText
import Foundation

/// Reads a survey export: one row per respondent, a header row naming the columns. Problems are
/// reported as FILE:LINE:COL like the YAML's, all of them, and the counts of the good cells kept.
public enum SurveyCSV {
    public static let maximumFileSize = 5_242_880

    /// A survey file counted.
    public struct Tally: Equatable {
        /// Answers per question key (index 0 is the answer 1).
        public var counts: [String: [Int]]
        /// Rows with at least one answer: the parents who answered.
        public var respondents: Int
    }

    /// Answers per question key, counted, and the number of respondents.
    public static func read(path: String, delimiter: Character, columns: [String: String], questions: [SurveyQuestion],
                            sink: DiagnosticSink) -> Tally? {
        let whole = SourceLocation.wholeFile(path)
        guard let size = FileSize.of(path), let data = FileManager.default.contents(atPath: path) else {
            sink.error("cannot read the survey file (does it exist?)", at: whole)
            return nil
        }
        if size > maximumFileSize {
            sink.error("the survey file is \(size) bytes; at most \(maximumFileSize) bytes are read", at: whole)
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            sink.error("the survey file is not UTF-8 text; export it as \"CSV UTF-8\" (Excel: Spara som → CSV UTF-8)",
                       at: ConfigLoader.firstInvalidUTF8(in: data, file: path))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = parse(text, delimiter: delimiter)
        guard let header = rows.first, !header.cells.isEmpty else {
            sink.error("the survey file is empty; expected a header row and one row per respondent", at: whole)
            return nil
        }
        var columnOfQuestion: [String: Int] = [:]
        for question in questions {
            let name = columns[question.key] ?? question.key
            if let index = header.cells.firstIndex(where: { $0.text.trimmingSpaces() == name }) {
                columnOfQuestion[question.key] = index
            } else {
                let names = header.cells.map(\.text)
                sink.error("no column '\(name)' for question \(question.key)\(Suggestion.hint(for: name, in: names)); the header has: "
                           + names.joined(separator: ", "), at: SourceLocation(file: path, line: header.line, column: 1))
            }
        }
        var counts: [String: [Int]] = Dictionary(uniqueKeysWithValues: questions.map { ($0.key, [0, 0, 0, 0, 0]) })
        var respondents = 0
        for row in rows.dropFirst() {
            if row.cells.count == 1, row.cells[0].text.trimmingSpaces().isEmpty { continue }
            if row.cells.count != header.cells.count {
                sink.error("this row has \(row.cells.count) fields; the header has \(header.cells.count) (is a '\(delimiter)' missing or extra, or a quote unclosed?)",
                           at: SourceLocation(file: path, line: row.line, column: 1))
                continue
            }
            var answered = false
            for (key, index) in columnOfQuestion.sorted(by: { $0.key < $1.key }) {
                let cell = row.cells[index]
                switch SurveyScale.answer(cell.text) {
                case .value(let value):
                    counts[key]?[value - 1] += 1
                    answered = true
                case .none: break
                case .invalid:
                    sink.error("'\(cell.text)' is not an answer; expected 1–5 or one of: "
                               + SurveyScale.labels.reversed().joined(separator: ", ") + " (or empty / Vet ej)",
                               at: SourceLocation(file: path, line: row.line, column: cell.column))
                }
            }
            if answered { respondents += 1 }
        }
        return Tally(counts: counts, respondents: respondents)
    }

    struct Cell {
        var text: String
        var column: Int
    }

    struct Row {
        var line: Int
        var cells: [Cell]
    }

    /// RFC 4180 fields: quoted fields may hold the delimiter, doubled quotes and line ends.
    static func parse(_ text: String, delimiter: Character) -> [Row] {
        var rows: [Row] = []
        var cells: [Cell] = []
        var field = ""
        var fieldColumn = 1
        var column = 1
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var characters = Array(text)
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(character)
                    if character == "\n" { line += 1; column = 0 }
                }
            } else if character == "\"" && field.isEmpty {
                inQuotes = true
            } else if character == delimiter {
                cells.append(Cell(text: field, column: fieldColumn))
                field = ""
                fieldColumn = column + 1
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                cells.append(Cell(text: field, column: fieldColumn))
                rows.append(Row(line: rowLine, cells: cells))
                cells = []
                field = ""
                line += 1
                rowLine = line
                column = 0
                fieldColumn = 1
            } else {
                field.append(character)
            }
            column += 1
            index += 1
        }
        if inQuotes, !cells.isEmpty || !field.isEmpty {
            cells.append(Cell(text: field, column: fieldColumn))
            rows.append(Row(line: rowLine, cells: cells))
        }
        return rows
    }
}
