import Foundation

/// fcdoc files do not use YAML anchors (`&name`) and aliases (`*name`): a centre file has no
/// repeated structure, and aliases are how "billion laughs" files make a parser do unbounded
/// work (libyaml shares the nodes, but hashing a mapping key built of aliases walks them all).
/// This scan finds them in the text before the YAML is composed, outside quotes, comments and
/// block scalars, where a node may begin.
enum AnchorScan {
    struct Finding {
        var line: Int
        var column: Int
        var isAlias: Bool
    }

    /// Works on UTF-8 bytes: every character the scan looks for is ASCII, and no byte of a
    /// multi-byte UTF-8 sequence is, so this is exact and much cheaper than walking characters.
    static func first(in text: String) -> Finding? {
        var text = text
        return text.withUTF8 { bytes in
            var blockIndent: Int?
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd])
                defer { lineStart = lineEnd + 1 }
                let indent = line.prefix { $0 == space }.count
                if let block = blockIndent {
                    if line.allSatisfy({ $0 == space || $0 == tab }) || indent > block { continue }
                    blockIndent = nil
                }
                if let offset = scan(line) {
                    // Columns count characters (code points), as the YAML parser's do.
                    let column = line[..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
                    return Finding(line: lineNumber, column: column, isAlias: line[offset] == UInt8(ascii: "*"))
                }
                if opensBlockScalar(line) { blockIndent = indent }
            }
            return nil
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// The byte offset of an anchor or alias at a node start on this line, if any.
    static func scan(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
        var quote: UInt8?
        var nodeStart = true
        var index = 0
        while index < line.count {
            let byte = line[index]
            switch byte {
            case _ where quote != nil:
                if byte == quote {
                    // '' inside single quotes is a quote character, not the end.
                    let doubled = byte == UInt8(ascii: "'") && index + 1 < line.count && line[index + 1] == byte
                    if doubled { index += 1 } else { quote = nil }
                } else if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                    index += 1
                }
            case _ where nodeStart && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*")):
                if index + 1 < line.count, !isBlank(line[index + 1]) { return index }
                nodeStart = false
            case _ where nodeStart && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")):
                quote = byte
                nodeStart = false
            case UInt8(ascii: "#") where index == 0 || isBlank(line[index - 1]):
                return nil
            case space, tab:
                break  // Spaces keep whatever came before: "key: " and "- " still await a node.
            case UInt8(ascii: "-"), UInt8(ascii: "?"):
                nodeStart = index + 1 >= line.count || line[index + 1] == space
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                nodeStart = true
            case UInt8(ascii: ":") where index + 1 >= line.count || line[index + 1] == space:
                nodeStart = true
            default:
                nodeStart = false
            }
            index += 1
        }
        return nil
    }

    /// `key: |`, `key: >-`, `- |2` … open a block scalar whose lines are text, not YAML.
    static func opensBlockScalar(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.firstIndex(of: UInt8(ascii: "#")) ?? line.count
        while end > 0, line[end - 1] == space || line[end - 1] == tab { end -= 1 }
        var tokenStart = end
        while tokenStart > 0, line[tokenStart - 1] != space { tokenStart -= 1 }
        guard tokenStart < end, line[..<tokenStart].contains(where: { $0 != space && $0 != tab }) else { return false }
        let token = line[tokenStart..<end]
        let indicators = "+-0123456789".utf8
        return (token.first == UInt8(ascii: "|") || token.first == UInt8(ascii: ">"))
            && token.dropFirst().allSatisfy { indicators.contains($0) }
    }
}
