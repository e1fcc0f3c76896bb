import FCConfig
import FCText
import Foundation

/// Reads a survey exported as CSV into a table: the header row and one row per respondent, each
/// cell at its FILE:LINE:COL. Rows that cannot be read (a quote never closed, fields missing or
/// extra) are reported, all of them, and left out.
enum SurveyCSV {
    /// The table of a CSV file's bytes, read with the field separator the report names (`delimiter`)
    /// or, when it names none, the one the header shows; nil (with the reason) when the file is not
    /// text or has no header.
    static func table(data: Data, path: String, delimiter: Character?, sink: DiagnosticSink) -> SurveyTable? {
        guard let text = text(of: data, path: path, sink: sink) else { return nil }
        let header = SourceLocation(file: path, line: 1, column: 1)
        guard !text.isBlank else {
            sink.error(.surveyEmpty, at: header)
            return nil
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let found = SurveyDelimiter.find(in: firstLine)
        if let delimiter, found != delimiter, SurveyDelimiter.count(delimiter, in: firstLine) == 0 {
            sink.error(
                .surveyDelimiterMismatch(said: delimiter, found: found, written: SurveyDelimiter.yaml(found)),
                at: header)
            return nil
        }
        let used = delimiter ?? found
        let rows = parse(text, delimiter: used).filter { row in !(row.cells.count == 1 && row.cells[0].text.isBlank) }
        guard let headerRow = rows.first else { return nil }
        var table = SurveyTable(rows: [tableRow(headerRow, file: path)], answerRowsFound: rows.count - 1)
        for row in rows.dropFirst() {
            if let quote = row.unclosedQuote {
                sink.error(.surveyUnclosedQuote, at: SourceLocation(file: path, line: row.line, column: quote))
            } else if row.cells.count != headerRow.cells.count {
                sink.error(
                    .surveyFieldCount(row.cells.count, header: headerRow.cells.count, delimiter: used),
                    at: SourceLocation(file: path, line: row.line, column: 1))
            } else {
                table.rows.append(tableRow(row, file: path))
            }
        }
        return table
    }

    private static func tableRow(_ row: Row, file: String) -> SurveyTable.Row {
        SurveyTable.Row(
            location: SourceLocation(file: file, line: row.line, column: 1),
            cells: row.cells.map {
                SurveyTable.Cell(text: $0.text, location: SourceLocation(file: file, line: row.line, column: $0.column))
            })
    }

    /// The file as text, or nil with the reason.
    static func text(of data: Data, path: String, sink: DiagnosticSink) -> String? {
        guard var text = String(data: data, encoding: .utf8) else {
            sink.error(.surveyNotUTF8, at: ConfigLoader.firstInvalidUTF8(in: data, file: path))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
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
