import FCDocument
import Mustache

/// Mustache escaping for Markdown templates: every `{{value}}` is inserted as literal text.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }

    /// Registration is global in swift-mustache; doing it once here keeps it in one place.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()
}
