import Foundation

/// Finds, line by line, the mistakes people make when they edit YAML by hand — a tab, a no-break
/// space, an item indented differently from its siblings, a ':' inside a text, a missing '- ' or
/// ':' — and says in plain words what to do, at the line and column of the mistake.
///
/// It runs only when the YAML parser has refused the file, and its first finding at or before the
/// parser's stopping point is taken: the parser read the file correctly up to there, so whatever
/// the scan finds before it is the mistake, not a construct the scan does not know. It models
/// only block YAML (indentation, `key:`, `- `), skips block texts (`|`, `>`), quoted texts over
/// several lines and flow collections (`[…]`, `{…}`), and finds nothing in files it cannot follow.
struct YAMLMistakes {
    struct Finding {
        var line: Int
        var column: Int
        var message: Message
        var notes: [(line: Int, column: Int, message: Message)] = []
    }

    /// The first mistake on lines `1...lastLine`, if one is recognised.
    static func first(in text: String, upTo lastLine: Int) -> Finding? {
        var scan = YAMLMistakes()
        // "\r\n" is one Character in Swift.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard number <= lastLine else { break }
            if let finding = scan.read(Array(line), number: number) {
                return finding
            }
        }
        return nil
    }

    /// One open block: a mapping's keys or a list's items, at one indentation.
    private struct Level {
        var indent: Int
        var isList: Bool
        /// Keys seen at this level, with their line and column.
        var keys: [String: (line: Int, column: Int)] = [:]
        /// For the mapping of a list item (`- name: …`): its first key, and where the '- ' stood.
        var itemFirstKey: String?
        var dashColumn: Int?
    }

    private var levels: [Level] = []
    /// After `key:` or `-` with nothing behind: the indentation of that line, so the next one may go deeper.
    private var opener: Int?
    /// Inside a block text (`|`, `>`): lines deeper than this belong to it.
    private var blockTextIndent: Int?
    /// After a plain text: deeper lines without `: ` continue it.
    private var continuationIndent: Int?
    /// Inside a quoted text that goes on over lines.
    private var openQuote: Character?
    private var flowDepth = 0

    private mutating func read(_ line: [Character], number: Int) -> Finding? {
        if let quote = openQuote {
            if Self.closingQuote(quote, in: line, from: 0) != nil { openQuote = nil }
            return nil
        }
        let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
        if let indent = blockTextIndent {
            if isBlank || Self.indentation(of: line) > indent { return nil }
            blockTextIndent = nil
        }
        if flowDepth > 0 {
            flowDepth += Self.bracketBalance(line)
            return nil
        }
        // Indentation: spaces only.
        var indent = 0
        while indent < line.count, line[indent] == " " || line[indent] == "\t" || Self.isOddSpace(line[indent]) {
            if line[indent] == "\t" {
                return Finding(line: number, column: indent + 1, message: .yamlTab(line: number, column: indent + 1))
            }
            if Self.isOddSpace(line[indent]) { return Self.oddSpace(line[indent], line: number, column: indent + 1) }
            indent += 1
        }
        let content = Array(line[indent...])
        if content.isEmpty || content.first == "#" || content.starts(with: Array("---"))
            || content.starts(with: Array("..."))
        {
            return nil
        }
        if let odd = Self.oddSpaceAfterIndicator(content) {
            return Self.oddSpace(content[odd], line: number, column: indent + odd + 1)
        }
        let continuation = continuationIndent
        continuationIndent = nil
        let isDash = content == ["-"] || content.starts(with: ["-", " "])
        let key = isDash ? nil : Self.keySplit(content)
        if let opened = opener {
            opener = nil
            if indent > opened {
                levels.append(Level(indent: indent, isList: isDash))
            } else if indent == opened, isDash, levels.last?.indent == indent, levels.last?.isList == false {
                // `key:` followed by `- item` at the key's own indentation is allowed.
                levels.append(Level(indent: indent, isList: true))
            }
        }
        if let top = levels.last, indent > top.indent {
            if let continuation, indent > continuation, key == nil, !isDash { return nil }
            return Finding(
                line: number, column: indent + 1,
                message: .yamlIndentedMoreThanAbove(line: number, indent: indent, above: top.indent))
        }
        let open = levels
        while let top = levels.last, top.indent > indent { levels.removeLast() }
        if levels.isEmpty { levels.append(Level(indent: indent, isList: isDash)) }
        guard let top = levels.last else { return nil }
        if top.indent != indent {
            let wanted = open.filter { $0.isList == isDash }.map(\.indent)
            let nearest = wanted.min {
                abs($0 - indent) < abs($1 - indent) || (abs($0 - indent) == abs($1 - indent) && $0 > $1)
            }
            let expected = nearest ?? top.indent
            return Self.misindented(number: number, indent: indent, expected: expected)
        }
        if isDash {
            guard top.isList else { return nil }
            return readItem(content, indent: indent, number: number)
        }
        if let key {
            if top.isList {
                // A key at the indentation of the '- ' above: the '- ' of a new item is missing,
                // or the key belongs, indented, to the item above.
                if let item = open.first(where: { $0.indent > indent && $0.itemFirstKey != nil }),
                    item.itemFirstKey == key.name
                {
                    return Self.missingDash(number: number, column: indent + 1, key: key.name, dashColumn: indent + 1)
                }
                let expected = open.first { $0.indent > indent && !$0.isList }?.indent ?? indent + 2
                return Self.misindented(number: number, indent: indent, expected: expected)
            }
            return readKey(key, content: content, indent: indent, number: number)
        }
        return Self.notAKeyOrItem(content, number: number, indent: indent, amongItems: top.isList)
    }

    /// `- value`, `- key: value` or `-` alone.
    private mutating func readItem(_ content: [Character], indent: Int, number: Int) -> Finding? {
        var start = 1
        while start < content.count, content[start] == " " { start += 1 }
        let rest = Array(content[start...])
        if rest.isEmpty || rest.first == "#" {
            opener = indent
            return nil
        }
        let itemIndent = indent + start
        if let key = Self.keySplit(rest) {
            var level = Level(indent: itemIndent, isList: false)
            level.itemFirstKey = key.name
            level.dashColumn = indent + 1
            levels.append(level)
            return readKey(key, content: rest, indent: itemIndent, number: number)
        }
        return readValue(rest, owner: indent, column: itemIndent + 1, key: nil, number: number)
    }

    private mutating func readKey(
        _ key: (name: String, valueStart: Int), content: [Character], indent: Int,
        number: Int
    ) -> Finding? {
        let index = levels.count - 1
        if let first = levels[index].keys[key.name] {
            if levels[index].itemFirstKey == key.name {
                return Self.missingDash(
                    number: number, column: indent + 1, key: key.name,
                    dashColumn: levels[index].dashColumn ?? indent - 1)
            }
            return Finding(
                line: number, column: indent + 1, message: .yamlKeyGivenTwice(key.name),
                notes: [(first.line, first.column, .yamlKeyFirstGiven(key.name))])
        }
        levels[index].keys[key.name] = (number, indent + 1)
        let value = Array(content[key.valueStart...].drop { $0 == " " || $0 == "\t" })
        let column = indent + content.count - value.count + 1
        return readValue(value, owner: indent, column: column, key: key.name, number: number)
    }

    /// What follows `key:` or `- `, at `column`; `owner` is the indentation of the key or '-'.
    private mutating func readValue(
        _ value: [Character], owner: Int, column: Int, key: String?,
        number: Int
    ) -> Finding? {
        guard let first = value.first, first != "#" else {
            opener = owner
            return nil
        }
        switch first {
        case "|", ">":
            blockTextIndent = owner
        case "\"", "'":
            guard let close = Self.closingQuote(first, in: value, from: 1) else {
                openQuote = first
                return nil
            }
            let after = value[(close + 1)...].drop { $0 == " " || $0 == "\t" }
            if let extra = after.first, extra != "#", extra != ":" {
                return Finding(line: number, column: column + value.count - after.count, message: .yamlTextAfterQuote)
            }
        case "[", "{":
            flowDepth = Self.bracketBalance(value)
        case "-" where value.count == 1 || value[1] == " ":
            return Finding(line: number, column: column, message: .yamlListOnSameLine(key: key))
        case "@", "`":
            return Finding(
                line: number, column: column, message: .yamlReservedStart(first, quoted: "\"\(Self.shown(value))\""))
        default:
            let text = Self.withoutComment(value)
            if let colon = Self.valueIndicator(in: text) {
                let quoted = "\"" + Self.shown(text).replacingOccurrences(of: "\"", with: "\\\"") + "\""
                return Finding(
                    line: number, column: column + colon,
                    message: .yamlColonInText(written: key.map { "\($0): \(quoted)" } ?? "- \(quoted)"))
            }
            continuationIndent = owner
        }
        return nil
    }

    // MARK: - Messages

    private static func missingDash(number: Int, column: Int, key: String, dashColumn: Int) -> Finding {
        Finding(line: number, column: column, message: .yamlMissingDash(line: number, key: key, dashColumn: dashColumn))
    }

    private static func misindented(number: Int, indent: Int, expected: Int) -> Finding {
        Finding(
            line: number, column: indent + 1,
            message: .yamlIndentation(line: number, indent: indent, expected: expected))
    }

    private static func notAKeyOrItem(_ content: [Character], number: Int, indent: Int, amongItems: Bool) -> Finding {
        if content.first == "-", amongItems {
            return Finding(
                line: number, column: indent + 2, message: .yamlSpaceAfterDash(item: shown(Array(content.dropFirst()))))
        }
        if amongItems {
            return Finding(line: number, column: indent + 1, message: .yamlNoDash(line: number))
        }
        let word = content.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if !word.isEmpty, word.count < content.count, content[word.count] == " " {
            let rest = content[(word.count + 1)...].drop { $0 == " " }
            return Finding(
                line: number, column: indent + word.count + 1,
                message: .yamlMissingColon(after: String(word), rest: shown(Array(rest))))
        }
        return Finding(line: number, column: indent + 1, message: .yamlNeitherKeyNorItem(line: number))
    }

    private static func oddSpace(_ character: Character, line: Int, column: Int) -> Finding {
        let space: Message.OddSpace
        switch character {
        case "\u{00A0}": space = .noBreak
        case "\u{202F}": space = .narrowNoBreak
        default:
            space = .other(
                code: character.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(
                    separator: " U+"))
        }
        return Finding(line: line, column: column, message: .yamlOddSpace(space, line: line, column: column))
    }

    /// A text for a message: at most 60 characters.
    private static func shown(_ text: [Character]) -> String {
        text.count > 60 ? String(text.prefix(59)) + "…" : String(text)
    }

    // MARK: - Reading a line

    /// Spaces that look like a space but are not one to YAML.
    private static func isOddSpace(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, !character.isASCII else { return false }
        return scalar.properties.generalCategory == .spaceSeparator || scalar == "\u{FEFF}"
    }

    /// An odd space right after the ':' of a key or the '-' of an item, where YAML needs a real one.
    private static func oddSpaceAfterIndicator(_ content: [Character]) -> Int? {
        if content.count > 1, content[0] == "-", isOddSpace(content[1]) { return 1 }
        guard content.first != "\"", content.first != "'" else { return nil }
        let keyEnd = valueIndicator(in: content) ?? content.count
        guard let colon = content[..<keyEnd].firstIndex(of: ":"), colon + 1 < content.count,
            isOddSpace(content[colon + 1])
        else { return nil }
        return colon + 1
    }

    /// `key: value` → the key and where the value starts; nil for a line that holds no key.
    private static func keySplit(_ content: [Character]) -> (name: String, valueStart: Int)? {
        if let quote = content.first, quote == "\"" || quote == "'" {
            guard let close = closingQuote(quote, in: content, from: 1), close + 1 < content.count,
                content[close + 1] == ":", close + 2 == content.count || content[close + 2] == " "
            else { return nil }
            return (String(content[1..<close]), close + 2)
        }
        guard let colon = valueIndicator(in: content), !content[..<colon].contains("#") else { return nil }
        return (String(content[..<colon]).trimmingCharacters(in: .whitespaces), colon + 1)
    }

    /// The first ':' followed by a space or the line's end, as YAML reads a key's end.
    private static func valueIndicator(in text: [Character]) -> Int? {
        text.indices.first { text[$0] == ":" && ($0 + 1 == text.count || text[$0 + 1] == " " || text[$0 + 1] == "\t") }
    }

    private static func withoutComment(_ value: [Character]) -> [Character] {
        guard let hash = value.indices.first(where: { $0 > 0 && value[$0] == "#" && value[$0 - 1] == " " }) else {
            return value
        }
        return Array(value[..<hash]).reversed().drop { $0 == " " }.reversed()
    }

    /// Where `quote` closes, from `start`: `\"` escapes in double quotes, `''` in single quotes.
    private static func closingQuote(_ quote: Character, in text: [Character], from start: Int) -> Int? {
        var index = start
        while index < text.count {
            if quote == "\"", text[index] == "\\" {
                index += 2
                continue
            }
            if text[index] == quote {
                if quote == "'", index + 1 < text.count, text[index + 1] == "'" {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    private static func bracketBalance(_ text: [Character]) -> Int {
        text.reduce(0) { $0 + ($1 == "[" || $1 == "{" ? 1 : $1 == "]" || $1 == "}" ? -1 : 0) }
    }

    private static func indentation(of line: [Character]) -> Int {
        line.prefix { $0 == " " }.count
    }
}
