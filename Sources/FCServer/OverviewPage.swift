import FCBatch
import FCRender
import Foundation

/// `GET /`: the county at a glance, with links to edit, preview and download, a form to start
/// a missing report and the button that renders the whole county (`Resources/pages/overview`).
/// The views hold stored properties only: a template sees no computed ones.
enum OverviewPage {
    static func render(_ overview: Overview, folderName: String, token: String, pdf: Bool) -> String {
        Pages.page(
            title: folderName, token: token, body: Pages.render("overview", View(overview, folderName, token, pdf)))
    }

    struct View {
        var folderName: String
        var token: String
        var reportYear: Bool
        var year: Int?
        var handedIn: Int
        var centreCount: Int
        var years: [YearLink]
        var hasClashes: Bool
        var clashes: [String]
        var county: UnitRow?
        var hasCentres: Bool
        var centres: [UnitRow]
        /// " 2025" after the report column's heading, when a year is shown.
        var yearSuffix: String
        var hasOthers: Bool
        var others: [FileLink]

        init(_ overview: Overview, _ folderName: String, _ token: String, _ pdf: Bool) {
            self.folderName = folderName
            self.token = token
            reportYear = overview.year != nil
            year = overview.year
            handedIn = overview.handedIn
            centreCount = overview.centres.count
            // Every year a report names, and the year after the newest.
            years = Set(overview.years + [overview.nextYear]).sorted(by: >).map {
                YearLink(year: $0, current: $0 == overview.year)
            }
            clashes = overview.clashes.map(\.message.sv)
            hasClashes = !clashes.isEmpty
            county = overview.county.map { UnitRow($0, year: overview.year, pdf: pdf, nextYear: nil) }
            centres = overview.centres.map {
                UnitRow(
                    $0, year: overview.year, pdf: pdf,
                    nextYear: overview.startedNextYear.contains($0.file.path) ? nil : overview.nextYear)
            }
            hasCentres = !centres.isEmpty
            yearSuffix = overview.year.map { " \($0)" } ?? ""
            others = overview.others.map(FileLink.init)
            hasOthers = !others.isEmpty
        }
    }

    struct YearLink {
        var year: Int
        var current: Bool
    }

    /// A file with its link into the editor and its diagnostics counted.
    struct FileLink {
        var path: String
        var url: String
        var name: String
        var counts: Pages.Counts

        init(_ file: FileSummary) {
            path = file.path
            url = Pages.urlPath(file.path)
            name = file.name
            counts = Pages.Counts(errors: file.errors, warnings: file.warnings)
        }
    }

    /// One unit's row; a centre's has its report of the year, or forms to start one.
    struct UnitRow {
        var path: String
        var url: String
        var name: String
        var counts: Pages.Counts
        var documents: [DocumentLinks]
        var isCentre: Bool
        var report: ReportCell?
        var startForms: [StartForm]

        /// `nextYear` is the year after the one shown, when the centre has no report for it yet.
        init(_ unit: Overview.Unit, year: Int?, pdf: Bool, nextYear: Int?) {
            let file = unit.file
            path = file.path
            url = Pages.urlPath(file.path)
            name = file.name
            counts = Pages.Counts(errors: file.errors, warnings: file.warnings)
            documents = unit.documents.map { DocumentLinks(path: file.path, document: $0, pdf: pdf) }
            isCentre = file.kind == "centre"
            report = unit.report.map { ReportCell($0, state: unit.reportState, pdf: pdf) }
            startForms = []
            if report == nil, let year, year != nextYear { startForms.append(StartForm(centre: file.path, year: year)) }
            if let nextYear { startForms.append(StartForm(centre: file.path, year: nextYear)) }
        }
    }

    /// The centre's report of the year: its state, its file, and its document when it has one.
    struct ReportCell {
        var handedIn: Bool
        var draft: Bool
        var faulty: Bool
        var path: String
        var url: String
        var counts: Pages.Counts
        var hasDocuments: Bool
        var documents: [DocumentLinks]

        init(_ report: FileSummary, state: Batch.ReportState, pdf: Bool) {
            handedIn = state == .handedIn
            draft = state == .draft
            faulty = !handedIn && !draft
            path = report.path
            url = Pages.urlPath(report.path)
            counts = Pages.Counts(errors: report.errors, warnings: report.warnings)
            documents =
                faulty
                ? []
                : [
                    DocumentLinks(
                        path: report.path, document: .init(kind: "verksamhetsberattelse", copies: 1), pdf: pdf)
                ]
            hasDocuments = !documents.isEmpty
        }
    }

    /// The form that starts a centre's report for `year`.
    struct StartForm {
        var centre: String
        var year: Int
    }

    /// A document with its preview and downloads, and the signed copies.
    struct DocumentLinks {
        var target: String
        var kind: String
        var name: String
        var formats: [Format]
        var hasCopies: Bool
        var copies: [Copy]

        struct Format {
            var format: String
            var label: String
            var first: Bool
        }

        struct Copy {
            var number: Int
            var first: Bool
        }

        init(path: String, document: Overview.Document, pdf: Bool) {
            target = Pages.urlPath(path)
            kind = document.kind
            name = OverviewPage.documentName(document.kind)
            var formats = [("odt", "ODT"), ("docx", "DOCX"), ("html", "HTML"), ("md", "Markdown")]
            if pdf { formats.insert(("pdf", "PDF"), at: 2) }
            self.formats = formats.enumerated().map { Format(format: $1.0, label: $1.1, first: $0 == 0) }
            hasCopies = document.copies > 1
            copies = hasCopies ? (2...document.copies).map { Copy(number: $0, first: $0 == 2) } : []
        }
    }

    /// A document's name by its kind (`samverkansavtal` → "Samverkansavtal").
    static func documentName(_ kind: String) -> String {
        DocumentKind(rawValue: kind)?.name() ?? kind
    }
}
