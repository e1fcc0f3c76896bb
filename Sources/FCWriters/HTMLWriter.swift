import FCDocument
import FCText
import Foundation

/// One standalone HTML file: UTF-8, `lang` set, print CSS for A4, no scripts and no external
/// resources. All text is escaped; only `http`, `https` and `mailto` links are ever written.
public enum HTMLWriter {
    public static func write(_ document: Document) -> Data {
        let meta = document.metadata
        var body = ""
        if let letterhead = meta.letterhead { body += HTMLLetterhead.render(letterhead) }
        if let label = meta.copyLabel { body += "<p class=\"copy-label\">\(escape(label))</p>\n" }
        body += "<main>\n"
        body += render(document.blocks)
        body += "</main>\n"
        if let footer = FooterText.line(for: meta) { body += "<footer>\(escape(footer))</footer>\n" }
        let html = HTMLPage.page(
            language: meta.language, title: meta.title,
            style: stylesheet + (meta.revision == nil ? "" : changeStyle) + pageFooter(meta) + profileStyle(meta.style)
                + (meta.letterhead == nil ? "" : HTMLLetterhead.stylesheet),
            generator: "fcdoc",
            policy: (meta.letterhead?.pictures.isEmpty ?? true)
                ? HTMLPage.contentSecurityPolicy : HTMLPage.contentSecurityPolicyWithImages,
            body: body)
        return Data(html.utf8)
    }

    /// Reflows down to 320 px: text wraps, a table scrolls inside its own region, figures shrink.
    /// Printed, headings stay with what follows, rows and signature blocks stay whole, and the
    /// footer line is in the page's bottom margin box (`pageFooter`), never over the text.
    static let stylesheet = """

        @page { size: A4; margin: 2cm 2cm 2.5cm 2.5cm; }
        body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.4;
               max-width: 16.5cm; margin: 2em auto; padding: 0 1em; color: #111; overflow-wrap: break-word; }
        h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; }
        h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.4em; } h3 { font-size: 12pt; }
        .table-scroll { overflow-x: auto; max-width: 100%; margin: 0.8em 0; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #777; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        tr, .signature { break-inside: avoid; }
        pre { overflow-x: auto; }
        .copy-label { font-weight: bold; text-align: right; }
        .page-break { break-before: page; }
        .signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
                      column-gap: 2em; margin: 1.5em 0; }
        .signature { margin: 0 0 1.5em; }
        .signature p { margin: 0.3em 0; }
        .signature .blank { display: inline-block; width: 10em; max-width: 100%; border-bottom: 1px solid #111;
                            height: 1.2em; vertical-align: bottom; }
        figure.chart { margin: 1em 0; break-inside: avoid; } figure.chart svg { max-width: 100%; height: auto; }
        figcaption { font-size: 10pt; font-style: italic; }
        footer { margin-top: 3em; border-top: 1px solid #999; font-size: 9pt; color: #444; }
        @media print { body { margin: 0; max-width: none; padding: 0; } .table-scroll { overflow: visible; } }

        """

    /// Tracked changes (a document made by `fcdoc diff`): insertions underlined on green,
    /// deletions struck through on red, whole rows tinted.
    static let changeStyle = """
        ins { color: #0b5d1e; background: #e6f4ea; text-decoration: underline; }
        del { color: #8e1b1b; background: #fbe9e9; text-decoration: line-through; }
        tr.inserted td { background: #e6f4ea; } tr.deleted td { background: #fbe9e9; }

        """

    /// A graphic profile's fonts and colours over the stylesheet's; nothing for fcdoc's own.
    /// Headings are in the body's family (they inherit it) unless the profile names another,
    /// which then falls back on the body's.
    static func profileStyle(_ style: PageStyle) -> String {
        guard style != PageStyle() else { return "" }
        let body = "\(cssString(style.bodyFont)), serif"
        let headingFont =
            style.headingFont == style.bodyFont ? "" : "font-family: \(cssString(style.headingFont)), \(body); "
        return "body { font-family: \(body); }\n"
            + "h1, h2, h3, h4 { \(headingFont)color: \(style.headingColour ?? "#111"); }\n"
            + "hr { border: 0; border-top: 1px solid \(style.ruleColour ?? "#808080"); }\n"
    }

    /// The printed footer, on every page in the bottom margin: the footer line and the page
    /// number, as a CSS string (quotes, backslashes, line ends and `<` escaped).
    static func pageFooter(_ metadata: DocumentMetadata) -> String {
        let line = FooterText.line(for: metadata).map { cssString($0 + " · ") + " " } ?? ""
        return "@page { @bottom-center { content: \(line)\"Sida \" counter(page) \" av \" counter(pages); "
            + "font-family: \"Liberation Serif\", serif; font-size: 9pt; color: #444; } }\n"
    }

