import Foundation

/// Where a template opens a section (`{{#name}}` or `{{^name}}`) that it never closes: the
/// Mustache parser notices only at the end of the text, but the mistake is at the opening tag.
enum UnclosedSection {
    /// The last section still open at the end of `text` (its tag as written, `{{#name}}`), with
    /// its 1-based line and column.
    static func find(in text: Substring) -> (name: String, tag: String, line: Int, column: Int)? {
        var open: [(name: String, tag: String, line: Int, column: Int)] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), let end = text[index...].range(of: "}}") {
                let tag = text[text.index(index, offsetBy: 2)..<end.lowerBound]
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                switch tag.first {
                case "#", "^": open.append((name, "{{" + tag + "}}", line, column))
                case "/": if let last = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(last...) }
                default: break
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return open.last
    }
}
