import FCConfig
import FCReport
import Foundation
import Synchronization

/// Loads what a report refers to, reporting problems in the other files by their own names.
enum ReportLoader {
    static func load(
        _ report: ReportFile, sink: DiagnosticSink, lookForPrevious: Bool = true,
        cache: ConfigCheck.Cache? = nil, strict: Bool = false, policy: PathPolicy = .anywhere
    ) -> ReportData? {
        let folder = URL(fileURLWithPath: report.path).deletingLastPathComponent()
        let centrePath = PathPolicy.resolve(report.centre.value, from: folder)
        var centre: CentreFile?
        if !report.centre.value.isEmpty,
            policy.check(centrePath, named: report.centre.value, at: report.centre.location, sink: sink)
        {
            // The flag means nothing for a centre; the same key lets a batch reuse the centre's check.
            let check = ConfigCheck.run(
                path: centrePath, lookForPreviousReport: true, cache: cache, strict: strict, policy: policy)
            for diagnostic in check.diagnostics { sink.append(diagnostic) }
            centre = check.centre
            if check.config != nil, check.centre == nil {
                sink.error(.notACentreFile(report.centre.value), at: report.centre.location)
            } else if check.hasErrors {
                sink.error(.centreFileHasErrors(report.centre.value), at: report.centre.location)
            }
        }
        let tally = report.survey.flatMap {
            countSurvey($0, report: report, folder: folder, sink: sink, policy: policy)
        }
        let statements = report.selfReflectionStatements
        let positions: [SelfReflection.Position] = (report.selfReflection?.answers ?? []).compactMap { answer in
            let key = SelfReflection.currentKey(answer.statement.value)
            guard let statement = statements.first(where: { $0.key == key }),
                let position = answer.position?.value
            else { return nil }
            return SelfReflection.Position(statement: statement, position: position, comment: answer.comment?.value)
        }
        guard let centre, !sink.hasErrors else { return nil }
        let previous =
            lookForPrevious
            ? previousReport(
                of: report, centrePath: centrePath, folder: folder, sink: sink, cache: cache, policy: policy) : nil
        return ReportData(
            report: report, centre: centre, survey: tally?.results, positions: positions, previous: previous,
            surveyRespondents: tally?.respondents)
    }

    /// The survey's answers per question, and the number of respondents when a CSV gives it
    /// (answers counted beforehand do not say how many parents gave them).
    static func countSurvey(
        _ survey: SurveySource, report: ReportFile, folder: URL,
        sink: DiagnosticSink, policy: PathPolicy = .anywhere
    ) -> (results: [QuestionResult], respondents: Int?)? {
        let questions = report.surveyQuestions
        var counts: [String: [Int]]
        var respondents: Int?
        if let file = survey.file {
            let path = PathPolicy.resolve(file.value, from: folder)
            guard policy.check(path, named: file.value, at: file.location, sink: sink),
                let read = SurveyFile.read(path: path, settings: report.surveySettings, sink: sink).tally
            else { return nil }
            counts = read.counts
            respondents = read.respondents
        } else {
            // Written from "Instämmer helt" down; kept from 1 up.
            counts = Dictionary(
                survey.counts.map { ($0.key.value, Array($0.counts.value.reversed())) },
                uniquingKeysWith: { a, _ in a })
        }
        let results = questions.map { question in
            let values = counts[question.key] ?? [0, 0, 0, 0, 0]
            return QuestionResult(question: question, counts: values.count == 5 ? values : [0, 0, 0, 0, 0])
        }
        return (results, respondents)
    }

    /// Last year's report for the same centre, from the same folder, if one is there and valid.
    static func previousReport(
        of report: ReportFile, centrePath: String, folder: URL, sink: DiagnosticSink,
        cache: ConfigCheck.Cache?, policy: PathPolicy = .anywhere
    ) -> ReportData? {
        guard let year = report.year?.value else { return nil }
        let own = URL(fileURLWithPath: report.path).standardizedFileURL.path
        let index = cache?.reports ?? ReportIndex(readAhead: nil)
        guard
            let entry = index.reports(in: folder, policy: policy).first(where: {
                $0.path != own && $0.year == year - 1 && $0.centrePath == centrePath
            })
        else { return nil }
        let check = ConfigCheck.run(path: entry.path, lookForPreviousReport: false, cache: cache, policy: policy)
        if let data = check.reportData { return data }
        let name = URL(fileURLWithPath: entry.path).lastPathComponent
        sink.warning(
            .previousReportHasErrors(name, year: year - 1),
            at: report.year?.location ?? SourceLocation.wholeFile(report.path))
        return nil
    }
}

/// Which report files lie in a folder, for which centre and year: read once per folder and
/// run, since a county batch asks it for every report (a few hundred in one folder). One per
/// run (`ConfigCheck.Cache` holds it), so that a later run sees reports added since.
package final class ReportIndex: Sendable {
    /// Where the reports read for the index are kept for the run's checks to take.
    private let readAhead: ConfigLoader.ReadAhead?

    init(readAhead: ConfigLoader.ReadAhead?) {
        self.readAhead = readAhead
    }

    package struct Entry: Sendable {
        package var path: String
        package var year: Int
        package var centrePath: String
        package var status: ReportStatus
    }

    private let folders = Mutex<[String: [Entry]]>([:])

    /// The first caller reads the folder while holding the lock, so that parallel workers wait
    /// for one reading instead of each reading every report. A file that `policy` does not allow
    /// (a link out of the served folder) is left unread; a run keeps one policy.
    package func reports(in folder: URL, policy: PathPolicy = .anywhere) -> [Entry] {
        let key = folder.standardizedFileURL.path
        return folders.withLock { folders in
            if let known = folders[key] { return known }
            let entries = read(folder, key: key, policy: policy)
            folders[key] = entries
            return entries
        }
    }

    private func read(_ folder: URL, key: String, policy: PathPolicy) -> [Entry] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: key)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        let paths = names.map { folder.appendingPathComponent($0).standardizedFileURL.path }.filter(policy.allows)
        let entries = zip(paths, ConfigLoader.loadAhead(paths, keepingIn: readAhead)).compactMap {
            path, loaded -> Entry? in
            guard let report = loaded.report, let year = report.year?.value else { return nil }
            return Entry(
                path: path, year: year,
                centrePath: PathPolicy.resolve(report.centre.value, from: folder), status: report.status)
        }
        return entries
    }
}
