import FCConfig
import Foundation
import Mustache
import Synchronization

/// Finds and parses document templates: the built-in Swedish ones, each of which a
/// `--templates` folder may replace file by file (a municipality's own wording).
///
/// A set keeps the templates it parsed (copies of it share them): make one per run, so that a
/// batch parses each template once and a long-running server sees a changed template.
public struct TemplateSet: Sendable {
    public let overrideDirectory: String?
    private let cache = TemplateCache()

    public init(overrideDirectory: String? = nil) {
        self.overrideDirectory = overrideDirectory
    }

    /// The built-in templates, compiled into the program from `Resources/templates/sv/`: each
    /// template's text by its name (`samverkansavtal`).
    public static let builtIn: [String: String] = Dictionary(
        uniqueKeysWithValues: EmbeddedResources.files.compactMap { path, text in
            guard path.hasPrefix(builtInFolder), path.hasSuffix(".md") else { return nil }
            return (String(path.dropFirst(builtInFolder.count).dropLast(3)), text)
        })

    private static let builtInFolder = "templates/sv/"

    /// How diagnostics name a built-in template: it is no file on this computer.
    static func builtInPath(_ name: String) -> String { "<built-in>/\(name).md" }

    public enum LoadError: DiagnosticsError, MessageError, CustomStringConvertible {
        /// No template of that name in the templates folders searched (`folders`) nor built in.
        case missing(name: String, folders: [String])
        case unreadable(path: String)
        case escapesFolder(path: String, folder: String)
        case syntax(Diagnostic)
        /// Names the template uses that its values do not have, each at its place.
        case unknownNames([Diagnostic])

        /// Each problem at the template's own place; none for a template that is not there.
        public var diagnostics: [Diagnostic] {
            switch self {
            case .missing: return []
            case .unreadable(let path):
                return [Diagnostic(.error, at: .wholeFile(path), .templateUnreadable)]
            case .escapesFolder(let path, let folder):
                return [Diagnostic(.error, at: .wholeFile(path), .templateOutsideFolder(folder))]
            case .syntax(let diagnostic): return [diagnostic]
            case .unknownNames(let diagnostics): return diagnostics
            }
        }

        /// What went wrong, for the template that is not there (the others have their diagnostics).
        public var message: Message {
            if case .missing(let name, let folders) = self { return .templateMissing(name, folders: folders) }
            return diagnostics.first?.message ?? .templateUnreadable
        }

        public var description: String {
            if case .missing = self { return message.en }
            return diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The path of the template that will be used for `name`, override first; a built-in one's
    /// is `<built-in>/NAME.md`.
    public func path(for name: String) throws -> String {
        var searched: [String] = []
        if let overrideDirectory {
            let folder = URL(fileURLWithPath: overrideDirectory).standardizedFileURL.resolvingSymlinksInPath()
            let candidate = folder.appendingPathComponent("\(name).md")
            searched.append(folder.path)
            if FileManager.default.fileExists(atPath: candidate.path) {
                let resolved = candidate.resolvingSymlinksInPath()
                guard resolved.deletingLastPathComponent().path == folder.path else {
                    throw LoadError.escapesFolder(path: candidate.path, folder: folder.path)
                }
                return resolved.path
            }
        }
        if Self.builtIn[name] != nil { return Self.builtInPath(name) }
        throw LoadError.missing(name: name, folders: searched)
    }

    /// Parses the template for `name`; Markdown escaping is switched on before its first line,
    /// so a template cannot forget it and line numbers stay those of the file.
    public func template(named name: String) throws -> DocumentTemplate {
        _ = MarkdownContentType.registered
        let path = try path(for: name)
        if let cached = cache.template(at: path) { return cached }
        let template = try parse(try text(name: name, path: path), path: path)
        cache.store(template, at: path)
        return template
    }

    /// The template for `name`, checked against the values it will render: a name the values
    /// lack would print nothing, so it is an error at its line and column instead.
    public func template<Values: TemplateValues>(named name: String, for values: Values) throws -> DocumentTemplate {
        let template = try template(named: name)
        // A built-in template is checked against its values by the tests (TemplateContractTests):
        // only a folder's own is checked here.
        guard template.path != Self.builtInPath(name) else { return template }
        // Values have one shape per type: a template passes for it once and for all.
        let key = TemplateCache.Check(path: template.path, values: ObjectIdentifier(Values.self))
        if cache.passed(key) { return template }
        let unknown = template.unknownNames(in: Values.shape)
        guard unknown.isEmpty else { throw LoadError.unknownNames(unknown) }
        cache.pass(key)
        return template
    }

    /// Markdown escaping for every value, on a line of its own: a standalone tag, which leaves
    /// no trace in the output, so every piece starts exactly as its text does.
    private static let pragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}\n"

