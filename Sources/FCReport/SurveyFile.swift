import FCConfig
import FCText
import Foundation

/// A parent survey as a survey tool exports it, CSV or Excel workbook (`.xlsx`), read and counted:
/// the columns recognised (by key, by `survey.columns`, or by the question's text), every problem
/// at its place (FILE:LINE:COL, or FILE:SHEET!B3), and the counts of the good cells.
public enum SurveyFile {
    /// Larger files are refused unread.
    public static let maximumFileSize = 5_242_880

    /// What the report says about its survey file.
    public struct Settings: Sendable {
        /// The CSV field separator; `nil` finds it from the header.
        public var delimiter: Character?
        /// The workbook's sheet; `nil` reads the first.
        public var sheet: String?
        /// The report's own header per question key, where it differs.
        public var columns: [String: String]
        public var questions: [SurveyQuestion]

        public init(
            delimiter: Character? = nil, sheet: String? = nil, columns: [String: String] = [:],
            questions: [SurveyQuestion]
        ) {
            self.delimiter = delimiter
            self.sheet = sheet
            self.columns = columns
            self.questions = questions
        }
    }

    /// The file read: its columns, and its counts unless it could not be read.
    public struct Reading: Sendable {
        /// What each header column holds; empty when the file has no header that could be read.
        public var columns: [SurveyColumn]
        /// The answers counted; nil when the file cannot be read or has no usable header.
        public var tally: SurveyTally?
    }

    /// Reads the file at `path`; problems go to `sink`.
    public static func read(path: String, settings: Settings, sink: DiagnosticSink) -> Reading {
        let whole = SourceLocation.wholeFile(path)
        guard let size = FileSize.of(path) else {
            sink.error(.surveyNotFound, at: whole)
            return Reading(columns: [], tally: nil)
        }
        guard size <= maximumFileSize else {
            sink.error(tooLarge(size), at: whole)
            return Reading(columns: [], tally: nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.error(.surveyNotFound, at: whole)
            return Reading(columns: [], tally: nil)
        }
        return read(data: data, path: path, settings: settings, sink: sink)
    }

    /// Reads a file's bytes (an upload not yet saved) as the file at `path`.
    public static func read(data: Data, path: String, settings: Settings, sink: DiagnosticSink) -> Reading {
        guard data.count <= maximumFileSize else {
            sink.error(tooLarge(data.count), at: .wholeFile(path))
            return Reading(columns: [], tally: nil)
        }
        let table =
            isWorkbook(data: data, path: path)
            ? SurveyXLSX.table(data: data, path: path, sheet: settings.sheet, sink: sink)
            : SurveyCSV.table(data: data, path: path, delimiter: settings.delimiter, sink: sink)
        guard let table, let header = table.rows.first else { return Reading(columns: [], tally: nil) }
        let columns = SurveyHeader(row: header).columns(
            for: settings.questions, named: settings.columns, sink: sink)
        guard table.answerRowsFound > 0 else {
            sink.error(.surveyNoAnswers, at: header.location)
            return Reading(columns: columns, tally: nil)
        }
        let tally = SurveyCount.tally(
            table.rows.dropFirst(), columns: columns, questions: settings.questions, sink: sink)
        return Reading(columns: columns, tally: tally)
    }

    /// An Excel workbook: named `.xlsx`, or a ZIP package whatever its name (a workbook saved as `.csv`).
    public static func isWorkbook(data: Data, path: String) -> Bool {
        path.lowercased().hasSuffix(".xlsx") || data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    static func tooLarge(_ size: Int) -> Message {
        .surveyTooLarge(bytes: size, maximum: maximumFileSize)
    }
}
