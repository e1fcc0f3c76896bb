import Crypto
import Foundation
import Synchronization

/// The shared oracles `odt-validate` and `odt-text` over many files at once, as cheaply as the
/// answers allow: a file's bytes are checked once per test process (two suites that render the
/// same document, or variants that leave a document unchanged, ask about the same bytes, and the
/// oracles answer the same for the same bytes), and a long list is split over the machine's
/// cores, each part one run of the tool.
enum Oracles {
    /// `odt-validate`'s verdict on each file asked about.
    struct Verdicts: Sendable {
        /// Per path asked about, the problems `odt-validate` printed for its bytes (none: valid).
        var problems: [String: [String]]

        var allValid: Bool { problems.values.allSatisfy(\.isEmpty) }
        var validCount: Int { problems.values.filter(\.isEmpty).count }
        /// The problems, one line each, for a failed expectation's message.
        var report: String {
            problems.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
                .flatMap { path, lines in lines.map { "\(path): \($0)" } }.joined(separator: "\n")
        }
    }

    /// Answers already given in this process, by the SHA-256 of the file's bytes.
    private static let knownVerdicts = Mutex<[String: [String]]>([:])
    private static let knownTexts = Mutex<[String: String]>([:])

    /// `odt-validate` on every file: one verdict per distinct content, the runs in parallel.
    static func validateODT(_ files: [URL]) throws -> Verdicts {
        // A file that cannot be read is its path (odt-validate says "no such file" of it).
        let digests = files.map { (try? digest($0)) ?? "unreadable:" + $0.path }
        let missing = unique(files, digests) { digest in knownVerdicts.withLock { $0[digest] == nil } }
        let found = try inParallel(missing, parts: missing.count >= 4 ? cores : 1) { part in
            let outcome = try Harness.run(Harness.tools.appendingPathComponent("odt-validate"), part.map(\.file.path))
            return part.map { item in (item.digest, verdict(of: item.file.path, in: outcome)) }
        }
        knownVerdicts.withLock { known in for (digest, lines) in found { known[digest] = lines } }
        return knownVerdicts.withLock { known in
            Verdicts(
                problems: Dictionary(
                    zip(files, digests).map { ($0.path, known[$1] ?? ["odt-validate gave no verdict"]) },
                    uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The text `odt-text` (LibreOffice, then pdftotext) prints for each ODT or DOCX, by path:
    /// one conversion per distinct content; a long list in one LibreOffice run per core.
    static func odtText(_ files: [URL]) throws -> [String: String] {
        let digests = try files.map(digest)
        let missing = unique(files, digests) { digest in knownTexts.withLock { $0[digest] == nil } }
        // LibreOffice takes about a second to start and a tenth of one a file: split long lists only.
        let found = try inParallel(missing, parts: missing.count >= 16 ? cores : 1) { part in
            let texts = try Harness.odtTextOneRun(part.map(\.file))
            return try part.map { item in
                guard let text = texts[item.file.path] else {
                    throw HarnessError.tool("odt-text printed nothing for \(item.file.path)")
                }
                return (item.digest, text)
            }
        }
        knownTexts.withLock { known in for (digest, text) in found { known[digest] = text } }
        return try knownTexts.withLock { known in
            var result: [String: String] = [:]
            for (file, digest) in zip(files, digests) {
                guard let text = known[digest] else { throw HarnessError.tool("no text for \(file.path)") }
                result[file.path] = text
            }
            return result
        }
    }

    private static let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))

    private static func digest(_ file: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: file)).map { String(format: "%02x", $0) }.joined()
    }

    /// The first file of each content not yet answered.
    private static func unique(_ files: [URL], _ digests: [String], unanswered: (String) -> Bool)
        -> [(file: URL, digest: String)]
    {
        var seen: Set<String> = []
        return zip(files, digests).filter { seen.insert($1).inserted && unanswered($1) }.map { ($0, $1) }
    }

    /// `work` over `parts` interleaved slices of `items` at the same time; every answer, or the first error.
    private static func inParallel<Answer: Sendable>(
        _ items: [(file: URL, digest: String)], parts: Int,
        _ work: @Sendable ([(file: URL, digest: String)]) throws -> [(String, Answer)]
    ) throws -> [(String, Answer)] {
        guard !items.isEmpty else { return [] }
        let slices = (0..<parts).map { part in items.indices.filter { $0 % parts == part }.map { items[$0] } }
            .filter { !$0.isEmpty }
        let answers = Mutex<[Result<[(String, Answer)], any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: slices.count) { index in
            let answer = Result { try work(slices[index]) }
            answers.withLock { $0.append(answer) }
        }
        return try answers.withLock { try $0.flatMap { try $0.get() } }
    }

    /// The problems `odt-validate` printed for `path` (none when it printed `OK path`).
    private static func verdict(of path: String, in outcome: Harness.Outcome) -> [String] {
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        if lines.contains("odt-validate: OK \(path)") { return [] }
        let problems = lines.filter { $0.hasPrefix("odt-validate: \(path): ") }
            .map { String($0.dropFirst("odt-validate: \(path): ".count)) }
        return problems.isEmpty
            ? ["odt-validate said nothing of it (exit \(outcome.status)): \(outcome.stderr)"] : problems
    }
}
