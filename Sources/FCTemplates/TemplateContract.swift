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
        for tag in MustacheTags(text).tags {
            switch tag.kind {
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
            switch resolve(tag.valueName, in: scopes) {
            case .found(let found):
                if tag.kind == .section {
                    switch found {
                    case .list(let element): scopes.append(element)
                    case .record, .text, .unknown: scopes.append(found)
                    case .flag: scopes.append(scopes[scopes.count - 1])
                    }
                } else if tag.kind == .inverted {
                    scopes.append(scopes[scopes.count - 1])
                }
            case .missing(let segment, let offset, let available, let owner):
                let location = SourceLocation(file: path, line: tag.line, column: tag.valueColumn + offset)
                diagnostics.append(
                    Diagnostic(
                        .error, at: location,
                        .templateUnknownName(
                            segment, in: tag.valueName, suggestion: Suggestion.closest(to: segment, in: available),
                            available: available, owner: owner)))
                if tag.kind != .value { scopes.append(.unknown) }
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
}
