import Foundation

/// The charts' colours: an orange–grey–purple diverging scale (after ColorBrewer's PuOr, which is
/// safe for the common colour-vision deficiencies), darkened where needed so that every bar, dot
/// and ring has at least 3:1 contrast against the white page (WCAG 2.1, 1.4.11). Segments that
/// touch are separated by a white gap, so each needs contrast only against white.
public enum ChartPalette {
    /// From the most negative to the most positive answer.
    public static let diverging = ["#a14a00", "#e66101", "#8c8c8c", "#8e7cc3", "#4b2a84"]
    public static let thisYear = "#4b2a84"
    public static let lastYear = "#e66101"
    public static let text = "#111111"
    /// Notes and secondary text ("n=43", "för få svar").
    public static let secondaryText = "#555555"

    /// The text colour on `fill` with the higher contrast: white or near-black.
    static func text(on fill: String) -> String {
        contrast(fill, "#ffffff") >= contrast(fill, text) ? "#ffffff" : text
    }

    /// The WCAG 2.1 contrast ratio of two `#rrggbb` colours, 1…21.
    public static func contrast(_ first: String, _ second: String) -> Double {
        let (lighter, darker) = (max(luminance(first), luminance(second)), min(luminance(first), luminance(second)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// Relative luminance (WCAG 2.1) of `#rrggbb`.
    static func luminance(_ colour: String) -> Double {
        let hex = Array(colour.utf8.dropFirst())
        func channel(_ offset: Int) -> Double {
            let value = Double(Int(String(decoding: hex[offset..<offset + 2], as: UTF8.self), radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }
}
