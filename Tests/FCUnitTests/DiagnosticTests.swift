import FCConfig
import Foundation
import Testing

@Suite("Diagnostics: notes, text and JSON, in Swedish and English")
struct DiagnosticTests {
    let diagnostic = Diagnostic(
        .error, at: FCConfig.SourceLocation(file: "a.yaml", line: 20, column: 9),
        .yamlKeyGivenTwice("region"),
        notes: [
            Diagnostic.Note(
                at: FCConfig.SourceLocation(file: "a.yaml", line: 13, column: 9), .yamlKeyFirstGiven("region"))
        ])

    @Test func notesArePrintedBelowTheirDiagnosticInEitherLanguage() {
        #expect(
            diagnostic.formatted(in: .en) == """
                a.yaml:20:9: error: 'region' is given twice here; remove one of them, or check the indentation
                a.yaml:13:9: note: 'region' is first given here
                """)
        #expect(
            diagnostic.formatted(in: .sv) == """
                a.yaml:20:9: fel: ”region” står två gånger här: ta bort den ena, eller se efter att raderna är rätt indragna
                a.yaml:13:9: notering: ”region” står första gången här
                """)
        #expect(diagnostic.description == diagnostic.formatted(in: .en))
    }

    @Test func severityWords() {
        let severities: [Diagnostic.Severity] = [.note, .warning, .error]
        #expect(severities.map { $0.word(in: .sv) } == ["notering", "varning", "fel"])
        #expect(severities.map { $0.word(in: .en) } == ["note", "warning", "error"])
    }

    @Test func jsonCarriesTheCodeAndTheMessageInTheChosenLanguage() throws {
        for language in Language.allCases {
            let json = Diagnostic.json([diagnostic], language: language)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(items.first?["code"] as? String == "yaml.key-given-twice")
            #expect(items.first?["message"] as? String == diagnostic.message.text(in: language))
            #expect(items.first?["severity"] as? String == "error")
            let notes = try #require(items.first?["notes"] as? [[String: Any]])
            #expect(notes.count == 1)
            #expect((notes[0]["location"] as? [String: Any])?["line"] as? Int == 13)
            #expect(notes[0]["code"] as? String == "yaml.key-first-given")
            #expect(notes[0]["message"] as? String == diagnostic.notes[0].message.text(in: language))
            let read = try JSONDecoder().decode([Diagnostic.Printed].self, from: Data(json.utf8))
            #expect(read == [Diagnostic.Printed(diagnostic, in: language)])
        }
    }

    @Test func jsonWithoutCodeOrNotesStillReads() throws {
        let old = #"[{"location":{"column":1,"file":"x","line":2},"message":"m","severity":"warning"}]"#
        let read = try JSONDecoder().decode([Diagnostic.Printed].self, from: Data(old.utf8))
        #expect(read.first?.message == "m" && read.first?.code == "" && read.first?.notes == [])
    }

    @Test func aDiagnosticReadsBackWithBothTexts() throws {
        let data = try JSONEncoder().encode(diagnostic)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == diagnostic)
    }
}