    static func cssString(_ text: String) -> String {
        let escaped = TextSanitizer.clean(text, keepingLines: false).unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"", "\\", "<", ">", "&", "\n", "\r": return "\\" + String(scalar.value, radix: 16) + " "
            default: return String(scalar)
            }
        }.joined()
        return "\"" + escaped + "\""
    }

    public static func escape(_ text: String) -> String {
        TextSanitizer.clean(text, keepingLines: true).replacingASCII { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            default: return nil
            }
        }
    }

    /// The body: signature blocks in runs side by side, and each table labelled by the heading
    /// above it, so its scrolling region has a name.
    static func render(_ blocks: [Block]) -> String {
        var html = ""
        var heading = ""
        var tables = 0
        for part in BodyPart.parts(of: blocks) {
            switch part {
            case .signatures(let signatures):
                html += "<div class=\"signatures\">\n" + signatures.map { render(.signature($0)) }.joined() + "</div>\n"
            case .block(.table(let table)):
                tables += 1
                html += renderTable(table, label: "Tabell \(tables)" + (heading.isEmpty ? "" : ": \(heading)"))
            case .block(let block):
                if case .heading(_, let inlines) = block { heading = inlines.plainText }
                html += render(block)
            }
        }
        return html
    }

    static func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let inlines):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>\(render(inlines))</\(tag)>\n"
        case .paragraph(let inlines):
            return "<p>\(render(inlines))</p>\n"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            let body = items.map { item in "<li>" + item.map(renderInList).joined() + "</li>\n" }.joined()
            return "<\(tag)>\n\(body)</\(tag)>\n"
        case .quote(let blocks):
            return "<blockquote>\n" + render(blocks) + "</blockquote>\n"
        case .code(let text):
            return "<pre><code>\(escape(text))</code></pre>\n"
        case .table(let table):
            return renderTable(table, label: "Tabell")
        case .signature(let signature):
            let (open, close) = signature.change.map { ("<\(tag($0))>", "</\(tag($0))>") } ?? ("", "")
            let lines = signature.lines.map { line in
                "<p>\(open)<span class=\"label\">\(escape(line.label)):</span> "
                    + (line.previousValue != nil
                        ? render(line.valueInlines(leading: "", blank: String(repeating: "_", count: 20)))
                        : line.value.isEmpty ? "<span class=\"blank\"></span>" : escape(line.value)) + "\(close)</p>\n"
            }.joined()
            return "<section class=\"signature\">\n\(lines)</section>\n"
        case .figure(let figure):
            // fcdoc's own SVG, built with an XML writer: inline, so the file stays standalone.
            return
                "<figure class=\"chart\">\n\(figure.screenSVG ?? figure.svg)\n<figcaption>\(escape(figure.title))</figcaption>\n</figure>\n"
        case .pageBreak:
            return "<div class=\"page-break\"></div>\n"
        case .rule:
            return "<hr>\n"
        case .changed(let change, let inner):
            // The text inside is marked; a block without text (a figure) gets the mark around it.
            switch inner {
            case .figure, .code, .pageBreak, .rule: return "<\(tag(change))>\(render(inner))</\(tag(change))>"
            default: return render(inner)
            }
        }
    }

    /// `<ins>` or `<del>`.
    static func tag(_ change: Change) -> String {
        change == .inserted ? "ins" : "del"
    }

    /// Tight list items hold a single paragraph; print it without `<p>` as Markdown renderers do.
    static func renderInList(_ block: Block) -> String {
        if case .paragraph(let inlines) = block { return render(inlines) }
        return render(block)
    }

    /// A table in a focusable, labelled region that scrolls sideways when the table is wider than
    /// the page, so the page itself never does.
    static func renderTable(_ table: Table, label: String) -> String {
        // Counted once: counting looks at every row, so counting per row made a long table quadratic.
        let columns = table.columnCount
        func cells(_ row: [[Inline]], tag: String) -> String {
            (0..<columns).map { index in
                let alignment = index < table.alignments.count ? table.alignments[index] : .left
                let style =
                    alignment == .left ? "" : " style=\"text-align: \(alignment == .right ? "right" : "center")\""
                return "<\(tag)\(style)>" + (index < row.count ? render(row[index]) : "") + "</\(tag)>"
            }.joined()
        }
        var html =
            "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(escape(label))\" tabindex=\"0\">\n<table>\n"
        if !table.header.isEmpty { html += "<thead><tr>\(cells(table.header, tag: "th"))</tr></thead>\n" }
        html +=
            "<tbody>\n"
            + table.rows.enumerated().map { index, row in
                let change = table.change(ofRow: index).map { " class=\"\($0.rawValue)\"" } ?? ""
                return "<tr\(change)>\(cells(row, tag: "td"))</tr>\n"
            }.joined()
            + "</tbody>\n</table>\n</div>\n"
        return html
    }

    static func render(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return escape(text)
            case .emphasis(let children): return "<em>\(render(children))</em>"
            case .strong(let children): return "<strong>\(render(children))</strong>"
            case .code(let text): return "<code>\(escape(text))</code>"
            case .link(let url, let children):
                guard LinkPolicy.isAllowed(url) else { return render(children) }
                return "<a href=\"\(escape(url))\">\(render(children))</a>"
            case .lineBreak: return "<br>\n"
            case .changed(let change, let children): return "<\(tag(change))>\(render(children))</\(tag(change))>"
            }
        }.joined()
    }
}
