import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Every request passes here first. It refuses a `Host` that is not the address the server
/// listens on (a page on another site whose name was re-pointed at 127.0.0.1 — DNS rebinding —
/// sends its own name), refuses a state-changing request without the page's CSRF token, and
/// puts the security headers on every answer.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let address: ListeningAddress
    let token: String

    /// Methods that change nothing; every other one needs `X-CSRF-Token` (or the form's `csrf` field,
    /// in its body).
    static var safeMethods: Set<HTTPRequest.Method> { [.get, .head] }

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let authority = request.head.authority, address.accepts(authority: authority) else {
            return Self.secured(
                Pages.problem(
                    .misdirectedRequest, "Fel värdnamn",
                    "Servern svarar bara på adressen den lyssnar på."))
        }
        var request = request
        if !Self.safeMethods.contains(request.method), !Self.allowsWithoutToken(request) {
            var sent = request.headers[.csrfToken]
            if sent == nil {
                do {
                    sent = try await FormToken.read(&request)
                } catch let error as any HTTPResponseError {
                    return Self.secured(try error.response(from: request, context: context))
                }
            }
            guard let sent, Self.constantTimeEqual(sent, token) else {
                return Self.secured(
                    Pages.problem(
                        .forbidden, "Åtgärden nekades",
                        "Sidan saknar giltig säkerhetsnyckel (CSRF). Ladda om sidan och försök igen."))
            }
        }
        do {
            return Self.secured(try await next(request, context))
        } catch let error as any HTTPResponseError {
            return Self.secured(try error.response(from: request, context: context))
        }
    }

    /// Checking text and previewing it change nothing on disk, so scripts may call them without a token.
    static func allowsWithoutToken(_ request: Request) -> Bool {
        request.method == .post && (request.uri.path == "/api/validate" || request.uri.path.hasPrefix("/preview/"))
    }

    /// The headers every answer carries; documents (previews, downloads) bring a stricter policy of their own.
    static func secured(_ response: Response) -> Response {
        var response = response
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] =
                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension HTTPField.Name {
    static let csrfToken = known("X-CSRF-Token")
    static let fcdocPath = known("X-Fcdoc-Path")
    static let xContentTypeOptions = known("X-Content-Type-Options")
    static let referrerPolicy = known("Referrer-Policy")

    /// A header name written in this file: a valid token, so the check cannot fail.
    private static func known(_ name: String) -> HTTPField.Name {
        guard let field = HTTPField.Name(name) else { preconditionFailure("'\(name)' is not a header name") }
        return field
    }
}

/// The address the server listens on, known once it is bound (port 0 picks a free one).
public final class ListeningAddress: Sendable {
    public let host: String
    private let boundPort: Mutex<Int>

    public init(host: String, port: Int) {
        self.host = host
        boundPort = Mutex(port)
    }

    public var port: Int {
        get { boundPort.withLock { $0 } }
        set { boundPort.withLock { $0 = newValue } }
    }

    /// The `Host` values that name this server: the loopback names, and the chosen host, each with the port.
    public var acceptedAuthorities: Set<String> {
        let port = self.port
        var names = ["localhost", "127.0.0.1", "[::1]"]
        names.append(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)
        return Set(names.map { "\($0.lowercased()):\(port)" })
    }

    func accepts(authority: String) -> Bool {
        acceptedAuthorities.contains(authority.lowercased())
    }

    /// The address a person types: `http://127.0.0.1:8080/`.
    public var url: String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }
}
