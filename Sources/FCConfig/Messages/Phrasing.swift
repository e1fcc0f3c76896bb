/// More of the catalogue's shared typography: lists that end in `och`/`and`, decimals and counts
/// as each language writes them. Like `Wording`, they format values and never carry a sentence.
extension Wording {
    /// `”a”, ”b” och ”c”` (`eller` with `or`): Swedish lists have no comma before the last item.
    public static func svList(_ items: [String], or: Bool = false) -> String {
        joined(items, last: or ? " eller " : " och ")
    }

    /// `'a', 'b' and 'c'` (`or`).
    public static func enList(_ items: [String], or: Bool = false) -> String {
        joined(items, last: or ? " or " : " and ")
    }

    private static func joined(_ items: [String], last: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + last + items[items.count - 1]
    }

    /// `12,5` and `40`: a decimal number with a Swedish comma and no `,0` on a whole number.
    public static func svDecimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return number(Int(value)) }
        return String(value).replacingOccurrences(of: ".", with: ",")
    }

    /// `12.5` and `40`: a decimal number as the English messages write it.
    public static func enDecimal(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `1 fil`, `3 filer` (`1 file`, `3 files`): a count with its word in the right number, the
    /// Swedish number grouped.
    public static func count(_ value: Int, _ one: String, _ many: String, swedish: Bool) -> String {
        "\(swedish ? number(value) : String(value)) \(value == 1 ? one : many)"
    }
}
