import FCTemplates
import Foundation

/// The text of a new report: the template `fcdoc init --kind report` writes, with its
/// `centre:` and `year:` lines pointing at the chosen centre and year.
enum ReportStarter {
    static func text(centreFileName: String, year: Int) -> String? {
        guard let example = ExampleFiles.example(kind: "report") else { return nil }
        let lines = String(decoding: example, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            if line.hasPrefix("centre:") { return "centre: ../\(centreFileName)" }
            if line.hasPrefix("year:") { return "year: \(year)" }
            return String(line)
        }.joined(separator: "\n")
    }
}
