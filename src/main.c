/*
 * main.c - the `tessera` command: subcommand dispatch and option parsing.
 *
 * Each subcommand is a small function that parses its own arguments, calls
 * the library, prints results to stdout and errors as one line on stderr,
 * and returns the process exit status. exit() is called nowhere else.
 */
#include <stdbool.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dicom/dump.h"
#include "dicom/json.h"
#include "dicom/p10_writer.h"
#include "dicom/reader.h"
#include "pixel/decode.h"
#include "pixel/htj2k.h"
#include "cli/cli.h"
#include "pixel/p10_transcode.h"
#include "pixel/render.h"
#include "pixel/transcode.h"

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
          "  transcode IN OUT        write IN with its pixel data as stored by Tessera: lossless\n"
          "                          HTJ2K RPCL (1.2.840.10008.1.2.4.202), or retained per AHI's policy\n"
          "  frame IN N [--level L] OUT\n"
          "                          decode frame N (1-based) of IN, at full resolution or L levels\n"
          "                          down; OUT ending in .png is a PNG (16-bit for > 8 bits),\n"
          "                          anything else receives the raw samples (little-endian)\n"
          "\n"
          "archive (data directory: --data DIR, else $TESSERA_DATA, else ./tessera-data):\n"
          "  datastore create NAME | list | delete NAME|ID\n"
          "  import [--datastore NAME|ID] [--output DIR] [--workers N] INPUT\n"
          "                          import every DICOM file under INPUT (a folder or file:// URI)\n"
          "                          as an AHI import job; writes the job's output folder\n"
          "  jobs list | get JOBID   import jobs of a data store\n"
          "  imagesets search [--patient-id X] [--study-uid X] [--series-uid X] [--primary B]\n"
          "  imagesets get|metadata|versions ID [--version N] [--gzip]\n"
          "  tags list ARN | add ARN KEY=VALUE... | remove ARN KEY...\n"
          "                          tags of a data store or image set (by ARN)\n"
          "  serve [--listen ADDR:PORT] [--auth sigv4|none] [--credentials FILE]\n"
          "        [--threads N] [--access-log FILE|-]\n"
          "                          serve the AHI API over HTTP (default 127.0.0.1:8080, SigV4\n"
          "                          with TESSERA_ACCESS_KEY_ID / TESSERA_SECRET_ACCESS_KEY)\n"
          "  recover [--grace SECONDS]\n"
          "                          resume interrupted import jobs, then remove unreferenced\n"
          "                          blobs older than the grace period (default 3600)\n"
          "\n"
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

/* Write bytes to path through a temporary file and a rename. */
static int write_file_atomic(const char *path, const uint8_t *p, size_t n, tess_error *err) {
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *fp = fopen(tmp, "wb");
    if (!fp) return tess_fail(err, "%s: cannot create", tmp);
    bool ok = fwrite(p, 1, n, fp) == n;
    if (fclose(fp) != 0) ok = false;
    if (!ok || rename(tmp, path) != 0) {
        unlink(tmp);
        return tess_fail(err, "%s: write failed", path);
    }
    return 0;
}

