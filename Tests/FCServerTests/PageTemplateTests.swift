import FCBatch
import FCConfig
import Foundation
import Testing

@testable import FCServer

/// The server's pages are Mustache templates: config text in them stays text — in elements and
/// in attributes, with a quote hidden behind a combining mark, and without control characters —
/// while the editor's text area keeps every character of the file.
@Suite("Server: page templates keep config text inert")
struct PageTemplateTests {
    static let hostile = "a & <script>alert(1)</script> \"\u{301} onfocus=alert(2) '\u{301} x\u{07}y"
    /// The quotes of `hostile` as they must never appear (written here: the `#expect` macro
    /// cannot take a combining mark after a quote in a literal).
    static let rawQuote = "\"\u{301} onfocus"
    static let rawApostrophe = "'\u{301} x"
    static let escapedQuotes = "&quot;\u{301} onfocus=alert(2) &#39;\u{301} xy"

    @Test func theEditorEscapesEveryValueAndKeepsTheFileWhole() {
        let content = EditorPage.Content(
            path: Self.hostile, text: "name: \(Self.hostile)\r\n", etag: "\"e\"",
            diagnostics: [Diagnostic(.error, at: SourceLocation(file: Self.hostile, line: 1, column: 7), .failed(reason: Self.hostile))],
            documents: ["samverkansavtal"], kind: "centre", surveyFile: Self.hostile, notice: Self.hostile,
            conflict: Self.hostile)
        let page = EditorPage.render(content, token: "t<\"")
        #expect(!page.contains("<script>alert"))
        // Outside the text areas (whose quotes are text), no quote stays raw.
        let outside = page.replacing(/<textarea[^>]*>[^<]*<\/textarea>/, with: "")
        #expect(!outside.contains(Self.rawQuote), "a quote with a combining mark is still escaped")
        #expect(!outside.contains(Self.rawApostrophe))
        #expect(!outside.contains("\u{07}"))
        #expect(page.contains(Self.escapedQuotes), "escaped, the control character dropped")
        #expect(page.contains("content=\"t&lt;&quot;\""), "the token escaped too")
        // The text areas give back every byte of the file (the browser unescapes &amp; &lt; &gt;).
        let kept =
            "name: a &amp; &lt;script&gt;alert(1)&lt;/script&gt; \"\u{301} onfocus=alert(2) '\u{301} x\u{07}y\r\n"
        #expect(
            page.contains("<textarea id=\"text\" name=\"text\" spellcheck=\"false\" rows=\"30\">\n\(kept)</textarea>"))
        #expect(page.contains("<textarea id=\"conflict-mine\" readonly rows=\"20\">\n\(kept)</textarea>"))
        #expect(page.components(separatedBy: "\u{07}").count == 4, "only in the three text areas")
        #expect(page.contains("data-crlf=\"true\""))
        #expect(page.contains("<section id=\"conflict\" class=\"conflict\">"))
    }

    @Test func theOverviewEscapesNamesPathsAndMessages() {
        let file = FileSummary(
            path: "x/\(Self.hostile).yaml", kind: "centre", id: "x", name: Self.hostile, errors: 1, warnings: 2)
        let unit = Overview.Unit(
            file: file, documents: [.init(kind: "samverkansavtal", copies: 3)], report: nil, reportState: .missing)
        let overview = Overview(
            year: 2025, years: [2025], county: nil, centres: [unit], others: [file], startedNextYear: [],
            clashes: [Diagnostic(.error, at: .wholeFile("a.yaml"), .failed(reason: Self.hostile))])
        let page = OverviewPage.render(overview, folderName: Self.hostile, token: "t", pdf: false)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains(Self.rawQuote))
        #expect(!page.contains("\u{07}"))
        #expect(page.contains("<title>a &amp; &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("<span class=\"bad\">1 fel</span>, 2 varningar"))
        #expect(page.contains("href=\"/edit/x/a%20&amp;%20%3Cscript%3E"), "paths percent-encoded, then escaped")
        #expect(page.contains("format=odt&amp;copy=3\">3</a>"))
        #expect(page.contains("<input type=\"hidden\" name=\"year\" value=\"2026\">"), "a report can be started")
    }
}
