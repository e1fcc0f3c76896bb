import Foundation
import Synchronization
import Yams

/// What a config file describes, told apart by its `kind:`.
public enum ConfigFile: Sendable {
    case centre(CentreFile)
    case county(CountyFile)
    case report(ReportFile)
    case profile(ProfileFile)

    public var centre: CentreFile? {
        if case .centre(let file) = self { return file }
        return nil
    }

    public var county: CountyFile? {
        if case .county(let file) = self { return file }
        return nil
    }

    public var report: ReportFile? {
        if case .report(let file) = self { return file }
        return nil
    }

    public var profile: ProfileFile? {
        if case .profile(let file) = self { return file }
        return nil
    }
}

/// Reads a config file: bytes → YAML nodes (with line and column) → the typed file its `kind:`
/// names (`centre` or `county`).
public enum ConfigLoader {
    /// Larger files are refused unread: a config file is a few kilobytes.
    public static let maximumFileSize = 1_048_576

    public static let supportedKinds = ["centre", "county", "report", "profile"]

    public struct Result {
        /// `nil` when the file could not be read as a config file at all.
        public var config: ConfigFile?
        public var diagnostics: DiagnosticSink

        public var centre: CentreFile? { config?.centre }
        public var county: CountyFile? { config?.county }
        public var report: ReportFile? { config?.report }
        public var profile: ProfileFile? { config?.profile }
    }

    /// Reads, parses and type-checks one file, every problem as a diagnostic.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - readAhead: results loaded ahead by `loadAhead(_:keepingIn:)` for this run, if any.
    /// - Returns: the typed file when it could be read, and the diagnostics.
    public static func load(path: String, readAhead: ReadAhead? = nil) -> Result {
        let sink = DiagnosticSink()
        let whole = SourceLocation.wholeFile(path)
        guard let size = FileSize.of(path) else {
            sink.error(.fileNotFound, at: whole)
            return Result(config: nil, diagnostics: sink)
        }
        if size > maximumFileSize {
            sink.error(.fileTooLarge(bytes: size, maximum: maximumFileSize), at: whole)
            return Result(config: nil, diagnostics: sink)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.error(.fileUnreadable, at: whole)
            return Result(config: nil, diagnostics: sink)
        }
        if let early = readAhead?.take(path, holding: data) { return early }
        return load(data: data, path: path, sink: sink)
    }

