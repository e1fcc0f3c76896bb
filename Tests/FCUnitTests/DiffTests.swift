import FCConfig
import FCDiff
import FCDocument
import FCRender
import FCWriters
import Foundation
import Testing

/// `fcdoc diff`'s comparison of documents: changes at the level people read, and every change
/// accepted giving exactly the new document, every change rejected the old one — on the marked
/// `Document` and in the written ODT and DOCX.
@Suite("Diff: tracked changes between two versions")
struct DiffTests {
    static let revision = Revision(author: "fcdoc", date: "2026-12-03T12:00:00")

    static func diff(_ old: [Block], _ new: [Block]) -> Document? {
        DocumentDiff.compare(
            old: Document(metadata: DocumentMetadata(title: "T"), blocks: old),
            new: Document(metadata: DocumentMetadata(title: "T"), blocks: new), revision: revision)
    }

    /// Every inline change of the blocks, in order.
    static func changes(_ blocks: [Block]) -> [(Change, String)] {
        var collector = ChangeList()
        collector.walk(blocks)
        return collector.changes
    }

    @Test func aChangedAmountIsOneDeletionAndOneInsertion() throws {
        let old: [Block] = [.paragraph([.text("Den årliga kostnaden är 100\u{A0}000\u{A0}kr och delas lika.")])]
        let new: [Block] = [.paragraph([.text("Den årliga kostnaden är 120\u{A0}000\u{A0}kr och delas lika.")])]
        let marked = try #require(Self.diff(old, new))
        #expect(
            marked.blocks == [
                .paragraph([
                    .text("Den årliga kostnaden är "), .changed(.deleted, [.text("100\u{A0}000\u{A0}kr")]),
                    .changed(.inserted, [.text("120\u{A0}000\u{A0}kr")]), .text(" och delas lika."),
                ])
            ])
    }

    @Test func aRewrittenPhraseIsOneChangeNotAPatchwork() throws {
        let old: [Block] = [.paragraph([.text("Samordnaren leder arbetet i gruppen varje vecka.")])]
        let new: [Block] = [.paragraph([.text("Samordnaren stödjer alla möten i gruppen varje vecka.")])]
        let marked = try #require(Self.diff(old, new))
        #expect(
            Self.changes(marked.blocks).map(\.1) == ["leder arbetet", "stödjer alla möten"])
    }

    @Test func formattingIsKeptAroundAChange() throws {
        let old: [Block] = [.paragraph([.strong([.text("Omfattning: 20\u{A0}%")]), .text(" av heltid")])]
        let new: [Block] = [.paragraph([.strong([.text("Omfattning: 25\u{A0}%")]), .text(" av heltid")])]
        let marked = try #require(Self.diff(old, new))
        #expect(
            marked.blocks == [
                .paragraph([
                    .strong([
                        .text("Omfattning: "), .changed(.deleted, [.text("20\u{A0}%")]),
                        .changed(.inserted, [.text("25\u{A0}%")]),
                    ]),
                    .text(" av heltid"),
                ])
            ])
    }

    @Test func wholeParagraphsListItemsAndRowsAreWholeChanges() throws {
        let table = { (rows: [[[Inline]]]) in
            Block.table(Table(alignments: [], header: [[.text("Part")], [.text("Andel")]], rows: rows))
        }
        let old: [Block] = [
            .paragraph([.text("Första stycket står kvar.")]),
            .paragraph([.text("Detta stycke tas bort helt och hållet.")]),
            .list(ordered: false, items: [[.paragraph([.text("Uppgift ett")])], [.paragraph([.text("Uppgift två")])]]),
            table([[[.text("Region")], [.text("50\u{A0}%")]], [[.text("Kommun")], [.text("50\u{A0}%")]]]),
        ]
        let new: [Block] = [
            .paragraph([.text("Första stycket står kvar.")]),
            .list(
                ordered: false,
                items: [
                    [.paragraph([.text("Uppgift ett")])], [.paragraph([.text("Uppgift två")])],
                    [.paragraph([.text("Helt ny uppgift")])],
                ]),
            table([
                [[.text("Region")], [.text("40\u{A0}%")]], [[.text("Kommun")], [.text("40\u{A0}%")]],
                [[.text("Skola")], [.text("20\u{A0}%")]],
            ]),
            .paragraph([.text("Ett nytt stycke på slutet.")]),
        ]
        let marked = try #require(Self.diff(old, new))
        #expect(marked.blocks[0] == old[0])
        #expect(
            marked.blocks[1]
                == .changed(
                    .deleted, .paragraph([.changed(.deleted, [.text("Detta stycke tas bort helt och hållet.")])])))
        guard case .list(_, let items) = marked.blocks[2], case .table(let markedTable) = marked.blocks[3] else {
            Issue.record("expected a list and a table: \(marked.blocks)")
            return
        }
        #expect(items.count == 3)
        #expect(items[2] == [.changed(.inserted, .paragraph([.changed(.inserted, [.text("Helt ny uppgift")])]))])
        #expect(markedTable.rowChanges == [nil, nil, .inserted])
        #expect(
            markedTable.rows[0][1] == [
                .changed(.deleted, [.text("50\u{A0}%")]), .changed(.inserted, [.text("40\u{A0}%")]),
            ])
        #expect(
            marked.blocks[4]
                == .changed(.inserted, .paragraph([.changed(.inserted, [.text("Ett nytt stycke på slutet.")])])))
        Self.expectResolves(marked, old: old, new: new)
    }

    /// A signatory replaced: the same signature block, its changed lines marked in place, so the
    /// signatures keep their places two to a row when the changes are accepted or rejected.
    @Test func aChangedSignatoryIsOneSignatureWithItsLinesChanged() throws {
        let signature = { (name: String) in
            SignatureBlock(lines: [
                .init(label: "För", value: "Vindelns kommun"), .init(label: "Namnförtydligande", value: name),
            ])
        }
        let old: [Block] = [.heading(level: 1, [.text("Avtal")]), .signature(signature("Jim Lindberg"))]
        let new: [Block] = [.heading(level: 1, [.text("Avtal")]), .signature(signature("Maria Öberg"))]
        let marked = try #require(Self.diff(old, new))
        guard case .signature(let changed) = marked.blocks[1] else {
            Issue.record("not one signature: \(marked.blocks)")
            return
        }
        #expect(changed.change == nil)
        #expect(changed.lines.map(\.previousValue) == [nil, "Jim Lindberg"])
        #expect(
            changed.lines[1].valueInlines(leading: " ", blank: "_")
                == [
                    .text(" "), .changed(.deleted, [.text("Jim Lindberg")]),
                    .changed(.inserted, [.text("Maria Öberg")]),
                ])
        Self.expectResolves(marked, old: old, new: new)
        #expect(
            DocumentDiff.changedParagraphs(marked).map(\.new) == [
                "För: Vindelns kommun, Namnförtydligande: Maria Öberg"
            ])
    }

    @Test func anUnchangedDocumentHasNoDiff() {
        let blocks: [Block] = [.heading(level: 1, [.text("Avtal")]), .paragraph([.text("A"), .text(" b")])]
        #expect(Self.diff(blocks, [.heading(level: 1, [.text("Avtal")]), .paragraph([.text("A b")])]) == nil)
    }

    static func expectResolves(
        _ marked: Document, old: [Block], new: [Block], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            Revisions.resolve(marked, keep: .inserted).blocks == Revisions.normalized(new),
            "accepting every change", sourceLocation: sourceLocation)
        #expect(
            Revisions.resolve(marked, keep: .deleted).blocks == Revisions.normalized(old),
            "rejecting every change", sourceLocation: sourceLocation)
    }

    // MARK: The property, over random edits of Vindeln's agreements

    static func vindeln(_ kind: DocumentKind) throws -> Document {
        let pipeline = Pipeline()
        let checked = pipeline.check(path: TestPaths.fixture("vindeln.yaml"))
        let plans = try pipeline.plans(checked, documents: [kind])
        return try pipeline.document(plans[0], file: checked.path)
    }

    @Test(arguments: [DocumentKind.samverkansavtal, .samordnaravtal])
    func acceptingGivesTheNewAndRejectingTheOldOverRandomEdits(kind: DocumentKind) throws {
        let original = try Self.vindeln(kind)
        var generator = SeededGenerator(seed: kind == .samverkansavtal ? 22 : 2026)
        for round in 0..<150 {
            var edited = original
            var editor = RandomEditor(generator: generator)
            for _ in 0..<Int.random(in: 1...4, using: &generator) { editor.edit(&edited.blocks) }
            generator = editor.generator
            // Sometimes the edits go the other way: the edited version is the old one.
            let (old, new) = round % 3 == 0 ? (edited, original) : (original, edited)
            guard let marked = DocumentDiff.compare(old: old, new: new, revision: Self.revision) else {
                #expect(Revisions.normalized(old.blocks) == Revisions.normalized(new.blocks), "round \(round)")
                continue
            }
            Self.expectResolves(marked, old: old.blocks, new: new.blocks)
            // The written files, in fewer rounds: writing is slower than comparing.
            guard round % 10 == 0 else { continue }
            let odt = try ODTWriter.write(marked, copyLabels: [nil])[0]
            let docx = try DOCXWriter.write(marked, copyLabels: [nil])[0]
            let newWords = Fingerprint.words(new.plainText)
            let oldWords = Fingerprint.words(old.plainText)
            #expect(try TrackedXMLText.odt(odt, keep: .inserted) == newWords, "ODT accepted, round \(round)")
            let rejected = try TrackedXMLText.odt(odt, keep: .deleted)
            #expect(
                rejected == oldWords,
                "ODT rejected, round \(round): \(WordDebug.debug(rejected, oldWords))")
            #expect(try TrackedXMLText.docx(docx, keep: .inserted) == newWords, "DOCX accepted, round \(round)")
            #expect(try TrackedXMLText.docx(docx, keep: .deleted) == oldWords, "DOCX rejected, round \(round)")
        }
    }
}

