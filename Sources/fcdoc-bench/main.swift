// fcdoc-bench: how fast fcdoc renders a county, and how it compares with pandoc.
//
// For N = 30, 300 and 1000 (or the N given as arguments) it writes a synthetic but valid county
// folder — N centres with a report and a survey CSV each, from a fixed random seed — runs
// `fcdoc batch` on it three times (release build, all documents in odt, html and md) and prints
// files per second, wall and CPU time (medians) and peak memory (the child's maximum resident
// set). Then it times one
// agreement to ODT as a whole process with fcdoc and with pandoc from the same Markdown, and the
// batch's throughput against pandoc converting the same documents' Markdown with the same
// parallelism; and `fcdoc serve` on the Vindeln report: an edit checked and previewed, and
// previews per second with 8 clients at once, and a PDF download (`fcdoc-bench serve` runs only
// that part, `fcdoc-bench start` only the agreement to ODT). Every figure with a target is judged
// at the end (Verdicts.swift): the program exits 1 when one falls behind by more than the
// machine's noise. Run it with `make bench`.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

let executableFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let fcdoc = executableFolder.appendingPathComponent("fcdoc").path
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let jobs = ProcessInfo.processInfo.activeProcessorCount

struct Measurement {
    var seconds: Double
    /// User and system time, which another program on the machine changes far less than the wall time.
    var cpuSeconds: Double
    var peakKilobytes: Int
    var status: Int32
}

