/// XML parts as the writers make them are one long line, which `git diff` shows as one changed
/// line. Golden XML files are kept laid out instead — a line break and indentation (at least one
/// level, so a line break of the writer's own, as after the XML declaration, stays apart) between
/// two tags that touch — and `compact` takes exactly those out again, so the comparison is still
/// of the writer's bytes.
public enum XMLLayout {
    static let indent = "  "

    /// `xml` with each tag that follows another tag directly on a line of its own, indented by
    /// its depth plus one.
    public static func pretty(_ xml: String) -> String {
        var result = ""
        var depth = 0
        var afterTag = false
        var rest = Substring(xml)
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            if !text.isEmpty { afterTag = false }
            result += text
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            let closing = tag.hasPrefix("</")
            if closing { depth -= 1 }
            if afterTag { result += "\n" + String(repeating: indent, count: max(depth, 0) + 1) }
            result += tag
            if !closing, !tag.hasSuffix("/>"), !tag.hasPrefix("<?"), !tag.hasPrefix("<!") { depth += 1 }
            afterTag = true
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `pretty`'s inverse: every line break followed by spaces, with the spaces, between a `>`
    /// and a `<` taken out.
    public static func compact(_ laidOut: String) -> String {
        var result = ""
        var lines = laidOut.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard var current = lines.popFirst().map(String.init) else { return "" }
        for line in lines {
            let stripped = line.drop { $0 == " " }
            if current.hasSuffix(">"), line.first == " ", stripped.hasPrefix("<") {
                current += stripped
            } else {
                result += current + "\n"
                current = String(line)
            }
        }
        return result + current
    }
}
