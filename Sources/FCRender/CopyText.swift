import FCDocument
import FCOutput
import Foundation
import ZIPFoundation

/// The text of a copy that came back, as a reader sees it: its paragraphs (ODT) or lines (PDF)
/// without page headers and footers, and the kontrollsumma printed in it.
public struct CopyText {
    /// Paragraphs, headings, list items, table cells and signature lines, in document order.
    public var units: [String]
    public var printedFingerprint: String?

    public var text: String { units.joined(separator: "\n") }

    public enum ReadError: Error, CustomStringConvertible {
        case unreadable(String)
        case noPDFText

        public var description: String {
            switch self {
            case .unreadable(let reason):
                return "cannot read the copy: \(reason)"
            case .noPDFText:
                return "reading a PDF needs pdftotext, which was not found on PATH; install it, e.g. on Debian/Ubuntu: "
                    + "sudo apt-get install poppler-utils — or verify the ODT copy"
            }
        }
    }

    /// "Kontrollsumma 8AF0 96AF D911 03F0 62E4", as the footer prints it.
    static let fingerprintPattern = try! NSRegularExpression(pattern: "Kontrollsumma ((?:[0-9A-F]{4} ){4}[0-9A-F]{4})")

    public static func read(path: String) throws -> CopyText {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReadError.unreadable("no such file: \(path)")
        }
        return path.lowercased().hasSuffix(".pdf") ? try readPDF(path: path) : try readODT(path: path)
    }

    // MARK: ODT

    /// The body of `content.xml`; the kontrollsumma from the footer in `styles.xml`.
    public static func readODT(path: String) throws -> CopyText {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ReadError.unreadable("\(path) is not an ODT (ZIP) file")
        }
        func entry(_ name: String) throws -> String {
            guard let entry = archive[name] else { throw ReadError.unreadable("\(path) has no \(name)") }
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReadError.unreadable("\(name) is not UTF-8")
            }
            return text
        }
        let units = ODFText.paragraphs(ofBody: try entry("content.xml"))
        let footer = ODFText.paragraphs(ofBody: try entry("styles.xml"), from: "<office:master-styles").joined(
            separator: " ")
        return CopyText(units: units, printedFingerprint: firstFingerprint(in: footer))
    }

    static func firstFingerprint(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = fingerprintPattern.firstMatch(in: text, range: range),
            let found = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[found])
    }

    // MARK: PDF

    /// `pdftotext`'s text with every page's copy mark and footer taken out.
    public static func readPDF(path: String) throws -> CopyText {
        guard let program = ProgramFinder.find(["pdftotext"]) else { throw ReadError.noPDFText }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else {
            throw ReadError.unreadable("pdftotext could not read \(path)")
        }
        return withoutPageMarks(text)
    }

    /// Takes out the footer ("[label · ]Kontrollsumma … · Sida i av n") and the copy label that
    /// heads each page, wherever the PDF's text put their lines.
    static func withoutPageMarks(_ text: String) -> CopyText {
        let lines = text.components(separatedBy: .newlines).map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let flat = lines.joined(separator: " ")
        guard let fingerprint = firstFingerprint(in: flat) else {
            return CopyText(units: lines.filter { !$0.isEmpty }, printedFingerprint: nil)
        }
        var label: String?
        if let end = flat.range(of: " · Kontrollsumma \(fingerprint)"),
            let start = flat[..<end.lowerBound].range(of: "Exemplar ", options: .backwards)
        {
            label = String(flat[start.lowerBound..<end.lowerBound])
        }
        // The footer may wrap anywhere, and puts the page number on a line of its own when long.
        func words(_ text: String) -> String {
            text.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(
                separator: "\\s+")
        }
        let footer =
            (label.map { words($0 + " ·") + "\\s+" } ?? "") + words("Kontrollsumma \(fingerprint)")
            + "(?:\\s+·)?\\s+Sida\\s+\\d+\\s+av\\s+\\d+"
        var joined = lines.joined(separator: "\n")
        for pattern in [footer] + (label.map { [words($0)] } ?? []) {
            let expression = try! NSRegularExpression(pattern: pattern)
            joined = expression.stringByReplacingMatches(
                in: joined, range: NSRange(joined.startIndex..., in: joined),
                withTemplate: "\n")
        }
        let units = joined.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        return CopyText(units: units, printedFingerprint: fingerprint)
    }
}

/// Reads the text of an ODF XML part: each paragraph or heading (`text:p`, `text:h`) as one
/// string, spans joined, `text:s`, `text:tab` and `text:line-break` as spaces, a figure's
/// `svg:title` left out (its caption repeats it) and its `svg:desc` kept.
enum ODFText {
    static func paragraphs(ofBody xml: String, from start: String = "<office:body") -> [String] {
        var units: [String] = []
        var current = ""
        var depth = 0
        var skipping = 0
        let scalars = Array(xml.unicodeScalars)
        var index = 0
        if let begin = xml.range(of: start) {
            index = xml.unicodeScalars.distance(from: xml.unicodeScalars.startIndex, to: begin.lowerBound)
        } else {
            return []
        }
        while index < scalars.count {
            if scalars[index] == "<" {
                var end = index
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                index = end + 1
                let closing = tag.hasPrefix("/")
                let selfClosing = tag.hasSuffix("/")
                let name = String(tag.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" })
                switch name {
                case "text:p", "text:h":
                    if closing {
                        depth -= 1
                        if depth == 0 {
                            units.append(current.split(whereSeparator: \.isWhitespace).joined(separator: " "))
                            current = ""
                        }
                    } else if !selfClosing {
                        if depth > 0 { current += " " }
                        depth += 1
                    } else if depth == 0 {
                        units.append("")
                    }
                case "text:s", "text:tab", "text:line-break":
                    current += " "
                case "svg:title":
                    if !selfClosing { skipping += closing ? -1 : 1 }
                default:
                    break
                }
                continue
            }
            var end = index
            while end < scalars.count, scalars[end] != "<" { end += 1 }
            if depth > 0, skipping == 0 {
                current += decodeEntities(String(String.UnicodeScalarView(scalars[index..<end])))
            }
            index = end
        }
        return units.filter { !$0.isEmpty }
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
