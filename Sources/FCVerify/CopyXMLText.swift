import FCXML

/// Reads the text of an ODF XML part: each paragraph or heading (`text:p`, `text:h`) as one
/// string, spans joined, `text:s`, `text:tab` and `text:line-break` as spaces, a figure's
/// `svg:title` left out (its caption repeats it) and its `svg:desc` kept.
enum ODFText {
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let body = XMLName(officeNamespace, "body")
    static let masterStyles = XMLName(officeNamespace, "master-styles")
    static let paragraph: Set<XMLName> = [XMLName(textNamespace, "p"), XMLName(textNamespace, "h")]
    static let space: Set<XMLName> = [
        XMLName(textNamespace, "s"), XMLName(textNamespace, "tab"), XMLName(textNamespace, "line-break"),
    ]
    static let skipped: Set<XMLName> = [XMLName("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "title")]

    /// The paragraphs inside `within` (the body of `content.xml`, the master pages of `styles.xml`).
    static func paragraphs(_ events: [XMLEvent], within: XMLName) -> [String] {
        var reader = ParagraphCollector(within: within, paragraph: paragraph, space: space, skipped: skipped)
        for event in events { reader.take(event) }
        return reader.units
    }
}

/// Reads the text of a WordprocessingML part: each `w:p` as one string, the text of its `w:t`,
/// `w:tab`, `w:br` and `w:cr` as spaces, a non-breaking hyphen as U+2011, a picture by its
/// description (`wp:docPr`'s `descr`), as the ODT's `svg:desc`.
enum WordText {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let body = XMLName(main, "body")
    static let footer = XMLName(main, "ftr")
    static let text = XMLName(main, "t")
    static let pictureProperties = XMLName(drawing, "docPr")

    static func paragraphs(_ events: [XMLEvent], within: XMLName = body) -> [String] {
        var reader = ParagraphCollector(
            within: within, paragraph: [XMLName(main, "p")],
            space: [XMLName(main, "tab"), XMLName(main, "br"), XMLName(main, "cr")], skipped: [])
        var inText = 0
        for event in events {
            switch event {
            case .start(text, _): inText += 1
            case .end(text): inText -= 1
            case .start(XMLName(main, "noBreakHyphen"), _): reader.take(.text("\u{2011}"))
            case .start(pictureProperties, let attributes):
                reader.take(.text(" " + (attributes[XMLName("", "descr")] ?? "") + " "))
            case .text: if inText > 0 { reader.take(event) }
            default: reader.take(event)
            }
        }
        return reader.units
    }
}

/// Collects paragraphs from XML events: the text inside paragraph elements within one element,
/// nested paragraphs (a frame's caption) joined into the outer one with a space.
struct ParagraphCollector {
    let within: XMLName
    let paragraph: Set<XMLName>
    let space: Set<XMLName>
    let skipped: Set<XMLName>
    private(set) var units: [String] = []
    private var inside = 0
    private var depth = 0
    private var skipping = 0
    private var current = ""

    init(within: XMLName, paragraph: Set<XMLName>, space: Set<XMLName>, skipped: Set<XMLName>) {
        self.within = within
        self.paragraph = paragraph
        self.space = space
        self.skipped = skipped
    }

    mutating func take(_ event: XMLEvent) {
        switch event {
        case .start(let name, _):
            if name == within { inside += 1 }
            guard inside > 0 else { return }
            if paragraph.contains(name) {
                if depth > 0 { current += " " }
                depth += 1
            } else if space.contains(name) {
                current += " "
            } else if skipped.contains(name) {
                skipping += 1
            }
        case .end(let name):
            guard inside > 0 else { return }
            if name == within { inside -= 1 }
            if paragraph.contains(name), depth > 0 {
                depth -= 1
                if depth == 0 {
                    let unit = PDFStructureText.collapsed(current)
                    if !unit.isEmpty { units.append(unit) }
                    current = ""
                }
            } else if skipped.contains(name) {
                skipping -= 1
            }
        case .text(let text):
            if inside > 0, depth > 0, skipping == 0 { current += text }
        }
    }
}
