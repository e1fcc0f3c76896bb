import FCText

/// Swedish typesetting of a document's text, applied once to the `Document` so that every writer
/// prints the same: a no-break space where a line must not break, between a designation and its
/// number ("SFS 2009:400", "Lpfö 18", "Bilaga 4", "§ 5"), a number and its unit ("180 m²",
/// "20 %", "3 år") and the groups of a number ("100 000"). Only ordinary spaces become no-break
/// spaces; the words stay as they are, so the fingerprint, which cuts words at both, is the same.
public enum SwedishTypography {
    /// The document with every text run set (code and link targets are left alone).
    public static func apply(_ document: Document) -> Document {
        var document = document
        document.blocks = document.blocks.map(apply)
        return document
    }

    static func apply(_ block: Block) -> Block {
        switch block {
        case .heading(let level, let inlines): return .heading(level: level, apply(inlines))
        case .paragraph(let inlines): return .paragraph(apply(inlines))
        case .list(let ordered, let items): return .list(ordered: ordered, items: items.map { $0.map(apply) })
        case .quote(let blocks): return .quote(blocks.map(apply))
        case .table(var table):
            table.header = table.header.map(apply)
            table.rows = table.rows.map { $0.map(apply) }
            return .table(table)
        case .signature(var signature):
            signature.lines = signature.lines.map { .init(label: $0.label, value: text($0.value)) }
            return .signature(signature)
        case .changed(let change, let inner):
            return .changed(change, apply(inner))
        case .code, .figure, .pageBreak, .rule:
            return block
        }
    }

    static func apply(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .text(let value): return .text(text(value))
            case .emphasis(let children): return .emphasis(apply(children))
            case .strong(let children): return .strong(apply(children))
            case .link(let url, let children): return .link(url: url, apply(children))
            case .changed(let change, let children): return .changed(change, apply(children))
            case .code, .lineBreak: return inline
            }
        }
    }

    /// `value` with no-break spaces where the line must not break.
    public static func text(_ value: String) -> String {
        guard value.anyUTF8Byte({ isDigit($0) || $0 == 0xC2 }) else { return value }
        // Cut at space bytes, which is cutting at space characters when no scalar joins its
        // neighbour (all Swedish text), without the cost of finding the characters.
        guard value.unicodeScalars.allSatisfy(\.standsAlone) else { return textByCharacters(value) }
        let utf8 = value.utf8
        var result = ""
        var copied = utf8.startIndex
        var word = utf8.startIndex
        var space = utf8.firstIndex(of: UInt8(ascii: " "))
        while let here = space {
            let next = utf8.index(after: here)
            space = utf8[next...].firstIndex(of: UInt8(ascii: " "))
            let end = space ?? utf8.endIndex
            // Every rule binds a number: a digit ends the word before or starts the one after.
            let nearDigit = here > word && isDigit(utf8[utf8.index(before: here)]) || next < end && isDigit(utf8[next])
            if nearDigit, binds(value[word..<here], value[next..<end]) {
                result += value[copied..<here]
                result += "\u{00A0}"
                copied = next
            }
            word = next
        }
        guard copied > utf8.startIndex else { return value }
        return result + value[copied...]
    }

    /// `text(_:)` for text whose scalars may join into characters, cut at space characters.
    static func textByCharacters(_ value: String) -> String {
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return value }
        var result = String(words[0])
        for index in 1..<words.count {
            result.append(binds(words[index - 1], words[index]) ? "\u{00A0}" : " ")
            result.append(contentsOf: words[index])
        }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether the space between `before` and `after` must not break the line.
    static func binds(_ before: Substring, _ after: Substring) -> Bool {
        guard let first = after.first, let last = before.last else { return false }
        if first.isASCIIDigit {
            if before == "§" || isDesignation(before.drop { "([„”\"".contains($0) }) { return true }
            // The groups of a number: "100 000".
            if before.count <= 3, before.allSatisfy(\.isASCIIDigit), after.prefix(while: \.isASCIIDigit).count == 3 {
                return true
            }
        }
        if last.isASCIIDigit { return units.contains(String(after.prefix { !",.;:)!?".contains($0) })) }
        return false
    }

    /// An abbreviation in capitals ("SFS", "SKOLFS", "OSL") or a short capitalised designation
    /// ("Lpfö", "Mål", "Steg", "Lag") that a number belongs to.
    static func isDesignation(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.allSatisfy(\.isLetter) else { return false }
        return (word.count >= 2 && word.allSatisfy(\.isUppercase)) || word.count <= 4 || designations.contains(word)
    }

    static let designations: Set<Substring> = ["Bilaga", "Kapitel", "Fråga", "Sida", "Vecka"]

    /// Units and words of measure that stay with their number.
    static let units: Set<String> = [
        "%", "‰", "kr", "kronor", "tkr", "mkr", "Mkr", "m", "m²", "m2", "km", "cm", "mm", "kg", "g", "st",
        "år", "månader", "månad", "veckor", "vecka", "dagar", "dag", "tim", "timmar", "h", "min", "§", "°C",
        "procent", "procentenheter",
    ]
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
