import FCOutput
import Foundation
import HTTPTypes
import Hummingbird

/// The overview page and the files every page uses (stylesheet, script), served by fcdoc itself.
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
            let url = Bundle.module.url(forResource: "static", withExtension: nil)?.appendingPathComponent(name),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw Refusal.notFound }
        return Response(
            status: .ok, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
