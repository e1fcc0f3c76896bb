import FCDocument
import Foundation

/// The A4 page of the signable formats, in centimetres, defined once: the ODT's page layout,
/// the DOCX's section and the width tables are laid out to all read it. The margins are the
/// document's `PageStyle`'s (a graphic profile's, else fcdoc's 2 / 2 / 2.5 / 2 cm).
enum PageGeometry {
    static let width = 21.0
    static let height = 29.7

    /// The text width between the side margins, which tables fill.
    static func textWidth(_ style: PageStyle) -> Double {
        width - style.marginLeft - style.marginRight
    }

    /// ODT counts the footer inside the page area: the margin below it is half a centimetre
    /// less than the page's bottom margin (the footer's 0.8 cm and 0.4 cm of space above it
    /// then end about where a DOCX's footer does).
    static func odtMarginBottom(_ style: PageStyle) -> Double {
        max(0.5, style.marginBottom - 0.5)
    }

    /// DOCX places the header and footer 1 cm from the page's edge, inside the margins.
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