/// Runs a program and measures its wall and CPU time and peak memory (from wait4's rusage).
func measure(_ program: String, _ arguments: [String], quiet: Bool = true) -> Measurement {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    if quiet {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let start = Date()
    guard posix_spawnp(&pid, program, &actions, nil, argv, environ) == 0 else {
        return Measurement(seconds: 0, cpuSeconds: 0, peakKilobytes: 0, status: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    posix_spawn_file_actions_destroy(&actions)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return Measurement(
        seconds: Date().timeIntervalSince(start), cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        peakKilobytes: usage.ru_maxrss, status: (status >> 8) & 0xFF)
}

/// SplitMix64: the same folder on every run.
struct Generator {
    var state: UInt64
    mutating func next(_ range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return range.lowerBound + Int(z % UInt64(range.count))
    }
}

/// A county folder with `count` centres, each with a report and a survey, made from the fixtures.
func makeCounty(_ count: Int, in folder: URL) throws {
    let fixtures = repository.appendingPathComponent("fixtures")
    let manager = FileManager.default
    try manager.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
    try manager.copyItem(
        at: fixtures.appendingPathComponent("jamtlands-lan/county.yaml"),
        to: folder.appendingPathComponent("county.yaml"))
    let centre = try String(
        contentsOf: fixtures.appendingPathComponent("jamtlands-lan/ostersund-lugnvik.yaml"), encoding: .utf8)
    let report = try String(
        contentsOf: fixtures.appendingPathComponent("jamtlands-lan/reports/ostersund-lugnvik-2025.yaml"),
        encoding: .utf8)
    var random = Generator(state: 2026)
    for number in 1...count {
        let id = "centre-\(number)"
        try centre.replacingOccurrences(of: "id: ostersund-lugnvik", with: "id: \(id)")
            .replacingOccurrences(of: "Familjecentralen Lugnvik", with: "Familjecentralen nr \(number)")
            .write(to: folder.appendingPathComponent("\(id).yaml"), atomically: false, encoding: .utf8)
        try report.replacingOccurrences(of: "centre: ../ostersund-lugnvik.yaml", with: "centre: ../\(id).yaml")
            .replacingOccurrences(of: "ostersund-lugnvik-2025-enkat.csv", with: "\(id)-enkat.csv")
            .write(to: folder.appendingPathComponent("reports/\(id).yaml"), atomically: false, encoding: .utf8)
        var csv = "datum;kon;mal1a;mal1b;mal2a;mal2b;mal3a;mal3b;mal4a;mal4b;mal5a;mal5b\n"
        for _ in 0..<random.next(60...90) {
            let answers = (0..<10).map { column in column == 5 ? "" : String(random.next(1...5)) }
            csv += "2025-11-0\(random.next(3...7));kvinna;" + answers.joined(separator: ";") + "\n"
        }
        try csv.write(to: folder.appendingPathComponent("reports/\(id)-enkat.csv"), atomically: false, encoding: .utf8)
    }
}

/// Writes the dirty pages of earlier runs to disk, so their write-back does not run during
/// the next measurement (a 1000-centre batch leaves some 200 MB behind).
func settle() {
    sync()
    usleep(200_000)
}

func megabytes(_ kilobytes: Int) -> String { String(format: "%.0f MB", Double(kilobytes) / 1024) }

let arguments = CommandLine.arguments.dropFirst()
let sizes = arguments.compactMap { Int($0) }
/// A RAM-backed folder where there is one, so that the figures are fcdoc's and not the disk's: on
/// ext4, creating files soon after deleting many (as repeated runs do) makes every new inode
/// search past the recently deleted ones, which can double a batch's time. FCDOC_BENCH_DIR
/// chooses another folder (a disk, to measure that).
let benchRoot =
    ProcessInfo.processInfo.environment["FCDOC_BENCH_DIR"].map { URL(fileURLWithPath: $0) }
    ?? (FileManager.default.isWritableFile(atPath: "/dev/shm")
        ? URL(fileURLWithPath: "/dev/shm")
        : FileManager.default.temporaryDirectory)
let work = benchRoot.appendingPathComponent("fcdoc-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: work) }
let verdicts = Verdicts()
/// Prints the verdicts and ends: exit 1 when a figure fell behind its target.
@MainActor func finish() -> Never {
    try? FileManager.default.removeItem(at: work)
    exit(verdicts.report() ? 0 : 1)
}
// `fcdoc-bench serve` measures only the local server.
if arguments.first == "serve" {
    try benchServer(fcdoc: fcdoc, repository: repository, work: work, verdicts: verdicts)
    finish()
}
let pandocPath = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}
// `fcdoc-bench start` measures only one agreement to ODT against pandoc.
if arguments.first == "start", let pandocPath {
    benchStart(fcdoc: fcdoc, pandoc: pandocPath, repository: repository, work: work, verdicts: verdicts)
    finish()
}
/// The machine counts as busy when its load is above this before a measurement: the wall times
/// are then shown but not judged (the CPU times are).
let busyLoad = Double(jobs) + 1
/// The batch's runs per size; their medians are shown.
let batchRounds = 3
print(
    "fcdoc batch, \(jobs) jobs, formats odt,html,md (release build), files in \(benchRoot.path); median of \(batchRounds)"
)
print("centres   files   wall time   CPU time   files/s   peak memory")
var lastOutput: URL?
var firstRun: (documents: Int, seconds: Double)?
/// Per size: the CPU time of each run.
var cpuRuns: [Int: [Double]] = [:]
for count in sizes.isEmpty ? [30, 300, 1000] : sizes {
    let county = work.appendingPathComponent("county-\(count)")
    let output = work.appendingPathComponent("out-\(count)")
    try makeCounty(count, in: county)
    var runs: [Measurement] = []
    var load = 0.0
    for _ in 0..<batchRounds {
        try? FileManager.default.removeItem(at: output)
        settle()
        load = max(load, loadAverage())
        runs.append(measure(fcdoc, ["batch", county.path, "--out", output.path, "--quiet", "--jobs", String(jobs)]))
    }
    let wall = median(runs.map(\.seconds))
    let cpu = median(runs.map(\.cpuSeconds))
    cpuRuns[count] = runs.map(\.cpuSeconds)
    let files = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".odt") || $0.hasSuffix(".html") || $0.hasSuffix(".md") }.count
    let failed = runs.first { $0.status != 0 }
    print(
        String(
            format: "%7d %7d %9.2f s %8.2f s %9.0f   %@%@", count, files, wall, cpu, Double(files) / wall,
            megabytes(runs.map(\.peakKilobytes).max() ?? 0), failed.map { "  (exit \($0.status))" } ?? ""))
    lastOutput = output
    if firstRun == nil {
        let documents = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.count
        firstRun = (documents, wall)
    }
    if count == 300 {
        // Under 1 s on this machine's cores: so at most 1 s of CPU time per core, busy or not.
        verdicts.add(
            "300 centres, wall time", atMost: 1, runs: runs.map(\.seconds), unit: "s",
            notJudged: load > busyLoad ? String(format: "the machine was busy (load %.1f)", load) : nil)
        verdicts.add("300 centres, CPU time", atMost: Double(jobs), runs: runs.map(\.cpuSeconds), unit: "s")
    }
    if failed != nil { verdicts.add("batch of \(count) centres, exit status", atMost: 0, runs: [1], unit: "") }
}
// Linear: a centre costs no more CPU time in the largest county than in the 300-centre one.
if let small = cpuRuns[300], let large = cpuRuns.max(by: { $0.key < $1.key }), large.key > 300 {
    verdicts.add(
        "CPU time per centre, \(large.key) against 300 centres", atMost: 1, runs: [],
        measured: (median(large.value) / Double(large.key)) / (median(small) / 300),
        noise: max(Verdicts.noise(small), Verdicts.noise(large.value)), unit: "×")
}

try benchServer(fcdoc: fcdoc, repository: repository, work: work, verdicts: verdicts)

// One agreement to ODT: fcdoc as a whole process against pandoc on the same Markdown.
guard let pandoc = pandocPath else {
    print("pandoc is not installed (apt-get install pandoc): no comparison.")
    finish()
}
benchStart(fcdoc: fcdoc, pandoc: pandoc, repository: repository, work: work, verdicts: verdicts)

// Throughput: the smallest batch's documents, converted by pandoc from their Markdown with the
// same parallelism: once to ODT only, and once to ODT and standalone HTML — the formats fcdoc
// writes besides the Markdown (pandoc is not asked for the extra signed copies fcdoc makes).
if let output = lastOutput.map({ _ in work.appendingPathComponent("out-\(sizes.first ?? 30)") }) {
    let sources = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".md") }.map { output.appendingPathComponent($0).path }
    func pandocRate(_ targets: [[String]]) -> Double {
        settle()
        let start = Date()
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            for (index, source) in sources.enumerated() where index % jobs == worker {
                for target in targets {
                    _ = measure(pandoc, [source] + target + ["-o", source + ".pandoc." + (target.last ?? "")])
                }
            }
        }
        return Double(sources.count) / Date().timeIntervalSince(start)
    }
    let odtOnly = pandocRate([["-t", "odt"]])
    let odtAndHTML = pandocRate([["-t", "odt"], ["-s", "-t", "html"]])
    if let firstRun {
        let ours = Double(firstRun.documents) / firstRun.seconds
        print(
            String(
                format: "fcdoc batch, %d jobs: %d documents (each as odt, html and md) in %.2f s: %.0f documents/s",
                jobs, firstRun.documents, firstRun.seconds, ours))
        print(
            String(
                format: "pandoc, %d jobs, same documents' Markdown to ODT: %.1f documents/s; fcdoc %.1f× that",
                jobs, odtOnly, ours / odtOnly))
        print(
            String(
                format: "pandoc, %d jobs, same documents' Markdown to ODT and HTML: %.1f documents/s; fcdoc %.1f× that",
                jobs, odtAndHTML, ours / odtAndHTML))
    }
}
finish()
