import FCXML
import Foundation

/// `word/numbering.xml`: two list definitions (bullets, and decimal numbers "1.") with nine
/// levels each, indented 0.635 cm per level as in the ODT. Every list in the document gets its
/// own numbering instance, handed out during the body pass; an ordered list's instance restarts
/// at 1, so each numbered list counts from 1 as it does in the ODT and HTML.
struct DOCXNumbering {
    private(set) var instances: [(ordered: Bool, level: Int)] = []

    /// A new instance for a list at `level` (0 = top); its `w:numId`.
    mutating func newList(ordered: Bool, level: Int) -> Int {
        instances.append((ordered, level))
        return instances.count
    }

    private static let bulletDefinition = 0
    private static let numberDefinition = 1

    func write() -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:numbering")
        for ordered in [false, true] { Self.definition(writer, ordered: ordered) }
        for (index, instance) in instances.enumerated() {
            writer.start("w:num", ["w:numId": "\(index + 1)"])
            writer.element(
                "w:abstractNumId", ["w:val": "\(instance.ordered ? Self.numberDefinition : Self.bulletDefinition)"])
            if instance.ordered {
                writer.start("w:lvlOverride", ["w:ilvl": "\(instance.level)"])
                writer.element("w:startOverride", ["w:val": "1"])
                writer.end()
            }
            writer.end()
        }
        writer.end()
        return writer.finish()
    }

    private static func definition(_ writer: XMLWriter, ordered: Bool) {
        writer.start("w:abstractNum", ["w:abstractNumId": "\(ordered ? numberDefinition : bulletDefinition)"])
        writer.element("w:multiLevelType", ["w:val": "hybridMultilevel"])
        for level in 0..<9 {
            writer.start("w:lvl", ["w:ilvl": "\(level)"])
            writer.element("w:start", ["w:val": "1"])
            writer.element("w:numFmt", ["w:val": ordered ? "decimal" : "bullet"])
            writer.element("w:lvlText", ["w:val": ordered ? "%\(level + 1)." : (level % 2 == 0 ? "•" : "◦")])
            writer.element("w:lvlJc", ["w:val": "left"])
            writer.start("w:pPr")
            writer.element("w:ind", ["w:left": "\(360 * (level + 1))", "w:hanging": "360"])
            writer.end()
            if !ordered {
                writer.start("w:rPr")
                writer.element("w:rFonts", ["w:ascii": "Arial", "w:hAnsi": "Arial"])
                writer.end()
            }
            writer.end()
        }
        writer.end()
    }
}
