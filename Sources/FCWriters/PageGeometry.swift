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

    /// ODT counts the footer inside the page area: 1.5 cm of margin below it, the footer's
    /// 0.8 cm and 0.4 cm of space above it.
    static let odtMarginBottom = 1.5
    /// DOCX places the header and footer 1 cm from the page's edge, inside a 2 cm margin.
    static let docxMarginBottom = 2.0
    static let docxHeaderFooterDistance = 1.0

    /// A length as ODF writes it in the page layout: "21cm", "29.7cm".
    static func odf(_ centimetres: Double) -> String {
        String(format: "%gcm", centimetres)
    }

    /// A length in twentieths of a point, as DOCX writes it.
    static func twips(_ centimetres: Double) -> Int {
        Int((centimetres / 2.54 * 1440).rounded())
    }
}
