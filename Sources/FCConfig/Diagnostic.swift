import Foundation

/// One problem found in a user's input, in the `FILE:LINE:COL: severity: message` form
/// that editors and CI logs understand. Places that belong to the same problem (where an id was
/// first declared, say) are its `notes`, so one problem is one diagnostic. Its message is a
/// `Message` in both languages; `formatted(in:)` prints it in one.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much a diagnostic matters: a `note` only informs (a report that is still a draft),
    /// a `warning` asks for a look, an `error` stops the documents from being made.
    public enum Severity: String, Sendable, Codable, Comparable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        /// The word printed before the message: `fel`/`error`, `varning`/`warning`, `notering`/`note`.
        public func word(in language: Language) -> String {
            switch (self, language) {
            case (.error, .sv): "fel"
            case (.warning, .sv): "varning"
            case (.note, .sv): "notering"
            case (_, .en): rawValue
            }
        }
    }

    /// Another place that belongs to the same problem, printed below it as
    /// `FILE:LINE:COL: note: message`.
    public struct Note: Sendable, Hashable, Codable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: Message

        public init(at location: SourceLocation, _ message: Message) {
            self.location = location
            self.message = message
        }

        /// `FILE:LINE:COL: notering: …` (`note: …` in English).
        public func formatted(in language: Language) -> String {
            "\(location): \(Severity.note.word(in: language)): \(message.text(in: language))"
        }

        /// The note in English, for logs and test failures; people get `formatted(in:)`.
        public var description: String { formatted(in: .en) }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: Message
    public var notes: [Note]

    public init(_ severity: Severity, at location: SourceLocation, _ message: Message, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// The diagnostic's line in `language`, then one line per note.
    public func formatted(in language: Language) -> String {
        ([headline(in: language)] + notes.map { $0.formatted(in: language) }).joined(separator: "\n")
    }

    /// `FILE:LINE:COL: fel: …` (`error: …` in English), without the notes.
    public func headline(in language: Language) -> String {
        "\(location): \(severity.word(in: language)): \(message.text(in: language))"
    }

    /// The diagnostic in English, for logs and test failures; people get `formatted(in:)`.
    public var description: String { formatted(in: .en) }

    /// Diagnostics as the JSON array `fcdoc validate --format json` prints: each with `severity`,
    /// `location` (`file`, `line`, `column`, and for a spreadsheet's cell also `sheet` and `cell`),
    /// `code` (the message's kind), `message` in `language` and `notes` (each a `location`, a
    /// `code` and a `message`); keys sorted, so the text is stable.
    public static func json(_ diagnostics: [Diagnostic], language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let printed = diagnostics.map { Printed($0, in: language) }
        let data = (try? encoder.encode(printed)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A diagnostic as `json(_:language:)` writes it and a script reads it back: the message
    /// in one language, beside its code.
    public struct Printed: Sendable, Hashable, Codable {
        public var severity: Severity
        public var location: SourceLocation
        public var code: String
        public var message: String
        public var notes: [PrintedNote]

        public init(_ diagnostic: Diagnostic, in language: Language) {
            severity = diagnostic.severity
            location = diagnostic.location
            code = diagnostic.message.code.rawValue
            message = diagnostic.message.text(in: language)
            notes = diagnostic.notes.map { PrintedNote($0, in: language) }
        }

        private enum CodingKeys: String, CodingKey { case severity, location, code, message, notes }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            severity = try container.decode(Severity.self, forKey: .severity)
            location = try container.decode(SourceLocation.self, forKey: .location)
            code = try container.decodeIfPresent(String.self, forKey: .code) ?? ""
            message = try container.decode(String.self, forKey: .message)
            notes = try container.decodeIfPresent([PrintedNote].self, forKey: .notes) ?? []
        }
    }

    /// A note as `json(_:language:)` writes it.
    public struct PrintedNote: Sendable, Hashable, Codable {
        public var location: SourceLocation
        public var code: String
        public var message: String

        public init(_ note: Note, in language: Language) {
            location = note.location
            code = note.message.code.rawValue
            message = note.message.text(in: language)
        }
    }
}

/// Collects diagnostics while a file is read and checked; nothing stops at the first problem.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func error(_ message: Message, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, at: location, message, notes: notes))
    }

    public func warning(_ message: Message, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.warning, at: location, message, notes: notes))
    }

    /// Something to know that needs no change, such as a report that is still a draft.
    public func note(_ message: Message, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.note, at: location, message))
    }

    public func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Diagnostics in reading order: by file, line, column, then message (its English text, the
    /// same whatever language is printed), so output is stable.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.message.en)
                < ($1.location.file, $1.location.line, $1.location.column, $1.message.en)
        }
    }
}

/// An error that stands for diagnostics with their own places (a template's syntax error at the
/// template's line), so that whoever catches it keeps them as values.
public protocol DiagnosticsError: Error {
    var diagnostics: [Diagnostic] { get }
}

/// An error that says what went wrong as a `Message`, in both languages.
public protocol MessageError: Error {
    var message: Message { get }
}

extension Diagnostic {
    /// What an error thrown while making `file`'s documents says, as diagnostics: the error's
    /// own when it has them, its message when it has one, else one error about the whole file
    /// quoting the system's words.
    public static func from(_ error: Error, file: String) -> [Diagnostic] {
        if let located = error as? DiagnosticsError, !located.diagnostics.isEmpty { return located.diagnostics }
        if let said = error as? MessageError { return [Diagnostic(.error, at: .wholeFile(file), said.message)] }
        return [Diagnostic(.error, at: .wholeFile(file), .failed(reason: "\(error)"))]
    }
}
