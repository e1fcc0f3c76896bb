import FCConfig
import FCOutput
import Foundation
import HTTPTypes
import Hummingbird

/// A group of the web application's routes, as a Hummingbird controller: its `routes` are added
/// to the server's router (behind `RequestGuard`), and it answers them with the server's folder,
/// options and token. The helpers every controller uses are here.
protocol ServerController: Sendable {
    var server: LocalServer { get }
    var routes: RouteCollection<BasicRequestContext> { get }
}

extension ServerController {
    var workspace: Workspace { server.workspace }
    var options: LocalServer.Options { server.options }
    var token: String { server.token }
    var documents: DocumentService { server.documents }
    /// Where "Rendera hela länet" writes.
    var output: SafePath { server.output }

    /// The file a request's path names after `prefix`, checked to lie inside `paths`' folder.
    static func file(_ request: Request, after prefix: String, in paths: SafePath) throws -> URL {
        let path = request.uri.path
        guard path.hasPrefix(prefix) else { throw Refusal.badPath }
        do {
            return try paths.resolve(encoded: path.dropFirst(prefix.count))
        } catch SafePath.Refusal.outsideFolder {
            throw Refusal.outsideFolder
        } catch {
            throw Refusal.badPath
        }
    }

    func file(_ request: Request, after prefix: String) throws -> URL {
        try Self.file(request, after: prefix, in: workspace.paths)
    }

    /// The request's body, refused with 413 past `limit` (before reading when the length is declared).
    static func body(_ request: Request, limit: Int) async throws -> Data {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw Refusal.tooLarge(limit)
        }
        var data = Data()
        for try await chunk in request.body {
            guard data.count + chunk.readableBytes <= limit else { throw Refusal.tooLarge(limit) }
            data.append(contentsOf: chunk.readableBytesView)
        }
        return data
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        fields.append(contentsOf: headers)
        return Response(
            status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data + Data("\n".utf8))))
    }

    /// Diagnostics with paths relative to the folder, as a person in the folder would type them.
    func relative(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            let url = URL(fileURLWithPath: diagnostic.location.file)
            diagnostic.location.file = workspace.paths.relative(url)
            return diagnostic
        }
    }

    /// Why a file's document could not be made, as a refusal naming its errors (paths relative).
    func refusal(_ failure: DocumentService.Failure) -> Refusal {
        switch failure {
        case .pipeline(.invalid(let diagnostics)):
            let lines = relative(diagnostics).filter { $0.severity == .error }.map { $0.formatted(in: .sv) }
            return Refusal(
                .unprocessableContent, "Filen har fel och kan inte visas som dokument: " + lines.joined(separator: "; ")
            )
        case .unknownDocument(let available):
            return Refusal(.notFound, "Filen ger inget sådant dokument; den ger: " + available.joined(separator: ", "))
        case .pipeline(.document(let diagnostics)):
            // A template's error is the template's, not the server's: where it is and what to do.
            let lines = relative(diagnostics).map { $0.formatted(in: .sv) }
            return Refusal(.unprocessableContent, "Dokumentet kunde inte göras: " + lines.joined(separator: "; "))
        }
    }

    static func isConfig(_ url: URL) -> Bool { ["yaml", "yml"].contains(url.pathExtension) }
}
