/*
 * htj2k.cpp - the extern "C" shim over OpenJPH 0.9.0 (see htj2k.h).
 *
 * OpenJPH facts this relies on (pixels.md section 1):
 *   - errors are printed (to stderr, OpenJPH's default error stream) and
 *     thrown as std::runtime_error("ojph error"); we catch (...) everything
 *     at the C boundary. We also install a handler that throws the
 *     formatted message instead, but configure_error/_info/_warning are
 *     no-ops in 0.9.0 (the Debian binary's functions are a bare `ret`), so
 *     with 0.9.0 the message stays on stderr and err says "ojph error";
 *   - info and warning messages default to stdout: they go to stderr;
 *   - the message configuration is the library's only global state, so it
 *     is set once (std::call_once); everything else is per codestream;
 *   - samples are exchanged as si32, unsigned ones as 0..2^B-1 (the library
 *     applies the DC level shift itself);
 *   - at reduced resolution the output is not clamped: we clamp.
 */
extern "C" {
#include "pixel/image.h"
#include "util/error.h"
}
#include "pixel/htj2k.h"

#include <openjph/ojph_arch.h>
#include <openjph/ojph_codestream.h>
#include <openjph/ojph_defs.h>
#include <openjph/ojph_file.h>
#include <openjph/ojph_mem.h>
#include <openjph/ojph_message.h>
#include <openjph/ojph_params.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <string>

/* feed_row's loops are meant to be vectorised; gcc -O2's "very cheap" cost
 * model leaves loops of unknown trip count scalar. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("vect-cost-model=dynamic")
#endif

namespace {

/* OpenJPH's errors as exceptions carrying the message (the default
 * handler prints to stderr and throws a bare "ojph error"). Effective only
 * with OpenJPH versions whose configure_error works (not 0.9.0). */
class error_thrower : public ojph::message_error {
public:
    void operator()(int code, const char *file_name, int line_num, const char *fmt, ...) override {
        char msg[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        char full[320];
        snprintf(full, sizeof full, "OpenJPH error 0x%08X: %s", (unsigned)code, msg);
        (void)file_name;
        (void)line_num;
        throw std::runtime_error(full);
    }
};

error_thrower g_error_thrower;
std::once_flag g_messages_once;

void init_messages() {
    std::call_once(g_messages_once, [] {
        ojph::set_info_stream(stderr);
        ojph::set_warning_stream(stderr);
        ojph::configure_error(&g_error_thrower);
    });
}

/* The codestream goes straight into a malloc'd buffer that the caller
 * takes over (OpenJPH's mem_outfile owns and frees its buffer, which cost
 * a copy of every codestream), with PX_HTJ2K_SPARE bytes always free after
 * the data. Grows by doubling; on allocation failure write() throws. */
class owned_outfile : public ojph::outfile_base {
public:
    explicit owned_outfile(size_t initial) {
        cap_ = initial + PX_HTJ2K_SPARE;
        buf_ = (uint8_t *)malloc(cap_);
        if (!buf_) throw std::runtime_error("out of memory for the codestream");
    }
    ~owned_outfile() override { free(buf_); }
    owned_outfile(const owned_outfile &) = delete;
    owned_outfile &operator=(const owned_outfile &) = delete;

    size_t write(const void *ptr, size_t size) override {
        if (size > cap_ - PX_HTJ2K_SPARE - len_) {
            size_t cap = cap_;
            while (size > cap - PX_HTJ2K_SPARE - len_) {
                if (cap > SIZE_MAX / 2) throw std::runtime_error("codestream too large");
                cap *= 2;
            }
            uint8_t *b = (uint8_t *)realloc(buf_, cap);
            if (!b) throw std::runtime_error("out of memory for the codestream");
            buf_ = b;
            cap_ = cap;
        }
        memcpy(buf_ + len_, ptr, size);
        len_ += size;
        return size;
    }
    ojph::si64 tell() override { return (ojph::si64)len_; }

