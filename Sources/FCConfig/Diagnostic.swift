import Foundation

/// One problem found in a user's input, in the `FILE:LINE:COL: severity: message` form
/// that editors and CI logs understand. Places that belong to the same problem (where an id was
/// first declared, say) are its `notes`, so one problem is one diagnostic.
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
    }

    /// Another place that belongs to the same problem, printed below it as
    /// `FILE:LINE:COL: note: message`.
    public struct Note: Sendable, Hashable, Codable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: String

        public init(at location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }

        public var description: String { "\(location): note: \(message)" }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var notes: [Note]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// The diagnostic's line, then one line per note.
    public var description: String {
        ([headline] + notes.map(\.description)).joined(separator: "\n")
    }

    /// `FILE:LINE:COL: severity: message`, without the notes.
    public var headline: String { "\(location): \(severity.rawValue): \(message)" }

    private enum CodingKeys: String, CodingKey { case severity, location, message, notes }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        location = try container.decode(SourceLocation.self, forKey: .location)
        message = try container.decode(String.self, forKey: .message)
        notes = try container.decodeIfPresent([Note].self, forKey: .notes) ?? []
    }

    /// Diagnostics as the JSON array `fcdoc validate --format json` prints: each with `severity`,
    /// `location` (`file`, `line`, `column`, and for a spreadsheet's cell also `sheet` and `cell`),
    /// `message` and `notes` (each a `location` and a `message`); keys sorted, so the text is stable.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(diagnostics)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Collects diagnostics while a file is read and checked; nothing stops at the first problem.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, at: location, message, notes: notes))
    }

    public func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.warning, at: location, message, notes: notes))
    }

    /// Something to know that needs no change, such as a report that is still a draft.
    public func note(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.note, at: location, message))
    }

    public func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Diagnostics in reading order: by file, line, column, then message, so output is stable.
    public var sorted: [Diagnostic] {
        diagnostics.sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.message)
                < ($1.location.file, $1.location.line, $1.location.column, $1.message)
        }
    }
}

/// An error that stands for diagnostics with their own places (a template's syntax error at the
/// template's line), so that whoever catches it keeps them as values.
public protocol DiagnosticsError: Error {
    var diagnostics: [Diagnostic] { get }
}

extension Diagnostic {
    /// What an error thrown while making `file`'s documents says, as diagnostics: the error's
    /// own when it has them, else one error about the whole file in the error's words.
    public static func from(_ error: Error, file: String) -> [Diagnostic] {
        if let located = error as? DiagnosticsError, !located.diagnostics.isEmpty { return located.diagnostics }
        return [Diagnostic(.error, at: .wholeFile(file), "\(error)")]
    }
}
