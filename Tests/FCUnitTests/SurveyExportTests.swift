import FCConfig
import FCRender
import Foundation
import Testing
import ZIPFoundation

@testable import FCReport

@Suite("Survey exports: Google Forms and Microsoft Forms, question texts as headers, XLSX")
struct SurveyExportTests {
    static let original = "reports/vindeln-2025.yaml"

    /// A copy of the vindeln 2025 report and its centre in a fresh folder, its `survey.file` the
    /// export `name` (copied from fixtures/survey-exports, or written from `data`), no `columns`.
    static func report(surveyFile name: String, data: Data? = nil, extra: String = "") throws -> String {
        // The centre is `../vindeln.yaml`: the report goes one folder down.
        let folder = TestPaths.temporaryFolder().appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: TestPaths.fixture(original))
        var yaml = try String(contentsOf: source, encoding: .utf8)
        #expect(!yaml.contains("columns:"))
        yaml = yaml.replacingOccurrences(of: "file: vindeln-2025-enkat.csv", with: "file: \(name)\(extra)")
        try yaml.write(to: folder.appendingPathComponent("vindeln-2025.yaml"), atomically: true, encoding: .utf8)
        let centre = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("centre: ") }).dropFirst(8)
        try FileManager.default.copyItem(
            at: source.deletingLastPathComponent().appendingPathComponent(String(centre)),
            to: folder.appendingPathComponent(String(centre)))
        let bytes = try data ?? Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("survey-exports/\(name)")))
        try bytes.write(to: folder.appendingPathComponent(name))
        return folder.appendingPathComponent("vindeln-2025.yaml").path
    }

    @Test(arguments: ["vindeln-2025-google-forms.csv", "vindeln-2025-microsoft-forms.xlsx"])
    func exportsOfTheSameAnswersGiveTheOriginalNumbers(export: String) throws {
        let original = ConfigCheck.run(path: TestPaths.fixture(Self.original), lookForPreviousReport: false)
        let expected = try #require(original.reportData?.survey)
        #expect(expected.allSatisfy { $0.respondents > 0 })
        let check = ConfigCheck.run(path: try Self.report(surveyFile: export), lookForPreviousReport: false)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
        #expect(check.reportData?.survey == expected)
        #expect(check.reportData?.surveyRespondents == original.reportData?.surveyRespondents)
    }

    /// What each column of the two exports became: the tools' own columns known, the questions by text.
    @Test func theExportsColumnsAreRecognised() throws {
        let settings = SurveyFile.Settings(questions: SurveyQuestions.builtIn)
        let google = SurveyFile.read(
            path: TestPaths.fixture("survey-exports/vindeln-2025-google-forms.csv"), settings: settings,
            sink: DiagnosticSink())
        #expect(google.columns.map(\.role).prefix(2) == [.date, .respondent])
        #expect(google.columns.last?.role == .comment)
        #expect(google.columns.compactMap(\.questionKey) == SurveyQuestions.builtIn.map(\.key))
        #expect(google.columns.filter { $0.questionKey != nil }.allSatisfy { $0.match == .text })
        let microsoft = SurveyFile.read(
            path: TestPaths.fixture("survey-exports/vindeln-2025-microsoft-forms.xlsx"), settings: settings,
            sink: DiagnosticSink())
        #expect(
            microsoft.columns.map(\.role).prefix(6) == [
                .bookkeeping, .date, .date, .bookkeeping, .bookkeeping, .respondent,
            ])
        #expect(microsoft.columns.compactMap(\.questionKey) == SurveyQuestions.builtIn.map(\.key))
        #expect(microsoft.columns[6].location.description.hasSuffix(":Form1!G1"))
    }

    /// Case, white space, quotes, a trailing full stop, the form's number and Google's grid rows.
    @Test(arguments: [
        "JAG KÄNNER MIG VÄLKOMMEN PÅ FAMILJECENTRALEN.", "  Jag känner  mig\u{A0}välkommen på familjecentralen ",
        "\"Jag känner mig välkommen på familjecentralen.\"", "1b. Jag känner mig välkommen på familjecentralen.",
        "2 Jag känner mig välkommen på ”familjecentralen”",
        "Hur väl stämmer det? [Jag känner mig välkommen på familjecentralen.]",
    ])
    func aQuestionIsKnownByItsTextHoweverWritten(header: String) {
        let sink = DiagnosticSink()
        let row = SurveyTable.Row(
            location: .wholeFile("x.csv"),
            cells: [SurveyTable.Cell(text: header, location: SourceLocation(file: "x.csv", line: 1, column: 1))])
        let columns = SurveyHeader(row: row).columns(
            for: [SurveyQuestions.builtIn[1]], named: [:], sink: sink)
        #expect(columns.first?.questionKey == "mal1b")
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
    }

    static func header(_ names: [String]) -> SurveyTable.Row {
        SurveyTable.Row(
            location: SourceLocation(file: "svar.csv", line: 1, column: 1),
            cells: names.enumerated().map { index, name in
                SurveyTable.Cell(
                    text: name, location: SourceLocation(file: "svar.csv", line: 1, column: 1 + index * 10))
            })
    }

    @Test func aQuestionTextThatMatchesNoQuestionNamesTheCellAndTheNearestQuestion() throws {
        let questions = Array(SurveyQuestions.builtIn.prefix(3))
        let sink = DiagnosticSink()
        let columns = SurveyHeader(
            row: Self.header([
                "Tidstämpel", questions[0].text, "Jag känner mig välkommen till familjecentralen", questions[2].text,
            ])
        ).columns(for: questions, named: [:], sink: sink)
        #expect(columns.compactMap(\.questionKey) == ["mal1a", "mal2a"])
        // One message for the one problem: at the header cell, naming the question it is nearest.
        #expect(sink.diagnostics.count == 1, "\(sink.diagnostics)")
        let error = try #require(sink.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: "svar.csv", line: 1, column: 21))
        #expect(error.message.en.contains("'Jag känner mig välkommen till familjece…'"))
        #expect(error.message.en.contains("nearest is mal1b 'Jag känner mig välkommen på familjecent…'"))
        #expect(error.message.en.contains("survey.columns"))
    }

    @Test func aQuestionTextThatMatchesTwoQuestionsIsAnError() throws {
        let questions = [
            SurveyQuestion(key: "q1", goal: 1, text: "Personalen är trevlig."),
            SurveyQuestion(key: "q2", goal: 2, text: "Personalen är  TREVLIG"),
        ]
        let sink = DiagnosticSink()
        _ = SurveyHeader(row: Self.header(["Personalen är trevlig"])).columns(for: questions, named: [:], sink: sink)
        let error = try #require(sink.diagnostics.first { $0.message.en.contains("matches 2 questions") })
        #expect(error.location.column == 1)
        #expect(error.message.en.contains("q1") && error.message.en.contains("q2"))
    }

    @Test func aQuestionAnsweredInTwoColumnsIsAnErrorAtTheSecond() throws {
        let question = SurveyQuestions.builtIn[0]
        let sink = DiagnosticSink()
        let columns = SurveyHeader(row: Self.header([question.key, "1a. " + question.text]))
            .columns(for: [question], named: [:], sink: sink)
        #expect(columns.compactMap(\.questionKey) == [question.key])
        #expect(sink.diagnostics.count == 1)
        #expect(sink.diagnostics.first?.location.column == 11)
        #expect(sink.diagnostics.first?.notes.first?.location.column == 1)
    }

    /// fcdoc's own CSV as before: keys as headers, columns of one's own (`datum`, `skola`) not counted.
    @Test func keyColumnsAndColumnsOfOnesOwnAreReadAsBefore() {
        let questions = Array(SurveyQuestions.builtIn.prefix(2))
        let sink = DiagnosticSink()
        let columns = SurveyHeader(row: Self.header(["datum", "skola", "mal1b", "Fråga ett"]))
            .columns(for: questions, named: ["mal1a": "Fråga ett"], sink: sink)
        #expect(columns.map(\.role) == [.date, .unknown, .question("mal1b"), .question("mal1a")])
        #expect(columns.map(\.match) == [nil, nil, .key, .mapped])
        #expect(sink.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("Instämmer helt.", SurveyScale.Answer.value(5)), ("INSTÄMMER  TILL STOR DEL", .value(4)),
        ("\"Instämmer delvis\"", .value(3)), ("Vet ej.", .none), ("vet  ej", .none),
    ])
    func answerLabelsAreKnownHoweverWritten(cell: String, expected: SurveyScale.Answer) {
        #expect(SurveyScale.answer(cell) == expected)
    }

    @Test func excelSerialDatesAreISODates() {
        #expect(ExcelDate.text(serial: 45_964, dates1904: false) == "2025-11-03")
        #expect(ExcelDate.text(serial: 45_964.5, dates1904: false) == "2025-11-03 12:00:00")
        #expect(ExcelDate.text(serial: 44_502, dates1904: true) == "2025-11-03")
        #expect(ExcelDate.text(serial: -1, dates1904: false) == nil)
        #expect(SurveyXLSX.Workbook.isDateFormat("yyyy-mm-dd\\ hh:mm"))
        #expect(!SurveyXLSX.Workbook.isDateFormat("0.00\" dagar\""))
        #expect(!SurveyXLSX.Workbook.isDateFormat("[Red]#,##0"))
    }

    /// A workbook of one sheet, `Svar`, from rows of (reference, cell XML) and shared strings.
    static func workbook(sheet: String, strings: [String] = [], sheetName: String = "Svar") throws -> Data {
        let archive = try Archive(accessMode: .create)
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            "xl/workbook.xml":
                "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relations)\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" "
                + "r:id=\"rId2\"/><sheet name=\"\(sheetName)\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels":
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relations)/worksheet\" Target=\"/xl/worksheets/answers.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(relations)/worksheet\" Target=\"worksheets/empty.xml\"/>"
                + "</Relationships>",
            "xl/worksheets/empty.xml": "<worksheet xmlns=\"\(main)\"><sheetData/></worksheet>",
            "xl/worksheets/answers.xml": "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet)</sheetData></worksheet>",
            "xl/sharedStrings.xml":
                "<sst xmlns=\"\(main)\">" + strings.map { "<si><r><t>\($0)</t></r></si>" }.joined() + "</sst>",
        ]
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try #require(archive.data)
    }

    @Test func aWorkbookIsReadFromTheNamedSheetWithItsProblemsAtTheirCells() throws {
        let question = SurveyQuestions.builtIn[0]
        let sheet =
            "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>Jag är</t></is></c></row>"
            + "<row r=\"3\"><c r=\"B3\"><v>5</v></c></row>"
            + "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>1</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>man</t></is></c></row>"
            + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>kanske</t></is></c></row>"
            + "<row r=\"6\"><c r=\"B6\"><v>4</v></c><c r=\"E6\"><v>1</v></c></row>"
        let data = try Self.workbook(sheet: sheet, strings: [question.text, "Instämmer till stor del"])
        let sink = DiagnosticSink()
        let reading = SurveyFile.read(
            data: data, path: "svar.xlsx", settings: .init(sheet: "svar", questions: [question]), sink: sink)
        #expect(reading.tally?.counts[question.key] == [0, 0, 0, 1, 1])
        #expect(reading.columns.map(\.role) == [.unknown, .question(question.key), .respondent])
        let places = sink.sorted.map(\.location.description)
        #expect(places == ["svar.xlsx:Svar!B5", "svar.xlsx:Svar!E6"], "\(sink.diagnostics)")
        // JSON carries the sheet and the cell.
        let json = Diagnostic.json(sink.sorted, language: .en)
        #expect(json.contains("\"sheet\" : \"Svar\"") && json.contains("\"cell\" : \"B5\""), "\(json)")
        // Without a sheet named, the first is read: here an empty one.
        let first = DiagnosticSink()
        _ = SurveyFile.read(data: data, path: "svar.xlsx", settings: .init(questions: [question]), sink: first)
        #expect(first.diagnostics.map(\.location.description) == ["svar.xlsx:Blad1!A1"])
        let missing = DiagnosticSink()
        _ = SurveyFile.read(
            data: data, path: "svar.xlsx", settings: .init(sheet: "Svaren", questions: [question]), sink: missing)
        #expect(missing.diagnostics.first?.message.en.contains("no sheet 'Svaren' (did you mean 'Svar'?)") == true)
    }

    @Test func filesThatAreNoSurveyAreRefusedWithOneError() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE])
        let settings = SurveyFile.Settings(questions: SurveyQuestions.builtIn)
        for (data, path, words) in [
            (png, "enkat.csv", "not UTF-8 text"), (png, "enkat.xlsx", "not an Excel workbook"),
            (Data("PK\u{3}\u{4}garbage".utf8), "enkat.csv", "not an Excel workbook"),
        ] {
            let sink = DiagnosticSink()
            let reading = SurveyFile.read(data: data, path: path, settings: settings, sink: sink)
            #expect(reading.tally == nil)
            #expect(sink.diagnostics.count == 1, "\(sink.diagnostics)")
            #expect(sink.diagnostics.first?.message.en.contains(words) == true, "\(sink.diagnostics)")
        }
    }

    /// A small workbook whose sheet unpacks past the limit is refused without unpacking it whole.
    @Test func aZipBombIsRefused() throws {
        let row = "<row><c t=\"inlineStr\"><is><t>" + String(repeating: "x", count: 1_000) + "</t></is></c></row>"
        let sheet = String(repeating: row, count: SurveyXLSX.maximumUnpackedSize / 1_000 + 1)
        let data = try Self.workbook(sheet: sheet)
        #expect(data.count < SurveyFile.maximumFileSize)
        let sink = DiagnosticSink()
        let reading = SurveyFile.read(
            data: data, path: "bomb.xlsx", settings: .init(sheet: "Svar", questions: SurveyQuestions.builtIn),
            sink: sink)
        #expect(reading.tally == nil)
        #expect(
            sink.diagnostics.map(\.message.en) == [
                "the survey workbook unpacks to more than 64 MiB; export only the survey's answers"
            ])
    }
}
