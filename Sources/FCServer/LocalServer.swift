import FCConfig
import FCOutput
import FCRender
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `fcdoc serve`: a local web application over a county folder (or one file), built on
/// Hummingbird. It keeps no state about the files: every request reads them anew through the
/// same loader, validator and renderer as the command line.
public struct LocalServer: Sendable {
    public struct Options: Sendable {
        /// A county folder or one fcdoc file.
        public var path: String
        public var host = "127.0.0.1"
        /// 0 picks a free port (for tests).
        public var port = 8080
        /// Where "Rendera hela länet" writes (as `fcdoc batch --out`).
        public var outputDirectory = "output"
        public var templatesDirectory: String?
        public var strict = false

        public init(path: String) {
            self.path = path
        }
    }

    public let options: Options
    public let workspace: Workspace
    public let address: ListeningAddress
    /// Made at start; every page carries it and every state-changing request must send it back.
    public let token: String
    let documents: DocumentService
    let output: SafePath

    public init(options: Options) {
        self.options = options
        workspace = Workspace(path: options.path)
        address = ListeningAddress(host: options.host, port: options.port)
        var generator = SystemRandomNumberGenerator()
        token = (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        documents = DocumentService(
            templatesDirectory: options.templatesDirectory, strict: options.strict, policy: workspace.policy,
            pdf: (try? PDFConverter.find()).map { WarmPDFConverter(converter: $0) })
        try? FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
        output = SafePath(root: URL(fileURLWithPath: options.outputDirectory))
    }

    /// Is `host` one a person on another machine could reach? Then `fcdoc serve` warns.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    /// The application to run (or to test): `listening` is told the address once the port is bound.
    public func application(logger: Logger? = nil, listening: @escaping @Sendable (String) -> Void = { _ in })
        -> some ApplicationProtocol
    {
        let address = self.address
        return Application(
            router: router(),
            configuration: .init(
                address: .hostname(options.host, port: options.port),
                serverName: "fcdoc"),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { address.port = port }
                listening(address.url)
            },
            logger: logger ?? Self.quietLogger)
    }

    /// Warnings and errors only: a request log would show every keystroke's check.
    static var quietLogger: Logger {
        var logger = Logger(label: "fcdoc-serve")
        logger.logLevel = .warning
        return logger
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(address: address, token: token))
        router.get("/") { request, _ in try self.overviewPage(request) }
        router.get("/static/:name") { _, context in try self.staticFile(context.parameters.require("name")) }
        router.get("/api/files") { _, _ in
            Self.json(FileSummary.json(FileSummary.all(in: self.workspace, strict: self.options.strict)))
        }
        router.get("/api/files/**") { request, _ in try self.readFile(request) }
        router.put("/api/files/**") { request, _ in try await self.saveFile(request) }
        router.post("/api/validate") { request, _ in try await self.validate(request) }
        router.get("/preview/**") { request, _ in try self.preview(request) }
        router.post("/preview/**") { request, _ in try await self.previewPosted(request) }
        router.get("/download/**") { request, _ in try self.download(request) }
        router.get("/diff/**") { request, _ in try self.diff(request) }
        router.get("/edit/**") { request, _ in try self.editorPage(try self.file(request, after: "/edit/"), notice: nil)
        }
        router.post("/edit/**") { request, _ in try await self.saveForm(request) }
        router.post("/api/reports") { request, _ in try await self.startReport(request) }
        router.post("/api/survey/**") { request, _ in try await self.uploadSurvey(request) }
        router.post("/api/batch") { request, _ in try await self.renderCounty(request) }
        router.get("/output/**") { request, _ in try self.outputFile(request) }
        return router
    }

    // MARK: Paths and bodies

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

    static func isConfig(_ url: URL) -> Bool { ["yaml", "yml"].contains(url.pathExtension) }
}
