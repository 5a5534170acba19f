/*
 * docstream.h - stored metadata documents written and read one instance at
 * a time, so that an image set of any size is handled in bounded memory.
 *
 * The canonical layout of a stored AHI document (valid JSON; UTF-8; lines
 * end with '\n'; every JSON value compact, as jansson's JSON_COMPACT):
 *
 *   line 1    {"SchemaVersion":"1.1","DatastoreID":"<ds>","ImageSetID":"<id>",
 *             "Patient":{"DICOM":{..}},"Study":{"DICOM":{..},"Series":{"<series>":
 *             {"DICOM":{..},"Instances":{                  (one line, no spaces)
 *   line 2..  "<sop>":{..instance..},                      one line per instance;
 *             "<sop>":{..instance..}                       the last without the comma
 *   last      }}}}}
 *
 * so a document holds exactly one series. A document with no series or
 * several (legacy image sets, docedit.h) cannot take this layout: isv_write
 * stores it as one compact line, and readers load it whole (DST_WHOLE).
 *
 * Beside the document, the writer produces the series' DICOM JSON (PS3.18
 * Annex F, what WADO-RS metadata serves) in the same pass:
 *
 *   [
 *   {..instance object..},                                 one line per instance,
 *   {..instance object..}                                  in document order
 *   ]
 *
 * each object being md_series_to_dicomjson's output for a document of that
 * one instance (Patient, Study and Series attributes merged). Instance order
 * is the document's order, not InstanceNumber order: PS3.18 does not require
 * one, and sorting would need the whole series in memory.
 *
 * Both blobs are gzip streams (RFC 1952), deflated as they are written into
 * a blob_writer, so neither the text nor the gzip is ever whole in memory:
 * a writer holds one instance at a time, a reader one line at a time.
 *
 * Thread-safety: a writer or a read belongs to one thread; different ones
 * may run in parallel on one blob store.
 */
#ifndef TESSERA_IMAGESET_DOCSTREAM_H
#define TESSERA_IMAGESET_DOCSTREAM_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "imageset/metadoc.h"
#include "store/blob.h"
#include "util/error.h"

/* A callback's answer to stop reading early (not an error). */
#define DST_STOP 1
/* dst_read: the stored document is not in the canonical layout. */
#define DST_WHOLE 2

/* The levels of a document above its instances. All borrowed. */
typedef struct dst_header {
    const char *datastore_id;
    const char *image_set_id;
    const json_t *patient;      /* Patient.DICOM */
    const json_t *study;        /* Study.DICOM */
    const char *series_uid;     /* the one key of Study.Series */
    const json_t *series;       /* Study.Series.<series_uid>.DICOM */
} dst_header;

/* Does doc have the shape of the canonical layout (exactly the members
 * SchemaVersion "1.1", DatastoreID and ImageSetID strings, Patient {DICOM},
 * Study {DICOM, Series} with one series {DICOM, Instances}, every DICOM and
 * instance an object)? If so fill h with pointers into doc. */
bool dst_doc_header(const json_t *doc, dst_header *h);

/* ---- writing ------------------------------------------------------------ */

typedef struct dst_writer dst_writer;

/* The instance lines of a stored blob as a section of its gzip stream:
 * bytes [start, end) of the blob are raw deflate data that starts and ends
 * at a full flush (byte-aligned, no reference to what precedes it) and
 * holds exactly the len bytes of text, with that CRC-32, from the first
 * instance's separator to the end of the last instance. */
typedef struct dst_section {
    uint64_t start, end, len;
    uint32_t crc;
} dst_section;

/* The sections of a version's two blobs as one string (what the catalog
 * keeps with the version): "1 N <doc section> [<DICOM JSON section>]". */
#define DST_SECTIONS_MAX 160

typedef struct dst_stats {
    uint64_t doc_bytes;         /* document text */
    uint64_t doc_gz_bytes;      /* its gzip, as stored */
    uint64_t dicomjson_gz_bytes;
    size_t instances;
    char sections[DST_SECTIONS_MAX];    /* for dst_writer_splice */
} dst_stats;

/* Start the document under doc_key and, when dicomjson_key is not NULL,
 * the DICOM JSON of its series under dicomjson_key (both new blobs of the
 * FREQUENT_ACCESS tier, visible only once dst_writer_commit succeeds). The
 * header line is written now. The writer copies the IDs and takes its own
 * references to the header's objects, so h may go away; bulk (may be NULL)
 * is md_series_to_dicomjson's hook, bulk_ctx must outlive the writer.
 * max_doc_bytes (0 = no limit) bounds the document text: passing it fails
 * with "ServiceQuotaExceededException: ...". The caller owns *w: finish it
 * with dst_writer_commit or dst_writer_abort. */
