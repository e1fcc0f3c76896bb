/// What a template may name at a place: the fields of a record, the elements of a list, a text
/// or a flag. Read from a `TemplateValues` type's `fields` (also of empty lists and absent
/// records), never from the values of one render.
public indirect enum ValueShape: Sendable, Equatable {
    /// A text (or number) printed with `{{name}}`; as a section it is its own context (`{{.}}`).
    case text
    /// A yes/no for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    case flag
    case list(ValueShape)
    /// Fields by their template names (snake_case), in declaration order.
    case record([Field])
    /// Nothing is known (after a name that is missing, so that it is reported once): every name is accepted.
    case unknown

    public struct Field: Sendable, Equatable {
        public var name: String
        public var shape: ValueShape
    }

    public func field(_ name: String) -> ValueShape? {
        guard case .record(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.shape
    }
}
