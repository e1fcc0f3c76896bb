import FCConfig
import FCRender
import Foundation

/// One fcdoc file as `/api/files` lists it and the overview shows it.
struct FileSummary: Codable, Sendable {
    /// Relative to the served folder, `/`-separated.
    var path: String
    /// `centre`, `county` or `report`; empty when the file could not be read as an fcdoc file.
    var kind: String
    var id: String
    var name: String
    var errors: Int
    var warnings: Int
    /// A report's year.
    var year: Int?
    /// A report's state: `draft` (marked `status: utkast`, as the starter writes it; whatever
    /// its errors), `errors` (handed in, but it has errors) or `valid` (handed in without errors).
    var status: Status?
    /// A report's centre file, relative to the served folder (absent when it lies outside).
    var centre: String?

    enum Status: String, Codable, Sendable {
        case draft
        case errors
        case valid
    }

    /// Checks every file once, sharing one cache: a report's centre is read once for both.
    static func all(in workspace: Workspace, strict: Bool, cache: ConfigCheck.Cache = ConfigCheck.Cache())
        -> [FileSummary]
    {
        workspace.configFiles().map { summary(of: $0, in: workspace, cache: cache, strict: strict) }
    }

    static func summary(of url: URL, in workspace: Workspace, cache: ConfigCheck.Cache, strict: Bool) -> FileSummary {
        let check = ConfigCheck.run(path: url.path, cache: cache, strict: strict, policy: workspace.policy)
        let diagnostics = check.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        var summary = FileSummary(
            path: workspace.paths.relative(url), kind: "", id: "", name: "", errors: errors,
            warnings: diagnostics.filter { $0.severity == .warning }.count)
        switch ConfigLoader.load(path: url.path).config {
        case .centre(let file)?:
            (summary.kind, summary.id, summary.name) = ("centre", file.centre.id.value, file.centre.name.value)
        case .county(let file)?:
            (summary.kind, summary.id, summary.name) = ("county", file.county.id.value, file.county.name.value)
        case .report(let file)?:
            let year = file.year.map { " \($0.value)" } ?? ""
            (summary.kind, summary.id, summary.name) = (
                "report", url.deletingPathExtension().lastPathComponent,
                "Verksamhetsberättelse" + year
            )
            summary.year = file.year?.value
            summary.status = file.status == .draft ? .draft : errors > 0 ? .errors : .valid
            let centre = PathPolicy.resolve(file.centre.value, from: url.deletingLastPathComponent())
            if !file.centre.value.isEmpty, workspace.policy.allows(centre) {
                summary.centre = workspace.paths.relative(URL(fileURLWithPath: centre))
            }
        case .profile(let file)?:
            (summary.kind, summary.id, summary.name) = (
                "profile", url.deletingPathExtension().lastPathComponent, file.name.value
            )
        case nil:
            summary.name = url.lastPathComponent
        }
        return summary
    }

    static func json(_ summaries: [FileSummary]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(summaries)) ?? Data("[]".utf8)
    }
}
