import FCDocument
import Foundation

/// The page of the signable formats, in centimetres, defined once: the ODT's page layout, the
/// DOCX's section and the width tables are laid out to all read it. Size and margins are the
/// document's `PageStyle`'s (a reference document's or graphic profile's, else A4 with fcdoc's
/// 2 / 2 / 2.5 / 2 cm).
enum PageGeometry {
    /// The text width between the side margins, which tables fill.
    static func textWidth(_ style: PageStyle) -> Double {
        style.pageWidth - style.marginLeft - style.marginRight
    }

    /// ODF's `style:print-orientation` of the page.
    static func orientation(_ style: PageStyle) -> String {
        style.pageWidth > style.pageHeight ? "landscape" : "portrait"
    }

    /// ODT counts the header and footer inside the page area, and LibreOffice counts the space
    /// between them and the text in their height. The header (when there is one) stands under the
    /// page's top margin, as tall as `headerHeight(_:)`; the footer 1.1 cm over a bottom margin
    /// half a centimetre less than the page's, 0.4 cm of each the space to the text. Both are
    /// fixed, tall enough for what they hold, which never wraps: so the text area is the same on
    /// every page and in every copy.
    static let headerSpacing = 0.4
    static let footerHeight = 1.1
    static let footerSpacing = 0.4

    static func odtMarginBottom(_ style: PageStyle) -> Double {
        max(0.5, style.marginBottom - 0.5)
    }

    /// The header's height with its space to the text, in centimetres: the letterhead (the
    /// taller of the first page's and the others'), the copy label's line, the spacing; 0
    /// without a header. Rounded up to a millimetre.
    static func headerHeight(letterhead: Letterhead?, copyLabel: Bool) -> Double {
        guard copyLabel || letterhead != nil else { return 0 }
        let letterheadHeight =
            letterhead.map {
                max(self.letterheadHeight($0, firstPage: true), self.letterheadHeight($0, firstPage: false))
            }
            ?? 0
        let height = letterheadHeight + (copyLabel ? copyLabelLine : 0) + headerSpacing
        return (height * 10).rounded(.up) / 10
    }

    /// A line of the copy label (11.5 pt, bold) and of the letterhead's text (9 pt), in cm.
    static let copyLabelLine = 0.5
    static let letterheadLine = 9 * 1.17 * 2.54 / 72
    /// The space above the sender and below the letterhead's table.
    static let letterheadSenderSpace = 0.15
    static let letterheadTableSpace = 0.2

    /// The letterhead's height on the first page or the others: the logos and the sender beside
    /// the marks, or the marks alone.
    static func letterheadHeight(_ letterhead: Letterhead, firstPage: Bool) -> Double {
        let logos = firstPage ? letterhead.firstPageLogos : letterhead.logos
        let sender = firstPage ? letterhead.sender : []
        let marks = Double(letterhead.marks.count) * letterheadLine
        guard !logos.isEmpty || !sender.isEmpty else { return marks }
        let logoHeight = logos.map(\.heightCentimetres).max() ?? 0
        let senderHeight = sender.isEmpty ? 0 : letterheadSenderSpace + Double(sender.count) * letterheadLine
        return max(logoHeight + senderHeight, marks) + letterheadTableSpace
    }

    /// DOCX counts the header and footer inside its margins, so its margins are where the ODT's
    /// text area starts and ends, and the header and footer stand where the ODT has them: both
    /// formats, laid out by one word processor, have the same text area and paginate alike.
    static func docxMarginTop(_ metadata: DocumentMetadata, copyLabel: Bool) -> Double {
        metadata.style.marginTop + headerHeight(letterhead: metadata.letterhead, copyLabel: copyLabel)
    }
    static func docxMarginBottom(_ style: PageStyle) -> Double {
        odtMarginBottom(style) + footerHeight
    }

    /// A length as ODF writes it in the page layout: "21cm", "29.7cm".
    static func odf(_ centimetres: Double) -> String {
        String(format: "%gcm", centimetres)
    }

    /// A length in twentieths of a point, as DOCX writes it.
    static func twips(_ centimetres: Double) -> Int {
        Int((centimetres / 2.54 * 1440).rounded())
    }
}
