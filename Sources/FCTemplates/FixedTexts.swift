import Mustache

/// The runs of fixed text of a template's parsed pieces, taken out of swift-mustache's parser's
/// way: it reads a template character by character, looking each up in a set, so the fixed text
/// between the tags of a section (a paragraph of the agreement inside `{{#…}}`) was most of
/// the time it took to parse a template — a tenth of a whole `fcdoc render`. Each such run is
/// parsed as a `{{{…}}}` tag naming it here instead, and rendered as the text it was: a run holds
/// no line end and no brace, and a line with text on it is never standalone, so the lines and
/// their standalone tags are the parser's as before.
struct FixedTexts: Sendable {
    /// Each run by the name its tag gives it.
    private(set) var texts: [String: String] = [:]

    /// Runs shorter than this stay in place: a tag costs the parser more than a character.
    static let shortest = 24

    /// `piece` with each run of fixed text of at least `shortest` bytes replaced by a tag naming
    /// it here. A piece that changes its delimiters or leaves a tag unclosed is kept as it is.
    mutating func lift(_ piece: Substring) -> String {
        let scan = MustacheTags(piece)
        guard scan.unclosedAt == nil, !scan.tags.contains(where: { $0.kind == .delimiters }) else {
            return String(piece)
        }
        let bytes = scan.bytes
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        /// Adds the fixed text `run`, or the tag that stands for it.
        func add(_ run: Range<Int>) {
            let text = bytes[run]
            guard run.count >= Self.shortest,
                !text.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }),
                text.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") })
            else {
                result += text
                return
            }
            let name = "_fixed\(texts.count)"
            texts[name] = String(decoding: text, as: UTF8.self)
            result += "{{{\(name)}}}".utf8
        }
        var tags = scan.tags[...]
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if let tag = tags.first, tag.range.lowerBound == index {
                add(runStart..<index)
                result += bytes[tag.range]
                tags.removeFirst()
                index = tag.range.upperBound
                runStart = index
            } else if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
                add(runStart..<index)
                result.append(bytes[index])
                index += 1
                runStart = index
            } else {
                index += 1
            }
        }
        add(runStart..<bytes.count)
        return String(decoding: result, as: UTF8.self)
    }

    /// What a piece renders with: the values, and beside them the fixed texts their tags name.
    struct Context: MustacheParent {
        let values: [String: Any]
        let texts: [String: String]

        func child(named name: String) -> Any? {
            values[name] ?? texts[name]
        }
    }
}
