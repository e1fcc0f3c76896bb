import FCConfig

/// Checks that every name a template uses exists in its values, before it renders: a template
/// that names `{{centre.nmae}}` would otherwise print nothing there and succeed, leaving a hole
/// in a signed agreement. Names resolve as swift-mustache resolves them: the first part of
/// `a.b.c` in the innermost section that has it, then outwards; the rest inside what it found.
public enum TemplateContract {
    /// One diagnostic per unknown name, at the name's line and column in the template file.
    public static func check(_ text: String, path: String, against shape: ValueShape) -> [Diagnostic] {
        var scopes: [ValueShape] = [shape]
        var diagnostics: [Diagnostic] = []
        for tag in Tag.scan(text) {
            switch tag.sigil {
            case .comment, .pragma, .partial:
                continue
            case .delimiters:
                return diagnostics  // other delimiters: the rest is not read as tags here
            case .close:
                if scopes.count > 1 { scopes.removeLast() }
                continue
            case .block:
                scopes.append(scopes[scopes.count - 1])
                continue
            case .value, .section, .inverted:
                break
            }
            switch resolve(tag.name, in: scopes) {
            case .found(let found):
                if tag.sigil == .section {
                    switch found {
                    case .list(let element): scopes.append(element)
                    case .record, .text, .unknown: scopes.append(found)
                    case .flag: scopes.append(scopes[scopes.count - 1])
                    }
                } else if tag.sigil == .inverted {
                    scopes.append(scopes[scopes.count - 1])
                }
            case .missing(let segment, let offset, let available, let owner):
                let location = SourceLocation(file: path, line: tag.line, column: tag.nameColumn + offset)
                let place = owner.map { "'\($0)' has" } ?? "available here:"
                diagnostics.append(
                    Diagnostic(
                        .error, at: location,
                        "the template names '\(segment)' in {{\(tag.name)}}, which its values do not have"
                            + Suggestion.hint(for: segment, in: available) + "; \(place) "
                            + available.joined(separator: ", ")))
                if tag.sigil != .value { scopes.append(.unknown) }
            }
        }
        return diagnostics
    }

    enum Resolution {
        case found(ValueShape)
        /// The part that is missing, its offset in the name, the names there, and whose they are.
        case missing(String, offset: Int, available: [String], owner: String?)
    }

    static func resolve(_ name: String, in scopes: [ValueShape]) -> Resolution {
        if name == "." { return .found(scopes[scopes.count - 1]) }
        let relative = name.hasPrefix(".")
        let parts = name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        guard let first = parts.first else { return .found(.unknown) }
        var current: ValueShape
        let searched = relative ? [scopes[scopes.count - 1]] : Array(scopes.reversed())
        if searched.contains(.unknown), !searched.contains(where: { $0.field(first) != nil }) {
            return .found(.unknown)
        }
        guard let found = searched.lazy.compactMap({ $0.field(first) }).first else {
            var available: [String] = []
            for scope in searched {
                if case .record(let fields) = scope {
                    available += fields.map(\.name).filter { !available.contains($0) }
                }
            }
            return .missing(first, offset: relative ? 1 : 0, available: available, owner: nil)
        }
        current = found
        var offset = (relative ? 1 : 0) + first.count + 1
        for (index, part) in parts.enumerated().dropFirst() {
            switch current {
            case .unknown:
                return .found(.unknown)
            case .record(let fields):
                guard let next = current.field(part) else {
                    return .missing(
                        part, offset: offset, available: fields.map(\.name),
                        owner: parts[..<index].joined(separator: "."))
                }
                current = next
            default:
                return .missing(part, offset: offset, available: [], owner: parts[..<index].joined(separator: "."))
            }
            offset += part.count + 1
        }
        return .found(current)
    }

    /// A Mustache tag with where its name starts (1-based line and column, in characters).
    struct Tag {
        enum Sigil {
            case value, section, inverted, close, comment, pragma, partial, delimiters, block
        }

        var sigil: Sigil
        var name: String
        var line: Int
        var nameColumn: Int

        static func scan(_ text: String) -> [Tag] {
            var tags: [Tag] = []
            let bytes = Array(text.utf8)
            var line = 1
            var lineStart = 0
            var index = 0
            func at(_ offset: Int, _ pattern: StaticString) -> Bool {
                let count = pattern.utf8CodeUnitCount
                guard offset + count <= bytes.count else { return false }
                return (0..<count).allSatisfy { bytes[offset + $0] == pattern.utf8Start[$0] }
            }
            func isSpace(_ offset: Int) -> Bool { bytes[offset] == UInt8(ascii: " ") }
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "{"), at(index, "{{") else {
                    index += 1
                    continue
                }
                let triple = at(index, "{{{")
                let closerLength = triple ? 3 : 2
                var end = index + closerLength
                while end < bytes.count, !(triple ? at(end, "}}}") : at(end, "}}")) { end += 1 }
                guard end < bytes.count else { break }
                var start = index + closerLength
                while start < end, isSpace(start) { start += 1 }
                var sigil = Sigil.value
                if !triple, start < end {
                    switch bytes[start] {
                    case UInt8(ascii: "#"): sigil = .section
                    case UInt8(ascii: "^"): sigil = .inverted
                    case UInt8(ascii: "/"): sigil = .close
                    case UInt8(ascii: "!"): sigil = .comment
                    case UInt8(ascii: "%"): sigil = .pragma
                    case UInt8(ascii: ">"): sigil = .partial
                    case UInt8(ascii: "="): sigil = .delimiters
                    case UInt8(ascii: "$"), UInt8(ascii: "<"): sigil = .block
                    case UInt8(ascii: "&"): sigil = .value
                    default: start -= 1
                    }
                    start += 1
                }
                while start < end, isSpace(start) { start += 1 }
                var nameEnd = end
                while nameEnd > start, isSpace(nameEnd - 1) { nameEnd -= 1 }
                // A transform, `f(name)`: the name is inside the brackets.
                if let open = bytes[start..<nameEnd].lastIndex(of: UInt8(ascii: "(")),
                    let close = bytes[open..<nameEnd].firstIndex(of: UInt8(ascii: ")"))
                {
                    start = open + 1
                    nameEnd = close
                }
                let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
                tags.append(
                    Tag(
                        sigil: sigil, name: String(decoding: bytes[start..<nameEnd], as: UTF8.self),
                        line: line, nameColumn: column))
                for offset in index..<end where bytes[offset] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                }
                index = end + closerLength
            }
            return tags
        }
    }
}
