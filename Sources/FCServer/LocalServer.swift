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
        /// `--reference-doc`: a municipality's own document's styles for every document rendered.
        public var reference: ReferenceStyle?

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
            reference: options.reference,
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
        router.addRoutes(PageController(server: self).routes)
        router.addRoutes(FileController(server: self).routes)
        router.addRoutes(DocumentController(server: self).routes)
        router.addRoutes(ReportController(server: self).routes)
        router.addRoutes(BatchController(server: self).routes)
        router.addRoutes(DiffController(server: self).routes)
        return router
    }
}
