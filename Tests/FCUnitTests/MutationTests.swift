import FCConfig
import FCRender
import Foundation
import Testing

/// Hundreds of broken files made by mutating the fixtures: every one must end in diagnostics
/// that name the file and a line (or the whole file), with no crash and no hang.
@Suite("Bad input: mutated fixtures")
struct MutationTests {
    struct Mutant: CustomStringConvertible, Sendable {
        var name: String
        var text: Data
        var isCSV = false
        var description: String { name }
    }

    static let sources = [
        "vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml", "jonkopings-lan/county.yaml",
        "reports/vindeln-2025.yaml",
    ]

    static func lines(_ name: String) -> [String] {
        ((try? String(contentsOfFile: TestPaths.fixture(name), encoding: .utf8)) ?? "").components(separatedBy: "\n")
    }

    /// Lines that hold a required key with a value on the same line (`name: …`); `organisation`
    /// is left out, since a signatory's is optional.
    static let requiredKeys = [
        "id:", "name:", "municipality:", "region:", "county:", "address:", "unit:",
        "title:", "party:", "place:", "year:", "analysis:", "steering_body:", "placement:",
    ]

    static let mutants: [Mutant] = {
        var result: [Mutant] = []
        var random = SeededGenerator(seed: 6)
        for source in sources {
            let original = lines(source)
            let text = original.joined(separator: "\n")
            // A required key deleted (a line at a time).
            for (index, line) in original.enumerated()
            where requiredKeys.contains(where: { line.trimmingCharacters(in: .whitespaces).hasPrefix($0) })
                && !line.hasSuffix(":") && !line.hasSuffix("|")
            {
                var copy = original
                copy.remove(at: index)
                result.append(
                    Mutant(name: "\(source) without line \(index + 1)", text: Data(copy.joined(separator: "\n").utf8)))
                // The same value emptied, and replaced by a list or a mapping.
                let key = line.prefix { $0 != ":" }
                for replacement in ["\"\"", "[a, b]", "{a: 1}"] {
                    copy = original
                    copy[index] = "\(key): \(replacement)"
                    result.append(
                        Mutant(
                            name: "\(source) line \(index + 1) = \(replacement)",
                            text: Data(copy.joined(separator: "\n").utf8)))
                }
            }
            // Truncated before its last required part (a report's priorities; past them, a cut
            // report can be whole).
            let lastRequired = text.range(of: "\npriorities:").map {
                text.utf8.distance(from: text.startIndex, to: $0.lowerBound)
            }
            for _ in 0..<12 {
                let cut = Int.random(in: 0..<min(text.utf8.count * 6 / 10, lastRequired ?? .max), using: &random)
                result.append(Mutant(name: "\(source) cut at byte \(cut)", text: Data(text.utf8.prefix(cut))))
            }
            // Bytes that are not UTF-8, at random places.
            for _ in 0..<6 {
                var bytes = [UInt8](text.utf8)
                let at = Int.random(in: 0..<bytes.count, using: &random)
                bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: at)
                result.append(Mutant(name: "\(source) bad bytes at \(at)", text: Data(bytes)))
            }
            result.append(
                Mutant(
                    name: "\(source) fcdoc: 99999999999999999999",
                    text: Data(text.replacingOccurrences(of: "fcdoc: 1", with: "fcdoc: 99999999999999999999").utf8)))
            result.append(
                Mutant(
                    name: "\(source) tab indentation",
                    text: Data(text.replacingOccurrences(of: "\n  ", with: "\n\t").utf8)))
        }
        // Centre-specific values out of range or of the wrong type.
        let centre = lines("vindeln.yaml").joined(separator: "\n")
        for (from, to) in [
            ("signing_date: 2026-02-02", "signing_date: 2025-02-30"),
            ("signing_date: 2026-02-02", "signing_date: idag"),
            ("scope_percent: 20", "scope_percent: 1e400"), ("scope_percent: 20", "scope_percent: -3"),
            ("start_date: 2026-03-01", "start_date: 2026-13-01"),
            ("annual_cost: 100000", "annual_cost: 99999999999999999999"),
            ("method: equal", "method: lottery"), ("- mödrahälsovård", "- tandvård"),
        ] {
            result.append(
                Mutant(name: "vindeln.yaml \(to)", text: Data(centre.replacingOccurrences(of: from, with: to).utf8)))
        }
        // Survey CSVs: wrong column counts, labels, values, encodings.
        let csv =
            ((try? String(contentsOfFile: TestPaths.fixture("reports/vindeln-2025-enkat.csv"), encoding: .utf8)) ?? "")
            .components(separatedBy: "\n")
        for index in stride(from: 1, to: min(csv.count - 1, 41), by: 1) {
            var copy = csv
            switch index % 4 {
            case 0: copy[index] += ";extra"
            case 1: copy[index] = copy[index].components(separatedBy: ";").dropLast(2).joined(separator: ";")
            case 2:
                copy[index] = copy[index].replacingOccurrences(of: ";5;", with: ";Instämmer nästan;")
                if copy[index] == csv[index] { copy[index] += ";x" }
            default:
                copy[index] = copy[index].replacingOccurrences(of: ";4;", with: ";9;")
                if copy[index] == csv[index] { copy[index] = "\"unclosed;" + copy[index] }
            }
            result.append(
                Mutant(
                    name: "CSV row \(index + 1) broken (\(index % 4))", text: Data(copy.joined(separator: "\n").utf8),
                    isCSV: true))
        }
        return result
    }()

    @Test func thereAreAtLeastTwoHundredMutants() {
        #expect(Self.mutants.count >= 200)
    }

    @Test(arguments: mutants)
    func everyMutantEndsInLocatedDiagnostics(mutant: Mutant) throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path: String
        if mutant.isCSV {
            // The report and its centre beside a broken survey.
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: TestPaths.fixture("vindeln.yaml"),
                toPath: folder.appendingPathComponent("vindeln.yaml").path)
            try FileManager.default.copyItem(
                atPath: TestPaths.fixture("reports/vindeln-2025.yaml"),
                toPath: folder.appendingPathComponent("reports/vindeln-2025.yaml").path)
            try mutant.text.write(to: folder.appendingPathComponent("reports/vindeln-2025-enkat.csv"))
            path = folder.appendingPathComponent("reports/vindeln-2025.yaml").path
        } else {
            path = folder.appendingPathComponent("mutant.yaml").path
            try mutant.text.write(to: URL(fileURLWithPath: path))
        }
        let started = Date()
        let outcome = ConfigCheck.run(path: path)
        #expect(Date().timeIntervalSince(started) < 5, "took too long")
        #expect(outcome.hasErrors, "\(mutant.name) was accepted")
        #expect(outcome.config == nil)
        for diagnostic in outcome.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            #expect(
                diagnostic.location.file.hasPrefix(folder.path)
                    || diagnostic.location.file.hasPrefix(TestPaths.packageRoot.path))
        }
    }
}
