import FCConfig
import FCReport
import Foundation

/// The page an uploaded survey shows before anything is saved: which column became which
/// question (and which columns are the tool's own, not counted), every problem of the file, and
/// a form that saves it — with a question chosen by hand for each column not recognised.
enum SurveyUploadPage {
    struct Content {
        /// The report's path in the folder.
        var report: String
        /// Where the survey will be saved, in the folder.
        var target: String
        /// The uploaded file's own name, as the browser sent it.
        var fileName: String
        var data: Data
        var columns: [SurveyColumn]
        var questions: [SurveyQuestion]
        var respondents: Int?
        /// The upload's problems, paths relative to the folder.
        var diagnostics: [Diagnostic]
        /// The questions chosen by hand, by column index.
        var chosen: [Int: String]
    }

    static func render(_ content: Content, token: String) -> String {
        Pages.page(
            title: "Enkätsvar – \(content.report)", token: token,
            body: Pages.render("survey-upload", View(content, token: token)))
    }

    /// What `Resources/pages/survey-upload` shows (stored properties only: a template sees no
    /// computed ones).
    struct View {
        var report: String
        var reportURL: String
        var target: String
        var fileName: String
        var token: String
        var data: String
        var respondents: Int?
        var hasColumns: Bool
        var columns: [Column]
        var diagnostics: [EditorPage.DiagnosticItem]
        var submit: String

        init(_ content: Content, token: String) {
            report = content.report
            reportURL = Pages.urlPath(content.report)
            target = content.target
            fileName = content.fileName
            self.token = token
            data = content.data.base64EncodedString()
            respondents = content.respondents
            columns = content.columns.enumerated().map { Column(index: $0, column: $1, content: content) }
            hasColumns = !columns.isEmpty
            diagnostics = EditorPage.DiagnosticItem.items(content.diagnostics, path: content.report)
            let errors = content.diagnostics.filter { $0.severity == .error }.count
            submit = errors == 0 ? "Spara enkätsvaren" : "Kontrollera igen och spara"
        }
    }

    /// One column: its place, its header, and what it became — a question, a column not counted,
    /// or a choice of question when it was not recognised.
    struct Column {
        var place: String
        var hasHeader: Bool
        var header: String
        var question: Question?
        var uncounted: String?
        var choice: Choice?

        struct Question {
            var key: String
            var text: String
            var how: String
        }

        struct Choice {
            var index: Int
            var options: [Option]
        }

        struct Option {
            var key: String
            var text: String
            var selected: Bool
        }

        init(index: Int, column: SurveyColumn, content: Content) {
            place = column.location.sheet != nil ? SourceLocation.columnName(column.location.column) : String(index + 1)
            hasHeader = !column.header.isEmpty
            header = column.header
            switch column.role {
            case .question(let key) where content.chosen[index] == nil:
                let how: String
                switch column.match {
                case .key?: how = "rubriken är frågans nyckel"
                case .mapped?: how = "enligt survey.columns"
                default: how = "rubriken är frågans text"
                }
                question = Question(key: key, text: content.questions.first { $0.key == key }?.text ?? "", how: how)
            case .date: uncounted = "tidpunkt för svaret – räknas inte"
            case .bookkeeping: uncounted = "enkätverktygets egen kolumn – räknas inte"
            case .respondent: uncounted = "”Jag är” – räknas inte"
            case .comment: uncounted = "fritextsvar – räknas inte"
            default:
                choice = Choice(
                    index: index,
                    options: content.questions.map {
                        Option(key: $0.key, text: $0.text, selected: content.chosen[index] == $0.key)
                    })
            }
        }
    }
}
