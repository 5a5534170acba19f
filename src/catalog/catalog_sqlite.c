/*
 * catalog_sqlite.c - the embedded catalog: catalog.h's vtable on one
 * SQLite file (docs/catalog.md describes the schema and the rules).
 *
 * Connections. One write connection, guarded by a mutex: every write is
 * one BEGIN IMMEDIATE ... COMMIT under it. Reads use a pool of read-only
 * connections (WAL lets them read a committed snapshot while the writer
 * writes); a read takes an idle connection or opens a new one, so a
 * listing callback that calls back into the catalog never waits for
 * itself. Callbacks always run on a read connection, never under the
 * write mutex. Each connection caches its prepared statements (the
 * stmt_sql table below), prepared on first use.
 *
 * Durability: journal_mode=WAL with synchronous=FULL, so a COMMIT that
 * returned is on disk (design.md: nothing acknowledged is lost).
 *
 * Schema: an ordered array of migration steps (`migrations`), append-only;
 * PRAGMA user_version holds how many have been applied. Opening a file
 * applies the missing steps, each in its own transaction; a file from a
 * newer build is refused with both versions named.
 *
 * Strings: every input is bound as a parameter, never formatted into SQL.
 * Inputs that come back in fixed-size row fields are length-checked before
 * they are written (an over-long value is an error, never truncated), so
 * reads always fit; the read side still checks and reports a corrupt row.
 */
#include "catalog/catalog.h"
#include "catalog/catalog_sqlite.h"
#include "util/buf.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define SQ_BUSY_TIMEOUT_MS 30000   /* wait this long for a lock held elsewhere */
#define SQ_MAX_IDLE_READERS 8      /* idle read connections kept open */
#define SQ_MAX_LIMIT 1000          /* largest page any listing accepts */
#define SQ_TAG_KEY_MAX 128         /* AHI TagKey 1..128 */
#define SQ_TAG_VALUE_MAX 256       /* AHI TagValue 0..256 */

/* ------------------------------------------------------------ the schema */

/* Version 1: the tables. */
static const char migration_1[] =
    "CREATE TABLE datastores ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  name TEXT NOT NULL,"
    "  status TEXT NOT NULL,"
    "  kms_key_arn TEXT NOT NULL DEFAULT '',"
    "  lambda_authorizer_arn TEXT NOT NULL DEFAULT '',"
    "  lossless_format TEXT NOT NULL DEFAULT '',"
    "  client_token TEXT NOT NULL DEFAULT '',"
    "  created_at REAL NOT NULL,"
    "  updated_at REAL NOT NULL);"
    "CREATE UNIQUE INDEX datastores_client_token ON datastores(client_token)"
    "  WHERE client_token <> '';"
    "CREATE TABLE import_jobs ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  datastore_id TEXT NOT NULL REFERENCES datastores(id),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL,"
    "  role_arn TEXT NOT NULL DEFAULT '',"
    "  input_uri TEXT NOT NULL DEFAULT '',"
    "  output_uri TEXT NOT NULL DEFAULT '',"
    "  message TEXT NOT NULL DEFAULT '',"
    "  client_token TEXT NOT NULL DEFAULT '',"
    "  submitted_at REAL NOT NULL,"
    "  ended_at REAL NOT NULL DEFAULT 0);"
    "CREATE UNIQUE INDEX import_jobs_client_token ON import_jobs(datastore_id, client_token)"
    "  WHERE client_token <> '';"
    "CREATE TABLE job_files ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  job_id TEXT NOT NULL REFERENCES import_jobs(id),"
    "  path TEXT NOT NULL,"
    "  outcome INTEGER NOT NULL,"
    "  group_key TEXT NOT NULL DEFAULT '',"
    "  payload TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE image_sets ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  datastore_id TEXT NOT NULL REFERENCES datastores(id),"
    "  latest_version INTEGER NOT NULL,"
    "  state TEXT NOT NULL,"
    "  workflow_status TEXT NOT NULL,"
    "  is_primary INTEGER NOT NULL,"
    "  forced INTEGER NOT NULL,"
    "  created_at REAL NOT NULL,"
    "  updated_at REAL NOT NULL,"
    "  deleted_at REAL NOT NULL DEFAULT 0,"
    "  last_accessed_at REAL NOT NULL DEFAULT 0,"
    "  storage_tier TEXT NOT NULL DEFAULT '',"
    "  message TEXT NOT NULL DEFAULT '',"
    "  patient_id TEXT NOT NULL DEFAULT '',"
    "  patient_name TEXT NOT NULL DEFAULT '',"
    "  patient_birth_date TEXT NOT NULL DEFAULT '',"
    "  patient_sex TEXT NOT NULL DEFAULT '',"
    "  study_uid TEXT NOT NULL DEFAULT '',"
    "  study_id TEXT NOT NULL DEFAULT '',"
    "  study_description TEXT NOT NULL DEFAULT '',"
    "  accession_number TEXT NOT NULL DEFAULT '',"
    "  series_uid TEXT NOT NULL DEFAULT '',"
    "  modality TEXT NOT NULL DEFAULT '',"
    "  body_part TEXT NOT NULL DEFAULT '',"
    "  study_date TEXT NOT NULL DEFAULT '',"
    "  study_time TEXT NOT NULL DEFAULT '',"
    "  series_number INTEGER,"                 /* NULL: absent */
    "  study_dt TEXT NOT NULL DEFAULT '');"    /* search key, see study_dt_key */
    "CREATE TABLE image_set_versions ("
    "  image_set_id TEXT NOT NULL REFERENCES image_sets(id),"
    "  version INTEGER NOT NULL,"
    "  state TEXT NOT NULL,"
    "  workflow_status TEXT NOT NULL,"
    "  is_primary INTEGER NOT NULL,"
    "  forced INTEGER NOT NULL,"
    "  created_at REAL NOT NULL,"
    "  updated_at REAL NOT NULL,"
    "  deleted_at REAL NOT NULL DEFAULT 0,"
    "  message TEXT NOT NULL DEFAULT '',"
    "  doc_key TEXT NOT NULL DEFAULT '',"
    "  series_json_key TEXT NOT NULL DEFAULT '',"
    "  doc_size INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (image_set_id, version));"
    "CREATE TABLE instances ("
    "  image_set_id TEXT NOT NULL REFERENCES image_sets(id),"
    "  sop_uid TEXT NOT NULL,"
    "  first_version INTEGER NOT NULL,"
    "  last_version INTEGER NOT NULL DEFAULT 0,"   /* 0: current */
    "  sop_class_uid TEXT NOT NULL DEFAULT '',"
    "  transfer_syntax TEXT NOT NULL DEFAULT '',"
    "  stored_transfer_syntax TEXT NOT NULL DEFAULT '',"
    "  instance_number INTEGER,"                   /* NULL: absent */
    "  n_rows INTEGER NOT NULL DEFAULT 0,"
    "  n_columns INTEGER NOT NULL DEFAULT 0,"
    "  bits_allocated INTEGER NOT NULL DEFAULT 0,"
    "  number_of_frames INTEGER NOT NULL DEFAULT 0,"
    "  content_date TEXT NOT NULL DEFAULT '',"
    "  content_time TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (image_set_id, sop_uid, first_version));"
    "CREATE TABLE frames ("
    "  image_set_id TEXT NOT NULL REFERENCES image_sets(id),"
    "  frame_id TEXT NOT NULL,"
    "  sop_uid TEXT NOT NULL,"
    "  version INTEGER NOT NULL,"                  /* the commit that wrote the row */
    "  frame_index INTEGER NOT NULL,"
    "  segment TEXT NOT NULL,"
    "  byte_offset INTEGER NOT NULL,"
    "  byte_length INTEGER NOT NULL,"
    "  res_ends TEXT NOT NULL DEFAULT '',"         /* decimal ends, comma separated */
    "  nres INTEGER NOT NULL DEFAULT 0,"
    "  stored_ts TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (image_set_id, frame_id));"
    "CREATE TABLE tags ("
    "  datastore_id TEXT NOT NULL REFERENCES datastores(id),"
    "  image_set_id TEXT NOT NULL DEFAULT '',"     /* '': the datastore itself */
    "  key TEXT NOT NULL,"
    "  value TEXT NOT NULL,"
    "  PRIMARY KEY (datastore_id, image_set_id, key));";

/* Version 2: the lookup and search indexes. */
static const char migration_2[] =
    "CREATE INDEX datastores_created ON datastores(created_at, id);"
    "CREATE INDEX datastores_name ON datastores(name);"
    "CREATE INDEX import_jobs_list ON import_jobs(datastore_id, submitted_at, id);"
    "CREATE INDEX import_jobs_status ON import_jobs(status);"
    "CREATE INDEX job_files_path ON job_files(job_id, path);"
    "CREATE INDEX job_files_outcome ON job_files(job_id, outcome, id);"
    "CREATE INDEX job_files_pending ON job_files(job_id, group_key, id) WHERE outcome = 0;"
    "CREATE INDEX image_sets_series ON image_sets(datastore_id, study_uid, series_uid, is_primary);"
    "CREATE INDEX image_sets_patient ON image_sets(datastore_id, patient_id);"
    "CREATE INDEX image_sets_accession ON image_sets(datastore_id, accession_number);"
    "CREATE INDEX image_sets_study_id ON image_sets(datastore_id, study_id);"
    "CREATE INDEX image_sets_series_uid ON image_sets(datastore_id, series_uid);"
    "CREATE INDEX image_sets_created ON image_sets(datastore_id, created_at, id);"
    "CREATE INDEX image_sets_updated ON image_sets(datastore_id, updated_at, id);"
    "CREATE INDEX image_sets_study_dt ON image_sets(datastore_id, study_dt, id);"
    "CREATE INDEX versions_doc_key ON image_set_versions(doc_key);"
    "CREATE INDEX versions_series_json_key ON image_set_versions(series_json_key);"
    "CREATE INDEX instances_current ON instances(image_set_id, last_version, sop_uid);"
    "CREATE INDEX frames_instance ON frames(image_set_id, sop_uid, version, frame_index);"
    "CREATE INDEX frames_segment ON frames(segment);";

/* Version 3: the kind of a job. STOW-RS requests run through the import
 * pipeline as jobs of kind 'stow', which ListDICOMImportJobs does not show. */
static const char migration_3[] =
    "ALTER TABLE import_jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'import';";

/* Version 4: QIDO-RS. Image sets get the remaining matching keys (as
 * normalized match keys: qido_key_* below), the count of their current
 * instances, and the DICOM JSON of their Patient+Study and Series levels;
 * qido_filled = 0 marks a set whose fields are not filled yet (archive
 * open backfills them from the latest document). qido_studies holds one
 * row per study (primary, not DELETED sets of one StudyInstanceUID), kept
 * by every commit; qido_names the lower-case components of the names, for
 * fuzzy matching. Existing rows get their counts, studies and lower-case
 * names here; the rest waits for the backfill. */
static const char migration_4[] =
    "ALTER TABLE image_sets ADD COLUMN qido_filled INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE image_sets ADD COLUMN n_instances INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE image_sets ADD COLUMN referring_physician TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN series_description TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN pn_key TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN rp_key TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN study_tm TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN birth_tm TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN pps_date TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN pps_tm TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN study_json TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE image_sets ADD COLUMN series_json TEXT NOT NULL DEFAULT '';"
    "UPDATE image_sets SET pn_key = lower(patient_name), n_instances = (SELECT COUNT(*)"
    "  FROM instances i WHERE i.image_set_id = image_sets.id AND i.last_version = 0);"
    "CREATE TABLE qido_studies ("
    "  datastore_id TEXT NOT NULL,"
    "  study_uid TEXT NOT NULL,"
    "  set_id TEXT NOT NULL,"                     /* the most recently updated set */
    "  updated_at REAL NOT NULL,"
    "  n_series INTEGER NOT NULL,"
    "  n_instances INTEGER NOT NULL,"
    "  modalities TEXT NOT NULL DEFAULT '',"      /* sorted, backslash-separated */
    "  PRIMARY KEY (datastore_id, study_uid));"
    "CREATE INDEX qido_studies_updated ON qido_studies(datastore_id, updated_at, study_uid);"
    "CREATE INDEX qido_studies_set ON qido_studies(set_id);"
    "CREATE TABLE qido_names ("
    "  image_set_id TEXT NOT NULL,"
    "  datastore_id TEXT NOT NULL,"
    "  field INTEGER NOT NULL,"                   /* 0 PatientName, 1 ReferringPhysicianName */
    "  component TEXT NOT NULL);"
    "CREATE INDEX qido_names_match ON qido_names(datastore_id, field, component);"
    "CREATE INDEX qido_names_set ON qido_names(image_set_id);"
    "CREATE INDEX image_sets_qido_unfilled ON image_sets(id) WHERE qido_filled = 0;"
    "CREATE INDEX image_sets_pn ON image_sets(datastore_id, pn_key);"
    "CREATE INDEX image_sets_modality ON image_sets(datastore_id, modality, series_number,"
    "  series_uid);"
    "CREATE INDEX image_sets_series_order ON image_sets(datastore_id, series_number, series_uid);"
    "CREATE INDEX instances_sop ON instances(sop_uid);"
    "INSERT INTO qido_studies (datastore_id, study_uid, set_id, updated_at, n_series,"
    "  n_instances, modalities)"
    "  SELECT datastore_id, study_uid,"
    "    (SELECT x.id FROM image_sets x WHERE x.datastore_id = s.datastore_id"
    "     AND x.study_uid = s.study_uid AND x.is_primary = 1 AND x.state <> 'DELETED'"
    "     ORDER BY x.updated_at DESC, x.id DESC LIMIT 1),"
    "    MAX(updated_at), COUNT(*), SUM(n_instances),"
    "    (SELECT IFNULL(group_concat(m, '\\'), '') FROM (SELECT DISTINCT x.modality AS m"
    "     FROM image_sets x WHERE x.datastore_id = s.datastore_id AND x.study_uid = s.study_uid"
    "     AND x.is_primary = 1 AND x.state <> 'DELETED' AND x.modality <> '' ORDER BY m))"
    "  FROM image_sets s WHERE is_primary = 1 AND state <> 'DELETED' AND study_uid <> ''"
    "  GROUP BY datastore_id, study_uid;";

/* Version 5: where a version's instance lines lie in its two gzip blobs
 * (docstream.h, dst_stats.sections), so that the next version can splice
 * them instead of inflating and deflating them again. '' for versions
 * written before (and for legacy one-line documents): those are copied. */
static const char migration_5[] =
    "ALTER TABLE image_set_versions ADD COLUMN sections TEXT NOT NULL DEFAULT '';";

/* Append-only: a released step is never edited; changes are new steps. */
static const char *const migrations[] = { migration_1, migration_2, migration_3, migration_4,
                                          migration_5 };
#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int cat_sqlite_schema_version(void) { return N_MIGRATIONS; }

/* ------------------------------------------------------------ statements */

#define DS_COLS "id, name, status, kms_key_arn, lambda_authorizer_arn, lossless_format, " \
                "client_token, created_at, updated_at"
#define JOB_COLS "id, datastore_id, name, status, role_arn, input_uri, output_uri, message, " \
                 "client_token, submitted_at, ended_at, kind"
#define JF_COLS "id, path, outcome, group_key, payload"
#define IS_COLS "s.id, s.datastore_id, s.latest_version, s.state, s.workflow_status, " \
    "s.is_primary, s.forced, s.created_at, s.updated_at, s.deleted_at, s.last_accessed_at, " \
    "s.storage_tier, s.message, s.patient_id, s.patient_name, s.patient_birth_date, " \
    "s.patient_sex, s.study_uid, s.study_id, s.study_description, s.accession_number, " \
    "s.series_uid, s.modality, s.body_part, s.study_date, s.study_time, s.series_number"
#define IS_WCOLS "id, datastore_id, latest_version, state, workflow_status, is_primary, " \
    "forced, created_at, updated_at, deleted_at, last_accessed_at, storage_tier, message, " \
    "patient_id, patient_name, patient_birth_date, patient_sex, study_uid, study_id, " \
    "study_description, accession_number, series_uid, modality, body_part, study_date, " \
    "study_time, series_number, study_dt"
#define V_COLS "image_set_id, version, state, workflow_status, is_primary, forced, " \
    "created_at, updated_at, deleted_at, message, doc_key, series_json_key, doc_size, sections"
#define INST_COLS "sop_uid, sop_class_uid, transfer_syntax, stored_transfer_syntax, " \
    "instance_number, n_rows, n_columns, bits_allocated, number_of_frames, content_date, " \
    "content_time, first_version, last_version"
#define INST_ORDER " ORDER BY instance_number IS NULL, instance_number, sop_uid"
#define FR_COLS "frame_id, sop_uid, frame_index, segment, byte_offset, byte_length, " \
    "res_ends, nres, stored_ts"

enum {
    ST_BEGIN, ST_COMMIT, ST_ROLLBACK,
    ST_DS_INSERT, ST_DS_BY_TOKEN, ST_DS_BY_ID, ST_DS_BY_NAME, ST_DS_LIST, ST_DS_SET_STATUS,
    ST_DS_LIVE_SETS, ST_DS_COUNT_ACTIVE,
    ST_JOB_INSERT, ST_JOB_BY_TOKEN, ST_JOB_EXISTS, ST_JOB_GET, ST_JOB_LIST, ST_JOB_UPDATE,
    ST_JOB_UNFINISHED, ST_JOB_COUNT_RUNNING,
    ST_JF_INSERT, ST_JF_SEEN, ST_JF_LIST, ST_JF_GROUPS, ST_JF_IN_GROUP, ST_JF_FINISH,
    ST_IS_INSERT, ST_IS_HEAD, ST_IS_UPDATE, ST_IS_GET, ST_IS_FIND_PRIMARY, ST_IS_OF_STUDY,
    ST_IS_PRIMARY_COUNT,
    ST_IS_COUNT, ST_IS_SET_STATE, ST_IS_DELETE, ST_IS_TOUCH, ST_STUDY_SERIES,
    ST_STUDY_INSTANCES,
    ST_V_INSERT, ST_V_GET, ST_V_LIST, ST_V_SET_STATE, ST_V_DELETE,
    ST_INST_RETIRE_ALL, ST_INST_RETIRE, ST_INST_INSERT, ST_INST_LIST, ST_INST_LIST_CURRENT,
    ST_INST_DELETE_SET,
    ST_FR_INSERT, ST_FR_GET, ST_FR_LOCATE, ST_FR_OF_INSTANCE, ST_FR_DELETE_SET, ST_INST_CURRENT,
    ST_TAG_PUT, ST_TAG_DEL, ST_TAG_DEL_RESOURCE, ST_TAG_LIST, ST_TAG_COUNT,
    ST_BLOB_REFERENCED,
    ST_IS_STUDY_OF, ST_IS_QIDO_SET, ST_IS_N_INSTANCES, ST_QN_DELETE, ST_QN_INSERT,
    ST_QS_DELETE, ST_QS_INSERT, ST_QIDO_UNFILLED,
    ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",

    [ST_DS_INSERT] = "INSERT INTO datastores (" DS_COLS ") VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    [ST_DS_BY_TOKEN] = "SELECT " DS_COLS " FROM datastores WHERE client_token = ?1",
    [ST_DS_BY_ID] = "SELECT " DS_COLS " FROM datastores WHERE id = ?1",
    [ST_DS_BY_NAME] = "SELECT " DS_COLS " FROM datastores WHERE name = ?1"
                      " AND status <> 'DELETED' ORDER BY created_at, id LIMIT 1",
    [ST_DS_LIST] = "SELECT " DS_COLS " FROM datastores"
                   " WHERE (?1 = '' AND status <> 'DELETED') OR status = ?1"
                   " ORDER BY created_at, id LIMIT ?2 OFFSET ?3",
    [ST_DS_SET_STATUS] = "UPDATE datastores SET status = ?2, updated_at = ?3 WHERE id = ?1",
    [ST_DS_LIVE_SETS] = "SELECT EXISTS (SELECT 1 FROM image_sets WHERE datastore_id = ?1"
                        " AND state <> 'DELETED')",
    [ST_DS_COUNT_ACTIVE] = "SELECT COUNT(*) FROM datastores"
                           " WHERE status IN ('ACTIVE', 'CREATING')",

