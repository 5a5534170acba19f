/*
 * datastore.c - CreateDatastore / DeleteDatastore rules (see datastore.h).
 */
#include "imageset/datastore.h"

#include <stdio.h>
#include <string.h>

#include "util/id.h"

int ds_create(archive *a, const char *name, const char *client_token, const char *kms_key_arn,
              const char *lossless_format, cat_datastore *out, tess_error *err) {
    if (name && *name && !tess_name_valid(name, 1, 256, "._/#-"))
        return tess_fail(err, "ValidationException: datastoreName must be 1-256 characters of "
                              "[A-Za-z0-9._/#-]");
    if (client_token && !tess_name_valid(client_token, 1, 64, "._-"))
        return tess_fail(err, "ValidationException: clientToken must be 1-64 characters of "
                              "[A-Za-z0-9._-]");
    if (lossless_format && *lossless_format && strcmp(lossless_format, "HTJ2K") != 0)
        return tess_fail(err, "ValidationException: losslessStorageFormat %s is not supported "
                              "(HTJ2K only)", lossless_format);
    if (kms_key_arn && strlen(kms_key_arn) > 512)
        return tess_fail(err, "ValidationException: kmsKeyArn is longer than 512 characters");
    cat_datastore d;
    memset(&d, 0, sizeof d);
    if (tess_id_new(d.id) != 0) return tess_fail(err, "the random source failed");
    snprintf(d.name, sizeof d.name, "%s", name && *name ? name : d.id);
    snprintf(d.status, sizeof d.status, "ACTIVE");
    snprintf(d.kms_key_arn, sizeof d.kms_key_arn, "%s", kms_key_arn ? kms_key_arn : "");
    snprintf(d.lossless_format, sizeof d.lossless_format, "HTJ2K");
    if (client_token) snprintf(d.client_token, sizeof d.client_token, "%s", client_token);
    d.created_at = d.updated_at = tess_now();
    cat_datastore old;
    if (client_token && *client_token) {
        /* an idempotent retry never counts against the quota */
        int rc = a->cat->vt->datastore_create(a->cat, &d, &old, err);
        if (rc == 1) {
            *out = old;
            return 0;
        }
        if (rc != 0) return -1;
        if (a->cat->vt->datastore_count_active(a->cat, err) > a->quotas.datastores) {
            tess_error ig;
            a->cat->vt->datastore_delete(a->cat, d.id, tess_now(), &ig);
            return tess_fail(err, "ServiceQuotaExceededException: at most %lld active data "
                                  "stores", (long long)a->quotas.datastores);
        }
        *out = d;
        return 0;
    }
    if (a->cat->vt->datastore_count_active(a->cat, err) >= a->quotas.datastores)
        return tess_fail(err, "ServiceQuotaExceededException: at most %lld active data stores",
                         (long long)a->quotas.datastores);
    int rc = a->cat->vt->datastore_create(a->cat, &d, &old, err);
    if (rc < 0) return -1;
    *out = rc == 1 ? old : d;
    return 0;
}

int ds_delete(archive *a, const char *id, cat_datastore *out, tess_error *err) {
    int rc = a->cat->vt->datastore_get(a->cat, id, out, err);
    if (rc == CAT_NOT_FOUND || (rc == 0 && strcmp(out->status, "DELETED") == 0))
        return tess_fail(err, "ResourceNotFoundException: datastore %s does not exist", id);
    if (rc != 0) return -1;
    rc = a->cat->vt->datastore_delete(a->cat, id, tess_now(), err);
    if (rc == CAT_CONFLICT)
        return tess_fail(err, "ConflictException: datastore %s still holds image sets; delete "
                              "them first", id);
    if (rc != 0) return -1;
    snprintf(out->status, sizeof out->status, "DELETING");
    return 0;
}

int ds_resolve(archive *a, const char *name_or_id, cat_datastore *out, tess_error *err) {
    int rc = a->cat->vt->datastore_get(a->cat, name_or_id, out, err);
    if (rc == 0 && strcmp(out->status, "DELETED") != 0) return 0;
    if (rc != 0 && rc != CAT_NOT_FOUND) return -1;
    rc = a->cat->vt->datastore_find_by_name(a->cat, name_or_id, out, err);
    if (rc == CAT_NOT_FOUND)
        return tess_fail(err, "ResourceNotFoundException: no datastore named or with ID %s",
                         name_or_id);
    return rc;
}
