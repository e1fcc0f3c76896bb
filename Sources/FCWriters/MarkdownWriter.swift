import FCDocument
import FCText
import Foundation

/// GitHub-flavoured Markdown that reads well as plain text. Text is escaped so that it reads
/// back as the same document, but only where a character could start structure: unlike the
/// template escaping (which cannot know where a value lands), the writer knows what starts a line.
public enum MarkdownWriter {
    /// - Parameters:
    ///   - document: the document.
    ///   - figureFile: the file name each figure is written to beside the Markdown; the caller
    ///     writes the SVG files (`Figure.svg`) there.
    ///   - pictureFile: the same for a letterhead's logo (`Picture.data`).
    /// - Returns: the Markdown, UTF-8.
    public static func write(
        _ document: Document, figureFile: (Figure) -> String = { "\($0.name).svg" },
        pictureFile: (Picture) -> String = { $0.fileName }
    ) -> Data {
        var out: [String] = []
        if let letterhead = document.metadata.letterhead {
            out += self.letterhead(letterhead, pictureFile: pictureFile)
        }
        if let label = document.metadata.copyLabel { out.append("*\(escape(label))*") }
        for block in document.blocks { out.append(render(block, figureFile: figureFile)) }
        if let footer = FooterText.line(for: document.metadata) {
            out.append("---")
            out.append("*\(escape(footer))*")
        }
        return Data((out.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n").utf8)
    }

    /// The letterhead's blocks: the first page's logos as pictures beside the file, the sender's
    /// lines, the marks — each line ending in a hard break.
    static func letterhead(_ letterhead: Letterhead, pictureFile: (Picture) -> String) -> [String] {
        func lines(_ lines: [String]) -> String {
            lines.map { escape($0, atLineStart: true) }.joined(separator: "\\\n")
        }
        return [
            letterhead.firstPageLogos.map { "![" + escape($0.alternativeText) + "](<" + pictureFile($0) + ">)" }
                .joined(separator: " "),
            lines(letterhead.sender), lines(letterhead.marks),
        ]
    }

    /// Characters that can make inline structure anywhere (emphasis, code, links, HTML, entities,
    /// table cells, strikethrough, heading closers).
    static let escapedEverywhere = ASCIISet("\\`*_[]<>&|~#")
    /// Characters that make blocks when they start a line (lists, setext underlines; `>` is
    /// escaped everywhere).
    static let escapedAtLineStart = ASCIISet("-+=")

    /// Works on Unicode scalars: every character that matters here is ASCII.
    static func escape(_ text: String, atLineStart: Bool = false) -> String {
        let clean = TextSanitizer.clean(text)
        guard needsEscaping(clean, atLineStart: atLineStart) else { return clean }
        let scalars = Array(clean.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        if atLineStart {
            // Leading spaces would be dropped by any reader (or make a code block): leave them out.
            while index < scalars.count, scalars[index] == " " { index += 1 }
            if index < scalars.count, escapedAtLineStart.contains(scalars[index]) {
                result.append("\\")
            }
            // "12. " or "3) " would start an ordered list.
            var digitsEnd = index
            while digitsEnd < scalars.count, ("0"..."9").contains(scalars[digitsEnd]) { digitsEnd += 1 }
            if digitsEnd > index, digitsEnd < scalars.count, scalars[digitsEnd] == "." || scalars[digitsEnd] == ")" {
                result.append(contentsOf: scalars[index..<digitsEnd])
                result.append("\\")
                result.append(scalars[digitsEnd])
                index = digitsEnd + 1
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if escapedEverywhere.contains(scalar), !(scalar == "_" && isLooseUnderscore(scalars, at: index)) {
                result.append("\\")
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    /// A quick look at the UTF-8 bytes for anything `escape` would change; most texts have none.
    static func needsEscaping(_ text: String, atLineStart: Bool) -> Bool {
        if atLineStart, let first = text.utf8.first,
            first == UInt8(ascii: " ") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
                || escapedAtLineStart.contains(first)
        {
            return true
        }
        return escapedEverywhere.occurs(in: text)
    }

    /// A run of underscores with white space (or nothing) on both sides — a line to write on —
    /// can never open or close emphasis, so it needs no escaping (CommonMark §6.2 flanking rules).
    static func isLooseUnderscore(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        var start = position
        while start > 0, scalars[start - 1] == "_" { start -= 1 }
        var end = position
        while end + 1 < scalars.count, scalars[end + 1] == "_" { end += 1 }
        let before = start > 0 ? scalars[start - 1] : " "
        let after = end + 1 < scalars.count ? scalars[end + 1] : " "
        return before.properties.isWhitespace && after.properties.isWhitespace
    }

    static func render(_ block: Block, figureFile: (Figure) -> String = { "\($0.name).svg" }) -> String {
        switch block {
        case .figure(let figure):
            return "![" + escape(figure.title) + "](<" + figureFile(figure) + ">)"
        case .heading(let level, let inlines):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + render(inlines)
        case .paragraph(let inlines):
            return render(inlines)
        case .list(let ordered, let items):
            return items.enumerated().map { index, item in
                let marker = ordered ? "\(index + 1). " : "- "
                let body = item.map { render($0, figureFile: figureFile) }.joined(separator: "\n\n")
                return marker + body.replacingASCII("\n", with: "\n" + String(repeating: " ", count: marker.count))
            }.joined(separator: "\n")
        case .quote(let blocks):
            return blocks.map { render($0, figureFile: figureFile) }.joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { "> " + $0 }.joined(separator: "\n")
        case .code(let text):
            let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
            return fence + "\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence
        case .table(let table):
            return renderTable(table)
        case .signature(let signature):
            return signature.lines.map { line in
                "\(escape(line.label, atLineStart: true)): "
                    + (line.previousValue != nil
                        ? render(
                            line.valueInlines(leading: "", blank: String(repeating: "_", count: 20)), atLineStart: false
                        )
                        : line.value.isEmpty ? String(repeating: "_", count: 20) : escape(line.value))
            }.joined(separator: "  \n")
        case .pageBreak, .rule:
            return "---"
        case .changed(_, let inner):
            return render(inner, figureFile: figureFile)
        }
    }

    static func renderTable(_ table: Table) -> String {
        let columns = table.columnCount
        func row(_ cells: [[Inline]]) -> String {
            // Inside a cell nothing starts a block, so only inline syntax is escaped; a line break
            // is `<br>`, since a row is one line.
            let padded = (0..<columns).map { column -> String in
                guard column < cells.count else { return "" }
                return cells[column].split(separator: .lineBreak, omittingEmptySubsequences: false)
                    .map { render(Array($0), atLineStart: false) }.joined(separator: "<br>")
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let separator =
            "|"
            + (0..<columns).map { index -> String in
                switch index < table.alignments.count ? table.alignments[index] : .left {
                case .left: return " --- "
                case .center: return " :-: "
                case .right: return " --: "
                }
            }.joined(separator: "|") + "|"
        return ([row(table.header), separator] + table.rows.map(row)).joined(separator: "\n")
    }

    /// Inlines at the start of a line (a block's start, or after a hard break) escape what would
    /// start a block there.
    static func render(_ inlines: [Inline], atLineStart startsLine: Bool = true) -> String {
        var atLineStart = startsLine
        return inlines.map { inline in
            defer { atLineStart = inline == .lineBreak }
            switch inline {
            case .text(let text): return escape(text, atLineStart: atLineStart)
            case .emphasis(let children): return "*" + render(children) + "*"
            case .strong(let children): return "**" + render(children) + "**"
            case .code(let text):
                let ticks = String(repeating: "`", count: longestRun(of: "`", in: text) + 1)
                return ticks + " " + TextSanitizer.clean(text) + " " + ticks
            case .link(let url, let children):
                return "[" + render(children) + "](<"
                    + url.replacingASCII(">", with: "%3E").replacingASCII(" ", with: "%20") + ">)"
            case .lineBreak: return "\\\n"
            // GitHub shows both as marked text; other readers show the tags' text.
            case .changed(let change, let children):
                let tag = change == .inserted ? "ins" : "del"
                return "<\(tag)>" + render(children, atLineStart: atLineStart) + "</\(tag)>"
            }
        }.joined()
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for char in text {
            current = char == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