    [ST_JOB_INSERT] = "INSERT INTO import_jobs (" JOB_COLS ")"
                      " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
    [ST_JOB_BY_TOKEN] = "SELECT " JOB_COLS " FROM import_jobs"
                        " WHERE datastore_id = ?1 AND client_token = ?2",
    [ST_JOB_EXISTS] = "SELECT EXISTS (SELECT 1 FROM import_jobs WHERE id = ?1)",
    [ST_JOB_GET] = "SELECT " JOB_COLS " FROM import_jobs WHERE id = ?1 AND datastore_id = ?2",
    [ST_JOB_LIST] = "SELECT " JOB_COLS " FROM import_jobs"
                    " WHERE datastore_id = ?1 AND (?2 = '' OR status = ?2) AND kind = 'import'"
                    " ORDER BY submitted_at DESC, id DESC LIMIT ?3 OFFSET ?4",
    [ST_JOB_UPDATE] = "UPDATE import_jobs SET status = ?3, message = ?4, ended_at = ?5,"
                      " output_uri = ?6 WHERE id = ?1 AND datastore_id = ?2",
    [ST_JOB_UNFINISHED] = "SELECT " JOB_COLS " FROM import_jobs"
                          " WHERE status IN ('SUBMITTED', 'IN_PROGRESS')"
                          " ORDER BY submitted_at, id",
    [ST_JOB_COUNT_RUNNING] = "SELECT COUNT(*) FROM import_jobs WHERE datastore_id = ?1"
                             " AND status IN ('SUBMITTED', 'IN_PROGRESS') AND kind = 'import'",

    [ST_JF_INSERT] = "INSERT INTO job_files (job_id, path, outcome, group_key, payload)"
                     " VALUES (?1,?2,?3,?4,?5)",
    [ST_JF_SEEN] = "SELECT EXISTS (SELECT 1 FROM job_files WHERE job_id = ?1 AND path = ?2)",
    [ST_JF_LIST] = "SELECT " JF_COLS " FROM job_files WHERE job_id = ?1"
                   " AND (?2 < 0 OR outcome = ?2) ORDER BY id",
    [ST_JF_GROUPS] = "SELECT group_key FROM job_files WHERE job_id = ?1 AND outcome = 0"
                     " GROUP BY group_key ORDER BY MIN(id)",
    [ST_JF_IN_GROUP] = "SELECT " JF_COLS " FROM job_files WHERE job_id = ?1 AND outcome = 0"
                       " AND group_key = ?2 ORDER BY id",
    [ST_JF_FINISH] = "UPDATE job_files SET outcome = ?2, payload = ?3, group_key = ''"
                     " WHERE id = ?1",

    [ST_IS_INSERT] = "INSERT INTO image_sets (" IS_WCOLS ") VALUES (?1,?2,?3,?4,?5,?6,?7,"
                     "?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,"
                     "?26,?27,?28)",
    [ST_IS_HEAD] = "SELECT datastore_id, latest_version, state FROM image_sets WHERE id = ?1",
    /* ?8 (created_at) is bound but not written: an image set keeps its birth time. */
    [ST_IS_UPDATE] = "UPDATE image_sets SET latest_version = ?3, state = ?4,"
                     " workflow_status = ?5, is_primary = ?6, forced = ?7, updated_at = ?9,"
                     " deleted_at = ?10, last_accessed_at = ?11, storage_tier = ?12,"
                     " message = ?13, patient_id = ?14, patient_name = ?15,"
                     " patient_birth_date = ?16, patient_sex = ?17, study_uid = ?18,"
                     " study_id = ?19, study_description = ?20, accession_number = ?21,"
                     " series_uid = ?22, modality = ?23, body_part = ?24, study_date = ?25,"
                     " study_time = ?26, series_number = ?27, study_dt = ?28"
                     " WHERE id = ?1 AND datastore_id = ?2 AND latest_version = ?29"
                     " AND state <> 'DELETED'",
    [ST_IS_GET] = "SELECT " IS_COLS " FROM image_sets s WHERE s.id = ?1 AND s.datastore_id = ?2",
    [ST_IS_FIND_PRIMARY] = "SELECT " IS_COLS " FROM image_sets s WHERE s.datastore_id = ?1"
                           " AND s.study_uid = ?2 AND s.series_uid = ?3 AND s.is_primary = 1"
                           " AND s.state <> 'DELETED' ORDER BY s.created_at, s.id LIMIT 1",
    [ST_IS_PRIMARY_COUNT] = "SELECT COUNT(*) FROM image_sets WHERE datastore_id = ?1"
                            " AND study_uid = ?2 AND series_uid = ?3 AND is_primary = 1"
                            " AND state <> 'DELETED'",
    [ST_IS_OF_STUDY] = "SELECT " IS_COLS " FROM image_sets s WHERE s.datastore_id = ?1"
                       " AND s.study_uid = ?2 AND s.is_primary = 1 AND s.state <> 'DELETED'"
                       " ORDER BY s.created_at, s.id",
    [ST_IS_COUNT] = "SELECT COUNT(*) FROM image_sets WHERE datastore_id = ?1"
                    " AND state <> 'DELETED'",
    [ST_IS_SET_STATE] = "UPDATE image_sets SET state = ?3, workflow_status = ?4, message = ?5,"
                        " updated_at = ?6 WHERE id = ?1 AND datastore_id = ?2"
                        " AND (?7 = 0 OR latest_version = ?7) AND state <> 'DELETED'",
    [ST_IS_DELETE] = "UPDATE image_sets SET state = 'DELETED', workflow_status = 'DELETED',"
                     " deleted_at = ?3, updated_at = ?3 WHERE id = ?1 AND datastore_id = ?2",
    [ST_IS_TOUCH] = "UPDATE image_sets SET last_accessed_at = ?2,"
                    " storage_tier = 'FREQUENT_ACCESS' WHERE id = ?1",
    [ST_STUDY_SERIES] = "SELECT COUNT(*) FROM image_sets WHERE datastore_id = ?1"
                        " AND study_uid = ?2 AND is_primary = 1 AND state <> 'DELETED'",
    [ST_STUDY_INSTANCES] = "SELECT COUNT(*) FROM image_sets s JOIN instances i"
                           " ON i.image_set_id = s.id AND i.last_version = 0"
                           " WHERE s.datastore_id = ?1 AND s.study_uid = ?2"
                           " AND s.is_primary = 1 AND s.state <> 'DELETED'",

    [ST_V_INSERT] = "INSERT INTO image_set_versions (" V_COLS ")"
                    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    [ST_V_GET] = "SELECT " V_COLS " FROM image_set_versions"
                 " WHERE image_set_id = ?1 AND version = ?2",
    [ST_V_LIST] = "SELECT " V_COLS " FROM image_set_versions WHERE image_set_id = ?1"
                  " ORDER BY version DESC LIMIT ?2 OFFSET ?3",
    [ST_V_SET_STATE] = "UPDATE image_set_versions SET state = ?3, workflow_status = ?4,"
                       " message = ?5, updated_at = ?6 WHERE image_set_id = ?1"
                       " AND version = ?2",
    [ST_V_DELETE] = "UPDATE image_set_versions SET state = 'DELETED',"
                    " workflow_status = 'DELETED', deleted_at = ?2, updated_at = ?2,"
                    " doc_key = '', series_json_key = '', sections = '' WHERE image_set_id = ?1",

    [ST_INST_RETIRE_ALL] = "UPDATE instances SET last_version = ?2"
                           " WHERE image_set_id = ?1 AND last_version = 0",
    [ST_INST_RETIRE] = "UPDATE instances SET last_version = ?2 WHERE image_set_id = ?1"
                       " AND sop_uid = ?3 AND last_version = 0 AND first_version <= ?2",
    [ST_INST_INSERT] = "INSERT INTO instances (image_set_id, " INST_COLS ")"
                       " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    [ST_INST_LIST] = "SELECT " INST_COLS " FROM instances WHERE image_set_id = ?1"
                     " AND first_version <= ?2 AND (last_version = 0 OR last_version >= ?2)"
                     INST_ORDER,
    [ST_INST_LIST_CURRENT] = "SELECT " INST_COLS " FROM instances WHERE image_set_id = ?1"
                             " AND last_version = 0" INST_ORDER,
    [ST_INST_DELETE_SET] = "DELETE FROM instances WHERE image_set_id = ?1",

    [ST_FR_INSERT] = "INSERT OR REPLACE INTO frames (image_set_id, frame_id, sop_uid, version,"
                     " frame_index, segment, byte_offset, byte_length, res_ends, nres,"
                     " stored_ts) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    [ST_FR_GET] = "SELECT " FR_COLS " FROM frames WHERE image_set_id = ?1 AND frame_id = ?2",
    [ST_FR_LOCATE] = "SELECT frame_id, sop_uid, frame_index, segment, byte_offset, byte_length,"
                     " res_ends, nres, stored_ts FROM frames"
                     " JOIN image_sets ON image_sets.id = frames.image_set_id"
                     " JOIN datastores ON datastores.id = image_sets.datastore_id"
                     " WHERE frames.image_set_id = ?2 AND frames.frame_id = ?3"
                     " AND image_sets.datastore_id = ?1 AND image_sets.state != 'DELETED'"
                     " AND datastores.status != 'DELETED'",
    [ST_FR_OF_INSTANCE] = "SELECT " FR_COLS " FROM frames WHERE image_set_id = ?1"
                          " AND sop_uid = ?2 AND version = (SELECT MAX(version) FROM frames"
                          " WHERE image_set_id = ?1 AND sop_uid = ?2)"
                          " AND EXISTS (SELECT 1 FROM instances WHERE image_set_id = ?1"
                          " AND sop_uid = ?2 AND last_version = 0)"
                          " ORDER BY frame_index",
    [ST_FR_DELETE_SET] = "DELETE FROM frames WHERE image_set_id = ?1",
    [ST_INST_CURRENT] = "SELECT COUNT(*) FROM instances WHERE image_set_id = ?1"
                        " AND sop_uid = ?2 AND last_version = 0",

    [ST_TAG_PUT] = "INSERT INTO tags (datastore_id, image_set_id, key, value)"
                   " VALUES (?1,?2,?3,?4) ON CONFLICT (datastore_id, image_set_id, key)"
                   " DO UPDATE SET value = excluded.value",
    [ST_TAG_DEL] = "DELETE FROM tags WHERE datastore_id = ?1 AND image_set_id = ?2"
                   " AND key = ?3",
    [ST_TAG_DEL_RESOURCE] = "DELETE FROM tags WHERE datastore_id = ?1 AND image_set_id = ?2",
    [ST_TAG_LIST] = "SELECT key, value FROM tags WHERE datastore_id = ?1"
                    " AND image_set_id = ?2 ORDER BY key",
    [ST_TAG_COUNT] = "SELECT COUNT(*) FROM tags WHERE datastore_id = ?1"
                     " AND image_set_id = ?2",

    [ST_BLOB_REFERENCED] = "SELECT EXISTS (SELECT 1 FROM frames WHERE segment = ?1)"
                           " OR EXISTS (SELECT 1 FROM image_set_versions WHERE doc_key = ?1)"
                           " OR EXISTS (SELECT 1 FROM image_set_versions"
                           " WHERE series_json_key = ?1)",

    [ST_IS_STUDY_OF] = "SELECT study_uid FROM image_sets WHERE id = ?1",
    [ST_IS_QIDO_SET] = "UPDATE image_sets SET qido_filled = ?2, referring_physician = ?3,"
                       " series_description = ?4, pn_key = ?5, rp_key = ?6, study_tm = ?7,"
                       " birth_tm = ?8, pps_date = ?9, pps_tm = ?10, study_json = ?11,"
                       " series_json = ?12 WHERE id = ?1",
    [ST_IS_N_INSTANCES] = "UPDATE image_sets SET n_instances = (SELECT COUNT(*) FROM instances"
                          " WHERE image_set_id = ?1 AND last_version = 0) WHERE id = ?1",
    [ST_QN_DELETE] = "DELETE FROM qido_names WHERE image_set_id = ?1",
    [ST_QN_INSERT] = "INSERT INTO qido_names (image_set_id, datastore_id, field, component)"
                     " VALUES (?1,?2,?3,?4)",
    [ST_QS_DELETE] = "DELETE FROM qido_studies WHERE datastore_id = ?1 AND study_uid = ?2",
    [ST_QS_INSERT] = "INSERT INTO qido_studies (datastore_id, study_uid, set_id, updated_at,"
                     " n_series, n_instances, modalities)"
                     " SELECT ?1, ?2,"
                     " (SELECT x.id FROM image_sets x INDEXED BY image_sets_series"
                     " WHERE x.datastore_id = ?1"
                     " AND x.study_uid = ?2 AND x.is_primary = 1 AND x.state <> 'DELETED'"
                     " ORDER BY x.updated_at DESC, x.id DESC LIMIT 1),"
                     " MAX(updated_at), COUNT(*), SUM(n_instances),"
                     " (SELECT IFNULL(group_concat(m, '\\'), '') FROM (SELECT DISTINCT"
                     " x.modality AS m FROM image_sets x INDEXED BY image_sets_series"
                     " WHERE x.datastore_id = ?1"
                     " AND x.study_uid = ?2 AND x.is_primary = 1 AND x.state <> 'DELETED'"
                     " AND x.modality <> '' ORDER BY m))"
                     " FROM image_sets WHERE datastore_id = ?1 AND study_uid = ?2"
                     " AND is_primary = 1 AND state <> 'DELETED' HAVING COUNT(*) > 0",
    [ST_QIDO_UNFILLED] = "SELECT " IS_COLS " FROM image_sets s WHERE s.qido_filled = 0"
                         " AND s.state <> 'DELETED' ORDER BY s.id",
};

/* ----------------------------------------------------------- connections */

typedef struct sq_conn {
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];     /* prepared on first use */
    struct sq_conn *next;           /* idle list link */
} sq_conn;

typedef struct sq_catalog {
    cat_catalog base;               /* first: a cat_catalog * is a sq_catalog * */
    char *path;                     /* owned */
    pthread_mutex_t wlock;          /* guards writer and every write transaction */
    sq_conn *writer;
    pthread_mutex_t plock;          /* guards idle, nidle */
    sq_conn *idle;
    int nidle;
} sq_catalog;

/* Set err and return code (CAT_CONFLICT, CAT_NOT_FOUND). */
static int fail_as(int code, tess_error *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail_as(int code, tess_error *err, const char *fmt, ...) {
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

static int db_fail(tess_error *err, sqlite3 *db, const char *what) {
    return tess_fail(err, "catalog: %s: %s", what, sqlite3_errmsg(db));
}

static sqlite3_stmt *stmt_get(sq_conn *k, int id, tess_error *err) {
    if (!k->st[id] &&
        sqlite3_prepare_v3(k->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &k->st[id],
                           NULL) != SQLITE_OK) {
        tess_fail(err, "catalog: preparing statement %d (%.40s...): %s", id, stmt_sql[id],
                  sqlite3_errmsg(k->db));
        k->st[id] = NULL;
        return NULL;
    }
    return k->st[id];
}

/* Make a cached statement ready for the next use (and drop borrowed
 * bindings: every binding is SQLITE_STATIC). */
static void stmt_done(sqlite3_stmt *s) {
    if (!s) return;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

/* Step once: 1 = a row, 0 = done, -1 = error (err set). */
static int step(sq_conn *k, sqlite3_stmt *s, const char *what, tess_error *err) {
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) return 0;
    return db_fail(err, k->db, what);
}

/* Run a statement that returns no rows. */
static int run(sq_conn *k, sqlite3_stmt *s, const char *what, tess_error *err) {
    int rc = step(k, s, what, err);
    stmt_done(s);
    if (rc > 0) return tess_fail(err, "catalog: %s: unexpected row", what);
    return rc;
}

/* Run a cached statement with no parameters and no rows. */
static int run_id(sq_conn *k, int id, const char *what, tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, id, err);
    if (!s) return -1;
    return run(k, s, what, err);
}

static void conn_close(sq_conn *k) {
    if (!k) return;
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(k->st[i]);
    sqlite3_close(k->db);
    free(k);
}

/* One-row text answer of a PRAGMA (e.g. journal_mode). */
static int pragma_text(sqlite3 *db, const char *sql, char *out, size_t size, tess_error *err) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return db_fail(err, db, sql);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        db_fail(err, db, sql);
        sqlite3_finalize(s);
        return -1;
    }
    const unsigned char *t = sqlite3_column_text(s, 0);
    snprintf(out, size, "%s", t ? (const char *)t : "");
    sqlite3_finalize(s);
    return 0;
}

static sq_conn *conn_open(const char *path, bool writer, tess_error *err) {
    sq_conn *k = calloc(1, sizeof *k);
    if (!k) {
        tess_fail(err, "catalog: out of memory opening %s", path);
        return NULL;
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (writer ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &k->db, flags, NULL) != SQLITE_OK) {
        tess_fail(err, "catalog: cannot open %s: %s", path,
                  k->db ? sqlite3_errmsg(k->db) : "out of memory");
        conn_close(k);
        return NULL;
    }
    sqlite3_extended_result_codes(k->db, 1);
    sqlite3_busy_timeout(k->db, SQ_BUSY_TIMEOUT_MS);
    char mode[16];
    if (writer) {
        if (pragma_text(k->db, "PRAGMA journal_mode=WAL", mode, sizeof mode, err)) goto fail;
        if (strcmp(mode, "wal") != 0) {
            tess_fail(err, "catalog: %s: cannot use WAL journal mode (got %s)", path, mode);
            goto fail;
        }
    }
    const char *setup = writer ? "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                               : "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                                 " PRAGMA query_only=ON;";
    if (sqlite3_exec(k->db, setup, NULL, NULL, NULL) != SQLITE_OK) {
        tess_fail(err, "catalog: setting up %s: %s", path, sqlite3_errmsg(k->db));
        goto fail;
    }
    return k;
fail:
    tess_fail_prefix(err, "opening %s", path);
    conn_close(k);
    return NULL;
}

/* A read connection: an idle one, or a new one (the caller gives it back
 * with reader_put). */
static sq_conn *reader_get(sq_catalog *c, tess_error *err) {
    pthread_mutex_lock(&c->plock);
    sq_conn *k = c->idle;
    if (k) {
        c->idle = k->next;
        c->nidle--;
    }
    pthread_mutex_unlock(&c->plock);
    if (k) return k;
    return conn_open(c->path, false, err);
}

static void reader_put(sq_catalog *c, sq_conn *k) {
    if (!k) return;
    pthread_mutex_lock(&c->plock);
    if (c->nidle < SQ_MAX_IDLE_READERS) {
        k->next = c->idle;
        c->idle = k;
        c->nidle++;
        k = NULL;
    }
    pthread_mutex_unlock(&c->plock);
    conn_close(k);
}

/* Take the write mutex and open a write transaction. NULL on failure
 * (mutex released). Pair with writer_end. */
static sq_conn *writer_begin(sq_catalog *c, tess_error *err) {
    pthread_mutex_lock(&c->wlock);
    if (run_id(c->writer, ST_BEGIN, "starting a write transaction", err)) {
        pthread_mutex_unlock(&c->wlock);
        return NULL;
    }
    return c->writer;
}

/* Commit when rc >= 0, else roll back; release the write mutex. Returns
 * rc, or -1 when the commit failed. */
