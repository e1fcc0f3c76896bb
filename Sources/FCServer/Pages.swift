import FCText
import FCWriters
import Foundation
import HTTPTypes
import Hummingbird

/// The HTML around every page: Swedish, the CSRF token in a meta element, the stylesheet and
/// script served by fcdoc itself (no external resources). Every text from a file is escaped.
enum Pages {
    static func escape(_ text: String) -> String { HTMLWriter.escape(text) }

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

    static func page(title: String, token: String, body: String, script: Bool = true) -> String {
        """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="\(escape(token))">
        <title>\(escape(title)) – fcdoc</title>
        <link rel="stylesheet" href="/static/app.css">
        \(script ? "<script src=\"/static/app.js\" defer></script>" : "")
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A short page that says what went wrong and what to do (no token, no script).
    static func problem(_ status: HTTPResponse.Status, _ heading: String, _ explanation: String) -> Response {
        html(
            page(
                title: heading, token: "",
                body: "<main><h1>\(escape(heading))</h1><p>\(escape(explanation))</p>"
                    + "<p><a href=\"/\">Till översikten</a></p></main>", script: false), status: status)
    }

    static func counts(errors: Int, warnings: Int) -> String {
        switch (errors, warnings) {
        case (0, 0): return "<span class=\"ok\">inga fel</span>"
        case (0, _): return "<span class=\"warn\">\(warnings) \(warnings == 1 ? "varning" : "varningar")</span>"
        default:
            return "<span class=\"bad\">\(errors) fel</span>"
                + (warnings > 0 ? ", \(warnings) \(warnings == 1 ? "varning" : "varningar")" : "")
        }
    }
}

extension CharacterSet {
    static let urlPathSegmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))
}
