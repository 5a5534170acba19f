/*
 * test_htj2k.c - HTJ2K encoding (src/pixel/htj2k.cpp), the tile-part
 * splitter (src/pixel/tlm.c) and the per-resolution checksums
 * (src/pixel/checksum.c).
 *
 *   (a) encode -> decode is bit-exact for synthetic images (1x1 .. 512x512,
 *       1..16 bits, signed and unsigned, grey, RGB with RCT, YBR without)
 *       and for real 16-bit frames (CT ankle, pydicom CT_small, MR_small);
 *   (b) OpenJPEG 2.5.0 decodes the split stream bit-exactly, and every
 *       prefix [0, res_end[r]) + EOC decodes (OpenJPEG cp_reduce N-r and
 *       OpenJPH skip N-r) to exactly the full stream's reduced image;
 *   (c) the TLM entries equal the tile-part lengths; px_tlm_check accepts
 *       the splitter's output and rejects corrupted and truncated variants;
 *   (d) px_frame_checksums / px_image_reduce equal the decoder at every
 *       level, for many sizes (odd, tiny), depths and RGB;
 *   (e) the 512x512 CT's stream layout (SOC, SIZ, TLM, N+1 tile-parts).
 *
 * TESSERA_HTJ2K_TIMING=1 also prints encode / split / checksum times for
 * the CT (median of 20 runs).
 */
#include <openjpeg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "dicom/reader.h"
#include "harness.h"
#include "pixel/checksum.h"
#include "pixel/htj2k.h"
#include "pixel/tlm.h"

#define MAXR 40

/* ---- helpers ------------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t rnd(void) {
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static const char *testdata(void) {
    const char *d = getenv("TESSERA_TESTDATA");
    return d ? d : ".testdata";
}

enum { PAT_SMOOTH, PAT_NOISE, PAT_CHECKER, PAT_CONST, PAT_COUNT };

/* A synthetic image; pattern PAT_*. */
static int make_image(px_image *img, uint32_t w, uint32_t h, uint16_t comps, uint16_t bits,
                      bool sgn, px_photometric photo, int pattern) {
    tess_error err;
    if (px_image_alloc(img, w, h, comps, bits, sgn, &err) != 0) {
        fprintf(stderr, "alloc: %s\n", err.msg);
        return -1;
    }
    img->photometric = photo;
    int64_t lo, hi;
    px_sample_range(bits, sgn, &lo, &hi);
    int64_t span = hi - lo;
    unsigned cell = 1 + (unsigned)(rnd() % 3);
    for (uint32_t y = 0; y < h; y++)
        for (uint32_t x = 0; x < w; x++)
            for (unsigned c = 0; c < comps; c++) {
                int64_t v;
                switch (pattern) {
                case PAT_SMOOTH: {
                    int64_t base = lo + (int64_t)((double)span * (0.5 + 0.4 * ((double)x / (w + 1) - (double)y / (h + 1) +
                                                                               0.1 * c)));
                    int64_t noise = (int64_t)(rnd() % (uint64_t)(span / 16 + 1)) - span / 32;
                    v = base + noise;
                    break;
                }
                case PAT_NOISE: v = lo + (int64_t)(rnd() % (uint64_t)(span + 1)); break;
                case PAT_CHECKER: v = (((x / cell) + (y / cell) + c) & 1) ? hi : lo; break;
                default: v = c == 1 ? hi : lo; break;
                }
                px_image_set_sample(img, ((size_t)y * w + x) * comps + c, v);
            }
    return 0;
}

static bool same_image(const px_image *a, const px_image *b) {
    return a->width == b->width && a->height == b->height && a->components == b->components &&
           a->bits == b->bits && a->is_signed == b->is_signed && a->size == b->size &&
           memcmp(a->data, b->data, a->size) == 0;
}

static void describe(char *buf, size_t n, const px_image *img) {
    snprintf(buf, n, "%ux%ux%u %u-bit %s %s", img->width, img->height, img->components, img->bits,
             img->is_signed ? "signed" : "unsigned", px_photometric_name(img->photometric));
}

/* Encode + split. */
typedef struct coded {
    uint8_t *cs;            /* OpenJPH's single tile-part stream */
    size_t cs_len;
    uint8_t *sp;            /* split stream */
    size_t sp_len;
    unsigned levels, nres;
    uint32_t res_end[MAXR];
} coded;

static int encode_split(const px_image *img, coded *c) {
    memset(c, 0, sizeof *c);
    tess_error err;
    if (px_htj2k_encode(img, &c->cs, &c->cs_len, &c->levels, &err) != 0) {
        fprintf(stderr, "encode: %s\n", err.msg);
        return -1;
    }
    if (px_tlm_split(c->cs, c->cs_len, &c->sp, &c->sp_len, c->res_end, MAXR, &c->nres, &err) != 0) {
        fprintf(stderr, "split: %s\n", err.msg);
        return -1;
    }
    return 0;
}

static void coded_free(coded *c) {
    free(c->cs);
    free(c->sp);
    memset(c, 0, sizeof *c);
}

/* Load a native little-endian frame of a DICOM file. */
static int load_dicom(const char *rel, px_image *img) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", testdata(), rel);
    dcm_file *f;
    tess_error err;
    if (dcm_read_path(path, NULL, &f, &err) != 0) {
        fprintf(stderr, "%s: %s\n", path, err.msg);
        return -1;
    }
    px_info info;
    int rc = -1;
    dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    const uint8_t *v;
    if (px_info_from_dataset(&f->ds, &info, &err) != 0 || !px || (px->flags & DCM_EL_ENCAPSULATED) ||
        info.bits_allocated != 16 || info.samples_per_pixel != 1 ||
        dcm_file_value(f, px, &v, &err) != 0) {
        fprintf(stderr, "%s: not a native 16-bit grey frame (%s)\n", path, err.msg);
        goto out;
    }
    size_t n = (size_t)info.rows * info.columns;
    if (px->length < 2 * n) goto out;
    if (px_image_alloc(img, info.columns, info.rows, 1, info.bits_stored, info.is_signed, &err) != 0) goto out;
    img->photometric = info.photometric;
    for (size_t i = 0; i < n; i++) {
        uint32_t u = (uint32_t)(v[2 * i] | v[2 * i + 1] << 8);
        int64_t s;
        if (info.bits_stored < 16) u &= (1u << info.bits_stored) - 1;
        if (info.is_signed && (u >> (info.bits_stored - 1)) & 1) s = (int64_t)u - ((int64_t)1 << info.bits_stored);
        else s = u;
        px_image_set_sample(img, i, s);
    }
    rc = 0;
