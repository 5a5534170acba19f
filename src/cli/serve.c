/*
 * serve.c - `tessera serve`: the HTTP server on an archive.
 *
 *   tessera serve [--data DIR] [--listen ADDR:PORT] [--auth sigv4|none]
 *                 [--credentials FILE] [--threads N] [--access-log FILE|-]
 *                 [--dicomweb-datastore ID|NAME]
 *
 * Opens the archive, starts the AHI service (job runner, access tracker),
 * the DICOMweb service (dicomweb/dicomweb.h; /dicomweb/ is the datastore
 * named by --dicomweb-datastore, else the only ACTIVE one) and the HTTP
 * server with every route, prints one line
 * "tessera: listening on http://ADDR:PORT" on stderr, and serves until
 * SIGTERM or SIGINT; then it stops accepting, lets in-flight requests
 * finish (up to 10 s), stops the service and exits 0.
 *
 * Authentication is SigV4 by default (auth/sigv4.h), with credentials from
 * --credentials FILE and/or TESSERA_ACCESS_KEY_ID / TESSERA_SECRET_ACCESS_KEY;
 * `--auth none` switches it off for local development.
 */
#include "cli/cli.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/ahi.h"
#include "auth/gate.h"
#include "dicomweb/dicomweb.h"
#include "http/http.h"
#include "imageset/archive.h"

#define MAX_ROUTES 256

int cli_serve(int argc, char **argv) {
    const char *dir = cli_take_opt(&argc, argv, "--data");
    const char *listen = cli_take_opt(&argc, argv, "--listen");
    const char *auth = cli_take_opt(&argc, argv, "--auth");
    const char *creds = cli_take_opt(&argc, argv, "--credentials");
    const char *threads = cli_take_opt(&argc, argv, "--threads");
    const char *logpath = cli_take_opt(&argc, argv, "--access-log");
    const char *dw_default = cli_take_opt(&argc, argv, "--dicomweb-datastore");
    if (argc != 1 || (auth && strcmp(auth, "sigv4") != 0 && strcmp(auth, "none") != 0)) {
        fputs("usage: tessera serve [--data DIR] [--listen ADDR:PORT] [--auth sigv4|none]\n"
              "                     [--credentials FILE] [--threads N] [--access-log FILE|-]\n"
              "                     [--dicomweb-datastore ID|NAME]\n",
              stderr);
        return 2;
    }
    if (!dir) dir = getenv("TESSERA_DATA");
    if (!dir) dir = "tessera-data";
    if (!listen) listen = "127.0.0.1:8080";
    bool auth_on = !auth || strcmp(auth, "sigv4") == 0;

    /* every thread started from here on inherits the blocked signals */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    tess_error err;
    archive *a;
    if (archive_open(dir, &a, &err) != 0) {
        fprintf(stderr, "tessera: %s\n", err.msg);
        return 1;
    }
    auth_gate *gate = NULL;
    if (auth_on && auth_gate_open(creds, &gate, &err) != 0) {
        fprintf(stderr, "tessera: %s\n", err.msg);
        archive_close(a);
        return 1;
    }
    ahi_service *svc;
    if (ahi_service_start(a, &svc, &err) != 0) {
        fprintf(stderr, "tessera: %s\n", err.msg);
        auth_gate_close(gate);
        archive_close(a);
        return 1;
    }
    dw_service *dw = NULL;
    dw_config dwc = {dw_default};
    http_route routes[MAX_ROUTES];
    size_t nroutes = 0;
    if (dw_service_start(a, svc, &dwc, &dw, &err) != 0 ||
        ahi_routes(svc, routes, MAX_ROUTES, &nroutes, &err) != 0 ||
        dw_routes(dw, routes, MAX_ROUTES, &nroutes, &err) != 0) {
        fprintf(stderr, "tessera: %s\n", err.msg);
        dw_service_stop(dw);
        ahi_service_stop(svc);
        auth_gate_close(gate);
        archive_close(a);
        return 1;
    }
    int logfd = -1;
    if (logpath) {
        logfd = strcmp(logpath, "-") == 0
                    ? dup(1)
                    : open(logpath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
        if (logfd < 0) {
            fprintf(stderr, "tessera: cannot open the access log %s\n", logpath);
            dw_service_stop(dw);
            ahi_service_stop(svc);
            auth_gate_close(gate);
            archive_close(a);
            return 1;
        }
    }
    http_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.listen = listen;
    cfg.threads = threads ? (unsigned)atoi(threads) : 0;
    cfg.connection_timeout = 30;
    cfg.max_body = 1 << 20;
    cfg.access_log_fd = logfd;
    if (gate) {
        cfg.authenticate = auth_gate_check;
        cfg.auth_ctx = gate;
    }
    http_server *srv;
    if (http_server_start(&cfg, routes, nroutes, &srv, &err) != 0) {
        fprintf(stderr, "tessera: %s\n", err.msg);
        dw_service_stop(dw);
        ahi_service_stop(svc);
        auth_gate_close(gate);
        archive_close(a);
        if (logfd >= 0) close(logfd);
        return 1;
    }
    char host[256];
    snprintf(host, sizeof host, "%s", listen);
    char *colon = strrchr(host, ':');
    if (colon) *colon = '\0';
    fprintf(stderr, "tessera: listening on http://%s:%u (data %s, auth %s)\n",
            host[0] ? host : "0.0.0.0", http_server_port(srv), dir, auth_on ? "sigv4" : "none");
    fflush(stderr);

    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "tessera: %s: stopping (in-flight requests finish)\n",
            sig == SIGTERM ? "SIGTERM" : "SIGINT");
    http_server_stop(srv, 10);
    dw_service_stop(dw);
    ahi_service_stop(svc);
    auth_gate_close(gate);
    archive_close(a);
    if (logfd >= 0) close(logfd);
    return 0;
}
