/*
 * main.c - the `tessera` command: subcommand dispatch and option parsing.
 *
 * Each subcommand is a small function that parses its own arguments, calls
 * the library, prints results to stdout and errors as one line on stderr,
 * and returns the process exit status. exit() is called nowhere else.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dicom/dump.h"
#include "dicom/json.h"
#include "dicom/p10_writer.h"
#include "dicom/reader.h"

#define TESSERA_VERSION "0.1.0"

static void usage(FILE *out) {
    fputs("usage: tessera <command> [options]\n"
          "\n"
          "commands:\n"
          "  dump FILE               list the elements of a DICOM file (like dcmdump)\n"
          "  json [options] FILE...  write the DICOM JSON model (PS3.18 Annex F) to stdout\n"
          "      --pretty            indent the output\n"
          "      --bulk-uri PREFIX   binary values of --bulk-threshold bytes or more become\n"
          "                          BulkDataURI PREFIX + element path\n"
          "      --bulk-threshold N  (default 0: every binary value, with --bulk-uri)\n"
          "  rewrite IN OUT          read IN and write it as explicit VR little endian Part 10\n"
          "  version                 print the version\n"
          "  help                    this text\n"
          "\n"
          "Errors are printed as one line on stderr; the exit status is non-zero.\n",
          out);
}

static void print_warnings(const char *cmd, const char *path, const dcm_file *f) {
    if (!f->warnings) return;
    fprintf(stderr, "tessera %s: %s: warning: %s", cmd, path, f->warning);
    if (f->warnings > 1) fprintf(stderr, " (and %u more)", f->warnings - 1);
    fputc('\n', stderr);
}

typedef struct bulk_ctx { const char *prefix; } bulk_ctx;

static const char *bulk_uri(void *ctx, const char *path, const dcm_element *e, char *uri, size_t cap) {
    (void)e;
    const bulk_ctx *b = ctx;
    snprintf(uri, cap, "%s%s", b->prefix, path);
    return uri;
}

static int cmd_dump(int argc, char **argv) {
    if (argc != 2) { fputs("usage: tessera dump FILE\n", stderr); return 2; }
    tess_error err;
    dcm_file *f;
    if (dcm_read_path(argv[1], NULL, &f, &err) != 0) {
        fprintf(stderr, "tessera dump: %s\n", err.msg);
        return 1;
    }
    print_warnings("dump", argv[1], f);
    tess_buf out;
    tess_buf_init(&out, STDOUT_FILENO);
    int rc = dcm_dump(f, &out, &err);
    if (rc == 0) rc = tess_buf_finish(&out, &err);
    tess_buf_free(&out);
    dcm_file_free(f);
    if (rc != 0) { fprintf(stderr, "tessera dump: %s: %s\n", argv[1], err.msg); return 1; }
    return 0;
}

static int cmd_json(int argc, char **argv) {
    dcm_json_opts jo;
    dcm_json_opts_default(&jo);
    bulk_ctx bc = { NULL };
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--pretty") == 0) jo.pretty = true;
        else if (strcmp(argv[i], "--bulk-uri") == 0 && i + 1 < argc) bc.prefix = argv[++i];
        else if (strcmp(argv[i], "--bulk-threshold") == 0 && i + 1 < argc)
            jo.bulk_threshold = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--") == 0) { i++; break; }
        else { fprintf(stderr, "tessera json: unknown option %s\n", argv[i]); return 2; }
    }
    if (i >= argc) { fputs("usage: tessera json [--pretty] [--bulk-uri P] FILE...\n", stderr); return 2; }
    if (bc.prefix) { jo.bulk_uri = bulk_uri; jo.bulk_ctx = &bc; }
    int status = 0;
    tess_buf out;
    tess_buf_init(&out, STDOUT_FILENO);
    for (; i < argc; i++) {
        tess_error err;
        dcm_file *f;
        if (dcm_read_path(argv[i], NULL, &f, &err) != 0) {
            fprintf(stderr, "tessera json: %s\n", err.msg);
            status = 1;
            continue;
        }
        print_warnings("json", argv[i], f);
        /* Render into memory first so a failure leaves no partial object. */
        tess_buf one;
        tess_buf_init(&one, -1);
        int rc = dcm_json_write(f, &jo, &one, &err);
        if (rc == 0 && one.failed) rc = tess_buf_finish(&one, &err);
        dcm_file_free(f);
        if (rc != 0) {
            fprintf(stderr, "tessera json: %s: %s\n", argv[i], err.msg);
            status = 1;
        } else {
            tess_buf_put(&out, one.data, one.len);
            if (!jo.pretty) tess_buf_putc(&out, '\n');
        }
        tess_buf_free(&one);
    }
    tess_error err;
    if (tess_buf_finish(&out, &err) != 0) {
        fprintf(stderr, "tessera json: %s\n", err.msg);
        status = 1;
    }
    tess_buf_free(&out);
    return status;
}

static int cmd_rewrite(int argc, char **argv) {
    if (argc != 3) { fputs("usage: tessera rewrite IN OUT\n", stderr); return 2; }
    tess_error err;
    dcm_file *f;
    if (dcm_read_path(argv[1], NULL, &f, &err) != 0) {
        fprintf(stderr, "tessera rewrite: %s\n", err.msg);
        return 1;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
    FILE *fp = fopen(tmp, "wb");
    if (!fp) { fprintf(stderr, "tessera rewrite: %s: cannot create\n", tmp); dcm_file_free(f); return 1; }
    tess_buf out;
    tess_buf_init(&out, fileno(fp));
    int rc = dcm_p10_write(f, &out, &err);
    if (rc == 0) rc = tess_buf_finish(&out, &err);
    tess_buf_free(&out);
    dcm_file_free(f);
    if (fclose(fp) != 0 && rc == 0) rc = tess_fail(&err, "closing %s failed", tmp);
    if (rc == 0 && rename(tmp, argv[2]) != 0) rc = tess_fail(&err, "rename to %s failed", argv[2]);
    if (rc != 0) {
        unlink(tmp);
        fprintf(stderr, "tessera rewrite: %s\n", err.msg);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) { usage(stderr); return 2; }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("tessera %s\n", TESSERA_VERSION);
        return 0;
    }
    if (strcmp(cmd, "dump") == 0) return cmd_dump(argc - 1, argv + 1);
    if (strcmp(cmd, "json") == 0) return cmd_json(argc - 1, argv + 1);
    if (strcmp(cmd, "rewrite") == 0) return cmd_rewrite(argc - 1, argv + 1);
    fprintf(stderr, "tessera: unknown command '%s' (try 'tessera help')\n", cmd);
    return 2;
}
