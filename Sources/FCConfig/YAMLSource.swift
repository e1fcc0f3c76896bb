import Yams

/// A config file's text by lines, for what the YAML tree does not keep: where a plain (unquoted)
/// text ends and whether a comment follows it on the same line.
///
/// YAML reads ` #` as the start of a comment, so `address: Storgatan 1 (ingång #2)` is the text
/// "Storgatan 1 (ingång" and a comment; the tree holds only the text.
struct YAMLSource {
    /// A comment right after a plain text, on the line where the text ends.
    struct TrailingComment: Equatable {
        /// Where the '#' is, 1-based.
        var line: Int
        var column: Int
        /// The comment from its '#' to the end of the line, without trailing white space.
        var text: String
    }

    let file: String
    private let lines: [Substring]

    init(file: String, text: String) {
        self.file = file
        lines = Self.lines(of: text)
    }

    /// The lines between line breaks as libyaml counts them: "\n", "\r\n" and "\r". Found in the
    /// UTF-8 bytes: a line break is a character of its own, which nothing joins (cutting the
    /// text into characters cost more than reading the YAML).
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                utf8.formIndex(after: &index)
                continue
            }
            lines.append(text[start..<index])
            utf8.formIndex(after: &index)
            if byte == UInt8(ascii: "\r"), index < utf8.endIndex, utf8[index] == UInt8(ascii: "\n") {
                utf8.formIndex(after: &index)
            }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The comment that follows `node`'s text on the line where the text ends, when `node` is a
    /// plain text; `nil` for quoted and block texts, a text that ends its line, or one followed by
    /// anything else (a ',' or ']' in a flow list).
    ///
    /// The text is found again in the lines by its characters other than white space, from the
    /// node's line and column; wherever the lines do not match it, the answer is `nil`.
    func commentAfter(_ node: Node) -> TrailingComment? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, !scalar.string.isEmpty, let mark = node.mark,
            mark.line >= 1, mark.line <= lines.count
        else { return nil }
        var lineIndex = mark.line - 1
        var line = Array(lines[lineIndex].unicodeScalars)
        var position = mark.column - 1
        for wanted in scalar.string.unicodeScalars where !Self.isSpace(wanted) {
            while position >= line.count || Self.isSpace(line[position]) {
                if position < line.count {
                    position += 1
                    continue
                }
                lineIndex += 1
                guard lineIndex < lines.count else { return nil }
                line = Array(lines[lineIndex].unicodeScalars)
                position = 0
            }
            guard line[position] == wanted else { return nil }
            position += 1
        }
        let textEnd = position
        while position < line.count, line[position] == " " || line[position] == "\t" { position += 1 }
        guard position > textEnd, position < line.count, line[position] == "#" else { return nil }
        var comment = String(String.UnicodeScalarView(line[position...]))
        while let last = comment.unicodeScalars.last, Self.isSpace(last) { comment.unicodeScalars.removeLast() }
        return TrailingComment(line: lineIndex + 1, column: position + 1, text: comment)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
