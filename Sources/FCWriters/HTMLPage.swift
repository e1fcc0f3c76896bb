/// The shell of every HTML page fcdoc makes (a document, the batch's index, the web
/// application's pages): UTF-8, `lang` set, usable at phone width.
public enum HTMLPage {
    /// The policy a written page carries: its own inline styles, nothing else.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"
    /// The policy of a page that shows pictures it carries itself (a letterhead's logos as
    /// `data:` URLs, where no script of an SVG ever runs).
    public static let contentSecurityPolicyWithImages = contentSecurityPolicy + "; img-src data:"

    /// The page around `body`; `title` and `language` are escaped here, `style` (CSS), `head`
    /// (more elements of the head) and `body` (HTML) are written as they are. `generator` names
    /// the program in a meta tag. `policy` is the page's own content security policy: a written
    /// file allows no script and no external resource; a served page (`nil`) has the server's,
    /// in a header.
    public static func page(
        language: String, title: String, style: String? = nil, generator: String? = nil,
        policy: String? = contentSecurityPolicy, head: String = "", body: String
    ) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(HTMLWriter.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">

            """
        if let generator { html += "<meta name=\"generator\" content=\"\(HTMLWriter.escape(generator))\">\n" }
        if let policy { html += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">\n" }
        html += "<title>\(HTMLWriter.escape(title))</title>\n"
        if let style { html += "<style>\(style)</style>\n" }
        html += """
            \(head)</head>
            <body>
            \(body)</body>
            </html>

            """
        return html
    }
}