out:
    dcm_file_free(f);
    return rc;
}

/* ---- OpenJPEG ------------------------------------------------------------ */

typedef struct memsrc {
    const uint8_t *p;
    size_t n, pos;
} memsrc;

static OPJ_SIZE_T ms_read(void *buf, OPJ_SIZE_T nb, void *u) {
    memsrc *m = u;
    if (m->pos >= m->n) return (OPJ_SIZE_T)-1;
    size_t k = m->n - m->pos < nb ? m->n - m->pos : nb;
    memcpy(buf, m->p + m->pos, k);
    m->pos += k;
    return k;
}

static OPJ_OFF_T ms_skip(OPJ_OFF_T nb, void *u) {
    memsrc *m = u;
    if (nb < 0) {
        if ((size_t)-nb > m->pos) return -1;
        m->pos -= (size_t)-nb;
        return nb;
    }
    if ((size_t)nb > m->n - m->pos) nb = (OPJ_OFF_T)(m->n - m->pos);
    m->pos += (size_t)nb;
    return nb;
}

static OPJ_BOOL ms_seek(OPJ_OFF_T nb, void *u) {
    memsrc *m = u;
    if (nb < 0 || (size_t)nb > m->n) return OPJ_FALSE;
    m->pos = (size_t)nb;
    return OPJ_TRUE;
}

static void opj_err_cb(const char *msg, void *u) {
    (void)u;
    fprintf(stderr, "openjpeg: %s", msg);
}

static void opj_quiet_cb(const char *msg, void *u) {
    (void)msg;
    (void)u;
}

/* Decode with OpenJPEG at reduction `reduce` into a px_image. */
static int opj_decode_mem(const uint8_t *p, size_t n, unsigned reduce, px_image *out) {
    memset(out, 0, sizeof *out);
    memsrc ms = { p, n, 0 };
    opj_stream_t *s = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
    opj_stream_set_user_data(s, &ms, NULL);
    opj_stream_set_user_data_length(s, n);
    opj_stream_set_read_function(s, ms_read);
    opj_stream_set_skip_function(s, ms_skip);
    opj_stream_set_seek_function(s, ms_seek);
    opj_codec_t *codec = opj_create_decompress(OPJ_CODEC_J2K);
    opj_set_error_handler(codec, opj_err_cb, NULL);
    opj_set_warning_handler(codec, opj_quiet_cb, NULL);
    opj_set_info_handler(codec, opj_quiet_cb, NULL);
    opj_dparameters_t prm;
    opj_set_default_decoder_parameters(&prm);
    prm.cp_reduce = reduce;
    opj_image_t *im = NULL;
    int rc = -1;
    if (!opj_setup_decoder(codec, &prm) || !opj_read_header(s, codec, &im) || !opj_decode(codec, s, im) ||
        !opj_end_decompress(codec, s))
        goto out;
    if (im->numcomps != 1 && im->numcomps != 3) goto out;
    tess_error err;
    const opj_image_comp_t *c0 = &im->comps[0];
    if (px_image_alloc(out, c0->w, c0->h, (uint16_t)im->numcomps, (uint16_t)c0->prec, c0->sgnd != 0, &err) != 0)
        goto out;
    for (unsigned c = 0; c < im->numcomps; c++) {
        if (im->comps[c].w != c0->w || im->comps[c].h != c0->h || !im->comps[c].data) {
            px_image_free(out);
            goto out;
        }
        for (size_t i = 0; i < (size_t)c0->w * c0->h; i++)
            px_image_set_sample(out, i * im->numcomps + c, im->comps[c].data[i]);
    }
    rc = 0;
out:
    if (im) opj_image_destroy(im);
    opj_destroy_codec(codec);
    opj_stream_destroy(s);
    return rc;
}

/* ---- shared checks ------------------------------------------------------- */

/* (a): encode, decode, compare; also checks the level rule. */
static void check_roundtrip(const px_image *img) {
    char d[128];
    describe(d, sizeof d, img);
    uint8_t *cs = NULL;
    size_t n = 0;
    unsigned L = 99;
    tess_error err;
    int rc = px_htj2k_encode(img, &cs, &n, &L, &err);
    CHECK_INT(rc, 0);
    if (rc != 0) {
        fprintf(stderr, "%s: %s\n", d, err.msg);
        return;
    }
    CHECK_INT(L, px_htj2k_levels_for(img->width, img->height));
    px_image out;
    rc = px_htj2k_decode(cs, n, 0, false, &out, &err);
    CHECK_INT(rc, 0);
    if (rc == 0) {
        bool same = same_image(img, &out);
        CHECK(same);
        if (!same) fprintf(stderr, "round trip differs: %s\n", d);
        px_image_free(&out);
    } else {
        fprintf(stderr, "%s: %s\n", d, err.msg);
    }
    free(cs);
}

