/*
 * gz.h - gzip (RFC 1952) compression of whole buffers, through zlib.
 *
 * Metadata documents are stored gzip-compressed and served as is
 * (Content-Encoding: gzip), so they are compressed once when a version is
 * written and decompressed only when a new version is derived from them.
 */
#ifndef TESSERA_UTIL_GZ_H
#define TESSERA_UTIL_GZ_H

#include <stddef.h>

#include "util/buf.h"
#include "util/error.h"

/* Append the gzip of p[0..n) to out. Returns 0 or -1. */
int tess_gzip(const void *p, size_t n, tess_buf *out, tess_error *err);

/* Append the decompressed bytes of a gzip stream to out; more than `limit`
 * output bytes is an error (0 = 1 GiB). Returns 0 or -1. */
int tess_gunzip(const void *p, size_t n, size_t limit, tess_buf *out, tess_error *err);

#endif
