#ifndef FCDOC_SVG_RASTER_H
#define FCDOC_SVG_RASTER_H

#include <stddef.h>

/// What `fc_svg_to_png` reports.
typedef enum {
    FC_SVG_RASTER_OK = 0,
    /// librsvg or cairo could not be loaded (not installed).
    FC_SVG_RASTER_LIBRARY_MISSING = 1,
    /// librsvg could not read or draw the SVG; `*message` says why.
    FC_SVG_RASTER_RENDER_FAILED = 2,
    /// cairo could not encode the PNG.
    FC_SVG_RASTER_PNG_FAILED = 3,
} fc_svg_raster_status;

/// Draws an SVG document into a `width` × `height` pixel PNG on white, scaled to fit.
/// librsvg and cairo are loaded on first use (dlopen), so programs that never draw a PNG do not
/// pay their start-up cost. Calls are serialised. On success `*png` (free with `free`) holds
/// `*png_length` bytes; on FC_SVG_RASTER_RENDER_FAILED `*message` may hold a text to `free`.
fc_svg_raster_status fc_svg_to_png(const char *svg, size_t svg_length, int width, int height,
                                   unsigned char **png, size_t *png_length, char **message);

#endif
