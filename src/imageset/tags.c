/*
 * tags.c - tagging rules on top of the catalog's tag rows (see tags.h).
 */
#include "imageset/tags.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "util/id.h"

int tags_parse_arn(const char *arn, char ds[CAT_ID], char is[CAT_ID], tess_error *err) {
    /* arn:PARTITION:medical-imaging:REGION:ACCOUNT:datastore/ID[/imageset/ID] */
    const char *p = arn;
    const char *parts[6];
    int n = 0;
    if (!arn || strlen(arn) > 2048) return tess_fail(err, "ValidationException: invalid resourceArn");
    parts[n++] = p;
    while (n < 6 && (p = strchr(p, ':'))) parts[n++] = ++p;
    if (n != 6 || strncmp(arn, "arn:", 4) != 0 || strncmp(parts[1], "aws", 3) != 0 ||
        strncmp(parts[2], "medical-imaging:", 16) != 0 || strchr(parts[5], ':'))
        return tess_fail(err, "ValidationException: %.200s is not a medical-imaging ARN", arn);
    const char *res = parts[5];
    if (strncmp(res, "datastore/", 10) != 0)
        return tess_fail(err, "ValidationException: %.200s names no datastore", arn);
    res += 10;
    const char *slash = strchr(res, '/');
    size_t dl = slash ? (size_t)(slash - res) : strlen(res);
    if (dl != TESS_ID_LEN) return tess_fail(err, "ValidationException: bad datastore ID in %.200s", arn);
    memcpy(ds, res, dl);
    ds[dl] = '\0';
    is[0] = '\0';
    if (slash) {
        if (strncmp(slash, "/imageset/", 10) != 0 || strlen(slash + 10) != TESS_ID_LEN)
            return tess_fail(err, "ValidationException: bad image set part in %.200s", arn);
        memcpy(is, slash + 10, TESS_ID_LEN + 1);
    }
    if (!tess_id_valid(ds) || (is[0] && !tess_id_valid(is)))
        return tess_fail(err, "ValidationException: bad ID in %.200s", arn);
    return 0;
}

static bool key_ok(const char *k) {
    size_t n = strlen(k);
    if (n < 1 || n > 128 || strncmp(k, "aws:", 4) == 0) return false;
    for (; *k; k++) {
        char c = *k;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '+' && c <= '=') ||
            strchr("._:/", c))
            continue;
        return false;
    }
    return true;
}

/* The resource must exist and not be deleted. */
static int resolve(archive *a, const char *arn, char ds[CAT_ID], char is[CAT_ID],
                   tess_error *err) {
    if (tags_parse_arn(arn, ds, is, err) != 0) return -1;
    cat_datastore d;
    int rc = a->cat->vt->datastore_get(a->cat, ds, &d, err);
    if (rc == CAT_NOT_FOUND || (rc == 0 && strcmp(d.status, "DELETED") == 0))
        return tess_fail(err, "ResourceNotFoundException: datastore %s does not exist", ds);
    if (rc != 0) return -1;
    if (is[0]) {
        cat_image_set s;
        rc = a->cat->vt->image_set_get(a->cat, ds, is, &s, err);
        if (rc == CAT_NOT_FOUND || (rc == 0 && strcmp(s.state, "DELETED") == 0))
            return tess_fail(err, "ResourceNotFoundException: image set %s does not exist", is);
        if (rc != 0) return -1;
    }
    return 0;
}

typedef struct have_ctx {
    const char *const *keys;
    size_t n;
    int64_t existing, new_keys;
} have_ctx;

static int count_new(void *ctx, const char *key, const char *value) {
    have_ctx *h = ctx;
    (void)value;
    h->existing++;
    for (size_t i = 0; i < h->n; i++)
        if (strcmp(h->keys[i], key) == 0) h->new_keys--;
    return 0;
}

int tags_add(archive *a, const char *arn, const char *const *keys, const char *const *values,
             size_t n, tess_error *err) {
    char ds[CAT_ID], is[CAT_ID];
    if (resolve(a, arn, ds, is, err) != 0) return -1;
    if (n == 0) return tess_fail(err, "ValidationException: tags must not be empty");
    for (size_t i = 0; i < n; i++) {
        if (!key_ok(keys[i]))
            return tess_fail(err, "ValidationException: tag key '%.140s' must be 1-128 characters "
                                  "of [a-zA-Z+-=._:/] and not start with aws:", keys[i]);
        if (strlen(values[i]) > 256)
            return tess_fail(err, "ValidationException: the value of tag %s is longer than 256 "
                                  "characters", keys[i]);
        for (size_t j = 0; j < i; j++)
            if (strcmp(keys[i], keys[j]) == 0)
                return tess_fail(err, "ValidationException: tag key %s given twice", keys[i]);
    }
    have_ctx h = {keys, n, 0, (int64_t)n};
    if (a->cat->vt->tags_list(a->cat, ds, is, count_new, &h, err) != 0) return -1;
    if (h.existing + h.new_keys > a->quotas.tags_per_resource)
        return tess_fail(err, "ValidationException: a resource holds at most %lld tags",
                         (long long)a->quotas.tags_per_resource);
    return a->cat->vt->tags_put(a->cat, ds, is, keys, values, n, err);
}

int tags_remove(archive *a, const char *arn, const char *const *keys, size_t n, tess_error *err) {
    char ds[CAT_ID], is[CAT_ID];
    if (resolve(a, arn, ds, is, err) != 0) return -1;
    if (n == 0 || n > 200)
        return tess_fail(err, "ValidationException: tagKeys must hold 1 to 200 keys");
    for (size_t i = 0; i < n; i++)
        if (!key_ok(keys[i]))
            return tess_fail(err, "ValidationException: invalid tag key '%.140s'", keys[i]);
    return a->cat->vt->tags_remove(a->cat, ds, is, keys, n, err);
}

int tags_list(archive *a, const char *arn, cat_tag_fn fn, void *ctx, tess_error *err) {
    char ds[CAT_ID], is[CAT_ID];
    if (resolve(a, arn, ds, is, err) != 0) return -1;
    return a->cat->vt->tags_list(a->cat, ds, is, fn, ctx, err);
}
