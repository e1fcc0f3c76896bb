import FCConfig
import FCDiff
import FCDocument
import FCRender
import FCWriters
import Foundation
import HTTPTypes
import Hummingbird

/// `GET /diff/PATH?against=OTHER|tidigare&doc=NAME&format=html|odt|docx|md`: the file's
/// documents compared with another file of the folder, or with the version its last save here
/// replaced (`tidigare`), as `fcdoc diff` compares them; the document with tracked changes.
extension LocalServer {
    func diff(_ request: Request) throws -> Response {
        let url = try file(request, after: "/diff/")
        guard FileManager.default.fileExists(atPath: url.path) else { throw Refusal.notFound }
        let query = request.uri.queryParameters
        let against = query.get("against") ?? "tidigare"
        let old: URL
        if against == "tidigare" {
            guard let previous = workspace.previousVersion(of: url) else {
                throw Refusal(
                    .notFound, "Filen har ingen tidigare version sparad här; jämför med en annan fil i mappen.")
            }
            old = previous
        } else {
            // The other file is named as a path in the folder, checked as every path is.
            do {
                old = try workspace.paths.resolve(relative: against)
            } catch SafePath.Refusal.outsideFolder {
                throw Refusal.outsideFolder
            } catch {
                throw Refusal.badPath
            }
            guard FileManager.default.fileExists(atPath: old.path) else { throw Refusal.notFound }
        }
        guard let format = OutputFormat(rawValue: query.get("format") ?? "html"), Comparison.formats.contains(format)
        else {
            throw Refusal(.badRequest, "Okänt format; välj html, odt, docx eller md.")
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
            let names = changes.map { $0.kind.name() }.joined(separator: ", ")
            let page =
                "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Oförändrat</title></head>"
                + "<body><p>Oförändrat: \(HTMLWriter.escape(names)) är likadana i båda versionerna.</p></body></html>"
            return Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.documentPolicy],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: Data(page.utf8))))
        }
        let files = try Comparison.files([change], formats: [format])
        guard let file = files.first(where: { $0.relativePath.hasSuffix(".\(format.rawValue)") }) else {
            throw Refusal.notFound
        }
        var headers: HTTPFields = [.contentType: Self.mediaType(format)]
        if format == .html {
            headers[.contentSecurityPolicy] = Self.documentPolicy
        } else {
            headers[.contentDisposition] = Self.attachment(named: Self.downloadName(file.relativePath))
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
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
