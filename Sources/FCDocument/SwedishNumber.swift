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

    /// One decimal, Swedish comma, no-break space before the sign: `39,9 %`, `100,0 %`.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(abs(tenths % 10))\u{00A0}%"
    }

    /// Exactly one decimal, Swedish comma, a minus sign for negatives: `4,0`, `12,5`, `−0,3`.
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "−" : "") + integer(abs(tenths) / 10) + ",\(abs(tenths) % 10)"
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