    /* The buffer, handed over to the caller. */
    uint8_t *release(size_t *len) {
        uint8_t *b = buf_;
        *len = len_;
        buf_ = NULL;
        len_ = cap_ = 0;
        return b;
    }

private:
    uint8_t *buf_ = NULL;
    size_t len_ = 0, cap_ = 0;
};

/* One row of one component into OpenJPH's line: samples x = 0..w-1 at
 * p[x * C] (bytes per sample bps). Returns the first x whose sample is
 * outside [lo, hi], or w. The loops are simple enough to vectorise. */
uint32_t feed_row(const uint8_t *p, unsigned bps, bool sgn, unsigned C, uint32_t w, ojph::si32 *dst,
                  ojph::si32 lo, ojph::si32 hi) {
    if (bps == 1 && C == 1) {
        if (sgn)
            for (uint32_t x = 0; x < w; x++) dst[x] = (int8_t)p[x];
        else
            for (uint32_t x = 0; x < w; x++) dst[x] = p[x];
    } else if (bps == 1) {
        if (sgn)
            for (uint32_t x = 0; x < w; x++) dst[x] = (int8_t)p[(size_t)x * C];
        else
            for (uint32_t x = 0; x < w; x++) dst[x] = p[(size_t)x * C];
    } else if (C == 1) {
        if (sgn)
            for (uint32_t x = 0; x < w; x++) dst[x] = (int16_t)(uint16_t)(p[2 * x] | p[2 * x + 1] << 8);
        else
            for (uint32_t x = 0; x < w; x++) dst[x] = (uint16_t)(p[2 * x] | p[2 * x + 1] << 8);
    } else {
        for (uint32_t x = 0; x < w; x++) {
            const uint8_t *q = p + 2 * (size_t)x * C;
            uint16_t u = (uint16_t)(q[0] | q[1] << 8);
            dst[x] = sgn ? (ojph::si32)(int16_t)u : (ojph::si32)u;
        }
    }
    int out = 0;
    for (uint32_t x = 0; x < w; x++) out |= (dst[x] < lo) | (dst[x] > hi);
    if (!out) return w;
    uint32_t x = 0;
    while (x < w && dst[x] >= lo && dst[x] <= hi) x++;
    return x;
}

inline uint32_t ceil_shift(uint32_t v, unsigned s) {
    return (uint32_t)(((uint64_t)v + ((uint64_t)1 << s) - 1) >> s);
}

} // namespace

extern "C" unsigned px_htj2k_levels_for(uint32_t w, uint32_t h) {
    uint32_t mx = w > h ? w : h, mn = w < h ? w : h;
    unsigned L = 0;
    while (L < 31 && ceil_shift(mx, L) > 64) L++;
    while (L > 0 && ((uint64_t)1 << L) > mn) L--;
    if (L > PX_HTJ2K_MAX_LEVELS) L = PX_HTJ2K_MAX_LEVELS;
    return L;
}

