import Foundation

/// Expected output kept in the repository (`Tests/Golden/`) and compared byte for byte, as
/// pandoc's `test/writer.*` files are. After a deliberate change, `make golden` runs the tests
/// with `FCDOC_UPDATE_GOLDEN=1`, which rewrites the files instead; the diff is then reviewed
/// and committed with the change. XML parts are kept laid out one tag a line (`XMLLayout`), so
/// that the diff shows what changed; the layout is undone exactly, so they are still compared
/// byte for byte.
public enum GoldenFile {
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["FCDOC_UPDATE_GOLDEN"] == "1" }

    /// `nil` when `actual` is the golden file's content (or the file was just rewritten);
    /// otherwise a message naming the first line that differs.
    public static func mismatch(_ actual: Data, golden path: String) -> String? {
        let url = folder.appendingPathComponent(path)
        var actual = actual
        if path.hasSuffix(".xml") {
            let laidOut = XMLLayout.pretty(String(decoding: actual, as: UTF8.self))
            guard Data(XMLLayout.compact(laidOut).utf8) == actual else {
                return "\(path): the XML has line breaks between tags (or is not UTF-8), which the golden file's "
                    + "layout (XMLLayout) cannot keep apart from its own; compare it another way."
            }
            actual = Data(laidOut.utf8)
        }
        if isUpdating {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url)
                return nil
            } catch {
                return "cannot write \(url.path): \(error)"
            }
        }
        guard let expected = try? Data(contentsOf: url) else {
            return "\(url.path) is missing; `make golden` writes it"
        }
        guard expected != actual else { return nil }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(expectedLines, actualLines).enumerated().first { $1.0 != $1.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let golden = line < expectedLines.count ? Array(expectedLines[line]) : []
        let made = line < actualLines.count ? Array(actualLines[line]) : []
        // A line can be long (a paragraph with its spans): show where in the line they part.
        let column = zip(golden, made).enumerated().first { $1.0 != $1.1 }?.offset ?? min(golden.count, made.count)
        func excerpt(_ characters: [Character]) -> String {
            let start = max(0, column - 60)
            return (start > 0 ? "…" : "") + String(characters[start..<min(characters.count, column + 80)])
        }
        return """
            \(path) differs from its golden file at line \(line + 1), column \(column + 1):
              golden: \(excerpt(golden))
              actual: \(excerpt(made))
            After a deliberate change: `make golden`, review `git diff Tests/Golden`, commit.
            """
    }

    /// The files in `subfolder` that no test compares any more (`expected` are their names);
    /// when updating they are removed.
    public static func stale(in subfolder: String, expected: Set<String>) -> [String] {
        let url = folder.appendingPathComponent(subfolder)
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
        let stale = present.subtracting(expected).sorted()
        guard isUpdating else { return stale }
        for name in stale { try? FileManager.default.removeItem(at: url.appendingPathComponent(name)) }
        return []
    }
}