    /// Loads many files at once, in parallel, and keeps each result in `readAhead` for the next
    /// `load(path:readAhead:)` of that path, which takes it if the file still holds the same bytes.
    /// A county batch indexes every report of its folder before checking each one; this reads
    /// them once.
    public static func loadAhead(_ paths: [String], keepingIn readAhead: ReadAhead?) -> [Result] {
        let results = ResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            guard let size = FileSize.of(path), size <= maximumFileSize,
                let data = FileManager.default.contents(atPath: path)
            else {
                results.set(index, load(path: path))
                return
            }
            let result = load(data: data, path: path, sink: DiagnosticSink())
            readAhead?.keep(result, for: path, holding: data)
            results.set(index, result)
        }
        return results.values
    }

    public static func load(text: String, path: String) -> Result {
        load(data: Data(text.utf8), path: path, sink: DiagnosticSink())
    }

    /// Reads bytes as if they were the file at `path` (for tests and the fuzzer).
    public static func load(data: Data, path: String) -> Result {
        load(data: data, path: path, sink: DiagnosticSink())
    }

    static func load(data: Data, path: String, sink: DiagnosticSink) -> Result {
        guard var text = String(data: data, encoding: .utf8) else {
            let location = firstInvalidUTF8(in: data, file: path)
            sink.error(.fileNotUTF8, at: location)
            return Result(config: nil, diagnostics: sink)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if let anchor = AnchorScan.first(in: text) {
            sink.error(
                .yamlAnchor(isAlias: anchor.isAlias),
                at: SourceLocation(file: path, line: anchor.line, column: anchor.column))
            return Result(config: nil, diagnostics: sink)
        }
        let root: Node?
        do {
            // The basic resolver tags every scalar as text: the readers decide what a value means
            // themselves, and Yams' default resolver would compile and run its type-guessing
            // regular expressions on every scalar and on every key compared or hashed.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            sink.append(YAMLProblem.diagnostic(for: error, text: text, file: path))
            return Result(config: nil, diagnostics: sink)
        } catch {
            sink.error(.yamlUnreadable("\(error)"), at: SourceLocation.wholeFile(path))
            return Result(config: nil, diagnostics: sink)
        }
        guard let root else {
            sink.error(.fileEmpty, at: SourceLocation.wholeFile(path))
            return Result(config: nil, diagnostics: sink)
        }
        return Result(config: read(root, source: YAMLSource(file: path, text: text), sink: sink), diagnostics: sink)
    }

    /// Checks `fcdoc:` and `kind:` first, so that other files are recognised as such, then reads
    /// the rest with the reader for that kind.
    static func read(_ root: Node, source: YAMLSource, sink: DiagnosticSink) -> ConfigFile? {
        let file = source.file
        guard case .mapping(let mapping) = root else {
            sink.error(.fileNotAMapping(found: root.found), at: root.location(in: file))
            return nil
        }
        let top = root.location(in: file)
        let version = mapping["fcdoc"]
        let kind = mapping["kind"]
        var recognised = true
        if let version {
            if version.scalar?.string != "1" {
                sink.error(.unknownFormatVersion(version.scalar?.string ?? "…"), at: version.location(in: file))
                recognised = false
            }
        } else {
            sink.error(.missingFormatVersion, at: top)
            recognised = false
        }
        guard let kind else {
            sink.error(.missingKind(kinds: supportedKinds), at: top)
            return nil
        }
        let kindName = kind.scalar?.string ?? ""
        switch kindName {
        case "centre" where recognised:
            return CentreReader(source: source, sink: sink).read(root).map(ConfigFile.centre)
        case "county" where recognised:
            return CountyReader(source: source, sink: sink).read(root).map(ConfigFile.county)
        case "report" where recognised:
            return ReportReader(source: source, sink: sink).read(root).map(ConfigFile.report)
        case "profile" where recognised:
            return ProfileReader(source: source, sink: sink).read(root).map(ConfigFile.profile)
        case "centre", "county", "report", "profile":
            return nil
        default:
            sink.error(
                .unknownKind(
                    kindName, suggestion: Suggestion.closest(to: kindName, in: supportedKinds), kinds: supportedKinds),
                at: kind.location(in: file))
        }
        return nil
    }

    /// Where the first byte that is not valid UTF-8 sits, counted as an editor would.
    public static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid =
                length > 0 && index + length <= bytes.count
                && bytes[index + 1..<index + length].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return SourceLocation(file: file, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourceLocation.wholeFile(file)
    }
}

extension ConfigLoader {
    /// Results loaded ahead for one run (a batch), each taken by one later load of the same path
    /// and bytes. An instance, not process-wide: a long-running server must never see old bytes.
    public final class ReadAhead: Sendable {
        private let kept = Mutex<[String: (data: Data, loaded: Loaded)]>([:])

        public init() {}

        func keep(_ result: ConfigLoader.Result, for path: String, holding data: Data) {
            let loaded = Loaded(result)
            kept.withLock { $0[path] = (data, loaded) }
        }

        func take(_ path: String, holding data: Data) -> ConfigLoader.Result? {
            let entry = kept.withLock { $0.removeValue(forKey: path) }
            guard let entry, entry.data == data else { return nil }
            return entry.loaded.result
        }
    }

    /// A result as plain values, to hand from one thread to another: each taker gets a sink of
    /// its own with the diagnostics found so far.
    struct Loaded: Sendable {
        var config: ConfigFile?
        var diagnostics: [Diagnostic]

        init(_ result: Result) {
            config = result.config
            diagnostics = result.diagnostics.diagnostics
        }

        var result: Result {
            let sink = DiagnosticSink()
            diagnostics.forEach(sink.append)
            return Result(config: config, diagnostics: sink)
        }
    }
}

/// One slot per parallel task.
private final class ResultSlots: Sendable {
    private let slots: Mutex<[ConfigLoader.Loaded?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: ConfigLoader.Result) {
        let loaded = ConfigLoader.Loaded(result)
        slots.withLock { $0[index] = loaded }
    }

    var values: [ConfigLoader.Result] { slots.withLock { $0.compactMap { $0 } }.map(\.result) }
}
