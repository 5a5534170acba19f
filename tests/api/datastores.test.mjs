// datastores.test.mjs - CreateDatastore, GetDatastore, ListDatastores (and its
// paginator), DeleteDatastore, through the official SDK (ahi-api.md 2.1), plus
// the control plane's error paths: unknown data store (404), malformed input
// (400), deleting a non-empty data store (409).
//
// Other test files may create data stores at the same time: nothing here
// assumes it sees only its own.

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";

import {
    CreateDatastoreCommand, GetDatastoreCommand, ListDatastoresCommand, DeleteDatastoreCommand,
    DeleteImageSetCommand, GetImageSetCommand, paginateListDatastores,
    paginateSearchImageSets,
} from "@aws-sdk/client-medical-imaging";

import {
    client, unique, waitFor, rejectsWith, ID_RE, ARN_RE, assertDateWithin, stageInput, importDir,
} from "./lib/common.mjs";

const c = client();
const mine = []; // data stores this file created, deleted at the end when still empty

describe("CreateDatastore / GetDatastore", () => {
    const name = unique("api-ds");
    const token = unique("create-token");
    let id;
    let t0;

    it("returns a 32-character id and CREATING or ACTIVE at once", async () => {
        t0 = new Date();
        const r = await c.send(new CreateDatastoreCommand({ datastoreName: name, clientToken: token }));
        assert.match(r.datastoreId, ID_RE);
        assert.ok(["CREATING", "ACTIVE"].includes(r.datastoreStatus), `status ${r.datastoreStatus}`);
        id = r.datastoreId;
        mine.push(id);
    });

    it("the same clientToken gives the same data store back", async () => {
        const r = await c.send(new CreateDatastoreCommand({ datastoreName: name, clientToken: token }));
        assert.equal(r.datastoreId, id);
    });

    it("a different clientToken creates another data store", async () => {
        const r = await c.send(new CreateDatastoreCommand({ datastoreName: name, clientToken: unique("other") }));
        assert.notEqual(r.datastoreId, id);
        mine.push(r.datastoreId);
        await waitFor("ACTIVE", () => c.send(new GetDatastoreCommand({ datastoreId: r.datastoreId })),
            (x) => x.datastoreProperties.datastoreStatus === "ACTIVE");
        await c.send(new DeleteDatastoreCommand({ datastoreId: r.datastoreId })); // an empty one: deletable
    });

    it("GetDatastore reaches ACTIVE with every property", async () => {
        const g = await waitFor("ACTIVE", () => c.send(new GetDatastoreCommand({ datastoreId: id })),
            (x) => x.datastoreProperties.datastoreStatus === "ACTIVE");
        const p = g.datastoreProperties;
        assert.equal(p.datastoreId, id);
        assert.equal(p.datastoreName, name);
        assert.match(p.datastoreArn, ARN_RE);
        assert.ok(p.datastoreArn.endsWith(`:datastore/${id}`), p.datastoreArn);
        assertDateWithin(p.createdAt, t0, new Date(), "createdAt");
        assertDateWithin(p.updatedAt, p.createdAt, new Date(), "updatedAt");
        // HTJ2K is the default lossless format (the member may be left out)
        if (p.losslessStorageFormat !== undefined) assert.equal(p.losslessStorageFormat, "HTJ2K");
    });

    it("GetDatastore of an unknown id is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new GetDatastoreCommand({ datastoreId: "0".repeat(32) })),
            "ResourceNotFoundException", 404);
    });

    it("a malformed datastoreName is ValidationException (400)", async () => {
        await rejectsWith(c.send(new CreateDatastoreCommand({
            datastoreName: "spaces and !? are not allowed", clientToken: unique("bad"),
        })), "ValidationException", 400);
    });

    it("a datastoreName over 256 characters is ValidationException (400)", async () => {
        await rejectsWith(c.send(new CreateDatastoreCommand({
            datastoreName: "x".repeat(257), clientToken: unique("bad"),
        })), "ValidationException", 400);
    });

    it("a malformed clientToken is ValidationException (400)", async () => {
        await rejectsWith(c.send(new CreateDatastoreCommand({
            datastoreName: unique("ok"), clientToken: "not a valid token!",
        })), "ValidationException", 400);
    });
});

