/// Where a template opens a section (`{{#name}}` or `{{^name}}`) that it never closes: the
/// Mustache parser notices only at the end of the text, but the mistake is at the opening tag.
enum UnclosedSection {
    /// The last section still open at the end of `text` (its tag as written, `{{#name}}`), with
    /// its 1-based line and column.
    static func find(in text: Substring) -> (name: String, tag: String, line: Int, column: Int)? {
        let scan = MustacheTags(text)
        var open: [MustacheTags.Tag] = []
        for tag in scan.tags {
            switch tag.kind {
            case .section, .inverted: open.append(tag)
            case .close: if let last = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(last...) }
            default: break
            }
        }
        return open.last.map { ($0.name, scan.written($0), $0.line, $0.column) }
    }
}
