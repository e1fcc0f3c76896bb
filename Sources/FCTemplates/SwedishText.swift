import FCDocument
import FCText
import Foundation

/// Swedish wording of numbers and lists, as the documents print them.
public enum SwedishText {
    static let numberWords = [
        "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
        "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
        "nitton", "tjugo",
    ]

    /// "tre", "tolv"; `neuter` gives "ett" for 1 (ett exemplar, en månad). Above twenty: digits.
    public static func number(_ value: Int, neuter: Bool = false) -> String {
        guard value >= 0, value < numberWords.count else { return SwedishNumber.integer(value) }
        return value == 1 && neuter ? "ett" : numberWords[value]
    }

    /// "en månad", "tolv månader".
    public static func months(_ count: Int) -> String {
        number(count) + (count == 1 ? " månad" : " månader")
    }

    /// "A", "A och B", "A, B och C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " och " + items[items.count - 1]
        }
    }

    /// A free text split into paragraphs at blank lines; single line ends join with a space.
    public static func paragraphs(_ text: String) -> [String] {
        (text.utf8.contains(UInt8(ascii: "\r")) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
            .components(separatedBy: "\n")
            .split(whereSeparator: { $0.trimmingSpaces().isEmpty })
            .map { $0.map { $0.trimmingSpaces() }.joined(separator: " ") }
    }

    /// Whether `text` already names `name` (ignoring case), so that it need not be said again:
    /// the title "Enhetschef, Vindelns kommun" names "Vindelns kommun".
    public static func names(_ text: String, _ name: String) -> Bool {
        let name = name.trimmingSpaces()
        return !name.isEmpty && text.range(of: name, options: [.caseInsensitive]) != nil
    }

    /// A unit with its organisation in parentheses, saying nothing twice: "Vindelns
    /// hälsocentral (Region Västerbotten)"; a unit that names its organisation stands alone; a
    /// unit that ends in a parenthesis of its own gets the organisation inside it, "Individ- och
    /// familjeomsorgen (IFO, Vindelns kommun)".
    public static func unit(_ unit: String, of organisation: String) -> String {
        if names(unit, organisation) || organisation.trimmingSpaces().isEmpty { return unit }
        if unit.hasSuffix(")"), unit.contains("(") { return unit.dropLast() + ", " + organisation + ")" }
        return "\(unit) (\(organisation))"
    }

    /// A unit in its organisation as a phrase that needs no parenthesis around it, so that it can
    /// follow "vid": "Individ- och familjeomsorgen (IFO) i Vindelns kommun"; a unit that names its
    /// organisation stands alone.
    public static func unit(_ unit: String, in organisation: String) -> String {
        if names(unit, organisation) || organisation.trimmingSpaces().isEmpty { return unit }
        return "\(unit) i \(organisation)"
    }

    /// `main` with `aside` in parentheses after it, "länets samverkansledning (Strategigrupp
    /// barn)", unless one parenthesis would stand inside or right after another: an aside with
    /// parentheses of its own, or a `main` that ends with one, follows after a comma instead.
    public static func aside(_ main: String, _ aside: String) -> String {
        guard !aside.trimmingSpaces().isEmpty else { return main }
        if hasParenthesis(aside) || main.hasSuffix(")") { return "\(main), \(aside)" }
        return "\(main) (\(aside))"
    }

    static func hasParenthesis(_ text: String) -> Bool {
        text.contains("(") || text.contains(")")
    }

    /// `text` without `name` as one of its comma-separated parts, so that a line under "För:
    /// Östersunds kommun" says "Barn- och utbildningsförvaltningen", not the municipality again.
    public static func dropping(_ name: String, from text: String) -> String {
        let name = name.trimmingSpaces()
        guard !name.isEmpty, text.contains(",") else { return text }
        let parts = text.split(separator: ",").map { String($0).trimmingSpaces() }
        let kept = parts.filter { $0.compare(name, options: .caseInsensitive) != .orderedSame }
        return kept.isEmpty || kept.count == parts.count ? text : kept.joined(separator: ", ")
    }
}