/* (b) and (c) for one image. */
static void check_split(const px_image *img) {
    char d[128];
    describe(d, sizeof d, img);
    coded c;
    if (encode_split(img, &c) != 0) {
        CHECK(0);
        coded_free(&c);
        return;
    }
    const unsigned N = c.levels;
    CHECK_INT(c.nres, N + 1);
    CHECK_INT(c.res_end[N], c.sp_len - 2);
    /* overhead: TLM (6 + 5(N+1)) + N extra SOT/SOD (14 each) */
    CHECK_INT(c.sp_len, c.cs_len + 6 + 5 * (N + 1) + 14 * N);

    /* OpenJPEG decodes the split stream bit-exactly */
    px_image o;
    if (opj_decode_mem(c.sp, c.sp_len, 0, &o) == 0) {
        bool same = same_image(img, &o);
        CHECK(same);
        if (!same) fprintf(stderr, "OpenJPEG full decode differs: %s\n", d);
        px_image_free(&o);
    } else {
        CHECK(0);
        fprintf(stderr, "OpenJPEG cannot decode the split stream: %s\n", d);
    }
    /* and OpenJPH too */
    tess_error err;
    if (px_htj2k_decode(c.sp, c.sp_len, 0, false, &o, &err) == 0) {
        CHECK(same_image(img, &o));
        px_image_free(&o);
    } else {
        CHECK(0);
        fprintf(stderr, "%s: %s\n", d, err.msg);
    }

    /* every resolution prefix + EOC decodes to the reduced image */
    uint8_t *pre = malloc(c.sp_len + 2);
    for (unsigned r = 0; r <= N; r++) {
        unsigned skip = N - r;
        px_image ref, ref_unsplit, a, b;
        if (px_htj2k_decode(c.sp, c.sp_len, skip, false, &ref, &err) != 0) {
            CHECK(0);
            fprintf(stderr, "%s skip %u: %s\n", d, skip, err.msg);
            continue;
        }
        CHECK_INT(ref.width, (img->width + (1u << skip) - 1) >> skip);
        CHECK_INT(ref.height, (img->height + (1u << skip) - 1) >> skip);
        if (px_htj2k_decode(c.cs, c.cs_len, skip, false, &ref_unsplit, &err) == 0) {
            CHECK(same_image(&ref, &ref_unsplit));
            px_image_free(&ref_unsplit);
        } else {
            CHECK(0);
        }
        size_t plen = c.res_end[r];
        memcpy(pre, c.sp, plen);
        pre[plen] = 0xFF;
        pre[plen + 1] = 0xD9;
        if (opj_decode_mem(pre, plen + 2, skip, &a) == 0) {
            bool same = same_image(&ref, &a);
            CHECK(same);
            if (!same) fprintf(stderr, "OpenJPEG prefix r=%u differs: %s\n", r, d);
            px_image_free(&a);
        } else {
            CHECK(0);
            fprintf(stderr, "OpenJPEG cannot decode prefix r=%u: %s\n", r, d);
        }
        if (px_htj2k_decode(pre, plen + 2, skip, true, &b, &err) == 0) {
            bool same = same_image(&ref, &b);
            CHECK(same);
            if (!same) fprintf(stderr, "OpenJPH prefix r=%u differs: %s\n", r, d);
            px_image_free(&b);
        } else {
            CHECK(0);
            fprintf(stderr, "OpenJPH prefix r=%u: %s: %s\n", r, d, err.msg);
        }
        px_image_free(&ref);
    }
    free(pre);

    /* (c) TLM entries equal the tile-part lengths, SOTs numbered */
    const uint8_t *p = c.sp;
    size_t pos = 2, tlm = 0;
    while (pos + 4 <= c.sp_len && !(p[pos] == 0xFF && p[pos + 1] == 0x90)) {
        if (p[pos + 1] == 0x55) tlm = pos;
        pos += 2 + (size_t)(p[pos + 2] << 8 | p[pos + 3]);
    }
    CHECK(tlm != 0);
    if (tlm) {
        unsigned ltlm = (unsigned)(p[tlm + 2] << 8 | p[tlm + 3]);
        CHECK_INT(ltlm, 4 + 5 * (N + 1));
        CHECK_INT(p[tlm + 4], 0);
        CHECK_INT(p[tlm + 5], 0x50);
        for (unsigned k = 0; k <= N && pos + 14 <= c.sp_len; k++) {
            const uint8_t *e = p + tlm + 6 + 5 * k;
            uint32_t ptlm = (uint32_t)e[1] << 24 | (uint32_t)e[2] << 16 | (uint32_t)e[3] << 8 | e[4];
            uint32_t psot = (uint32_t)p[pos + 6] << 24 | (uint32_t)p[pos + 7] << 16 |
                            (uint32_t)p[pos + 8] << 8 | p[pos + 9];
            CHECK_INT(e[0], 0);
            CHECK_INT(p[pos], 0xFF);
            CHECK_INT(p[pos + 1], 0x90);
            CHECK_INT(ptlm, psot);
            CHECK_INT(p[pos + 10], k);
            CHECK_INT(p[pos + 11], N + 1);
            CHECK_INT(pos + psot, c.res_end[k]);
            pos += psot;
        }
        CHECK_INT(pos, c.sp_len - 2);
    }
    uint32_t ends[MAXR];
    unsigned nr = 0;
    {
        int rc = px_tlm_check(c.sp, c.sp_len, ends, MAXR, &nr, &err);
        CHECK_INT(rc, 0);
        if (rc != 0) fprintf(stderr, "%s: check: %s\n", d, err.msg);
        CHECK_INT(nr, N + 1);
        for (unsigned k = 0; k < nr && k < MAXR; k++) CHECK_INT(ends[k], c.res_end[k]);
    }
    /* the split in place (as transcoding does it, in the encoder's buffer
     * and its PX_HTJ2K_SPARE bytes): the same bytes and ends; with one
     * byte of room too few it refuses and leaves the buffer as it was */
    {
        CHECK_INT(c.sp_len, c.cs_len + px_tlm_split_growth(N));
        size_t need = c.cs_len + px_tlm_split_growth(N);
        uint8_t *ip = malloc(need);
        if (!ip) abort();
        memcpy(ip, c.cs, c.cs_len);
        size_t ip_len = 0;
        uint32_t ip_ends[MAXR];
        CHECK_INT(px_tlm_split_in_place(ip, c.cs_len, need - 1, &ip_len, ip_ends, MAXR, &nr, &err), -1);
        CHECK(strstr(err.msg, "in place") != NULL);
        CHECK(memcmp(ip, c.cs, c.cs_len) == 0);
        CHECK_INT(px_tlm_split_in_place(ip, c.cs_len, need, &ip_len, ip_ends, MAXR, &nr, &err), 0);
        CHECK_INT(ip_len, c.sp_len);
        CHECK(ip_len == c.sp_len && memcmp(ip, c.sp, ip_len) == 0);
        CHECK_INT(nr, N + 1);
        for (unsigned k = 0; k < nr && k < MAXR; k++) CHECK_INT(ip_ends[k], c.res_end[k]);
        free(ip);
        /* and in the encoder's own buffer, which must have the room (the
         * ASan build would catch a write past it) */
        CHECK(px_tlm_split_growth(N) <= PX_HTJ2K_SPARE);
        CHECK_INT(px_tlm_split_in_place(c.cs, c.cs_len, c.cs_len + PX_HTJ2K_SPARE, &ip_len, ip_ends, MAXR,
                                        &nr, &err), 0);
        CHECK(ip_len == c.sp_len && memcmp(c.cs, c.sp, ip_len) == 0);
    }
    coded_free(&c);
}

