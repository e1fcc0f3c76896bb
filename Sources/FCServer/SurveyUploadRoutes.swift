import FCConfig
import FCReport
import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/survey/REPORT`: a report's parent survey, as the survey tool exported it (CSV or
/// Excel), checked before anything is saved.
///
/// - A file from the editor's form (`multipart/form-data`) is only read: the answer is the page
///   that shows which column became which question, with the file's problems and a form that
///   saves it (200, or 422 with problems).
/// - That form (`application/x-www-form-urlencoded`: the file as `data` in base64, its `name`,
///   and `column-N` for a question chosen by hand), or a raw body from a script, saves it — if it
///   is a valid survey. Otherwise the answer is 422 with its problems and nothing is written: the
///   report keeps the survey it had, byte for byte. A survey replaced is kept beside the new one,
///   its name dated, so the replacement can be undone; the report's `survey.file` names the new
///   file, `survey.columns` the columns chosen by hand, and `survey.delimiter` goes.
extension FileController {
    /// An upload as received: its bytes, the name it came with, and the questions chosen by hand.
    struct SurveyUpload {
        var data: Data
        var fileName: String
        var chosen: [Int: String]
        /// Shown for checking only (the form's first step), or to be saved.
        var save: Bool
    }

    func uploadSurvey(_ request: Request) async throws -> Response {
        let url = try file(request, after: "/api/survey/")
        guard let report = ConfigLoader.load(path: url.path).report else {
            throw Refusal(.badRequest, "Enkätsvar laddas upp till en verksamhetsberättelse (kind: report).")
        }
        if report.survey?.file == nil, report.survey?.counts.isEmpty == false {
            throw Refusal(
                .conflict,
                "Verksamhetsberättelsen har färdigräknade svar (survey.counts); ta bort dem först om enkätsvaren ska läsas ur en fil."
            )
        }
        let upload = try await surveyUpload(request)
        guard upload.data.count <= Workspace.maximumSurveySize else {
            throw Refusal.tooLarge(Workspace.maximumSurveySize)
        }
        guard let current = surveyFile(of: report, at: url) else { throw Refusal.outsideFolder }
        // The report's name for the file, its extension the upload's kind.
        let name = Self.surveyName(
            report.survey?.file?.value ?? URL(fileURLWithPath: current).lastPathComponent, for: upload)
        let target: URL
        do {
            target = try workspace.paths.resolve(relative: Self.surveyName(current, for: upload))
        } catch {
            throw Refusal.badPath
        }
        var settings = report.surveySettings
        // Any export: the separator is found from the file (the report's goes when it is saved).
        settings.delimiter = nil
        for key in upload.chosen.values { settings.columns[key] = nil }
        let firstRead = SurveyFile.read(
            data: upload.data, path: target.path, settings: settings, sink: DiagnosticSink())
        let chosen = upload.chosen.compactMap { index, key -> (key: String, header: String)? in
            firstRead.columns.indices.contains(index) ? (key, firstRead.columns[index].header) : nil
        }.sorted { $0.key < $1.key }
        for column in chosen { settings.columns[column.key] = column.header }
        let sink = DiagnosticSink()
        let reading = SurveyFile.read(data: upload.data, path: target.path, settings: settings, sink: sink)
        let page = SurveyUploadPage.Content(
            report: workspace.paths.relative(url), target: workspace.paths.relative(target),
            fileName: upload.fileName, data: upload.data, columns: reading.columns, questions: settings.questions,
            respondents: reading.tally?.respondents, diagnostics: relative(sink.sorted), chosen: upload.chosen)
        guard !sink.hasErrors, upload.save else {
            return Pages.html(
                SurveyUploadPage.render(page, token: token), status: sink.hasErrors ? .unprocessableContent : .ok)
        }
        let kept = try replaceSurvey(with: upload.data, at: target)
        try pointReport(at: url, report: report, to: name, columns: chosen)
        let notice =
            "Enkätsvaren sparades som \(workspace.paths.relative(target))"
            + (kept.map { "; de förra finns kvar som \(workspace.paths.relative($0))." } ?? ".")
        return try editorPage(url, notice: notice)
    }

    /// The upload from the form's file, the form's fields, or the raw body.
    func surveyUpload(_ request: Request) async throws -> SurveyUpload {
        let contentType = request.headers[.contentType] ?? ""
        let limit = Workspace.maximumSurveySize * 2 + 64 * 1024
        let body = try await Self.body(request, limit: limit)
        if contentType.hasPrefix("multipart/form-data") {
            let file = try UploadedFile(body: body, contentType: contentType)
            return SurveyUpload(data: file.data, fileName: file.fileName, chosen: [:], save: false)
        }
        if contentType.hasPrefix("application/x-www-form-urlencoded") {
            let form = try FormFields(body)
            guard let encoded = form["data"], let data = Data(base64Encoded: encoded) else {
                throw Refusal(.badRequest, "Formuläret saknar enkätfilen; ladda upp den igen.")
            }
            var chosen: [Int: String] = [:]
            for index in 0..<1_000 {
                guard let key = form["column-\(index)"] else { continue }
                if !key.isEmpty { chosen[index] = key }
            }
            return SurveyUpload(data: data, fileName: form["name"] ?? "", chosen: chosen, save: true)
        }
        return SurveyUpload(data: body, fileName: "", chosen: [:], save: true)
    }

    /// The survey's path with the extension of the upload's kind: `.xlsx` for a workbook, else `.csv`.
    static func surveyName(_ current: String, for upload: SurveyUpload) -> String {
        let kind = SurveyFile.isWorkbook(data: upload.data, path: upload.fileName) ? "xlsx" : "csv"
        let url = URL(fileURLWithPath: current)
        guard url.pathExtension.lowercased() != kind else { return current }
        let stem = (current as NSString).deletingPathExtension
        return stem + "." + kind
    }

    /// Saves the survey; the file it replaces (if different) is kept beside it, named with the
    /// date and time. Returns where the previous one is kept.
    func replaceSurvey(with data: Data, at target: URL) throws -> URL? {
        guard let previous = try? workspace.read(target) else {
            _ = try save(data, to: target, ifMatch: nil)
            return nil
        }
        guard previous.data != data else { return nil }
        let stamp = Self.backupStamp.string(from: Date())
        let stem = target.deletingPathExtension().lastPathComponent
        let backup = target.deletingLastPathComponent().appendingPathComponent(
            "\(stem)-\(stamp).\(target.pathExtension)")
        _ = try save(previous.data, to: backup, ifMatch: nil)
        _ = try save(data, to: target, ifMatch: previous.etag)
        return backup
    }

    static var backupStamp: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        return formatter
    }

    /// The report's `survey` after an upload: the file's name, the columns chosen by hand, no
    /// delimiter. Left as it is when nothing changes.
    func pointReport(
        at url: URL, report: ReportFile, to name: String, columns: [(key: String, header: String)]
    ) throws {
        guard let version = try? workspace.read(url) else { return }
        let unchanged =
            report.survey?.file?.value == name && report.survey?.delimiter == nil
            && columns.allSatisfy { column in
                report.survey?.columns.contains { $0.key.value == column.key && $0.header.value == column.header }
                    ?? false
            }
        guard !unchanged else { return }
        var edit = SurveyReportEdit(text: String(decoding: version.data, as: UTF8.self))
        edit.apply(to: report.survey, file: name, columns: columns)
        _ = try save(Data(edit.text.utf8), to: url, ifMatch: version.etag)
    }

    /// Where a report's survey CSV lives: the file its `survey.file` names, else `<report>-enkat.csv`
    /// beside it; `nil` when that lies outside the folder.
    func surveyFile(of report: ReportFile, at url: URL) -> String? {
        let name = report.survey?.file?.value ?? url.deletingPathExtension().lastPathComponent + "-enkat.csv"
        let path = PathPolicy.resolve(name, from: url.deletingLastPathComponent())
        guard workspace.policy.allows(path) else { return nil }
        return workspace.paths.relative(URL(fileURLWithPath: path))
    }
}