static int writer_end(sq_catalog *c, int rc, tess_error *err) {
    sq_conn *k = c->writer;
    if (rc >= 0 && run_id(k, ST_COMMIT, "committing", err)) rc = -1;
    if (rc < 0 && !sqlite3_get_autocommit(k->db)) {
        tess_error ignored;
        run_id(k, ST_ROLLBACK, "rolling back", &ignored);
    }
    pthread_mutex_unlock(&c->wlock);
    return rc;
}

/* ------------------------------------------------------------- utilities */

static sq_catalog *sq(cat_catalog *c) { return (sq_catalog *)c; }

static const char *nz(const char *s) { return s ? s : ""; }

/* An input string that will be read back into a field of `size` bytes. */
static int check_len(const char *what, const char *v, size_t size, tess_error *err) {
    if (v && strnlen(v, size) >= size)
        return tess_fail(err, "catalog: %s is longer than %zu bytes", what, size - 1);
    return 0;
}
#define CHECK_FIELD(obj, field) check_len(#field, (obj)->field, sizeof (obj)->field, err)

static int check_required(const char *what, const char *v, tess_error *err) {
    if (!v || !*v) return tess_fail(err, "catalog: %s is empty", what);
    return 0;
}

static int check_page(int64_t offset, int limit, tess_error *err) {
    if (offset < 0) return tess_fail(err, "catalog: offset %" PRId64 " is negative", offset);
    if (limit < 1 || limit > SQ_MAX_LIMIT)
        return tess_fail(err, "catalog: limit %d is not in 1..%d", limit, SQ_MAX_LIMIT);
    return 0;
}

static int check_u64(const char *what, uint64_t v, tess_error *err) {
    if (v > (uint64_t)INT64_MAX)
        return tess_fail(err, "catalog: %s %" PRIu64 " is too large", what, v);
    return 0;
}

/* Bindings: strings are SQLITE_STATIC (the caller's memory outlives the
 * statement's use: every statement is reset before returning). The
 * results are OR-ed; anything but SQLITE_OK (0) is a bug worth reporting. */
static int bt(sqlite3_stmt *s, int i, const char *v) {
    return sqlite3_bind_text(s, i, nz(v), -1, SQLITE_STATIC);
}
static int bi(sqlite3_stmt *s, int i, int64_t v) { return sqlite3_bind_int64(s, i, v); }
static int bd(sqlite3_stmt *s, int i, double v) { return sqlite3_bind_double(s, i, v); }

static int bind_check(sq_conn *k, sqlite3_stmt *s, int rc, tess_error *err) {
    if (rc == SQLITE_OK) return 0;
    db_fail(err, k->db, "binding parameters");
    stmt_done(s);
    return -1;
}

/* Copy a text column into a fixed field; a value that does not fit means
 * the file was written by something that skipped the length checks. */
static int col_copy(sqlite3_stmt *s, int i, char *dst, size_t size, tess_error *err) {
    const unsigned char *t = sqlite3_column_text(s, i);
    size_t n = (size_t)sqlite3_column_bytes(s, i);
    if (!t) n = 0;
    if (n >= size)
        return tess_fail(err, "catalog: column %s holds %zu bytes, more than %zu (corrupt row?)",
                         sqlite3_column_name(s, i), n, size - 1);
    if (n) memcpy(dst, t, n);
    dst[n] = '\0';
    return 0;
}
#define COPY(col, field) \
    do { if (col_copy(s, (col), out->field, sizeof out->field, err)) return -1; } while (0)

static const char *col_str(sqlite3_stmt *s, int i) {
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : "";
}

/* ------------------------------------------------------------------ rows */

static int row_datastore(sqlite3_stmt *s, cat_datastore *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    COPY(0, id);
    COPY(1, name);
    COPY(2, status);
    COPY(3, kms_key_arn);
    COPY(4, lambda_authorizer_arn);
    COPY(5, lossless_format);
    COPY(6, client_token);
    out->created_at = sqlite3_column_double(s, 7);
    out->updated_at = sqlite3_column_double(s, 8);
    return 0;
}

static int row_job(sqlite3_stmt *s, cat_job *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    COPY(0, id);
    COPY(1, datastore_id);
    COPY(2, name);
    COPY(3, status);
    COPY(4, role_arn);
    COPY(5, input_uri);
    COPY(6, output_uri);
    COPY(7, message);
    COPY(8, client_token);
    out->submitted_at = sqlite3_column_double(s, 9);
    out->ended_at = sqlite3_column_double(s, 10);
    COPY(11, kind);
    return 0;
}

static void row_job_file(sqlite3_stmt *s, cat_job_file *out) {
    out->id = sqlite3_column_int64(s, 0);
    out->path = col_str(s, 1);
    out->outcome = (cat_file_outcome)sqlite3_column_int(s, 2);
    out->group_key = col_str(s, 3);
    out->payload = col_str(s, 4);
}

static int row_dicom_tags(sqlite3_stmt *s, int c0, cat_dicom_tags *out, tess_error *err) {
    COPY(c0 + 0, patient_id);
    COPY(c0 + 1, patient_name);
    COPY(c0 + 2, patient_birth_date);
    COPY(c0 + 3, patient_sex);
    COPY(c0 + 4, study_uid);
    COPY(c0 + 5, study_id);
    COPY(c0 + 6, study_description);
    COPY(c0 + 7, accession_number);
    COPY(c0 + 8, series_uid);
    COPY(c0 + 9, modality);
    COPY(c0 + 10, body_part);
    COPY(c0 + 11, study_date);
    COPY(c0 + 12, study_time);
    out->has_series_number = sqlite3_column_type(s, c0 + 13) != SQLITE_NULL;
    out->series_number = out->has_series_number ? sqlite3_column_int(s, c0 + 13) : 0;
    out->study_related_series = -1;
    out->study_related_instances = -1;
    return 0;
}

/* IS_COLS. The study-related counts are -1 (search fills them). */
static int row_image_set(sqlite3_stmt *s, cat_image_set *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    COPY(0, id);
    COPY(1, datastore_id);
    out->latest_version = sqlite3_column_int64(s, 2);
    COPY(3, state);
    COPY(4, workflow_status);
    out->is_primary = sqlite3_column_int(s, 5) != 0;
    out->forced = sqlite3_column_int(s, 6) != 0;
    out->created_at = sqlite3_column_double(s, 7);
    out->updated_at = sqlite3_column_double(s, 8);
    out->deleted_at = sqlite3_column_double(s, 9);
    out->last_accessed_at = sqlite3_column_double(s, 10);
    COPY(11, storage_tier);
    COPY(12, message);
    return row_dicom_tags(s, 13, &out->tags, err);
}

static int row_version(sqlite3_stmt *s, cat_version *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    COPY(0, image_set_id);
    out->version = sqlite3_column_int64(s, 1);
    COPY(2, state);
    COPY(3, workflow_status);
    out->is_primary = sqlite3_column_int(s, 4) != 0;
    out->forced = sqlite3_column_int(s, 5) != 0;
    out->created_at = sqlite3_column_double(s, 6);
    out->updated_at = sqlite3_column_double(s, 7);
    out->deleted_at = sqlite3_column_double(s, 8);
    COPY(9, message);
    COPY(10, doc_key);
    COPY(11, series_json_key);
    out->doc_size = (uint64_t)sqlite3_column_int64(s, 12);
    COPY(13, sections);
    return 0;
}

static int row_instance(sqlite3_stmt *s, cat_instance *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    COPY(0, sop_uid);
    COPY(1, sop_class_uid);
    COPY(2, transfer_syntax);
    COPY(3, stored_transfer_syntax);
    out->has_instance_number = sqlite3_column_type(s, 4) != SQLITE_NULL;
    out->instance_number = out->has_instance_number ? sqlite3_column_int(s, 4) : 0;
    out->rows = sqlite3_column_int(s, 5);
    out->columns = sqlite3_column_int(s, 6);
    out->bits_allocated = sqlite3_column_int(s, 7);
    out->number_of_frames = sqlite3_column_int(s, 8);
    COPY(9, content_date);
    COPY(10, content_time);
    out->first_version = sqlite3_column_int64(s, 11);
    out->last_version = sqlite3_column_int64(s, 12);
    return 0;
}

/* Resolution ends as text: "e0,e1,...". */
static void res_ends_format(const cat_frame *f, char *out, size_t size) {
    size_t n = 0;
    out[0] = '\0';
    for (uint32_t i = 0; i < f->nres && n < size; i++)
        n += (size_t)snprintf(out + n, size - n, "%s%" PRIu32, i ? "," : "", f->res_end[i]);
}

static int res_ends_parse(const char *t, cat_frame *out, uint32_t nres, tess_error *err) {
    if (nres > CAT_MAX_LEVELS)
        return tess_fail(err, "catalog: frame %s has %" PRIu32 " resolutions (corrupt row?)",
                         out->frame_id, nres);
    const char *p = t;
    for (uint32_t i = 0; i < nres; i++) {
        char *end;
        errno = 0;
        unsigned long long v = strtoull(p, &end, 10);
        if (end == p || errno || v > UINT32_MAX || (*end != ',' && *end != '\0') ||
            (*end == '\0' && i + 1 < nres) || (*end == ',' && i + 1 == nres))
            return tess_fail(err, "catalog: frame %s: bad resolution ends \"%s\" (corrupt row?)",
                             out->frame_id, t);
        out->res_end[i] = (uint32_t)v;
        p = *end ? end + 1 : end;
    }
    if (nres == 0 && *t)
        return tess_fail(err, "catalog: frame %s: resolution ends without levels", out->frame_id);
    out->nres = nres;
    return 0;
}

static int row_frame(sqlite3_stmt *s, cat_frame *out, tess_error *err) {
    memset(out, 0, sizeof *out);
    COPY(0, frame_id);
    COPY(1, sop_uid);
    out->frame_index = (uint32_t)sqlite3_column_int64(s, 2);
    COPY(3, segment);
    out->offset = (uint64_t)sqlite3_column_int64(s, 4);
    out->length = (uint64_t)sqlite3_column_int64(s, 5);
    if (res_ends_parse(col_str(s, 6), out, (uint32_t)sqlite3_column_int64(s, 7), err))
        return -1;
    COPY(8, stored_transfer_syntax);
    return 0;
}

/* ------------------------------------------------- the study date search key
 *
 * DICOMStudyDateAndTime compares date||time, a missing time meaning
 * 000000. Stored times come in any TM form (HH, HHMM, HHMMSS, fractions,
 * old "HH:MM:SS"), so both sides are brought to one fixed-width form,
 * YYYYMMDDHHMMSS.FFFFFF, that compares correctly as text. A set without a
 * study date has the key '' and matches no date filter. */
#define DT_KEY 32

static void study_dt_key(const char *date, const char *time, bool end_of_day, char out[DT_KEY]) {
    char d[9], hms[7], frac[7];
    size_t nd = 0, nh = 0, nf = 0;
    for (const char *p = date; p && *p && nd < 8; p++)
        if (*p >= '0' && *p <= '9') d[nd++] = *p;
    if (nd == 0) {
        out[0] = '\0';
        return;
    }
    while (nd < 8) d[nd++] = '0';
    d[8] = '\0';
    bool in_frac = false, any_time = false;
    for (const char *p = time; p && *p; p++) {
        if (*p == '.') in_frac = true;
        else if (*p >= '0' && *p <= '9') {
            any_time = true;
            if (!in_frac && nh < 6) hms[nh++] = *p;
            else if (in_frac && nf < 6) frac[nf++] = *p;
        }
    }
    if (!any_time && end_of_day) {
        snprintf(out, DT_KEY, "%s235959.999999", d);
        return;
    }
    while (nh < 6) hms[nh++] = '0';
    while (nf < 6) frac[nf++] = '0';
    hms[6] = frac[6] = '\0';
    snprintf(out, DT_KEY, "%s%s.%s", d, hms, frac);
}

/* A filter value: YYYYMMDD and an optional HHMMSS[.FFFFFF]. */
static int check_search_dt(const cat_search_value *v, tess_error *err) {
    size_t nd = strnlen(v->date, sizeof v->date);
    bool ok = nd == 8;
    for (size_t i = 0; ok && i < nd; i++) ok = v->date[i] >= '0' && v->date[i] <= '9';
    if (!ok) return tess_fail(err, "catalog: DICOMStudyDate \"%.*s\" is not YYYYMMDD", (int)nd,
                              v->date);
    size_t nt = strnlen(v->time, sizeof v->time);
    if (nt == sizeof v->time) return tess_fail(err, "catalog: DICOMStudyTime is too long");
    size_t i = 0;
    while (i < nt && v->time[i] >= '0' && v->time[i] <= '9') i++;
    ok = nt == 0 || (i >= 2 && i <= 6 && i % 2 == 0);
    if (ok && i < nt) {
        ok = v->time[i] == '.' && i == 6 && nt > 7 && nt <= 13;
        for (size_t j = i + 1; ok && j < nt; j++) ok = v->time[j] >= '0' && v->time[j] <= '9';
    }
    if (!ok) return tess_fail(err, "catalog: DICOMStudyTime \"%s\" is not HHMMSS[.FFFFFF]",
                              v->time);
    return 0;
}

/* ------------------------------------------------------------ datastores */

static int check_datastore(const cat_datastore *d, tess_error *err) {
    if (!d) return tess_fail(err, "catalog: no datastore given");
    if (CHECK_FIELD(d, id) || CHECK_FIELD(d, name) || CHECK_FIELD(d, status) ||
        CHECK_FIELD(d, kms_key_arn) || CHECK_FIELD(d, lambda_authorizer_arn) ||
        CHECK_FIELD(d, lossless_format) || CHECK_FIELD(d, client_token))
        return -1;
    if (check_required("datastore id", d->id, err) ||
        check_required("datastore name", d->name, err) ||
        check_required("datastore status", d->status, err))
        return -1;
    return 0;
}

/* One datastore row by a one-text-parameter statement: 0, CAT_NOT_FOUND, -1. */
static int ds_one(sq_conn *k, int st, const char *a, cat_datastore *out, tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, st, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, a), err)) return -1;
    int rc = step(k, s, "reading a datastore", err);
    cat_datastore tmp;
    if (rc == 1) rc = row_datastore(s, out ? out : &tmp, err) ? -1 : 1;
    stmt_done(s);
    if (rc < 0) return -1;
    if (rc == 0) return fail_as(CAT_NOT_FOUND, err, "catalog: datastore %s not found", a);
    return 0;
}

static int ds_create_tx(sq_conn *k, const cat_datastore *d, cat_datastore *existing,
                        tess_error *err) {
    if (d->client_token[0]) {
        int rc = ds_one(k, ST_DS_BY_TOKEN, d->client_token, existing, err);
        if (rc == 0) return 1;
        if (rc != CAT_NOT_FOUND) return -1;
    }
    int rc = ds_one(k, ST_DS_BY_ID, d->id, NULL, err);
    if (rc == 0) return fail_as(CAT_CONFLICT, err, "catalog: datastore %s exists already", d->id);
    if (rc != CAT_NOT_FOUND) return -1;
    sqlite3_stmt *s = stmt_get(k, ST_DS_INSERT, err);
    if (!s) return -1;
    int b = bt(s, 1, d->id) | bt(s, 2, d->name) | bt(s, 3, d->status) |
            bt(s, 4, d->kms_key_arn) | bt(s, 5, d->lambda_authorizer_arn) |
            bt(s, 6, d->lossless_format) | bt(s, 7, d->client_token) |
            bd(s, 8, d->created_at) | bd(s, 9, d->updated_at);
    if (bind_check(k, s, b, err)) return -1;
    return run(k, s, "inserting a datastore", err);
}

static int sq_datastore_create(cat_catalog *cc, const cat_datastore *d, cat_datastore *existing,
                               tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_datastore(d, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, ds_create_tx(k, d, existing, err), err);
}

static int sq_datastore_get(cat_catalog *cc, const char *id, cat_datastore *out,
                            tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = ds_one(k, ST_DS_BY_ID, nz(id), out, err);
    reader_put(c, k);
    return rc;
}

static int sq_datastore_find_by_name(cat_catalog *cc, const char *name, cat_datastore *out,
                                     tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = ds_one(k, ST_DS_BY_NAME, nz(name), out, err);
    reader_put(c, k);
    if (rc == CAT_NOT_FOUND) tess_fail(err, "catalog: no datastore named %s", nz(name));
    return rc;
}

/* The row delivery loop of every paged listing: up to `limit` rows to fn,
 * *more = whether a row is left (also when fn stopped early). `conv`
 * turns the current row into the struct at `row`. */
typedef int (*row_conv_fn)(sqlite3_stmt *s, void *row, tess_error *err);
typedef int (*row_deliver_fn)(void *fn, void *ctx, const void *row);

static int list_rows(sq_conn *k, sqlite3_stmt *s, int limit, row_conv_fn conv, void *row,
                     row_deliver_fn deliver, void *fn, void *ctx, bool *more,
                     const char *what, tess_error *err) {
    int n = 0, rc;
    bool stopped = false;
    if (more) *more = false;
    while ((rc = step(k, s, what, err)) == 1) {
        if (n == limit || stopped) {
            if (more) *more = true;
            break;
        }
        if (conv(s, row, err)) {
            rc = -1;
            break;
        }
        n++;
        if (deliver(fn, ctx, row)) stopped = true;
    }
    stmt_done(s);
    return rc < 0 ? -1 : 0;
}

static int conv_datastore(sqlite3_stmt *s, void *row, tess_error *err) {
    return row_datastore(s, row, err);
}
static int deliver_datastore(void *fn, void *ctx, const void *row) {
    return ((cat_datastore_fn)fn)(ctx, row);
}
static int conv_job(sqlite3_stmt *s, void *row, tess_error *err) { return row_job(s, row, err); }
static int deliver_job(void *fn, void *ctx, const void *row) {
    return ((cat_job_fn)fn)(ctx, row);
}
static int conv_version(sqlite3_stmt *s, void *row, tess_error *err) {
    return row_version(s, row, err);
}
static int deliver_version(void *fn, void *ctx, const void *row) {
    return ((cat_version_fn)fn)(ctx, row);
}
static int conv_image_set(sqlite3_stmt *s, void *row, tess_error *err) {
    return row_image_set(s, row, err);
}
static int deliver_image_set(void *fn, void *ctx, const void *row) {
    return ((cat_image_set_fn)fn)(ctx, row);
}
static int conv_instance(sqlite3_stmt *s, void *row, tess_error *err) {
    return row_instance(s, row, err);
}
static int deliver_instance(void *fn, void *ctx, const void *row) {
    return ((cat_instance_fn)fn)(ctx, row);
}
static int conv_frame(sqlite3_stmt *s, void *row, tess_error *err) {
    return row_frame(s, row, err);
}
static int deliver_frame(void *fn, void *ctx, const void *row) {
    return ((cat_frame_fn)fn)(ctx, row);
}
static int conv_job_file(sqlite3_stmt *s, void *row, tess_error *err) {
    row_job_file(s, row);
    return 0;
}
static int deliver_job_file(void *fn, void *ctx, const void *row) {
    return ((cat_job_file_fn)fn)(ctx, row);
}

/* Casting a function pointer to void * and back is what POSIX dlsym
 * relies on; it keeps list_rows one loop for every row type. */
#define FNPTR(f) ((void *)(uintptr_t)(f))

static int sq_datastore_list(cat_catalog *cc, const char *status, int64_t offset, int limit,
                             cat_datastore_fn fn, void *ctx, bool *more, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_page(offset, limit, err)) return -1;
    if (!fn) return tess_fail(err, "catalog: datastore_list without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_DS_LIST, err);
    if (s && !bind_check(k, s, bt(s, 1, status) | bi(s, 2, (int64_t)limit + 1) |
                                   bi(s, 3, offset), err)) {
        cat_datastore row;
        rc = list_rows(k, s, limit, conv_datastore, &row, deliver_datastore, FNPTR(fn), ctx,
                       more, "listing datastores", err);
    }
    reader_put(c, k);
    return rc;
}

