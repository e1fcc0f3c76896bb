// The start-up part of the benchmark: one agreement to ODT as a whole process, fcdoc against
// pandoc converting the same Markdown (`fcdoc-bench start` runs only this part).
import Foundation

/// Times one agreement to ODT with fcdoc and with pandoc, interleaved, and judges the ratio.
func benchStart(fcdoc: String, pandoc: String, repository: URL, work: URL, verdicts: Verdicts) {
    let single = work.appendingPathComponent("single")
    let centreFile = repository.appendingPathComponent("fixtures/vindeln.yaml").path
    _ = measure(fcdoc, ["render", centreFile, "--doc", "samverkansavtal", "--format", "md", "--out", single.path])
    let markdown = single.appendingPathComponent("vindeln/samverkansavtal.md").path
    // Interleaved rounds, so that a busy moment of the machine hits both alike; the median, so that
    // one slow start does not decide the ratio.
    let rounds = 31
    settle()
    var fcdocRuns: [Measurement] = []
    var pandocRuns: [Measurement] = []
    for round in 0..<rounds {
        fcdocRuns.append(
            measure(
                fcdoc,
                [
                    "render", centreFile, "--doc", "samverkansavtal", "--format", "odt", "--copies", "1",
                    "--out", work.appendingPathComponent("f\(round)").path,
                ]
            ))
        pandocRuns.append(measure(pandoc, [markdown, "-o", work.appendingPathComponent("p\(round).odt").path]))
    }
    let fcdocTimes = fcdocRuns.map(\.seconds)
    let pandocTimes = pandocRuns.map(\.seconds)
    print(
        String(
            format:
                "One agreement to ODT, whole process (median of %d): fcdoc %.4f s, pandoc %.4f s: fcdoc %.1f× faster",
            rounds, median(fcdocTimes), median(pandocTimes), median(pandocTimes) / median(fcdocTimes)))
    print(
        String(
            format: "  CPU time (user + system, median): fcdoc %.4f s, pandoc %.4f s: %.1f×",
            median(fcdocRuns.map(\.cpuSeconds)), median(pandocRuns.map(\.cpuSeconds)),
            median(pandocRuns.map(\.cpuSeconds)) / median(fcdocRuns.map(\.cpuSeconds))))
    verdicts.add(
        "one agreement to ODT, pandoc's time over fcdoc's (interleaved runs)", atLeast: 8,
        runs: zip(pandocTimes, fcdocTimes).map { $0 / $1 }, unit: "×")
}
