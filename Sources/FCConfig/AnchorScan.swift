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

    static func first(in text: String) -> Finding? {
        var blockIndent: Int?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) || indent > block { continue }
                blockIndent = nil
            }
            if let column = scan(line) {
                return Finding(line: index + 1, column: column + 1, isAlias: line[column] == "*")
            }
            if opensBlockScalar(line) { blockIndent = indent }
        }
        return nil
    }

    /// The column of an anchor or alias at a node start on this line, if any.
    static func scan(_ line: [Character]) -> Int? {
        var quote: Character?
        var nodeStart = true
        var index = 0
        while index < line.count {
            let character = line[index]
            if let open = quote {
                if character == open {
                    if open == "'", index + 1 < line.count, line[index + 1] == "'" { index += 1 } else { quote = nil }
                } else if character == "\\", open == "\"" {
                    index += 1
                }
            } else if nodeStart, character == "&" || character == "*", index + 1 < line.count, !line[index + 1].isWhitespace {
                return index
            } else if character == "\"" || character == "'", nodeStart {
                quote = character
                nodeStart = false
            } else if character == "#", index == 0 || line[index - 1].isWhitespace {
                return nil
            } else if character == " " || character == "\t" {
                // Spaces keep whatever came before: "key: " and "- " still await a node.
            } else if character == "-" || character == "?" || character == "[" || character == "{" || character == "," {
                nodeStart = character == "-" || character == "?" ? (index + 1 >= line.count || line[index + 1] == " ") : true
            } else if character == ":", index + 1 >= line.count || line[index + 1] == " " {
                nodeStart = true
            } else {
                nodeStart = false
            }
            index += 1
        }
        return nil
    }

    /// `key: |`, `key: >-`, `- |2` … open a block scalar whose lines are text, not YAML.
    static func opensBlockScalar(_ line: [Character]) -> Bool {
        let trimmed = String(line).split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let last = trimmed.split(separator: " ").last else { return false }
        return (last.hasPrefix("|") || last.hasPrefix(">")) && last.dropFirst().allSatisfy { "+-0123456789".contains($0) }
            && trimmed.count > last.count
    }
}