/* (d) for one image: checksums and reduced images equal the decoder. */
static void check_checksums(const px_image *img) {
    char d[128];
    describe(d, sizeof d, img);
    uint8_t *cs = NULL;
    size_t n = 0;
    unsigned L = 0;
    tess_error err;
    if (px_htj2k_encode(img, &cs, &n, &L, &err) != 0) {
        CHECK(0);
        fprintf(stderr, "%s: %s\n", d, err.msg);
        return;
    }
    px_res_checksum sums[MAXR];
    int64_t mn = 0, mx = 0;
    CHECK_INT(px_frame_checksums(img, L, sums, &mn, &mx, &err), 0);
    int64_t tmn = INT64_MAX, tmx = INT64_MIN;
    for (size_t i = 0; i < (size_t)img->width * img->height * img->components; i++) {
        int64_t v = px_image_sample(img, i);
        if (v < tmn) tmn = v;
        if (v > tmx) tmx = v;
    }
    CHECK_INT(mn, tmn);
    CHECK_INT(mx, tmx);
    for (unsigned r = 0; r <= L; r++) {
        px_image dec, red;
        if (px_htj2k_decode(cs, n, r, false, &dec, &err) != 0) {
            CHECK(0);
            fprintf(stderr, "%s skip %u: %s\n", d, r, err.msg);
            continue;
        }
        const px_res_checksum *s = &sums[L - r];
        CHECK_INT(s->width, dec.width);
        CHECK_INT(s->height, dec.height);
        uint32_t crc = px_image_crc32(&dec);
        CHECK_INT(s->crc32, crc);
        CHECK_INT(crc, (uint32_t)crc32(crc32(0, Z_NULL, 0), dec.data, (uInt)dec.size));
        if (s->crc32 != crc) fprintf(stderr, "checksum differs at level %u: %s\n", r, d);
        if (px_image_reduce(img, r, &red, &err) == 0) {
            bool same = same_image(&red, &dec);
            CHECK(same);
            if (!same) {
                size_t k = 0;
                while (k < red.size && red.size == dec.size && red.data[k] == dec.data[k]) k++;
                fprintf(stderr, "reduced image differs at level %u (byte %zu): %s\n", r, k, d);
            }
            px_image_free(&red);
        } else {
            CHECK(0);
        }
        px_image_free(&dec);
    }
    free(cs);
}

/* ---- (a) round trips ----------------------------------------------------- */

static const uint32_t sizes[][2] = { { 1, 1 }, { 7, 3 }, { 31, 8 }, { 64, 64 },
                                     { 65, 65 }, { 300, 200 }, { 512, 512 } };

static void test_roundtrip_synthetic(void) {
    static const uint16_t bits[] = { 8, 12, 16 };
    int k = 0;
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        for (size_t b = 0; b < 3; b++)
            for (int sg = 0; sg < 2; sg++)
                for (uint16_t comps = 1; comps <= 3; comps += 2, k++) {
                    px_image img;
                    if (make_image(&img, sizes[s][0], sizes[s][1], comps, bits[b], sg,
                                   comps == 3 ? PX_PHOTO_RGB : PX_PHOTO_MONOCHROME2, k % PAT_COUNT) != 0) {
                        CHECK(0);
                        continue;
                    }
                    check_roundtrip(&img);
                    px_image_free(&img);
                }
}

static void test_roundtrip_other_depths(void) {
    /* every depth 1..16, and 3 components coded without RCT */
    for (uint16_t bits = 1; bits <= 16; bits++)
        for (int sg = 0; sg < 2; sg++) {
            px_image img;
            uint16_t comps = (bits & 1) ? 3 : 1;
            px_photometric ph = comps == 3 ? (sg ? PX_PHOTO_YBR_FULL : PX_PHOTO_RGB) : PX_PHOTO_MONOCHROME2;
            if (make_image(&img, 97 + bits, 45 + 3 * bits, comps, bits, sg, ph, (bits + sg) % PAT_COUNT) != 0) {
                CHECK(0);
                continue;
            }
            check_roundtrip(&img);
            px_image_free(&img);
        }
}

static const char *const real_files[] = {
    "octave-dicom/CT-MONO2-16-ankle.dcm",
    "pydicom/test_files/CT_small.dcm",
    "pydicom/test_files/MR_small.dcm",
};

static void test_roundtrip_real(void) {
    for (size_t i = 0; i < sizeof real_files / sizeof real_files[0]; i++) {
        px_image img;
        if (load_dicom(real_files[i], &img) != 0) {
            CHECK(0);   /* a missing corpus is a failure */
            continue;
        }
        check_roundtrip(&img);
        check_split(&img);
        check_checksums(&img);
        px_image_free(&img);
    }
}

