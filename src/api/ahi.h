/*
 * ahi.h - the AWS HealthImaging REST API (restJson1) over the archive:
 * all 18 actions with AHI's wire shapes (ahi-api.md sections 1, 2, 8, 13).
 *
 * The handlers translate HTTP to the archive's operations and back:
 * member names, epoch-second timestamps, opaque pagination tokens, the
 * error envelope (x-amzn-ErrorType + {"message"}), the statuses (402 for
 * quotas), and AHI's intermediate states in immediate answers (CREATING,
 * SUBMITTED, LOCKED / UPDATING, ...), although the work itself completes
 * synchronously, except import jobs, which run on a background runner.
 *
 * Reads that AHI counts as access (GetImageSetMetadata, GetImageFrame,
 * updates, copies) are recorded in an access tracker that flushes
 * lastAccessedAt to the catalog in batches.
 */
#ifndef TESSERA_API_AHI_H
#define TESSERA_API_AHI_H

#include <stddef.h>
#include <stdint.h>

#include "http/http.h"
#include "imageset/archive.h"

typedef struct ahi_service ahi_service;

/* Create the service (job runner and access tracker threads start; jobs a
 * crash left unfinished are resumed). The caller owns *out. */
int ahi_service_start(archive *a, ahi_service **out, tess_error *err);

/* Stop the threads (the running import job finishes its current file and
 * stays resumable), flush the access tracker, free. */
void ahi_service_stop(ahi_service *s);

/* Append the AHI routes to routes (cap entries); *n receives the count. */
int ahi_routes(ahi_service *s, http_route *routes, size_t cap, size_t *n, tess_error *err);

/* Answer an error: the AHI exception name is the message prefix
 * ("ConflictException: ..."); a message without one is an internal error
 * (500, the detail is not sent). */
void ahi_error(http_response *resp, const tess_error *err);

/* Record access to an image set (batched; see above). */
void ahi_touch(ahi_service *s, const char *image_set_id);

/* A descriptor of segment blob `key` holding at least `need` bytes, from
 * the service's descriptor cache (DICOMweb frames share it). The caller
 * owns *fd (a dup: close it). */
int ahi_segment_fd(ahi_service *s, const char *key, uint64_t need, int *fd, tess_error *err);

/* The media type of a frame stored in transfer syntax ts ("" = HTJ2K):
 * image/jph, image/jphc, image/jpeg, image/j2c, image/jxl, video/...,
 * else application/octet-stream (GetImageFrame's Content-Type; DICOMweb
 * frames use it for parts of type * / *). */
const char *ahi_frame_content_type(const char *ts);

/* A Range header "bytes=a-b", "bytes=a-", "bytes=-n" over total bytes:
 * 0 with [*a, *b] (inclusive), 1 unsatisfiable (416), -1 malformed or
 * several ranges (ignored: the whole body, as RFC 9110 allows). */
int ahi_parse_range(const char *h, uint64_t total, uint64_t *a, uint64_t *b);

/* Queue an import job for the background runner. */
void ahi_enqueue_job(ahi_service *s, const char *datastore_id, const char *job_id);

#endif