    /// The text of the template for `name` found at `path`.
    private func text(name: String, path: String) throws -> String {
        if path == Self.builtInPath(name), let text = Self.builtIn[name] { return text }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw LoadError.unreadable(path: path)
        }
        return text
    }

    private func parse(_ text: String, path: String) throws -> DocumentTemplate {
        var fixedTexts = FixedTexts()
        var template = DocumentTemplate(
            pieces: try DocumentTemplate.cuts(of: text).map { cut in
                guard cut.hasTags else { return .text(String(cut.text)) }
                // Parsed with its fixed text lifted out; should that fail, as written, so that the
                // error is reported where it is.
                var lifted = fixedTexts
                if let template = try? MustacheTemplate(string: Self.pragma + lifted.lift(cut.text)) {
                    fixedTexts = lifted
                    return .template(template)
                }
                do {
                    return .template(try MustacheTemplate(string: Self.pragma + cut.text))
                } catch let error as MustacheTemplate.ParserError {
                    if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error,
                        let section = UnclosedSection.find(in: cut.text)
                    {
                        throw LoadError.syntax(
                            Diagnostic(
                                .error,
                                at: SourceLocation(
                                    file: path, line: cut.firstLine + section.line - 1,
                                    column: section.column),
                                .templateUnclosedSection(section.tag, name: section.name)))
                    }
                    let line = max(1, error.context.lineNumber - 1) + cut.firstLine - 1
                    throw LoadError.syntax(
                        Diagnostic(
                            .error, at: SourceLocation(file: path, line: line, column: error.context.columnNumber),
                            .templateSyntax(Self.explain(error.error))))
                }
            })
        template.fixedTexts = fixedTexts.texts
        template.path = path
        template.source = text
        return template
    }

    static func explain(_ error: Error) -> Message.TemplateSyntax {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return .closingTagMismatch
        case .unfinishedName?: return .unclosedTag
        case .expectedSectionEnd?: return .unclosedSection
        case .invalidSetDelimiter?: return .badDelimiters
        default: return .other("\(error)")
        }
    }
}

/// A map of parsed templates by path, behind a mutex: a batch renders the same few templates
/// thousands of times. Templates do not change during a run.
final class TemplateCache: Sendable {
    private let templates = Mutex<[String: DocumentTemplate]>([:])
    private let passed = Mutex<Set<Check>>([])

    /// A template at a path checked against a type of values.
    struct Check: Hashable, Sendable {
        var path: String
        var values: ObjectIdentifier
    }

    func template(at path: String) -> DocumentTemplate? {
        templates.withLock { $0[path] }
    }

    func store(_ template: DocumentTemplate, at path: String) {
        templates.withLock { $0[path] = template }
    }

    /// Whether a template at a path passed the check for a type of values.
    func passed(_ key: Check) -> Bool {
        passed.withLock { $0.contains(key) }
    }

    func pass(_ key: Check) {
        passed.withLock { _ = $0.insert(key) }
    }
}