static void test_levels_rule(void) {
    CHECK_INT(px_htj2k_levels_for(1, 1), 0);
    CHECK_INT(px_htj2k_levels_for(64, 64), 0);
    CHECK_INT(px_htj2k_levels_for(65, 65), 1);
    CHECK_INT(px_htj2k_levels_for(128, 128), 1);
    CHECK_INT(px_htj2k_levels_for(129, 129), 2);
    CHECK_INT(px_htj2k_levels_for(512, 512), 3);
    CHECK_INT(px_htj2k_levels_for(300, 200), 3);
    CHECK_INT(px_htj2k_levels_for(1350, 1368), 5);
    CHECK_INT(px_htj2k_levels_for(4096, 4096), 6);   /* base 64 */
    CHECK_INT(px_htj2k_levels_for(8192, 8192), 6);   /* capped at 6 */
    CHECK_INT(px_htj2k_levels_for(1000, 3), 1);      /* 2^L <= 3 */
    CHECK_INT(px_htj2k_levels_for(3000, 1), 0);
    CHECK_INT(px_htj2k_levels_for(65535, 17), 4);
    CHECK_INT(px_htj2k_levels_for(100, 64), 1);
}

static void test_encode_rejects(void) {
    px_image img;
    tess_error err;
    uint8_t *cs = NULL;
    size_t n = 0;
    unsigned L;
    /* sample outside the declared range (12-bit unsigned holding 4096) */
    CHECK_INT(px_image_alloc(&img, 8, 8, 1, 12, false, &err), 0);
    img.data[2 * 9 + 1] = 0x10;
    CHECK_INT(px_htj2k_encode(&img, &cs, &n, &L, &err), -1);
    CHECK(strstr(err.msg, "outside") != NULL);
    CHECK(cs == NULL);
    px_image_free(&img);
    /* 12-bit signed must be sign-extended */
    CHECK_INT(px_image_alloc(&img, 8, 8, 1, 12, true, &err), 0);
    img.data[0] = 0x00;
    img.data[1] = 0x08;  /* 2048: not sign-extended */
    CHECK_INT(px_htj2k_encode(&img, &cs, &n, &L, &err), -1);
    px_image_free(&img);
    /* 32-bit */
    CHECK_INT(px_image_alloc(&img, 8, 8, 1, 20, false, &err), 0);
    CHECK_INT(px_htj2k_encode(&img, &cs, &n, &L, &err), -1);
    CHECK(strstr(err.msg, "bits") != NULL);
    px_image_free(&img);
}

/* ---- (b) (c) split ------------------------------------------------------- */

static void test_split_synthetic(void) {
    int k = 0;
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        for (uint16_t comps = 1; comps <= 3; comps += 2)
            for (int pat = 0; pat < PAT_COUNT; pat++, k++) {
                px_image img;
                uint16_t bits = (uint16_t)(k % 3 == 0 ? 8 : k % 3 == 1 ? 12 : 16);
                if (make_image(&img, sizes[s][0], sizes[s][1], comps, bits, k & 1,
                               comps == 3 ? PX_PHOTO_RGB : PX_PHOTO_MONOCHROME2, pat) != 0) {
                    CHECK(0);
                    continue;
                }
                check_split(&img);
                px_image_free(&img);
            }
    /* a larger, non-square image with 5 levels (several code-blocks per band) */
    px_image img;
    if (make_image(&img, 1350, 1100, 1, 16, false, PX_PHOTO_MONOCHROME2, PAT_SMOOTH) == 0) {
        check_split(&img);
        px_image_free(&img);
    }
}

static void expect_check_fails(const uint8_t *p, size_t n, const char *what, size_t at) {
    uint32_t ends[MAXR];
    unsigned nr;
    tess_error err;
    int rc = px_tlm_check(p, n, ends, MAXR, &nr, &err);
    CHECK_INT(rc, -1);
    if (rc != -1) fprintf(stderr, "px_tlm_check accepted %s (offset %zu)\n", what, at);
}

static void test_check_rejects_corruption(void) {
    px_image img;
    CHECK_INT(make_image(&img, 300, 200, 3, 12, false, PX_PHOTO_RGB, PAT_SMOOTH), 0);
    coded c;
    CHECK_INT(encode_split(&img, &c), 0);
    px_image_free(&img);
    if (!c.sp) return;
    uint8_t *q = malloc(c.sp_len + 16);
    /* find the TLM and the SOTs */
    size_t pos = 2, tlm = 0;
    while (!(c.sp[pos] == 0xFF && c.sp[pos + 1] == 0x90)) {
        if (c.sp[pos + 1] == 0x55) tlm = pos;
        pos += 2 + (size_t)(c.sp[pos + 2] << 8 | c.sp[pos + 3]);
    }
    CHECK(tlm != 0);
    size_t tlm_len = 2 + (size_t)(c.sp[tlm + 2] << 8 | c.sp[tlm + 3]);
    /* every single-bit flip in the TLM */
    for (size_t i = tlm; i < tlm + tlm_len; i++)
        for (int bit = 0; bit < 8; bit++) {
            memcpy(q, c.sp, c.sp_len);
            q[i] ^= (uint8_t)(1 << bit);
            expect_check_fails(q, c.sp_len, "a flipped TLM bit", i);
        }
    /* every single-bit flip in each SOT + SOD */
    size_t sot = pos;
    for (unsigned k = 0; k < c.nres; k++) {
        for (size_t i = sot; i < sot + 14; i++)
            for (int bit = 0; bit < 8; bit++) {
                memcpy(q, c.sp, c.sp_len);
                q[i] ^= (uint8_t)(1 << bit);
                expect_check_fails(q, c.sp_len, "a flipped SOT bit", i);
            }
        sot = c.res_end[k];
    }
    /* truncations: at every resolution end, +-1, and every 97th length */
    for (unsigned k = 0; k < c.nres; k++) {
        expect_check_fails(c.sp, c.res_end[k], "a prefix", c.res_end[k]);
        expect_check_fails(c.sp, c.res_end[k] - 1, "a prefix", c.res_end[k] - 1);
        expect_check_fails(c.sp, c.res_end[k] + 1, "a prefix", c.res_end[k] + 1);
    }
    for (size_t n = 0; n < c.sp_len; n += 97) expect_check_fails(c.sp, n, "a prefix", n);
    expect_check_fails(c.sp, c.sp_len - 1, "a prefix", c.sp_len - 1);
    /* the prefix of resolution r + EOC is a different stream: TNsot says more */
    memcpy(q, c.sp, c.res_end[0]);
    q[c.res_end[0]] = 0xFF;
    q[c.res_end[0] + 1] = 0xD9;
    expect_check_fails(q, c.res_end[0] + 2, "prefix + EOC", c.res_end[0]);
    /* trailing junk */
    memcpy(q, c.sp, c.sp_len);
    q[c.sp_len] = 0;
    expect_check_fails(q, c.sp_len + 1, "a trailing byte", c.sp_len);
    /* a flipped packet-header bit of resolution 0's first packet is caught
     * (the packet lengths no longer add up) or harmless, never a crash */
    for (int bit = 0; bit < 8; bit++) {
        memcpy(q, c.sp, c.sp_len);
        size_t first = pos + 14;
        q[first] ^= (uint8_t)(1 << bit);
        uint32_t ends[MAXR];
        unsigned nr;
        tess_error err;
        (void)px_tlm_check(q, c.sp_len, ends, MAXR, &nr, &err);
    }
    /* the unsplit stream has no TLM; the split one cannot be split again */
    expect_check_fails(c.cs, c.cs_len, "the unsplit stream", 0);
    {
        uint8_t *o = NULL;
        size_t on = 0;
        uint32_t ends[MAXR];
        unsigned nr;
        tess_error err;
        CHECK_INT(px_tlm_split(c.sp, c.sp_len, &o, &on, ends, MAXR, &nr, &err), -1);
        CHECK(strstr(err.msg, "TLM") != NULL);
        CHECK(o == NULL);
        /* too little room for the offsets */
        CHECK_INT(px_tlm_split(c.cs, c.cs_len, &o, &on, ends, c.nres - 1, &nr, &err), -1);
        CHECK_INT(px_tlm_check(c.sp, c.sp_len, ends, c.nres - 1, &nr, &err), -1);
    }
    free(q);
    coded_free(&c);
}

