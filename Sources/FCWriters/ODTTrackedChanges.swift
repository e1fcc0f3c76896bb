import FCDocument
import FCXML
import Foundation

/// The tracked changes of an ODT (ODF 1.3 part 3, §5.5): each insertion or deletion is a
/// `text:changed-region` in `text:tracked-changes` at the start of the body, with its author
/// and date (`office:change-info`). In the text an insertion lies between `text:change-start`
/// and `text:change-end`; a deletion is a `text:change` where the text was, and the deleted
/// text is kept in its region, as LibreOffice writes them.
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
    /// The style of the paragraph being written, which a deleted piece of it keeps.
    var paragraphStyle = "Text_20_body"
    private(set) var regions: [Region] = []

    init(revision: Revision?) {
        self.revision = revision
    }

    /// Writes `write`'s text marked as `current`: between a start and an end mark, or (deleted)
    /// into its region, leaving a mark in the text.
    func mark(_ writer: XMLWriter, _ write: (XMLWriter) -> Void) {
        guard let change = current else { return write(writer) }
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

    /// `text:tracked-changes` with every region; nothing when there are none.
    func write(_ writer: XMLWriter) {
        guard !regions.isEmpty else { return }
        writer.start("text:tracked-changes")
        for region in regions {
            writer.start("text:changed-region", ["xml:id": region.id, "text:id": region.id])
            writer.start(region.change == .inserted ? "text:insertion" : "text:deletion")
            writer.start("office:change-info")
            writer.element("dc:creator", text: revision?.author ?? "fcdoc")
            writer.element("dc:date", text: revision?.date ?? "1970-01-01T00:00:00")
            writer.end()
            if region.change == .deleted { writer.raw(region.deleted) }
            writer.end()
            writer.end()
        }
        writer.end()
    }
}
