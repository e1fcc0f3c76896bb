import FCText
import Foundation
import Yams

/// Reads one YAML mapping key by key, reporting wrong types, missing and unknown keys to a
/// sink instead of throwing, so a file with many problems yields all of them.
struct MappingReader {
    let path: String
    let location: SourceLocation
    private let entries: [(key: String, keyLocation: SourceLocation, value: Node)]
    private let source: YAMLSource
    private var file: String { source.file }
    let sink: DiagnosticSink
    /// Known keys that an unknown key seems to misspell: their error says so, so they are not
    /// reported as missing too.
    private let misspelt: Set<String>

    /// `nil` (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, path: String, known: [String], source: YAMLSource, sink: DiagnosticSink) {
        self.source = source
        self.sink = sink
        self.path = path
        self.location = node.location(in: source.file)
        guard case .mapping(let mapping) = node else {
            sink.error(
                "'\(path)' must be a mapping of keys to values, found \(node.kindDescription)",
                at: location)
            return nil
        }
        var entries: [(String, SourceLocation, Node)] = []
        var misspelt: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let keyLocation = keyNode.location(in: source.file)
            if known.contains(key) {
                entries.append((key, keyLocation, value))
            } else {
                let shown = path.isEmpty ? key : "\(path).\(key)"
                let meant = Suggestion.closest(to: key, in: known)
                if let meant { misspelt.insert(meant) }
                sink.error(
                    "unknown key '\(shown)'\(meant.map { " (did you mean '\($0)'?)" } ?? ""); expected one of: "
                        + known.joined(separator: ", "), at: keyLocation)
            }
        }
        self.entries = entries
        self.misspelt = misspelt
    }

    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value node of `key`, treating an explicit `null`/`~`/empty value like a missing key.
    func node(_ key: String, required: Bool, expected: String) -> Node? {
        guard let entry = entries.first(where: { $0.key == key }) else {
            if required, !misspelt.contains(key) {
                sink.error("missing required key '\(qualified(key))' (\(expected))", at: location)
            }
            return nil
        }
        if entry.value.isNull {
            if required {
                sink.error("'\(qualified(key))' is empty; expected \(expected)", at: entry.value.location(in: file))
            }
            return nil
        }
        return entry.value
    }

    /// No text in a config is longer than this; a longer one is refused rather than carried into
    /// every document.
    static let maximumTextLength = 20_000

    /// `nil` (with an error) for a text longer than `maximumTextLength` characters.
    func bounded(_ value: String, _ path: String, at location: SourceLocation) -> String? {
        let length = value.unicodeScalars.count
        guard length <= Self.maximumTextLength else {
            sink.error(
                "'\(path)' is \(length) characters long; a text may be at most \(Self.maximumTextLength)", at: location)
            return nil
        }
        return value
    }

    /// What a text value is to the reader of a file.
    enum TextKind {
        /// Words people read in the documents (a name, an address, a goal): a comment after it
        /// on its line has most likely cut it, and is warned about.
        case prose
        /// A value the program reads (an id, a key, a date, a choice, a file name), after which
        /// a comment is only a comment.
        case token
    }

    func text(_ key: String, required: Bool = true, kind: TextKind = .prose) -> Located<String>? {
        guard let node = node(key, required: required, expected: "text") else { return nil }
        guard case .scalar(let scalar) = node else {
            sink.error(
                "'\(qualified(key))' must be text, found \(node.kindDescription)\(node.colonHint(prefix: "\(key): "))",
                at: node.location(in: file))
            return nil
        }
        guard let value = bounded(scalar.string, qualified(key), at: node.location(in: file)) else { return nil }
        if value.isBlank {
            if required {
                sink.error("'\(qualified(key))' is empty; expected text", at: node.location(in: file))
            }
            return nil
        }
        if kind == .prose { warnIfCut(node, value, path: qualified(key), writtenAfter: "\(key): ") }
        return Located(value, at: node.location(in: file))
    }

    /// A text, an id, a key, a date or a file name: `text(_:required:kind:)` for a token.
    func token(_ key: String, required: Bool = true) -> Located<String>? {
        text(key, required: required, kind: .token)
    }

    /// Warns when a comment follows the plain text `value` of `node` on its line: YAML ended the
    /// text before ' #', so the documents would show it cut. Says how to keep the whole text
    /// (quotes, after `writtenAfter`: `key: ` or `- `) or the comment (a line of its own).
    private func warnIfCut(_ node: Node, _ value: String, path: String, writtenAfter prefix: String) {
        guard let comment = source.commentAfter(node) else { return }
        let whole = value + " " + comment.text
        let escaped = whole.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        sink.warning(
            "the text of '\(path)' ends before ' #': YAML reads ' #' and the rest of the line as a comment, so the "
                + "documents say '\(Self.tail(value))'; to keep '\(Self.head(comment.text))' in the text, put the whole "
                + "text in quotes: \(prefix)\"\(Self.shortened(escaped))\" (or, if it is a comment, put it on a line of its own)",
            at: SourceLocation(file: file, line: comment.line, column: comment.column))
    }

    /// At most the last 30 characters of a text, for a message.
    private static func tail(_ text: String) -> String {
        text.count > 30 ? "…" + String(text.suffix(29)) : text
    }

    /// At most the first 30 characters of a text, for a message.
    private static func head(_ text: String) -> String {
        text.count > 30 ? String(text.prefix(29)) + "…" : text
    }

    /// A text of over 100 characters with its middle left out, for a message.
    private static func shortened(_ text: String) -> String {
        text.count > 100 ? String(text.prefix(40)) + " … " + String(text.suffix(50)) : text
    }

    func integer(_ key: String, required: Bool = false) -> Located<Int>? {
        guard let node = node(key, required: required, expected: "a whole number") else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            sink.error(
                "'\(qualified(key))' must be a whole number, found \(node.valueDescription)",
                at: node.location(in: file))
            return nil
        }
        return Located(value, at: node.location(in: file))
    }

    func number(_ key: String, required: Bool = false) -> Located<Double>? {
        guard let node = node(key, required: required, expected: "a number") else { return nil }
        let text = node.scalar?.string.replacingASCII(",", with: ".") ?? ""
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Double(text), value.isFinite else {
            sink.error(
                "'\(qualified(key))' must be a number, found \(node.valueDescription)",
                at: node.location(in: file))
            return nil
        }
        return Located(value, at: node.location(in: file))
    }

    /// One of a fixed set of names (`region`/`kommun`, …), compared without case; a near-miss
    /// gets a "did you mean".
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = true) -> Located<T>?
    where T.RawValue == String {
        guard let raw = token(key, required: required) else { return nil }
        if let value = T(rawValue: raw.value.trimmingSpaces().lowercased()) {
            return Located(value, at: raw.location)
        }
        let names = T.allCases.map(\.rawValue)
        sink.error(
            "'\(qualified(key))' is '\(raw.value)'\(Suggestion.hint(for: raw.value, in: names)); expected one of: "
                + names.joined(separator: ", "), at: raw.location)
        return nil
    }

    func mapping(_ key: String, known: [String], required: Bool = true) -> MappingReader? {
        guard let node = node(key, required: required, expected: "a mapping with " + known.joined(separator: ", "))
        else {
            return nil
        }
        return MappingReader(node, path: qualified(key), known: known, source: source, sink: sink)
    }

    /// The items of a list, each with its own path (`parties[2]`) for messages.
    func list(_ key: String, required: Bool = true, expected: String) -> [(node: Node, path: String)]? {
        guard let node = node(key, required: required, expected: "a list of \(expected)") else { return nil }
        guard case .sequence(let sequence) = node else {
            sink.error(
                "'\(qualified(key))' must be a list of \(expected) (lines starting with '- '), found \(node.kindDescription)",
                at: node.location(in: file))
            return nil
        }
        if sequence.isEmpty, required {
            sink.error(
                "'\(qualified(key))' is empty; expected at least one of \(expected)", at: node.location(in: file))
        }
        return sequence.enumerated().map { (node: $1, path: "\(qualified(key))[\($0 + 1)]") }
    }

    func textList(_ key: String, required: Bool = false, kind: TextKind = .prose) -> [Located<String>]? {
        guard let node = node(key, required: required, expected: "a list of texts") else { return nil }
        return texts(in: node, path: qualified(key), kind: kind)
    }

    /// A list of non-empty texts at `node`, or `nil` (with a diagnostic) when it is not a list.
    func texts(in node: Node, path: String, kind: TextKind = .prose) -> [Located<String>]? {
        guard case .sequence(let sequence) = node else {
            sink.error(
                "'\(path)' must be a list of texts (lines starting with '- '), found \(node.kindDescription)",
                at: node.location(in: file))
            return nil
        }
        return sequence.enumerated().compactMap { index, item in
            guard case .scalar(let scalar) = item, !item.isNull,
                !scalar.string.isBlank
            else {
                sink.error(
                    "'\(path)[\(index + 1)]' must be non-empty text, found \(item.valueDescription)\(item.colonHint(prefix: "- "))",
                    at: item.location(in: file))
                return nil
            }
            guard let value = bounded(scalar.string, "\(path)[\(index + 1)]", at: item.location(in: file)) else {
                return nil
            }
            if kind == .prose { warnIfCut(item, value, path: "\(path)[\(index + 1)]", writtenAfter: "- ") }
            return Located(value, at: item.location(in: file))
        }
    }
}

extension Node {
    func location(in file: String) -> SourceLocation {
        let mark = self.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// For a text with ': ' inside, which YAML reads as a mapping of one key to one value: what
    /// to write instead, after `prefix` (`- ` or `key: `); empty for anything else.
    func colonHint(prefix: String) -> String {
        guard case .mapping(let mapping) = self, mapping.count == 1, let pair = mapping.first,
            let key = pair.key.scalar?.string, let value = pair.value.scalar?.string
        else { return "" }
        let text = "\(key): \(value)"
        let shown = text.count > 60 ? String(text.prefix(59)) + "…" : text
        return " ('\(shown)': the ': ' in it makes it a key and a value); put the text in quotes: "
            + "\(prefix)\"\(shown.replacingOccurrences(of: "\"", with: "\\\""))\""
    }

    var kindDescription: String {
        switch self {
        case .scalar: return isNull ? "nothing" : "text \(valueDescription)"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    var valueDescription: String {
        if case .scalar(let scalar) = self, !isNull {
            let text = scalar.string
            return text.count > 40 ? "'\(text.prefix(40))…'" : "'\(text)'"
        }
        return kindDescription
    }
}
