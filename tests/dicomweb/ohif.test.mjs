// ohif.test.mjs - the OHIF viewer (npm @ohif/app 3.12.10, prebuilt dist/)
// in headless Chromium (Debian's, driven by playwright-core) opens the
// generated CT study through a DICOMweb server and shows it: the viewport
// must hold an image (pixel statistics of its region of the screenshot), and
// every DICOMweb request the viewer made must have succeeded.
//
// Environment (run.sh): OHIF_DICOMWEB the DICOMweb root the viewer uses;
// OHIF_PROXY=1 to reach it through the static server (same origin; for
// Orthanc, which sends no CORS headers); OHIF_STUDY the StudyInstanceUID;
// OHIF_NAME a short name for the artifacts (tests/dicomweb/artifacts/
// ohif-NAME.png, the screenshot, and ohif-NAME.log, the requests);
// OHIF_REFERENCE a screenshot of the same study through another server
// (Orthanc's) whose viewport region must match this one.

import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { after, before, it } from "node:test";
import { fileURLToPath } from "node:url";

import { PNG } from "pngjs";

import { startOhifServer } from "./lib/ohif-server.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(fs.readFileSync(path.join(HERE, "package.json"), "utf8"));
const DIST = path.join(HERE, ".cache", `ohif-app-${pkg.prebuilt["@ohif/app"].version}`, "dist");
const ARTIFACTS = path.join(HERE, "artifacts");

// test-material.md: what Chromium needs to render WebGL headless on this
// network-less machine
const CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--ignore-gpu-blocklist", "--enable-webgl", "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
];
const LOAD_LIMIT_MS = 120_000; // ASan builds and software WebGL are slow; the wait ends as soon as the image is up

