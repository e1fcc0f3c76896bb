import FCConfig
import FCDocument
import Foundation
import Mustache
import Testing

@testable import FCRender
@testable import FCTemplates

@Suite("Templates: context, Swedish wording, overrides")
struct TemplateTests {
    func centre(_ name: String = "vindeln.yaml") throws -> CentreFile {
        try #require(ConfigCheck.run(path: TestPaths.fixture(name)).centre)
    }

    @Test func swedishNumbersAndLists() {
        #expect(SwedishText.number(3, neuter: true) == "tre")
        #expect(SwedishText.number(1, neuter: true) == "ett")
        #expect(SwedishText.number(1) == "en")
        #expect(SwedishText.number(12) == "tolv")
        #expect(SwedishText.number(25) == "25")
        #expect(SwedishText.list(["A"]) == "A")
        #expect(SwedishText.list(["A", "B"]) == "A och B")
        #expect(SwedishText.list(["A", "B", "C"]) == "A, B och C")
        #expect(SwedishNumber.integer(250_000) == "250\u{00A0}000")
        #expect(SwedishNumber.integer(999) == "999")
        #expect(SwedishNumber.decimal(12.5) == "12,5")
        #expect(SwedishNumber.decimal(20) == "20")
    }

    @Test func paragraphsSplitAtBlankLines() {
        #expect(SwedishText.paragraphs("Ett\ntvå\n\n  Tre  \n\n\n") == ["Ett två", "Tre"])
        #expect(SwedishText.paragraphs("") == [])
    }

    @Test func defaultsComeFromTheSeed() throws {
        let context = AgreementContext.make(try centre(), copies: 3)
        #expect(context.noticePeriodText == "tolv månader")
        #expect(context.copiesText == "tre")
        #expect(context.reportDueText == "den 1 mars")
        #expect(context.services.count == 4)
    }

    /// Seed 004's LAKO is Jämtland's body: the default only there; elsewhere the general courts,
    /// and always the centre's own body when it names one.
    @Test func theDisputeBodyIsJamtlandsOnlyInJamtland() throws {
        var vindeln = try centre()
        #expect(AgreementContext.make(vindeln, copies: 3).disputeBody == "allmän domstol")
        #expect(try CoordinatorContext.make(vindeln, copies: 3).disputeBody == "allmän domstol")
        let lugnvik = try centre("jamtlands-lan/ostersund-lugnvik.yaml")
        #expect(lugnvik.agreement.disputeBody == nil)
        #expect(AgreementContext.make(lugnvik, copies: 3).disputeBody == AgreementContext.jamtlandDisputeBody)
        vindeln.centre.region.value = "  region jämtland\nHärjedalen "
        #expect(AgreementContext.disputeBody(vindeln) == AgreementContext.jamtlandDisputeBody)
        vindeln.agreement.disputeBody = Located("Barnarenan", at: vindeln.centre.region.location)
        #expect(AgreementContext.disputeBody(vindeln) == "Barnarenan")
    }

    /// A centre without a steering group: every document and every task of the catalogue names the
    /// management group where the seeds name the steering group; with one, the seeds' wording.
    @Test func noDocumentNamesASteeringGroupTheCentreHasNot() throws {
        var vindeln = try centre()
        vindeln.coordinator.tasks = .all
        #expect(vindeln.steeringGroup == nil)
        for kind in [DocumentKind.samverkansavtal, .samordnaravtal, .samordningsfunktion] {
            let text = try DocumentRenderer().document(DocumentPlan.make(kind, from: .centre(vindeln))).plainText
            #expect(!text.lowercased().contains("styrgrupp"), "\(kind)")
        }
        for task in CoordinatorTasks.groups.flatMap(\.tasks) {
            #expect(!task.text(hasSteeringGroup: false).lowercased().contains("styrgrupp"), "\(task.key)")
        }
        var lugnvik = try centre("jamtlands-lan/ostersund-lugnvik.yaml")
        lugnvik.coordinator.tasks = .all
        let contract = try DocumentRenderer().document(DocumentPlan.make(.samordnaravtal, from: .centre(lugnvik)))
            .plainText
        #expect(contract.contains("presentera förslag till styrgruppen som beslutar"))
        #expect(contract.contains("meddela styrgruppen för"))
    }