static int ds_set_status_tx(sq_conn *k, const char *id, const char *status, double at,
                            tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_DS_SET_STATUS, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, id) | bt(s, 2, status) | bd(s, 3, at), err)) return -1;
    if (run(k, s, "updating a datastore", err)) return -1;
    if (sqlite3_changes(k->db) == 0)
        return fail_as(CAT_NOT_FOUND, err, "catalog: datastore %s not found", id);
    return 0;
}

static int sq_datastore_set_status(cat_catalog *cc, const char *id, const char *status,
                                   double at, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_required("datastore status", status, err) ||
        check_len("datastore status", status, sizeof ((cat_datastore *)0)->status, err))
        return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, ds_set_status_tx(k, nz(id), status, at, err), err);
}

static int ds_delete_tx(sq_conn *k, const char *id, double at, tess_error *err) {
    int rc = ds_one(k, ST_DS_BY_ID, id, NULL, err);
    if (rc) return rc;
    sqlite3_stmt *s = stmt_get(k, ST_DS_LIVE_SETS, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, id), err)) return -1;
    rc = step(k, s, "checking the image sets of a datastore", err);
    bool live = rc == 1 && sqlite3_column_int(s, 0) != 0;
    stmt_done(s);
    if (rc < 0) return -1;
    if (live)
        return fail_as(CAT_CONFLICT, err,
                       "catalog: datastore %s still holds image sets that are not deleted", id);
    return ds_set_status_tx(k, id, "DELETED", at, err);
}

static int sq_datastore_delete(cat_catalog *cc, const char *id, double at, tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, ds_delete_tx(k, nz(id), at, err), err);
}

/* A single COUNT(*) / EXISTS answer of a cached statement with up to two
 * text parameters, on a read connection. -1 on error. */
static int64_t read_count(sq_catalog *c, int st, const char *a, const char *b,
                          tess_error *err) {
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int64_t n = -1;
    sqlite3_stmt *s = stmt_get(k, st, err);
    if (s) {
        int bind = SQLITE_OK;
        int np = sqlite3_bind_parameter_count(s);
        if (np >= 1) bind |= bt(s, 1, a);
        if (np >= 2) bind |= bt(s, 2, b);
        if (!bind_check(k, s, bind, err)) {
            int rc = step(k, s, "counting", err);
            if (rc == 1) n = sqlite3_column_int64(s, 0);
            else if (rc == 0) tess_fail(err, "catalog: counting: no answer");
            stmt_done(s);
        }
    }
    reader_put(c, k);
    return n;
}

static int64_t sq_datastore_count_active(cat_catalog *cc, tess_error *err) {
    return read_count(sq(cc), ST_DS_COUNT_ACTIVE, NULL, NULL, err);
}

/* ----------------------------------------------------------- import jobs */

static int check_job(const cat_job *j, tess_error *err) {
    if (!j) return tess_fail(err, "catalog: no job given");
    if (CHECK_FIELD(j, id) || CHECK_FIELD(j, datastore_id) || CHECK_FIELD(j, name) ||
        CHECK_FIELD(j, status) || CHECK_FIELD(j, role_arn) || CHECK_FIELD(j, input_uri) ||
        CHECK_FIELD(j, output_uri) || CHECK_FIELD(j, message) || CHECK_FIELD(j, client_token) ||
        CHECK_FIELD(j, kind))
        return -1;
    if (check_required("job id", j->id, err) ||
        check_required("job datastore id", j->datastore_id, err) ||
        check_required("job status", j->status, err))
        return -1;
    return 0;
}

static int job_one(sq_conn *k, int st, const char *a, const char *b, cat_job *out,
                   tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, st, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, a) | bt(s, 2, b), err)) return -1;
    int rc = step(k, s, "reading a job", err);
    if (rc == 1) rc = row_job(s, out, err) ? -1 : 1;
    stmt_done(s);
    if (rc < 0) return -1;
    if (rc == 0) return CAT_NOT_FOUND;
    return 0;
}

static int job_create_tx(sq_conn *k, const cat_job *j, cat_job *existing, tess_error *err) {
    int rc = ds_one(k, ST_DS_BY_ID, j->datastore_id, NULL, err);
    if (rc) return rc;
    if (j->client_token[0]) {
        cat_job tmp;
        rc = job_one(k, ST_JOB_BY_TOKEN, j->datastore_id, j->client_token,
                     existing ? existing : &tmp, err);
        if (rc == 0) return 1;
        if (rc != CAT_NOT_FOUND) return -1;
    }
    sqlite3_stmt *s = stmt_get(k, ST_JOB_EXISTS, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, j->id), err)) return -1;
    rc = step(k, s, "checking a job id", err);
    bool exists = rc == 1 && sqlite3_column_int(s, 0);
    stmt_done(s);
    if (rc < 0) return -1;
    if (exists) return fail_as(CAT_CONFLICT, err, "catalog: job %s exists already", j->id);
    s = stmt_get(k, ST_JOB_INSERT, err);
    if (!s) return -1;
    int b = bt(s, 1, j->id) | bt(s, 2, j->datastore_id) | bt(s, 3, j->name) |
            bt(s, 4, j->status) | bt(s, 5, j->role_arn) | bt(s, 6, j->input_uri) |
            bt(s, 7, j->output_uri) | bt(s, 8, j->message) | bt(s, 9, j->client_token) |
            bd(s, 10, j->submitted_at) | bd(s, 11, j->ended_at) |
            bt(s, 12, j->kind[0] ? j->kind : "import");
    if (bind_check(k, s, b, err)) return -1;
    return run(k, s, "inserting a job", err);
}

static int sq_job_create(cat_catalog *cc, const cat_job *j, cat_job *existing,
                         tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_job(j, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, job_create_tx(k, j, existing, err), err);
}

static int sq_job_get(cat_catalog *cc, const char *datastore_id, const char *job_id,
                      cat_job *out, tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = job_one(k, ST_JOB_GET, nz(job_id), nz(datastore_id), out, err);
    reader_put(c, k);
    if (rc == CAT_NOT_FOUND)
        tess_fail(err, "catalog: job %s of datastore %s not found", nz(job_id), nz(datastore_id));
    return rc;
}

static int sq_job_list(cat_catalog *cc, const char *datastore_id, const char *status,
                       int64_t offset, int limit, cat_job_fn fn, void *ctx, bool *more,
                       tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_page(offset, limit, err)) return -1;
    if (!fn) return tess_fail(err, "catalog: job_list without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_JOB_LIST, err);
    if (s && !bind_check(k, s, bt(s, 1, datastore_id) | bt(s, 2, status) |
                                   bi(s, 3, (int64_t)limit + 1) | bi(s, 4, offset), err)) {
        cat_job *row = malloc(sizeof *row);   /* 6 KiB: keep it off small thread stacks */
        if (!row) tess_fail(err, "catalog: out of memory listing jobs");
        else rc = list_rows(k, s, limit, conv_job, row, deliver_job, FNPTR(fn), ctx, more,
                            "listing jobs", err);
        if (!row) stmt_done(s);
        free(row);
    }
    reader_put(c, k);
    return rc;
}

static int job_update_tx(sq_conn *k, const cat_job *j, tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_JOB_UPDATE, err);
    if (!s) return -1;
    int b = bt(s, 1, j->id) | bt(s, 2, j->datastore_id) | bt(s, 3, j->status) |
            bt(s, 4, j->message) | bd(s, 5, j->ended_at) | bt(s, 6, j->output_uri);
    if (bind_check(k, s, b, err)) return -1;
    if (run(k, s, "updating a job", err)) return -1;
    if (sqlite3_changes(k->db) == 0)
        return fail_as(CAT_NOT_FOUND, err, "catalog: job %s of datastore %s not found", j->id,
                         j->datastore_id);
    return 0;
}

static int sq_job_update(cat_catalog *cc, const cat_job *j, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_job(j, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, job_update_tx(k, j, err), err);
}

static int sq_job_list_unfinished(cat_catalog *cc, cat_job_fn fn, void *ctx, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: job_list_unfinished without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_JOB_UNFINISHED, err);
    cat_job *row = s ? malloc(sizeof *row) : NULL;
    if (s && !row) tess_fail(err, "catalog: out of memory listing jobs");
    if (row)
        rc = list_rows(k, s, INT32_MAX, conv_job, row, deliver_job, FNPTR(fn), ctx, NULL,
                       "listing unfinished jobs", err);
    free(row);
    reader_put(c, k);
    return rc;
}

static int64_t sq_job_count_running(cat_catalog *cc, const char *datastore_id,
                                    tess_error *err) {
    return read_count(sq(cc), ST_JOB_COUNT_RUNNING, datastore_id, NULL, err);
}

/* --------------------------------------------------------- job files */

static bool outcome_valid(int o) { return o >= CAT_FILE_PENDING && o <= CAT_FILE_WARNING; }

static int jf_add_tx(sq_conn *k, const char *job_id, const char *path, cat_file_outcome outcome,
                     const char *group_key, const char *payload, int64_t *id,
                     tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_JF_INSERT, err);
    if (!s) return -1;
    int b = bt(s, 1, job_id) | bt(s, 2, path) | bi(s, 3, outcome) | bt(s, 4, group_key) |
            bt(s, 5, payload);
    if (bind_check(k, s, b, err)) return -1;
    if (run(k, s, "adding a job file", err)) return -1;
    if (id) *id = sqlite3_last_insert_rowid(k->db);
    return 0;
}

static int sq_job_file_add(cat_catalog *cc, const char *job_id, const char *path,
                           cat_file_outcome outcome, const char *group_key, const char *payload,
                           int64_t *id, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_required("job id", job_id, err) || check_required("job file path", path, err))
        return -1;
    if (!outcome_valid((int)outcome))
        return tess_fail(err, "catalog: job file outcome %d is not valid", (int)outcome);
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    int rc = jf_add_tx(k, job_id, path, outcome, group_key, payload, id, err);
    if (rc) tess_fail_prefix(err, "job %s file %s", job_id, path);
    return writer_end(c, rc, err);
}

static int sq_job_files_add(cat_catalog *cc, const char *job_id, const cat_job_file *rows,
                            size_t n, int64_t *ids, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_required("job id", job_id, err)) return -1;
    for (size_t i = 0; i < n; i++) {
        if (check_required("job file path", rows[i].path, err)) return -1;
        if (!outcome_valid((int)rows[i].outcome))
            return tess_fail(err, "catalog: job file outcome %d is not valid", (int)rows[i].outcome);
    }
    if (n == 0) return 0;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        int64_t id;
        rc = jf_add_tx(k, job_id, rows[i].path, rows[i].outcome, rows[i].group_key,
                       rows[i].payload, &id, err);
        if (rc) tess_fail_prefix(err, "job %s file %s", job_id, rows[i].path);
        else if (ids) ids[i] = id;
    }
    return writer_end(c, rc, err);
}

static int sq_job_file_seen(cat_catalog *cc, const char *job_id, const char *path, bool *seen,
                            tess_error *err) {
    int64_t n = read_count(sq(cc), ST_JF_SEEN, job_id, path, err);
    if (n < 0) return -1;
    if (seen) *seen = n != 0;
    return 0;
}

static int sq_job_files(cat_catalog *cc, const char *job_id, int outcome, cat_job_file_fn fn,
                        void *ctx, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (outcome != -1 && !outcome_valid(outcome))
        return tess_fail(err, "catalog: job file outcome %d is not valid", outcome);
    if (!fn) return tess_fail(err, "catalog: job_files without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_JF_LIST, err);
    if (s && !bind_check(k, s, bt(s, 1, job_id) | bi(s, 2, outcome), err)) {
        cat_job_file row;
        rc = list_rows(k, s, INT32_MAX, conv_job_file, &row, deliver_job_file, FNPTR(fn), ctx,
                       NULL, "listing job files", err);
    }
    reader_put(c, k);
    return rc;
}

static int sq_job_pending_groups(cat_catalog *cc, const char *job_id,
                                 int (*fn)(void *ctx, const char *group_key), void *ctx,
                                 tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: job_pending_groups without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_JF_GROUPS, err);
    if (s && !bind_check(k, s, bt(s, 1, job_id), err)) {
        while ((rc = step(k, s, "listing pending groups", err)) == 1)
            if (fn(ctx, col_str(s, 0))) {
                rc = 0;
                break;
            }
        stmt_done(s);
    }
    reader_put(c, k);
    return rc < 0 ? -1 : 0;
}

static int sq_job_pending_in_group(cat_catalog *cc, const char *job_id, const char *group_key,
                                   cat_job_file_fn fn, void *ctx, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: job_pending_in_group without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_JF_IN_GROUP, err);
    if (s && !bind_check(k, s, bt(s, 1, job_id) | bt(s, 2, group_key), err)) {
        cat_job_file row;
        rc = list_rows(k, s, INT32_MAX, conv_job_file, &row, deliver_job_file, FNPTR(fn), ctx,
                       NULL, "listing the pending files of a group", err);
    }
    reader_put(c, k);
    return rc;
}

static int jf_finish_tx(sq_conn *k, int64_t id, cat_file_outcome outcome, const char *line,
                        tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_JF_FINISH, err);
    if (!s) return -1;
    if (bind_check(k, s, bi(s, 1, id) | bi(s, 2, outcome) | bt(s, 3, line), err)) return -1;
    if (run(k, s, "finishing a job file", err)) return -1;
    if (sqlite3_changes(k->db) == 0)
        return fail_as(CAT_NOT_FOUND, err, "catalog: job file %" PRId64 " not found", id);
    return 0;
}

static int check_finish(cat_file_outcome outcome, const char *line, tess_error *err) {
    if (outcome == CAT_FILE_PENDING || !outcome_valid((int)outcome))
        return tess_fail(err, "catalog: a job file cannot finish with outcome %d", (int)outcome);
    if (!line) return tess_fail(err, "catalog: a finished job file needs its line");
    return 0;
}

static int sq_job_file_finish(cat_catalog *cc, int64_t id, cat_file_outcome outcome,
                              const char *line, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_finish(outcome, line, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, jf_finish_tx(k, id, outcome, line, err), err);
}

/* ------------------------------------------------------------ image sets */

static int check_dicom_tags(const cat_dicom_tags *t, tess_error *err) {
    if (CHECK_FIELD(t, patient_id) || CHECK_FIELD(t, patient_name) ||
        CHECK_FIELD(t, patient_birth_date) || CHECK_FIELD(t, patient_sex) ||
        CHECK_FIELD(t, study_uid) || CHECK_FIELD(t, study_id) ||
        CHECK_FIELD(t, study_description) || CHECK_FIELD(t, accession_number) ||
        CHECK_FIELD(t, series_uid) || CHECK_FIELD(t, modality) || CHECK_FIELD(t, body_part) ||
        CHECK_FIELD(t, study_date) || CHECK_FIELD(t, study_time))
        return -1;
    return 0;
}

static int check_image_set(const cat_image_set *s, tess_error *err) {
    if (CHECK_FIELD(s, id) || CHECK_FIELD(s, datastore_id) || CHECK_FIELD(s, state) ||
        CHECK_FIELD(s, workflow_status) || CHECK_FIELD(s, storage_tier) ||
        CHECK_FIELD(s, message) || check_dicom_tags(&s->tags, err))
        return -1;
    if (check_required("image set id", s->id, err) ||
        check_required("image set datastore id", s->datastore_id, err) ||
        check_required("image set state", s->state, err))
        return -1;
    return 0;
}

static int check_version(const cat_version *v, tess_error *err) {
    if (CHECK_FIELD(v, image_set_id) || CHECK_FIELD(v, state) ||
        CHECK_FIELD(v, workflow_status) || CHECK_FIELD(v, message) || CHECK_FIELD(v, doc_key) ||
        CHECK_FIELD(v, series_json_key) || CHECK_FIELD(v, sections) ||
        check_u64("doc_size", v->doc_size, err))
        return -1;
    return check_required("version state", v->state, err);
}

static int check_instance(const cat_instance *i, tess_error *err) {
    if (CHECK_FIELD(i, sop_uid) || CHECK_FIELD(i, sop_class_uid) ||
        CHECK_FIELD(i, transfer_syntax) || CHECK_FIELD(i, stored_transfer_syntax) ||
        CHECK_FIELD(i, content_date) || CHECK_FIELD(i, content_time))
        return -1;
    return check_required("instance SOP UID", i->sop_uid, err);
}

static int check_frame(const cat_frame *f, tess_error *err) {
    if (CHECK_FIELD(f, frame_id) || CHECK_FIELD(f, sop_uid) || CHECK_FIELD(f, segment) ||
        CHECK_FIELD(f, stored_transfer_syntax) || check_u64("frame offset", f->offset, err) ||
        check_u64("frame length", f->length, err))
        return -1;
    if (check_required("frame id", f->frame_id, err) ||
        check_required("frame SOP UID", f->sop_uid, err) ||
        check_required("frame segment", f->segment, err))
        return -1;
    if (f->nres > CAT_MAX_LEVELS)
        return tess_fail(err, "catalog: frame %s has %" PRIu32 " resolutions (at most %d)",
                         f->frame_id, f->nres, CAT_MAX_LEVELS);
    return 0;
}

/* Binds ?1..?28 of ST_IS_INSERT / ST_IS_UPDATE. */
static int bind_image_set(sqlite3_stmt *s, const cat_image_set *v) {
    char dt[DT_KEY];
    study_dt_key(v->tags.study_date, v->tags.study_time, false, dt);
    const cat_dicom_tags *t = &v->tags;
    int b = bt(s, 1, v->id) | bt(s, 2, v->datastore_id) | bi(s, 3, v->latest_version) |
            bt(s, 4, v->state) | bt(s, 5, v->workflow_status) | bi(s, 6, v->is_primary) |
            bi(s, 7, v->forced) | bd(s, 8, v->created_at) | bd(s, 9, v->updated_at) |
            bd(s, 10, v->deleted_at) | bd(s, 11, v->last_accessed_at) |
            bt(s, 12, v->storage_tier) | bt(s, 13, v->message) | bt(s, 14, t->patient_id) |
            bt(s, 15, t->patient_name) | bt(s, 16, t->patient_birth_date) |
            bt(s, 17, t->patient_sex) | bt(s, 18, t->study_uid) | bt(s, 19, t->study_id) |
            bt(s, 20, t->study_description) | bt(s, 21, t->accession_number) |
            bt(s, 22, t->series_uid) | bt(s, 23, t->modality) | bt(s, 24, t->body_part) |
            bt(s, 25, t->study_date) | bt(s, 26, t->study_time);
    b |= t->has_series_number ? bi(s, 27, t->series_number) : sqlite3_bind_null(s, 27);
    /* dt is on this stack frame: copy it. */
    b |= sqlite3_bind_text(s, 28, dt, -1, SQLITE_TRANSIENT);
    return b;
}

static int check_qido_fields(const cat_qido_fields *f, tess_error *err);

static int check_commit(const cat_commit *cm, tess_error *err) {
    if (!cm || !cm->set || !cm->version) return tess_fail(err, "catalog: incomplete commit");
    const cat_image_set *set = cm->set;
    const cat_version *v = cm->version;
    if (check_image_set(set, err) || check_version(v, err) ||
        check_qido_fields(cm->qido, err))
        return -1;
    if (strcmp(set->id, v->image_set_id) != 0)
        return tess_fail(err, "catalog: commit of image set %s carries a version of %s", set->id,
                         v->image_set_id);
    if (cm->expect_version < 0 || v->version != cm->expect_version + 1 ||
        set->latest_version != v->version)
        return tess_fail(err, "catalog: commit of image set %s: version %" PRId64
                         " (set says %" PRId64 ") does not follow %" PRId64, set->id,
                         v->version, set->latest_version, cm->expect_version);
    if ((cm->nretire && !cm->retire) || (cm->nadd && !cm->add) ||
        (cm->nframes && !cm->frames) ||
        (cm->nfiles && (!cm->file_ids || !cm->file_outcomes || !cm->file_lines)))
        return tess_fail(err, "catalog: commit of image set %s: a list without its array",
                         set->id);
    for (size_t i = 0; i < cm->nretire; i++)
        if (check_len("retired SOP UID", cm->retire[i], CAT_UID, err)) return -1;
    for (size_t i = 0; i < cm->nadd; i++)
        if (check_instance(&cm->add[i], err)) return -1;
    for (size_t i = 0; i < cm->nframes; i++)
        if (check_frame(&cm->frames[i], err)) return -1;
    for (size_t i = 0; i < cm->nfiles; i++)
        if (check_finish(cm->file_outcomes[i], cm->file_lines[i], err)) return -1;
    return 0;
}

