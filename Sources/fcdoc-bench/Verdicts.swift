// The benchmark's targets: each figure is judged against its target, allowing for the noise of
// the machine, and `make bench` fails when any figure falls behind.
import Foundation

/// One figure and its target.
struct Verdict {
    var figure: String
    var measured: Double
    var target: Double
    /// The relative spread of the runs the figure comes from (at least `Verdicts.noiseFloor`).
    var noise: Double
    /// Whether the figure must stay under its target (times) or reach it (ratios).
    var atMost: Bool
    var unit: String
    /// Why the figure is shown without being judged (a busy machine), if it is.
    var notJudged: String?

    /// Behind its target by more than the noise.
    var failed: Bool {
        guard notJudged == nil else { return false }
        return atMost ? measured > target * (1 + noise) : measured < target / (1 + noise)
    }
}

/// Every verdict of a run, printed at the end.
final class Verdicts {
    /// The least noise assumed: the spread of repeated runs on this machine when it is quiet.
    static let noiseFloor = 0.10
    private(set) var all: [Verdict] = []

    /// The relative spread of `values`, at least the floor: of a few runs (fewer than 8) the
    /// largest over the smallest, of many the interquartile range over the median, so that one
    /// run disturbed by another program does not decide.
    static func noise(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard let low = sorted.first, let high = sorted.last, low > 0 else { return noiseFloor }
        if sorted.count < 8 { return max(noiseFloor, (high - low) / low) }
        let quartile = sorted.count / 4
        return max(noiseFloor, (sorted[sorted.count - 1 - quartile] - sorted[quartile]) / median(sorted))
    }

    /// A figure that must stay at most `target`, the median of `runs` (or `measured`).
    func add(
        _ figure: String, atMost target: Double, runs: [Double], measured: Double? = nil, noise: Double? = nil,
        unit: String, notJudged: String? = nil
    ) {
        all.append(
            Verdict(
                figure: figure, measured: measured ?? median(runs), target: target, noise: noise ?? Self.noise(runs),
                atMost: true, unit: unit, notJudged: notJudged))
    }

    /// A figure that must reach at least `target`, the median of `runs`.
    func add(_ figure: String, atLeast target: Double, runs: [Double], unit: String) {
        all.append(
            Verdict(
                figure: figure, measured: median(runs), target: target, noise: Self.noise(runs), atMost: false,
                unit: unit))
    }

    /// Prints every verdict; true when none failed.
    func report() -> Bool {
        print("\nTargets (a figure fails when it is behind its target by more than the runs' spread, at least 10 %):")
        for verdict in all {
            let comparison = verdict.atMost ? "≤" : "≥"
            let outcome =
                verdict.notJudged.map { "not judged: \($0)" }
                ?? (verdict.failed ? "FAILED" : "ok")
            print(
                String(
                    format: "  %@: %.3g %@ (target %@ %.3g %@, noise %.0f %%): %@", verdict.figure, verdict.measured,
                    verdict.unit, comparison, verdict.target, verdict.unit, verdict.noise * 100, outcome))
        }
        return !all.contains { $0.failed }
    }
}

/// The machine's load average over the last minute.
func loadAverage() -> Double {
    var load = [0.0, 0.0, 0.0]
    return getloadavg(&load, 3) > 0 ? load[0] : 0
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