/// The inline changes of a document, with their text.
private struct ChangeList: DocumentVisitor {
    var changes: [(Change, String)] = []

    mutating func visit(_ inline: Inline) -> VisitNext {
        if case .changed(let change, let children) = inline {
            changes.append((change, children.plainText))
            return .skipChildren
        }
        return .descend
    }
}

/// Random edits a person makes to an agreement: a word or an amount changed, a paragraph added
/// or removed, a list item or a table row added or removed, a cell changed.
struct RandomEditor {
    var generator: SeededGenerator
    static let words = [
        "samverkan", "120\u{A0}000\u{A0}kr", "25\u{A0}%", "föräldrar", "ny", "Vindeln", "2027-01-01", "och",
    ]

    mutating func word() -> String {
        Self.words.randomElement(using: &generator) ?? "ord"
    }

    mutating func edit(_ blocks: inout [Block]) {
        guard !blocks.isEmpty else { return blocks.append(.paragraph([.text(word())])) }
        let index = Int.random(in: 0..<blocks.count, using: &generator)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: blocks.remove(at: index)
        case 1: blocks.insert(.paragraph([.text("Nytt stycke om \(word()) och \(word()).")]), at: index)
        default:
            var block = blocks[index]
            if edit(&block) { blocks[index] = block } else { blocks.insert(.paragraph([.text(word())]), at: index) }
        }
    }

    /// Changes the block inside; false when it has nothing to change.
    mutating func edit(_ block: inout Block) -> Bool {
        switch block {
        case .heading(let level, let inlines):
            block = .heading(level: level, edit(inlines))
        case .paragraph(let inlines):
            block = .paragraph(edit(inlines))
        case .list(let ordered, var items):
            guard !items.isEmpty else { return false }
            let index = Int.random(in: 0..<items.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: items.remove(at: index)
            case 1: items.insert([.paragraph([.text("Ny punkt: \(word())")])], at: index)
            default: editItem(&items[index])
            }
            block = .list(ordered: ordered, items: items)
        case .table(var table):
            guard !table.rows.isEmpty else { return false }
            let index = Int.random(in: 0..<table.rows.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: table.rows.remove(at: index)
            case 1: table.rows.insert(table.rows[index].map { _ in [.text(word())] }, at: index)
            default:
                guard !table.rows[index].isEmpty else { return false }
                let cell = Int.random(in: 0..<table.rows[index].count, using: &generator)
                table.rows[index][cell] = edit(table.rows[index][cell])
            }
            block = .table(table)
        case .signature(var signature):
            guard !signature.lines.isEmpty else { return false }
            signature.lines[0].value = word()
            block = .signature(signature)
        default:
            return false
        }
        return true
    }

    mutating func editItem(_ blocks: inout [Block]) {
        guard !blocks.isEmpty else { return }
        let index = Int.random(in: 0..<blocks.count, using: &generator)
        var block = blocks[index]
        if edit(&block) { blocks[index] = block }
    }

    /// A word replaced, inserted or removed in the text.
    mutating func edit(_ inlines: [Inline]) -> [Inline] {
        var words = inlines.plainText.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let index = Int.random(in: 0..<max(words.count, 1), using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0 where words.count > 1: words.remove(at: index)
        case 1: words.insert(word(), at: min(index, words.count))
        default:
            if words.isEmpty { words = [word()] } else { words[index] = word() }
        }
        // Formatting is kept where the edit leaves it: an edited run becomes plain text only
        // when it was plain text.
        let text = words.joined(separator: " ")
        if case .strong = inlines.first, inlines.count == 1 { return [.strong([.text(text)])] }
        return [.text(text)]
    }
}

enum WordDebug {
    /// The first place two word lists part, with a few words of each around it.
    static func debug(_ actual: [String], _ expected: [String]) -> String {
        let index = Array(zip(actual, expected)).firstIndex { $0 != $1 } ?? min(actual.count, expected.count)
        return "at word \(index): got \(actual[max(0, index - 5)..<min(actual.count, index + 8)]) "
            + "expected \(expected[max(0, index - 5)..<min(expected.count, index + 8)])"
    }
}
