import Foundation

/// The charts' colours. fcdoc's own (`standard`) are an orange–grey–purple diverging scale (after
/// ColorBrewer's PuOr, which is safe for the common colour-vision deficiencies), darkened where
/// needed so that every bar, dot and ring has at least 3:1 contrast against the white page (WCAG
/// 2.1, 1.4.11). Segments that touch are separated by a white gap, so each needs contrast only
/// against white. A graphic profile's chart colours make a palette of the same shape
/// (`init(main:second:headings:)`), every colour again at least 3:1 against white.
public struct ChartPalette: Sendable, Equatable {
    /// From the most negative to the most positive answer: five steps.
    public let diverging: [String]
    public let thisYear: String
    public let lastYear: String
    /// The colour of a chart's group headings ("Mål 1 – …"): the document's headings' colour
    /// when it is dark enough for text of that size, else `text`.
    public let headings: String

    public static let text = "#111111"
    /// Notes and secondary text ("n=43", "för få svar").
    public static let secondaryText = "#555555"
    /// The neutral middle of the diverging scale.
    static let neutral = "#8c8c8c"

    /// fcdoc's own colours, the default look of every chart.
    public static let standard = ChartPalette(
        diverging: ["#a14a00", "#e66101", neutral, "#8e7cc3", "#4b2a84"], thisYear: "#4b2a84", lastYear: "#e66101",
        headings: text)

    private init(diverging: [String], thisYear: String, lastYear: String, headings: String) {
        self.diverging = diverging
        self.thisYear = thisYear
        self.lastYear = lastYear
        self.headings = headings
    }

    /// A profile's palette: `main` (this year's bars and dots, the positive end of the scale),
    /// `second` (last year's, the negative end; fcdoc's orange when `nil`) and the headings'
    /// colour. Each end of the diverging scale is its colour and a shade of it (`shades(of:)`).
    /// Colours must be `#rrggbb` with at least 3:1 against white, as a profile's are checked.
    public init(main: String?, second: String? = nil, headings: String? = nil) {
        let standard = Self.standard
        let positive = main.map(Self.shades) ?? (inner: standard.diverging[3], outer: standard.diverging[4])
        let negative = second.map(Self.shades) ?? (inner: standard.diverging[1], outer: standard.diverging[0])
        self.init(
            diverging: [negative.outer, negative.inner, Self.neutral, positive.inner, positive.outer],
            thisYear: main ?? standard.thisYear, lastYear: second ?? standard.lastYear,
            headings: headings.flatMap { Self.contrast($0, "#ffffff") >= Self.minimumTextContrast ? $0 : nil }
                ?? Self.text)
    }

    /// Chart headings are about 10 pt bold, which WCAG 2.1 (1.4.3) counts as normal text: 4.5:1.
    static let minimumTextContrast = 4.5

    /// Two steps of one colour for an end of the diverging scale: `colour` itself next to the
    /// middle and, at the end, the colour darkened (mixed with black) — darkening only adds
    /// contrast against white, so both keep the 3:1 `colour` has. A colour so dark that its
    /// darker shade would hardly differ takes a lighter shade for the inner step instead,
    /// as light as keeps 3:1, and stands at the end itself.
    static func shades(of colour: String) -> (inner: String, outer: String) {
        let darker = mix(colour, "#000000", 0.4)
        if contrast(colour, darker) >= distinctShades { return (colour, darker) }
        var lighter = colour
        for step in stride(from: 0.05, through: 0.6, by: 0.05) {
            let candidate = mix(colour, "#ffffff", step)
            guard contrast(candidate, "#ffffff") >= 3.2 else { break }
            lighter = candidate
        }
        return (lighter, colour)
    }

    /// Two steps of a scale differ by at least this luminance contrast, or they are hard to tell apart.
    static let distinctShades = 1.6

    /// `first` mixed with `second` by `share` (0: `first`, 1: `second`), channel by channel.
    static func mix(_ first: String, _ second: String, _ share: Double) -> String {
        let (a, b) = (channels(first), channels(second))
        return "#"
            + zip(a, b).map { x, y in
                let value = Int((Double(x) * (1 - share) + Double(y) * share).rounded())
                return String(format: "%02x", min(255, max(0, value)))
            }.joined()
    }

    private static func channels(_ colour: String) -> [Int] {
        let hex = Array(colour.utf8.dropFirst())
        guard hex.count == 6 else { return [0, 0, 0] }
        return [0, 2, 4].map { Int(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16) ?? 0 }
    }

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
        let linear = linearChannels(colour)
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    /// Red, green and blue of `#rrggbb` as linear light, 0…1 (sRGB's curve undone).
    static func linearChannels(_ colour: String) -> [Double] {
        channels(colour).map { Double($0) / 255 }.map { value in
            value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
    }
}
