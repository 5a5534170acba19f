/*
 * docstream.c - the canonical document layout, written and read one
 * instance at a time (see docstream.h).
 *
 * Writing: jansson's json_dump_callback feeds each value's text straight
 * into zlib's deflate (gzip wrapper), whose output goes into a blob_writer
 * in 64 KiB pieces; the DICOM JSON object of each instance is made by
 * md_series_to_dicomjson on a one-instance document that borrows the
 * header's objects, and deflated the same way into a second blob.
 *
 * Reading: the blob is read in 64 KiB ranges, inflated into a 64 KiB
 * window and cut into lines; the header line is parsed with the five
 * closing braces added, each instance line inside "{" and "}". Anything
 * else than the layout after a canonical header is an error; a first line
 * that is not a canonical header means another layout, read whole.
 */
#include "imageset/docstream.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/buf.h"
#include "util/gz.h"

#define DST_CHUNK (64 * 1024)
#define DST_DEFAULT_LIMIT ((uint64_t)1 << 30)

static const char HEADER_START[] = "{\"SchemaVersion\":";
static const char HEADER_END[] = ",\"Instances\":{";
static const char LAST_LINE[] = "}}}}}";

/* ---- shape ---------------------------------------------------------------- */

static bool only_keys(const json_t *o, size_t n) {
    return json_is_object(o) && json_object_size(o) == n;
}

static const json_t *obj_member(const json_t *o, const char *k) {
    const json_t *v = json_object_get(o, k);
    return json_is_object(v) ? v : NULL;
}

/* The shape checks shared by writer and reader; instances are checked by
 * the caller (the reader sees them one at a time). */
static bool header_shape(const json_t *doc, dst_header *h) {
    memset(h, 0, sizeof *h);
    if (!only_keys(doc, 5)) return false;
    const char *schema = json_string_value(json_object_get(doc, "SchemaVersion"));
    h->datastore_id = json_string_value(json_object_get(doc, "DatastoreID"));
    h->image_set_id = json_string_value(json_object_get(doc, "ImageSetID"));
    if (!schema || strcmp(schema, "1.1") != 0 || !h->datastore_id || !h->image_set_id)
        return false;
    const json_t *patient = json_object_get(doc, "Patient");
    const json_t *study = json_object_get(doc, "Study");
    if (!only_keys(patient, 1) || !only_keys(study, 2)) return false;
    h->patient = obj_member(patient, "DICOM");
    h->study = obj_member(study, "DICOM");
    const json_t *all = json_object_get(study, "Series");
    if (!h->patient || !h->study || !only_keys(all, 1)) return false;
    const char *key;
    json_t *se;
    json_object_foreach((json_t *)all, key, se) {
        h->series_uid = key;
        if (!only_keys(se, 2)) return false;
        h->series = obj_member(se, "DICOM");
        if (!h->series || !obj_member(se, "Instances")) return false;
    }
    return true;
}

static const json_t *instances_of(const json_t *doc, const char *series_uid) {
    return json_object_get(
        json_object_get(json_object_get(json_object_get(doc, "Study"), "Series"), series_uid),
        "Instances");
}

bool dst_doc_header(const json_t *doc, dst_header *h) {
    if (!header_shape(doc, h)) return false;
    const char *sop;
    json_t *inst;
    json_object_foreach((json_t *)instances_of(doc, h->series_uid), sop, inst)
        if (!json_is_object(inst)) return false;
    return true;
}

/* ---- writing: a gzip stream into a blob ----------------------------------- */

/* The gzip stream of a blob: a fixed 10-byte header, raw deflate, CRC-32
 * and length (RFC 1952), written by hand so that a section of a previous
 * blob can be spliced in as compressed bytes (gz_splice). */
typedef struct gz_out {
    blob_writer *bw;            /* NULL once committed or aborted */
    z_stream z;
    bool live;                  /* deflateInit2 succeeded */
    uint64_t in_bytes, out_bytes;
    uint32_t crc;               /* of all the text */
    bool in_section;            /* between gz_section_begin and gz_section_end */
    uint64_t sec_start, sec_in; /* blob offset and text offset where the section starts */
    uint32_t sec_crc;           /* of the section's text so far */
    unsigned char buf[DST_CHUNK];
} gz_out;

static const unsigned char GZ_HEADER[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};

static int gz_put(gz_out *g, const void *p, size_t n, tess_error *err) {
    if (n && blob_writer_write(g->bw, p, n, err) != 0) return -1;
    g->out_bytes += n;
    return 0;
}

