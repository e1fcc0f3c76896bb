/// The shell of every HTML page fcdoc writes (a document, the batch's index): UTF-8, `lang`
/// set, usable at phone width, and a policy that allows no script and no external resource.
public enum HTMLPage {
    /// The policy every page carries: its own inline styles, nothing else.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"
    /// The policy of a page that shows pictures it carries itself (a letterhead's logos as
    /// `data:` URLs, where no script of an SVG ever runs).
    public static let contentSecurityPolicyWithImages = contentSecurityPolicy + "; img-src data:"

    /// The page around `body`; `title` and `language` are escaped here, `style` (CSS) and
    /// `body` (HTML) are written as they are. `generator` names the program in a meta tag.
    public static func page(
        language: String, title: String, style: String, generator: String? = nil, dataImages: Bool = false,
        body: String
    ) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(HTMLWriter.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">

            """
        if let generator { html += "<meta name=\"generator\" content=\"\(HTMLWriter.escape(generator))\">\n" }
        html += """
            <meta http-equiv="Content-Security-Policy" content="\(dataImages ? contentSecurityPolicyWithImages : contentSecurityPolicy)">
            <title>\(HTMLWriter.escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
        return html
    }
}
