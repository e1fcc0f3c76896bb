import FCXML

/// The ODF namespaces fcdoc writes, declared on each part's root element.
enum ODFNamespaces {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"

    static let version = "1.3"

    /// Opens a part's root element with the namespaces it uses and `office:version`.
    static func startRoot(_ writer: XMLWriter, _ name: String, prefixes: [(String, String)]) {
        writer.start(name)
        for (prefix, uri) in prefixes { writer.attribute("xmlns:\(prefix)", uri) }
        writer.attribute("office:version", version)
    }

    static let documentPrefixes: [(String, String)] = [
        ("office", office), ("style", style), ("text", text), ("table", table), ("fo", fo), ("svg", svg),
        ("draw", draw), ("xlink", xlink),
    ]
}
