import Foundation
import Testing
import Yams

@testable import FCConfig

@Suite("' #' after a text: YAML cuts the text there, and fcdoc warns")
struct TrailingCommentTests {
    /// The comment after the value of the first key of `yaml`'s top mapping (or its first item).
    private func comment(_ yaml: String) throws -> YAMLSource.TrailingComment? {
        let root = try #require(try Yams.compose(yaml: yaml, .basic))
        var node = try #require(root.mapping?.values.first)
        if case .sequence(let items) = node, let first = items.first { node = first }
        return YAMLSource(file: "f.yaml", text: yaml).commentAfter(node)
    }

    @Test func aCommentAfterAPlainTextIsFound() throws {
        let found = try comment("address: Storgatan 1, Östersund (ingång #2)\n")
        #expect(found == YAMLSource.TrailingComment(line: 1, column: 41, text: "#2)"))
        #expect(try comment("name: Familjecentralen\t# nr 1  \n")?.text == "# nr 1")
        #expect(try comment("a: b\r\nname: x #1\r\n") == nil)  // the first key's value ends its line
        #expect(try comment("list:\n  - Första #1\n  - Andra\n")?.line == 2)
    }

    @Test func aTextOverSeveralLinesIsFollowedToItsEnd() throws {
        let found = try comment("title: Avdelningschef,\n  Vindelns hälsocentral #2\nnext: x\n")
        #expect(found == YAMLSource.TrailingComment(line: 2, column: 25, text: "#2"))
    }

    @Test(arguments: [
        "address: \"Storgatan 1 (ingång #2)\" # kommentar\n",
        "address: 'Storgatan 1' # kommentar\n",
        "address: Storgatan 1\n# en kommentar på egen rad\n",
        "address: nr#2 är en del av texten\n",
        "address: |\n  Storgatan 1 # en del av texten\n",
        "list: [Första, Andra] # kommentar\n",
        "address:   # inget värde\n",
    ])
    func noTextIsCutHere(yaml: String) throws {
        #expect(try comment(yaml) == nil)
    }

    /// Keys whose values are read by the program, not printed as prose: a comment after them is
    /// only a comment. Everything else in these files is text a reader sees.
    static let tokenKeys: Set<String> = [
        "fcdoc", "kind", "id", "type", "party", "start_date", "signing_date", "report_due", "scope_percent",
        "scope_hours_per_week", "term_years", "notice_months", "copies", "annual_cost", "method", "centre",
        "year", "file", "key", "statement", "position", "gender", "respondents", "visits", "pregnant_women",
        "enrolled_children", "families_special_support", "parent_groups", "value", "date", "total",
        "region_share", "population", "status",
    ]

    static let files = [
        "vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml", "jamtlands-lan/county.yaml",
        "reports/vindeln-2025.yaml",
    ]

    /// Every `key: value` line of the fixtures in turn gets ' #2' added: a free text gives one
    /// warning at that line, which says to quote the text; an id, number, date or choice gives none.
    @Test(arguments: files)
    func everyTextLineWarnsAndNoOtherDoes(name: String) throws {
        let path = TestPaths.fixture(name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let baseline = ConfigLoader.load(text: text, path: path).diagnostics.diagnostics
        #expect(!baseline.contains { $0.message.en.contains("ends before ' #'") })
        let lines = text.components(separatedBy: "\n")
        let pattern = /^ *(?:- )?([a-z_]+): ([^"'|>\[{#&*].*)$/
        var checked = 0
        for (index, line) in lines.enumerated() {
            guard let match = line.wholeMatch(of: pattern), !match.2.contains(" #") else { continue }
            var changed = lines
            changed[index] = line + " #2"
            let diagnostics = ConfigLoader.load(text: changed.joined(separator: "\n"), path: path)
                .diagnostics.diagnostics
            let added = diagnostics.filter { !baseline.contains($0) }
            if Self.tokenKeys.contains(String(match.1)) {
                #expect(added.isEmpty, "\(name):\(index + 1): \(added)")
            } else {
                #expect(added.count == 1, "\(name):\(index + 1): \(added)")
                let warning = try #require(added.first)
                #expect(warning.severity == .warning)
                #expect(warning.location.line == index + 1)
                #expect(warning.location.column == line.unicodeScalars.count + 2)
                #expect(warning.message.en.contains("put the whole text in quotes: \(match.1): \""))
                #expect(warning.message.en.contains(" #2\""))
                checked += 1
            }
        }
        #expect(checked >= 5)
    }
}
