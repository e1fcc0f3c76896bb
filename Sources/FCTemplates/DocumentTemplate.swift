import FCConfig
import Mustache

/// A parsed document template, held as consecutive pieces that render one after the other.
///
/// swift-mustache's parser measures the rest of the template for every tag and line it reads,
/// so its time grows with the square of the template's length, and it looks up every character
/// of the fixed text in a set: parsing the 14 kB agreement took a fifth of a whole
/// `fcdoc render`. So a template is cut at line ends outside every section: runs of lines
/// without tags are kept as they are (a template without tags renders as its text), and the
/// rest is parsed in pieces. The pieces render exactly the text the whole would: a section
/// never spans two pieces, and standalone lines stay whole.
public struct DocumentTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case template(MustacheTemplate)
    }

    let pieces: [Piece]
    /// The fixed texts the parsed pieces name instead of holding them (`FixedTexts`).
    var fixedTexts: [String: String] = [:]
    /// Where the template was read from and its text, for checking the names it uses.
    var path = ""
    var source = ""

    /// Every name this template uses that `shape` lacks, as an error at its place in the file.
    public func unknownNames(in shape: ValueShape) -> [Diagnostic] {
        TemplateContract.check(source, path: path, against: shape)
    }

    public func render(_ values: some TemplateValues) -> String {
        render(values.rendered)
    }

    /// The template rendered with values already made plain (dictionaries, lists, texts, flags).
    func render(_ context: [String: Any]) -> String {
        let context = FixedTexts.Context(values: context, texts: fixedTexts)
        return pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .template(let template): return template.render(context)
            }
        }.joined()
    }

    /// A cut of the template's text: where it starts (for error lines) and whether it holds tags.
    struct Cut {
        var text: Substring
        var firstLine: Int
        var hasTags: Bool
    }

    /// Cuts at line ends at section depth 0: where lines with tags meet lines without, and
    /// within lines with tags once a piece has reached `length` bytes. A template that changes
    /// its delimiters (`{{=<% %>=}}`) or whose tags do not close is kept whole, so the parser
    /// sees, and reports, it as written.
    static func cuts(of text: String, length: Int = 1024) -> [Cut] {
        let scan = MustacheTags(text)
        let whole = [Cut(text: text[...], firstLine: 1, hasTags: true)]
        guard scan.unclosedAt == nil, !scan.tags.contains(where: { $0.kind == .delimiters }) else { return whole }
        let bytes = scan.bytes
        var cuts: [Cut] = []
        var cutStart = 0
        var cutLine = 1
        var cutHasTags: Bool?
        var depth = 0
        var line = 1
        var lineStart = 0
        var lineNumber = 1
        var lineHasTags = false
        var depthAtLineStart = 0
        /// Adds the line from `lineStart` to the current cut, or starts a new cut with it.
        func endLine() {
            let lineNeedsParsing = lineHasTags || depthAtLineStart != 0
            if let hasTags = cutHasTags, depthAtLineStart == 0,
                lineNeedsParsing != hasTags || (hasTags && lineStart - cutStart >= length)
            {
                cuts.append(Cut(text: piece(text, bytes: cutStart..<lineStart), firstLine: cutLine, hasTags: hasTags))
                cutStart = lineStart
                cutLine = lineNumber
                cutHasTags = nil
            }
            cutHasTags = (cutHasTags ?? false) || lineNeedsParsing
        }
        var tags = scan.tags[...]
        var index = 0
        while index < bytes.count {
            if let tag = tags.first, tag.range.lowerBound == index {
                tags.removeFirst()
                switch tag.kind {
                case .section, .inverted, .block: depth += 1
                case .close: depth -= 1
                default: break
                }
                lineHasTags = true
                line += bytes[tag.range].filter { $0 == UInt8(ascii: "\n") }.count
                index = tag.range.upperBound
                continue
            }
            index += 1
            if bytes[index - 1] == UInt8(ascii: "\n") {
                line += 1
                endLine()
                lineStart = index
                lineNumber = line
                lineHasTags = false
                depthAtLineStart = depth
            }
        }
        if lineStart < bytes.count { endLine() }
        if let hasTags = cutHasTags {
            cuts.append(Cut(text: piece(text, bytes: cutStart..<bytes.count), firstLine: cutLine, hasTags: hasTags))
        }
        return cuts.isEmpty ? whole : cuts
    }

    private static func piece(_ text: String, bytes range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        return Substring(
            utf8[
                utf8.index(
                    utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                        utf8.startIndex, offsetBy: range.upperBound)])
    }
}
