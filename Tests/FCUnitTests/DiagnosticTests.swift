import FCConfig
import Foundation
import Testing

@Suite("Diagnostics: notes, text and JSON")
struct DiagnosticTests {
    let diagnostic = Diagnostic(
        .error, at: FCConfig.SourceLocation(file: "a.yaml", line: 20, column: 9),
        "party id 'region' is used twice",
        notes: [
            Diagnostic.Note(
                at: FCConfig.SourceLocation(file: "a.yaml", line: 13, column: 9),
                "'region' is first declared here")
        ])

    @Test func notesArePrintedBelowTheirDiagnostic() {
        #expect(
            diagnostic.description == """
                a.yaml:20:9: error: party id 'region' is used twice
                a.yaml:13:9: note: 'region' is first declared here
                """)
        #expect(
            Diagnostic(.warning, at: FCConfig.SourceLocation.wholeFile("b.csv"), "x").description
                == "b.csv:1:1: warning: x")
    }

    @Test func jsonCarriesTheNotesAndReadsBack() throws {
        let json = Diagnostic.json([diagnostic])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let notes = try #require(items.first?["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect((notes[0]["location"] as? [String: Any])?["line"] as? Int == 13)
        #expect(notes[0]["message"] as? String == "'region' is first declared here")
        #expect(try JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8)) == [diagnostic])
    }

    @Test func jsonWithoutNotesStillReads() throws {
        let old = #"[{"location":{"column":1,"file":"x","line":2},"message":"m","severity":"warning"}]"#
        let read = try JSONDecoder().decode([Diagnostic].self, from: Data(old.utf8))
        #expect(read == [Diagnostic(.warning, at: FCConfig.SourceLocation(file: "x", line: 2, column: 1), "m")])
    }
}
