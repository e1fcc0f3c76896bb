/// A template's values as a Swift struct instead of `[String: Any]`: the compiler checks that
/// every value is filled in. `fields` names each value once — its template name (snake_case),
/// what it is, and how to read it — and that one declaration serves the check of a template's
/// names (`ValueShape`), the rendering (`rendered`) and `fcdoc template-values`.
public protocol TemplateValues: Sendable {
    /// Every value a template may name, in the order `fcdoc template-values` lists them.
    static var fields: [TemplateField<Self>] { get }
}

extension TemplateValues {
    /// What a template may name in these values, also inside empty lists and absent records.
    public static var shape: ValueShape {
        .record(fields.map { ValueShape.Field(name: $0.name, shape: $0.shape) })
    }

    /// The values as nested dictionaries and lists, for rendering: swift-mustache resolves names
    /// in a dictionary directly. An absent record is left out, so a section on it is false.
    public var rendered: [String: Any] {
        var result: [String: Any] = [:]
        for field in Self.fields {
            if let value = field.value(self) { result[field.name] = value }
        }
        return result
    }
}

/// One value of a `TemplateValues` struct: its template name, its shape and how to read it.
public struct TemplateField<Values> {
    public let name: String
    let shapeOf: () -> ValueShape
    /// The value as swift-mustache renders it: a text, a flag, a list, a dictionary, or `nil`.
    let value: (Values) -> Any?

    public var shape: ValueShape { shapeOf() }

    /// A text (or number written out) for `{{name}}`.
    public static func text(_ name: String, _ value: @escaping (Values) -> String) -> Self {
        Self(name: name, shapeOf: { .text }, value: value)
    }

    /// A yes/no for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    public static func flag(_ name: String, _ value: @escaping (Values) -> Bool) -> Self {
        Self(name: name, shapeOf: { .flag }, value: value)
    }

    /// A list of texts, each `{{.}}` inside `{{#name}}…{{/name}}`.
    public static func texts(_ name: String, _ value: @escaping (Values) -> [String]) -> Self {
        Self(name: name, shapeOf: { .list(.text) }, value: value)
    }

    /// Values of their own, named as `{{name.field}}` or inside `{{#name}}…{{/name}}`.
    public static func record<Record: TemplateValues>(_ name: String, _ value: @escaping (Values) -> Record) -> Self {
        Self(name: name, shapeOf: { Record.shape }, value: { value($0).rendered })
    }

    /// A record that may be absent: a section on it is false then.
    public static func optional<Record: TemplateValues>(_ name: String, _ value: @escaping (Values) -> Record?)
        -> Self
    {
        Self(name: name, shapeOf: { Record.shape }, value: { value($0)?.rendered })
    }

    /// A list of records, each element's names inside `{{#name}}…{{/name}}`.
    public static func list<Element: TemplateValues>(_ name: String, _ value: @escaping (Values) -> [Element]) -> Self {
        Self(name: name, shapeOf: { .list(Element.shape) }, value: { value($0).map(\.rendered) })
    }

    /// This field of values held in other values, named there as if it were their own.
    public func within<Outer>(_ part: @escaping (Outer) -> Values) -> TemplateField<Outer> {
        let value = self.value
        return TemplateField<Outer>(name: name, shapeOf: shapeOf, value: { value(part($0)) })
    }
}
