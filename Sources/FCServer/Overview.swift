import FCBatch
import FCConfig
import FCRender
import Foundation

/// What the overview shows: the county file, every centre with its documents and the report of
/// the year — the facts of the batch's `index.html`, read from the folder now.
struct Overview: Sendable {
    struct Document: Sendable {
        var kind: String
        var copies: Int
    }

    struct Unit: Sendable {
        var file: FileSummary
        var documents: [Document]
        /// The report of the year, when there is one.
        var report: FileSummary?
        var reportState: Batch.ReportState
    }

    /// The report year shown: the one asked for, else the newest a report names.
    var year: Int?
    /// Every year a report names, and the year shown, newest first: the year picker's choices.
    var years: [Int]
    var county: Unit?
    var centres: [Unit]
    /// Files that are no centre, county or report file, and reports for no centre of the folder.
    var others: [FileSummary]
    /// The centres (by file) that already have a report for the year after the one shown.
    var startedNextYear: Set<String>
    /// Centre files that share an id (`CentreIDClash`), each error once.
    var clashes: [Diagnostic] = []

    /// The year after the one shown, for which a report can always be started.
    var nextYear: Int { (year ?? Calendar.current.component(.year, from: Date()) - 1) + 1 }

    /// Centres whose report of the year is handed in without errors.
    var handedIn: Int { centres.filter { $0.report?.status == .valid }.count }

    static func read(_ workspace: Workspace, year asked: Int? = nil, strict: Bool) -> Overview {
        let cache = ConfigCheck.Cache()
        var summaries = FileSummary.all(in: workspace, strict: strict, cache: cache)
        let reportYears = Set(summaries.compactMap(\.year))
        // The newest year a report names, drafts included: a year just started is where work goes on.
        let year = asked ?? reportYears.max()
        var batch = Batch(
            folder: workspace.root.path, year: year,
            outputDirectory: workspace.root.appendingPathComponent(".output").path,
            jobs: 1, formats: [], templatesDirectory: nil)
        batch.policy = workspace.policy
        let plan = batch.plan()
        let relative = { (path: String) in workspace.paths.relative(URL(fileURLWithPath: path)) }
        let clashes = CentreIDClash.find(
            in: plan.units.filter { !$0.isCounty }.map(\.source), cache: cache, strict: strict,
            policy: workspace.policy, name: relative)
        for (path, errors) in clashes {
            for index in summaries.indices where summaries[index].path == relative(path) {
                summaries[index].errors += errors.count
            }
        }
        let byPath = Dictionary(summaries.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var used: Set<String> = []
        var overview = Overview(
            year: plan.year, years: reportYears.union(plan.year.map { [$0] } ?? []).sorted(by: >), county: nil,
            centres: [], others: [], startedNextYear: [])
        var seen: Set<Diagnostic> = []
        overview.clashes = plan.units.flatMap { clashes[$0.source] ?? [] }.filter { seen.insert($0).inserted }
        for unit in plan.units {
            let path = workspace.paths.relative(URL(fileURLWithPath: unit.source))
            // With one file given, byPath holds only that one.
            guard let file = byPath[path] else { continue }
            used.insert(path)
            let report = unit.report.flatMap { byPath[workspace.paths.relative(URL(fileURLWithPath: $0))] }
            if let report { used.insert(report.path) }
            let state: Batch.ReportState
            switch (unit.isCounty, report?.status) {
            case (true, _): state = .notApplicable
            case (false, nil): state = .missing
            // A draft is not handed in, whatever else the file says.
            case (false, .draft?): state = .draft
            case (false, .errors?): state = .invalid
            case (false, .valid?): state = .handedIn
            }
            let entry = Unit(
                file: file,
                documents: documents(of: unit.source, cache: cache, strict: strict, policy: workspace.policy),
                report: report, reportState: state)
            if unit.isCounty { overview.county = entry } else { overview.centres.append(entry) }
        }
        let centres = Set(overview.centres.map(\.file.path))
        overview.startedNextYear = Set(
            summaries.filter { $0.year == overview.nextYear }.compactMap(\.centre).filter(centres.contains))
        // A centre's reports of other years are under their own year, not "other files".
        overview.others = summaries.filter { summary in
            !used.contains(summary.path)
                && !(summary.year != nil && summary.year != overview.year
                    && summary.centre.map(centres.contains) == true)
        }
        return overview
    }

    /// The documents a valid file gives, with their number of signed copies; none with errors.
    static func documents(of path: String, cache: ConfigCheck.Cache, strict: Bool, policy: PathPolicy) -> [Document] {
        let pipeline = Pipeline(strict: strict, cache: cache, policy: policy)
        let checked = pipeline.check(path: path)
        return checked.kinds.compactMap { kind in
            (try? pipeline.plans(checked, documents: [kind]))?.first.map {
                Document(kind: kind.rawValue, copies: $0.copies)
            }
        }
    }
}
