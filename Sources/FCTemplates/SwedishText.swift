import Foundation

/// Swedish wording of numbers and lists, as the documents print them.
public enum SwedishText {
    static let numberWords = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
                              "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
                              "nitton", "tjugo"]

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
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n")
            .split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
            .map { $0.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
    }
}

/// Swedish number formatting: a space between thousands (`250 000`), a decimal comma (`12,5`).
public enum SwedishNumber {
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: "\u{00A0}")
    }

    /// "19 366 kr", with a no-break space inside the number and before "kr".
    public static func kronor(_ value: Int) -> String {
        integer(value) + "\u{00A0}kr"
    }

    /// At most `decimals` decimals, trailing zeros dropped: `20`, `12,5`.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return integer(Int(rounded)) }
        let whole = Int(rounded.rounded(.towardZero))
        var fraction = String(Int((abs(rounded - Double(whole)) * scale).rounded()))
        while fraction.count < decimals { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (rounded < 0 && whole == 0 ? "−" : "") + integer(whole) + "," + fraction
    }
}

