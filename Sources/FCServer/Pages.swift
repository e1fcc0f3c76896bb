import FCText
import FCWriters
import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// The server's pages: Mustache templates compiled into the program (`Resources/pages/`), each
/// page's body in the one HTML shell (`HTMLPage`) — Swedish, the CSRF token in a meta element,
/// the stylesheet and script served by fcdoc itself (no external resources). Every `{{value}}`
/// is escaped as the documents' HTML escapes it; only text escaped here is written with `{{{…}}}`.
enum Pages {
    /// Every template of `Resources/pages/`, by its name without `.mustache`, each able to use the
    /// others as partials. Made from text compiled into the program, so it cannot go stale.
    static let library: MustacheLibrary = {
        _ = PageContentType.registered
        var library = MustacheLibrary()
        let prefix = "pages/"
        for (path, text) in EmbeddedResources.files where path.hasPrefix(prefix) && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst(prefix.count).dropLast(".mustache".count))
            // The file's last line break is the file's, not the page's.
            let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
            do {
                try library.register("{{% CONTENT_TYPE: \(PageContentType.name)}}" + body, named: name)
            } catch {
                preconditionFailure("the page template \(path) compiled into fcdoc-serve does not parse: \(error)")
            }
        }
        return library
    }()

    /// The template `name` filled in with `view`.
    static func render(_ name: String, _ view: Any) -> String {
        guard let text = library.render(view, withTemplate: name) else {
            preconditionFailure("no page template \(name) is compiled into fcdoc-serve")
        }
        return text
    }

    /// For the editor's text area: escaped, but with every character kept (the HTML writer's
    /// escaper also drops control characters, which would then be lost on saving).
    static func escapeKeepingEveryCharacter(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            default: return nil
            }
        }
    }

    /// A path for a URL: each segment percent-encoded, the slashes kept.
    static func urlPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? ""
        }.joined(separator: "/")
    }

    /// What the head of every page adds to the shell's.
    private struct Head {
        var token: String
        var script: Bool
    }

    /// The page around `body`; the server's content security policy comes as a header.
    static func page(title: String, token: String, body: String, script: Bool = true) -> String {
        HTMLPage.page(
            language: "sv", title: "\(title) – fcdoc", policy: nil,
            head: render("head", Head(token: token, script: script)) + "\n", body: body + "\n")
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private struct Problem {
        var heading: String
        var explanation: String
    }

    /// A short page that says what went wrong and what to do (no token, no script), in Swedish
    /// whatever the server's locale.
    static func problem(_ status: HTTPResponse.Status, _ heading: String, _ explanation: String) -> Response {
        html(
            page(
                title: heading, token: "", body: render("problem", Problem(heading: heading, explanation: explanation)),
                script: false), status: status)
    }

    /// A page's heading for a refused request.
    static func heading(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "Felaktig begäran"
        case 403: return "Åtkomst nekad"
        case 404: return "Hittades inte"
        case 405: return "Metoden är inte tillåten"
        case 409: return "Konflikt"
        case 412: return "Filen har ändrats"
        case 413: return "För stort innehåll"
        case 415: return "Filtypen stöds inte"
        case 421: return "Fel värdnamn"
        case 422: return "Kan inte behandlas"
        case 428: return "Version saknas"
        case 500: return "Internt fel"
        case 503: return "Inte tillgängligt just nu"
        default: return "Fel \(status.code)"
        }
    }

    /// "2 fel, 1 varning", "inga fel": a file's diagnostics counted (stored properties only:
    /// a template sees no computed ones).
    struct Counts {
        let errors: Int
        let warnings: Int
        let hasErrors: Bool
        let hasWarnings: Bool
        let warningWord: String

        init(errors: Int, warnings: Int) {
            self.errors = errors
            self.warnings = warnings
            hasErrors = errors > 0
            hasWarnings = warnings > 0
            warningWord = warnings == 1 ? "varning" : "varningar"
        }
    }
}

extension CharacterSet {
    static let urlPathSegmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))
}

/// Mustache escaping for the server's pages: the documents' HTML escaping, which works on
/// bytes (a quote followed by a combining mark is still a quote) and drops control characters.
struct PageContentType: MustacheContentType {
    static let name = "FCDOC_PAGE"

    func escapeText(_ text: String) -> String {
        HTMLWriter.escape(text)
    }

    /// Registration is global in swift-mustache; doing it once here keeps it in one place.
    static let registered: Void = {
        MustacheContentTypes.register(PageContentType(), named: name)
    }()
}
