import FCConfig
import Foundation

/// The changes a survey upload makes to its report's text, line by line so that everything else
/// (comments, order, quoting) stays as the person wrote it: `survey.file` names the new file,
/// `survey.columns` gains the columns the person matched by hand, and `survey.delimiter` goes
/// (the separator is found from the file itself, so any export works).
struct SurveyReportEdit {
    private var lines: [String]
    private let lineEnd: String

    init(text: String) {
        lineEnd = text.contains("\r\n") ? "\r\n" : "\n"
        lines = text.components(separatedBy: lineEnd)
    }

    var text: String { lines.joined(separator: lineEnd) }

    /// Applies the changes to the report `survey` was read from. Lines are changed from the
    /// bottom up, so the places read from the report stay right for the lines above.
    mutating func apply(to survey: SurveySource?, file: String, columns: [(key: String, header: String)]) {
        guard let survey, let located = survey.file else {
            // No survey yet: a section of its own at the end.
            if lines.last == "" { lines.removeLast() }
            lines.append("survey:")
            lines.append("  file: \(Self.scalar(file))")
            if !columns.isEmpty { lines.append("  columns:") }
            lines += columns.map { "    \($0.key): \(Self.scalar($0.header))" }
            lines.append("")
            return
        }
        var edits: [(line: Int, change: (inout [String]) -> Void)] = []
        let fileLine = located.location.line - 1
        edits.append(
            (
                fileLine,
                { lines in
                    lines[fileLine] = Self.replacingScalar(in: lines[fileLine], at: located.location.column, with: file)
                }
            ))
        if let delimiter = survey.delimiter, Self.isOwnLine(lines, delimiter.location, key: "delimiter") {
            let line = delimiter.location.line - 1
            edits.append((line, { lines in lines.remove(at: line) }))
        }
        let added = columns.filter { column in !survey.columns.contains { $0.key.value == column.key } }
        for column in columns {
            guard let existing = survey.columns.first(where: { $0.key.value == column.key }) else { continue }
            let line = existing.header.location.line - 1
            let at = existing.header.location.column
            edits.append(
                (line, { lines in lines[line] = Self.replacingScalar(in: lines[line], at: at, with: column.header) }))
        }
        if !added.isEmpty {
            if let last = survey.columns.max(by: { $0.key.location.line < $1.key.location.line }),
                Self.isOwnLine(lines, last.key.location, key: last.key.value)
            {
                let indent = String(repeating: " ", count: last.key.location.column - 1)
                let line = last.key.location.line
                edits.append(
                    (
                        line - 1,
                        { lines in
                            lines.insert(
                                contentsOf: added.map { "\(indent)\($0.key): \(Self.scalar($0.header))" }, at: line)
                        }
                    ))
            } else if survey.columns.isEmpty {
                let indent = String(lines[fileLine].prefix { $0 == " " })
                edits.append(
                    (
                        fileLine,
                        { lines in
                            lines.insert(
                                contentsOf: ["\(indent)columns:"]
                                    + added.map { "\(indent)  \($0.key): \(Self.scalar($0.header))" },
                                at: fileLine + 1)
                        }
                    ))
            }
        }
        for edit in edits.sorted(by: { $0.line > $1.line }) { edit.change(&lines) }
    }

    /// Whether the value at `location` is on a line of its own that starts with `key:`.
    private static func isOwnLine(_ lines: [String], _ location: SourceLocation, key: String) -> Bool {
        let index = location.line - 1
        guard lines.indices.contains(index) else { return false }
        return lines[index].drop { $0 == " " }.hasPrefix("\(key):")
    }

    /// The line with the scalar that starts at `column` (1-based) replaced by `value`; a comment
    /// after it is kept.
    static func replacingScalar(in line: String, at column: Int, with value: String) -> String {
        let characters = Array(line)
        let start = min(max(column - 1, 0), characters.count)
        var end = start
        if let quote = characters[start...].first, quote == "\"" || quote == "'" {
            end = start + 1
            while end < characters.count {
                if characters[end] == "\\", quote == "\"" {
                    end += 2
                    continue
                }
                if characters[end] == quote {
                    end += 1
                    break
                }
                end += 1
            }
            end = min(end, characters.count)
        } else {
            while end < characters.count, !(characters[end] == "#" && end > start && characters[end - 1] == " ") {
                end += 1
            }
            while end > start, characters[end - 1] == " " { end -= 1 }
        }
        return String(characters[..<start]) + scalar(value) + String(characters[end...])
    }

    /// A YAML scalar: plain for a file name (`x-enkat.csv`), else double-quoted with escapes, so
    /// that no header reads as a number or a word YAML knows.
    static func scalar(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "._/-".unicodeScalars.contains($0)
        }
        if plain, value.contains("."), let first = value.first, first.isLetter || first.isNumber { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += String(format: "\\x%02X", scalar.value)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