function need(name) {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run with tests/dicomweb/run.sh BUILD/tessera`);
    return v;
}

let server, context, profile;
const name = process.env.OHIF_NAME || "ct";
const log = [];

before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, "index.html")), `OHIF dist at ${DIST} (scripts/install-node-deps.sh)`);
    const root = need("OHIF_DICOMWEB");
    if (process.env.OHIF_PROXY === "1") {
        server = await startOhifServer({ dist: DIST, dicomwebRoot: "/dicomweb-proxy", proxy: { prefix: "/dicomweb-proxy", target: root } });
    } else {
        server = await startOhifServer({ dist: DIST, dicomwebRoot: root });
    }
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "tessera-ohif-profile-"));
    context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
        headless: false, // --headless=new is in the flags: the mode that renders WebGL
        args: CHROMIUM_FLAGS,
        viewport: { width: 1280, height: 900 },
    });
});

after(async () => {
    if (context) await context.close();
    if (server) await server.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, `ohif-${name}.log`), log.join("\n") + "\n");
});

// Gray statistics of a rectangle of a PNG screenshot.
function regionStats(png, box) {
    const x0 = Math.max(0, Math.floor(box.x)), y0 = Math.max(0, Math.floor(box.y));
    const x1 = Math.min(png.width, Math.floor(box.x + box.width)), y1 = Math.min(png.height, Math.floor(box.y + box.height));
    let n = 0, sum = 0, sq = 0, bright = 0;
    for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
            const i = 4 * (y * png.width + x);
            const g = (png.data[i] + png.data[i + 1] + png.data[i + 2]) / 3;
            n++; sum += g; sq += g * g;
            if (g > 40) bright++;
        }
    }
    const mean = sum / n;
    return { pixels: n, mean, std: Math.sqrt(Math.max(0, sq / n - mean * mean)), brightFraction: bright / n };
}

it(`OHIF 3 shows the generated CT study (${name})`, async () => {
    const study = need("OHIF_STUDY");
    const page = await context.newPage();
    const dicomweb = [];
    page.on("console", (m) => { if (m.type() === "error") log.push(`console.error ${m.text().slice(0, 300)}`); });
    page.on("pageerror", (e) => log.push(`pageerror ${String(e).slice(0, 300)}`));
    page.on("requestfailed", (r) => {
        log.push(`requestfailed ${r.method()} ${r.url()} ${r.failure()?.errorText}`);
        if (/\/(studies|series|instances)/.test(r.url())) dicomweb.push({ url: r.url(), status: 0 });
    });
    page.on("response", (r) => {
        const u = r.url();
        if (/\/(studies|series|instances)(\/|\?|$)/.test(u)) {
            dicomweb.push({ url: u, status: r.status() });
            log.push(`${r.status()} ${r.request().method()} ${u} accept=${r.request().headers()["accept"] || ""}`);
        }
    });

    await page.goto(`${server.url}/viewer?StudyInstanceUIDs=${study}`, { waitUntil: "load" });

    // Wait until the first viewport's canvas holds an image, or the limit.
    const canvas = page.locator("canvas.cornerstone-canvas").first();
    const started = Date.now(), end = started + LOAD_LIMIT_MS;
    let shot, box, st, prev = null;
    for (;;) {
        box = await canvas.boundingBox().catch(() => null);
        shot = await page.screenshot();
        if (box && box.width > 50 && box.height > 50) {
            st = regionStats(PNG.sync.read(shot), box);
            const framesOk = dicomweb.some((d) => /\/frames\//.test(d.url) && d.status === 200);
            // an image, and the same one as a second ago (rendering has settled)
            if (framesOk && st.std > 10 && st.brightFraction > 0.05 && prev && prev.equals(shot)) break;
            prev = shot;
        }
        if (Date.now() > end) break;
        // a refused DICOMweb request will not heal: stop waiting soon after one
        if (dicomweb.some((d) => d.status === 0 || d.status >= 400) && Date.now() > started + 15_000) break;
        await page.waitForTimeout(1000);
    }
    // OHIF's first-visit tour covers part of the viewport: close it for the artifact
    const skip = page.getByText("Skip all");
    if (await skip.isVisible().catch(() => false)) {
        await skip.click().catch(() => {});
        await page.waitForTimeout(300);
        shot = await page.screenshot();
    }
    if (box) st = regionStats(PNG.sync.read(shot), box);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const out = path.join(ARTIFACTS, `ohif-${name}.png`);
    fs.writeFileSync(out, shot);
    console.log(`ohif: screenshot ${out}; viewport ${box ? `${Math.round(box.width)}x${Math.round(box.height)}` : "none"}` +
        `${st ? ` mean ${st.mean.toFixed(1)} std ${st.std.toFixed(1)} bright ${(100 * st.brightFraction).toFixed(1)}%` : ""}` +
        `; ${dicomweb.length} DICOMweb requests (log ${path.join(ARTIFACTS, `ohif-${name}.log`)})`);

    const failed = dicomweb.filter((d) => d.status === 0 || d.status >= 400);
    assert.deepEqual(failed, [], "every DICOMweb request of the viewer succeeded");
    assert.ok(dicomweb.some((d) => /\/series\/[^/]+\/metadata/.test(d.url) && d.status === 200), "series metadata fetched");
    assert.ok(dicomweb.some((d) => /\/frames\//.test(d.url) && d.status === 200), "frames fetched");
    assert.ok(box && box.width > 50 && box.height > 50, "a viewport canvas is on the page");
    assert.ok(st.std > 10 && st.brightFraction > 0.05,
        `the viewport shows an image, not a blank area (std ${st.std.toFixed(1)}, bright ${(100 * st.brightFraction).toFixed(1)}%)`);
    await page.close();

    // The same study through the reference server (Orthanc, run before this one by
    // run.sh): the viewport must show the same picture, pixel for pixel or nearly.
    const ref = process.env.OHIF_REFERENCE;
    if (ref) {
        const a = PNG.sync.read(shot), b = PNG.sync.read(fs.readFileSync(ref));
        assert.equal(`${a.width}x${a.height}`, `${b.width}x${b.height}`, "screenshot sizes");
        let same = 0, n = 0;
        for (let y = Math.floor(box.y); y < Math.floor(box.y + box.height); y++) {
            for (let x = Math.floor(box.x); x < Math.floor(box.x + box.width); x++) {
                const i = 4 * (y * a.width + x);
                const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
                if (d <= 2) same++;
                n++;
            }
        }
        console.log(`ohif: viewport equal to ${path.basename(ref)} for ${(100 * same / n).toFixed(2)}% of its pixels`);
        assert.ok(same / n > 0.98, `the viewport shows what it shows with ${ref} (${(100 * same / n).toFixed(2)}% of the pixels equal)`);
    }
});
