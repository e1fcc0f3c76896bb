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
    /// - Parameters:
    ///   - path: the CSV file.
    ///   - delimiter: the field separator the report names; `nil` finds it from the header.
    ///   - columns: the report's own header name per question key, where it differs.
    ///   - questions: the questions to count.
    ///   - sink: where every problem goes, at its FILE:LINE:COL.
    /// - Returns: the counts; `nil` when the file cannot be read or has no usable header.
    public static func read(
        path: String, delimiter: Character?, columns: [String: String], questions: [SurveyQuestion],
        sink: DiagnosticSink
    ) -> Tally? {
        guard let text = readText(path: path, sink: sink) else { return nil }
        let header = SourceLocation(file: path, line: 1, column: 1)
        guard !text.isBlank else {
            sink.error(
                "the survey file is empty; export the survey again, with its header row and one row per respondent",
                at: header)
            return nil
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let found = SurveyDelimiter.find(in: firstLine)
        if let delimiter, found != delimiter, SurveyDelimiter.count(delimiter, in: firstLine) == 0 {
            sink.error(
                "the header is not separated by \(SurveyDelimiter.name(delimiter)) as 'survey.delimiter' says, but seems "
                    + "to use \(SurveyDelimiter.name(found)); write 'delimiter: \(SurveyDelimiter.yaml(found))' or leave the line out",
                at: header)
            return nil
        }
        let used = delimiter ?? found
        if delimiter == nil, used != ";" {
            sink.warning(
                "the fields are separated by \(SurveyDelimiter.name(used)), as the header shows, and read so; "
                    + "write 'delimiter: \(SurveyDelimiter.yaml(used))' under 'survey' to say so", at: header)
        }
        let rows = parse(text, delimiter: used).filter { row in !(row.cells.count == 1 && row.cells[0].text.isBlank) }
        guard let headerRow = rows.first else { return nil }
        guard rows.count > 1 else {
            sink.error(
                "the survey has no answers: the file has its header but no rows; export it again after parents have answered",
                at: SourceLocation(file: path, line: headerRow.line, column: 1))
            return nil
        }
        let columnOfQuestion = SurveyHeader(row: headerRow, file: path, delimiter: used)
            .columns(for: questions, named: columns, sink: sink)
        return count(
            rows.dropFirst(), header: headerRow, columns: columnOfQuestion, questions: questions, file: path,
            delimiter: used, sink: sink)
    }

    /// The file as text, or nil with the reason.
    static func readText(path: String, sink: DiagnosticSink) -> String? {
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
            sink.error(
                "the survey file is not UTF-8 text; export it as \"CSV UTF-8\" (Excel: Spara som → CSV UTF-8)",
                at: ConfigLoader.firstInvalidUTF8(in: data, file: path))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func count(
        _ rows: ArraySlice<Row>, header: Row, columns: [String: Int], questions: [SurveyQuestion],
        file: String, delimiter: Character, sink: DiagnosticSink
    ) -> Tally {
        var counts: [String: [Int]] = Dictionary(uniqueKeysWithValues: questions.map { ($0.key, [0, 0, 0, 0, 0]) })
        let columns = columns.sorted { $0.key < $1.key }
        var respondents = 0
        for row in rows {
            if let quote = row.unclosedQuote {
                sink.error(
                    "a quote (\") opened here is never closed, so the rest of the file is read as one field; "
                        + "close it or remove it", at: SourceLocation(file: file, line: row.line, column: quote))
                continue
            }
            if row.cells.count != header.cells.count {
                sink.error(
                    "this row has \(row.cells.count) fields; the header has \(header.cells.count) (is a "
                        + "\(SurveyDelimiter.name(delimiter)) missing or extra, or a quote unclosed?)",
                    at: SourceLocation(file: file, line: row.line, column: 1))
                continue
            }
            var answered = false
            for (key, index) in columns {
                let cell = row.cells[index]
                switch SurveyScale.answer(cell.text) {
                case .value(let value):
                    counts[key]?[value - 1] += 1
                    answered = true
                case .none: break
                case .invalid:
                    sink.error(
                        "'\(cell.text)' is not an answer; expected 1–5 or one of: "
                            + SurveyScale.labels.reversed().joined(separator: ", ") + " (or empty / Vet ej)",
                        at: SourceLocation(file: file, line: row.line, column: cell.column))
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
        /// The column of a quote that opens a field and is never closed: the row runs to the file's end.
        var unclosedQuote: Int? = nil
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
                    if character == "\n" {
                        line += 1
                        column = 0
                    }
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
            rows.append(Row(line: rowLine, cells: cells, unclosedQuote: fieldColumn))
        }
        return rows
    }
}
