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
            sink.error(.notAMapping(path, found: node.found), at: location)
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
                sink.error(.unknownKey(shown, suggestion: meant, known: known), at: keyLocation)
            }
        }
        self.entries = entries
        self.misspelt = misspelt
    }

    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value node of `key`, treating an explicit `null`/`~`/empty value like a missing key.
    func node(_ key: String, required: Bool, expected: Phrase) -> Node? {
        guard let entry = entries.first(where: { $0.key == key }) else {
            if required, !misspelt.contains(key) {
                sink.error(.missingKey(qualified(key), expected: expected), at: location)
            }
            return nil
        }
        if entry.value.isNull {
            if required {
                sink.error(.emptyValue(qualified(key), expected: expected), at: entry.value.location(in: file))
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
            sink.error(.textTooLong(path, length: length, maximum: Self.maximumTextLength), at: location)
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
        guard let node = node(key, required: required, expected: .text) else { return nil }
        guard case .scalar(let scalar) = node else {
            sink.error(
                .notText(qualified(key), found: node.found, colon: node.colonInText(prefix: "\(key): ")),
                at: node.location(in: file))
            return nil
        }
        guard let value = bounded(scalar.string, qualified(key), at: node.location(in: file)) else { return nil }
        if value.isBlank {
            if required {
                sink.error(.emptyValue(qualified(key), expected: .text), at: node.location(in: file))
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
            .textCutByComment(
                path, tail: Self.tail(value), kept: Self.head(comment.text),
                written: "\(prefix)\"\(Self.shortened(escaped))\""),
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
        guard let node = node(key, required: required, expected: .wholeNumber) else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            sink.error(.notWholeNumber(qualified(key), found: node.foundValue), at: node.location(in: file))
            return nil
        }
        return Located(value, at: node.location(in: file))
    }

    func number(_ key: String, required: Bool = false) -> Located<Double>? {
        guard let node = node(key, required: required, expected: .number) else { return nil }
        let text = node.scalar?.string.replacingASCII(",", with: ".") ?? ""
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Double(text), value.isFinite else {
            sink.error(.notANumber(qualified(key), found: node.foundValue), at: node.location(in: file))
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
            .unknownChoice(
                qualified(key), value: raw.value, suggestion: Suggestion.closest(to: raw.value, in: names),
                choices: names),
            at: raw.location)
        return nil
    }

    func mapping(_ key: String, known: [String], required: Bool = true) -> MappingReader? {
        guard let node = node(key, required: required, expected: .mapping(keys: known)) else { return nil }
        return MappingReader(node, path: qualified(key), known: known, source: source, sink: sink)
    }

    /// The items of a list (`expected` says of what), each with its own path (`parties[2]`) for messages.
    func list(_ key: String, required: Bool = true, expected: Phrase) -> [(node: Node, path: String)]? {
        guard let node = node(key, required: required, expected: .list(of: expected)) else { return nil }
        guard case .sequence(let sequence) = node else {
            sink.error(.notAList(qualified(key), of: expected, found: node.found), at: node.location(in: file))
            return nil
        }
        if sequence.isEmpty, required {
            sink.error(.emptyList(qualified(key), of: expected), at: node.location(in: file))
        }
        return sequence.enumerated().map { (node: $1, path: "\(qualified(key))[\($0 + 1)]") }
    }

    func textList(_ key: String, required: Bool = false, kind: TextKind = .prose) -> [Located<String>]? {
        guard let node = node(key, required: required, expected: .list(of: .texts)) else { return nil }
        return texts(in: node, path: qualified(key), kind: kind)
    }

    /// A list of non-empty texts at `node`, or `nil` (with a diagnostic) when it is not a list.
    func texts(in node: Node, path: String, kind: TextKind = .prose) -> [Located<String>]? {
        guard case .sequence(let sequence) = node else {
            sink.error(.notAList(path, of: .texts, found: node.found), at: node.location(in: file))
            return nil
        }
        return sequence.enumerated().compactMap { index, item in
            guard case .scalar(let scalar) = item, !item.isNull,
                !scalar.string.isBlank
            else {
                sink.error(
                    .itemNotText(
                        "\(path)[\(index + 1)]", found: item.foundValue, colon: item.colonInText(prefix: "- ")),
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

    /// For a text with ': ' inside, which YAML reads as a mapping of one key to one value: the
    /// text and what to write instead, after `prefix` (`- ` or `key: `); nil for anything else.
    func colonInText(prefix: String) -> Message.ColonInText? {
        guard case .mapping(let mapping) = self, mapping.count == 1, let pair = mapping.first,
            let key = pair.key.scalar?.string, let value = pair.value.scalar?.string
        else { return nil }
        let text = "\(key): \(value)"
        let shown = text.count > 60 ? String(text.prefix(59)) + "…" : text
        return Message.ColonInText(
            shown: shown, written: "\(prefix)\"\(shown.replacingOccurrences(of: "\"", with: "\\\""))\"")
    }

    /// What the node is, for a message that says what it should have been (a text with its words).
    var found: Found {
        switch self {
        case .scalar: return isNull ? .nothing : .text(shortenedText)
        case .mapping: return .mapping
        case .sequence: return .list
        case .alias: return .alias
        }
    }

    /// Like `found`, but a text is shown only as itself.
    var foundValue: Found {
        if case .scalar = self, !isNull { return .value(shortenedText) }
        return found
    }

    /// The scalar's text, at most 40 characters and '…'.
    private var shortenedText: String {
        let text = scalar?.string ?? ""
        return text.count > 40 ? "\(text.prefix(40))…" : text
    }
}