int dst_writer_open(blob_store *bs, const char *doc_key, const char *dicomjson_key,
                    const dst_header *h, uint64_t max_doc_bytes, md_bulk_fn bulk,
                    void *bulk_ctx, dst_writer **w, tess_error *err);

/* Append one instance (sop: its key; instance: its object, only read).
 * The caller guarantees each SOP UID is added once. On failure the writer
 * can only be aborted. */
int dst_writer_add(dst_writer *w, const char *sop, const json_t *instance, tess_error *err);

/* For dst_writer_copy: 1 to keep the instance sop, 0 to leave it out, -1
 * with err set to fail. */
typedef int (*dst_keep_fn)(void *ctx, const char *sop, tess_error *err);

/* Append the instances of the canonical document stored under doc_key (a
 * previous version) in its order, except those keep leaves out, copying
 * each instance line as it is stored rather than parsing and writing it
 * again. When the writer makes DICOM JSON and dj_key (may be NULL) holds
 * the DICOM JSON written beside that document, and the document's levels
 * equal the writer's, each instance's DICOM JSON line is copied from it
 * too; otherwise it is made again from the instance. limit as dst_read's.
 * Returns 0, -1 with err set (as dst_read; also a DICOM JSON blob whose
 * lines do not pair with the document's; the writer can then only be
 * aborted), or DST_WHOLE when the document is not in the canonical layout
 * (nothing was written). */
int dst_writer_copy(dst_writer *w, const char *doc_key, const char *dj_key, uint64_t limit,
                    dst_keep_fn keep, void *ctx, tess_error *err);

/* Append the instances of a previous version by splicing the compressed
 * bytes of its instance sections (sections: its dst_stats.sections) into
 * both blobs: no line is read, inflated or deflated. Only as the first
 * thing after dst_writer_open, and only when every instance of that
 * version is kept (the caller knows none is replaced). Its document's
 * header is read (one chunk) and its levels must equal the writer's, since
 * the DICOM JSON lines depend on them; the writer must make DICOM JSON
 * exactly when that version has it. Returns 0 (spliced), DST_NO_SPLICE
 * when any of this does not hold (nothing written: use dst_writer_copy),
 * or -1 with err set (a blob unreadable; the writer can only be aborted). */
#define DST_NO_SPLICE 3
int dst_writer_splice(dst_writer *w, const char *doc_key, const char *dj_key,
                      const char *sections, tess_error *err);

/* Finish both gzip streams and commit both blobs (durable on return). On
 * failure neither blob is left under its key. Frees w in every case;
 * stats may be NULL. */
int dst_writer_commit(dst_writer *w, dst_stats *stats, tess_error *err);

/* Drop everything written (nothing is left under the keys); frees w.
 * NULL is a no-op. */
void dst_writer_abort(dst_writer *w);

/* ---- reading ------------------------------------------------------------ */

/* Return 0 to go on, DST_STOP to stop, -1 with err set to fail. The
 * header's pointers and the instance are borrowed: valid during the call
 * (json_incref to keep them). */
typedef int (*dst_header_fn)(void *ctx, const dst_header *h, tess_error *err);
typedef int (*dst_instance_fn)(void *ctx, const char *sop, json_t *instance, tess_error *err);

/* Stream the document stored under key: on_header once, then on_instance
 * for each instance in document order (either may be NULL: skipped). The
 * blob is read in chunks and gunzipped as it goes; limit (0 = 1 GiB)
 * bounds the text.
 *
 * Returns 0 once the whole document was read (or a callback stopped it),
 * -1 with err set (missing blob, corrupt or truncated gzip, more than
 * limit bytes, bytes after the gzip stream, or a document that starts in
 * the canonical layout and breaks it later: a line that is not one
 * instance, a comma missing or extra, anything after the last line), or
 * DST_WHOLE when the first line is not a canonical header: nothing was
 * delivered, and if whole is not NULL *whole receives the document parsed
 * whole (the caller owns it; -1 if it is not JSON). A callback's -1 is
 * returned as is. */
int dst_read(blob_store *bs, const char *key, uint64_t limit, dst_header_fn on_header,
             dst_instance_fn on_instance, void *ctx, json_t **whole, tess_error *err);

/* The document stored under key as one jansson object, whatever its layout
 * (a canonical one is built instance by instance, without the whole text in
 * memory). The caller owns *doc. */
int dst_load(blob_store *bs, const char *key, uint64_t limit, json_t **doc, tess_error *err);

#endif