extern "C" int px_htj2k_encode(const px_image *img, uint8_t **out, size_t *out_len,
                               unsigned *levels, tess_error *err) {
    *out = NULL;
    *out_len = 0;
    if (!img || !img->data) return tess_fail(err, "HTJ2K encode: no image");
    const uint32_t w = img->width, h = img->height;
    const unsigned C = img->components;
    if (!w || !h || w > PX_MAX_DIM || h > PX_MAX_DIM)
        return tess_fail(err, "HTJ2K encode: image size %ux%u out of range", w, h);
    if (C != 1 && C != 3)
        return tess_fail(err, "HTJ2K encode: %u components not supported (1 or 3)", C);
    if (img->bits < 1 || img->bits > 16)
        return tess_fail(err, "HTJ2K encode: %u bits per sample not supported (1..16)", img->bits);
    const unsigned bps = px_bytes_per_sample(img->bits);
    if (img->size != (size_t)w * h * C * bps)
        return tess_fail(err, "HTJ2K encode: image buffer is %zu bytes, expected %zu", img->size,
                         (size_t)w * h * C * bps);
    int64_t lo, hi;
    px_sample_range(img->bits, img->is_signed, &lo, &hi);
    const unsigned L = px_htj2k_levels_for(w, h);
    const bool rct = px_htj2k_uses_rct(img);
    init_messages();

    try {
        ojph::codestream cs;
        ojph::param_siz siz = cs.access_siz();
        siz.set_image_extent(ojph::point(w, h));
        siz.set_image_offset(ojph::point(0, 0));
        siz.set_tile_size(ojph::size(w, h));
        siz.set_tile_offset(ojph::point(0, 0));
        siz.set_num_components(C);
        for (unsigned c = 0; c < C; c++)
            siz.set_component(c, ojph::point(1, 1), img->bits, img->is_signed);
        ojph::param_cod cod = cs.access_cod();
        cod.set_num_decomposition(L);
        cod.set_block_dims(64, 64);
        cod.set_progression_order("RPCL");
        cod.set_color_transform(rct);
        cod.set_reversible(true);
        cs.set_planar(false);

        /* lossless output is rarely bigger than half the raw samples */
        owned_outfile file(img->size / 2 + 4096);
        cs.write_headers(&file);
        ojph::ui32 next = 0;
        ojph::line_buf *line = cs.exchange(NULL, next);
        const size_t row_bytes = (size_t)w * C * bps;
        for (uint32_t y = 0; y < h; y++) {
            for (unsigned c = 0; c < C; c++) {
                if (!line || next != c || line->size < w)
                    throw std::runtime_error("OpenJPH asked for lines out of order");
                const uint8_t *p = img->data + (size_t)y * row_bytes + (size_t)c * bps;
                uint32_t x = feed_row(p, bps, img->is_signed, C, w, line->i32, (ojph::si32)lo,
                                      (ojph::si32)hi);
                if (x < w)
                    return tess_fail(err,
                                     "HTJ2K encode: sample %ld at (%u,%u) component %u is outside the "
                                     "%u-bit %s range",
                                     (long)line->i32[x], x, y, c, img->bits,
                                     img->is_signed ? "signed" : "unsigned");
                line = cs.exchange(line, next);
            }
        }
        cs.flush();
        cs.close();   /* owned_outfile::close is a no-op: the bytes stay */
        size_t len = 0;
        uint8_t *buf = file.release(&len);
        if (len == 0) {
            free(buf);
            throw std::runtime_error("OpenJPH wrote nothing");
        }
        *out = buf;
        *out_len = len;
        *levels = L;
        return 0;
    } catch (const std::exception &e) {
        free(*out);
        *out = NULL;
        *out_len = 0;
        return tess_fail(err, "HTJ2K encode of %ux%ux%u %u-bit: %s%s", w, h, C, img->bits, e.what(),
                         strcmp(e.what(), "ojph error") == 0 ? " (OpenJPH's message is on stderr)" : "");
    } catch (...) {
        free(*out);
        *out = NULL;
        *out_len = 0;
        return tess_fail(err, "HTJ2K encode of %ux%ux%u %u-bit: unknown exception", w, h, C,
                         img->bits);
    }
}

