/*
 * blob_fs.h - what the filesystem blob backend offers beyond blob.h.
 *
 * blob_fs_open (declared in blob.h) roots a store at a directory:
 *
 *     dir/frequent/<key>   blobs in FREQUENT_ACCESS
 *     dir/archive/<key>    blobs in ARCHIVE_INSTANT_ACCESS
 *     dir/tmp/             in-flight blob_writer files, renamed into a tier on commit
 *
 * A writer that never commits (the process died) leaves its temporary file
 * in dir/tmp/, invisible to every read. blob_fs_open never deletes them,
 * because another process may be writing through the same directory; an
 * operator or the server's start-up calls blob_fs_clean_tmp with an age no
 * live writer can reach. docs/storage.md has the layout and the durability
 * argument.
 */
#ifndef TESSERA_STORE_BLOB_FS_H
#define TESSERA_STORE_BLOB_FS_H

#include "store/blob.h"

/* Remove the regular files of dir/tmp/ last modified more than
 * older_than_seconds ago (0: all of them; only safe when no writer is
 * open on the directory). *removed (may be NULL) receives how many were
 * removed. A missing dir/tmp/ is not an error. Returns 0 or -1. */
int blob_fs_clean_tmp(const char *dir, double older_than_seconds, unsigned *removed,
                      tess_error *err);

#endif