/* The image set's head: 0 (filled), CAT_NOT_FOUND, -1. */
static int is_head(sq_conn *k, const char *id, char ds[CAT_ID], int64_t *latest,
                   char state[16], tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_IS_HEAD, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, id), err)) return -1;
    int rc = step(k, s, "reading an image set", err);
    if (rc == 1) {
        if (col_copy(s, 0, ds, CAT_ID, err) || col_copy(s, 2, state, 16, err)) rc = -1;
        *latest = sqlite3_column_int64(s, 1);
    }
    stmt_done(s);
    if (rc < 0) return -1;
    return rc == 1 ? 0 : CAT_NOT_FOUND;
}

static int retire_sop(sq_conn *k, const char *set_id, const char *sop, int64_t last,
                      tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_INST_RETIRE, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, set_id) | bi(s, 2, last) | bt(s, 3, sop), err)) return -1;
    return run(k, s, "retiring an instance", err);
}

static int insert_instance(sq_conn *k, const char *set_id, const cat_instance *i, int64_t ver,
                           tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_INST_INSERT, err);
    if (!s) return -1;
    int b = bt(s, 1, set_id) | bt(s, 2, i->sop_uid) | bt(s, 3, i->sop_class_uid) |
            bt(s, 4, i->transfer_syntax) | bt(s, 5, i->stored_transfer_syntax) |
            (i->has_instance_number ? bi(s, 6, i->instance_number) : sqlite3_bind_null(s, 6)) |
            bi(s, 7, i->rows) | bi(s, 8, i->columns) | bi(s, 9, i->bits_allocated) |
            bi(s, 10, i->number_of_frames) | bt(s, 11, i->content_date) |
            bt(s, 12, i->content_time) | bi(s, 13, ver) | bi(s, 14, 0);
    if (bind_check(k, s, b, err)) return -1;
    if (run(k, s, "inserting an instance", err))
        return tess_fail_prefix(err, "SOP %s (listed twice?)", i->sop_uid);
    return 0;
}

static int insert_frame(sq_conn *k, const char *set_id, const cat_frame *f, int64_t ver,
                        tess_error *err) {
    char ends[CAT_MAX_LEVELS * 11 + 1];
    res_ends_format(f, ends, sizeof ends);
    sqlite3_stmt *s = stmt_get(k, ST_FR_INSERT, err);
    if (!s) return -1;
    int b = bt(s, 1, set_id) | bt(s, 2, f->frame_id) | bt(s, 3, f->sop_uid) | bi(s, 4, ver) |
            bi(s, 5, f->frame_index) | bt(s, 6, f->segment) | bi(s, 7, (int64_t)f->offset) |
            bi(s, 8, (int64_t)f->length) | bt(s, 9, ends) | bi(s, 10, f->nres) |
            bt(s, 11, f->stored_transfer_syntax);
    if (bind_check(k, s, b, err)) return -1;
    return run(k, s, "inserting a frame", err);
}

/* ------------------------------------------------ QIDO-RS keys on writes
 *
 * Match keys are derived here from the raw values, so that the query side
 * compares text: names in ASCII lower case (pn_key, rp_key) and their
 * components (qido_names, for fuzzy matching); dates as 8 digits; times as
 * HHMMSS.FFFFFF (qido_tm_key). */

#define QIDO_TM_KEY 16
#define QIDO_NAME_FIELDS 2     /* 0 PatientName, 1 ReferringPhysicianName */

static void lower_ascii(const char *src, char *dst, size_t cap) {
    size_t n = 0;
    for (; src && *src && n + 1 < cap; src++)
        dst[n++] = (*src >= 'A' && *src <= 'Z') ? (char)(*src - 'A' + 'a') : *src;
    dst[n] = '\0';
}

/* A TM value (any of HH, HHMM, HHMMSS, fractions, old HH:MM:SS) as
 * HHMMSS.FFFFFF; `end` fills the missing precision with its last instant
 * (a bound "10" is 10:59:59.999999). "" when there is no digit or the
 * form is not a time. */
static void qido_tm_key(const char *t, bool end, char out[QIDO_TM_KEY]) {
    char hms[7], frac[7];
    size_t nh = 0, nf = 0;
    bool in_frac = false;
    out[0] = '\0';
    for (const char *p = t; p && *p; p++) {
        if (*p == '.') {
            if (in_frac) return;
            in_frac = true;
        } else if (*p >= '0' && *p <= '9') {
            if (!in_frac && nh < 6) hms[nh++] = *p;
            else if (in_frac && nf < 6) frac[nf++] = *p;
            else if (!in_frac) return;
        } else if (*p != ':' && *p != ' ') {
            return;
        }
    }
    if (nh == 0 || nh % 2) return;
    static const char top[6] = { '2', '3', '5', '9', '5', '9' };
    bool exact_frac = nf > 0;
    for (; nh < 6; nh++) hms[nh] = end ? top[nh] : '0';
    for (; nf < 6; nf++) frac[nf] = (end && !exact_frac) ? '9' : '0';
    hms[6] = frac[6] = '\0';
    snprintf(out, QIDO_TM_KEY, "%s.%s", hms, frac);
}

/* A DA value (YYYYMMDD or the old YYYY.MM.DD) as 8 digits; "" if not. */
static void qido_da_key(const char *d, char out[9]) {
    size_t n = 0;
    out[0] = '\0';
    for (const char *p = d; p && *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (n == 8) return;
            out[n++] = *p;
        } else if (*p != '.' && *p != ' ') {
            n = 0;
            break;
        }
    }
    out[n == 8 ? 8 : 0] = '\0';
}

static bool name_sep(char c) { return c == '^' || c == '=' || c == ' ' || c == ','; }

/* The name rows of one set: the lower-case components of both names. */
static int qido_names_put(sq_conn *k, const char *set_id, const char *ds,
                          const char *const names[QIDO_NAME_FIELDS], tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_QN_DELETE, err);
    if (!s || bind_check(k, s, bt(s, 1, set_id), err) ||
        run(k, s, "clearing the name components of an image set", err))
        return -1;
    for (int f = 0; f < QIDO_NAME_FIELDS; f++) {
        char low[513];
        lower_ascii(names[f], low, sizeof low);
        for (char *p = low; *p;) {
            while (*p && name_sep(*p)) p++;
            char *w = p;
            while (*p && !name_sep(*p)) p++;
            if (p == w) continue;
            char save = *p;
            *p = '\0';
            if (!(s = stmt_get(k, ST_QN_INSERT, err))) return -1;
            int b = bt(s, 1, set_id) | bt(s, 2, ds) | bi(s, 3, f) |
                    sqlite3_bind_text(s, 4, w, -1, SQLITE_TRANSIENT);
            *p = save;
            if (bind_check(k, s, b, err) || run(k, s, "adding a name component", err))
                return -1;
        }
    }
    return 0;
}

/* Write the QIDO fields of a set (f NULL: cleared and marked unfilled). */
static int qido_fields_put(sq_conn *k, const char *set_id, const char *ds,
                           const char *patient_name, const char *study_time,
                           const cat_qido_fields *f, tess_error *err) {
    static const cat_qido_fields none;
    const cat_qido_fields *q = f ? f : &none;
    char pn[513], rp[513], stm[QIDO_TM_KEY], btm[QIDO_TM_KEY], pda[9], ptm[QIDO_TM_KEY];
    lower_ascii(patient_name, pn, sizeof pn);
    lower_ascii(q->referring_physician, rp, sizeof rp);
    qido_tm_key(study_time, false, stm);
    qido_tm_key(q->patient_birth_time, false, btm);
    qido_da_key(q->pps_start_date, pda);
    qido_tm_key(q->pps_start_time, false, ptm);
    sqlite3_stmt *s = stmt_get(k, ST_IS_QIDO_SET, err);
    if (!s) return -1;
    int b = bt(s, 1, set_id) | bi(s, 2, f != NULL) | bt(s, 3, q->referring_physician) |
            bt(s, 4, q->series_description) | bt(s, 5, pn) | bt(s, 6, rp) | bt(s, 7, stm) |
            bt(s, 8, btm) | bt(s, 9, pda) | bt(s, 10, ptm) | bt(s, 11, q->study_json) |
            bt(s, 12, q->series_json);
    if (bind_check(k, s, b, err) || run(k, s, "writing the QIDO fields of an image set", err))
        return -1;
    const char *names[QIDO_NAME_FIELDS] = { patient_name, q->referring_physician };
    return qido_names_put(k, set_id, ds, names, err);
}

/* Recompute the qido_studies row of one study from its sets. */
static int qido_study_refresh(sq_conn *k, const char *ds, const char *study_uid,
                              tess_error *err) {
    if (!study_uid || !*study_uid) return 0;
    static const int st[2] = { ST_QS_DELETE, ST_QS_INSERT };
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *s = stmt_get(k, st[i], err);
        if (!s || bind_check(k, s, bt(s, 1, ds) | bt(s, 2, study_uid), err) ||
            run(k, s, "refreshing a study's QIDO row", err))
            return -1;
    }
    return 0;
}

/* The study of a set as stored (before a change), into uid. */
static int is_study_of(sq_conn *k, const char *id, char uid[CAT_UID], tess_error *err) {
    uid[0] = '\0';
    sqlite3_stmt *s = stmt_get(k, ST_IS_STUDY_OF, err);
    if (!s || bind_check(k, s, bt(s, 1, id), err)) return -1;
    int rc = step(k, s, "reading the study of an image set", err);
    if (rc == 1 && col_copy(s, 0, uid, CAT_UID, err)) rc = -1;
    stmt_done(s);
    return rc < 0 ? -1 : 0;
}

static int check_qido_fields(const cat_qido_fields *f, tess_error *err) {
    if (!f) return 0;
    if (CHECK_FIELD(f, referring_physician) || CHECK_FIELD(f, patient_birth_time) ||
        CHECK_FIELD(f, pps_start_date) || CHECK_FIELD(f, pps_start_time) ||
        CHECK_FIELD(f, series_description))
        return -1;
    return 0;
}

static int commit_tx(sq_conn *k, const cat_commit *cm, tess_error *err) {
    const cat_image_set *set = cm->set;
    const cat_version *v = cm->version;
    int64_t ver = v->version;
    char ds[CAT_ID], state[16];
    int64_t latest = 0;
    char old_study[CAT_UID] = "";
    int rc = is_head(k, set->id, ds, &latest, state, err);
    if (rc == -1) return -1;
    sqlite3_stmt *s;
    if (cm->expect_version == 0) {
        if (rc == 0)
            return fail_as(CAT_CONFLICT, err, "catalog: image set %s exists already", set->id);
        if ((rc = ds_one(k, ST_DS_BY_ID, set->datastore_id, NULL, err))) return rc;
        if (cm->sole_primary && set->is_primary) {
            /* inside the write transaction: two assemblies that both found
             * no primary set of the series cannot both make one */
            if (!(s = stmt_get(k, ST_IS_PRIMARY_COUNT, err))) return -1;
            if (bind_check(k, s, bt(s, 1, set->datastore_id) | bt(s, 2, set->tags.study_uid) |
                                     bt(s, 3, set->tags.series_uid), err))
                return -1;
            int64_t n = 0;
            int src = step(k, s, "counting primary image sets", err);
            if (src == 1) n = sqlite3_column_int64(s, 0);
            stmt_done(s);
            if (src < 0) return -1;
            if (n > 0)
                return fail_as(CAT_CONFLICT, err, "catalog: series %s has a primary image set "
                               "already", set->tags.series_uid);
        }
        if (!(s = stmt_get(k, ST_IS_INSERT, err))) return -1;
        if (bind_check(k, s, bind_image_set(s, set), err)) return -1;
        if (run(k, s, "inserting an image set", err)) return -1;
    } else {
        if (rc == CAT_NOT_FOUND || strcmp(ds, set->datastore_id) != 0)
            return fail_as(CAT_NOT_FOUND, err, "catalog: image set %s of datastore %s not found",
                           set->id, set->datastore_id);
        if (strcmp(state, "DELETED") == 0)
            return fail_as(CAT_CONFLICT, err, "catalog: image set %s is deleted", set->id);
        if (latest != cm->expect_version)
            return fail_as(CAT_CONFLICT, err,
                           "catalog: image set %s is at version %" PRId64 ", not %" PRId64,
                           set->id, latest, cm->expect_version);
        if (is_study_of(k, set->id, old_study, err)) return -1;
        if (!(s = stmt_get(k, ST_IS_UPDATE, err))) return -1;
        if (bind_check(k, s, bind_image_set(s, set) | bi(s, 29, cm->expect_version), err))
            return -1;
        if (run(k, s, "updating an image set", err)) return -1;
        if (sqlite3_changes(k->db) != 1)
            return fail_as(CAT_CONFLICT, err, "catalog: image set %s changed under the commit",
                           set->id);
    }

    if (!(s = stmt_get(k, ST_V_INSERT, err))) return -1;
    int b = bt(s, 1, set->id) | bi(s, 2, ver) | bt(s, 3, v->state) |
            bt(s, 4, v->workflow_status) | bi(s, 5, v->is_primary) | bi(s, 6, v->forced) |
            bd(s, 7, v->created_at) | bd(s, 8, v->updated_at) | bd(s, 9, v->deleted_at) |
            bt(s, 10, v->message) | bt(s, 11, v->doc_key) | bt(s, 12, v->series_json_key) |
            bi(s, 13, (int64_t)v->doc_size) | bt(s, 14, v->sections);
    if (bind_check(k, s, b, err)) return -1;
    if (run(k, s, "inserting a version", err)) return -1;

    /* Instances leave the set as of version ver - 1 (their last version). */
    if (cm->retire_all) {
        if (!(s = stmt_get(k, ST_INST_RETIRE_ALL, err))) return -1;
        if (bind_check(k, s, bt(s, 1, set->id) | bi(s, 2, ver - 1), err)) return -1;
        if (run(k, s, "retiring the instances", err)) return -1;
    }
    for (size_t i = 0; i < cm->nretire; i++)
        if (retire_sop(k, set->id, cm->retire[i], ver - 1, err)) return -1;
    /* An added SOP that is still current is replaced: retired here. The
     * first_version <= ver - 1 guard leaves this commit's own rows alone,
     * so a SOP listed twice in `add` fails on the primary key. */
    for (size_t i = 0; i < cm->nadd; i++) {
        if (retire_sop(k, set->id, cm->add[i].sop_uid, ver - 1, err)) return -1;
        if (insert_instance(k, set->id, &cm->add[i], ver, err)) return -1;
    }
    for (size_t i = 0; i < cm->nframes; i++)
        if (insert_frame(k, set->id, &cm->frames[i], ver, err)) return -1;
    for (size_t i = 0; i < cm->nfiles; i++)
        if ((rc = jf_finish_tx(k, cm->file_ids[i], cm->file_outcomes[i], cm->file_lines[i],
                               err)))
            return rc;
    /* QIDO: the set's fields and instance count, then its study (and the
     * study it left, if the update moved it) */
    if (qido_fields_put(k, set->id, set->datastore_id, set->tags.patient_name,
                        set->tags.study_time, cm->qido, err))
        return -1;
    if (!(s = stmt_get(k, ST_IS_N_INSTANCES, err))) return -1;
    if (bind_check(k, s, bt(s, 1, set->id), err) ||
        run(k, s, "counting the instances of an image set", err))
        return -1;
    if (old_study[0] && strcmp(old_study, set->tags.study_uid) != 0 &&
        qido_study_refresh(k, set->datastore_id, old_study, err))
        return -1;
    return qido_study_refresh(k, set->datastore_id, set->tags.study_uid, err);
}

static int sq_commit(cat_catalog *cc, const cat_commit *cm, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_commit(cm, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    int rc = commit_tx(k, cm, err);
    if (rc == -1) tess_fail_prefix(err, "commit of image set %s version %" PRId64, cm->set->id,
                                   cm->version->version);
    return writer_end(c, rc, err);
}

/* One image set row by a statement with two text parameters. */
static int is_one(sq_catalog *c, int st, const char *a, const char *b, const char *c3,
                  cat_image_set *out, tess_error *err) {
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, st, err);
    if (s && !bind_check(k, s, bt(s, 1, a) | bt(s, 2, b) | (c3 ? bt(s, 3, c3) : SQLITE_OK),
                         err)) {
        rc = step(k, s, "reading an image set", err);
        if (rc == 1) rc = row_image_set(s, out, err) ? -1 : 0;
        else if (rc == 0) rc = CAT_NOT_FOUND;
        stmt_done(s);
    }
    reader_put(c, k);
    return rc;
}

static int sq_image_set_get(cat_catalog *cc, const char *datastore_id, const char *id,
                            cat_image_set *out, tess_error *err) {
    int rc = is_one(sq(cc), ST_IS_GET, nz(id), nz(datastore_id), NULL, out, err);
    if (rc == CAT_NOT_FOUND)
        tess_fail(err, "catalog: image set %s of datastore %s not found", nz(id),
                  nz(datastore_id));
    return rc;
}

static int sq_image_set_find_primary(cat_catalog *cc, const char *datastore_id,
                                     const char *study_uid, const char *series_uid,
                                     cat_image_set *out, tess_error *err) {
    int rc = is_one(sq(cc), ST_IS_FIND_PRIMARY, nz(datastore_id), nz(study_uid),
                    nz(series_uid), out, err);
    if (rc == CAT_NOT_FOUND)
        tess_fail(err, "catalog: no primary image set for study %s series %s", nz(study_uid),
                  nz(series_uid));
    return rc;
}

static int sq_image_sets_of_study(cat_catalog *cc, const char *datastore_id,
                                  const char *study_uid, cat_image_set_fn fn, void *ctx,
                                  tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: image_sets_of_study without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_IS_OF_STUDY, err);
    cat_image_set *row = s ? malloc(sizeof *row) : NULL;
    if (s && !row) tess_fail(err, "catalog: out of memory");
    if (row && !bind_check(k, s, bt(s, 1, datastore_id) | bt(s, 2, study_uid), err))
        rc = list_rows(k, s, INT32_MAX, conv_image_set, row, deliver_image_set, FNPTR(fn), ctx,
                       NULL, "listing the image sets of a study", err);
    free(row);
    reader_put(c, k);
    return rc;
}

static int64_t sq_image_set_count(cat_catalog *cc, const char *datastore_id, tess_error *err) {
    return read_count(sq(cc), ST_IS_COUNT, datastore_id, NULL, err);
}

static int sq_version_get(cat_catalog *cc, const char *image_set_id, int64_t version,
                          cat_version *out, tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_V_GET, err);
    if (s && !bind_check(k, s, bt(s, 1, image_set_id) | bi(s, 2, version), err)) {
        rc = step(k, s, "reading a version", err);
        if (rc == 1) rc = row_version(s, out, err) ? -1 : 0;
        else if (rc == 0)
            rc = fail_as(CAT_NOT_FOUND, err,
                         "catalog: version %" PRId64 " of image set %s not found", version,
                         nz(image_set_id));
        stmt_done(s);
    }
    reader_put(c, k);
    return rc;
}

