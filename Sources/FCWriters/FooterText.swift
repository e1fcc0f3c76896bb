import FCDocument

/// The words every writer prints at the foot of a document: which copy, and its fingerprint.
/// Page numbers are added by writers that have pages.
enum FooterText {
    static func line(for metadata: DocumentMetadata) -> String? {
        let parts = [metadata.copyLabel, metadata.fingerprint.map { "Kontrollsumma \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The footer's font size in points.
    static let size = 8.5

    /// Whether "Sida 999 av 999" fits on the footer line after `line` (measured as `TableLayout`
    /// measures table text); else the paged writers put the page numbers on a line of their own.
    static func pagesFit(after line: String, textWidth: Double) -> Bool {
        FontMetrics(size: size).width(of: Substring(line + " · Sida\u{00A0}999\u{00A0}av\u{00A0}999"))
            <= textWidth - 0.5
    }
}
