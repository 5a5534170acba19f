/*
 * instance.c - one instance through validation, the storage policy and the
 * segment (see instance.h).
 *
 * Payload shape (JSON text, read back by imageset/assemble.c):
 *
 *   {"patient":{..},"study":{..},"series":{..},   metadata document pieces
 *    "instance":{"DICOM":{..},"DICOMVRs":{..},"StoredTransferSyntaxUID":..,
 *                "ImageFrames":[..]},
 *    "row":{"sop":..,"sop_class":..,"ts":..,"stored_ts":..,"instance_number":n|null,
 *           "rows":..,"columns":..,"bits_allocated":..,"frames":..,
 *           "content_date":..,"content_time":..},
 *    "frames":[{"id":..,"index":..,"segment":..,"offset":..,"length":..,
 *               "res_end":[..],"ts":..}],
 *    "warnings":[{"warning_reason_code":..,"type":..,"message":..}]}
 *
 * Pixel data whose frames cannot be extracted at all (broken fragment
 * tables) is kept whole: the Pixel Data value bytes go to the segment as
 * one location with index ORIGINAL_PIXEL_DATA and no ImageFrames entry,
 * with AHI's FRAMES_EXTRACTION_FAILURE warning, so nothing is dropped.
 */
#include "ingest/instance.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dicom/encaps.h"
#include "imageset/metadoc.h"
#include "pixel/checksum.h"
#include "pixel/decode.h"
#include "pixel/image.h"
#include "pixel/transcode.h"
#include "util/id.h"

#define ORIGINAL_PIXEL_DATA 0xFFFFFFFFu
#define WARN_FRAMES_EXTRACTION 0xB110

