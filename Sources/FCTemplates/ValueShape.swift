import Foundation

/// What a template may name at a place: the fields of a record, the elements of a list, a text
/// or a flag. Read from a `TemplateValues` type (every field, also of empty lists and absent
/// optionals) or, for the contexts still built as dictionaries, from the values themselves.
public indirect enum ValueShape: Sendable, Equatable {
    /// A text (or number) printed with `{{name}}`; as a section it is its own context (`{{.}}`).
    case text
    /// A yes/no for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    case flag
    case list(ValueShape)
    /// Fields by their template names (snake_case), in declaration order.
    case record([Field])
    /// Nothing is known (an empty list or a missing value in a dictionary): every name is accepted.
    case unknown

    public struct Field: Sendable, Equatable {
        public var name: String
        public var shape: ValueShape
    }

    public func field(_ name: String) -> ValueShape? {
        guard case .record(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.shape
    }

    /// The shape of a typed context, learned by letting the type decode itself from a probe that
    /// answers every question with one example value and records what was asked.
    public static func of<Values: TemplateValues>(_ type: Values.Type) -> ValueShape {
        shapes.shape(of: type)
    }

    /// Shapes by type, learned once: a batch asks for the same few thousands of times.
    private static let shapes = ShapeCache()

    /// The shape of a context value: a `TemplateValues` struct by its type, a dictionary by its keys.
    public static func of(value: Any) -> ValueShape {
        switch value {
        case let values as any TemplateValues:
            return shape(ofTypeOf: values)
        case let dictionary as [String: Any]:
            return .record(dictionary.keys.sorted().map { Field(name: $0, shape: of(value: dictionary[$0] as Any)) })
        case is Bool:
            return .flag
        case let array as [Any]:
            guard let first = array.first else { return .unknown }
            return .list(array.dropFirst().reduce(of(value: first)) { $0.merged(with: of(value: $1)) })
        default:
            return TemplateName.unwrapped(value) == nil ? .unknown : .text
        }
    }

    private static func shape<Values: TemplateValues>(ofTypeOf values: Values) -> ValueShape {
        of(Values.self)
    }

    /// Two elements of one list: fields either has, so that no element's name is refused.
    func merged(with other: ValueShape) -> ValueShape {
        switch (self, other) {
        case (.record(let a), .record(let b)):
            return .record(a + b.filter { field in !a.contains { $0.name == field.name } })
        case (.list(let a), .list(let b)):
            return .list(a.merged(with: b))
        case (.unknown, _):
            return other
        default:
            return self
        }
    }
}

/// A `Decoder` that gives every field an example value (an empty text, `false`, `0`, a list of
/// one element, a present optional) and records the shape of what the type decoded.
struct ShapeProbe: Decoder {
    /// The shape being built; records add their fields as they are decoded.
    final class Recorder {
        var shape: ValueShape = .unknown
        var fields: [ValueShape.Field] = []
    }

    struct Unsupported: Error {}

    let recorder: Recorder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func shape<T: Decodable>(of type: T.Type) throws -> ValueShape {
        try probe(type).shape
    }

    static func probe<T: Decodable>(_ type: T.Type) throws -> (value: T, shape: ValueShape) {
        let recorder = Recorder()
        let value = try T(from: ShapeProbe(recorder: recorder))
        if case .record = recorder.shape { recorder.shape = .record(recorder.fields) }
        return (value, recorder.shape)
    }

    /// The example value of any type and its shape.
    static func value<T: Decodable>(_ type: T.Type) throws -> (value: T, shape: ValueShape) {
        if let leaf = try? leaf(type) { return leaf }
        return try probe(type)
    }

    /// The example value of a leaf type and its shape.
    static func leaf<T>(_ type: T.Type) throws -> (value: T, shape: ValueShape) {
        let example: (value: Any, shape: ValueShape)
        switch type {
        case is String.Type: example = ("", .text)
        case is Bool.Type: example = (false, .flag)
        case is Int.Type: example = (0, .text)
        case is Double.Type: example = (0.0, .text)
        default: throw Unsupported()
        }
        guard let value = example.value as? T else { throw Unsupported() }
        return (value, example.shape)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        recorder.shape = .record([])
        return KeyedDecodingContainer(Keyed<Key>(recorder: recorder))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { Unkeyed(recorder: recorder) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(recorder: recorder) }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let recorder: Recorder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let (value, shape) = try ShapeProbe.value(type)
            recorder.fields.append(ValueShape.Field(name: TemplateName.template(key.stringValue), shape: shape))
            return value
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String { try leaf(type, key) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try leaf(type, key) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try leaf(type, key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try leaf(type, key) }

        private func leaf<T>(_ type: T.Type, _ key: Key) throws -> T {
            let (value, shape) = try ShapeProbe.leaf(type)
            recorder.fields.append(ValueShape.Field(name: TemplateName.template(key.stringValue), shape: shape))
            return value
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        { throw Unsupported() }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw Unsupported() }
        func superDecoder() throws -> any Decoder { throw Unsupported() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw Unsupported() }
    }

    /// A list: one element, whose shape becomes the list's.
    struct Unkeyed: UnkeyedDecodingContainer {
        let recorder: Recorder
        var codingPath: [any CodingKey] { [] }
        var count: Int? { 1 }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex > 0 }

        init(recorder: Recorder) {
            self.recorder = recorder
            recorder.shape = .list(.unknown)
        }

        mutating func decodeNil() throws -> Bool { false }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            let (value, shape) = try ShapeProbe.value(type)
            recorder.shape = .list(shape)
            return value
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        { throw Unsupported() }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Unsupported() }
        mutating func superDecoder() throws -> any Decoder { throw Unsupported() }
    }

    struct Single: SingleValueDecodingContainer {
        let recorder: Recorder
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, shape) = try ShapeProbe.value(type)
            recorder.shape = shape
            return value
        }
    }
}

/// A lock-protected map from a values type to its shape.
final class ShapeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var shapes: [ObjectIdentifier: ValueShape] = [:]

    func shape<Values: TemplateValues>(of type: Values.Type) -> ValueShape {
        if let known = lock.withLock({ shapes[ObjectIdentifier(type)] }) { return known }
        let shape = (try? ShapeProbe.shape(of: type)) ?? .unknown
        lock.withLock { shapes[ObjectIdentifier(type)] = shape }
        return shape
    }
}