static int cmd_transcode(int argc, char **argv) {
    if (argc != 3) { fputs("usage: tessera transcode IN OUT\n", stderr); return 2; }
    tess_error err;
    dcm_file *f;
    if (dcm_read_path(argv[1], NULL, &f, &err) != 0) {
        fprintf(stderr, "tessera transcode: %s\n", err.msg);
        return 1;
    }
    /* streamed into OUT.tmp (the frames' fragments go straight to the
     * file), renamed when complete */
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
    FILE *fp = fopen(tmp, "wb");
    if (!fp) {
        fprintf(stderr, "tessera transcode: %s: cannot create\n", tmp);
        dcm_file_free(f);
        return 1;
    }
    tess_buf out;
    tess_buf_init(&out, fileno(fp));
    px_transcode_report rep;
    int rc = px_transcode_file(f, &out, &rep, &err);
    if (rc == 0) rc = tess_buf_finish(&out, &err);
    tess_buf_free(&out);
    dcm_file_free(f);
    if (fclose(fp) != 0 && rc == 0) rc = tess_fail(&err, "closing %s failed", tmp);
    if (rc == 0 && rename(tmp, argv[2]) != 0) rc = tess_fail(&err, "rename to %s failed", argv[2]);
    if (rc != 0) {
        unlink(tmp);
        fprintf(stderr, "tessera transcode: %s: %s\n", argv[1], err.msg);
        return 1;
    }
    if (rep.warning)
        fprintf(stderr, "tessera transcode: %s: warning 0x%04X: %s\n", argv[1], rep.warning, rep.note);
    else if (rep.note[0])
        fprintf(stderr, "tessera transcode: %s: %s\n", argv[1], rep.note);
    return 0;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmd_frame(int argc, char **argv) {
    const char *in = NULL, *outp = NULL;
    long index = 0, level = 0;
    int pos = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--level") == 0 && i + 1 < argc) { level = strtol(argv[++i], NULL, 10); continue; }
        if (pos == 0) in = argv[i];
        else if (pos == 1) index = strtol(argv[i], NULL, 10);
        else if (pos == 2) outp = argv[i];
        pos++;
    }
    if (pos != 3 || index < 1 || level < 0 || level > 16) {
        fputs("usage: tessera frame IN N [--level L] OUT   (N from 1)\n", stderr);
        return 2;
    }
    tess_error err;
    dcm_file *f;
    if (dcm_read_path(in, NULL, &f, &err) != 0) {
        fprintf(stderr, "tessera frame: %s\n", err.msg);
        return 1;
    }
    px_info info;
    px_image img;
    memset(&img, 0, sizeof img);
    int rc = px_info_from_dataset(&f->ds, &info, &err);
    if (rc == 0 && (uint32_t)index > info.frames)
        rc = tess_fail(&err, "frame %ld requested, the instance has %u", index, info.frames);
    if (rc == 0) rc = px_decode_frame(f, &info, (uint32_t)index - 1, &img, &err);
    if (rc == 0 && level > 0) {
        /* reduced resolution: the LL band of the reversible 5/3 transform,
         * obtained through our own HTJ2K encoder and decoder */
        uint8_t *cs = NULL;
        size_t cs_len = 0;
        unsigned levels = 0;
        rc = px_htj2k_encode(&img, &cs, &cs_len, &levels, &err);
        if (rc == 0 && (unsigned long)level > levels)
            rc = tess_fail(&err, "level %ld requested, the frame has %u", level, levels);
        if (rc == 0) {
            px_image small;
            rc = px_htj2k_decode(cs, cs_len, (unsigned)level, false, &small, &err);
            if (rc == 0) {
                small.photometric = img.photometric;
                px_image_free(&img);
                img = small;
            }
        }
        free(cs);
    }
    if (rc == 0) {
        if (ends_with(outp, ".png")) {
            px_render_opts ro;
            px_render_opts_from_dataset(&f->ds, &ro);
            ro.sixteen_bit = img.bits > 8 && img.components == 1;
            ro.has_window = false;     /* full range: a faithful picture of the samples */
            ro.rescale_slope = 1;
            ro.rescale_intercept = 0;
            uint8_t *png = NULL;
            size_t png_len = 0;
            rc = px_render_png(&img, &f->ds, &ro, &png, &png_len, &err);
            if (rc == 0) rc = write_file_atomic(outp, png, png_len, &err);
            free(png);
        } else {
            rc = write_file_atomic(outp, img.data, img.size, &err);
        }
    }
    if (rc == 0)
        fprintf(stderr, "tessera frame: %ux%u, %u component(s), %u bits%s\n", img.width, img.height,
                img.components, img.bits, img.is_signed ? " signed" : "");
    px_image_free(&img);
    dcm_file_free(f);
    if (rc != 0) { fprintf(stderr, "tessera frame: %s: %s\n", in, err.msg); return 1; }
    return 0;
}

int main(int argc, char **argv) {
    /* Frame-sized buffers (0.5-2 MB) come and go for every frame: keep them
     * on the heap and do not hand the pages back each time, or every frame
     * pays its page faults again (measured: ~3% of an import's CPU). */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
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
    if (strcmp(cmd, "transcode") == 0) return cmd_transcode(argc - 1, argv + 1);
    if (strcmp(cmd, "frame") == 0) return cmd_frame(argc - 1, argv + 1);
    if (strcmp(cmd, "datastore") == 0) return cli_datastore(argc - 1, argv + 1);
    if (strcmp(cmd, "import") == 0) return cli_import(argc - 1, argv + 1);
    if (strcmp(cmd, "jobs") == 0) return cli_jobs(argc - 1, argv + 1);
    if (strcmp(cmd, "imagesets") == 0) return cli_imagesets(argc - 1, argv + 1);
    if (strcmp(cmd, "recover") == 0) return cli_recover(argc - 1, argv + 1);
    if (strcmp(cmd, "tags") == 0) return cli_tags(argc - 1, argv + 1);
    if (strcmp(cmd, "serve") == 0) return cli_serve(argc - 1, argv + 1);
    fprintf(stderr, "tessera: unknown command '%s' (try 'tessera help')\n", cmd);
    return 2;
}
