import FCConfig
import FCDiff
import FCDocument
import FCRender
import Foundation
import HTTPTypes
import Hummingbird

/// `GET /diff/PATH?against=OTHER|tidigare&doc=NAME&format=html|odt|docx|md`: the file's
/// documents compared with another file of the folder, or with the version its last save here
/// replaced (`tidigare`), as `fcdoc diff` compares them; the document with tracked changes.
struct DiffController: ServerController {
    let server: LocalServer

    var routes: RouteCollection<BasicRequestContext> {
        RouteCollection(context: BasicRequestContext.self)
            .get("/diff/**") { request, _ in try self.diff(request) }
    }

    func diff(_ request: Request) throws -> Response {
        let url = try file(request, after: "/diff/")
        guard FileManager.default.fileExists(atPath: url.path) else { throw Refusal.notFound }
        let query = request.uri.queryParameters
        let old = try older(than: url, against: query.get("against") ?? "tidigare")
        guard let format = OutputFormat(rawValue: query.get("format") ?? "html"), Comparison.formats.contains(format)
        else {
            throw Refusal(.badRequest, Message.diffUnknownFormat(formats: ["html", "odt", "docx", "md"]).sv)
        }
        let pipeline = documents.pipeline
        let kind = query.get("doc").flatMap(DocumentKind.init(rawValue:))
        let changes: [Comparison.DocumentChanges]
        do {
            changes = try Comparison(pipeline: pipeline).compare(
                old: pipeline.check(path: old.path, lookForPreviousReport: false),
                new: pipeline.check(path: url.path, lookForPreviousReport: false),
                documents: kind.map { [$0] }, revision: Self.revisionNow())
        } catch {
            throw refusal(.pipeline(error))
        }
        guard let change = changes.first(where: { !$0.isUnchanged }) else {
            let message = Message.diffDocumentsUnchanged(changes.map { $0.kind.name() })
            let body = Pages.render("diff-unchanged", Unchanged(explanation: message.sv))
            return Pages.html(Pages.page(title: "Oförändrat", token: "", body: body, script: false))
        }
        let files = try Comparison.files([change], formats: [format])
        guard let file = files.first(where: { $0.relativePath.hasSuffix(".\(format.rawValue)") }) else {
            throw Refusal.notFound
        }
        var headers: HTTPFields = [.contentType: DocumentController.mediaType(format)]
        if format == .html {
            headers[.contentSecurityPolicy] = DocumentController.documentPolicy
        } else {
            headers[.contentDisposition] = DocumentController.attachment(
                named: DocumentController.downloadName(file.relativePath))
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// The version `url` is compared with: the one its last save here replaced (`tidigare`), or
    /// another file of the folder, named as a path in it and checked as every path is.
    func older(than url: URL, against: String) throws -> URL {
        if against == "tidigare" {
            guard let previous = workspace.previousVersion(of: url) else {
                throw Refusal(.notFound, Message.diffNoPreviousVersion.sv)
            }
            return previous
        }
        let other: URL
        do {
            other = try workspace.paths.resolve(relative: against)
        } catch SafePath.Refusal.outsideFolder {
            throw Refusal.outsideFolder
        } catch {
            throw Refusal.badPath
        }
        guard FileManager.default.fileExists(atPath: other.path) else { throw Refusal.notFound }
        return other
    }

    /// What `Resources/pages/diff-unchanged` shows.
    private struct Unchanged {
        var explanation: String
    }

    /// Author "fcdoc" and the time of the request, in UTC.
    static func revisionNow() -> Revision {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return Revision(author: "fcdoc", date: formatter.string(from: Date()))
    }
}