describe("ListDatastores and paginateListDatastores", () => {
    const created = [];

    before(async () => {
        for (let i = 0; i < 3; i++) {
            const r = await c.send(new CreateDatastoreCommand({
                datastoreName: unique(`api-list-${i}`), clientToken: unique("tok"),
            }));
            created.push(r.datastoreId);
            mine.push(r.datastoreId);
        }
        for (const id of created) {
            await waitFor("ACTIVE", () => c.send(new GetDatastoreCommand({ datastoreId: id })),
                (x) => x.datastoreProperties.datastoreStatus === "ACTIVE");
        }
    });

    it("lists every data store with its summary members", async () => {
        const seen = new Map();
        let token;
        do {
            const r = await c.send(new ListDatastoresCommand({ nextToken: token }));
            assert.ok(Array.isArray(r.datastoreSummaries));
            for (const s of r.datastoreSummaries) seen.set(s.datastoreId, s);
            token = r.nextToken;
        } while (token);
        for (const id of created) {
            const s = seen.get(id);
            assert.ok(s, `data store ${id} listed`);
            assert.equal(s.datastoreStatus, "ACTIVE");
            assert.ok(s.datastoreName.startsWith("api-list-"));
            assert.match(s.datastoreArn, ARN_RE);
            assert.ok(s.createdAt instanceof Date && s.updatedAt instanceof Date);
        }
    });

    it("the paginator with pageSize 1: one per page, no duplicates, all found", async () => {
        const ids = [];
        let pages = 0;
        for await (const page of paginateListDatastores({ client: c, pageSize: 1 }, {})) {
            pages++;
            assert.ok(page.datastoreSummaries.length <= 1, `page of ${page.datastoreSummaries.length}`);
            if (page.nextToken !== undefined) {
                assert.equal(typeof page.nextToken, "string");
                assert.ok(page.nextToken.length >= 1 && page.nextToken.length <= 8192);
            }
            ids.push(...page.datastoreSummaries.map((s) => s.datastoreId));
        }
        assert.equal(new Set(ids).size, ids.length, "no data store on two pages");
        for (const id of created) assert.ok(ids.includes(id), `${id} paginated`);
        assert.ok(pages >= created.length, `${pages} pages`);
    });

    it("manual pagination with maxResults 2 agrees with the paginator", async () => {
        const all = [];
        let token;
        do {
            const r = await c.send(new ListDatastoresCommand({ maxResults: 2, nextToken: token }));
            assert.ok(r.datastoreSummaries.length <= 2);
            all.push(...r.datastoreSummaries.map((s) => s.datastoreId));
            token = r.nextToken;
        } while (token);
        assert.equal(new Set(all).size, all.length);
        for (const id of created) assert.ok(all.includes(id));
    });

    it("the datastoreStatus filter returns only that status", async () => {
        const r = await c.send(new ListDatastoresCommand({ datastoreStatus: "ACTIVE" }));
        assert.ok(r.datastoreSummaries.length >= created.length);
        for (const s of r.datastoreSummaries) assert.equal(s.datastoreStatus, "ACTIVE");
        const none = await c.send(new ListDatastoresCommand({ datastoreStatus: "CREATE_FAILED" }));
        assert.ok(!none.datastoreSummaries.some((s) => created.includes(s.datastoreId)));
    });

    it("maxResults over 50 is ValidationException (400)", async () => {
        await rejectsWith(c.send(new ListDatastoresCommand({ maxResults: 51 })), "ValidationException", 400);
    });
});

describe("DeleteDatastore", () => {
    let id;

    before(async () => {
        const r = await c.send(new CreateDatastoreCommand({ datastoreName: unique("api-del"), clientToken: unique("tok") }));
        id = r.datastoreId;
        await waitFor("ACTIVE", () => c.send(new GetDatastoreCommand({ datastoreId: id })),
            (x) => x.datastoreProperties.datastoreStatus === "ACTIVE");
        await importDir(c, id, stageInput("del-in", [path.join("volume", "brain_001.dcm")]));
    });

    it("is refused with ConflictException (409) while image sets remain", async () => {
        await rejectsWith(c.send(new DeleteDatastoreCommand({ datastoreId: id })), "ConflictException", 409);
        const g = await c.send(new GetDatastoreCommand({ datastoreId: id }));
        assert.equal(g.datastoreProperties.datastoreStatus, "ACTIVE", "still ACTIVE after the refusal");
    });

    it("succeeds once every image set is deleted: DELETING or DELETED", async () => {
        const sets = [];
        for await (const p of paginateSearchImageSets({ client: c }, { datastoreId: id })) {
            sets.push(...p.imageSetsMetadataSummaries.map((s) => s.imageSetId));
        }
        assert.equal(sets.length, 1, "the import made one image set");
        for (const s of sets) {
            await c.send(new DeleteImageSetCommand({ datastoreId: id, imageSetId: s }));
            await waitFor(`image set ${s} DELETED`, () => c.send(new GetImageSetCommand({ datastoreId: id, imageSetId: s })),
                (g) => g.imageSetState === "DELETED");
        }
        const r = await c.send(new DeleteDatastoreCommand({ datastoreId: id }));
        assert.equal(r.datastoreId, id);
        assert.ok(["DELETING", "DELETED"].includes(r.datastoreStatus), `status ${r.datastoreStatus}`);
    });

    it("afterwards GetDatastore says DELETED or ResourceNotFoundException", async () => {
        // AHI documents a DELETED status but not whether a deleted data store
        // stays readable: either answer is accepted (UNVERIFIED in ahi-api.md).
        const final = await waitFor("deletion", async () => {
            try {
                const g = await c.send(new GetDatastoreCommand({ datastoreId: id }));
                return g.datastoreProperties.datastoreStatus;
            } catch (e) {
                return e.name;
            }
        }, (s) => s === "DELETED" || s === "ResourceNotFoundException");
        assert.ok(["DELETED", "ResourceNotFoundException"].includes(final));
        // and it no longer counts among the ACTIVE ones
        const act = await c.send(new ListDatastoresCommand({ datastoreStatus: "ACTIVE" }));
        assert.ok(!act.datastoreSummaries.some((s) => s.datastoreId === id));
    });

    it("DeleteDatastore of an unknown id is ResourceNotFoundException (404)", async () => {
        await rejectsWith(c.send(new DeleteDatastoreCommand({ datastoreId: "1".repeat(32) })),
            "ResourceNotFoundException", 404);
    });
});

after(async () => {
    // Leave no empty data stores behind (the default quota is 10 active ones).
    for (const id of mine) {
        try {
            await c.send(new DeleteDatastoreCommand({ datastoreId: id }));
        } catch {
            /* reported by the tests above if it matters */
        }
    }
});
