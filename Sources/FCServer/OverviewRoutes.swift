import FCOutput
import Foundation
import HTTPTypes
import Hummingbird

/// The overview page and the files every page uses (stylesheet, script), compiled into the
/// program from `Resources/static/`.
struct PageController: ServerController {
    let server: LocalServer

    var routes: RouteCollection<BasicRequestContext> {
        RouteCollection(context: BasicRequestContext.self)
            .get("/") { request, _ in try self.overviewPage(request) }
            .get("/static/:name") { _, context in try self.staticFile(context.parameters.require("name")) }
    }

    /// `GET /` shows the newest report year; `GET /?year=YYYY` that year.
    func overviewPage(_ request: Request) throws -> Response {
        var year: Int?
        if let asked = request.uri.queryParameters.get("year") {
            guard let number = Int(asked), (2000...2100).contains(number) else {
                throw Refusal(.badRequest, "Året ska vara ett årtal från 2000 till 2100, t.ex. /?year=2025.")
            }
            year = number
        }
        let overview = Overview.read(workspace, year: year, strict: options.strict)
        let pdf = (try? PDFConverter.find()) != nil
        let name = workspace.onlyFile ?? workspace.root.lastPathComponent
        return Pages.html(OverviewPage.render(overview, folderName: name, token: token, pdf: pdf))
    }

    func staticFile(_ name: String) throws -> Response {
        let types = ["app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"]
        guard let type = types[name],
            let text = EmbeddedResources.files["static/\(name)"]
        else { throw Refusal.notFound }
        return Response(
            status: .ok, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
