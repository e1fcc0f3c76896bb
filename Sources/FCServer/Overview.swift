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

    var year: Int?
    var county: Unit?
    var centres: [Unit]
    /// Files that are no centre, county or report file, and reports of other years.
    var others: [FileSummary]
    /// Centre files that share an id (`CentreIDClash`), each error once.
    var clashes: [Diagnostic] = []

    static func read(_ workspace: Workspace, strict: Bool) -> Overview {
        let cache = ConfigCheck.Cache()
        var summaries = FileSummary.all(in: workspace, strict: strict, cache: cache)
        let plan = Batch(
            folder: workspace.root.path, year: nil,
            outputDirectory: workspace.root.appendingPathComponent(".output").path,
            jobs: 1, formats: [], templatesDirectory: nil
        ).plan()
        let relative = { (path: String) in workspace.paths.relative(URL(fileURLWithPath: path)) }
        let clashes = CentreIDClash.find(
            in: plan.units.filter { !$0.isCounty }.map(\.source), cache: cache, strict: strict, name: relative)
        for (path, errors) in clashes {
            for index in summaries.indices where summaries[index].path == relative(path) {
                summaries[index].errors += errors.count
            }
        }
        let byPath = Dictionary(summaries.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var used: Set<String> = []
        var overview = Overview(year: plan.year, county: nil, centres: [], others: [])
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
            switch (unit.isCounty, report) {
            case (true, _): state = .notApplicable
            case (false, nil): state = .missing
            case (false, let report?) where report.errors > 0: state = .invalid
            case (false, _?):
                // A draft is not handed in, whatever else the file says.
                let status = unit.report.flatMap {
                    ConfigCheck.run(path: $0, cache: cache, strict: strict).config?.report
                }
                state = status?.status == .draft ? .draft : .handedIn
            }
            let entry = Unit(
                file: file, documents: documents(of: unit.source, cache: cache, strict: strict),
                report: report, reportState: state)
            if unit.isCounty { overview.county = entry } else { overview.centres.append(entry) }
        }
        overview.others = summaries.filter { !used.contains($0.path) }
        return overview
    }

    /// The documents a valid file gives, with their number of signed copies; none with errors.
    static func documents(of path: String, cache: ConfigCheck.Cache, strict: Bool) -> [Document] {
        let pipeline = Pipeline(strict: strict, cache: cache)
        let checked = pipeline.check(path: path)
        return checked.kinds.compactMap { kind in
            (try? pipeline.plans(checked, documents: [kind]))?.first.map {
                Document(kind: kind.rawValue, copies: $0.copies)
            }
        }
    }
}
