/*
 * wire.c - AHI member shapes from catalog rows (see wire.h).
 */
#include "api/wire.h"

#include <stdio.h>

json_t *wire_datastore(const archive *a, const cat_datastore *d, bool summary) {
    char arn[200];
    archive_datastore_arn(a, d->id, arn, sizeof arn);
    json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:f,s:f}", "datastoreId", d->id, "datastoreName",
                          d->name, "datastoreStatus", d->status, "datastoreArn", arn, "createdAt",
                          d->created_at, "updatedAt", d->updated_at);
    if (!summary) {
        json_object_set_new(o, "losslessStorageFormat", json_string(d->lossless_format));
        if (d->kms_key_arn[0]) json_object_set_new(o, "kmsKeyArn", json_string(d->kms_key_arn));
    }
    return o;
}

json_t *wire_job(const cat_job *j, bool summary) {
    json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:f}", "jobId", j->id, "jobName", j->name,
                          "jobStatus", j->status, "datastoreId", j->datastore_id,
                          "dataAccessRoleArn", j->role_arn, "submittedAt", j->submitted_at);
    if (!summary) {
        json_object_set_new(o, "inputS3Uri", json_string(j->input_uri));
        json_object_set_new(o, "outputS3Uri", json_string(j->output_uri));
    }
    if (j->ended_at > 0) json_object_set_new(o, "endedAt", json_real(j->ended_at));
    if (j->message[0]) json_object_set_new(o, "message", json_string(j->message));
    return o;
}

json_t *wire_dicom_tags(const cat_dicom_tags *g) {
    json_t *t = json_object();
#define PUT(k, v) if ((v)[0]) json_object_set_new(t, k, json_string(v))
    PUT("DICOMPatientId", g->patient_id);
    PUT("DICOMPatientName", g->patient_name);
    PUT("DICOMPatientBirthDate", g->patient_birth_date);
    PUT("DICOMPatientSex", g->patient_sex);
    PUT("DICOMStudyInstanceUID", g->study_uid);
    PUT("DICOMStudyId", g->study_id);
    PUT("DICOMStudyDescription", g->study_description);
    PUT("DICOMAccessionNumber", g->accession_number);
    PUT("DICOMSeriesInstanceUID", g->series_uid);
    PUT("DICOMSeriesModality", g->modality);
    PUT("DICOMSeriesBodyPart", g->body_part);
    PUT("DICOMStudyDate", g->study_date);
    PUT("DICOMStudyTime", g->study_time);
#undef PUT
    if (g->has_series_number) json_object_set_new(t, "DICOMSeriesNumber", json_integer(g->series_number));
    if (g->study_related_series >= 0)
        json_object_set_new(t, "DICOMNumberOfStudyRelatedSeries", json_integer(g->study_related_series));
    if (g->study_related_instances >= 0)
        json_object_set_new(t, "DICOMNumberOfStudyRelatedInstances",
                            json_integer(g->study_related_instances));
    return t;
}

json_t *wire_image_set_summary(const cat_image_set *s) {
    json_t *o = json_pack("{s:s,s:I,s:f,s:f,s:f,s:s,s:b}", "imageSetId", s->id, "version",
                          (json_int_t)s->latest_version, "createdAt", s->created_at, "updatedAt",
                          s->updated_at, "lastAccessedAt", s->last_accessed_at, "storageTier",
                          s->storage_tier, "isPrimary", s->is_primary);
    json_object_set_new(o, "DICOMTags", wire_dicom_tags(&s->tags));
    return o;
}

json_t *wire_version(const cat_version *v) {
    char ver[24];
    snprintf(ver, sizeof ver, "%lld", (long long)v->version);
    json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:f,s:f,s:b}", "imageSetId", v->image_set_id,
                          "versionId", ver, "imageSetState", v->state, "ImageSetWorkflowStatus",
                          v->workflow_status, "createdAt", v->created_at, "updatedAt",
                          v->updated_at, "isPrimary", v->is_primary);
    if (v->deleted_at > 0) json_object_set_new(o, "deletedAt", json_real(v->deleted_at));
    if (v->message[0]) json_object_set_new(o, "message", json_string(v->message));
    if (v->forced) json_object_set_new(o, "overrides", json_pack("{s:b}", "forced", 1));
    return o;
}

json_t *wire_image_set(const archive *a, const cat_image_set *s, const cat_version *v) {
    char arn[300], ver[24];
    archive_image_set_arn(a, s->datastore_id, s->id, arn, sizeof arn);
    snprintf(ver, sizeof ver, "%lld", (long long)(v ? v->version : s->latest_version));
    const char *state = v ? v->state : s->state, *wf = v ? v->workflow_status : s->workflow_status;
    const char *msg = v ? v->message : s->message;
    double created = v ? v->created_at : s->created_at, updated = v ? v->updated_at : s->updated_at;
    double deleted = v ? v->deleted_at : s->deleted_at;
    bool forced = v ? v->forced : s->forced, primary = v ? v->is_primary : s->is_primary;
    json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:f,s:f,s:s,s:b,s:f,s:s}", "datastoreId",
                          s->datastore_id, "imageSetId", s->id, "versionId", ver,
                          "imageSetState", state, "imageSetWorkflowStatus", wf, "createdAt",
                          created, "updatedAt", updated, "imageSetArn", arn, "isPrimary",
                          primary, "lastAccessedAt", s->last_accessed_at, "storageTier",
                          s->storage_tier);
    if (deleted > 0) json_object_set_new(o, "deletedAt", json_real(deleted));
    if (msg[0]) json_object_set_new(o, "message", json_string(msg));
    if (forced) json_object_set_new(o, "overrides", json_pack("{s:b}", "forced", 1));
    return o;
}
