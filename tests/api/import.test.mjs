// import.test.mjs - StartDICOMImportJob, GetDICOMImportJob, ListDICOMImportJobs
// and its paginator (ahi-api.md 2.2), and the job's output folder
// {outputS3Uri}{datastoreId}-DicomImport-{jobId}/ with job-output-manifest.json
// and the SUCCESS / FAILURE ndjson files (2.2.1).
//
// Input and output are local folders given as file:///abs/path/ URIs (Tessera's
// extension for the embedded default; s3:// is for an S3 backend). Expected
// counts come from dcmdump reading the input, not from Tessera.

import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import {
    GetDICOMImportJobCommand, ListDICOMImportJobsCommand, StartDICOMImportJobCommand,
    paginateListDICOMImportJobs,
} from "@aws-sdk/client-medical-imaging";

import {
    client, unique, rejectsWith, createActiveDatastore, stageInput, startImport, waitJob, listFiles,
    dicomOracle, bySeries, fileUri, uriPath, env, ID_RE, JOB_ID_RE, ROLE_ARN, assertDateWithin,
} from "./lib/common.mjs";

const c = client();

function readNdjson(file) {
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

describe("a DICOM import job from a file:// folder", () => {
    let ds, inputDir, outDir, oracle, series, allFiles, junk;
    let started, job, token, t0;

    before(async () => {
        ds = await createActiveDatastore(c, unique("api-import"));
        inputDir = stageInput("import-in", ["study"]);
        oracle = dicomOracle(listFiles(inputDir));
        series = bySeries(oracle);
        junk = path.join(inputDir, "not-dicom.dcm");
        fs.writeFileSync(junk, Buffer.from("this is not a DICOM file, it only has a .dcm name\n".repeat(20)));
        allFiles = listFiles(inputDir);
        outDir = path.join(env.work, unique("import-out"));
        fs.mkdirSync(outDir, { recursive: true });
        assert.ok(oracle.length >= 20 && series.size >= 10, "the input holds the dicomdirtests studies");
    });

    it("StartDICOMImportJob answers SUBMITTED at once", async () => {
        token = unique("job-token");
        t0 = new Date();
        started = await startImport(c, ds, inputDir, { outputDir: outDir, clientToken: token, jobName: "api-import-1" });
        const r = started.response;
        assert.equal(r.datastoreId, ds);
        assert.match(r.jobId, JOB_ID_RE);
        assert.equal(r.jobStatus, "SUBMITTED");
        assertDateWithin(r.submittedAt, t0, new Date(), "submittedAt");
    });

    it("the same clientToken gives the same job back", async () => {
        const again = await c.send(new StartDICOMImportJobCommand({ ...started.input }));
        assert.equal(again.jobId, started.response.jobId);
        assert.equal(again.datastoreId, ds);
    });

    it("GetDICOMImportJob reaches COMPLETED with every property", async () => {
        job = await waitJob(c, ds, started.response.jobId);
        assert.equal(job.jobId, started.response.jobId);
        assert.equal(job.jobName, "api-import-1");
        assert.equal(job.jobStatus, "COMPLETED");
        assert.equal(job.datastoreId, ds);
        assert.equal(job.dataAccessRoleArn, ROLE_ARN);
        assert.equal(job.inputS3Uri, fileUri(inputDir));
        assertDateWithin(job.submittedAt, t0, new Date(), "submittedAt");
        assertDateWithin(job.endedAt, job.submittedAt, new Date(), "endedAt");
    });

    it("outputS3Uri is the request's folder + {datastoreId}-DicomImport-{jobId}/", () => {
        assert.equal(job.outputS3Uri, `${fileUri(outDir)}${ds}-DicomImport-${job.jobId}/`);
        assert.ok(fs.statSync(uriPath(job.outputS3Uri)).isDirectory());
    });

    it("job-output-manifest.json: jobSummary with the counts of the input", () => {
        const folder = uriPath(job.outputS3Uri);
        const m = JSON.parse(fs.readFileSync(path.join(folder, "job-output-manifest.json"), "utf8"));
        const s = m.jobSummary;
        assert.ok(s, "jobSummary");
        assert.equal(s.jobId, job.jobId);
        assert.equal(s.datastoreId, ds);
        assert.equal(s.inputS3Uri, job.inputS3Uri);
        assert.equal(s.outputS3Uri, job.outputS3Uri);
        assert.equal(s.successOutputS3Uri, job.outputS3Uri + "SUCCESS/");
        assert.equal(s.failureOutputS3Uri, job.outputS3Uri + "FAILURE/");
        assert.equal(s.warningsOutputS3Uri, job.outputS3Uri + "WARNING/");
        assert.equal(s.numberOfScannedFiles, allFiles.length);
        assert.equal(s.numberOfImportedFiles, oracle.length);
        assert.equal(s.numberOfFilesWithCustomerError, 1, "the junk file");
        assert.equal(s.numberOfFilesWithServerError, 0);
        assert.equal(s.numberOfGeneratedImageSets, series.size, "one image set per series");
        assert.equal(s.imageSetsSummary.length, series.size);
        for (const x of s.imageSetsSummary) {
            assert.match(x.imageSetId, ID_RE);
            assert.equal(x.imageSetVersion, 1);
            assert.equal(x.isPrimary, true);
        }
        assert.deepEqual(s.imageSetsSummary.map((x) => x.numberOfMatchedSOPInstances).sort((a, b) => a - b),
            [...series.values()].map((v) => v.length).sort((a, b) => a - b));
        assert.equal(new Set(s.imageSetsSummary.map((x) => x.imageSetId)).size, series.size);
    });

    it("SUCCESS/success.ndjson: one line per imported file, with its image set", () => {
        const folder = uriPath(job.outputS3Uri);
        const ok = readNdjson(path.join(folder, "SUCCESS", "success.ndjson"));
        const warn = readNdjson(path.join(folder, "WARNING", "warning.ndjson"));
        assert.equal(ok.length + warn.length, oracle.length);
        const manifest = JSON.parse(fs.readFileSync(path.join(folder, "job-output-manifest.json"), "utf8"));
        const ids = new Set(manifest.jobSummary.imageSetsSummary.map((x) => x.imageSetId));
        const rels = new Set();
        for (const line of [...ok, ...warn]) {
            assert.equal(typeof line.inputFile, "string");
            assert.match(line.importResponse.imageSetId, ID_RE);
            assert.ok(ids.has(line.importResponse.imageSetId), "the line's image set is in the manifest");
            assert.equal(line.importResponse.isPrimary, true);
            // inputFile names the source object (its key / path): it ends with the
            // file's path below the input folder
            const match = oracle.find((o) => line.inputFile.endsWith(path.relative(inputDir, o.file)));
            assert.ok(match, `inputFile ${line.inputFile} is one of the input files`);
            rels.add(match.file);
        }
        assert.equal(rels.size, oracle.length, "every imported file has its own line");
        // files of one series share an image set
        const setOf = new Map();
        for (const line of [...ok, ...warn]) {
            const o = oracle.find((x) => line.inputFile.endsWith(path.relative(inputDir, x.file)));
            const prev = setOf.get(o.series);
            if (prev) assert.equal(line.importResponse.imageSetId, prev, `series ${o.series} in one image set`);
            setOf.set(o.series, line.importResponse.imageSetId);
        }
        assert.equal(new Set(setOf.values()).size, series.size, "different series, different image sets");
    });

    it("FAILURE/failure.ndjson: the junk file, as a ValidationException", () => {
        const fail = readNdjson(path.join(uriPath(job.outputS3Uri), "FAILURE", "failure.ndjson"));
        assert.equal(fail.length, 1);
        assert.ok(fail[0].inputFile.endsWith("not-dicom.dcm"), fail[0].inputFile);
        assert.equal(fail[0].exception.exceptionType, "ValidationException");
        assert.equal(typeof fail[0].exception.message, "string");
        assert.ok(fail[0].exception.message.length > 0);
    });

    describe("a second job over the same input", () => {
        let job2;
        before(async () => {
            const s = await startImport(c, ds, inputDir, { outputDir: outDir, jobName: "api-import-2" });
            assert.notEqual(s.response.jobId, job.jobId, "a new clientToken, a new job");
            job2 = await waitJob(c, ds, s.response.jobId);
        });

        it("lands in the same primary image sets as version 2", () => {
            const m1 = JSON.parse(fs.readFileSync(path.join(uriPath(job.outputS3Uri), "job-output-manifest.json")));
            const m2 = JSON.parse(fs.readFileSync(path.join(uriPath(job2.outputS3Uri), "job-output-manifest.json")));
            assert.notEqual(job2.outputS3Uri, job.outputS3Uri);
            assert.deepEqual(new Set(m2.jobSummary.imageSetsSummary.map((x) => x.imageSetId)),
                new Set(m1.jobSummary.imageSetsSummary.map((x) => x.imageSetId)));
            for (const x of m2.jobSummary.imageSetsSummary) {
                assert.equal(x.imageSetVersion, 2);
                assert.equal(x.isPrimary, true);
            }
        });

        it("ListDICOMImportJobs lists both jobs with their summary members", async () => {
            const r = await c.send(new ListDICOMImportJobsCommand({ datastoreId: ds }));
            const ids = r.jobSummaries.map((j) => j.jobId).sort();
            assert.deepEqual(ids, [job.jobId, job2.jobId].sort(), "two jobs: the repeated token made none");
            for (const j of r.jobSummaries) {
                assert.equal(j.datastoreId, ds);
                assert.equal(j.jobStatus, "COMPLETED");
                assert.ok(["api-import-1", "api-import-2"].includes(j.jobName));
                assert.ok(j.submittedAt instanceof Date && j.endedAt instanceof Date);
                if (j.dataAccessRoleArn !== undefined) assert.equal(j.dataAccessRoleArn, ROLE_ARN);
            }
        });

        it("paginateListDICOMImportJobs with pageSize 1", async () => {
            const ids = [];
            for await (const page of paginateListDICOMImportJobs({ client: c, pageSize: 1 }, { datastoreId: ds })) {
                assert.ok(page.jobSummaries.length <= 1);
                ids.push(...page.jobSummaries.map((j) => j.jobId));
            }
            assert.deepEqual(ids.slice().sort(), [job.jobId, job2.jobId].sort());
        });

        it("the jobStatus filter", async () => {
            const done = await c.send(new ListDICOMImportJobsCommand({ datastoreId: ds, jobStatus: "COMPLETED" }));
            assert.equal(done.jobSummaries.length, 2);
            const failed = await c.send(new ListDICOMImportJobsCommand({ datastoreId: ds, jobStatus: "FAILED" }));
            assert.equal(failed.jobSummaries.length, 0);
        });
    });

    describe("error paths", () => {
        it("StartDICOMImportJob into an unknown data store: ResourceNotFoundException (404)", async () => {
            await rejectsWith(c.send(new StartDICOMImportJobCommand({
                ...started.input, datastoreId: "2".repeat(32), clientToken: unique("tok"),
            })), "ResourceNotFoundException", 404);
        });

        it("GetDICOMImportJob of an unknown job: ResourceNotFoundException (404)", async () => {
            await rejectsWith(c.send(new GetDICOMImportJobCommand({ datastoreId: ds, jobId: "3".repeat(32) })),
                "ResourceNotFoundException", 404);
        });

        it("ListDICOMImportJobs of an unknown data store: ResourceNotFoundException (404)", async () => {
            await rejectsWith(c.send(new ListDICOMImportJobsCommand({ datastoreId: "4".repeat(32) })),
                "ResourceNotFoundException", 404);
        });

        it("a malformed dataAccessRoleArn: ValidationException (400)", async () => {
            await rejectsWith(c.send(new StartDICOMImportJobCommand({
                ...started.input, dataAccessRoleArn: "not-a-role", clientToken: unique("tok"),
            })), "ValidationException", 400);
        });

        it("an input URI that is neither s3:// nor file://: ValidationException (400)", async () => {
            await rejectsWith(c.send(new StartDICOMImportJobCommand({
                ...started.input, inputS3Uri: "http://example.com/dicom/", clientToken: unique("tok"),
            })), "ValidationException", 400);
        });

        it("a malformed jobName: ValidationException (400)", async () => {
            await rejectsWith(c.send(new StartDICOMImportJobCommand({
                ...started.input, jobName: "spaces are not allowed", clientToken: unique("tok"),
            })), "ValidationException", 400);
        });
    });
});