    /// Every agreement's lines that name a party (lead-ins, group members, coordinators,
    /// signatories): no parenthesis inside or right after another, no party said twice in a row.
    @Test func noPartyNameStandsInsideAnotherParenthesis() throws {
        for name in ["vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml"] {
            for kind in [DocumentKind.samverkansavtal, .samordnaravtal] {
                let text = try DocumentRenderer().document(DocumentPlan.make(kind, from: .centre(try centre(name))))
                    .plainText
                #expect(text.range(of: #"\([^()\n]*\("#, options: .regularExpression) == nil, "\(name) \(kind)")
                #expect(text.range(of: #"\)\s*\("#, options: .regularExpression) == nil, "\(name) \(kind)")
                #expect(!text.contains("kommun, Östersunds kommun"), "\(name) \(kind)")
            }
        }
        let vindeln = try DocumentRenderer().document(DocumentPlan.make(.samverkansavtal, from: .centre(try centre())))
        #expect(
            vindeln.plainText.contains(
                "Den förebyggande socialtjänsten vid Individ- och familjeomsorgen (IFO) i Vindelns kommun ansvarar"))
    }

    @Test func renderedMarkdownHasNoPlaceholdersLeft() throws {
        for name in ["vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml"] {
            let document = try DocumentRenderer().document(
                DocumentPlan.make(.samverkansavtal, from: .centre(try centre(name))))
            let text = document.plainText
            for placeholder in ["fyll i", "XX", "ange namn", "{{", "}}"] {
                #expect(!text.contains(placeholder), "\(name) still contains \(placeholder)")
            }
            // The seed's "20 - -" is the date line to fill in by hand only where no signing date
            // is set (Lugnvik); Vindeln's agreement prints its date.
            let signingDate = try centre(name).agreement.signingDate?.value
            #expect(text.contains("Ort och datum: \(signingDate.map { "Vindeln \($0)" } ?? "Östersund 20 - -")"))
            #expect(text.contains("20 - -") == (signingDate == nil))
        }
    }

    @Test func everySectionOfBilaga1IsThereInOrder() throws {
        let document = try DocumentRenderer().document(
            DocumentPlan.make(.samverkansavtal, from: .centre(try centre("jamtlands-lan/ostersund-lugnvik.yaml"))))
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(_, let inlines) = block { return inlines.plainText }
            return nil
        }
        let expected = [
            "Inledning", "Parter", "Syfte", "Verksamhetens mål och inriktning", "Upptagningsområde",
            "Ansvarsfördelning", "Ledningsorganisation", "Styrgrupp", "Ledningsgrupp", "Samordnare",
            "Utvecklingsfrågor och verksamhetsuppföljning", "Budget", "Lokaler",
            "Ansvar vid överföring av information", "Informationsskyldighet", "Avtalstid",
            "Förhandling", "Tvist", "Underskrifter",
        ]
        var position = 0
        for wanted in expected {
            guard let found = headings[position...].firstIndex(where: { $0.hasPrefix(wanted) }) else {
                Issue.record("heading '\(wanted)' missing or out of order in \(headings)")
                return
            }
            position = found + 1
        }
        let signatures = document.blocks.filter { if case .signature = $0 { return true } else { return false } }
        #expect(signatures.count == 3)
        // The signatures follow the text on its last page (no forced break, no near-empty page).
        #expect(!document.blocks.contains(.pageBreak))
    }

    @Test func aTemplateFolderOverridesFileByFile() throws {
        let folder = TestPaths.temporaryFolder()
        try "# Eget avtal för {{centre.name}}\n\nVår egen text.\n".write(
            to: folder.appendingPathComponent("samverkansavtal.md"), atomically: true, encoding: .utf8)
        let renderer = DocumentRenderer(templates: TemplateSet(overrideDirectory: folder.path))
        let document = try renderer.document(DocumentPlan.make(.samverkansavtal, from: .centre(try centre())))
        #expect(document.blocks.first == .heading(level: 1, [.text("Eget avtal för Vindelns familjecentral")]))
    }

    @Test func aTemplateSetKeepsWhatItParsedAndANewSetSeesAChange() throws {
        let folder = TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("samverkansavtal.md")
        try "# Första\n".write(to: path, atomically: true, encoding: .utf8)
        let set = TemplateSet(overrideDirectory: folder.path)
        #expect(try set.template(named: "samverkansavtal").render([:]) == "# Första\n")
        try "# Andra\n".write(to: path, atomically: true, encoding: .utf8)
        #expect(try set.template(named: "samverkansavtal").render([:]) == "# Första\n")
        #expect(
            try TemplateSet(overrideDirectory: folder.path).template(named: "samverkansavtal").render([:])
                == "# Andra\n")
    }

    @Test func templateSyntaxErrorsNameFileAndLine() throws {
        let folder = TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("samverkansavtal.md")
        try "# Rubrik\n\n{{#parties}}\n- {{organisation}}\n".write(to: path, atomically: true, encoding: .utf8)
        #expect {
            try TemplateSet(overrideDirectory: folder.path).template(named: "samverkansavtal")
        } throws: { error in
            guard case TemplateSet.LoadError.syntax(let diagnostic) = error else { return false }
            return diagnostic.location.file.hasSuffix("samverkansavtal.md") && diagnostic.location.line == 3
                && diagnostic.location.column == 1
                && diagnostic.message.en.contains("never closed")
        }
    }

    @Test func aTemplateLinkedFromOutsideTheFolderIsRefused() throws {
        let folder = TestPaths.temporaryFolder()
        let outside = TestPaths.temporaryFolder().appendingPathComponent("secret.md")
        try "# Hemligt\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("samverkansavtal.md"),
            withDestinationURL: outside)
        #expect(throws: TemplateSet.LoadError.self) {
            try TemplateSet(overrideDirectory: folder.path).template(named: "samverkansavtal")
        }
    }

    @Test func templatesAreCutOnlyBetweenSectionsAndRenderTheSameText() throws {
        #expect(TemplateSet.builtIn.count >= 8)
        for (name, text) in TemplateSet.builtIn {
            let pieces = DocumentTemplate.cuts(of: text, length: 200)
            #expect(pieces.map(\.text).joined() == text, "\(name)")
            #expect(pieces.contains { !$0.hasTags }, "\(name): fixed text is kept as it is")
            var linesBefore = 0
            for piece in pieces {
                #expect(piece.text.hasSuffix("\n") || piece.text.endIndex == text.endIndex)
                let opened =
                    piece.text.components(separatedBy: "{{#").count + piece.text.components(separatedBy: "{{^").count
                #expect(
                    opened - 2 == piece.text.components(separatedBy: "{{/").count - 1,
                    "\(name): a section crosses a cut")
                #expect(piece.firstLine == linesBefore + 1)
                #expect(piece.hasTags || !piece.text.contains("{{"))
                linesBefore += piece.text.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            }
        }
        let template = """
            # {{title}}
            {{#items}}
            - {{name}}
            {{/items}}

            Slut: {{title}}

            """
        let context: [String: Any] = ["title": "A & B", "items": [["name": "ett"], ["name": "två"]]]
        _ = MarkdownContentType.registered
        let pragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}\n"
        let whole = try MustacheTemplate(string: pragma + template).render(context)
        let cuts = DocumentTemplate.cuts(of: template, length: 1)
        let cut = DocumentTemplate(
            pieces: try cuts.map {
                $0.hasTags ? .template(try MustacheTemplate(string: pragma + $0.text)) : .text(String($0.text))
            })
        #expect(cuts.map(\.hasTags) == [true, true, false, true])
        #expect(cut.render(context) == whole)
        #expect(DocumentTemplate.cuts(of: "{{=<% %>=}}\na\nb\n", length: 1).count == 1)
        #expect(DocumentTemplate.cuts(of: "a\n{{#open}}\nb\n", length: 1).map(\.hasTags) == [false, true])
        #expect(DocumentTemplate.cuts(of: "a\n{{! en\nkommentar }}\nb\n", length: 1).map(\.firstLine) == [1, 2, 4])
    }

    /// Fixed text lifted out of the parser's way (`FixedTexts`) renders as written: long runs in
    /// and out of sections, around standalone tags, inverted sections, lists of texts, braces
    /// (left in place), indentation and Windows line ends.
    @Test func fixedTextLiftedOutOfTheParserRendersAsWritten() throws {
        let template = """
            # {{title}} and a heading long enough to be lifted
            {{#items}}
              - {{name}}: a long line of fixed text inside a section, with å, ä and ö
                indented text inside the section that is long enough to lift
              {{#flag}}
                text under a standalone tag that is long enough to lift
              {{/flag}}
            {{/items}}
            {{^items}}
            Nothing here, and this line is long enough to be lifted out
            {{/items}}
            A line with {braces} that is long enough but stays where it is {{title}}
            {{#texts}}
            {{.}} and then fixed text that is long enough to lift
            {{/texts}}
            Windows line end with text that is long enough to be lifted\r
            Slut: {{title}}

            """
        _ = MarkdownContentType.registered
        let pragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}\n"
        var fixed = FixedTexts()
        let lifted = fixed.lift(template[...])
        #expect(fixed.texts.count >= 6)
        #expect(!lifted.contains("long enough to lift"))
        let items: [[String: Any]] = [["name": "ett", "flag": true], ["name": "två <b>", "flag": false]]
        for values in [
            ["title": "A & B", "items": items, "texts": ["x", "y"]], ["title": "*C*", "items": [[String: Any]]()],
        ] as [[String: Any]] {
            let whole = try MustacheTemplate(string: pragma + template).render(values)
            let rendered = try MustacheTemplate(string: pragma + lifted).render(
                FixedTexts.Context(values: values, texts: fixed.texts))
            #expect(rendered == whole)
        }
    }

    /// Every built-in template, its fixed text lifted out, renders every fixture's documents as
    /// swift-mustache renders the template parsed whole.
    @Test(arguments: TemplateContractTests.fixtures)
    func theBuiltInTemplatesRenderAsParsedWhole(fixture: String) throws {
        _ = MarkdownContentType.registered
        let pragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}\n"
        let check = ConfigCheck.run(path: TestPaths.fixture(fixture))
        let config = try #require(check.config, "\(check.diagnostics)")
        for kind in DocumentKind.all(for: config) {
            let values = try DocumentPlan.make(kind, from: config, report: check.reportData).context.rendered
            let template = try TemplateSet().template(named: kind.templateName)
            #expect(!template.fixedTexts.isEmpty)
            let source = try #require(TemplateSet.builtIn[kind.templateName])
            #expect(template.render(values) == (try MustacheTemplate(string: pragma + source).render(values)))
        }
    }

    @Test func aSyntaxErrorInALaterPieceKeepsItsLineNumber() throws {
        let folder = TestPaths.temporaryFolder()
        let lines = (1...200).map { "Rad \($0) med {{centre.name}}." } + ["{{#parties}}", "- {{organisation}}"]
        try (lines.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("samverkansavtal.md"),
            atomically: true, encoding: .utf8)
        #expect {
            try TemplateSet(overrideDirectory: folder.path).template(named: "samverkansavtal")
        } throws: { error in
            guard case TemplateSet.LoadError.syntax(let diagnostic) = error else { return false }
            return diagnostic.location.line >= 201 && diagnostic.location.line <= 203
        }
    }

    @Test func valuesAreEscapedWhenInserted() throws {
        let escaped = MarkdownContentType().escapeText("*Barn & Familj* <b>")
        let document = MarkdownReader.read("Text: \(escaped)\n", metadata: DocumentMetadata(title: "t"))
        #expect(document.blocks == [.paragraph([.text("Text: *Barn & Familj* <b>")])])
    }
}

