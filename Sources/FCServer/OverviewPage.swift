import FCRender
import Foundation

/// `GET /`: the county at a glance, with links to edit, preview and download, a form to start
/// a missing report and the button that renders the whole county.
enum OverviewPage {
    static func render(_ overview: Overview, folderName: String, token: String, pdf: Bool) -> String {
        let e = Pages.escape
        var body = "<header><h1>fcdoc – \(e(folderName))</h1>"
        if let year = overview.year {
            body +=
                "<p>Verksamhetsberättelser för \(year): <strong id=\"handed-in\">\(overview.handedIn) av "
                + "\(overview.centres.count) inlämnade</strong></p>"
        }
        body += yearPicker(overview)
        body += "</header>\n<main>\n"
        if !overview.clashes.isEmpty {
            body +=
                "<section class=\"problems\"><h2>Fel i mappen</h2><ul>"
                + overview.clashes.map { "<li class=\"error\">fel: \(e($0.message.sv))</li>" }.joined()
                + "</ul></section>\n"
        }
        if let county = overview.county {
            body +=
                "<section><h2>Länet</h2><table class=\"units\"><tbody>"
                + row(county, year: overview.year, token: token, pdf: pdf, nextYear: nil)
                + "</tbody></table></section>\n"
        }
        if !overview.centres.isEmpty {
            body +=
                "<section><h2>Familjecentraler</h2><table class=\"units\"><thead><tr><th>Familjecentral</th><th>Fil</th>"
                + "<th>Dokument</th><th>Verksamhetsberättelse\(overview.year.map { " \($0)" } ?? "")</th></tr></thead><tbody>\n"
            for centre in overview.centres {
                body += row(
                    centre, year: overview.year, token: token, pdf: pdf,
                    nextYear: overview.startedNextYear.contains(centre.file.path) ? nil : overview.nextYear)
            }
            body += "</tbody></table></section>\n"
        }
        if !overview.others.isEmpty {
            body += "<section><h2>Övriga filer</h2><ul>"
            for file in overview.others {
                body +=
                    "<li><a href=\"/edit/\(e(Pages.urlPath(file.path)))\">\(e(file.path))</a> – \(e(file.name)) "
                    + "\(Pages.counts(errors: file.errors, warnings: file.warnings))</li>"
            }
            body += "</ul></section>\n"
        }
        body += """
            <section><h2>Hela länet</h2>
            <form method="post" action="/api/batch" id="batch-form">
            <input type="hidden" name="csrf" value="\(e(token))">
            <button type="submit">Rendera hela länet</button>
            </form>
            <progress id="batch-progress" hidden max="1" value="0"></progress>
            <p id="batch-status" role="status"></p>
            </section>
            </main>
            """
        return Pages.page(title: folderName, token: token, body: body)
    }

    /// Links to the overview of every year a report names, and of the year after the newest.
    static func yearPicker(_ overview: Overview) -> String {
        let years = Set(overview.years + [overview.nextYear]).sorted(by: >)
        let links = years.map { year -> String in
            year == overview.year
                ? "<li><strong aria-current=\"page\">\(year)</strong></li>"
                : "<li><a href=\"/?year=\(year)\">\(year)</a></li>"
        }
        return "<nav aria-label=\"Rapportår\" class=\"years\"><span>År:</span><ul>\(links.joined())</ul></nav>"
    }

    /// The form that starts a centre's report for `year`.
    static func startForm(centre: String, year: Int, token: String) -> String {
        let e = Pages.escape
        return """
            <form method="post" action="/api/reports" class="inline">
            <input type="hidden" name="csrf" value="\(e(token))">
            <input type="hidden" name="centre" value="\(e(centre))">
            <input type="hidden" name="year" value="\(year)">
            <button type="submit">Starta verksamhetsberättelse \(year)</button>
            </form>
            """
    }

    /// One unit's row; `nextYear` is the year after the one shown, when the centre has no report for it yet.
    static func row(_ unit: Overview.Unit, year: Int?, token: String, pdf: Bool, nextYear: Int?) -> String {
        let e = Pages.escape
        let file = unit.file
        var html =
            "<tr><td><a href=\"/edit/\(e(Pages.urlPath(file.path)))\">\(e(file.name))</a></td>"
            + "<td><code>\(e(file.path))</code><br>\(Pages.counts(errors: file.errors, warnings: file.warnings))</td><td>"
        html += documentList(path: file.path, documents: unit.documents, pdf: pdf)
        html += "</td>"
        if unit.file.kind == "centre" {
            html += "<td>"
            switch (unit.reportState, unit.report) {
            case (_, let report?):
                let state =
                    switch unit.reportState {
                    case .handedIn: "<span class=\"ok\">inlämnad, utan fel</span>"
                    case .draft: "<span class=\"warn\">utkast, inte inlämnad</span>"
                    default: "<span class=\"bad\">har fel</span>"
                    }
                html +=
                    "\(state)<br><a href=\"/edit/\(e(Pages.urlPath(report.path)))\">\(e(report.path))</a> "
                    + Pages.counts(errors: report.errors, warnings: report.warnings)
                if unit.reportState == .handedIn || unit.reportState == .draft {
                    html += documentList(
                        path: report.path, documents: [Overview.Document(kind: "verksamhetsberattelse", copies: 1)],
                        pdf: pdf)
                }
            default:
                html += "<span class=\"bad\">saknas</span>"
                if let year, year != nextYear { html += startForm(centre: file.path, year: year, token: token) }
            }
            if let nextYear { html += startForm(centre: file.path, year: nextYear, token: token) }
            html += "</td>"
        }
        return html + "</tr>\n"
    }

    /// A document's name by its kind (`samverkansavtal` → "Samverkansavtal").
    static func documentName(_ kind: String) -> String {
        DocumentKind(rawValue: kind)?.name() ?? kind
    }

    /// Each document with its preview and downloads, and the signed copies.
    static func documentList(path: String, documents: [Overview.Document], pdf: Bool) -> String {
        let e = Pages.escape
        let target = e(Pages.urlPath(path))
        var html = "<ul class=\"documents\">"
        for document in documents {
            let doc = e(document.kind)
            let name = e(documentName(document.kind))
            var formats = [("odt", "ODT"), ("docx", "DOCX"), ("html", "HTML"), ("md", "Markdown")]
            if pdf { formats.insert(("pdf", "PDF"), at: 2) }
            let links = formats.map { "<a href=\"/download/\(target)?doc=\(doc)&amp;format=\($0.0)\">\($0.1)</a>" }
            html += "<li><a href=\"/preview/\(target)?doc=\(doc)\">\(name)</a> – " + links.joined(separator: " ")
            if document.copies > 1 {
                let copies = (2...document.copies).map {
                    "<a href=\"/download/\(target)?doc=\(doc)&amp;format=odt&amp;copy=\($0)\">\($0)</a>"
                }
                html +=
                    "<br><small>Undertecknade exemplar (ODT): <a href=\"/download/\(target)?doc=\(doc)&amp;format=odt\">1</a> "
                    + copies.joined(separator: " ") + "</small>"
            }
            html += "</li>"
        }
        return html + "</ul>"
    }
}
