// tags.test.mjs - TagResource, ListTagsForResource, UntagResource on a data
// store ARN and on an image set ARN (ahi-api.md 2.4), CreateDatastore with
// tags, and the tagging errors. The ARN travels percent-encoded in one path
// segment (/tags/arn%3Aaws%3A...), as the SDK sends it.

import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";

import {
    CreateDatastoreCommand, GetDatastoreCommand, GetImageSetCommand, SearchImageSetsCommand,
    TagResourceCommand, UntagResourceCommand, ListTagsForResourceCommand,
} from "@aws-sdk/client-medical-imaging";

import { client, unique, waitFor, rejectsWith, stageInput, importDir, ARN_RE } from "./lib/common.mjs";

const c = client();
const list = async (arn) => (await c.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags;

describe("tags", () => {
    let ds, dsArn, isArn;

    before(async () => {
        const r = await c.send(new CreateDatastoreCommand({
            datastoreName: unique("api-tags"), clientToken: unique("tok"), tags: { team: "radiology" },
        }));
        ds = r.datastoreId;
        const g = await waitFor("ACTIVE", () => c.send(new GetDatastoreCommand({ datastoreId: ds })),
            (x) => x.datastoreProperties.datastoreStatus === "ACTIVE");
        dsArn = g.datastoreProperties.datastoreArn;
        await importDir(c, ds, stageInput("tags-in", [path.join("volume", "brain_001.dcm")]));
        const s = await c.send(new SearchImageSetsCommand({ datastoreId: ds }));
        assert.equal(s.imageSetsMetadataSummaries.length, 1);
        const is = await c.send(new GetImageSetCommand({ datastoreId: ds,
            imageSetId: s.imageSetsMetadataSummaries[0].imageSetId }));
        isArn = is.imageSetArn;
        assert.match(dsArn, ARN_RE);
        assert.match(isArn, ARN_RE);
        assert.ok(isArn.startsWith(dsArn + "/imageset/"), `${isArn} is below ${dsArn}`);
    });

    it("CreateDatastore's tags are listed on the data store", async () => {
        assert.deepEqual(await list(dsArn), { team: "radiology" });
    });

    it("TagResource adds to a data store, UntagResource removes", async () => {
        const r = await c.send(new TagResourceCommand({ resourceArn: dsArn, tags: { a: "1", b: "2" } }));
        assert.equal(r.$metadata.httpStatusCode, 200);
        assert.deepEqual(await list(dsArn), { team: "radiology", a: "1", b: "2" });
        await c.send(new UntagResourceCommand({ resourceArn: dsArn, tagKeys: ["b", "team"] }));
        assert.deepEqual(await list(dsArn), { a: "1" });
    });

    it("an image set starts with no tags, then has its own", async () => {
        assert.deepEqual(await list(isArn), {});
        await c.send(new TagResourceCommand({ resourceArn: isArn, tags: { project: "alpha", site: "2", "path/x.y:z": "" } }));
        assert.deepEqual(await list(isArn), { project: "alpha", site: "2", "path/x.y:z": "" });
        assert.deepEqual(await list(dsArn), { a: "1" }, "the data store keeps its own tags");
    });

    it("tagging an existing key replaces its value", async () => {
        await c.send(new TagResourceCommand({ resourceArn: isArn, tags: { project: "beta" } }));
        assert.equal((await list(isArn)).project, "beta");
    });

    it("UntagResource with several keys (repeated tagKeys)", async () => {
        await c.send(new UntagResourceCommand({ resourceArn: isArn, tagKeys: ["site", "path/x.y:z"] }));
        assert.deepEqual(await list(isArn), { project: "beta" });
    });

    it("an aws: key is ValidationException (400)", async () => {
        await rejectsWith(c.send(new TagResourceCommand({ resourceArn: isArn, tags: { "aws:owner": "x" } })),
            "ValidationException", 400);
        assert.deepEqual(await list(isArn), { project: "beta" });
    });

    it("more than 50 tags on an image set is ValidationException (400)", async () => {
        // TagResource declares no ServiceQuotaExceededException: the limit is a validation error
        const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
        await rejectsWith(c.send(new TagResourceCommand({ resourceArn: isArn, tags: many })),
            "ValidationException", 400);
        assert.deepEqual(await list(isArn), { project: "beta" }, "nothing applied");
    });

    it("a malformed ARN is ValidationException (400)", async () => {
        await rejectsWith(c.send(new ListTagsForResourceCommand({ resourceArn: "arn:aws:s3:::some-bucket" })),
            "ValidationException", 400);
    });

    it("an unknown data store or image set ARN is ResourceNotFoundException (404)", async () => {
        const unknownDs = dsArn.replace(/datastore\/[0-9a-z]{32}$/, "datastore/" + "f".repeat(32));
        await rejectsWith(c.send(new ListTagsForResourceCommand({ resourceArn: unknownDs })), "ResourceNotFoundException", 404);
        const unknownIs = isArn.replace(/imageset\/[0-9a-z]{32}$/, "imageset/" + "f".repeat(32));
        await rejectsWith(c.send(new TagResourceCommand({ resourceArn: unknownIs, tags: { a: "b" } })),
            "ResourceNotFoundException", 404);
        await rejectsWith(c.send(new UntagResourceCommand({ resourceArn: unknownIs, tagKeys: ["a"] })),
            "ResourceNotFoundException", 404);
    });
});
