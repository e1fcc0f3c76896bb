import Foundation

/// Whether two colours can be told apart, by everyone: with normal colour vision and with the
/// two common red–green deficiencies (protanopia, deuteranopia; about one man in twelve has one
/// of them, usually milder). Each is simulated with Machado, Oliveira and Fernandes' (2009)
/// matrices on linear RGB at full severity, and the colours compared in CIELAB (ΔE*ab, 1976).
public enum ColourVision {
    /// Below this ΔE*ab two colours of a chart's legend are hard to match to its bars; fcdoc's
    /// own purple and orange differ by over 100, a dark green and a dark red for a deuteranope
    /// by about 40 and for a protanope by under 20.
    public static let minimumDifference = 30.0

    /// The smallest difference of `first` and `second` (`#rrggbb`) as seen with normal vision,
    /// protanopia or deuteranopia.
    public static func difference(_ first: String, _ second: String) -> Double {
        [identity, protanopia, deuteranopia].map { vision in
            distance(lab(simulated(first, vision)), lab(simulated(second, vision)))
        }.min() ?? 0
    }

    /// Whether the two can be told apart by a reader with any of the three kinds of vision.
    public static func distinguishable(_ first: String, _ second: String) -> Bool {
        difference(first, second) >= minimumDifference
    }

    private typealias Matrix = [[Double]]
    private static let identity: Matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    private static let protanopia: Matrix = [
        [0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998],
    ]
    private static let deuteranopia: Matrix = [
        [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881],
    ]

    /// The colour's linear RGB as `vision` sees it, each channel within 0…1.
    private static func simulated(_ colour: String, _ vision: Matrix) -> [Double] {
        let linear = ChartPalette.linearChannels(colour)
        return vision.map { row in min(1, max(0, zip(row, linear).map(*).reduce(0, +))) }
    }

    /// CIELAB (D65 white) of linear sRGB.
    private static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    private static func distance(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }
}
