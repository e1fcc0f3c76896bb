import FCConfig
import FCRender
import FCTemplates
import Foundation
import HTTPTypes
import Hummingbird

/// Starting a report for a centre and year: `POST /api/reports`.
struct ReportController: ServerController {
    let server: LocalServer

    var routes: RouteCollection<BasicRequestContext> {
        RouteCollection(context: BasicRequestContext.self)
            .post("/api/reports") { request, _ in try await self.startReport(request) }
    }

    /// `POST /api/reports` (fields `centre`, the centre file's path, and `year`): writes
    /// `reports/<centre>-<year>.yaml` beside the centre from the template `fcdoc init --kind
    /// report` writes, pointing at the centre, with the example survey `<centre>-<year>-enkat.csv`
    /// beside it (an existing survey is kept), and opens it in the editor. An existing report is
    /// never replaced (409).
    func startReport(_ request: Request) async throws -> Response {
        let form = try FormFields(try await Self.body(request, limit: 64 * 1024))
        guard let centrePath = form["centre"], let year = form["year"].flatMap(Int.init), (2000...2100).contains(year)
        else {
            throw Refusal(.badRequest, "Ange familjecentralens fil och ett år (2000–2100).")
        }
        let centre: URL
        do {
            centre = try workspace.paths.resolve(relative: centrePath)
        } catch {
            throw Refusal.badPath
        }
        guard ConfigLoader.load(path: centre.path).centre != nil else {
            throw Refusal(.badRequest, "\(centrePath) är ingen centrumfil (kind: centre).")
        }
        let stem = "\(centre.deletingPathExtension().lastPathComponent)-\(year)"
        let report = centre.deletingLastPathComponent().appendingPathComponent("reports/\(stem).yaml")
        let survey = report.deletingLastPathComponent().appendingPathComponent("\(stem)-enkat.csv")
        // As `fcdoc init --kind report` writes it: the example with its made-up survey beside it,
        // so that it validates until the real survey is uploaded.
        guard
            let text = ExampleFiles.report(
                centrePath: "../\(centre.lastPathComponent)", year: year,
                surveyFile: survey.lastPathComponent),
            let surveyExample = ExampleFiles.reportSurvey
        else {
            throw Refusal(
                .internalServerError, "Mallen för verksamhetsberättelser saknas i den här installationen av fcdoc.")
        }
        do {
            _ = try workspace.save(text, to: report, ifMatch: nil)
        } catch Workspace.SaveError.stale {
            throw Refusal(
                .conflict, "Verksamhetsberättelsen för \(year) finns redan: \(workspace.paths.relative(report)).")
        }
        if !FileManager.default.fileExists(atPath: survey.path) {
            _ = try? workspace.save(surveyExample, to: survey, ifMatch: nil)
        }
        let location = "/edit/" + Pages.urlPath(workspace.paths.relative(report))
        return Response(status: .seeOther, headers: [.location: location])
    }
}
