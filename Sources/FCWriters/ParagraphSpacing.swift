/// The space around the paged writers' paragraphs, in centimetres, defined once: the ODT's
/// styles and the DOCX's read these, so that both, laid out by one word processor, put every
/// line at the same height and break their pages at the same places. The DOCX writes them in
/// twips (`PageGeometry.twips`), which is also what LibreOffice rounds the ODT's to.
enum ParagraphSpacing {
    /// Below a body paragraph, a list's last item and a quotation.
    static let afterBody = 0.21
    /// Above and below a heading.
    static let beforeHeading = 0.42
    static let afterHeading = 0.21
    /// Below a list item other than the last.
    static let afterListItem = 0.1
    /// Body text's line height, in per cent of single spacing; every other style is single-spaced.
    static let bodyLineHeight = 115

    /// A length as the ODT's styles write it: "0.21cm".
    static func odf(_ centimetres: Double) -> String {
        PageGeometry.odf(centimetres)
    }

    /// The same length in twips, as the DOCX writes it.
    static func twips(_ centimetres: Double) -> String {
        "\(PageGeometry.twips(centimetres))"
    }
}
