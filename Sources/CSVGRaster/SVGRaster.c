#include "SVGRaster.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The few librsvg, GLib and cairo entry points used, declared here so that building needs no
   development headers and linking pulls in none of these libraries: loading librsvg costs about
   45 ms, which every fcdoc run would otherwise pay at start-up. */
typedef struct { unsigned int domain; int code; char *message; } GErrorLayout;
typedef struct { double x, y, width, height; } RsvgRectangleLayout;
typedef int (*CairoWriteFunction)(void *closure, const unsigned char *data, unsigned int length);

static struct {
    void *(*handle_new_from_data)(const unsigned char *data, size_t length, GErrorLayout **error);
    int (*render_document)(void *handle, void *cairo, const RsvgRectangleLayout *viewport, GErrorLayout **error);
    void (*object_unref)(void *object);
    void (*error_free)(GErrorLayout *error);
    void *(*image_surface_create)(int format, int width, int height);
    void *(*create)(void *surface);
    void (*set_source_rgb)(void *cairo, double red, double green, double blue);
    void (*paint)(void *cairo);
    void (*destroy)(void *cairo);
    void (*surface_destroy)(void *surface);
    int (*write_to_png_stream)(void *surface, CairoWriteFunction write, void *closure);
} api;

static int loaded;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t render_lock = PTHREAD_MUTEX_INITIALIZER;

static void load(void) {
    void *rsvg = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
    void *cairo = dlopen("libcairo.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!rsvg || !cairo) return;
    /* dlsym on a handle also searches the libraries it depends on (GLib, GObject). */
    *(void **)&api.handle_new_from_data = dlsym(rsvg, "rsvg_handle_new_from_data");
    *(void **)&api.render_document = dlsym(rsvg, "rsvg_handle_render_document");
    *(void **)&api.object_unref = dlsym(rsvg, "g_object_unref");
    *(void **)&api.error_free = dlsym(rsvg, "g_error_free");
    *(void **)&api.image_surface_create = dlsym(cairo, "cairo_image_surface_create");
    *(void **)&api.create = dlsym(cairo, "cairo_create");
    *(void **)&api.set_source_rgb = dlsym(cairo, "cairo_set_source_rgb");
    *(void **)&api.paint = dlsym(cairo, "cairo_paint");
    *(void **)&api.destroy = dlsym(cairo, "cairo_destroy");
    *(void **)&api.surface_destroy = dlsym(cairo, "cairo_surface_destroy");
    *(void **)&api.write_to_png_stream = dlsym(cairo, "cairo_surface_write_to_png_stream");
    loaded = api.handle_new_from_data && api.render_document && api.object_unref && api.error_free &&
             api.image_surface_create && api.create && api.set_source_rgb && api.paint && api.destroy &&
             api.surface_destroy && api.write_to_png_stream;
}

typedef struct { unsigned char *bytes; size_t length; size_t capacity; int failed; } Buffer;

static int append(void *closure, const unsigned char *data, unsigned int length) {
    Buffer *buffer = closure;
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = (buffer->length + length) * 2;
        unsigned char *grown = realloc(buffer->bytes, capacity);
        if (!grown) { buffer->failed = 1; return 11; /* CAIRO_STATUS_WRITE_ERROR */ }
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, data, length);
    buffer->length += length;
    return 0;
}

static char *take_message(GErrorLayout *error) {
    if (!error) return NULL;
    char *message = error->message ? strdup(error->message) : NULL;
    api.error_free(error);
    return message;
}

fc_svg_raster_status fc_svg_to_png(const char *svg, size_t svg_length, int width, int height,
                                   unsigned char **png, size_t *png_length, char **message) {
    *png = NULL;
    *png_length = 0;
    *message = NULL;
    pthread_once(&load_once, load);
    if (!loaded) return FC_SVG_RASTER_LIBRARY_MISSING;
    pthread_mutex_lock(&render_lock);
    fc_svg_raster_status status = FC_SVG_RASTER_OK;
    GErrorLayout *error = NULL;
    void *handle = api.handle_new_from_data((const unsigned char *)svg, svg_length, &error);
    if (!handle) {
        *message = take_message(error);
        pthread_mutex_unlock(&render_lock);
        return FC_SVG_RASTER_RENDER_FAILED;
    }
    void *surface = api.image_surface_create(1 /* CAIRO_FORMAT_RGB24 */, width, height);
    void *cairo = api.create(surface);
    api.set_source_rgb(cairo, 1, 1, 1);
    api.paint(cairo);
    RsvgRectangleLayout viewport = {0, 0, width, height};
    if (!api.render_document(handle, cairo, &viewport, &error)) {
        *message = take_message(error);
        status = FC_SVG_RASTER_RENDER_FAILED;
    } else {
        Buffer buffer = {0};
        if (api.write_to_png_stream(surface, append, &buffer) != 0 || buffer.failed) {
            free(buffer.bytes);
            status = FC_SVG_RASTER_PNG_FAILED;
        } else {
            *png = buffer.bytes;
            *png_length = buffer.length;
        }
    }
    api.destroy(cairo);
    api.surface_destroy(surface);
    api.object_unref(handle);
    pthread_mutex_unlock(&render_lock);
    return status;
}
