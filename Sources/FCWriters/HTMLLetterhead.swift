import FCDocument
import Foundation

/// The letterhead at the top of an HTML page: the first page's logos as pictures carried in the
/// page (`<img src="data:…" alt="…">`: an SVG shown as an image never runs a script or fetches
/// anything), the sender on the left and the marks on the right, wrapping below on a phone.
enum HTMLLetterhead {
    static func render(_ letterhead: Letterhead) -> String {
        var html = "<header class=\"letterhead\">\n<div class=\"letterhead-from\">\n"
        if !letterhead.firstPageLogos.isEmpty {
            html += "<p class=\"letterhead-logos\">"
            html += letterhead.firstPageLogos.map(image).joined(separator: " ")
            html += "</p>\n"
        }
        if !letterhead.sender.isEmpty { html += lines(letterhead.sender, className: "letterhead-sender") }
        html += "</div>\n"
        if !letterhead.marks.isEmpty { html += lines(letterhead.marks, className: "letterhead-marks") }
        return html + "</header>\n"
    }

    /// A picture in the page at its printed size (96 px to the inch).
    static func image(_ picture: Picture) -> String {
        func pixels(_ centimetres: Double) -> Int { Int((centimetres / 2.54 * 96).rounded()) }
        return "<img src=\"data:\(picture.format.mediaType);base64,\(Data(picture.data).base64EncodedString())\" "
            + "alt=\"\(HTMLWriter.escape(picture.alternativeText))\" width=\"\(pixels(picture.widthCentimetres))\" "
            + "height=\"\(pixels(picture.heightCentimetres))\">"
    }

    static func lines(_ lines: [String], className: String) -> String {
        "<p class=\"\(className)\">" + lines.map(HTMLWriter.escape).joined(separator: "<br>\n") + "</p>\n"
    }

    /// Side by side where there is room; pictures never wider than the page.
    static let stylesheet = """
        .letterhead { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5em 2em;
                      font-size: 10pt; margin-bottom: 1.5em; }
        .letterhead p { margin: 0.3em 0; } .letterhead img { max-width: 100%; height: auto; vertical-align: top; }
        .letterhead-marks { text-align: right; }

        """
}