static int gz_open(gz_out *g, blob_store *bs, const char *key, tess_error *err) {
    memset(&g->z, 0, sizeof g->z);
    g->crc = (uint32_t)crc32(0L, Z_NULL, 0);
    if (deflateInit2(&g->z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return tess_fail(err, "gzip: deflateInit2 failed for %s", key);
    g->live = true;
    if (blob_writer_open(bs, key, BLOB_TIER_FREQUENT, &g->bw, err) != 0) return -1;
    return gz_put(g, GZ_HEADER, sizeof GZ_HEADER, err);
}

/* Run deflate over what it was given with flush, writing its output. */
static int gz_deflate(gz_out *g, int flush, tess_error *err) {
    int rc;
    do {
        g->z.next_out = g->buf;
        g->z.avail_out = sizeof g->buf;
        rc = deflate(&g->z, flush);
        if (rc == Z_STREAM_ERROR) return tess_fail(err, "gzip: deflate failed");
        if (gz_put(g, g->buf, sizeof g->buf - g->z.avail_out, err) != 0) return -1;
    } while (g->z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    return 0;
}

/* Deflate p[0..n) into the blob (flush: Z_NO_FLUSH, Z_FULL_FLUSH, or
 * Z_FINISH, which also writes the gzip trailer). */
static int gz_feed(gz_out *g, const void *p, size_t n, int flush, tess_error *err) {
    const unsigned char *in = p;
    g->in_bytes += n;
    for (;;) {
        uInt take = n > (1u << 30) ? (1u << 30) : (uInt)n;
        if (take) {   /* (crc32 of a NULL buffer is the initial value, not a no-op) */
            g->crc = (uint32_t)crc32(g->crc, in, take);
            if (g->in_section) g->sec_crc = (uint32_t)crc32(g->sec_crc, in, take);
        }
        g->z.next_in = (Bytef *)in;
        g->z.avail_in = take;
        in += take;
        n -= take;
        if (gz_deflate(g, n ? Z_NO_FLUSH : flush, err) != 0) return -1;
        if (n == 0) break;
    }
    if (flush != Z_FINISH) return 0;
    unsigned char t[8];
    uint32_t len = (uint32_t)g->in_bytes;
    for (int i = 0; i < 4; i++) {
        t[i] = (unsigned char)(g->crc >> (8 * i));
        t[4 + i] = (unsigned char)(len >> (8 * i));
    }
    return gz_put(g, t, sizeof t, err);
}

/* A section starts here: everything before it is flushed (byte-aligned,
 * and nothing after refers back to it). */
static int gz_section_begin(gz_out *g, tess_error *err) {
    if (gz_feed(g, NULL, 0, Z_FULL_FLUSH, err) != 0) return -1;
    g->in_section = true;
    g->sec_start = g->out_bytes;
    g->sec_in = g->in_bytes;
    g->sec_crc = (uint32_t)crc32(0L, Z_NULL, 0);
    return 0;
}

/* The section ends here, flushed likewise: its blob range, text length and
 * CRC into *out. */
static int gz_section_end(gz_out *g, dst_section *out, tess_error *err) {
    if (gz_feed(g, NULL, 0, Z_FULL_FLUSH, err) != 0) return -1;
    g->in_section = false;
    out->start = g->sec_start;
    out->end = g->out_bytes;
    out->len = g->in_bytes - g->sec_in;
    out->crc = g->sec_crc;
    return 0;
}

/* Append the compressed bytes of a section of another blob (as
 * gz_section_end described it) as they are: the text they hold follows
 * what was written, at no deflate cost. Only inside a section, right after
 * gz_section_begin or another splice (so the stream is byte-aligned and the
 * deflater's history is empty). */
static int gz_splice(gz_out *g, blob_store *bs, const char *key, const dst_section *sec,
                     tess_error *err) {
    for (uint64_t off = sec->start; off < sec->end;) {
        size_t n = sec->end - off < sizeof g->buf ? (size_t)(sec->end - off) : sizeof g->buf;
        if (blob_get_range(bs, key, off, n, g->buf, err) != 0) return -1;
        if (gz_put(g, g->buf, n, err) != 0) return -1;
        off += n;
    }
    g->crc = (uint32_t)crc32_combine(g->crc, sec->crc, (z_off_t)sec->len);
    g->sec_crc = (uint32_t)crc32_combine(g->sec_crc, sec->crc, (z_off_t)sec->len);
    g->in_bytes += sec->len;
    return 0;
}

static void gz_drop(gz_out *g) {
    if (g->bw) blob_writer_abort(g->bw);
    g->bw = NULL;
    if (g->live) deflateEnd(&g->z);
    g->live = false;
}

/* ---- writing -------------------------------------------------------------- */

struct dst_writer {
    blob_store *bs;
    char doc_key[BLOB_KEY_MAX + 1], dj_key[BLOB_KEY_MAX + 1];
    char image_set_id[128];
    bool has_dj, failed;
    uint64_t max_doc_bytes;
    size_t n;                   /* instances written */
    json_t *one;                /* a one-instance document for md_series_to_dicomjson */
    json_t *one_instances;      /* its Instances object */
    const json_t *patient, *study, *series;   /* the header's levels (referenced by one) */
    char *series_uid;
    md_bulk_fn bulk;
    void *bulk_ctx;
    tess_buf dj_line;           /* the DICOM JSON of one instance */
    tess_error *cb_err;         /* for the json_dump_callback sink */
    gz_out doc, dj;
};

static int doc_put(dst_writer *w, const void *p, size_t n, tess_error *err) {
    if (gz_feed(&w->doc, p, n, Z_NO_FLUSH, err) != 0) return -1;
    if (w->max_doc_bytes && w->doc.in_bytes > w->max_doc_bytes)
        return tess_fail(err,
                         "ServiceQuotaExceededException: the metadata of image set %s would be "
                         "more than %llu bytes, the quota",
                         w->image_set_id, (unsigned long long)w->max_doc_bytes);
    return 0;
}

static int doc_puts(dst_writer *w, const char *s, tess_error *err) {
    return doc_put(w, s, strlen(s), err);
}

static int dump_sink(const char *buffer, size_t size, void *data) {
    dst_writer *w = data;
    return doc_put(w, buffer, size, w->cb_err) == 0 ? 0 : -1;
}

/* The compact JSON text of v into the document. */
static int doc_json(dst_writer *w, const json_t *v, tess_error *err) {
    tess_error sink_err = {{0}};
    w->cb_err = &sink_err;
    int rc = json_dump_callback(v, dump_sink, w, JSON_COMPACT | JSON_ENCODE_ANY);
    w->cb_err = NULL;
    if (rc == 0) return 0;
    if (!sink_err.msg[0]) return tess_fail(err, "cannot serialise the metadata document");
    return tess_fail(err, "%s", sink_err.msg);
}

static int doc_string(dst_writer *w, const char *s, tess_error *err) {
    json_t *j = json_string(s);
    if (!j) return tess_fail(err, "metadata document: a key or ID is not valid UTF-8");
    int rc = doc_json(w, j, err);
    json_decref(j);
    return rc;
}

static int write_header(dst_writer *w, const dst_header *h, tess_error *err) {
    if (doc_puts(w, HEADER_START, err) || doc_puts(w, "\"1.1\",\"DatastoreID\":", err) ||
        doc_string(w, h->datastore_id, err) || doc_puts(w, ",\"ImageSetID\":", err) ||
        doc_string(w, h->image_set_id, err) || doc_puts(w, ",\"Patient\":{\"DICOM\":", err) ||
        doc_json(w, h->patient, err) || doc_puts(w, "},\"Study\":{\"DICOM\":", err) ||
        doc_json(w, h->study, err) || doc_puts(w, ",\"Series\":{", err) ||
        doc_string(w, h->series_uid, err) || doc_puts(w, ":{\"DICOM\":", err) ||
        doc_json(w, h->series, err) || doc_puts(w, HEADER_END, err))
        return -1;
    return 0;
}

int dst_writer_open(blob_store *bs, const char *doc_key, const char *dicomjson_key,
                    const dst_header *h, uint64_t max_doc_bytes, md_bulk_fn bulk,
                    void *bulk_ctx, dst_writer **out, tess_error *err) {
    *out = NULL;
    if (!json_is_object(h->patient) || !json_is_object(h->study) || !json_is_object(h->series) ||
        !h->series_uid || !h->datastore_id || !h->image_set_id)
        return tess_fail(err, "metadata document: the header lacks a level or an ID");
    if (strlen(doc_key) > BLOB_KEY_MAX || (dicomjson_key && strlen(dicomjson_key) > BLOB_KEY_MAX))
        return tess_fail(err, "metadata document: blob key too long");
    dst_writer *w = calloc(1, sizeof *w);
    if (!w) return tess_fail(err, "out of memory for a document writer");
    w->bs = bs;
    snprintf(w->doc_key, sizeof w->doc_key, "%s", doc_key);
    snprintf(w->image_set_id, sizeof w->image_set_id, "%s", h->image_set_id);
    w->max_doc_bytes = max_doc_bytes;
    w->bulk = bulk;
    w->bulk_ctx = bulk_ctx;
    tess_buf_init(&w->dj_line, -1);
    w->series_uid = strdup(h->series_uid);
    /* json_pack's "O" takes a reference: the writer keeps the levels alive */
    w->one = json_pack("{s:{s:O},s:{s:O,s:{s:{s:O,s:{}}}}}", "Patient", "DICOM",
                       (json_t *)h->patient, "Study", "DICOM", (json_t *)h->study, "Series",
                       h->series_uid, "DICOM", (json_t *)h->series, "Instances");
    w->one_instances = (json_t *)instances_of(w->one, h->series_uid);
    w->patient = h->patient;
    w->study = h->study;
    w->series = h->series;
    if (!w->series_uid || !w->one || !w->one_instances) {
        dst_writer_abort(w);
        return tess_fail(err, "out of memory for a document writer");
    }
    if (gz_open(&w->doc, bs, doc_key, err) != 0 || write_header(w, h, err) != 0 ||
        gz_section_begin(&w->doc, err) != 0) {
        dst_writer_abort(w);
        return -1;
    }
    if (dicomjson_key) {
        w->has_dj = true;
        snprintf(w->dj_key, sizeof w->dj_key, "%s", dicomjson_key);
        if (gz_open(&w->dj, bs, dicomjson_key, err) != 0 ||
            gz_feed(&w->dj, "[", 1, Z_NO_FLUSH, err) != 0 || gz_section_begin(&w->dj, err) != 0) {
            dst_writer_abort(w);
            return -1;
        }
    }
    *out = w;
    return 0;
}

static int add_dicomjson(dst_writer *w, const char *sop, const json_t *instance,
                         tess_error *err) {
    json_object_clear(w->one_instances);
    if (json_object_set(w->one_instances, sop, (json_t *)instance) != 0)
        return tess_fail(err, "out of memory writing DICOM JSON");
    w->dj_line.len = 0;
    int rc = md_series_to_dicomjson(w->one, w->series_uid, w->bulk, w->bulk_ctx, &w->dj_line,
                                    err);
    json_object_clear(w->one_instances);   /* do not keep the caller's instance */
    if (rc != 0) return -1;
    const uint8_t *d = w->dj_line.data;
    size_t n = w->dj_line.len;
    if (n < 2 || d[0] != '[' || d[n - 1] != ']')
        return tess_fail(err, "instance %s: DICOM JSON is not an array", sop);
    if (n == 2) return tess_fail(err, "instance %s: no DICOM JSON object", sop);
    const char *sep = w->n ? ",\n" : "\n";
    if (gz_feed(&w->dj, sep, strlen(sep), Z_NO_FLUSH, err) != 0 ||
        gz_feed(&w->dj, d + 1, n - 2, Z_NO_FLUSH, err) != 0)
        return -1;
    return 0;
}

int dst_writer_add(dst_writer *w, const char *sop, const json_t *instance, tess_error *err) {
    if (w->failed) return tess_fail(err, "metadata document writer: an earlier write failed");
    int rc;
    if (!json_is_object(instance))
        rc = tess_fail(err, "instance %s: not a JSON object", sop);
    else if (w->has_dj && add_dicomjson(w, sop, instance, err) != 0)
        rc = -1;
    else
        rc = doc_puts(w, w->n ? ",\n" : "\n", err) || doc_string(w, sop, err) ||
             doc_puts(w, ":", err) || doc_json(w, instance, err);
    if (rc != 0) {
        w->failed = true;
        return -1;
    }
    w->n++;
    return 0;
}

int dst_writer_commit(dst_writer *w, dst_stats *stats, tess_error *err) {
    int rc = 0;
    dst_section ds = {0}, js = {0};
    if (w->failed) rc = tess_fail(err, "metadata document writer: an earlier write failed");
    if (rc == 0) rc = gz_section_end(&w->doc, &ds, err);
    if (rc == 0) rc = doc_puts(w, "\n}}}}}\n", err);
    if (rc == 0) rc = gz_feed(&w->doc, NULL, 0, Z_FINISH, err);
    if (rc == 0 && w->has_dj) rc = gz_section_end(&w->dj, &js, err);
    if (rc == 0 && w->has_dj) rc = gz_feed(&w->dj, "\n]\n", 3, Z_FINISH, err);
    if (rc == 0) {
        rc = blob_writer_commit(w->doc.bw, err);
        w->doc.bw = NULL;
    }
    if (rc == 0 && w->has_dj) {
        rc = blob_writer_commit(w->dj.bw, err);
        w->dj.bw = NULL;
        if (rc != 0) {
            tess_error ig;
            blob_remove(w->bs, w->doc_key, &ig);
        }
    }
    if (rc == 0 && stats) {
        stats->doc_bytes = w->doc.in_bytes;
        stats->doc_gz_bytes = w->doc.out_bytes;
        stats->dicomjson_gz_bytes = w->dj.out_bytes;
        stats->instances = w->n;
        int k = snprintf(stats->sections, sizeof stats->sections, "1 %zu %llu %llu %llu %lu", w->n,
                         (unsigned long long)ds.start, (unsigned long long)ds.end,
                         (unsigned long long)ds.len, (unsigned long)ds.crc);
        if (w->has_dj && k > 0 && (size_t)k < sizeof stats->sections)
            snprintf(stats->sections + k, sizeof stats->sections - (size_t)k,
                     " %llu %llu %llu %lu", (unsigned long long)js.start,
                     (unsigned long long)js.end, (unsigned long long)js.len,
                     (unsigned long)js.crc);
    }
    dst_writer_abort(w);   /* frees what is left (writers already committed are NULL) */
    return rc;
}

void dst_writer_abort(dst_writer *w) {
    if (!w) return;
    gz_drop(&w->doc);
    gz_drop(&w->dj);
    json_decref(w->one);
    free(w->series_uid);
    tess_buf_free(&w->dj_line);
    free(w);
}

/* ---- reading: lines of a gzip blob ---------------------------------------- */

typedef struct gz_in {
    blob_store *bs;
    const char *key;
    uint64_t size, off;         /* blob size, bytes read */
    uint64_t limit, total;      /* text bytes allowed, inflated so far */
    z_stream z;
    bool live, end;
    size_t pos, len;            /* unread window: out[pos..len) */
    unsigned char in[DST_CHUNK], out[DST_CHUNK];
} gz_in;

static int gz_in_open(gz_in *r, blob_store *bs, const char *key, uint64_t limit,
                      tess_error *err) {
    memset(&r->z, 0, sizeof r->z);
    r->bs = bs;
    r->key = key;
    r->limit = limit ? limit : DST_DEFAULT_LIMIT;
    blob_info info;
    bool exists;
    if (blob_stat(bs, key, &info, &exists, err) != 0) return -1;
    if (!exists) return tess_fail(err, "metadata document %s does not exist", key);
    r->size = info.size;
    if (inflateInit2(&r->z, 15 + 16) != Z_OK)
        return tess_fail(err, "gunzip: inflateInit2 failed for %s", key);
    r->live = true;
    return 0;
}

static void gz_in_close(gz_in *r) {
    if (r->live) inflateEnd(&r->z);
    r->live = false;
}

/* Refill the window; *eof when the gzip stream has ended and all is used. */
static int gz_in_fill(gz_in *r, bool *eof, tess_error *err) {
    *eof = false;
    r->pos = r->len = 0;
    while (r->len == 0) {
        if (r->end) {
            *eof = true;
            return 0;
        }
        if (r->z.avail_in == 0) {
            if (r->off == r->size)
                return tess_fail(err, "metadata document %s: truncated gzip stream after %llu "
                                 "bytes", r->key, (unsigned long long)r->size);
            size_t n = r->size - r->off < DST_CHUNK ? (size_t)(r->size - r->off) : DST_CHUNK;
            if (blob_get_range(r->bs, r->key, r->off, n, r->in, err) != 0) return -1;
            r->off += n;
            r->z.next_in = r->in;
            r->z.avail_in = (uInt)n;
        }
        r->z.next_out = r->out;
        r->z.avail_out = sizeof r->out;
        int rc = inflate(&r->z, Z_NO_FLUSH);
        if ((rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) ||
            (rc == Z_BUF_ERROR && r->z.avail_in != 0))
            return tess_fail(err, "metadata document %s: corrupt gzip stream (zlib %d) at byte "
                             "%llu", r->key, rc, (unsigned long long)(r->off - r->z.avail_in));
        r->len = sizeof r->out - r->z.avail_out;
        r->total += r->len;
        if (r->total > r->limit)
            return tess_fail(err, "metadata document %s: more than %llu bytes of text", r->key,
                             (unsigned long long)r->limit);
        if (rc == Z_STREAM_END) {
            r->end = true;
            if (r->z.avail_in != 0 || r->off != r->size)
                return tess_fail(err, "metadata document %s: bytes after the gzip stream",
                                 r->key);
        }
    }
    return 0;
}

/* The next line into l (without its '\n'), after `keep` bytes of l that
 * stay. *got false at the end of the text; *ended true when the line had
 * its '\n'. */
static int next_line(gz_in *r, tess_buf *l, size_t keep, bool *got, bool *ended,
                     tess_error *err) {
    l->len = keep;
    *got = *ended = false;
    for (;;) {
        if (r->pos == r->len) {
            bool eof;
            if (gz_in_fill(r, &eof, err) != 0) return -1;
            if (eof) {
                *got = l->len > keep;
                return 0;
            }
        }
        const unsigned char *s = r->out + r->pos;
        size_t avail = r->len - r->pos;
        const unsigned char *nl = memchr(s, '\n', avail);
        size_t take = nl ? (size_t)(nl - s) : avail;
        tess_buf_put(l, s, take);
        if (l->failed) return tess_fail(err, "metadata document %s: %s", r->key, l->why);
        r->pos += take;
        if (nl) {
            r->pos++;
            *got = *ended = true;
            return 0;
        }
    }
}

static bool ends_with(const tess_buf *l, size_t from, const char *s) {
    size_t n = strlen(s);
    return l->len - from >= n && memcmp(l->data + l->len - n, s, n) == 0;
}

/* Parse the header line l[0..len) with its closing braces. NULL: not a
 * canonical header. */
static json_t *parse_header(tess_buf *l, dst_header *h) {
    size_t len = l->len;
    if (len < sizeof HEADER_START - 1 || memcmp(l->data, HEADER_START, sizeof HEADER_START - 1) ||
        !ends_with(l, 0, HEADER_END))
        return NULL;
    tess_buf_puts(l, LAST_LINE);
    if (l->failed) return NULL;
    json_error_t je;
    json_t *doc = json_loadb((const char *)l->data, l->len, JSON_REJECT_DUPLICATES, &je);
    l->len = len;
    if (doc && (!header_shape(doc, h) ||
                json_object_size(instances_of(doc, h->series_uid)) != 0)) {
        json_decref(doc);
        doc = NULL;
    }
    return doc;
}

typedef struct reader {
    gz_in in;
    tess_buf line;
} reader;

static void reader_close(reader *rd) {
    if (!rd) return;
    gz_in_close(&rd->in);
    tess_buf_free(&rd->line);
    free(rd);
}

static int reader_open(blob_store *bs, const char *key, uint64_t limit, reader **out,
                       tess_error *err) {
    *out = NULL;
    reader *rd = calloc(1, sizeof *rd);
    if (!rd) return tess_fail(err, "out of memory reading %s", key);
    tess_buf_init(&rd->line, -1);
    rd->line.limit = (size_t)(limit ? limit : DST_DEFAULT_LIMIT) + 16;
    if (gz_in_open(&rd->in, bs, key, limit, err) != 0) {
        reader_close(rd);
        return -1;
    }
    *out = rd;
    return 0;
}


/* Where read_instances / dst_writer_copy are in the instance lines. */
typedef struct line_state {
    size_t lineno;
    bool comma;                 /* the previous line ended with a comma (or is the header) */
    bool first;
} line_state;

#define LINE_STATE_START {1, true, true}

/* The next instance line after the header into rd->line as "{" + the line
 * without its trailing comma; *text / *n the line itself. *done instead at
 * the last line (checked: nothing follows it). */
static int instance_line(reader *rd, line_state *ls, const char **text, size_t *n, bool *done,
                         tess_error *err) {
    *done = false;
    ls->lineno++;
    rd->line.len = 0;
    tess_buf_putc(&rd->line, '{');
    bool got, ended;
    if (next_line(&rd->in, &rd->line, 1, &got, &ended, err) != 0) return -1;
    if (!got)
        return tess_fail(err, "metadata document %s: ends before its last line", rd->in.key);
    const char *t = (const char *)rd->line.data + 1;
    size_t len = rd->line.len - 1;
    if (len == sizeof LAST_LINE - 1 && memcmp(t, LAST_LINE, len) == 0) {
        if (ls->comma && !ls->first)
            return tess_fail(err, "metadata document %s: line %zu follows a trailing comma",
                             rd->in.key, ls->lineno);
        bool more, e2;
        if (next_line(&rd->in, &rd->line, 0, &more, &e2, err) != 0) return -1;
        if (more)
            return tess_fail(err, "metadata document %s: text after the last line", rd->in.key);
        *done = true;
        return 0;
    }
    if (!ls->comma)
        return tess_fail(err, "metadata document %s: line %zu: a comma is missing before it",
                         rd->in.key, ls->lineno);
    ls->first = false;
    ls->comma = len > 0 && t[len - 1] == ',';
    if (ls->comma) {
        rd->line.len--;
        len--;
    }
    *text = t;
    *n = len;
    return 0;
}

/* The instance line in rd->line (as instance_line left it) parsed: *o owns
 * the one-member object, *sop and *inst point into it. */
static int parse_instance(reader *rd, const line_state *ls, json_t **o, const char **sop,
                          json_t **inst, tess_error *err) {
    tess_buf_putc(&rd->line, '}');
    if (rd->line.failed)
        return tess_fail(err, "metadata document %s: %s", rd->in.key, rd->line.why);
    json_error_t je;
    *o = json_loadb((const char *)rd->line.data, rd->line.len, JSON_REJECT_DUPLICATES, &je);
    *sop = NULL;
    *inst = NULL;
    if (*o && json_object_size(*o) == 1) {
        void *it = json_object_iter(*o);
        *sop = json_object_iter_key(it);
        *inst = json_object_iter_value(it);
    }
    if (!json_is_object(*inst)) {
        int rc = tess_fail(err, "metadata document %s: line %zu is not one instance (%s)",
                           rd->in.key, ls->lineno, *o ? "not \"<sop>\":{..}" : je.text);
        json_decref(*o);
        *o = NULL;
        return rc;
    }
    return 0;
}

/* The instance lines after the header, each parsed inside "{" "}". */
static int read_instances(reader *rd, dst_instance_fn on_instance, void *ctx, tess_error *err) {
    line_state ls = LINE_STATE_START;
    for (;;) {
        const char *text;
        size_t n;
        bool done;
        if (instance_line(rd, &ls, &text, &n, &done, err) != 0) return -1;
        if (done) return 0;
        json_t *o, *inst;
        const char *sop;
        if (parse_instance(rd, &ls, &o, &sop, &inst, err) != 0) return -1;
        int rc = on_instance ? on_instance(ctx, sop, inst, err) : 0;
        json_decref(o);
        if (rc != 0) return rc > 0 ? DST_STOP : rc;
    }
}

int dst_read(blob_store *bs, const char *key, uint64_t limit, dst_header_fn on_header,
             dst_instance_fn on_instance, void *ctx, json_t **whole, tess_error *err) {
    if (whole) *whole = NULL;
    reader *rd;
    int rc = reader_open(bs, key, limit, &rd, err);
    if (rc != 0) return rc;
    bool got = false, ended = false;
    rc = next_line(&rd->in, &rd->line, 0, &got, &ended, err);
    json_t *hdoc = NULL;
    dst_header h;
    if (rc == 0 && got && ended) hdoc = parse_header(&rd->line, &h);
    if (rc == 0 && !hdoc) {
        /* another layout: a legacy document is one line, already here */
        rc = DST_WHOLE;
        if (whole && !ended) {
            json_error_t je;
            *whole = json_loadb(rd->line.data ? (const char *)rd->line.data : "", rd->line.len,
                                0, &je);
            if (!*whole)
                rc = tess_fail(err, "metadata document %s is not JSON (%s, line %d)", key,
                               je.text, je.line);
        } else if (whole) {
            gz_in_close(&rd->in);
            tess_buf_free(&rd->line);
            free(rd);
            rd = NULL;
            json_t *doc = NULL;
            tess_error e2;
            tess_buf gz, plain;
            tess_buf_init(&gz, -1);
            tess_buf_init(&plain, -1);
            uint64_t lim = limit ? limit : DST_DEFAULT_LIMIT;
            int lrc = blob_get(bs, key, (size_t)lim + (1u << 20), &gz, &e2);
            if (lrc == 0) lrc = tess_gunzip(gz.data, gz.len, (size_t)lim, &plain, &e2);
            if (lrc == 0) {
                json_error_t je;
                doc = json_loadb(plain.data ? (const char *)plain.data : "", plain.len, 0, &je);
                if (!doc)
                    lrc = tess_fail(&e2, "metadata document %s is not JSON (%s, line %d)", key,
                                    je.text, je.line);
            }
            tess_buf_free(&gz);
            tess_buf_free(&plain);
            if (lrc != 0) {
                *err = e2;
                rc = -1;
            }
            *whole = doc;
        }
    }
    if (rc == 0 && on_header) rc = on_header(ctx, &h, err);
    if (rc == 0) rc = read_instances(rd, on_instance, ctx, err);
    if (rc == DST_STOP) rc = 0;
    json_decref(hdoc);
    reader_close(rd);
    return rc;
}

/* ---- dst_writer_copy ------------------------------------------------------ */

/* The SOP key at the start of a raw instance line ("<sop>":{..}) when it
 * needs no unescaping; false sends the line through the parser. */
static bool line_sop(const char *text, size_t n, char *sop, size_t cap) {
    if (n < 5 || text[0] != '"' || text[n - 1] != '}') return false;
    const char *q = memchr(text + 1, '"', n - 1);
    if (!q) return false;
    size_t len = (size_t)(q - text) - 1;
    if (len == 0 || len >= cap || memchr(text + 1, '\\', len) ||
        (size_t)(q - text) + 3 > n || q[1] != ':' || q[2] != '{')
        return false;
    memcpy(sop, text + 1, len);
    sop[len] = '\0';
    return true;
}

/* The next object line of a DICOM JSON blob ("{..}" without its comma);
 * *done at its closing "]" (nothing may follow). */
static int dj_line(reader *rd, const char **text, size_t *n, bool *done, tess_error *err) {
    *done = false;
    bool got, ended;
    if (next_line(&rd->in, &rd->line, 0, &got, &ended, err) != 0) return -1;
    const char *t = (const char *)rd->line.data;
    size_t len = got ? rd->line.len : 0;
    if (len == 1 && t[0] == ']') {
        bool more, e2;
        if (next_line(&rd->in, &rd->line, 0, &more, &e2, err) != 0) return -1;
        if (more) return tess_fail(err, "DICOM JSON %s: text after its last line", rd->in.key);
        *done = true;
        return 0;
    }
    if (len > 0 && t[len - 1] == ',') len--;
    if (len < 2 || t[0] != '{' || t[len - 1] != '}')
        return tess_fail(err, "DICOM JSON %s: a line is not one object", rd->in.key);
    *text = t;
    *n = len;
    return 0;
}

static int dj_raw(dst_writer *w, const char *text, size_t n, tess_error *err) {
    const char *sep = w->n ? ",\n" : "\n";
    return gz_feed(&w->dj, sep, strlen(sep), Z_NO_FLUSH, err) != 0 ||
                   gz_feed(&w->dj, text, n, Z_NO_FLUSH, err) != 0
               ? -1
               : 0;
}

/* Open the DICOM JSON blob under key for copying beside a document whose
 * levels equal the writer's: NULL (regenerate instead) when it is missing
 * or does not start as the writer writes it. */
static reader *dj_open(dst_writer *w, const char *key, uint64_t limit) {
    reader *rd;
    tess_error ig;
    blob_info info;
    bool exists = false;
    if (blob_stat(w->bs, key, &info, &exists, &ig) != 0 || !exists) return NULL;
    if (reader_open(w->bs, key, limit, &rd, &ig) != 0) return NULL;
    bool got, ended;
    if (next_line(&rd->in, &rd->line, 0, &got, &ended, &ig) != 0 || !ended ||
        rd->line.len != 1 || rd->line.data[0] != '[') {
        reader_close(rd);
        return NULL;
    }
    return rd;
}

int dst_writer_copy(dst_writer *w, const char *doc_key, const char *dj_key, uint64_t limit,
                    dst_keep_fn keep, void *ctx, tess_error *err) {
    if (w->failed) return tess_fail(err, "metadata document writer: an earlier write failed");
    reader *rd, *dj = NULL;
    int rc = reader_open(w->bs, doc_key, limit, &rd, err);
    if (rc != 0) return rc;
    bool got = false, ended = false;
    json_t *hdoc = NULL;
    dst_header h;
    rc = next_line(&rd->in, &rd->line, 0, &got, &ended, err);
    if (rc == 0 && got && ended) hdoc = parse_header(&rd->line, &h);
    if (rc == 0 && !hdoc) rc = DST_WHOLE;
    /* the DICOM JSON of an instance depends on the levels and the instance
     * only: with the same levels it is copied too, else made again */
    if (rc == 0 && w->has_dj && dj_key && dj_key[0] && strcmp(h.series_uid, w->series_uid) == 0 &&
        json_equal(h.patient, w->patient) && json_equal(h.study, w->study) &&
        json_equal(h.series, w->series))
        dj = dj_open(w, dj_key, limit);
    line_state ls = LINE_STATE_START;
    while (rc == 0) {
        const char *text, *djtext = NULL;
        size_t n, djn = 0;
        bool done, djdone = false;
        if ((rc = instance_line(rd, &ls, &text, &n, &done, err)) != 0) break;
        if (dj && (rc = dj_line(dj, &djtext, &djn, &djdone, err)) != 0) break;
        if (done || djdone) {
            if (done != djdone && dj)
                rc = tess_fail(err, "DICOM JSON %s does not have one object per instance of %s",
                               dj_key, doc_key);
            break;
        }
        char sop[256];
        json_t *o = NULL, *inst = NULL;
        const char *psop = sop;
        bool raw = line_sop(text, n, sop, sizeof sop);
        if (!raw && (rc = parse_instance(rd, &ls, &o, &psop, &inst, err)) != 0) break;
        int k = keep(ctx, psop, err);
        if (k < 0) {
            rc = -1;
        } else if (k == 0) {
            /* left out */
        } else if (!raw) {
            rc = dst_writer_add(w, psop, inst, err);
        } else {
            /* the document line first: parsing it for its DICOM JSON
             * reallocates the line buffer that text points into */
            rc = doc_puts(w, w->n ? ",\n" : "\n", err) || doc_put(w, text, n, err) ? -1 : 0;
            if (rc == 0 && dj) {
                rc = dj_raw(w, djtext, djn, err);
            } else if (rc == 0 && w->has_dj) {
                rc = parse_instance(rd, &ls, &o, &psop, &inst, err);
                if (rc == 0) rc = add_dicomjson(w, sop, inst, err);
            }
            if (rc == 0) w->n++;
        }
        json_decref(o);
    }
    if (rc == -1) w->failed = true;
    json_decref(hdoc);
    reader_close(rd);
    reader_close(dj);
    return rc;
}

/* ---- dst_writer_splice ---------------------------------------------------- */

/* The sections string: 1 when it parses (a DICOM JSON section or not). */
static bool sections_parse(const char *s, size_t *n, dst_section *doc, dst_section *dj,
                           bool *has_dj) {
    unsigned long long v[9];
    unsigned long c1, c2;
    size_t nn;
    int got = sscanf(s, "1 %zu %llu %llu %llu %lu %llu %llu %llu %lu", &nn, &v[0], &v[1], &v[2],
                     &c1, &v[3], &v[4], &v[5], &c2);
    if (got != 5 && got != 9) return false;
    *n = nn;
    *doc = (dst_section){v[0], v[1], v[2], (uint32_t)c1};
    *has_dj = got == 9;
    if (*has_dj) *dj = (dst_section){v[3], v[4], v[5], (uint32_t)c2};
    /* an empty section (no instance) is empty in the blob too: deflate
     * writes nothing for a second full flush in a row */
    return doc->start > sizeof GZ_HEADER && doc->start <= doc->end &&
           (doc->start < doc->end || doc->len == 0) &&
           (!*has_dj || (dj->start > sizeof GZ_HEADER && dj->start <= dj->end &&
                         (dj->start < dj->end || dj->len == 0))) &&
           c1 <= 0xffffffffUL && (!*has_dj || c2 <= 0xffffffffUL);
}

/* The text before a section of a blob we wrote (our gzip header, then raw
 * deflate up to the section's start), into out; false when the blob does
 * not look like that: the header differs, a full flush does not end right
 * at the section's start and end (00 00 ff ff), or the text does not
 * inflate. */
static bool text_before(blob_store *bs, const char *key, const dst_section *sec, size_t max,
                        tess_buf *out, tess_error *err) {
    blob_info info;
    bool exists = false;
    if (blob_stat(bs, key, &info, &exists, err) != 0 || !exists || info.size < sec->end + 8)
        return false;
    if (sec->start > 2 * (uint64_t)max + 64) return false;   /* deflate expands little */
    uint8_t *head = malloc((size_t)sec->start);
    uint8_t tail[4];
    bool ok = head && blob_get_range(bs, key, 0, (size_t)sec->start, head, err) == 0 &&
              blob_get_range(bs, key, sec->end - 4, 4, tail, err) == 0 &&
              memcmp(head, GZ_HEADER, sizeof GZ_HEADER) == 0 &&
              memcmp(head + sec->start - 4, "\x00\x00\xff\xff", 4) == 0 &&
              memcmp(tail, "\x00\x00\xff\xff", 4) == 0;
    if (ok) {
        z_stream z;
        memset(&z, 0, sizeof z);
        ok = inflateInit2(&z, -15) == Z_OK;
        if (ok) {
            unsigned char buf[4096];
            z.next_in = head + sizeof GZ_HEADER;
            z.avail_in = (uInt)(sec->start - sizeof GZ_HEADER);
            int rc;
            do {
                z.next_out = buf;
                z.avail_out = sizeof buf;
                rc = inflate(&z, Z_SYNC_FLUSH);
                tess_buf_put(out, buf, sizeof buf - z.avail_out);
            } while (rc == Z_OK && z.avail_in > 0 && out->len <= max);
            ok = (rc == Z_OK || rc == Z_BUF_ERROR) && z.avail_in == 0 && out->len <= max &&
                 !out->failed;
            inflateEnd(&z);
        }
    }
    free(head);
    return ok;
}

int dst_writer_splice(dst_writer *w, const char *doc_key, const char *dj_key,
                      const char *sections, tess_error *err) {
    if (w->failed) return tess_fail(err, "metadata document writer: an earlier write failed");
    size_t n;
    dst_section ds, js;
    bool has_dj;
    if (w->n != 0 || !sections || !sections_parse(sections, &n, &ds, &js, &has_dj) ||
        has_dj != w->has_dj || (has_dj && (!dj_key || !dj_key[0])))
        return DST_NO_SPLICE;
    /* the previous header's levels must be the writer's: the DICOM JSON
     * lines were made with them */
    tess_buf head;
    tess_buf_init(&head, -1);
    head.limit = (1u << 20) + 4096;
    tess_error rerr = {{0}};
    bool ok = text_before(w->bs, doc_key, &ds, 1u << 20, &head, &rerr);
    dst_header h;
    json_t *hdoc = ok ? parse_header(&head, &h) : NULL;
    ok = hdoc && strcmp(h.series_uid, w->series_uid) == 0 && json_equal(h.patient, w->patient) &&
         json_equal(h.study, w->study) && json_equal(h.series, w->series);
    json_decref(hdoc);
    if (ok && has_dj) {
        head.len = 0;
        ok = text_before(w->bs, dj_key, &js, 16, &head, &rerr) && head.len == 1 &&
             head.data[0] == '[';
    }
    tess_buf_free(&head);
    if (!ok) return rerr.msg[0] ? (*err = rerr, -1) : DST_NO_SPLICE;
    if (gz_splice(&w->doc, w->bs, doc_key, &ds, err) != 0 ||
        (has_dj && gz_splice(&w->dj, w->bs, dj_key, &js, err) != 0)) {
        w->failed = true;
        return -1;
    }
    if (w->max_doc_bytes && w->doc.in_bytes > w->max_doc_bytes) {
        w->failed = true;
        return tess_fail(err,
                         "ServiceQuotaExceededException: the metadata of image set %s would be "
                         "more than %llu bytes, the quota",
                         w->image_set_id, (unsigned long long)w->max_doc_bytes);
    }
    w->n = n;
    return 0;
}

/* ---- dst_load ------------------------------------------------------------- */

typedef struct load_ctx {
    json_t *doc;
    json_t *instances;          /* in doc */
} load_ctx;

static int load_header(void *ctx, const dst_header *h, tess_error *err) {
    load_ctx *c = ctx;
    c->doc = json_pack("{s:s,s:s,s:s,s:{s:O},s:{s:O,s:{s:{s:O,s:{}}}}}", "SchemaVersion", "1.1",
                       "DatastoreID", h->datastore_id, "ImageSetID", h->image_set_id, "Patient",
                       "DICOM", (json_t *)h->patient, "Study", "DICOM", (json_t *)h->study,
                       "Series", h->series_uid, "DICOM", (json_t *)h->series, "Instances");
    c->instances = (json_t *)instances_of(c->doc, h->series_uid);
    if (!c->instances) return tess_fail(err, "out of memory loading a metadata document");
    return 0;
}

static int load_instance(void *ctx, const char *sop, json_t *instance, tess_error *err) {
    load_ctx *c = ctx;
    if (json_object_get(c->instances, sop))
        return tess_fail(err, "metadata document: instance %s appears twice", sop);
    if (json_object_set(c->instances, sop, instance) != 0)
        return tess_fail(err, "out of memory loading a metadata document");
    return 0;
}

int dst_load(blob_store *bs, const char *key, uint64_t limit, json_t **doc, tess_error *err) {
    load_ctx c = {0};
    json_t *whole = NULL;
    *doc = NULL;
    int rc = dst_read(bs, key, limit, load_header, load_instance, &c, &whole, err);
    if (rc == DST_WHOLE) {
        *doc = whole;
        return 0;
    }
    if (rc != 0) {
        json_decref(c.doc);
        return -1;
    }
    *doc = c.doc;
    return 0;
}
