import CSVGRaster
import Foundation

/// Draws an SVG as PNG with librsvg (Debian `librsvg2-2`), for formats that need a raster
/// picture beside the SVG (DOCX). librsvg draws exactly what the SVG says, text included, which
/// a raster path of fcdoc's own could only do with a font rasteriser of its own. It is loaded
/// on first use, not linked, because loading it costs about 45 ms that every run of fcdoc would
/// otherwise pay. The same SVG and fonts give the same PNG bytes: cairo writes no time stamp.
enum SVGRasterizer {
    enum Failure: Error, CustomStringConvertible {
        case libraryMissing
        case render(String)

        var description: String {
            switch self {
            case .libraryMissing:
                return "drawing a chart as PNG needs librsvg; install it with: sudo apt-get install librsvg2-2"
            case .render(let reason): return "could not draw a chart as PNG: \(reason)"
            }
        }
    }

    /// Pixels per centimetre of the PNG: 150 dpi, sharp enough for print fallback and screens.
    static let pixelsPerCentimetre = 150 / 2.54

    static func png(svg: String, widthCentimetres: Double, heightCentimetres: Double) throws -> Data {
        let width = max(1, Int((widthCentimetres * pixelsPerCentimetre).rounded()))
        let height = max(1, Int((heightCentimetres * pixelsPerCentimetre).rounded()))
        var bytes: UnsafeMutablePointer<UInt8>?
        var length = 0
        var message: UnsafeMutablePointer<CChar>?
        let status = svg.withCString { text in
            fc_svg_to_png(text, strlen(text), Int32(width), Int32(height), &bytes, &length, &message)
        }
        defer {
            free(bytes)
            free(message)
        }
        switch status {
        case FC_SVG_RASTER_OK:
            guard let bytes else { throw Failure.render("no PNG was made") }
            return Data(bytes: bytes, count: length)
        case FC_SVG_RASTER_LIBRARY_MISSING:
            throw Failure.libraryMissing
        case FC_SVG_RASTER_PNG_FAILED:
            throw Failure.render("cairo could not encode the PNG")
        default:
            throw Failure.render(message.map { String(cString: $0) } ?? "librsvg gave no reason")
        }
    }
}