extern "C" int px_htj2k_decode(const uint8_t *p, size_t n, unsigned skip_levels, bool resilient,
                               px_image *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    if (!p || n < 2) return tess_fail(err, "HTJ2K decode: empty codestream (%zu bytes)", n);
    if (p[0] != 0xFF || p[1] != 0x4F)
        return tess_fail(err, "HTJ2K decode: no SOC marker at offset 0 (found %02X %02X)", p[0], p[1]);
    init_messages();
    try {
        ojph::codestream cs;
        if (resilient) cs.enable_resilience();
        ojph::mem_infile file;
        file.open(p, n);
        cs.read_headers(&file);

        ojph::param_siz siz = cs.access_siz();
        const unsigned C = siz.get_num_components();
        if (C != 1 && C != 3)
            return tess_fail(err, "HTJ2K decode: %u components not supported (1 or 3)", C);
        const unsigned bits = siz.get_bit_depth(0);
        const bool is_signed = siz.is_signed(0);
        for (unsigned c = 0; c < C; c++) {
            ojph::point ds = siz.get_downsampling(c);
            if (ds.x != 1 || ds.y != 1)
                return tess_fail(err, "HTJ2K decode: component %u is subsampled (%ux%u)", c,
                                 ds.x, ds.y);
            if (siz.get_bit_depth(c) != bits || siz.is_signed(c) != is_signed)
                return tess_fail(err, "HTJ2K decode: components differ in bit depth or sign");
        }
        if (bits < 1 || bits > 16)
            return tess_fail(err, "HTJ2K decode: %u-bit samples not supported (1..16)", bits);
        ojph::param_cod cod = cs.access_cod();
        const unsigned nl = cod.get_num_decompositions();
        if (skip_levels > nl)
            return tess_fail(err, "HTJ2K decode: %u levels skipped but the codestream has %u",
                             skip_levels, nl);
        const ojph::point ext = siz.get_image_extent(), off = siz.get_image_offset();
        if (ext.x <= off.x || ext.y <= off.y)
            return tess_fail(err, "HTJ2K decode: empty image extent");
        const uint32_t w = ceil_shift(ext.x, skip_levels) - ceil_shift(off.x, skip_levels);
        const uint32_t h = ceil_shift(ext.y, skip_levels) - ceil_shift(off.y, skip_levels);
        if (px_image_alloc(out, w, h, (uint16_t)C, (uint16_t)bits, is_signed, err) != 0)
            return tess_fail_prefix(err, "HTJ2K decode");

        cs.restrict_input_resolution(skip_levels, skip_levels);
        cs.create();

        int64_t lo, hi;
        px_sample_range((uint16_t)bits, is_signed, &lo, &hi);
        const ojph::si32 vlo = (ojph::si32)lo, vhi = (ojph::si32)hi;
        const unsigned bps = px_bytes_per_sample(bits);
        uint8_t *dst = out->data;
        auto store = [&](uint32_t y, unsigned c) {
            ojph::ui32 comp = 0;
            ojph::line_buf *line = cs.pull(comp);
            if (!line || comp != c || line->size < w)
                throw std::runtime_error("OpenJPH returned an unexpected line");
            const ojph::si32 *src = line->i32;
            size_t i = (size_t)y * w * C + c;
            if (bps == 1) {
                for (uint32_t x = 0; x < w; x++, i += C) {
                    ojph::si32 v = src[x] < vlo ? vlo : src[x] > vhi ? vhi : src[x];
                    dst[i] = (uint8_t)v;
                }
            } else {
                for (uint32_t x = 0; x < w; x++, i += C) {
                    ojph::si32 v = src[x] < vlo ? vlo : src[x] > vhi ? vhi : src[x];
                    dst[2 * i] = (uint8_t)v;
                    dst[2 * i + 1] = (uint8_t)((uint32_t)v >> 8);
                }
            }
        };
        if (cs.is_planar()) {
            for (unsigned c = 0; c < C; c++)
                for (uint32_t y = 0; y < h; y++) store(y, c);
        } else {
            for (uint32_t y = 0; y < h; y++)
                for (unsigned c = 0; c < C; c++) store(y, c);
        }
        cs.close();
        return 0;
    } catch (const std::exception &e) {
        px_image_free(out);
        return tess_fail(err, "HTJ2K decode (%zu bytes, skip %u): %s%s", n, skip_levels, e.what(),
                         strcmp(e.what(), "ojph error") == 0 ? " (OpenJPH's message is on stderr)" : "");
    } catch (...) {
        px_image_free(out);
        return tess_fail(err, "HTJ2K decode (%zu bytes, skip %u): unknown exception", n,
                         skip_levels);
    }
}