/* Streams the splitter must refuse, with a message naming the problem. */
static void test_split_rejects(void) {
    px_image img;
    CHECK_INT(make_image(&img, 130, 70, 1, 12, false, PX_PHOTO_MONOCHROME2, PAT_SMOOTH), 0);
    uint8_t *cs = NULL;
    size_t n = 0;
    unsigned L;
    tess_error err;
    CHECK_INT(px_htj2k_encode(&img, &cs, &n, &L, &err), 0);
    px_image_free(&img);
    if (!cs) return;
    uint8_t *q = malloc(n + 64), *o = NULL;
    size_t on;
    uint32_t ends[MAXR];
    unsigned nr;
    /* locate SIZ (at 2) and COD */
    size_t cod = 0, pos = 2;
    while (!(cs[pos] == 0xFF && cs[pos + 1] == 0x90)) {
        if (cs[pos + 1] == 0x52) cod = pos;
        pos += 2 + (size_t)(cs[pos + 2] << 8 | cs[pos + 3]);
    }
    size_t sot = pos;
    CHECK(cod != 0);
    static const struct { size_t field; uint8_t value; const char *msg; } cases[] = {
        { 4 + 0, 0x00, "Rsiz" },                 /* Rsiz high byte: no HT bit */
        { 4 + 10, 0x01, "offset" },              /* XOsiz */
        { 4 + 21, 0x00, "multiple tiles" },      /* XTsiz low byte -> smaller than the image */
        { 4 + 37, 0x02, "subsampled" },          /* XRsiz of component 0 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memcpy(q, cs, n);
        q[2 + cases[i].field] = cases[i].value;
        if (cases[i].field == 4 + 21) q[2 + 4 + 20] = 0;  /* XTsiz = 0x....0000 */
        CHECK_INT(px_tlm_split(q, n, &o, &on, ends, MAXR, &nr, &err), -1);
        if (!strstr(err.msg, cases[i].msg)) fprintf(stderr, "unexpected message: %s\n", err.msg);
        CHECK(strstr(err.msg, cases[i].msg) != NULL);
        CHECK(strstr(err.msg, "offset") != NULL);
    }
    static const struct { size_t field; uint8_t value; const char *msg; } codc[] = {
        { 4, 0x01, "precinct" }, { 4, 0x02, "SOP" }, { 4, 0x04, "EPH" },
        { 5, 0x00, "LRCP" }, { 7, 0x02, "layers" }, { 12, 0x00, "not HT" },
    };
    for (size_t i = 0; i < sizeof codc / sizeof codc[0]; i++) {
        memcpy(q, cs, n);
        q[cod + codc[i].field] = codc[i].value;
        CHECK_INT(px_tlm_split(q, n, &o, &on, ends, MAXR, &nr, &err), -1);
        if (!strstr(err.msg, codc[i].msg)) fprintf(stderr, "unexpected message: %s\n", err.msg);
        CHECK(strstr(err.msg, codc[i].msg) != NULL);
    }
    /* a second tile-part */
    memcpy(q, cs, n - 2);
    size_t m = n - 2;
    static const uint8_t extra[] = { 0xFF, 0x90, 0, 10, 0, 0, 0, 0, 0, 14, 1, 2, 0xFF, 0x93, 0xFF, 0xD9 };
    memcpy(q + m, extra, sizeof extra);
    CHECK_INT(px_tlm_split(q, m + sizeof extra, &o, &on, ends, MAXR, &nr, &err), -1);
    CHECK(strstr(err.msg, "tile-part") != NULL);
    /* truncated anywhere */
    for (size_t k = 0; k < n; k += (k < sot + 40 ? 1 : 13)) {
        CHECK_INT(px_tlm_split(cs, k, &o, &on, ends, MAXR, &nr, &err), -1);
        CHECK(o == NULL);
    }
    /* garbage */
    for (size_t k = 0; k < 64; k++) q[k] = (uint8_t)rnd();
    CHECK_INT(px_tlm_split(q, 64, &o, &on, ends, MAXR, &nr, &err), -1);
    CHECK_INT(px_tlm_split(NULL, 0, &o, &on, ends, MAXR, &nr, &err), -1);
    free(q);
    free(cs);
}

/* ---- decoder edge cases -------------------------------------------------- */

