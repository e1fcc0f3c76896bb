import FCConfig
import FCText
import Foundation
import ZIPFoundation

/// Reads a survey exported as an Excel workbook (`.xlsx`, as Microsoft Forms gives it) into a
/// table: the first sheet, or the one named; shared and inline strings, numbers, and dates (Excel
/// serial numbers in a date format) as ISO dates. Every cell is placed as `FILE:SHEET!B3`.
enum SurveyXLSX {
    /// All parts read from one workbook together may unpack to at most this many bytes: a small
    /// file that unpacks to gigabytes (a zip bomb) is refused when the limit is passed.
    static let maximumUnpackedSize = 64 * 1_048_576

    struct Unreadable: Error {
        var message: Message
    }

    static func table(data: Data, path: String, sheet wanted: String?, sink: DiagnosticSink) -> SurveyTable? {
        do {
            let package = try Package(data: data)
            let workbook = try Workbook(package: package)
            guard let sheet = workbook.sheet(named: wanted) else {
                let names = workbook.sheets.map(\.name)
                throw Unreadable(
                    message: wanted.map {
                        .workbookNoSheet($0, suggestion: Suggestion.closest(to: $0, in: names), sheets: names)
                    } ?? .workbookNoSheets)
            }
            let strings = try workbook.sharedStrings(package)
            let dateStyles = try workbook.dateStyles(package)
            guard let sheetData = try package.part(sheet.path) else {
                throw Unreadable(message: .workbookSheetMissing(sheet.name))
            }
            let cells = try SheetCells(
                sheetData, strings: strings, dateStyles: dateStyles, dates1904: workbook.dates1904)
            return table(cells.rows, sheet: sheet.name, path: path, sink: sink)
        } catch let problem as Unreadable {
            sink.error(problem.message, at: .wholeFile(path))
        } catch is XMLEvents.Malformed {
            sink.error(.workbookDamaged, at: .wholeFile(path))
        } catch {
            sink.error(.workbookUnopenable, at: .wholeFile(path))
        }
        return nil
    }

    /// The header (the first row with a value) and the rows below it, padded to the header's width;
    /// a row with values right of the header is reported and left out, as are empty rows.
    static func table(_ rows: [Int: [Int: String]], sheet: String, path: String, sink: DiagnosticSink)
        -> SurveyTable?
    {
        let numbers = rows.keys.sorted().filter { rows[$0]?.values.contains { !$0.isBlank } ?? false }
        guard let headerNumber = numbers.first, let header = rows[headerNumber] else {
            sink.error(.workbookSheetEmpty(sheet), at: SourceLocation(file: path, sheet: sheet, row: 1, column: 1))
            return nil
        }
        let width = header.filter { !$0.value.isBlank }.keys.max() ?? 1
        func row(_ number: Int) -> SurveyTable.Row {
            let values = rows[number] ?? [:]
            return SurveyTable.Row(
                location: SourceLocation(file: path, sheet: sheet, row: number, column: 1),
                cells: (1...width).map { column in
                    SurveyTable.Cell(
                        text: values[column] ?? "",
                        location: SourceLocation(file: path, sheet: sheet, row: number, column: column))
                })
        }
        var table = SurveyTable(rows: [row(headerNumber)], answerRowsFound: numbers.count - 1)
        for number in numbers.dropFirst() {
            if let beyond = rows[number]?.filter({ $0.key > width && !$0.value.isBlank }).keys.min() {
                let place = SourceLocation(file: path, sheet: sheet, row: number, column: beyond)
                sink.error(
                    .workbookValueBeyondHeader(
                        column: SourceLocation.columnName(beyond), last: SourceLocation.columnName(width)),
                    at: place)
                continue
            }
            table.rows.append(row(number))
        }
        return table
    }

    /// The workbook's ZIP package, its parts unpacked within `maximumUnpackedSize` together.
    final class Package {
        let archive: Archive
        private var unpacked = 0

        init(data: Data) throws {
            archive = try Archive(data: data, accessMode: .read)
        }

        /// The part's bytes; nil when the package has no such part.
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            let limit = SurveyXLSX.maximumUnpackedSize
            let tooLarge = Unreadable(message: .workbookTooLarge(mebibytes: limit / 1_048_576))
            guard entry.uncompressedSize <= UInt64(limit - unpacked) else { throw tooLarge }
            var data = Data()
            _ = try archive.extract(entry) { chunk in
                guard unpacked + chunk.count <= limit else { throw tooLarge }
                unpacked += chunk.count
                data.append(chunk)
            }
            return data
        }
    }
}