static void str_of(const dcm_dataset *ds, uint32_t tag, char *out, size_t cap) {
    out[0] = '\0';
    const dcm_element *e = dcm_dataset_find(ds, tag);
    if (!e) return;
    size_t n = 0;
    const char *s = dcm_string_value(e, 0, &n);
    if (!s) return;
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

static json_t *int_of(const dcm_dataset *ds, uint32_t tag) {
    long v;
    const dcm_element *e = dcm_dataset_find(ds, tag);
    if (e && dcm_element_int(e, &v)) return json_integer(v);
    return json_null();
}

static void add_warning(json_t *warnings, unsigned code, const char *type, const char *msg) {
    json_array_append_new(warnings, json_pack("{s:i,s:s,s:s}", "warning_reason_code", (int)code,
                                              "type", type, "message", msg));
}

static const char *warning_type(uint32_t code) {
    switch (code) {
    case PX_WARNING_NOT_TRANSCODED: return "TranscodingException";
    case PX_WARNING_NOT_DECODABLE: return "UnsupportedTransferSyntax";
    case WARN_FRAMES_EXTRACTION: return "FramesExtractionFailure";
    default: return "Other";
    }
}

static int reject(ing_failure *fail, const char *type, const char *message) {
    snprintf(fail->type, sizeof fail->type, "%s", type);
    snprintf(fail->message, sizeof fail->message, "%s", message);
    return 1;
}

/* Checksum of a retained frame we can decode: full resolution only. */
static void retained_checksum(dcm_file *f, const px_info *info, uint32_t i, px_stored_frame *sf) {
    if (!px_can_decode(f->transfer_syntax)) return;
    px_image img;
    tess_error e;
    if (px_decode_frame(f, info, i, &img, &e) != 0) return;
    if (px_frame_checksums(&img, 0, sf->checksums, &sf->min, &sf->max, &e) == 0)
        sf->nchecksums = 1;
    px_image_free(&img);
}

/* Append one stored frame: segment bytes, ImageFrames entry, frame row. */
static int put_frame(seg_writer *seg, px_stored_frame *sf, uint32_t index, json_t *image_frames,
                     json_t *frames, uint64_t *stored, tess_error *err) {
    seg_location loc;
    if (seg_append(seg, sf->data, sf->len, &loc, err) != 0) return -1;
    *stored += sf->len;
    char id[TESS_ID_LEN + 1];
    if (tess_id_new(id) != 0) return tess_fail(err, "frame id: the random source failed");
    json_t *cks = json_array();
    for (unsigned k = 0; k < sf->nchecksums; k++)
        json_array_append_new(cks, json_pack("{s:I,s:I,s:I}", "Width",
                                             (json_int_t)sf->checksums[k].width, "Height",
                                             (json_int_t)sf->checksums[k].height, "Checksum",
                                             (json_int_t)sf->checksums[k].crc32));
    json_t *entry = json_pack("{s:s,s:o}", "ID", id,
                              "PixelDataChecksumFromBaseToFullResolution", cks);
    json_object_set_new(entry, "MinPixelValue",
                        sf->nchecksums ? json_integer(sf->min) : json_null());
    json_object_set_new(entry, "MaxPixelValue",
                        sf->nchecksums ? json_integer(sf->max) : json_null());
    json_object_set_new(entry, "FrameSizeInBytes", json_integer((json_int_t)sf->len));
    json_array_append_new(image_frames, entry);
    json_t *ends = json_array();
    for (unsigned k = 0; k < sf->nres; k++) json_array_append_new(ends, json_integer(sf->res_end[k]));
    json_array_append_new(frames, json_pack("{s:s,s:I,s:s,s:I,s:I,s:o,s:s}", "id", id, "index",
                                            (json_int_t)index, "segment", loc.key, "offset",
                                            (json_int_t)loc.offset, "length",
                                            (json_int_t)loc.length, "res_end", ends, "ts",
                                            sf->transfer_syntax));
    return 0;
}

/* Keep the whole Pixel Data value when frames cannot be extracted. */
static int put_original(dcm_file *f, dcm_element *px, seg_writer *seg, json_t *frames,
                        uint64_t *stored, tess_error *err) {
    char id[TESS_ID_LEN + 1];
    if (tess_id_new(id) != 0) return tess_fail(err, "frame id: the random source failed");
    uint64_t first = 0, total = 0;
    bool have = false;
    char key[BLOB_KEY_MAX + 1] = "";
    if (px->flags & DCM_EL_ENCAPSULATED) {
        for (uint32_t k = 0; k < px->count; k++) {
            const dcm_fragment *fr = &px->frags[k];
            uint8_t *tmp = fr->data;
            if (!tmp && fr->length) {
                tmp = malloc(fr->length);
                if (!tmp) return tess_fail(err, "out of memory for a %u-byte fragment", fr->length);
                if (dcm_file_read_range(f, fr->offset, tmp, fr->length, err) != 0) {
                    free(tmp);
                    return -1;
                }
            }
            seg_location loc;
            int rc = seg_append(seg, tmp, fr->length, &loc, err);
            if (tmp != fr->data) free(tmp);
            if (rc != 0) return -1;
            if (!have) {
                first = loc.offset;
                have = true;
                snprintf(key, sizeof key, "%s", loc.key);
            }
            total += fr->length;
            /* fragments of one value must land in one segment, in order */
            if (loc.offset != first + total - fr->length || strcmp(loc.key, key) != 0)
                return tess_fail(err, "pixel data of %llu bytes does not fit one segment",
                                 (unsigned long long)total);
        }
    } else {
        const uint8_t *v;
        if (dcm_file_value(f, px, &v, err) != 0) return -1;
        seg_location loc;
        if (seg_append(seg, v, px->length, &loc, err) != 0) return -1;
        first = loc.offset;
        total = px->length;
        snprintf(key, sizeof key, "%s", loc.key);
    }
    json_array_append_new(frames, json_pack("{s:s,s:I,s:s,s:I,s:I,s:[],s:s}", "id", id, "index",
                                            (json_int_t)ORIGINAL_PIXEL_DATA, "segment",
                                            key, "offset", (json_int_t)first,
                                            "length", (json_int_t)total, "res_end", "ts",
                                            f->transfer_syntax));
    *stored += total;
    return 0;
}

int ing_instance(dcm_file *f, seg_writer *seg, ing_result *res, ing_failure *fail,
                 tess_error *err) {
    memset(res, 0, sizeof *res);
    memset(fail, 0, sizeof *fail);
    if (!f->has_meta || f->ts_detected || !f->transfer_syntax[0])
        return reject(fail, "ValidationException",
                      "DICOM attribute TransferSyntaxUID does not exist");
    if (!dcm_dataset_find(&f->ds, DCM_TAG(0x0008, 0x0016)))
        return reject(fail, "ValidationException", "DICOM attribute SOPClassUID does not exist");
    md_instance md;
    tess_error merr;
    if (md_instance_build(f, &md, &merr) != 0)
        return reject(fail, "ValidationException", merr.msg);

    int rc = -1;
    json_t *frames = json_array(), *warnings = json_array(), *image_frames = json_array();
    char stored_ts[65];
    snprintf(stored_ts, sizeof stored_ts, "%s", f->transfer_syntax);
    uint32_t nframes = 0;
    dcm_element *px = dcm_dataset_find(&f->ds, DCM_TAG_PIXEL_DATA);
    if (px) {
        px_info info;
        tess_error ierr;
        if (px_info_from_dataset(&f->ds, &info, &ierr) != 0) {
            add_warning(warnings, WARN_FRAMES_EXTRACTION, warning_type(WARN_FRAMES_EXTRACTION),
                        ierr.msg);
            if (put_original(f, px, seg, frames, &res->stored_bytes, err) != 0) goto out;
        } else {
            uint32_t warned_code = 0;
            bool whole = false;
            for (uint32_t i = 0; i < info.frames; i++) {
                px_stored_frame sf;
                uint32_t warning = 0;
                tess_error ferr = {{0}};
                if (px_transcode_frame(f, &info, i, &sf, &warning, &ferr) != 0) {
                    /* frames cannot be extracted: keep the pixel data whole */
                    px_stored_frame_free(&sf);
                    add_warning(warnings, WARN_FRAMES_EXTRACTION,
                                warning_type(WARN_FRAMES_EXTRACTION), ferr.msg);
                    json_array_clear(image_frames);
                    json_array_clear(frames);
                    whole = true;
                    break;
                }
                if (sf.policy == PX_POLICY_RETAIN) retained_checksum(f, &info, i, &sf);
                if (warning && !warned_code) {
                    warned_code = warning;
                    add_warning(warnings, warning, warning_type(warning), ferr.msg);
                }
                if (i == 0) snprintf(stored_ts, sizeof stored_ts, "%s", sf.transfer_syntax);
                int prc = put_frame(seg, &sf, i, image_frames, frames, &res->stored_bytes, err);
                px_stored_frame_free(&sf);
                if (prc != 0) goto out;
                nframes++;
            }
            if (whole) {
                nframes = 0;
                snprintf(stored_ts, sizeof stored_ts, "%s", f->transfer_syntax);
                if (put_original(f, px, seg, frames, &res->stored_bytes, err) != 0) goto out;
            }
        }
    }

    json_object_set_new(md.instance, "StoredTransferSyntaxUID", json_string(stored_ts));
    if (nframes) json_object_set(md.instance, "ImageFrames", image_frames);

    char content_date[17], content_time[27];
    str_of(&f->ds, DCM_TAG(0x0008, 0x0023), content_date, sizeof content_date);
    str_of(&f->ds, DCM_TAG(0x0008, 0x0033), content_time, sizeof content_time);
    json_t *row = json_pack("{s:s,s:s,s:s,s:s,s:o,s:o,s:o,s:o,s:I,s:s,s:s}", "sop", md.sop_uid,
                            "sop_class", md.sop_class_uid, "ts", f->transfer_syntax,
                            "stored_ts", stored_ts, "instance_number",
                            int_of(&f->ds, DCM_TAG(0x0020, 0x0013)), "rows",
                            int_of(&f->ds, DCM_TAG(0x0028, 0x0010)), "columns",
                            int_of(&f->ds, DCM_TAG(0x0028, 0x0011)), "bits_allocated",
                            int_of(&f->ds, DCM_TAG(0x0028, 0x0100)), "frames",
                            (json_int_t)nframes, "content_date", content_date, "content_time",
                            content_time);
    json_t *payload = json_pack("{s:O,s:O,s:O,s:O,s:o,s:O,s:O}", "patient", md.patient, "study",
                                md.study, "series", md.series, "instance", md.instance, "row", row,
                                "frames", frames, "warnings", warnings);
    if (!payload) {
        tess_fail(err, "instance %s: cannot build the payload", md.sop_uid);
        goto out;
    }
    res->payload = json_dumps(payload, JSON_COMPACT);
    json_decref(payload);
    if (!res->payload) {
        tess_fail(err, "instance %s: out of memory for the payload", md.sop_uid);
        goto out;
    }
    snprintf(res->group_key, sizeof res->group_key, "%s/%s", md.study_uid, md.series_uid);
    snprintf(res->sop_uid, sizeof res->sop_uid, "%s", md.sop_uid);
    res->frames = nframes;
    res->warned = json_array_size(warnings) > 0;
    rc = 0;
out:
    json_decref(frames);
    json_decref(warnings);
    json_decref(image_frames);
    md_instance_free(&md);
    return rc;
}

void ing_result_free(ing_result *r) {
    free(r->payload);
    r->payload = NULL;
}
