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
    private static let verdicts = Answers<[String]>()
    private static let texts = Answers<String>()

    /// `odt-validate` on every file: one verdict per distinct content, the runs in parallel.
    static func validateODT(_ files: [URL]) throws -> Verdicts {
        // A file that cannot be read is its path (odt-validate says "no such file" of it).
        let digests = files.map { (try? digest($0)) ?? "unreadable:" + $0.path }
        let known = try verdicts.answers(for: Array(zip(files, digests))) { missing in
            try inParallel(missing, parts: missing.count >= 4 ? cores : 1) { part in
                let outcome = try Harness.run(
                    Harness.tools.appendingPathComponent("odt-validate"), part.map(\.file.path))
                return part.map { item in (item.digest, verdict(of: item.file.path, in: outcome)) }
            }
        }
        return Verdicts(
            problems: Dictionary(
                zip(files, digests).map { ($0.path, known[$1] ?? ["odt-validate gave no verdict"]) },
                uniquingKeysWith: { first, _ in first }))
    }

    /// The text `odt-text` (LibreOffice, then pdftotext) prints for each ODT or DOCX, by path:
    /// one conversion per distinct content; a long list in one LibreOffice run per core.
    static func odtText(_ files: [URL]) throws -> [String: String] {
        let digests = try files.map(digest)
        let known = try texts.answers(for: Array(zip(files, digests))) { missing in
            // LibreOffice takes about a second to start and a tenth of one a file: split long lists only.
            try inParallel(missing, parts: missing.count >= 16 ? cores : 1) { part in
                let texts = try Harness.odtTextOneRun(part.map(\.file))
                return try part.map { item in
                    guard let text = texts[item.file.path] else {
                        throw HarnessError.tool("odt-text printed nothing for \(item.file.path)")
                    }
                    return (item.digest, text)
                }
            }
        }
        var result: [String: String] = [:]
        for (file, digest) in zip(files, digests) {
            guard let text = known[digest] else { throw HarnessError.tool("no text for \(file.path)") }
            result[file.path] = text
        }
        return result
    }

    private static let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))

    private static func digest(_ file: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: file)).map { String(format: "%02x", $0) }.joined()
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

/// An oracle's answers by the digest of the file asked about, each computed once per process.
/// One run of the oracle at a time: what callers ask while it runs waits and goes into the next
/// run together (LibreOffice then starts once for the files of several suites).
private final class Answers<Answer: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var answers: [String: Answer] = [:]
    private var failures: [String: any Error] = [:]
    /// Digests asked about and not yet answered; `queue` those no run has taken yet.
    private var pending: Set<String> = []
    private var queue: [(file: URL, digest: String)] = []
    private var running = false

    /// The answers for `items`' digests; `compute` gets the first file of each digest nobody
    /// has answered, with those other callers are waiting for.
    func answers(
        for items: [(file: URL, digest: String)],
        compute: ([(file: URL, digest: String)]) throws -> [(String, Answer)]
    ) throws -> [String: Answer] {
        condition.lock()
        defer { condition.unlock() }
        for item in items
        where answers[item.digest] == nil && failures[item.digest] == nil && !pending.contains(item.digest) {
            pending.insert(item.digest)
            queue.append(item)
        }
        while items.contains(where: { pending.contains($0.digest) }) {
            guard !running, !queue.isEmpty else {
                condition.wait()
                continue
            }
            let batch = queue
            queue = []
            running = true
            condition.unlock()
            let computed = Result { try compute(batch) }
            condition.lock()
            switch computed {
            case .success(let found): for (digest, answer) in found { answers[digest] = answer }
            case .failure(let error): for item in batch { failures[item.digest] = error }
            }
            for item in batch { pending.remove(item.digest) }
            running = false
            condition.broadcast()
        }
        if let failure = items.lazy.compactMap({ self.failures[$0.digest] }).first { throw failure }
        var result: [String: Answer] = [:]
        for item in items { result[item.digest] = answers[item.digest] }
        return result
    }
}