@Suite("Templates: signed copies")
struct CopiesTests {
    func vindeln() throws -> CentreFile {
        let yaml = try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
        return try #require(ConfigLoader.load(text: yaml, path: "vindeln.yaml").centre)
    }

    func copies(_ kind: DocumentKind, _ file: CentreFile, requested: Int? = nil) throws -> (Int, String) {
        let plan = try DocumentPlan.make(kind, from: .centre(file), copies: requested)
        let text = try DocumentRenderer().document(plan).plainText
        let sentence = try #require(text.components(separatedBy: "\n").first { $0.contains("likalydande exemplar") })
        return (plan.copies, sentence)
    }

    @Test func copiesDefaultToOneForEachWhoSigns() throws {
        var file = try vindeln()
        #expect(try copies(.samverkansavtal, file).0 == 3)
        // The samordnaravtal is signed by the coordinators too.
        #expect(try copies(.samordnaravtal, file).0 == 3 + file.coordinator.persons.count)
        // A second signatory for a party that already signs adds no copy.
        file.signatories.append(file.signatories[0])
        #expect(try copies(.samverkansavtal, file).0 == 3)
        file.agreement.copies = Located(5, at: SourceLocation.wholeFile("vindeln.yaml"))
        #expect(try copies(.samverkansavtal, file).0 == 5)
        #expect(try copies(.samordnaravtal, file).0 == 5)
    }

