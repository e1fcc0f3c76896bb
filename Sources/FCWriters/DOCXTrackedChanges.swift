import FCDocument
import FCXML

/// The tracked changes of a DOCX (ECMA-376 part 1, §17.13.5): inserted runs inside `w:ins`,
/// deleted runs inside `w:del` with their text as `w:delText`, a paragraph inserted or deleted
/// as a whole also through its paragraph mark (`w:ins`/`w:del` in the mark's `w:rPr`), and a
/// table row through `w:trPr`. Each carries the author and date of the `Revision`.
final class DOCXTrackedChanges {
    let revision: Revision?
    /// The change the text written now belongs to, if any.
    var current: Change?
    /// The change of the paragraphs written now as whole paragraphs (their marks), if any.
    var paragraphMark: Change?
    private var count = 0

    init(revision: Revision?) {
        self.revision = revision
    }

    /// The element of a change: `w:ins` or `w:del`.
    static func element(_ change: Change) -> String {
        change == .inserted ? "w:ins" : "w:del"
    }

    /// Opens `w:ins` or `w:del` with the next id, author and date; the caller closes it.
    func start(_ writer: XMLWriter, _ change: Change) {
        count += 1
        writer.start(
            Self.element(change),
            [
                "w:id": "\(count)", "w:author": revision?.author ?? "fcdoc",
                "w:date": (revision?.date ?? "1970-01-01T00:00:00") + "Z",
            ])
    }

    /// An empty `w:ins` or `w:del` (a paragraph mark's, a row's).
    func element(_ writer: XMLWriter, _ change: Change) {
        start(writer, change)
        writer.end()
    }
}