static int sq_versions_list(cat_catalog *cc, const char *image_set_id, int64_t offset,
                            int limit, cat_version_fn fn, void *ctx, bool *more,
                            tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_page(offset, limit, err)) return -1;
    if (!fn) return tess_fail(err, "catalog: versions_list without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_V_LIST, err);
    cat_version *row = s ? malloc(sizeof *row) : NULL;
    if (s && !row) tess_fail(err, "catalog: out of memory");
    if (row && !bind_check(k, s, bt(s, 1, image_set_id) | bi(s, 2, (int64_t)limit + 1) |
                                     bi(s, 3, offset), err))
        rc = list_rows(k, s, limit, conv_version, row, deliver_version, FNPTR(fn), ctx, more,
                       "listing versions", err);
    free(row);
    reader_put(c, k);
    return rc;
}

static int set_state_tx(sq_conn *k, const char *ds, const char *id, int64_t expect,
                        const char *state, const char *wf, const char *msg, double at,
                        tess_error *err) {
    char cur_ds[CAT_ID], cur_state[16];
    int64_t latest;
    int rc = is_head(k, id, cur_ds, &latest, cur_state, err);
    if (rc == -1) return -1;
    if (rc == CAT_NOT_FOUND || strcmp(cur_ds, ds) != 0)
        return fail_as(CAT_NOT_FOUND, err, "catalog: image set %s of datastore %s not found",
                       id, ds);
    if (strcmp(cur_state, "DELETED") == 0)
        return fail_as(CAT_CONFLICT, err, "catalog: image set %s is deleted", id);
    if (expect != 0 && latest != expect)
        return fail_as(CAT_CONFLICT, err,
                       "catalog: image set %s is at version %" PRId64 ", not %" PRId64, id,
                       latest, expect);
    sqlite3_stmt *s = stmt_get(k, ST_IS_SET_STATE, err);
    if (!s) return -1;
    int b = bt(s, 1, id) | bt(s, 2, ds) | bt(s, 3, state) | bt(s, 4, wf) | bt(s, 5, msg) |
            bd(s, 6, at) | bi(s, 7, expect);
    if (bind_check(k, s, b, err)) return -1;
    if (run(k, s, "setting the state of an image set", err)) return -1;
    if (sqlite3_changes(k->db) != 1)
        return fail_as(CAT_CONFLICT, err, "catalog: image set %s changed under the update", id);
    if (!(s = stmt_get(k, ST_V_SET_STATE, err))) return -1;
    b = bt(s, 1, id) | bi(s, 2, latest) | bt(s, 3, state) | bt(s, 4, wf) | bt(s, 5, msg) |
        bd(s, 6, at);
    if (bind_check(k, s, b, err)) return -1;
    if (run(k, s, "setting the state of a version", err)) return -1;
    char study[CAT_UID];
    if (is_study_of(k, id, study, err)) return -1;
    return qido_study_refresh(k, ds, study, err);   /* its last update moved */
}

static int sq_image_set_set_state(cat_catalog *cc, const char *datastore_id, const char *id,
                                  int64_t expect_version, const char *state,
                                  const char *workflow_status, const char *message, double at,
                                  tess_error *err) {
    sq_catalog *c = sq(cc);
    const cat_image_set *z = NULL;
    if (check_required("image set state", state, err) ||
        check_len("image set state", state, sizeof z->state, err) ||
        check_len("workflow status", workflow_status, sizeof z->workflow_status, err) ||
        check_len("message", message, sizeof z->message, err))
        return -1;
    if (expect_version < 0)
        return tess_fail(err, "catalog: expected version %" PRId64 " is negative",
                         expect_version);
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, set_state_tx(k, nz(datastore_id), nz(id), expect_version, state,
                                      nz(workflow_status), nz(message), at, err), err);
}

static int is_delete_tx(sq_conn *k, const char *ds, const char *id, double at,
                        tess_error *err) {
    char study[CAT_UID];
    if (is_study_of(k, id, study, err)) return -1;
    sqlite3_stmt *s = stmt_get(k, ST_IS_DELETE, err);
    if (!s) return -1;
    if (bind_check(k, s, bt(s, 1, id) | bt(s, 2, ds) | bd(s, 3, at), err)) return -1;
    if (run(k, s, "deleting an image set", err)) return -1;
    if (sqlite3_changes(k->db) == 0)
        return fail_as(CAT_NOT_FOUND, err, "catalog: image set %s of datastore %s not found",
                       id, ds);
    if (!(s = stmt_get(k, ST_V_DELETE, err))) return -1;
    if (bind_check(k, s, bt(s, 1, id) | bd(s, 2, at), err)) return -1;
    if (run(k, s, "deleting the versions of an image set", err)) return -1;
    static const int per_set[] = { ST_INST_DELETE_SET, ST_FR_DELETE_SET, ST_QN_DELETE };
    for (size_t i = 0; i < sizeof per_set / sizeof per_set[0]; i++) {
        if (!(s = stmt_get(k, per_set[i], err))) return -1;
        if (bind_check(k, s, bt(s, 1, id), err)) return -1;
        if (run(k, s, "deleting the rows of an image set", err)) return -1;
    }
    if (!(s = stmt_get(k, ST_TAG_DEL_RESOURCE, err))) return -1;
    if (bind_check(k, s, bt(s, 1, ds) | bt(s, 2, id), err)) return -1;
    if (run(k, s, "deleting the tags of an image set", err)) return -1;
    return qido_study_refresh(k, ds, study, err);
}

static int sq_image_set_delete(cat_catalog *cc, const char *datastore_id, const char *id,
                               double at, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (check_required("image set id", id, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, is_delete_tx(k, nz(datastore_id), id, at, err), err);
}

/* ---------------------------------------------------------------- search */

typedef struct search_bind {
    enum { SB_TEXT, SB_REAL, SB_INT } kind;
    const char *text;
    char key[DT_KEY];       /* text for study date keys */
    double real;
    int64_t i;
} search_bind;

static const char *search_column(cat_search_attr a) {
    switch (a) {
    case CAT_SA_PATIENT_ID: return "s.patient_id";
    case CAT_SA_ACCESSION_NUMBER: return "s.accession_number";
    case CAT_SA_STUDY_ID: return "s.study_id";
    case CAT_SA_STUDY_UID: return "s.study_uid";
    case CAT_SA_SERIES_UID: return "s.series_uid";
    case CAT_SA_CREATED_AT: return "s.created_at";
    case CAT_SA_UPDATED_AT: return "s.updated_at";
    case CAT_SA_STUDY_DATE_TIME: return "s.study_dt";
    case CAT_SA_IS_PRIMARY: return "s.is_primary";
    }
    return NULL;
}

/* Append the WHERE term of one filter to sql and its values to binds. */
static int search_filter(const cat_search_filter *f, char *sql, size_t size, size_t *n,
                         search_bind *binds, int *nb, tess_error *err) {
    const char *col = search_column(f->attr);
    if (!col) return tess_fail(err, "catalog: unknown search attribute %d", (int)f->attr);
    search_bind *b0 = &binds[*nb], *b1 = &binds[*nb + 1];
    memset(b0, 0, 2 * sizeof *b0);
    bool between = f->between;
    switch (f->attr) {
    case CAT_SA_PATIENT_ID: case CAT_SA_ACCESSION_NUMBER: case CAT_SA_STUDY_ID:
    case CAT_SA_STUDY_UID: case CAT_SA_SERIES_UID:
    case CAT_SA_IS_PRIMARY:
        if (between)
            return tess_fail(err, "catalog: BETWEEN is not supported on %s", col + 2);
        if (f->attr == CAT_SA_IS_PRIMARY) {
            b0->kind = SB_INT;
            b0->i = f->v[0].b;
        } else {
            if (check_len("search value", f->v[0].s, sizeof f->v[0].s, err)) return -1;
            b0->kind = SB_TEXT;
            b0->text = f->v[0].s;
        }
        break;
    case CAT_SA_CREATED_AT: case CAT_SA_UPDATED_AT:
        b0->kind = b1->kind = SB_REAL;
        b0->real = f->v[0].t;
        b1->real = f->v[1].t;
        break;
    case CAT_SA_STUDY_DATE_TIME:
        if (check_search_dt(&f->v[0], err) || (between && check_search_dt(&f->v[1], err)))
            return -1;
        b0->kind = b1->kind = SB_TEXT;
        if (!between && f->v[0].time[0]) {
            study_dt_key(f->v[0].date, f->v[0].time, false, b0->key);
        } else {
            /* EQUAL on a date alone: that whole day. */
            const cat_search_value *hi = between ? &f->v[1] : &f->v[0];
            study_dt_key(f->v[0].date, f->v[0].time, false, b0->key);
            study_dt_key(hi->date, hi->time, true, b1->key);
            between = true;
        }
        b0->text = b0->key;
        b1->text = b1->key;
        break;
    }
    int p = *nb + 1;   /* parameter 1 is the datastore */
    int w = between
        ? snprintf(sql + *n, size - *n, " AND %s BETWEEN ?%d AND ?%d", col, p + 1, p + 2)
        : snprintf(sql + *n, size - *n, " AND %s = ?%d", col, p + 1);
    if (w < 0 || (size_t)w >= size - *n) return tess_fail(err, "catalog: search query too long");
    *n += (size_t)w;
    *nb += between ? 2 : 1;
    return 0;
}

static int study_counts(sq_conn *k, const char *ds, cat_dicom_tags *t, tess_error *err) {
    t->study_related_series = t->study_related_instances = -1;
    if (!t->study_uid[0]) return 0;
    static const int st[2] = { ST_STUDY_SERIES, ST_STUDY_INSTANCES };
    int64_t *dst[2] = { &t->study_related_series, &t->study_related_instances };
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *s = stmt_get(k, st[i], err);
        if (!s) return -1;
        if (bind_check(k, s, bt(s, 1, ds) | bt(s, 2, t->study_uid), err)) return -1;
        int rc = step(k, s, "counting the study's image sets", err);
        if (rc == 1) *dst[i] = sqlite3_column_int64(s, 0);
        stmt_done(s);
        if (rc < 0) return -1;
    }
    return 0;
}

static int sq_search(cat_catalog *cc, const char *datastore_id, const cat_search *q,
                     cat_image_set_fn fn, void *ctx, bool *more, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!q || !fn) return tess_fail(err, "catalog: search without a query or a callback");
    if (check_page(q->offset, q->limit, err)) return -1;
    if (q->nfilters > 2)
        return tess_fail(err, "catalog: %u search filters (at most 2)", q->nfilters);
    char sql[2048];
    size_t n = (size_t)snprintf(sql, sizeof sql, "SELECT " IS_COLS " FROM image_sets s"
                                " WHERE s.datastore_id = ?1 AND s.state <> 'DELETED'");
    search_bind binds[6];
    int nb = 0;
    for (unsigned i = 0; i < q->nfilters; i++)
        if (search_filter(&q->filters[i], sql, sizeof sql, &n, binds, &nb, err)) return -1;
    const char *key;
    switch (q->sort) {
    case CAT_SORT_UPDATED_AT: key = "s.updated_at"; break;
    case CAT_SORT_CREATED_AT: key = "s.created_at"; break;
    case CAT_SORT_STUDY_DATE_TIME: key = "s.study_dt"; break;
    default: return tess_fail(err, "catalog: unknown sort field %d", (int)q->sort);
    }
    const char *dir = q->ascending ? "ASC" : "DESC";
    int w = snprintf(sql + n, sizeof sql - n, " ORDER BY %s %s, s.id %s LIMIT ?%d OFFSET ?%d",
                     key, dir, dir, nb + 2, nb + 3);
    if (w < 0 || (size_t)w >= sizeof sql - n)
        return tess_fail(err, "catalog: search query too long");

    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = NULL;
    cat_image_set *row = malloc(sizeof *row);
    if (!row) {
        tess_fail(err, "catalog: out of memory");
        goto out;
    }
    if (sqlite3_prepare_v2(k->db, sql, -1, &s, NULL) != SQLITE_OK) {
        db_fail(err, k->db, "preparing a search");
        goto out;
    }
    int b = bt(s, 1, datastore_id);
    for (int i = 0; i < nb; i++) {
        const search_bind *x = &binds[i];
        b |= x->kind == SB_TEXT ? bt(s, i + 2, x->text)
           : x->kind == SB_REAL ? bd(s, i + 2, x->real) : bi(s, i + 2, x->i);
    }
    b |= bi(s, nb + 2, (int64_t)q->limit + 1) | bi(s, nb + 3, q->offset);
    if (b != SQLITE_OK) {
        db_fail(err, k->db, "binding a search");
        goto out;
    }
    if (more) *more = false;
    int got = 0;
    bool stopped = false;
    while ((rc = step(k, s, "searching image sets", err)) == 1) {
        if (got == q->limit || stopped) {
            if (more) *more = true;
            break;
        }
        if (row_image_set(s, row, err) || study_counts(k, nz(datastore_id), &row->tags, err)) {
            rc = -1;
            break;
        }
        got++;
        if (fn(ctx, row)) stopped = true;
    }
    if (rc > 0) rc = 0;
out:
    sqlite3_finalize(s);
    free(row);
    reader_put(c, k);
    return rc;
}

/* --------------------------------------------------------------- QIDO-RS
 *
 * One SQL statement per query, built from the filters (every value a bound
 * parameter). Studies come from qido_studies joined to their most recently
 * updated set; series are image sets; instances are the current instance
 * rows of the sets. docs/catalog.md lists the indexes each shape uses. */

typedef enum qtype { QT_TEXT, QT_UID, QT_PN, QT_DATE, QT_STUDY_DATE, QT_TIME, QT_INT, QT_MODS }
    qtype;

static const struct {
    const char *name;
    const char *col;
    qtype type;
    cat_qido_level level;       /* the lowest level it is a key of */
} qkeys[CAT_QK_COUNT] = {
    [CAT_QK_STUDY_DATE] = { "StudyDate", "s.study_dt", QT_STUDY_DATE, CAT_QIDO_STUDY },
    [CAT_QK_STUDY_TIME] = { "StudyTime", "s.study_tm", QT_TIME, CAT_QIDO_STUDY },
    [CAT_QK_ACCESSION_NUMBER] = { "AccessionNumber", "s.accession_number", QT_TEXT,
                                  CAT_QIDO_STUDY },
    [CAT_QK_MODALITIES_IN_STUDY] = { "ModalitiesInStudy", "m.modality", QT_MODS,
                                     CAT_QIDO_STUDY },
    [CAT_QK_REFERRING_PHYSICIAN] = { "ReferringPhysicianName", "s.rp_key", QT_PN,
                                     CAT_QIDO_STUDY },
    [CAT_QK_STUDY_DESCRIPTION] = { "StudyDescription", "s.study_description", QT_TEXT,
                                   CAT_QIDO_STUDY },
    [CAT_QK_PATIENT_NAME] = { "PatientName", "s.pn_key", QT_PN, CAT_QIDO_STUDY },
    [CAT_QK_PATIENT_ID] = { "PatientID", "s.patient_id", QT_TEXT, CAT_QIDO_STUDY },
    [CAT_QK_PATIENT_BIRTH_DATE] = { "PatientBirthDate", "replace(s.patient_birth_date, '.', '')",
                                    QT_DATE, CAT_QIDO_STUDY },
    [CAT_QK_PATIENT_BIRTH_TIME] = { "PatientBirthTime", "s.birth_tm", QT_TIME, CAT_QIDO_STUDY },
    [CAT_QK_STUDY_UID] = { "StudyInstanceUID", "s.study_uid", QT_UID, CAT_QIDO_STUDY },
    [CAT_QK_STUDY_ID] = { "StudyID", "s.study_id", QT_TEXT, CAT_QIDO_STUDY },
    [CAT_QK_MODALITY] = { "Modality", "s.modality", QT_TEXT, CAT_QIDO_SERIES },
    [CAT_QK_SERIES_UID] = { "SeriesInstanceUID", "s.series_uid", QT_UID, CAT_QIDO_SERIES },
    [CAT_QK_SERIES_NUMBER] = { "SeriesNumber", "s.series_number", QT_INT, CAT_QIDO_SERIES },
    [CAT_QK_PPS_START_DATE] = { "PerformedProcedureStepStartDate", "s.pps_date", QT_DATE,
                                CAT_QIDO_SERIES },
    [CAT_QK_PPS_START_TIME] = { "PerformedProcedureStepStartTime", "s.pps_tm", QT_TIME,
                                CAT_QIDO_SERIES },
    [CAT_QK_SERIES_DESCRIPTION] = { "SeriesDescription", "s.series_description", QT_TEXT,
                                    CAT_QIDO_SERIES },
    [CAT_QK_SOP_CLASS_UID] = { "SOPClassUID", "i.sop_class_uid", QT_UID, CAT_QIDO_INSTANCE },
    [CAT_QK_SOP_UID] = { "SOPInstanceUID", "i.sop_uid", QT_UID, CAT_QIDO_INSTANCE },
    [CAT_QK_INSTANCE_NUMBER] = { "InstanceNumber", "i.instance_number", QT_INT,
                                 CAT_QIDO_INSTANCE },
};

/* The statement being built and its parameters (?1 is the datastore). */
typedef struct qbuild {
    tess_buf sql;
    struct qparam { bool is_int; int64_t i; char *text; } *p;
    size_t np, cap;
    bool oom;
} qbuild;

static int qb_param(qbuild *b, bool is_int, int64_t i, const char *t, size_t n) {
    if (tess_grow(&b->p, &b->cap, b->np + 1, sizeof *b->p) != 0) {
        b->oom = true;
        return 0;
    }
    struct qparam *x = &b->p[b->np];
    x->is_int = is_int;
    x->i = i;
    x->text = NULL;
    if (!is_int) {
        x->text = malloc(n + 1);
        if (!x->text) { b->oom = true; return 0; }
        memcpy(x->text, t, n);
        x->text[n] = '\0';
    }
    b->np++;
    return (int)b->np + 1;      /* parameter number: ?1 is the datastore */
}
static int qb_text(qbuild *b, const char *t) { return qb_param(b, false, 0, t, strlen(t)); }

static void qb_free(qbuild *b) {
    for (size_t i = 0; i < b->np; i++) free(b->p[i].text);
    free(b->p);
    tess_buf_free(&b->sql);
}

/* The GLOB pattern of a QIDO wildcard value ('[' escaped) and the literal
 * prefix before its first wildcard, as a [lo, hi) range for the index. */
static void qb_glob(qbuild *b, const char *col, const char *v) {
    tess_buf g;
    tess_buf_init(&g, -1);
    size_t prefix = strcspn(v, "*?");
    for (const char *p = v; *p; p++) {
        if (*p == '[') tess_buf_puts(&g, "[[]");
        else tess_buf_putc(&g, *p);
    }
    tess_buf_putc(&g, '\0');
    if (g.failed) { b->oom = true; tess_buf_free(&g); return; }
    int pg = qb_text(b, (const char *)g.data);
    tess_buf_free(&g);
    tess_buf_printf(&b->sql, " AND %s GLOB ?%d", col, pg);
    if (prefix > 0 && (unsigned char)v[prefix - 1] < 0xFF) {
        int lo = qb_param(b, false, 0, v, prefix);
        int hi = qb_param(b, false, 0, v, prefix);
        if (!b->oom) b->p[hi - 2].text[prefix - 1]++;
        tess_buf_printf(&b->sql, " AND %s >= ?%d AND %s < ?%d", col, lo, col, hi);
    }
}

/* A date bound: 8 digits. */
static bool qido_date_ok(const char *d) {
    return strlen(d) == 8 && strspn(d, "0123456789") == 8;
}