    /// The sentence and the files come from one number, whatever sets it.
    @Test func theSentenceSaysTheNumberOfCopiesRendered() throws {
        var file = try vindeln()
        file.agreement.copies = Located(2, at: SourceLocation.wholeFile("vindeln.yaml"))
        for kind in [DocumentKind.samverkansavtal, .samordnaravtal] {
            for requested in [nil, 1, 2, 5, 12, 20] {
                let (count, sentence) = try copies(kind, file, requested: requested)
                #expect(count == requested ?? 2)
                #expect(
                    sentence.contains("upprättats i \(AgreementContext.copiesText(count)) likalydande exemplar"),
                    "\(kind) \(count): \(sentence)")
            }
        }
        #expect(AgreementContext.copiesText(1) == "ett")
        #expect(AgreementContext.copiesText(5) == "fem")
        #expect(AgreementContext.copiesText(20) == "tjugo")
    }

    @Test func fewerCopiesThanSignersIsAWarning() throws {
        let file = try vindeln()
        let plan = try DocumentPlan.make(.samverkansavtal, from: .centre(file), copies: 2)
        #expect(plan.warnings.count == 1)
        #expect(plan.warnings.first?.severity == .warning)
        #expect(plan.warnings.first?.message.en.contains("--copies 2") == true)
        #expect(try DocumentPlan.make(.samverkansavtal, from: .centre(file), copies: 3).warnings.isEmpty)
        #expect(try DocumentPlan.make(.samordnaravtal, from: .centre(file), copies: 3).warnings.count == 1)
    }
}
