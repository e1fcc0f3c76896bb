import FCConfig
import Foundation

/// `GET /edit/PATH`: the file as text beside its rendered document. Without JavaScript it is a
/// form: "Spara" saves and shows the file's diagnostics, "Förhandsgranska" renders the text in
/// the preview frame. With JavaScript the diagnostics follow the typing and the preview follows
/// every valid change.
enum EditorPage {
    struct Content {
        var path: String
        var text: String
        var etag: String
        var diagnostics: [Diagnostic]
        var documents: [String]
        var kind: String
        /// For a report: where an uploaded survey CSV is saved.
        var surveyFile: String?
        /// A line for the person: "Sparad." or why not.
        var notice: String?
        /// After a refused save: the file as saved elsewhere, shown beside the person's own text.
        var conflict: String?
    }

    static func render(_ content: Content, token: String) -> String {
        let e = Pages.escape
        let target = e(Pages.urlPath(content.path))
        let crlf = content.text.contains("\r\n")
        let firstDocument = content.documents.first ?? ""
        let options = content.documents.map {
            "<option value=\"\(e($0))\">\(e(OverviewPage.documentName($0)))</option>"
        }.joined()
        var body = """
            <header><p><a href="/">← Översikten</a></p><h1>\(e(content.path))</h1></header>
            <main class="editor">
            <section class="source">
            <form method="post" action="/edit/\(target)" id="editor-form"
                  data-path="\(e(content.path))" data-etag="\(e(content.etag))" data-crlf="\(crlf)">
            <input type="hidden" name="csrf" value="\(e(token))">
            <input type="hidden" name="etag" value="\(e(content.etag))">
            <label for="text">Filens text</label>
            <textarea id="text" name="text" spellcheck="false" rows="30">
            \(Pages.escapeKeepingEveryCharacter(content.text))</textarea>
            <p class="cursor" id="cursor" aria-live="polite"></p>
            <div class="actions">
            <button type="submit" id="save">Spara</button>
            <label>Dokument <select name="doc" id="doc">\(options)</select></label>
            <button type="submit" id="preview-button" formaction="/preview/\(target)" formtarget="preview">Förhandsgranska</button>
            </div>
            <p id="status" role="status">\(e(content.notice ?? ""))</p>
            </form>
            \(conflictSection(content))
            <h2>Problem</h2>
            <ul id="diagnostics">\(diagnosticItems(content.diagnostics, path: content.path))</ul>
            """
        if let survey = content.surveyFile {
            body += """
                <h2>Föräldraenkät</h2>
                <form method="post" action="/api/survey/\(target)" enctype="multipart/form-data">
                <input type="hidden" name="csrf" value="\(e(token))">
                <p>Enkäten som enkätverktyget exporterar den (Google Forms, Microsoft Forms, Esmaker, Netigate …):
                en CSV- eller Excel-fil (.xlsx, högst 5 MiB). Innan något sparas visas vilken kolumn som blev vilken
                fråga; den sparas som <code>\(e(survey))</code> (eller .xlsx) och den förra behålls bredvid.</p>
                <label for="survey-file">Enkätsvar (CSV- eller Excel-fil)</label>
                <input type="file" id="survey-file" name="csv" accept=".csv,.xlsx,text/csv" required>
                <button type="submit">Ladda upp enkätsvar</button>
                </form>
                """
        }
        let previewSource = firstDocument.isEmpty ? "about:blank" : "/preview/\(target)?doc=\(e(firstDocument))"
        body += """
            </section>
            <section class="preview">
            <iframe name="preview" id="preview" title="Förhandsgranskning" src="\(previewSource)"></iframe>
            </section>
            </main>
            """
        return Pages.page(title: content.path, token: token, body: body)
    }

    /// The person's text and the saved file side by side, shown after a save refused because
    /// another tab (or program) saved first; the script fills it in when that happens.
    static func conflictSection(_ content: Content) -> String {
        let keep = Pages.escapeKeepingEveryCharacter
        return """
            <section id="conflict" class="conflict"\(content.conflict == nil ? " hidden" : "")>
            <h2>Filen sparades på annat håll</h2>
            <p>Någon (kanske du i en annan flik) sparade filen efter att du öppnade den. Din text finns kvar i
            redigeraren. Jämför med den sparade, för över det du vill behålla och spara igen: då ersätts den sparade versionen.</p>
            <div class="conflict-texts">
            <div><label for="conflict-mine">Din text (inte sparad)</label>
            <textarea id="conflict-mine" readonly rows="20">
            \(keep(content.conflict == nil ? "" : content.text))</textarea></div>
            <div><label for="conflict-saved">Den sparade filen</label>
            <textarea id="conflict-saved" readonly rows="20">
            \(keep(content.conflict ?? ""))</textarea></div>
            </div>
            </section>
            """
    }

    /// One item per diagnostic; the link carries the line and column the script moves the cursor to.
    static func diagnosticItems(_ diagnostics: [Diagnostic], path: String) -> String {
        guard !diagnostics.isEmpty else { return "<li class=\"ok\">Inga problem.</li>" }
        let e = Pages.escape
        return diagnostics.map { diagnostic in
            let location = diagnostic.location
            let here = location.file == path
            let place =
                here
                ? "rad \(location.line), kolumn \(location.column)"
                : location.description
            let severity = diagnostic.severity.word(in: .sv)
            let link =
                here
                ? "<a href=\"#text\" class=\"goto\" data-line=\"\(location.line)\" data-column=\"\(location.column)\">\(e(place))</a>"
                : e(place)
            return "<li class=\"\(diagnostic.severity.rawValue)\">\(link) – \(severity): \(e(diagnostic.message.sv))</li>"
        }.joined()
    }
}
