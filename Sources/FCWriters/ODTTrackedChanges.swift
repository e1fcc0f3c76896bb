import FCDocument
import FCXML
import Foundation

/// The tracked changes of an ODT (ODF 1.3 part 3, §5.5): each insertion or deletion is a
/// `text:changed-region` in `text:tracked-changes` at the start of the body, with its author
/// and date (`office:change-info`). In the text an insertion lies between `text:change-start`
/// and `text:change-end`; a deletion is a `text:change` where the text was, and the deleted
/// text is kept in its region, as LibreOffice writes them. Paragraphs inserted or deleted as a
/// whole are tracked with a paragraph break (`ODTParagraphChanges`): the body is written twice,
/// first to learn its paragraphs (`recording`), then with the plan made of them.
final class ODTTrackedChanges {
    struct Region {
        var id: String
        var change: Change
        /// The deleted paragraphs' markup; empty for an insertion.
        var deleted: Data
    }

    let revision: Revision?
    /// The change the text written now belongs to, if any.
    var current: Change?
    /// The change of the block written now as a whole (a paragraph, heading or list item).
    var wholeChange: Change?
    /// The styles of the lists being written, outermost first.
    var lists: [String] = []
    /// The style of the paragraph being written, which a deleted piece of it keeps.
    var paragraphStyle = "Text_20_body"
    private(set) var regions: [Region] = []

    /// The first pass: the paragraphs met, for the plan.
    private(set) var recorded: [ODTParagraphChanges.Paragraph] = []
    private var stretch = 0
    /// The second pass: where whole paragraphs are tracked, and their regions' markup so far.
    private let plan: ODTParagraphChanges?
    private var runMarkup: [Data]
    /// The number of paragraphs opened so far, and the one open now.
    private(set) var paragraphCount = 0
    private var open: [Int] = []

    /// The tracked changes of one pass: `paragraphs` are the first pass's paragraphs, `nil` for
    /// the first pass itself.
    init(revision: Revision?, paragraphs: [ODTParagraphChanges.Paragraph]? = nil) {
        self.revision = revision
        plan = paragraphs.map(ODTParagraphChanges.init)
        runMarkup = Array(repeating: Data(), count: plan?.runs.count ?? 0)
    }

    var recording: Bool { plan == nil }

    /// Whether the paragraph opened next is part of a run tracked as whole paragraphs.
    var nextParagraphIsWhole: Bool {
        plan?.run(of: paragraphCount) != nil
    }

    /// How many tables inserted or deleted whole are being written.
    var wholeTables = 0

    /// Whether the text written now is inside a whole paragraph's or table's change, so it
    /// needs no marks of its own.
    private var inWholeParagraph: Bool {
        guard wholeTables == 0 else { return true }
        guard let plan, let index = open.last else { return false }
        return plan.run(of: index) != nil
    }

    /// A new region for a table inserted or deleted whole (its markup when deleted); its id.
    func wholeTable(_ change: Change, deleted: Data = Data()) -> String {
        let id = "ct\(regions.count + 1)"
        regions.append(Region(id: id, change: change, deleted: deleted))
        return id
    }

    /// A table starts or ends: changes never reach across it.
    func breakStretch() {
        stretch += 1
    }

    /// After the start tag of a paragraph (`element`, `style`): records it, or writes the marks at its start.
    func paragraphStarted(_ writer: XMLWriter, element: String, style: String, outlineLevel: String? = nil) {
        let index = paragraphCount
        paragraphCount += 1
        open.append(index)
        guard let plan else {
            return recorded.append(
                .init(
                    stretch: stretch, change: wholeChange, element: element, style: style, outlineLevel: outlineLevel,
                    lists: lists))
        }
        for mark in plan.marks(atStartOf: index) { write(mark, writer) }
    }

    /// Before the end tag of the paragraph open now: the marks at its end.
    func paragraphEnding(_ writer: XMLWriter) {
        guard let index = open.popLast(), let plan else { return }
        for mark in plan.marks(atEndOf: index) { write(mark, writer) }
    }

    /// The markup of deleted whole paragraphs starting with the next paragraph, for its run's region.
    func addDeleted(_ markup: Data, from index: Int) {
        guard let run = plan?.run(of: index) else { return }
        runMarkup[run].append(markup)
    }

    private func write(_ mark: ODTParagraphChanges.Mark, _ writer: XMLWriter) {
        switch mark {
        case .insertionStart(let id): writer.element("text:change-start", ["text:change-id": id])
        case .insertionEnd(let id): writer.element("text:change-end", ["text:change-id": id])
        case .deletion(let id): writer.element("text:change", ["text:change-id": id])
        }
    }

    /// Writes `write`'s text marked as `current`: between a start and an end mark, or (deleted)
    /// into its region, leaving a mark in the text.
    func mark(_ writer: XMLWriter, _ write: (XMLWriter) -> Void) {
        guard let change = current, !inWholeParagraph else { return write(writer) }
        let id = "ct\(regions.count + 1)"
        switch change {
        case .inserted:
            regions.append(Region(id: id, change: change, deleted: Data()))
            writer.element("text:change-start", ["text:change-id": id])
            write(writer)
            writer.element("text:change-end", ["text:change-id": id])
        case .deleted:
            let deleted = XMLWriter(declaration: false)
            deleted.start("text:p", ["text:style-name": paragraphStyle])
            write(deleted)
            deleted.end()
            regions.append(Region(id: id, change: change, deleted: deleted.finish()))
            writer.element("text:change", ["text:change-id": id])
        }
    }

    /// Whether the document has any tracked change.
    var isEmpty: Bool {
        regions.isEmpty && (plan?.runs.isEmpty ?? true)
    }

    /// `text:tracked-changes` with every region; nothing when there are none. Recording of
    /// further changes is off: the document shows changes made elsewhere.
    func write(_ writer: XMLWriter) {
        guard !isEmpty else { return }
        writer.start("text:tracked-changes", ["text:track-changes": "false"])
        for (index, run) in (plan?.runs ?? []).enumerated() {
            let markup = XMLWriter(declaration: false)
            if run.afterMark { markup.element("text:p", ["text:style-name": "Text_20_body"]) }
            markup.raw(runMarkup[index])
            // The paragraph the deleted ones merge into, in its lists, as LibreOffice keeps it.
            if let before = run.before {
                Self.startLists(before.lists, markup)
                markup.start(before.element, ["text:style-name": before.style])
                if let level = before.outlineLevel { markup.attribute("text:outline-level", level) }
                markup.end()
                for _ in 0..<(2 * before.lists.count) { markup.end() }
            }
            region(writer, id: run.id, change: run.change, deleted: markup.finish())
        }
        for region in regions { self.region(writer, id: region.id, change: region.change, deleted: region.deleted) }
        writer.end()
    }

    /// Opens `text:list` and `text:list-item` for each of `lists`.
    static func startLists(_ lists: [String], _ writer: XMLWriter) {
        for style in lists {
            writer.start("text:list", ["text:style-name": style])
            writer.start("text:list-item")
        }
    }

    private func region(_ writer: XMLWriter, id: String, change: Change, deleted: Data) {
        writer.start("text:changed-region", ["xml:id": id, "text:id": id])
        writer.start(change == .inserted ? "text:insertion" : "text:deletion")
        writer.start("office:change-info")
        writer.element("dc:creator", text: revision?.author ?? "fcdoc")
        writer.element("dc:date", text: revision?.date ?? "1970-01-01T00:00:00")
        writer.end()
        if change == .deleted { writer.raw(deleted) }
        writer.end()
        writer.end()
    }
}
