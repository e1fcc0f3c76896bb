import FCConfig
import FCText

/// A survey export read into rows of cells, whatever its kind: each cell with its place in the
/// file (LINE:COL of a CSV, SHEET!B3 of a spreadsheet), so every message points at it.
struct SurveyTable {
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    struct Row {
        /// The row's first place: its line, or its first cell.
        var location: SourceLocation
        var cells: [Cell]
    }

    /// The header row first; rows that could not be read are left out (and reported) by the reader.
    var rows: [Row]
    /// The rows below the header in the file, read or not.
    var answerRowsFound: Int
}

/// A survey file counted.
public struct SurveyTally: Equatable, Sendable {
    /// Answers per question key (index 0 is the answer 1).
    public var counts: [String: [Int]]
    /// Rows with at least one answer: the parents who answered.
    public var respondents: Int
}

/// One column of a survey export and what fcdoc made of it.
public struct SurveyColumn: Equatable, Sendable {
    public enum Role: Equatable, Sendable {
        /// The answers to the question with this key.
        case question(String)
        /// When the answer was given (`Tidstämpel`, `Starttid`, `datum`): not counted.
        case date
        /// The survey tool's own bookkeeping (`ID`, `E-post`, `Namn`): not counted.
        case bookkeeping
        /// The form's "Jag är" (kvinna, man, annan): not counted.
        case respondent
        /// The form's free-text question: not counted.
        case comment
        /// Neither a question nor a column fcdoc knows: not counted.
        case unknown
    }

    /// How a question's column was found.
    public enum Match: Equatable, Sendable {
        /// The header is the question's key (`mal1a`), as fcdoc's own CSV has it.
        case key
        /// The report's `survey.columns` names it.
        case mapped
        /// The header is the question's text as the form prints it.
        case text
    }

    public var header: String
    public var location: SourceLocation
    public var role: Role
    public var match: Match?

    /// The key of the question it holds, if it holds one.
    public var questionKey: String? {
        if case .question(let key) = role { return key }
        return nil
    }
}

/// Counting the answers of a table whose header has been read.
enum SurveyCount {
    static func tally(
        _ rows: ArraySlice<SurveyTable.Row>, columns: [SurveyColumn], questions: [SurveyQuestion],
        sink: DiagnosticSink
    ) -> SurveyTally {
        var counts: [String: [Int]] = Dictionary(uniqueKeysWithValues: questions.map { ($0.key, [0, 0, 0, 0, 0]) })
        let counted = columns.enumerated().compactMap { index, column in column.questionKey.map { (index, $0) } }
        var respondents = 0
        for row in rows {
            var answered = false
            for (index, key) in counted where index < row.cells.count {
                let cell = row.cells[index]
                switch SurveyScale.answer(cell.text) {
                case .value(let value):
                    counts[key]?[value - 1] += 1
                    answered = true
                case .none: break
                case .invalid:
                    sink.error(
                        .surveyNotAnAnswer(SurveyHeader.short(cell.text), labels: SurveyScale.labels.reversed()),
                        at: cell.location)
                }
            }
            if answered { respondents += 1 }
        }
        return SurveyTally(counts: counts, respondents: respondents)
    }
}
