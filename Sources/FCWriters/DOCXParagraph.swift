import FCDocument
import FCXML

/// A paragraph's properties (`w:pPr`), written in the order the schema demands, and a run's
/// formatting (`w:rPr`).
struct DOCXParagraphProperties {
    var style: String?
    /// Keep with the next paragraph (a short table's rows); `false` turns a style's off.
    var keepNext: Bool?
    var pageBreakBefore = false
    var numbering: (id: Int, level: Int)?
    var spacingAfter: Int?
    var indentLeft: Int?
    /// `left`, `center` or `right`.
    var alignment: String?
    /// The paragraph inserted or deleted as a whole: its mark is tracked too.
    var markChange: Change?

    func write(_ writer: XMLWriter, tracked: DOCXTrackedChanges? = nil) {
        guard
            style != nil || keepNext != nil || pageBreakBefore || numbering != nil || spacingAfter != nil
                || indentLeft != nil || alignment != nil || markChange != nil
        else { return }
        writer.start("w:pPr")
        if let style { writer.element("w:pStyle", ["w:val": style]) }
        if let keepNext { writer.element("w:keepNext", keepNext ? [:] : ["w:val": "0"]) }
        if pageBreakBefore { writer.element("w:pageBreakBefore") }
        if let numbering {
            writer.start("w:numPr")
            writer.element("w:ilvl", ["w:val": "\(numbering.level)"])
            writer.element("w:numId", ["w:val": "\(numbering.id)"])
            writer.end()
        }
        if let spacingAfter { writer.element("w:spacing", ["w:after": "\(spacingAfter)"]) }
        if let indentLeft { writer.element("w:ind", ["w:left": "\(indentLeft)"]) }
        if let alignment { writer.element("w:jc", ["w:val": alignment]) }
        if let markChange, let tracked {
            writer.start("w:rPr")
            tracked.element(writer, markChange)
            writer.end()
        }
        writer.end()
    }
}

struct DOCXRunFormat {
    var bold = false
    var italic = false
    var code = false
    var link = false

    var isPlain: Bool { !bold && !italic && !code && !link }

    func write(_ writer: XMLWriter) {
        guard !isPlain else { return }
        writer.start("w:rPr")
        if link {
            writer.element("w:rStyle", ["w:val": "Hyperlink"])
        } else if code {
            writer.element("w:rStyle", ["w:val": "HTMLCode"])
        }
        if bold { writer.element("w:b") }
        if italic { writer.element("w:i") }
        writer.end()
    }
}
