import FCOutput
import Foundation
import HTTPTypes
import Hummingbird

/// The overview page and the files every page uses (stylesheet, script), compiled into the
/// program from `Resources/static/`.
extension LocalServer {
    func overviewPage() -> Response {
        let overview = Overview.read(workspace, strict: options.strict)
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
