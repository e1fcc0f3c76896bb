import FCConfig
import FCOutput
import FCRender
import Foundation
import HTTPTypes
import Hummingbird

/// Documents: `/preview/…` (HTML in the page's frame), `/download/…` (any format, any copy) and
/// `/output/…` (what "Rendera hela länet" wrote).
struct DocumentController: ServerController {
    let server: LocalServer

    var routes: RouteCollection<BasicRequestContext> {
        RouteCollection(context: BasicRequestContext.self)
            .get("/preview/**") { request, _ in try self.preview(request) }
            .post("/preview/**") { request, _ in try await self.previewPosted(request) }
            .get("/download/**") { request, _ in try self.download(request) }
            .get("/output/**") { request, _ in try self.outputFile(request) }
    }

    /// Documents are shown in a frame of the editor and carry no script: a stricter policy than the pages'.
    static let documentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox"
    /// A page that says why a preview could not be made is shown in the editor's frame, so it may be framed by it.
    static let previewProblemPolicy = "default-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'"
    /// The batch's index links to its documents, which must stay downloadable.
    static let outputPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"

    func preview(_ request: Request) throws -> Response {
        try preview(try file(request, after: "/preview/"), text: nil, document: request.uri.queryParameters.get("doc"))
    }

    func preview(_ url: URL, text: Data?, document: String?) throws -> Response {
        do {
            guard text != nil || FileManager.default.fileExists(atPath: url.path) else { throw Refusal.notFound }
            let html = try documents.html(path: url.path, text: text, document: document)
            return Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.documentPolicy],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: html)))
        } catch let failure as DocumentService.Failure {
            throw Self.framable(refusal(failure))
        } catch let refused as Refusal {
            throw Self.framable(refused)
        }
    }

    /// The refusal as a page the editor's preview frame may show.
    static func framable(_ refusal: Refusal) -> Refusal {
        var refusal = refusal
        refusal.headers[.contentSecurityPolicy] = previewProblemPolicy
        return refusal
    }

    /// The editor's unsaved text: the `text` field of its form, or else the raw body (as
    /// `curl --data-binary` sends it, whatever its content type says).
    func previewPosted(_ request: Request) async throws -> Response {
        let url = try file(request, after: "/preview/")
        let body = try await Self.body(request, limit: 3 * Workspace.maximumConfigSize + 4096)
        let document = request.uri.queryParameters.get("doc")
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true,
            let form = try? FormFields(body), let text = form["text"]
        {
            return try preview(url, text: Data(text.utf8), document: document ?? form["doc"])
        }
        guard body.count <= Workspace.maximumConfigSize else { throw Refusal.tooLarge(Workspace.maximumConfigSize) }
        return try preview(url, text: body, document: document)
    }

    func download(_ request: Request) throws -> Response {
        let url = try file(request, after: "/download/")
        guard FileManager.default.fileExists(atPath: url.path) else { throw Refusal.notFound }
        let query = request.uri.queryParameters
        guard let format = OutputFormat(rawValue: query.get("format") ?? "odt") else {
            throw Refusal(.badRequest, "Okänt format; välj odt, docx, pdf, html eller md.")
        }
        let copy = query.get("copy").flatMap(Int.init) ?? 1
        do {
            let file = try documents.download(path: url.path, document: query.get("doc"), format: format, copy: copy)
            var headers: HTTPFields = [
                .contentType: Self.mediaType(format),
                .contentDisposition: Self.attachment(named: Self.downloadName(file.relativePath)),
            ]
            if format == .html { headers[.contentSecurityPolicy] = Self.documentPolicy }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
        } catch let failure as DocumentService.Failure {
            throw refusal(failure)
        } catch let error as PDFConverter.ConversionError {
            throw Refusal(.serviceUnavailable, "\(error)")
        }
    }

    /// A document's file name for a folder of many centres' files: the centre (or county) folder
    /// joined to the file name, `ostersund-lugnvik/samverkansavtal.pdf` → `ostersund-lugnvik-samverkansavtal.pdf`.
    static func downloadName(_ relativePath: String) -> String {
        let parts = relativePath.split(separator: "/").map(String.init)
        return parts.isEmpty ? "dokument" : parts.joined(separator: "-")
    }

    /// `Content-Disposition` for a download: the name in ASCII (others as `_`) and in full (RFC 6266).
    static func attachment(named name: String, disposition: String = "attachment") -> String {
        let ascii = name.unicodeScalars.map {
            $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" ? Character($0) : "_"
        }
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? name
        return "\(disposition); filename=\"\(String(ascii))\"; filename*=UTF-8''\(encoded)"
    }

    static func mediaType(_ format: OutputFormat) -> String {
        switch format {
        case .odt: return "application/vnd.oasis.opendocument.text"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: return "application/pdf"
        case .html: return "text/html; charset=utf-8"
        case .md: return "text/markdown; charset=utf-8"
        }
    }

    /// What "Rendera hela länet" wrote: `index.html` and the documents it links to.
    func outputFile(_ request: Request) throws -> Response {
        let url = try Self.file(request, after: "/output/", in: output)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Refusal.notFound }
        let types = [
            "html": "text/html; charset=utf-8", "json": "application/json", "svg": "image/svg+xml",
        ]
        let format = OutputFormat(rawValue: url.pathExtension)
        var headers: HTTPFields = [
            .contentType: format.map(Self.mediaType) ?? types[url.pathExtension] ?? "application/octet-stream",
            .contentSecurityPolicy: Self.outputPolicy,
        ]
        // The documents are saved under the centre's name; pages (the index, HTML documents) open in the browser.
        let relative = output.relative(url)
        if relative != "index.html" {
            headers[.contentDisposition] = Self.attachment(
                named: Self.downloadName(relative),
                disposition: format == nil || format == .html ? "inline" : "attachment")
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