static void test_decode_truncated(void) {
    px_image img;
    CHECK_INT(make_image(&img, 300, 200, 1, 16, true, PX_PHOTO_MONOCHROME2, PAT_SMOOTH), 0);
    coded c;
    CHECK_INT(encode_split(&img, &c), 0);
    px_image_free(&img);
    if (!c.sp) return;
    tess_error err;
    px_image o;
    /* too short for the main header: -1, in both modes */
    for (size_t n = 0; n < 60; n += 7) {
        CHECK_INT(px_htj2k_decode(c.sp, n, 0, true, &o, &err), -1);
        CHECK_INT(px_htj2k_decode(c.sp, n, 0, false, &o, &err), -1);
    }
    /* arbitrary prefixes in resilient mode: never a crash; the right size
     * when they decode */
    for (size_t n = c.res_end[0]; n < c.sp_len; n += c.sp_len / 37 + 1) {
        for (unsigned skip = 0; skip <= c.levels; skip++) {
            if (px_htj2k_decode(c.sp, n, skip, true, &o, &err) == 0) {
                CHECK_INT(o.width, (300u + (1u << skip) - 1) >> skip);
                px_image_free(&o);
            }
            if (px_htj2k_decode(c.cs, n, skip, true, &o, &err) == 0) px_image_free(&o);
        }
    }
    /* skipping more levels than there are */
    CHECK_INT(px_htj2k_decode(c.sp, c.sp_len, c.levels + 1, false, &o, &err), -1);
    CHECK(strstr(err.msg, "levels") != NULL);
    /* not a codestream */
    static const uint8_t junk[] = { 0xFF, 0x4F, 0xFF, 0x51, 0x00, 0x02, 0x00 };
    CHECK_INT(px_htj2k_decode(junk, sizeof junk, 0, true, &o, &err), -1);
    CHECK_INT(px_htj2k_decode(junk + 2, sizeof junk - 2, 0, true, &o, &err), -1);
    coded_free(&c);
}

/* ---- (d) checksums ------------------------------------------------------- */

static void test_checksums_match_decoder(void) {
    /* fixed cases, then random sizes (odd, tiny, long and thin) */
    static const uint32_t fixed[][2] = { { 1, 1 }, { 2, 2 }, { 3, 2 }, { 2, 3 }, { 5, 5 },   { 7, 3 },
                                         { 31, 8 }, { 64, 64 }, { 65, 65 }, { 129, 77 }, { 130, 131 },
                                         { 257, 131 }, { 300, 200 }, { 1000, 67 }, { 67, 1000 },
                                         { 3000, 9 }, { 513, 511 } };
    int k = 0;
    for (size_t s = 0; s < sizeof fixed / sizeof fixed[0]; s++) {
        for (int variant = 0; variant < 4; variant++, k++) {
            uint16_t comps = (variant & 1) ? 3 : 1;
            uint16_t bits = (uint16_t)(variant < 2 ? 16 : (k % 2 ? 8 : 12));
            bool sg = (variant == 1 || variant == 2);
            px_image img;
            if (make_image(&img, fixed[s][0], fixed[s][1], comps, bits, sg,
                           comps == 3 ? PX_PHOTO_RGB : PX_PHOTO_MONOCHROME2, k % PAT_COUNT) != 0) {
                CHECK(0);
                continue;
            }
            check_checksums(&img);
            px_image_free(&img);
        }
    }
    for (int i = 0; i < 60; i++) {
        uint32_t w = 1 + (uint32_t)(rnd() % (i % 3 == 0 ? 20 : 700));
        uint32_t h = 1 + (uint32_t)(rnd() % (i % 4 == 0 ? 20 : 600));
        uint16_t comps = rnd() % 3 == 0 ? 3 : 1;
        uint16_t bits = (uint16_t)(1 + rnd() % 16);
        bool sg = rnd() & 1;
        px_photometric ph = comps == 3 ? (rnd() % 4 ? PX_PHOTO_RGB : PX_PHOTO_YBR_FULL) : PX_PHOTO_MONOCHROME2;
        px_image img;
        if (make_image(&img, w, h, comps, bits, sg, ph, (int)(rnd() % PAT_COUNT)) != 0) {
            CHECK(0);
            continue;
        }
        check_checksums(&img);
        px_image_free(&img);
    }
}

static void test_checksum_levels_beyond_decoder(void) {
    /* the DWT itself at any depth: sizes shrink to 1x1 and stay there */
    px_image img;
    CHECK_INT(make_image(&img, 37, 5, 3, 8, false, PX_PHOTO_RGB, PAT_NOISE), 0);
    px_res_checksum sums[10];
    int64_t mn, mx;
    tess_error err;
    CHECK_INT(px_frame_checksums(&img, 9, sums, &mn, &mx, &err), 0);
    static const uint32_t ws[] = { 1, 1, 1, 1, 2, 3, 5, 10, 19, 37 };
    static const uint32_t hs[] = { 1, 1, 1, 1, 1, 1, 1, 2, 3, 5 };
    for (int i = 0; i < 10; i++) {
        CHECK_INT(sums[i].width, ws[i]);
        CHECK_INT(sums[i].height, hs[i]);
    }
    CHECK_INT(sums[0].crc32, sums[1].crc32);
    CHECK_INT(sums[9].crc32, px_image_crc32(&img));
    CHECK_INT(px_frame_checksums(&img, 33, sums, &mn, &mx, &err), -1);
    px_image_free(&img);
}

/* ---- (e) the CT's layout ------------------------------------------------- */