static int qb_filter(qbuild *b, cat_qido_level level, const cat_qido_filter *f,
                     tess_error *err) {
    if ((unsigned)f->key >= CAT_QK_COUNT || !qkeys[f->key].name)
        return fail_as(CAT_INVALID, err, "catalog: unknown QIDO key %d", (int)f->key);
    const char *name = qkeys[f->key].name;
    if (qkeys[f->key].level > level)
        return fail_as(CAT_INVALID, err, "%s is not a matching key at the %s level", name,
                         level == CAT_QIDO_STUDY ? "study" : "series");
    qtype t = qkeys[f->key].type;
    const char *col = qkeys[f->key].col;
    const char *v = f->value ? f->value : "";
    size_t max = f->match == CAT_QM_LIST ? 64 * 1024 : CAT_QIDO_MAX_VALUE;
    if (strnlen(v, max + 1) > max ||
        (f->match == CAT_QM_RANGE && ((f->lo && strlen(f->lo) > 64) || (f->hi && strlen(f->hi) > 64))))
        return fail_as(CAT_INVALID, err, "%s: value longer than %zu bytes", name, max);
    bool text_like = t == QT_TEXT || t == QT_UID || t == QT_PN || t == QT_MODS;
    bool dt_like = t == QT_DATE || t == QT_STUDY_DATE || t == QT_TIME;

    /* universal matches */
    if (f->match != CAT_QM_RANGE && (!*v || (f->match == CAT_QM_WILDCARD && strspn(v, "*") ==
                                                                              strlen(v))))
        return 0;

    char low[CAT_QIDO_MAX_VALUE + 1];
    const char *val = v;
    if (t == QT_PN && f->match != CAT_QM_LIST) {
        lower_ascii(v, low, sizeof low);
        val = low;
    }
    /* ModalitiesInStudy: some primary series of the study has it */
    const char *cond_col = col;
    if (t == QT_MODS)
        tess_buf_puts(&b->sql, " AND EXISTS (SELECT 1 FROM image_sets m INDEXED BY image_sets_series"
                      " WHERE m.datastore_id = ?1"
                      " AND m.study_uid = s.study_uid AND m.is_primary = 1"
                      " AND m.state <> 'DELETED'");

    switch (f->match) {
    case CAT_QM_SINGLE:
        if (t == QT_INT) {
            char *end;
            errno = 0;
            long long x = strtoll(v, &end, 10);
            if (errno || end == v || *end)
                return fail_as(CAT_INVALID, err, "%s: \"%.64s\" is not an integer", name, v);
            tess_buf_printf(&b->sql, " AND %s = ?%d", col, qb_param(b, true, x, NULL, 0));
        } else if (text_like) {
            tess_buf_printf(&b->sql, " AND %s = ?%d", cond_col, qb_text(b, val));
        } else {
            cat_qido_filter r = *f;
            r.match = CAT_QM_RANGE;
            r.lo = r.hi = v;
            return qb_filter(b, level, &r, err);
        }
        break;
    case CAT_QM_LIST: {
        if (dt_like) return fail_as(CAT_INVALID, err, "%s: a list of values is not a valid match", name);
        tess_buf_printf(&b->sql, " AND %s IN (", cond_col);
        size_t n = 0;
        for (const char *p = v;; ) {
            size_t len = strcspn(p, "\\");
            if (++n > CAT_QIDO_MAX_LIST)
                return fail_as(CAT_INVALID, err, "%s: more than %d values in the list", name,
                                 CAT_QIDO_MAX_LIST);
            int pn;
            if (t == QT_INT) {
                char num[32];
                if (len == 0 || len >= sizeof num)
                    return fail_as(CAT_INVALID, err, "%s: \"%.*s\" is not an integer", name, (int)len, p);
                memcpy(num, p, len);
                num[len] = '\0';
                char *end;
                errno = 0;
                long long x = strtoll(num, &end, 10);
                if (errno || *end)
                    return fail_as(CAT_INVALID, err, "%s: \"%s\" is not an integer", name, num);
                pn = qb_param(b, true, x, NULL, 0);
            } else if (t == QT_PN) {
                char one[CAT_QIDO_MAX_VALUE + 1];
                size_t m = len < CAT_QIDO_MAX_VALUE ? len : CAT_QIDO_MAX_VALUE;
                memcpy(one, p, m);
                one[m] = '\0';
                lower_ascii(one, low, sizeof low);
                pn = qb_text(b, low);
            } else {
                pn = qb_param(b, false, 0, p, len);
            }
            tess_buf_printf(&b->sql, "%s?%d", n > 1 ? "," : "", pn);
            if (!p[len]) break;
            p += len + 1;
        }
        tess_buf_putc(&b->sql, ')');
        break;
    }
    case CAT_QM_WILDCARD:
        if (!text_like)
            return fail_as(CAT_INVALID, err, "%s: wildcards are not a valid match for this key", name);
        qb_glob(b, cond_col, val);
        break;
    case CAT_QM_RANGE: {
        if (!dt_like) return fail_as(CAT_INVALID, err, "%s: a range is not a valid match for this key", name);
        const char *lo = f->lo ? f->lo : "", *hi = f->hi ? f->hi : "";
        if (!*lo && !*hi) return fail_as(CAT_INVALID, err, "%s: a range without bounds", name);
        char klo[DT_KEY], khi[DT_KEY];
        if (t == QT_TIME) {
            char a[QIDO_TM_KEY], z[QIDO_TM_KEY];
            qido_tm_key(lo, false, a);
            qido_tm_key(hi, true, z);
            if ((*lo && !*a) || (*hi && !*z))
                return fail_as(CAT_INVALID, err, "%s: \"%s-%s\" is not a time range", name, lo, hi);
            snprintf(klo, sizeof klo, "%s", *lo ? a : "0");
            snprintf(khi, sizeof khi, "%s", *hi ? z : "9");
        } else {
            if ((*lo && !qido_date_ok(lo)) || (*hi && !qido_date_ok(hi)))
                return fail_as(CAT_INVALID, err, "%s: \"%s-%s\" is not a date range (YYYYMMDD)", name, lo,
                                 hi);
            if (t == QT_STUDY_DATE) {
                if (*lo) study_dt_key(lo, "", false, klo);
                else snprintf(klo, sizeof klo, "0");
                if (*hi) study_dt_key(hi, "", true, khi);
                else snprintf(khi, sizeof khi, "9");
            } else {
                snprintf(klo, sizeof klo, "%s", *lo ? lo : "0");
                snprintf(khi, sizeof khi, "%s", *hi ? hi : "9");
            }
        }
        if (strcmp(klo, khi) > 0)
            return fail_as(CAT_INVALID, err, "%s: range \"%s-%s\" ends before it starts", name, lo, hi);
        int a = qb_text(b, klo), z = qb_text(b, khi);
        tess_buf_printf(&b->sql, " AND %s BETWEEN ?%d AND ?%d", col, a, z);
        break;
    }
    case CAT_QM_FUZZY: {
        if (t != QT_PN) return fail_as(CAT_INVALID, err, "%s: fuzzy matching is for person names", name);
        int field = f->key == CAT_QK_PATIENT_NAME ? 0 : 1;
        for (char *p = low; *p;) {
            while (*p && (name_sep(*p) || *p == '*')) p++;
            char *w = p;
            while (*p && !name_sep(*p)) p++;
            size_t len = strcspn(w, "*?");
            if ((size_t)(p - w) < len) len = (size_t)(p - w);
            if (len == 0) continue;
            int lo = qb_param(b, false, 0, w, len);
            int hi = qb_param(b, false, 0, w, len);
            if (b->oom) break;
            char *h = b->p[hi - 2].text;
            if ((unsigned char)h[len - 1] == 0xFF) {
                tess_buf_printf(&b->sql, " AND s.id IN (SELECT n.image_set_id FROM qido_names n"
                                " WHERE n.datastore_id = ?1 AND n.field = %d AND n.component"
                                " >= ?%d AND ?%d <> '')", field, lo, hi);
            } else {
                h[len - 1]++;
                tess_buf_printf(&b->sql, " AND s.id IN (SELECT n.image_set_id FROM qido_names n"
                                " WHERE n.datastore_id = ?1 AND n.field = %d AND n.component"
                                " >= ?%d AND n.component < ?%d)", field, lo, hi);
            }
        }
        break;
    }
    default:
        return fail_as(CAT_INVALID, err, "%s: unknown match kind %d", name, (int)f->match);
    }
    if (t == QT_MODS) tess_buf_putc(&b->sql, ')');
    return 0;
}

#define QIDO_INST_COLS "i.sop_uid, i.sop_class_uid, i.transfer_syntax, " \
    "i.stored_transfer_syntax, i.instance_number, i.n_rows, i.n_columns, i.bits_allocated, " \
    "i.number_of_frames, i.content_date, i.content_time, i.first_version, i.last_version"
#define QIDO_C0 27      /* the first column after IS_COLS */

/* The planner has no statistics: left alone it walks the index that gives
 * the answer's order and tests every row. That is right for broad queries
 * (the first `limit` rows come early) and wrong for selective ones, whose
 * few rows an equality index finds at once. So a query with a scope or an
 * equality on a key of high cardinality is "selective": its ORDER BY terms
 * get a unary '+' (which keeps the ordering index out) and a study query
 * starts from the sets (CROSS JOIN fixes the loop order). A StudyDate
 * range counts as selective at the study level. */
static bool qido_selective(const cat_qido_query *q) {
    if (q->study_uid && *q->study_uid) return true;
    /* studies by date: the date index finds them; walking the studies in
     * update order would pass every study updated since */
    for (size_t i = 0; q->level == CAT_QIDO_STUDY && i < q->nfilters; i++)
        if (q->filters[i].key == CAT_QK_STUDY_DATE &&
            (q->filters[i].match == CAT_QM_RANGE ||
             (q->filters[i].match == CAT_QM_SINGLE && q->filters[i].value &&
              *q->filters[i].value)))
            return true;
    for (size_t i = 0; i < q->nfilters; i++) {
        const cat_qido_filter *f = &q->filters[i];
        bool eq = f->match == CAT_QM_SINGLE || f->match == CAT_QM_LIST;
        const char *v = f->value ? f->value : "";
        switch (f->key) {
        case CAT_QK_PATIENT_ID: case CAT_QK_STUDY_UID: case CAT_QK_SERIES_UID:
        case CAT_QK_SOP_UID: case CAT_QK_ACCESSION_NUMBER: case CAT_QK_STUDY_ID:
            if (eq && *v) return true;
            break;
        case CAT_QK_PATIENT_NAME:
            if (((eq || f->match == CAT_QM_FUZZY) && *v) ||
                (f->match == CAT_QM_WILDCARD && *v && *v != '*' && *v != '?'))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* Build the statement of q (without LIMIT/OFFSET values: the last two
 * parameters). */
static int qido_sql(const cat_qido_query *q, qbuild *b, tess_error *err) {
    const char *study = q->study_uid && *q->study_uid ? q->study_uid : NULL;
    const char *series = q->series_uid && *q->series_uid ? q->series_uid : NULL;
    bool selective = qido_selective(q);
    /* fuzzy names: the name components drive (s.id IN ...), so the
     * datastore term must not offer the planner a weaker index */
    const char *ds_plus = "";
    for (size_t i = 0; i < q->nfilters; i++)
        if (q->filters[i].match == CAT_QM_FUZZY && q->filters[i].value &&
            strspn(q->filters[i].value, "*?^=, ") < strlen(q->filters[i].value))
            ds_plus = "+";
    if (q->level == CAT_QIDO_STUDY) {
        /* selective: from the filtered sets to their study rows; else down
         * the studies in update order */
        tess_buf_puts(&b->sql, "SELECT " IS_COLS ", s.study_json, '', q.modalities,"
                      " q.n_series, q.n_instances, -1, q.updated_at"
                      " FROM qido_studies q JOIN image_sets s ON s.id = q.set_id WHERE ");
        /* selective: the page is chosen from the filtered sets first, by
         * row id and sort keys only (the sort never carries the JSON) */
        if (selective)
            tess_buf_puts(&b->sql, "q.rowid IN (SELECT q.rowid FROM image_sets s"
                          " CROSS JOIN qido_studies q ON q.set_id = s.id WHERE ");
        tess_buf_printf(&b->sql, "q.datastore_id = ?1 AND %ss.datastore_id = ?1", ds_plus);
        if (study) tess_buf_printf(&b->sql, " AND s.study_uid = ?%d", qb_text(b, study));
    } else {
        tess_buf_puts(&b->sql, "SELECT " IS_COLS ", s.study_json, s.series_json,"
                      " IFNULL(q.modalities, ''), IFNULL(q.n_series, 0),"
                      " IFNULL(q.n_instances, 0), s.n_instances, IFNULL(q.updated_at, 0)");
        if (q->level == CAT_QIDO_INSTANCE) tess_buf_puts(&b->sql, ", " QIDO_INST_COLS);
        tess_buf_puts(&b->sql, " FROM image_sets s");
        if (q->level == CAT_QIDO_INSTANCE)
            tess_buf_puts(&b->sql, " JOIN instances i ON i.image_set_id = s.id"
                          " AND i.last_version = 0");
        tess_buf_puts(&b->sql, " LEFT JOIN qido_studies q ON q.datastore_id = s.datastore_id"
                      " AND q.study_uid = s.study_uid WHERE ");
        tess_buf_printf(&b->sql, "%ss.datastore_id = ?1 AND s.is_primary = 1"
                        " AND s.state <> 'DELETED'", ds_plus);
        if (study) tess_buf_printf(&b->sql, " AND s.study_uid = ?%d", qb_text(b, study));
        if (series) {
            if (q->level != CAT_QIDO_INSTANCE)
                return fail_as(CAT_INVALID, err, "catalog: a series scope is for instance queries");
            tess_buf_printf(&b->sql, " AND s.series_uid = ?%d", qb_text(b, series));
        }
    }
    for (size_t i = 0; i < q->nfilters; i++) {
        int rc = qb_filter(b, q->level, &q->filters[i], err);
        if (rc) return rc;
    }
    const char *pl = selective ? "+" : "";
    switch (q->level) {
    case CAT_QIDO_STUDY:
        tess_buf_printf(&b->sql, " ORDER BY %sq.updated_at DESC, %sq.study_uid DESC", pl, pl);
        if (selective) {
            int lim = (int)b->np + 2;
            tess_buf_printf(&b->sql, " LIMIT ?%d OFFSET ?%d) ORDER BY +q.updated_at DESC,"
                            " +q.study_uid DESC", lim, lim + 1);
            tess_buf_putc(&b->sql, '\0');
            if (b->oom || b->sql.failed)
                return tess_fail(err, "catalog: out of memory building a query");
            return 0;
        }
        break;
    case CAT_QIDO_SERIES:
        tess_buf_printf(&b->sql, " ORDER BY %ss.series_number, %ss.series_uid", pl, pl);
        break;
    case CAT_QIDO_INSTANCE:
        if (study && !series)
            tess_buf_puts(&b->sql, " ORDER BY s.updated_at DESC, s.id,");
        else
            tess_buf_puts(&b->sql, " ORDER BY");
        tess_buf_puts(&b->sql, " i.instance_number IS NULL, i.instance_number, i.sop_uid");
        break;
    }
    int lim = (int)b->np + 2;
    tess_buf_printf(&b->sql, " LIMIT ?%d OFFSET ?%d", lim, lim + 1);
    tess_buf_putc(&b->sql, '\0');
    if (b->oom || b->sql.failed) return tess_fail(err, "catalog: out of memory building a query");
    return 0;
}

typedef struct qido_rowbuf {
    cat_image_set set;
    cat_instance inst;
} qido_rowbuf;

static int sq_qido(cat_catalog *cc, const char *datastore_id, const cat_qido_query *q,
                   cat_qido_fn fn, void *ctx, bool *more, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!q || !fn) return tess_fail(err, "catalog: qido without a query or a callback");
    if (more) *more = false;
    if (q->level != CAT_QIDO_STUDY && q->level != CAT_QIDO_SERIES &&
        q->level != CAT_QIDO_INSTANCE)
        return tess_fail(err, "catalog: unknown QIDO level %d", (int)q->level);
    if (q->offset < 0 || q->offset > CAT_QIDO_MAX_OFFSET)
        return fail_as(CAT_INVALID, err, "offset %" PRId64 " is not in 0..%d", q->offset,
                         CAT_QIDO_MAX_OFFSET);
    if (q->limit < 1 || q->limit > SQ_MAX_LIMIT)
        return fail_as(CAT_INVALID, err, "limit %d is not in 1..%d", q->limit, SQ_MAX_LIMIT);
    if (q->nfilters > CAT_QIDO_MAX_FILTERS || (q->nfilters && !q->filters))
        return fail_as(CAT_INVALID, err, "catalog: %zu QIDO filters (at most %d)", q->nfilters,
                         CAT_QIDO_MAX_FILTERS);
    qbuild b = {0};
    tess_buf_init(&b.sql, -1);
    int qrc = qido_sql(q, &b, err);
    if (qrc) {
        qb_free(&b);
        return qrc;
    }
    sq_conn *k = reader_get(c, err);
    if (!k) {
        qb_free(&b);
        return -1;
    }
    int rc = -1;
    sqlite3_stmt *s = NULL;
    qido_rowbuf *row = malloc(sizeof *row);
    if (!row) {
        tess_fail(err, "catalog: out of memory");
        goto out;
    }
    if (sqlite3_prepare_v2(k->db, (const char *)b.sql.data, -1, &s, NULL) != SQLITE_OK) {
        db_fail(err, k->db, "preparing a QIDO query");
        goto out;
    }
    int bd_rc = bt(s, 1, datastore_id);
    for (size_t i = 0; i < b.np; i++)
        bd_rc |= b.p[i].is_int ? bi(s, (int)i + 2, b.p[i].i) : bt(s, (int)i + 2, b.p[i].text);
    bd_rc |= bi(s, (int)b.np + 2, (int64_t)q->limit + 1) | bi(s, (int)b.np + 3, q->offset);
    if (bd_rc != SQLITE_OK) {
        db_fail(err, k->db, "binding a QIDO query");
        goto out;
    }
    int got = 0;
    bool stopped = false;
    while ((rc = step(k, s, "running a QIDO query", err)) == 1) {
        if (got == q->limit || stopped) {
            if (more && !stopped) *more = true;
            break;
        }
        if (row_image_set(s, &row->set, err)) {
            rc = -1;
            break;
        }
        cat_qido_row r = {
            .set = &row->set,
            .study_json = col_str(s, QIDO_C0),
            .series_json = col_str(s, QIDO_C0 + 1),
            .modalities = col_str(s, QIDO_C0 + 2),
            .study_series = sqlite3_column_int64(s, QIDO_C0 + 3),
            .study_instances = sqlite3_column_int64(s, QIDO_C0 + 4),
            .series_instances = sqlite3_column_int64(s, QIDO_C0 + 5),
            .study_updated_at = sqlite3_column_double(s, QIDO_C0 + 6),
        };
        row->set.tags.study_related_series = r.study_series;
        row->set.tags.study_related_instances = r.study_instances;
        if (q->level == CAT_QIDO_INSTANCE) {
            /* row_instance reads columns 0..12: step over with a shifted view */
            cat_instance *o = &row->inst;
            memset(o, 0, sizeof *o);
            int c0 = QIDO_C0 + 7;
            if (col_copy(s, c0, o->sop_uid, sizeof o->sop_uid, err) ||
                col_copy(s, c0 + 1, o->sop_class_uid, sizeof o->sop_class_uid, err) ||
                col_copy(s, c0 + 2, o->transfer_syntax, sizeof o->transfer_syntax, err) ||
                col_copy(s, c0 + 3, o->stored_transfer_syntax,
                         sizeof o->stored_transfer_syntax, err) ||
                col_copy(s, c0 + 9, o->content_date, sizeof o->content_date, err) ||
                col_copy(s, c0 + 10, o->content_time, sizeof o->content_time, err)) {
                rc = -1;
                break;
            }
            o->has_instance_number = sqlite3_column_type(s, c0 + 4) != SQLITE_NULL;
            o->instance_number = o->has_instance_number ? sqlite3_column_int(s, c0 + 4) : 0;
            o->rows = sqlite3_column_int(s, c0 + 5);
            o->columns = sqlite3_column_int(s, c0 + 6);
            o->bits_allocated = sqlite3_column_int(s, c0 + 7);
            o->number_of_frames = sqlite3_column_int(s, c0 + 8);
            o->first_version = sqlite3_column_int64(s, c0 + 11);
            o->last_version = sqlite3_column_int64(s, c0 + 12);
            r.instance = o;
        }
        got++;
        if (fn(ctx, &r)) stopped = true;
    }
    if (rc > 0) rc = 0;
out:
    sqlite3_finalize(s);
    free(row);
    reader_put(c, k);
    qb_free(&b);
    return rc;
}

int cat_sqlite_qido_plan(cat_catalog *cc, const cat_qido_query *q, tess_buf *out,
                         tess_error *err) {
    sq_catalog *c = sq(cc);
    qbuild b = {0};
    tess_buf_init(&b.sql, -1);
    tess_buf_puts(&b.sql, "EXPLAIN QUERY PLAN ");
    int rc = qido_sql(q, &b, err);
    if (rc) {
        qb_free(&b);
        return rc;
    }
    sq_conn *k = reader_get(c, err);
    if (!k) {
        qb_free(&b);
        return -1;
    }
    sqlite3_stmt *s = NULL;
    rc = -1;
    if (sqlite3_prepare_v2(k->db, (const char *)b.sql.data, -1, &s, NULL) != SQLITE_OK) {
        db_fail(err, k->db, "preparing a query plan");
    } else {
        while ((rc = step(k, s, "reading a query plan", err)) == 1) {
            tess_buf_puts(out, col_str(s, 3));
            tess_buf_putc(out, '\n');
        }
    }
    sqlite3_finalize(s);
    reader_put(c, k);
    qb_free(&b);
    return rc < 0 ? -1 : 0;
}

static int sq_qido_unfilled(cat_catalog *cc, cat_image_set_fn fn, void *ctx, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: qido_unfilled without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_QIDO_UNFILLED, err);
    cat_image_set *row = s ? malloc(sizeof *row) : NULL;
    if (s && !row) tess_fail(err, "catalog: out of memory");
    if (row)
        rc = list_rows(k, s, INT32_MAX, conv_image_set, row, deliver_image_set, FNPTR(fn), ctx,
                       NULL, "listing image sets without QIDO fields", err);
    free(row);
    reader_put(c, k);
    return rc;
}

static int qido_fill_tx(sq_conn *k, const char *ds, const char *id, int64_t expect,
                        const cat_qido_fields *f, tess_error *err) {
    char cur_ds[CAT_ID], state[16];
    int64_t latest;
    int rc = is_head(k, id, cur_ds, &latest, state, err);
    if (rc == -1) return -1;
    if (rc == CAT_NOT_FOUND || strcmp(cur_ds, ds) != 0)
        return fail_as(CAT_NOT_FOUND, err, "catalog: image set %s of datastore %s not found",
                       id, ds);
    if (latest != expect || strcmp(state, "DELETED") == 0)
        return fail_as(CAT_CONFLICT, err, "catalog: image set %s moved to version %" PRId64,
                       id, latest);
    cat_image_set *set = malloc(sizeof *set);
    if (!set) return tess_fail(err, "catalog: out of memory");
    sqlite3_stmt *s = stmt_get(k, ST_IS_GET, err);
    rc = -1;
    if (s && !bind_check(k, s, bt(s, 1, id) | bt(s, 2, ds), err)) {
        rc = step(k, s, "reading an image set", err);
        if (rc == 1) rc = row_image_set(s, set, err) ? -1 : 0;
        else if (rc == 0) rc = fail_as(CAT_NOT_FOUND, err, "catalog: image set %s vanished", id);
        stmt_done(s);
    }
    if (rc == 0)
        rc = qido_fields_put(k, id, ds, set->tags.patient_name, set->tags.study_time, f, err);
    if (rc == 0) rc = qido_study_refresh(k, ds, set->tags.study_uid, err);
    free(set);
    return rc;
}

static int sq_qido_fill(cat_catalog *cc, const char *datastore_id, const char *id,
                        int64_t expect_version, const cat_qido_fields *f, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!f) return tess_fail(err, "catalog: qido_fill without fields");
    if (check_qido_fields(f, err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, qido_fill_tx(k, nz(datastore_id), nz(id), expect_version, f, err),
                      err);
}

static int touch_tx(sq_conn *k, const char (*ids)[CAT_ID], size_t n, double at,
                    tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_IS_TOUCH, err);
    if (!s) return -1;
    for (size_t i = 0; i < n; i++) {
        if (check_len("image set id", ids[i], CAT_ID, err)) return -1;
        if (bind_check(k, s, bt(s, 1, ids[i]) | bd(s, 2, at), err)) return -1;
        if (run(k, s, "touching an image set", err)) return -1;
    }
    return 0;
}

