import FCConfig
import FCDocument
import FCOutput
import FCRender
import FCWriters
import Foundation

/// Two versions of one centre or county file through the one pipeline, each document compared
/// (`fcdoc diff`, the web application's "Jämför"): the new document with the changes marked,
/// and a summary of what changed in the file's own terms with both kontrollsummor.
public struct Comparison {
    public var pipeline: Pipeline

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    /// The formats a comparison is written in; PDF is not offered (a PDF keeps no tracked changes).
    public static let formats: [OutputFormat] = [.odt, .docx, .html, .md]

    /// One document of both versions.
    public struct DocumentChanges {
        public var kind: DocumentKind
        /// The folder and file name the changes are written to, without extension.
        public var path: String
        public var oldFingerprint: String
        public var newFingerprint: String
        /// The new document with its changes marked, for ODT and DOCX; `nil` when it did not change.
        public var tracked: Document?
        /// `tracked` with the summary at its top, for HTML and Markdown.
        public var summarised: Document?
        /// The changed values of the file, as `ConfigChanges` words them.
        public var configChanges: [String]

        public var isUnchanged: Bool { tracked == nil }
    }

    /// Compares the documents (`nil`: every document the files give) of two checked versions.
    /// - Throws: the diagnostics of either file when it has errors, or when the files are of
    ///   different kinds, or a document cannot be made.
    public func compare(
        old: Pipeline.Checked, new: Pipeline.Checked, documents: [DocumentKind]? = nil, revision: Revision
    ) throws(Pipeline.Failure) -> [DocumentChanges] {
        guard let oldConfig = old.config, let newConfig = new.config else {
            throw .invalid(
                old.diagnostics.filter { $0.severity == .error } + new.diagnostics.filter { $0.severity == .error })
        }
        let oldKind = Self.kindName(oldConfig)
        let newKind = Self.kindName(newConfig)
        guard oldKind == newKind, ["centre", "county", "report"].contains(oldKind) else {
            throw .invalid([
                Diagnostic(
                    .error, at: .wholeFile(new.path),
                    oldKind == newKind
                        ? .diffKindNotComparable(oldKind)
                        : .diffDifferentKinds(
                            old: Self.fileName(old.path), oldKind: oldKind, new: Self.fileName(new.path),
                            newKind: newKind))
            ])
        }
        let oldPlans = try pipeline.plans(old, documents: documents)
        let newPlans = try pipeline.plans(new, documents: documents)
        let configChanges = ConfigChanges.between(old: oldConfig, new: newConfig)
        let label = "Ändringar mot " + Self.versionName(path: old.path, config: oldConfig)
        var result: [DocumentChanges] = []
        for (oldPlan, newPlan) in zip(oldPlans, newPlans) {
            let oldDocument = try pipeline.document(oldPlan, file: old.path)
            let newDocument = try pipeline.document(newPlan, file: new.path)
            var changes = DocumentChanges(
                kind: newPlan.kind, path: "\(newPlan.folder)/\(newPlan.fileName)-andringar",
                oldFingerprint: oldDocument.metadata.fingerprint ?? "",
                newFingerprint: newDocument.metadata.fingerprint ?? "", configChanges: configChanges)
            if var tracked = DocumentDiff.compare(old: oldDocument, new: newDocument, revision: revision) {
                tracked.metadata.copyLabel = label
                changes.tracked = tracked
                changes.summarised = Self.summarised(
                    tracked, label: label, old: (old.path, changes.oldFingerprint),
                    new: (new.path, changes.newFingerprint), configChanges: configChanges)
            }
            result.append(changes)
        }
        return result
    }

    /// The files of the changed documents in `formats`, paths relative to the output folder.
    public static func files(_ changes: [DocumentChanges], formats: [OutputFormat]) throws -> [OutputFile] {
        var files: [OutputFile] = []
        for change in changes {
            guard let tracked = change.tracked, let summarised = change.summarised else { continue }
            let folder = change.path.split(separator: "/").dropLast().joined(separator: "/")
            let fileName = change.path.split(separator: "/").last.map(String.init) ?? change.path
            let options = WriterOptions(
                copyLabels: [tracked.metadata.copyLabel], figureFile: { "\(fileName)-\($0.name).svg" })
            for format in formats {
                guard let writer = format.writer else { continue }
                let document = format == .odt || format == .docx ? tracked : summarised
                let output = try writer.write(document, options: options)
                files += output.copies.prefix(1).map {
                    OutputFile(relativePath: "\(change.path).\(format.rawValue)", data: $0)
                }
                files += output.companions.map { OutputFile(relativePath: "\(folder)/\($0.fileName)", data: $0.data) }
            }
        }
        return files
    }

    /// The summary before the document: what changed in the file's terms, both kontrollsummor,
    /// and the paragraphs that changed.
    static func summarised(
        _ tracked: Document, label: String, old: (path: String, fingerprint: String),
        new: (path: String, fingerprint: String), configChanges: [String]
    ) -> Document {
        var summary: [Block] = [
            .heading(level: 1, [.text("\(label): \(tracked.metadata.title)")]),
            .paragraph([
                .text("Tidigare version: \(fileName(old.path)), kontrollsumma "), .strong([.text(old.fingerprint)]),
                .lineBreak,
                .text("Ny version: \(fileName(new.path)), kontrollsumma "), .strong([.text(new.fingerprint)]),
            ]),
            .paragraph([
                .emphasis([
                    .text(
                        "Detta är en jämförelse att läsa, inte ett exemplar att underteckna. "
                            + "Tillagd text är understruken, borttagen text överstruken.")
                ])
            ]),
            .heading(level: 2, [.text("Ändrade uppgifter")]),
        ]
        summary.append(
            configChanges.isEmpty
                ? .paragraph([.text("Inga uppgifter i filen har ändrats; mallen eller texten har ändrats.")])
                : .list(ordered: false, items: configChanges.map { [.paragraph([.text($0)])] }))
        let paragraphs = DocumentDiff.changedParagraphs(tracked)
        summary.append(.heading(level: 2, [.text("Ändrade stycken (\(paragraphs.count))")]))
        summary.append(
            .list(
                ordered: false,
                items: paragraphs.map { paragraph in
                    switch (paragraph.old.isEmpty, paragraph.new.isEmpty) {
                    case (true, _): return [.paragraph([.strong([.text("Nytt:")]), .text(" " + paragraph.new)])]
                    case (_, true): return [.paragraph([.strong([.text("Borttaget:")]), .text(" " + paragraph.old)])]
                    default:
                        return [
                            .paragraph([
                                .strong([.text("Förut:")]), .text(" " + paragraph.old), .lineBreak,
                                .strong([.text("Nu:")]), .text(" " + paragraph.new),
                            ])
                        ]
                    }
                }))
        summary.append(.rule)
        var document = tracked
        document.blocks = summary + tracked.blocks
        return document
    }

    /// The older version as the header names it: its file name, with its signing date (an
    /// agreement) or its year (a report) when it has one.
    static func versionName(path: String, config: ConfigFile) -> String {
        let name = fileName(path)
        if let date = config.centre?.agreement.signingDate?.value { return "\(name) (\(date))" }
        if let year = config.report?.year?.value { return "\(name) (\(year))" }
        return name
    }

    static func fileName(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    static func kindName(_ config: ConfigFile) -> String {
        switch config {
        case .centre: return "centre"
        case .county: return "county"
        case .report: return "report"
        case .profile: return "profile"
        }
    }
}
