// ohif-server.mjs - a small static web server for the OHIF viewer's prebuilt
// dist/ (unpacked by scripts/install-node-deps.sh), on loopback: files at the
// site root, an SPA fallback to index.html for the viewer's routes, and an
// app-config.js of our own whose one DICOMweb data source points at the
// server under test.
//
// The DICOMweb root is either another origin (Tessera: the browser then
// relies on Tessera's CORS answers) or, with `proxy`, a path of this server
// forwarded to a backend (Orthanc 1.10 sends no CORS headers, so the viewer
// reaches it same-origin).

import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const TYPES = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript",
    ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml",
    ".png": "image/png", ".ico": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2",
    ".ttf": "font/ttf", ".txt": "text/plain", ".map": "application/json", ".xml": "application/xml",
    ".webmanifest": "application/manifest+json", ".gif": "image/gif", ".jpg": "image/jpeg",
};

// The viewer's configuration: one dicomweb data source, no study-list
// niceties that need the network, no investigational-use banner.
export function appConfig(dicomwebRoot) {
    const cfg = {
        routerBasename: "/",
        extensions: [],
        modes: [],
        showStudyList: true,
        maxNumberOfWebWorkers: 2,
        showWarningMessageForCrossOrigin: false,
        showCPUFallbackMessage: false,
        showLoadingIndicator: true,
        strictZSpacingForVolumeViewport: true,
        investigationalUseDialog: { option: "never" },
        defaultDataSourceName: "dicomweb",
        dataSources: [{
            namespace: "@ohif/extension-default.dataSourcesModule.dicomweb",
            sourceName: "dicomweb",
            configuration: {
                friendlyName: "server under test",
                name: "dicomweb",
                wadoUriRoot: dicomwebRoot,
                qidoRoot: dicomwebRoot,
                wadoRoot: dicomwebRoot,
                qidoSupportsIncludeField: true,
                supportsReject: false,
                imageRendering: "wadors",
                thumbnailRendering: "wadors",
                enableStudyLazyLoad: true,
                supportsFuzzyMatching: true,
                supportsWildcard: true,
                omitQuotationForMultipartRequest: true,
                bulkDataURI: { enabled: true },
            },
        }],
    };
    return `/* written by tests/dicomweb/lib/ohif-server.mjs */\nwindow.config = ${JSON.stringify(cfg, null, 2)};\n`;
}

// Start the server on 127.0.0.1:0. opts: {dist, dicomwebRoot, proxy?: {prefix, target}}.
// Resolves to {url, close()}; `requests` collects "METHOD path status" of
// proxied requests.
export function startOhifServer({ dist, dicomwebRoot, proxy }) {
    const root = path.resolve(dist);
    const config = appConfig(dicomwebRoot);
    const requests = [];
    const server = http.createServer((req, res) => {
        const url = new URL(req.url, "http://x");
        if (proxy && url.pathname.startsWith(proxy.prefix)) {
            const target = new URL(proxy.target + url.pathname.slice(proxy.prefix.length) + url.search);
            const headers = { ...req.headers, host: target.host };
            const up = http.request(target, { method: req.method, headers }, (ur) => {
                requests.push(`${req.method} ${url.pathname} ${ur.statusCode}`);
                res.writeHead(ur.statusCode, ur.headers);
                ur.pipe(res);
            });
            up.on("error", (e) => { res.writeHead(502); res.end(String(e)); });
            req.pipe(up);
            return;
        }
        if (req.method !== "GET" && req.method !== "HEAD") { res.writeHead(405); res.end(); return; }
        if (url.pathname === "/app-config.js") {
            res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" });
            res.end(config);
            return;
        }
        let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
        if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
        let st = null;
        try { st = fs.statSync(file); } catch { /* not a file: SPA route */ }
        if (!st || st.isDirectory()) {
            // a viewer route (/viewer, /) gets index.html; a missing asset (has an
            // extension) is a real 404
            if (path.extname(url.pathname) && !(st && st.isDirectory())) { res.writeHead(404); res.end(); return; }
            file = path.join(root, "index.html");
            st = fs.statSync(file);
        }
        res.writeHead(200, {
            "content-type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
            "content-length": st.size,
        });
        if (req.method === "HEAD") { res.end(); return; }
        fs.createReadStream(file).pipe(res);
    });
    return new Promise((resolve, reject) => {
        server.on("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address();
            resolve({
                url: `http://127.0.0.1:${port}`,
                requests,
                close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
            });
        });
    });
}