static void test_ct_layout(void) {
    px_image img;
    if (load_dicom(real_files[0], &img) != 0) {
        CHECK(0);
        return;
    }
    CHECK_INT(img.width, 512);
    CHECK_INT(img.height, 512);
    coded c;
    CHECK_INT(encode_split(&img, &c), 0);
    if (c.sp) {
        const uint8_t *p = c.sp;
        CHECK(p[0] == 0xFF && p[1] == 0x4F);
        CHECK(p[2] == 0xFF && p[3] == 0x51);
        CHECK_INT(c.levels, 3);
        /* TLM in the main header, N+1 tile-parts */
        size_t pos = 4 + (size_t)(p[4] << 8 | p[5]);
        bool tlm = false;
        while (pos + 4 <= c.sp_len && !(p[pos] == 0xFF && p[pos + 1] == 0x90)) {
            if (p[pos + 1] == 0x55) tlm = true;
            pos += 2 + (size_t)(p[pos + 2] << 8 | p[pos + 3]);
        }
        CHECK(tlm);
        unsigned parts = 0;
        while (pos + 12 <= c.sp_len && p[pos] == 0xFF && p[pos + 1] == 0x90) {
            parts++;
            pos += (size_t)p[pos + 6] << 24 | (size_t)p[pos + 7] << 16 | (size_t)p[pos + 8] << 8 | p[pos + 9];
        }
        CHECK_INT(parts, c.levels + 1);
        CHECK_INT(pos, c.sp_len - 2);
        CHECK(p[c.sp_len - 2] == 0xFF && p[c.sp_len - 1] == 0xD9);
        fprintf(stderr, "CT ankle: %zu bytes raw, %zu HTJ2K, %zu split; resolution ends:", img.size, c.cs_len,
                c.sp_len);
        for (unsigned r = 0; r < c.nres; r++) fprintf(stderr, " %u", c.res_end[r]);
        fprintf(stderr, "\n");
    }
    coded_free(&c);
    px_image_free(&img);
}

/* ---- timings ------------------------------------------------------------- */

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void test_timing(void) {
    if (!getenv("TESSERA_HTJ2K_TIMING")) return;
    px_image img;
    if (load_dicom(real_files[0], &img) != 0) {
        CHECK(0);
        return;
    }
    enum { RUNS = 20 };
    double te[RUNS], ts[RUNS], tc[RUNS], td[RUNS];
    tess_error err;
    for (int i = 0; i < RUNS; i++) {
        uint8_t *cs, *sp;
        size_t n, m;
        unsigned L, nr;
        uint32_t ends[MAXR];
        px_res_checksum sums[MAXR];
        int64_t mn, mx;
        px_image dec;
        double t0 = now_ms();
        CHECK_INT(px_htj2k_encode(&img, &cs, &n, &L, &err), 0);
        double t1 = now_ms();
        CHECK_INT(px_tlm_split(cs, n, &sp, &m, ends, MAXR, &nr, &err), 0);
        double t2 = now_ms();
        CHECK_INT(px_frame_checksums(&img, L, sums, &mn, &mx, &err), 0);
        double t3 = now_ms();
        CHECK_INT(px_htj2k_decode(sp, m, 0, false, &dec, &err), 0);
        double t4 = now_ms();
        te[i] = t1 - t0;
        ts[i] = t2 - t1;
        tc[i] = t3 - t2;
        td[i] = t4 - t3;
        px_image_free(&dec);
        free(cs);
        free(sp);
    }
    qsort(te, RUNS, sizeof *te, cmp_double);
    qsort(ts, RUNS, sizeof *ts, cmp_double);
    qsort(tc, RUNS, sizeof *tc, cmp_double);
    qsort(td, RUNS, sizeof *td, cmp_double);
    double me = (te[9] + te[10]) / 2, ms = (ts[9] + ts[10]) / 2, mc = (tc[9] + tc[10]) / 2,
           md = (td[9] + td[10]) / 2;
    printf("timing CT 512x512 16-bit (median of %d): encode %.3f ms, split %.3f ms (%.2f%% of encode), "
           "checksums %.3f ms, decode %.3f ms\n",
           RUNS, me, ms, 100 * ms / me, mc, md);
    px_image_free(&img);
}

/* TESSERA_HTJ2K_SEEDS=DIR: write fuzz seeds for tests/fuzz/fuzz_tlm.c
 * (unsplit and split streams of small synthetic images) into DIR. */
static void write_seed(const char *dir, const char *name, const uint8_t *p, size_t n) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    CHECK_INT(fwrite(p, 1, n, f), n);
    fclose(f);
}

static void test_write_fuzz_seeds(void) {
    const char *dir = getenv("TESSERA_HTJ2K_SEEDS");
    if (!dir) return;
    static const struct { uint32_t w, h; uint16_t comps, bits; bool sgn; int pat; } s[] = {
        { 1, 1, 1, 8, false, PAT_SMOOTH },   { 7, 3, 1, 12, true, PAT_NOISE },
        { 31, 8, 3, 8, false, PAT_SMOOTH },  { 65, 65, 1, 16, false, PAT_CHECKER },
        { 130, 70, 3, 8, false, PAT_SMOOTH }, { 140, 129, 1, 12, false, PAT_CONST },
        { 300, 200, 1, 16, true, PAT_SMOOTH },
    };
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
        px_image img;
        if (make_image(&img, s[i].w, s[i].h, s[i].comps, s[i].bits, s[i].sgn,
                       s[i].comps == 3 ? PX_PHOTO_RGB : PX_PHOTO_MONOCHROME2, s[i].pat) != 0)
            continue;
        coded c;
        if (encode_split(&img, &c) == 0) {
            char name[64];
            snprintf(name, sizeof name, "ht-%ux%ux%u-%u.j2c", s[i].w, s[i].h, s[i].comps, s[i].bits);
            write_seed(dir, name, c.cs, c.cs_len);
            snprintf(name, sizeof name, "ht-%ux%ux%u-%u-split.j2c", s[i].w, s[i].h, s[i].comps, s[i].bits);
            write_seed(dir, name, c.sp, c.sp_len);
        }
        coded_free(&c);
        px_image_free(&img);
    }
}

int main(void) {
    RUN(test_levels_rule);
    RUN(test_roundtrip_synthetic);
    RUN(test_roundtrip_other_depths);
    RUN(test_roundtrip_real);
    RUN(test_encode_rejects);
    RUN(test_split_synthetic);
    RUN(test_check_rejects_corruption);
    RUN(test_split_rejects);
    RUN(test_decode_truncated);
    RUN(test_checksums_match_decoder);
    RUN(test_checksum_levels_beyond_decoder);
    RUN(test_ct_layout);
    RUN(test_timing);
    RUN(test_write_fuzz_seeds);
    return harness_done("htj2k");
}
