/*
 * tags.h - TagResource / UntagResource / ListTagsForResource (ahi-api.md
 * 2.4): tags on data stores and image sets, addressed by ARN.
 *
 * Rules: a TagKey is 1-128 characters of [A-Za-z] plus the characters from
 * '+' to '=' (digits, "+,-./:;<=") and "._:/", not starting with "aws:";
 * a TagValue is 0-256 characters; at most 200 keys per UntagResource and
 * quotas.tags_per_resource (50) tags on a resource. Any partition, region
 * and account are accepted in the ARN (clients build ARNs themselves);
 * the resource must exist and not be deleted. Errors carry the AHI
 * exception name as a prefix.
 */
#ifndef TESSERA_IMAGESET_TAGS_H
#define TESSERA_IMAGESET_TAGS_H

#include <stddef.h>

#include "imageset/archive.h"

/* Split a datastore or image-set ARN; image_set_id is "" for a datastore. */
int tags_parse_arn(const char *arn, char datastore_id[CAT_ID], char image_set_id[CAT_ID],
                   tess_error *err);

int tags_add(archive *a, const char *arn, const char *const *keys, const char *const *values,
             size_t n, tess_error *err);
int tags_remove(archive *a, const char *arn, const char *const *keys, size_t n, tess_error *err);
int tags_list(archive *a, const char *arn, cat_tag_fn fn, void *ctx, tess_error *err);

#endif
