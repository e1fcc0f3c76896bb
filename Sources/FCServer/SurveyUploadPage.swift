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
        let e = Pages.escape
        let report = e(Pages.urlPath(content.report))
        let errors = content.diagnostics.filter { $0.severity == .error }.count
        var body = """
            <header><p><a href="/edit/\(report)">← \(e(content.report))</a></p>
            <h1>Enkätsvar att spara</h1></header>
            <main class="survey-upload">
            <p>Filen <strong>\(e(content.fileName))</strong> är uppladdad men <strong>inte sparad</strong>.
            Sparad blir den <code>\(e(content.target))</code>; den förra filen behålls bredvid, med dagens datum i namnet.</p>
            """
        if let respondents = content.respondents {
            body += "<p>\(respondents) föräldrar har svarat på minst en fråga.</p>\n"
        }
        if !content.columns.isEmpty {
            body += """
                <form method="post" action="/api/survey/\(report)">
                <input type="hidden" name="csrf" value="\(e(token))">
                <input type="hidden" name="name" value="\(e(content.fileName))">
                <input type="hidden" name="data" value="\(content.data.base64EncodedString())">
                <h2>Kolumnerna</h2>
                <table class="columns">
                <thead><tr><th scope="col">Kolumn</th><th scope="col">Rubrik</th><th scope="col">Blev</th></tr></thead>
                <tbody>
                \(content.columns.enumerated().map { row($0, $1, content: content) }.joined(separator: "\n"))
                </tbody>
                </table>
                <h2>Problem</h2>
                <ul id="diagnostics">\(EditorPage.diagnosticItems(content.diagnostics, path: content.report))</ul>
                <p><button type="submit">\(errors == 0 ? "Spara enkätsvaren" : "Kontrollera igen och spara")</button></p>
                </form>
                """
        } else {
            body += """
                <h2>Problem</h2>
                <ul id="diagnostics">\(EditorPage.diagnosticItems(content.diagnostics, path: content.report))</ul>
                <p>Inget sparades. Exportera enkäten igen (CSV UTF-8 eller Excel .xlsx) och ladda upp den.</p>
                """
        }
        body += "</main>"
        return Pages.page(title: "Enkätsvar – \(content.report)", token: token, body: body)
    }

    /// One column: its place, its header, and what it became — a choice of question when it was
    /// not recognised.
    static func row(_ index: Int, _ column: SurveyColumn, content: Content) -> String {
        let e = Pages.escape
        let place = column.location.sheet != nil ? SourceLocation.columnName(column.location.column) : String(index + 1)
        let header = column.header.isEmpty ? "<em>(ingen rubrik)</em>" : e(column.header)
        return "<tr><td>\(e(place))</td><td>\(header)</td><td>\(outcome(index, column, content: content))</td></tr>"
    }

    static func outcome(_ index: Int, _ column: SurveyColumn, content: Content) -> String {
        let e = Pages.escape
        switch column.role {
        case .question(let key) where content.chosen[index] == nil:
            let text = content.questions.first { $0.key == key }?.text ?? ""
            let how: String
            switch column.match {
            case .key?: how = "rubriken är frågans nyckel"
            case .mapped?: how = "enligt survey.columns"
            default: how = "rubriken är frågans text"
            }
            return "fråga <code>\(e(key))</code> – \(e(text)) <small>(\(how))</small>"
        case .date: return "tidpunkt för svaret – räknas inte"
        case .bookkeeping: return "enkätverktygets egen kolumn – räknas inte"
        case .respondent: return "”Jag är” – räknas inte"
        case .comment: return "fritextsvar – räknas inte"
        default:
            let options = content.questions.map { question in
                let selected = content.chosen[index] == question.key ? " selected" : ""
                return
                    "<option value=\"\(e(question.key))\"\(selected)>\(e(question.key)) – \(e(question.text))</option>"
            }.joined()
            return """
                <label for="column-\(index)">Inte igenkänd. Frågan i kolumnen:</label>
                <select id="column-\(index)" name="column-\(index)"><option value="">räknas inte</option>\(options)</select>
                """
        }
    }
}