static int sq_touch(cat_catalog *cc, const char (*ids)[CAT_ID], size_t n, double at,
                    tess_error *err) {
    sq_catalog *c = sq(cc);
    if (n == 0) return 0;
    if (!ids) return tess_fail(err, "catalog: touch without ids");
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, touch_tx(k, ids, n, at, err), err);
}

/* --------------------------------------------------- instances and frames */

static int sq_instances_list(cat_catalog *cc, const char *image_set_id, int64_t version,
                             cat_instance_fn fn, void *ctx, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: instances_list without a callback");
    if (version < 0) return tess_fail(err, "catalog: version %" PRId64 " is negative", version);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = NULL;
    /* The set, or that version of it, must exist: a missing one is
     * CAT_NOT_FOUND, not an empty list. */
    if (version == 0) {
        char ds[CAT_ID], state[16];
        int64_t latest;
        rc = is_head(k, nz(image_set_id), ds, &latest, state, err);
        if (rc == CAT_NOT_FOUND)
            tess_fail(err, "catalog: image set %s not found", nz(image_set_id));
        if (rc) goto out;
        s = stmt_get(k, ST_INST_LIST_CURRENT, err);
    } else {
        sqlite3_stmt *v = stmt_get(k, ST_V_GET, err);
        if (!v || bind_check(k, v, bt(v, 1, image_set_id) | bi(v, 2, version), err)) goto out;
        rc = step(k, v, "reading a version", err);
        stmt_done(v);
        if (rc == 0) {
            rc = fail_as(CAT_NOT_FOUND, err,
                         "catalog: version %" PRId64 " of image set %s not found", version,
                         nz(image_set_id));
            goto out;
        }
        if (rc < 0) goto out;
        s = stmt_get(k, ST_INST_LIST, err);
    }
    rc = -1;
    if (s && !bind_check(k, s, bt(s, 1, image_set_id) | (version ? bi(s, 2, version) : 0), err)) {
        cat_instance row;
        rc = list_rows(k, s, INT32_MAX, conv_instance, &row, deliver_instance, FNPTR(fn), ctx,
                       NULL, "listing instances", err);
    }
out:
    reader_put(c, k);
    return rc;
}

static int sq_frame_get(cat_catalog *cc, const char *image_set_id, const char *frame_id,
                        cat_frame *out, tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_FR_GET, err);
    if (s && !bind_check(k, s, bt(s, 1, image_set_id) | bt(s, 2, frame_id), err)) {
        rc = step(k, s, "reading a frame", err);
        if (rc == 1) rc = row_frame(s, out, err) ? -1 : 0;
        else if (rc == 0)
            rc = fail_as(CAT_NOT_FOUND, err, "catalog: frame %s of image set %s not found",
                         nz(frame_id), nz(image_set_id));
        stmt_done(s);
    }
    reader_put(c, k);
    return rc;
}

static int sq_frame_locate(cat_catalog *cc, const char *datastore_id, const char *image_set_id,
                           const char *frame_id, cat_frame *out, tess_error *err) {
    sq_catalog *c = sq(cc);
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_FR_LOCATE, err);
    if (s && !bind_check(k, s, bt(s, 1, datastore_id) | bt(s, 2, image_set_id) |
                                   bt(s, 3, frame_id), err)) {
        rc = step(k, s, "locating a frame", err);
        if (rc == 1) rc = row_frame(s, out, err) ? -1 : 0;
        else if (rc == 0)
            rc = fail_as(CAT_NOT_FOUND, err, "catalog: frame %s of image set %s not found",
                         nz(frame_id), nz(image_set_id));
        stmt_done(s);
    }
    reader_put(c, k);
    return rc;
}

static int sq_frames_of_instance(cat_catalog *cc, const char *image_set_id,
                                 const char *sop_uid, cat_frame_fn fn, void *ctx,
                                 tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: frames_of_instance without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_FR_OF_INSTANCE, err);
    if (s && !bind_check(k, s, bt(s, 1, image_set_id) | bt(s, 2, sop_uid), err)) {
        cat_frame row;
        rc = list_rows(k, s, INT32_MAX, conv_frame, &row, deliver_frame, FNPTR(fn), ctx, NULL,
                       "listing the frames of an instance", err);
    }
    reader_put(c, k);
    return rc;
}

static int sq_instance_current(cat_catalog *cc, const char *image_set_id, const char *sop_uid,
                               bool *yes, tess_error *err) {
    if (!yes) return tess_fail(err, "catalog: instance_current without an answer");
    int64_t n = read_count(sq(cc), ST_INST_CURRENT, image_set_id, sop_uid, err);
    if (n < 0) return -1;
    *yes = n != 0;
    return 0;
}

/* ------------------------------------------------------------------ tags */

static int tags_put_tx(sq_conn *k, const char *ds, const char *set,
                       const char *const *keys, const char *const *values, size_t n,
                       tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_TAG_PUT, err);
    if (!s) return -1;
    for (size_t i = 0; i < n; i++) {
        int b = bt(s, 1, ds) | bt(s, 2, set) | bt(s, 3, keys[i]) | bt(s, 4, values[i]);
        if (bind_check(k, s, b, err)) return -1;
        if (run(k, s, "putting a tag", err)) return tess_fail_prefix(err, "tag %s", keys[i]);
    }
    return 0;
}

static int sq_tags_put(cat_catalog *cc, const char *datastore_id, const char *image_set_id,
                       const char *const *keys, const char *const *values, size_t n,
                       tess_error *err) {
    sq_catalog *c = sq(cc);
    if (n == 0) return 0;
    if (!keys || !values) return tess_fail(err, "catalog: tags_put without keys or values");
    for (size_t i = 0; i < n; i++) {
        if (check_required("tag key", keys[i], err) ||
            check_len("tag key", keys[i], SQ_TAG_KEY_MAX + 1, err) ||
            check_len("tag value", values[i], SQ_TAG_VALUE_MAX + 1, err))
            return -1;
    }
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, tags_put_tx(k, nz(datastore_id), nz(image_set_id), keys, values, n,
                                     err), err);
}

static int tags_remove_tx(sq_conn *k, const char *ds, const char *set, const char *const *keys,
                          size_t n, tess_error *err) {
    sqlite3_stmt *s = stmt_get(k, ST_TAG_DEL, err);
    if (!s) return -1;
    for (size_t i = 0; i < n; i++) {
        if (bind_check(k, s, bt(s, 1, ds) | bt(s, 2, set) | bt(s, 3, keys[i]), err)) return -1;
        if (run(k, s, "removing a tag", err)) return -1;
    }
    return 0;
}

static int sq_tags_remove(cat_catalog *cc, const char *datastore_id, const char *image_set_id,
                          const char *const *keys, size_t n, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (n == 0) return 0;
    if (!keys) return tess_fail(err, "catalog: tags_remove without keys");
    for (size_t i = 0; i < n; i++)
        if (check_required("tag key", keys[i], err)) return -1;
    sq_conn *k = writer_begin(c, err);
    if (!k) return -1;
    return writer_end(c, tags_remove_tx(k, nz(datastore_id), nz(image_set_id), keys, n, err),
                      err);
}

static int sq_tags_list(cat_catalog *cc, const char *datastore_id, const char *image_set_id,
                        cat_tag_fn fn, void *ctx, tess_error *err) {
    sq_catalog *c = sq(cc);
    if (!fn) return tess_fail(err, "catalog: tags_list without a callback");
    sq_conn *k = reader_get(c, err);
    if (!k) return -1;
    int rc = -1;
    sqlite3_stmt *s = stmt_get(k, ST_TAG_LIST, err);
    if (s && !bind_check(k, s, bt(s, 1, datastore_id) | bt(s, 2, image_set_id), err)) {
        while ((rc = step(k, s, "listing tags", err)) == 1)
            if (fn(ctx, col_str(s, 0), col_str(s, 1))) {
                rc = 0;
                break;
            }
        stmt_done(s);
    }
    reader_put(c, k);
    return rc < 0 ? -1 : 0;
}

static int64_t sq_tags_count(cat_catalog *cc, const char *datastore_id,
                             const char *image_set_id, tess_error *err) {
    return read_count(sq(cc), ST_TAG_COUNT, datastore_id, nz(image_set_id), err);
}

static int sq_blob_referenced(cat_catalog *cc, const char *key, bool *yes, tess_error *err) {
    if (!yes) return tess_fail(err, "catalog: blob_referenced without an answer");
    /* Cleared keys are '': an empty key names no blob. */
    if (!key || !*key) {
        *yes = false;
        return 0;
    }
    int64_t n = read_count(sq(cc), ST_BLOB_REFERENCED, key, NULL, err);
    if (n < 0) return -1;
    *yes = n != 0;
    return 0;
}

/* --------------------------------------------------------- open and close */

static void sq_close(cat_catalog *cc) {
    sq_catalog *c = sq(cc);
    if (!c) return;
    while (c->idle) {
        sq_conn *k = c->idle;
        c->idle = k->next;
        conn_close(k);
    }
    conn_close(c->writer);   /* last: the last connection checkpoints the WAL */
    pthread_mutex_destroy(&c->wlock);
    pthread_mutex_destroy(&c->plock);
    free(c->path);
    free(c);
}

static const cat_vtable sq_vtable = {
    .datastore_create = sq_datastore_create,
    .datastore_get = sq_datastore_get,
    .datastore_find_by_name = sq_datastore_find_by_name,
    .datastore_list = sq_datastore_list,
    .datastore_set_status = sq_datastore_set_status,
    .datastore_delete = sq_datastore_delete,
    .datastore_count_active = sq_datastore_count_active,
    .job_create = sq_job_create,
    .job_get = sq_job_get,
    .job_list = sq_job_list,
    .job_update = sq_job_update,
    .job_list_unfinished = sq_job_list_unfinished,
    .job_count_running = sq_job_count_running,
    .job_file_add = sq_job_file_add,
    .job_files_add = sq_job_files_add,
    .job_file_seen = sq_job_file_seen,
    .job_files = sq_job_files,
    .job_pending_groups = sq_job_pending_groups,
    .job_pending_in_group = sq_job_pending_in_group,
    .job_file_finish = sq_job_file_finish,
    .image_set_get = sq_image_set_get,
    .image_set_find_primary = sq_image_set_find_primary,
    .image_sets_of_study = sq_image_sets_of_study,
    .image_set_count = sq_image_set_count,
    .version_get = sq_version_get,
    .versions_list = sq_versions_list,
    .commit = sq_commit,
    .image_set_set_state = sq_image_set_set_state,
    .image_set_delete = sq_image_set_delete,
    .search = sq_search,
    .touch = sq_touch,
    .qido = sq_qido,
    .qido_unfilled = sq_qido_unfilled,
    .qido_fill = sq_qido_fill,
    .instances_list = sq_instances_list,
    .frame_get = sq_frame_get,
    .frame_locate = sq_frame_locate,
    .frames_of_instance = sq_frames_of_instance,
    .instance_current = sq_instance_current,
    .tags_put = sq_tags_put,
    .tags_remove = sq_tags_remove,
    .tags_list = sq_tags_list,
    .tags_count = sq_tags_count,
    .blob_referenced = sq_blob_referenced,
    .close = sq_close,
};

static int user_version(sqlite3 *db, int *v, tess_error *err) {
    char t[32];
    if (pragma_text(db, "PRAGMA user_version", t, sizeof t, err)) return -1;
    *v = atoi(t);
    return 0;
}

/* Apply the migrations the file lacks, up to `upto`, one transaction
 * each. The version is read again inside the transaction, so two
 * processes opening the same file at once do not both migrate. */
static int migrate(sq_conn *k, const char *path, int upto, tess_error *err) {
    for (;;) {
        int v;
        if (user_version(k->db, &v, err)) return tess_fail_prefix(err, "catalog %s", path);
        if (v > N_MIGRATIONS)
            return tess_fail(err, "catalog %s: schema version %d is newer than this build's "
                             "version %d (use a newer tessera)", path, v, N_MIGRATIONS);
        if (v < 0) return tess_fail(err, "catalog %s: schema version %d is invalid", path, v);
        if (v >= upto) return 0;
        if (run_id(k, ST_BEGIN, "starting a migration", err))
            return tess_fail_prefix(err, "catalog %s", path);
        int again;
        if (user_version(k->db, &again, err)) goto fail;
        if (again != v) {   /* another process migrated meanwhile: look again */
            sqlite3_exec(k->db, "ROLLBACK", NULL, NULL, NULL);
            continue;
        }
        char set[48];
        snprintf(set, sizeof set, "PRAGMA user_version = %d", v + 1);
        if (sqlite3_exec(k->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(k->db, set, NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(k->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
            tess_fail(err, "catalog %s: migration to schema version %d failed: %s", path, v + 1,
                      sqlite3_errmsg(k->db));
            goto fail;
        }
    }
fail:
    if (!sqlite3_get_autocommit(k->db)) sqlite3_exec(k->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

/* The directory of path must exist: SQLite's own message ("unable to
 * open database file") does not say why. */
static int check_dir(const char *path, tess_error *err) {
    const char *slash = strrchr(path, '/');
    if (!slash) return 0;
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    char *dir = malloc(n + 1);
    if (!dir) return tess_fail(err, "catalog: out of memory");
    memcpy(dir, path, n);
    dir[n] = '\0';
    struct stat st;
    int rc = 0;
    if (stat(dir, &st) != 0)
        rc = tess_fail(err, "catalog: cannot open %s: directory %s: %s", path, dir,
                       errno == ENOENT ? "does not exist" : strerror(errno));
    else if (!S_ISDIR(st.st_mode))
        rc = tess_fail(err, "catalog: cannot open %s: %s is not a directory", path, dir);
    free(dir);
    return rc;
}

int cat_sqlite_open_upto(const char *path, int upto, cat_catalog **out, tess_error *err) {
    if (!out) return tess_fail(err, "catalog: open without a result pointer");
    *out = NULL;
    if (!path || !*path) return tess_fail(err, "catalog: no database path given");
    if (strcmp(path, ":memory:") == 0)
        return tess_fail(err, "catalog: an in-memory database cannot be shared by the read "
                         "connections; give a file path");
    if (upto < 1 || upto > N_MIGRATIONS)
        return tess_fail(err, "catalog: schema version %d is not in 1..%d", upto, N_MIGRATIONS);
    if (!sqlite3_threadsafe())
        return tess_fail(err, "catalog: the SQLite library is built without thread support");
    if (check_dir(path, err)) return -1;

    sq_catalog *c = calloc(1, sizeof *c);
    if (!c) return tess_fail(err, "catalog: out of memory");
    c->base.vt = &sq_vtable;
    snprintf(c->base.name, sizeof c->base.name, "sqlite");
    pthread_mutex_init(&c->wlock, NULL);
    pthread_mutex_init(&c->plock, NULL);
    c->path = strdup(path);
    if (!c->path) {
        tess_fail(err, "catalog: out of memory");
        sq_close(&c->base);
        return -1;
    }
    c->writer = conn_open(path, true, err);
    if (!c->writer || migrate(c->writer, path, upto, err)) {
        sq_close(&c->base);
        return -1;
    }
    *out = &c->base;
    return 0;
}

int cat_sqlite_open(const char *path, cat_catalog **out, tess_error *err) {
    return cat_sqlite_open_upto(path, N_MIGRATIONS, out, err);
}
