/// The tags of a Mustache template with the default delimiters, where they are and what they
/// name: the one reading of a template's tags beside swift-mustache's parser, for cutting a
/// template into pieces (`DocumentTemplate`), checking its names (`TemplateContract`) and
/// placing an unclosed section (`TemplateSet`).
struct MustacheTags {
    struct Tag {
        enum Kind {
            case value, section, inverted, close, comment, pragma, partial, delimiters, block
        }

        var kind: Kind
        /// The name as written, without the sigil and spaces: `f(name)` for a transform.
        var name: String
        /// The value the tag reads: for a transform `f(name)`, the `name` inside the brackets.
        var valueName: String
        /// UTF-8 offsets of the whole tag, from its `{{` to just after its `}}`.
        var range: Range<Int>
        /// The 1-based line of the `{{` and the columns (in characters) of the `{{` and of `valueName`.
        var line: Int
        var column: Int
        var valueColumn: Int
    }

    var tags: [Tag] = []
    /// The offset of a `{{` that is never closed; the tags after it are not read.
    var unclosedAt: Int?
    /// The text's UTF-8 bytes, which `range` counts.
    let bytes: [UInt8]

    /// The tag as written in the text, `{{#name}}`.
    func written(_ tag: Tag) -> String {
        String(decoding: bytes[tag.range], as: UTF8.self)
    }

    init(_ text: some StringProtocol) {
        bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var index = 0
        func at(_ offset: Int, _ pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[offset + $0] == pattern.utf8Start[$0] }
        }
        func column(_ offset: Int) -> Int { String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1 }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard at(index, "{{") else {
                index += 1
                continue
            }
            let triple = at(index, "{{{")
            let delimiter = triple ? 3 : 2
            var end = index + delimiter
            while end < bytes.count, !(triple ? at(end, "}}}") : at(end, "}}")) { end += 1 }
            guard end < bytes.count else {
                unclosedAt = index
                return
            }
            var start = index + delimiter
            while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
            var kind = Tag.Kind.value
            if !triple, start < end {
                switch bytes[start] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: "%"): kind = .pragma
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "="): kind = .delimiters
                case UInt8(ascii: "$"), UInt8(ascii: "<"): kind = .block
                case UInt8(ascii: "&"): kind = .value
                default: start -= 1
                }
                start += 1
            }
            while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
            var nameEnd = end
            while nameEnd > start, bytes[nameEnd - 1] == UInt8(ascii: " ") { nameEnd -= 1 }
            var valueStart = start
            var valueEnd = nameEnd
            // A transform, `f(name)`: the value is inside the brackets.
            if let open = bytes[start..<nameEnd].lastIndex(of: UInt8(ascii: "(")),
                let close = bytes[open..<nameEnd].firstIndex(of: UInt8(ascii: ")"))
            {
                valueStart = open + 1
                valueEnd = close
            }
            tags.append(
                Tag(
                    kind: kind, name: String(decoding: bytes[start..<nameEnd], as: UTF8.self),
                    valueName: String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self),
                    range: index..<end + delimiter, line: line, column: column(index),
                    valueColumn: column(valueStart)))
            for offset in index..<end where bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            index = end + delimiter
        }
    }
}
