import FCDocument
import FCXML
import Foundation

/// The styles of a reference ODT's `styles.xml`: the paragraph styles Text body (else
/// Standard), Heading 1–3, Header and Footer over the default style, and the page layout of
/// the master page Standard (else the first).
enum ODTReference {
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    /// Each role's style names, in order of preference (internal names, as display names may
    /// be translated).
    static let roleNames: [(StyleRole, [String])] = [
        (.body, ["Text_20_body", "Standard"]), (.heading1, ["Heading_20_1"]), (.heading2, ["Heading_20_2"]),
        (.heading3, ["Heading_20_3"]), (.header, ["Header"]), (.footer, ["Footer"]),
    ]

    static func read(styles events: [XMLEvent]) -> ReferenceStyle {
        var fonts: [String: String] = [:]
        var entries: [String: ReferenceStyleEntry] = [:]
        var defaults = ReferenceStyleEntry()
        var layouts: [String: [XMLName: String]] = [:]
        var masters: [(name: String, layout: String)] = []
        var current: String?
        var inDefault = false
        var inCommonStyles = false
        var layout: String?
        for event in events {
            guard case .start(let name, let attributes) = event else {
                if case .end(let name) = event {
                    if name == XMLName(style, "style") { current = nil }
                    if name == XMLName(style, "default-style") { inDefault = false }
                    if name == XMLName(office, "styles") { inCommonStyles = false }
                    if name == XMLName(style, "page-layout") { layout = nil }
                }
                continue
            }
            func value(_ namespace: String, _ local: String) -> String? { attributes[XMLName(namespace, local)] }
            switch (name.namespace, name.local) {
            case (office, "styles"):
                inCommonStyles = true
            case (style, "font-face"):
                if let face = value(style, "name"), let family = value(svg, "font-family") {
                    fonts[face] = family.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                }
            case (style, "default-style") where value(style, "family") == "paragraph":
                inDefault = true
            case (style, "style") where inCommonStyles && value(style, "family") == "paragraph":
                if let styleName = value(style, "name") {
                    current = styleName
                    entries[styleName] = ReferenceStyleEntry(parent: value(style, "parent-style-name"))
                }
            case (style, "page-layout"):
                layout = value(style, "name")
            case (style, "page-layout-properties"):
                if let layout { layouts[layout] = attributes }
            case (style, "master-page"):
                if let master = value(style, "name"), let layout = value(style, "page-layout-name") {
                    masters.append((master, layout))
                }
            case (style, "paragraph-properties"), (style, "text-properties"):
                if inDefault {
                    read(attributes, into: &defaults, fonts: fonts)
                } else if let current {
                    read(attributes, into: &entries[current, default: ReferenceStyleEntry()], fonts: fonts)
                }
            default:
                break
            }
        }
        var reference = ReferenceStyle()
        for (role, names) in roleNames {
            guard let found = names.first(where: { entries[$0] != nil }) else { continue }
            let look = ReferenceStyleEntry.resolve(found, in: entries, base: defaults.look)
            if !look.isEmpty { reference.looks[role] = look }
        }
        let master = masters.first { $0.name == "Standard" } ?? masters.first
        if let master, let page = layouts[master.layout] {
            func length(_ local: String) -> Double? { page[XMLName(fo, local)].flatMap(ReferenceStyle.centimetres) }
            reference.pageWidth = length("page-width").flatMap { $0 > 0 ? $0 : nil }
            reference.pageHeight = length("page-height").flatMap { $0 > 0 ? $0 : nil }
            reference.marginTop = length("margin-top")
            // fcdoc's ODT keeps half a centimetre of the bottom margin for its footer
            // (`PageGeometry.odtMarginBottom`): the reference's margin is what it writes.
            reference.marginBottom = length("margin-bottom").map { $0 + 0.5 }
            reference.marginLeft = length("margin-left")
            reference.marginRight = length("margin-right")
        }
        return reference
    }

    /// The properties of `attributes` (paragraph or text properties) that make a look.
    static func read(_ attributes: [XMLName: String], into entry: inout ReferenceStyleEntry, fonts: [String: String]) {
        func value(_ namespace: String, _ local: String) -> String? { attributes[XMLName(namespace, local)] }
        if let font = value(style, "font-name") {
            entry.look.font = fonts[font] ?? font
        } else if let family = value(fo, "font-family") {
            entry.look.font = family.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        }
        if let size = value(fo, "font-size") {
            if size.hasSuffix("%") {
                entry.sizePercent = Double(size.dropLast()).flatMap { $0 > 0 ? $0 : nil }
            } else {
                entry.look.size = ReferenceStyle.points(size)
            }
        }
        if let colour = value(fo, "color").flatMap(ReferenceStyle.colour) { entry.look.colour = colour }
        if let weight = value(fo, "font-weight") { entry.look.bold = weight == "bold" || (Int(weight) ?? 400) >= 600 }
        if let slant = value(fo, "font-style") { entry.look.italic = slant == "italic" || slant == "oblique" }
        if let top = value(fo, "margin-top").flatMap(ReferenceStyle.centimetres) { entry.look.spaceBefore = top }
        if let bottom = value(fo, "margin-bottom").flatMap(ReferenceStyle.centimetres) {
            entry.look.spaceAfter = bottom
        }
    }
}
