import FCDocument
import FCXML
import Foundation

/// The styles of a reference DOCX: `word/styles.xml`'s paragraph styles Body Text (else
/// Normal), Heading1–3, Header and Footer over its document defaults, and the page size and margins of the body's
/// section (`w:sectPr` in `word/document.xml`). Fonts given only as theme fonts are not read.
enum DOCXReference {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Each role's style ids, in order of preference (Word's, then LibreOffice's).
    static let roleIds: [(StyleRole, [String])] = [
        (.body, ["BodyText", "TextBody", "Normal"]), (.heading1, ["Heading1"]), (.heading2, ["Heading2"]),
        (.heading3, ["Heading3"]), (.header, ["Header"]), (.footer, ["Footer"]),
    ]

    static func read(styles: [XMLEvent], document: [XMLEvent]) -> ReferenceStyle {
        var entries: [String: ReferenceStyleEntry] = [:]
        var defaults = ReferenceStyleEntry()
        var path: [String] = []
        var current: String?
        for event in styles {
            switch event {
            case .start(let name, let attributes):
                let value = attributes[XMLName(w, "val")]
                if name.namespace == w {
                    if name.local == "style" {
                        current =
                            attributes[XMLName(w, "type")] == "paragraph" ? attributes[XMLName(w, "styleId")] : nil
                        if let current { entries[current] = ReferenceStyleEntry() }
                    } else if name.local == "basedOn", path.last == "style", let current {
                        entries[current]?.parent = value
                    } else if path.suffix(2) == ["rPrDefault", "rPr"] || path.suffix(2) == ["pPrDefault", "pPr"] {
                        read(name.local, attributes, into: &defaults.look)
                    } else if let current, path.count >= 2, path[path.count - 2] == "style",
                        ["rPr", "pPr"].contains(path.last)
                    {
                        read(name.local, attributes, into: &entries[current, default: ReferenceStyleEntry()].look)
                    }
                }
                path.append(name.local)
            case .end(let name):
                path.removeLast()
                if name == XMLName(w, "style") { current = nil }
            case .text:
                break
            }
        }
        var reference = ReferenceStyle()
        for (role, ids) in roleIds {
            guard let id = ids.first(where: { entries[$0] != nil }) else { continue }
            let look = ReferenceStyleEntry.resolve(id, in: entries, base: defaults.look)
            if !look.isEmpty { reference.looks[role] = look }
        }
        readSection(document, into: &reference)
        return reference
    }

    /// A property of a style's (or the defaults') `w:rPr` or `w:pPr`.
    static func read(_ element: String, _ attributes: [XMLName: String], into look: inout ParagraphLook) {
        func value(_ local: String) -> String? { attributes[XMLName(w, local)] }
        func on() -> Bool { !["0", "false", "off"].contains(value("val") ?? "true") }
        switch element {
        case "rFonts":
            if let font = value("ascii") ?? value("hAnsi") { look.font = font }
        case "b": look.bold = on()
        case "i": look.italic = on()
        case "color": if let colour = value("val").flatMap(ReferenceStyle.colour) { look.colour = colour }
        case "sz": if let halves = value("val").flatMap(Double.init), halves > 0 { look.size = halves / 2 }
        case "spacing":
            if let before = value("before").flatMap(twips) { look.spaceBefore = before }
            if let after = value("after").flatMap(twips) { look.spaceAfter = after }
        default: break
        }
    }

    /// The last `w:sectPr` of the body (the document's own section): page size and margins.
    static func readSection(_ events: [XMLEvent], into reference: inout ReferenceStyle) {
        var size: [XMLName: String]?
        var margins: [XMLName: String]?
        for case .start(let name, let attributes) in events where name.namespace == w {
            if name.local == "pgSz" { size = attributes }
            if name.local == "pgMar" { margins = attributes }
        }
        func length(_ attributes: [XMLName: String]?, _ local: String) -> Double? {
            attributes?[XMLName(w, local)].flatMap(twips)
        }
        reference.pageWidth = length(size, "w").flatMap { $0 > 0 ? $0 : nil }
        reference.pageHeight = length(size, "h").flatMap { $0 > 0 ? $0 : nil }
        reference.marginTop = length(margins, "top")
        reference.marginBottom = length(margins, "bottom")
        reference.marginLeft = length(margins, "left")
        reference.marginRight = length(margins, "right")
    }

    /// Twentieths of a point as centimetres (a negative margin, Word's "exactly", as its size).
    static func twips(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return (abs(value) / 1440 * 2.54 * 100).rounded() / 100
    }
}
