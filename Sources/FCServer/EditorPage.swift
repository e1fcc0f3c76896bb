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
        /// A centre's or county's other files of its kind, which it can be compared with.
        var comparable: [String] = []
        /// Whether a save here kept the version it replaced.
        var hasPreviousVersion = false
    }

    static func render(_ content: Content, token: String) -> String {
        Pages.page(title: content.path, token: token, body: Pages.render("editor", View(content, token: token)))
    }

    /// What `Resources/pages/editor` shows (stored properties only: a template sees no computed
    /// ones). The texts of the text areas are escaped here, keeping every character.
    struct View {
        var path: String
        var target: String
        var token: String
        var etag: String
        var crlf: Bool
        var textEscaped: String
        var documents: [DocumentOption]
        var notice: String
        var conflict: Bool
        var conflictMineEscaped: String
        var conflictSavedEscaped: String
        var diagnostics: [DiagnosticItem]
        var survey: Survey?
        var comparison: CompareForm?
        var previewSource: String

        struct DocumentOption {
            var kind: String
            var name: String
        }

        struct Survey {
            var file: String
        }

        /// "Jämför": the documents with their changes from the last saved version or another
        /// file of the folder, as `fcdoc diff` makes them (`GET /diff/PATH`).
        struct CompareForm {
            var versions: [Version]

            /// `tidigare` (the version the last save replaced) or another file's path.
            struct Version {
                var value: String
                var name: String
            }
        }

        init(_ content: Content, token: String) {
            let keep = Pages.escapeKeepingEveryCharacter
            path = content.path
            let target = Pages.urlPath(content.path)
            self.target = target
            self.token = token
            etag = content.etag
            crlf = content.text.contains("\r\n")
            textEscaped = keep(content.text)
            documents = content.documents.map { DocumentOption(kind: $0, name: OverviewPage.documentName($0)) }
            notice = content.notice ?? ""
            // After a refused save: the person's text and the saved file side by side; the
            // script fills the section in when that happens while it runs.
            conflict = content.conflict != nil
            conflictMineEscaped = conflict ? keep(content.text) : ""
            conflictSavedEscaped = keep(content.conflict ?? "")
            diagnostics = DiagnosticItem.items(content.diagnostics, path: content.path)
            survey = content.surveyFile.map(Survey.init)
            let versions =
                (content.hasPreviousVersion
                    ? [CompareForm.Version(value: "tidigare", name: "Tidigare sparad version")] : [])
                + content.comparable.map { CompareForm.Version(value: $0, name: $0) }
            comparison = versions.isEmpty ? nil : CompareForm(versions: versions)
            previewSource = content.documents.first.map { "/preview/\(target)?doc=\($0)" } ?? "about:blank"
        }
    }

    /// One item of `Resources/pages/diagnostics`; the link carries the line and column the script
    /// moves the cursor to.
    struct DiagnosticItem {
        var severity: String
        var severityWord: String
        var here: Bool
        var line: Int
        var column: Int
        var place: String
        var message: String

        static func items(_ diagnostics: [Diagnostic], path: String) -> [DiagnosticItem] {
            diagnostics.map { diagnostic in
                let location = diagnostic.location
                let here = location.file == path
                let word = diagnostic.severity.word(in: .sv)
                return DiagnosticItem(
                    severity: diagnostic.severity.rawValue, severityWord: word,
                    here: here, line: location.line, column: location.column,
                    place: here ? "rad \(location.line), kolumn \(location.column)" : location.description,
                    message: diagnostic.message.sv)
            }
        }
    }
}
