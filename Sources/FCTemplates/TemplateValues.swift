import Mustache

/// A template's values as a Swift struct instead of `[String: Any]`: the compiler checks that
/// every value is filled in, and `ValueShape` reads the names a template may use from the type
/// itself, so a template naming a value that does not exist is found before anything renders.
///
/// Templates name the properties in snake_case (`parties_sentence` is `partiesSentence`), so
/// property names must not hold two capitals in a row. `Decodable` is only there for
/// `ValueShape.of(_:)`, which learns the fields by letting the type decode itself from a probe.
public protocol TemplateValues: MustacheParent, Decodable {}

extension TemplateValues {
    /// The values as nested dictionaries and lists, for rendering: swift-mustache would otherwise
    /// reflect on the struct at every name it resolves, which made a render 2–3 times slower.
    public var dictionary: [String: Any] {
        TemplateName.plain(self) as? [String: Any] ?? [:]
    }

    /// swift-mustache asks for every name it resolves; a `nil` answer lets it look further out.
    public func child(named name: String) -> Any? {
        let property = TemplateName.property(name)
        for child in Mirror(reflecting: self).children where child.label == property {
            return TemplateName.unwrapped(child.value)
        }
        return nil
    }
}

/// The spelling of template names: snake_case in templates, camelCase in Swift.
enum TemplateName {
    /// `parties_sentence` → `partiesSentence`.
    static func property(_ name: String) -> String {
        guard name.contains("_") else { return name }
        var result = ""
        var upper = false
        for character in name {
            if character == "_" {
                upper = true
            } else {
                result += upper ? character.uppercased() : String(character)
                upper = false
            }
        }
        return result
    }

    /// `partiesSentence` → `parties_sentence`.
    static func template(_ property: String) -> String {
        var result = ""
        for character in property {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Structs as dictionaries keyed by template names, lists as arrays, absent values left out.
    static func plain(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            var result: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                result[template(label)] = plain(present)
            }
            return result
        case .collection:
            return value is [String] ? value : mirror.children.map { plain($0.value) }
        default:
            return value
        }
    }

    /// The value an `Optional` holds, or `nil` for none, so sections treat absence as false.
    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
