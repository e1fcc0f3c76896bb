import Foundation

/// The A4 page of the signable formats, in centimetres, defined once: the ODT's page layout,
/// the DOCX's section and the width tables are laid out to all read it.
enum PageGeometry {
    static let width = 21.0
    static let height = 29.7
    static let marginTop = 2.0
    static let marginLeft = 2.5
    static let marginRight = 2.0
    /// The text width between the side margins, which tables fill.
    static let textWidth = width - marginLeft - marginRight

    /// ODT counts the header and footer inside the page area, and LibreOffice counts the space
    /// between them and the text in their height: the header (when there is one) takes 0.9 cm
    /// under the top margin, the footer 1.1 cm over the bottom margin of 1.5 cm, 0.4 cm of each
    /// the space to the text. Both are fixed, tall enough for a line of the header and two of the
    /// footer, which never wrap: so the text area is the same on every page and in every copy.
    static let headerHeight = 0.9
    static let headerSpacing = 0.4
    static let footerHeight = 1.1
    static let footerSpacing = 0.4
    static let odtMarginBottom = 1.5

    /// DOCX counts them inside its margins, so its margins are where the ODT's text area starts
    /// and ends, and the header and footer stand where the ODT has them: both formats, laid out
    /// by one word processor, have the same text area and paginate alike.
    static func docxMarginTop(header: Bool) -> Double {
        marginTop + (header ? headerHeight : 0)
    }
    static let docxMarginBottom = odtMarginBottom + footerHeight
    static let docxHeaderDistance = marginTop
    static let docxFooterDistance = odtMarginBottom

    /// A length as ODF writes it in the page layout: "21cm", "29.7cm".
    static func odf(_ centimetres: Double) -> String {
        String(format: "%gcm", centimetres)
    }

    /// A length in twentieths of a point, as DOCX writes it.
    static func twips(_ centimetres: Double) -> Int {
        Int((centimetres / 2.54 * 1440).rounded())
    }
}
