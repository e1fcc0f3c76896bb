import FCDocument
import Foundation

/// A reference document's `ParagraphLook` as the properties of an ODT or DOCX style, laid over
/// fcdoc's own: a property the reference gives replaces fcdoc's, the others stay.
enum ReferenceLook {
    /// `base` with `overrides`' values in place of its own, and their new keys after it.
    static func merged(_ base: KeyValuePairs<String, String>, _ overrides: [(String, String)]) -> [(String, String)] {
        var result = base.map { key, value in (key, overrides.first { $0.0 == key }?.1 ?? value) }
        result += overrides.filter { override in !base.contains { $0.key == override.0 } }
        return result
    }

    /// ODF paragraph properties: the space above and below.
    static func odfParagraph(_ look: ParagraphLook) -> [(String, String)] {
        [("fo:margin-top", look.spaceBefore), ("fo:margin-bottom", look.spaceAfter)].compactMap { key, value in
            value.map { (key, PageGeometry.odf($0)) }
        }
    }

    /// ODF text properties: font, size, colour, weight and slant.
    static func odfText(_ look: ParagraphLook) -> [(String, String)] {
        var properties: [(String, String)] = []
        if let font = look.font { properties.append(("style:font-name", font)) }
        if let size = look.size { properties.append(("fo:font-size", String(format: "%gpt", size))) }
        if let colour = look.colour { properties.append(("fo:color", colour)) }
        if let bold = look.bold { properties.append(("fo:font-weight", bold ? "bold" : "normal")) }
        if let italic = look.italic { properties.append(("fo:font-style", italic ? "italic" : "normal")) }
        return properties
    }

    /// A WordprocessingML property element and its attributes.
    typealias Property = (name: String, attributes: [(String, String)])

    /// `w:pPr`'s elements: fcdoc's, with the reference's space above and below.
    static func docxParagraph(_ base: [(String, KeyValuePairs<String, String>)], _ look: ParagraphLook) -> [Property] {
        var spacing: [(String, String)] = []
        if let before = look.spaceBefore { spacing.append(("w:before", String(PageGeometry.twips(before)))) }
        if let after = look.spaceAfter { spacing.append(("w:after", String(PageGeometry.twips(after)))) }
        return laid(base, spacing.isEmpty ? [] : [("w:spacing", spacing)], order: paragraphOrder)
    }

    /// `w:rPr`'s elements: fcdoc's, with the reference's font, weight, slant, colour and size.
    static func docxRun(
        _ base: [(String, KeyValuePairs<String, String>)], _ look: ParagraphLook, wordFont: (String) -> String
    ) -> [Property] {
        var run: [Property] = []
        if let font = look.font.map(wordFont) {
            run.append(("w:rFonts", [("w:ascii", font), ("w:hAnsi", font), ("w:cs", font)]))
        }
        if let bold = look.bold { run.append(("w:b", bold ? [] : [("w:val", "0")])) }
        if let italic = look.italic { run.append(("w:i", italic ? [] : [("w:val", "0")])) }
        if let colour = look.colour { run.append(("w:color", [("w:val", String(colour.dropFirst()))])) }
        if let size = look.size { run.append(("w:sz", [("w:val", String(Int((size * 2).rounded())))])) }
        return laid(base, run, order: runOrder)
    }

    /// The schema's order of the elements fcdoc writes in `w:pPr` and `w:rPr`.
    static let paragraphOrder = ["w:keepNext", "w:keepLines", "w:spacing", "w:ind", "w:jc", "w:outlineLvl"]
    static let runOrder = ["w:rFonts", "w:b", "w:i", "w:color", "w:sz", "w:szCs"]

    /// `base` with each of `overrides` in place of the element of its name (its attributes merged
    /// over the old ones), or inserted where the schema's `order` puts it.
    private static func laid(
        _ base: [(String, KeyValuePairs<String, String>)], _ overrides: [Property], order: [String]
    ) -> [Property] {
        var result: [Property] = base.map { name, attributes in
            guard let override = overrides.first(where: { $0.name == name }) else {
                return (name, attributes.map { ($0.key, $0.value) })
            }
            return (name, merged(attributes, override.attributes))
        }
        func rank(_ name: String) -> Int { order.firstIndex(of: name) ?? order.count }
        for override in overrides where !result.contains(where: { $0.name == override.name }) {
            let index = result.firstIndex { rank($0.name) > rank(override.name) } ?? result.count
            result.insert(override, at: index)
        }
        return result
    }
}
