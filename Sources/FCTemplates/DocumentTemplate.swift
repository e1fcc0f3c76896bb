import Mustache

/// A parsed document template, held as consecutive pieces that render one after the other.
///
/// swift-mustache's parser measures the rest of the template for every tag and line it reads,
/// so its time grows with the square of the template's length: the 14 kB agreement took a
/// fifth of a whole `fcdoc render`. Cut at line ends outside every section, the pieces render
/// exactly the text the whole would (a section never spans two pieces, and standalone lines
/// stay whole), at a small part of the parsing cost.
public struct DocumentTemplate: Sendable {
    let pieces: [MustacheTemplate]

    public func render(_ context: Any) -> String {
        pieces.count == 1 ? pieces[0].render(context) : pieces.map { $0.render(context) }.joined()
    }

    /// Where a template may be cut: after a line end at section depth 0, once a piece has
    /// reached `length` bytes. A template that changes its delimiters (`{{=<% %>=}}`) or whose
    /// tags do not close is kept whole, so the parser sees, and reports, it as written.
    static func pieces(of text: String, length: Int = 1024) -> [(text: Substring, firstLine: Int)] {
        let bytes = Array(text.utf8)
        var pieces: [(text: Substring, firstLine: Int)] = []
        var depth = 0
        var line = 1
        var pieceStart = 0
        var pieceLine = 1
        var index = 0
        func at(_ offset: Int, _ character: Unicode.Scalar) -> Bool {
            offset < bytes.count && bytes[offset] == UInt8(ascii: character)
        }
        while index < bytes.count {
            if at(index, "{"), at(index + 1, "{") {
                let triple = at(index + 2, "{")
                var sigil = index + (triple ? 3 : 2)
                while at(sigil, " ") { sigil += 1 }
                guard sigil < bytes.count, !at(sigil, "="),
                      let close = closing(of: triple ? "}}}" : "}}", in: bytes, from: sigil) else { return [(text[...], 1)] }
                if !triple {
                    switch bytes[sigil] {
                    case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"): depth += 1
                    case UInt8(ascii: "/"): depth -= 1
                    default: break
                    }
                }
                line += bytes[index..<close].filter { $0 == UInt8(ascii: "\n") }.count
                index = close
                continue
            }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                if depth == 0, index + 1 - pieceStart >= length {
                    pieces.append((piece(text, bytes: pieceStart..<index + 1), pieceLine))
                    pieceStart = index + 1
                    pieceLine = line
                }
            }
            index += 1
        }
        if pieceStart < bytes.count || pieces.isEmpty {
            pieces.append((piece(text, bytes: pieceStart..<bytes.count), pieceLine))
        }
        return pieces
    }

    /// The offset just after the first `closer` at or after `start`.
    private static func closing(of closer: String, in bytes: [UInt8], from start: Int) -> Int? {
        let closer = Array(closer.utf8)
        var index = start
        while index + closer.count <= bytes.count {
            if bytes[index] == closer[0], Array(bytes[index..<index + closer.count]) == closer { return index + closer.count }
            index += 1
        }
        return nil
    }

    private static func piece(_ text: String, bytes range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }
}
