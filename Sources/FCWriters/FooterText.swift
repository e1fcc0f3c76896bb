import FCDocument

/// The words every writer prints at the foot of a document: which copy, and its fingerprint.
/// Page numbers are added by writers that have pages.
enum FooterText {
    static func line(for metadata: DocumentMetadata) -> String? {
        let parts = segments(for: metadata, width: width(metadata.style))
        return parts.isEmpty ? nil : parts.joined(separator: separator)
    }

    /// The footer's font size in points.
    static let size = 8.5

    static let separator = " · "

    /// "Sida 999 av 999", as wide as the page numbers can be.
    static let widestPages = "Sida\u{00A0}999\u{00A0}av\u{00A0}999"

    /// The footer of a paged writer as lines that each fit the text width, so that none wraps:
    /// the copy label (shortened to fit), the kontrollsumma and the page numbers, each whole,
    /// as many on a line as fit. `leading` are the full lines; the page numbers follow `last`
    /// (after a separator when `last` is not empty).
    static func lines(for metadata: DocumentMetadata) -> (leading: [String], last: String) {
        var lines: [String] = []
        var current = ""
        let width = width(metadata.style)
        for segment in segments(for: metadata, width: width) + [widestPages] {
            if current.isEmpty {
                current = segment
            } else if metrics.width(of: Substring(current + separator + segment)) <= width {
                current += separator + segment
            } else {
                lines.append(current)
                current = segment
            }
        }
        // `current` ends with the page numbers, which the writer adds as fields.
        let last = String(current.dropLast(widestPages.count))
        return (lines, last.hasSuffix(separator) ? String(last.dropLast(separator.count)) : last)
    }

    private static func segments(for metadata: DocumentMetadata, width: Double) -> [String] {
        [
            metadata.copyLabel.map { PageText.fitted($0, metrics: metrics, width: width) },
            metadata.fingerprint.map { "Kontrollsumma \($0)" },
        ].compactMap { $0 }
    }

    private static let metrics = FontMetrics(size: size)

    /// The text width less a margin, so that the word processor's own measuring never wraps.
    private static func width(_ style: PageStyle) -> Double {
        PageGeometry.textWidth(style) - 0.5
    }
}

/// Text of the page header and footer, which must stay on one line.
enum PageText {
    /// `text` as it is when it fits `width` centimetres, else shortened at a word with "…".
    static func fitted(_ text: String, metrics: FontMetrics, width: Double, bold: Bool = false) -> String {
        guard metrics.width(of: Substring(text), bold: bold) > width else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        while words.count > 1 {
            words.removeLast()
            var kept = words.joined(separator: " ")
            while let end = kept.last, " ,–(-".contains(end) { kept.removeLast() }
            let candidate = kept + "…"
            if metrics.width(of: Substring(candidate), bold: bold) <= width { return candidate }
        }
        var characters = Substring(text)
        while !characters.isEmpty && metrics.width(of: characters + "…", bold: bold) > width {
            characters.removeLast()
        }
        return characters + "…"
    }

    /// The copy label as the page header prints it (bold, body size), fitted to one line of the
    /// text width less a margin, so that the word processor's own measuring never wraps it.
    static func headerLabel(_ label: String, style: PageStyle) -> String {
        fitted(label, metrics: FontMetrics(size: 11.5), width: PageGeometry.textWidth(style) - 0.5, bold: true)
    }
}
