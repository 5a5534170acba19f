/*
 * corpus.h - listing the real DICOM corpus (.testdata) for tests that run
 * over every file: regular files under a directory, following symbolic
 * links, skipping dot files, __pycache__ and the non-DICOM files the
 * corpora ship with (README*, .txt, .json, .py, .pyc, .gz, .dump).
 *
 * Header-only (static inline), shared by test_roundtrip, test_metadoc and
 * test_docstream.
 */
#ifndef TESSERA_TESTS_CORPUS_H
#define TESSERA_TESTS_CORPUS_H

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct file_list { char **v; size_t n, cap; } file_list;

/* Append a copy of s (aborts when memory runs out: tests only). */
static inline void list_add(file_list *l, const char *s) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v) abort();
    }
    l->v[l->n++] = strdup(s);
}

static inline bool skipped_name(const char *name) {
    static const char *const ext[] = { ".txt", ".json", ".py", ".gz", ".dump", ".pyc" };
    if (strncmp(name, "README", 6) == 0) return true;
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
        size_t k = strlen(ext[i]);
        if (n >= k && strcmp(name + n - k, ext[i]) == 0) return true;
    }
    return false;
}

/* Regular files under dir (16 levels deep at most) into out; -1 when dir
 * itself cannot be opened. */
static inline int walk(const char *dir, file_list *out, int depth) {
    if (depth > 16) return 0;
    DIR *d = opendir(dir);
    if (!d) return -1;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "__pycache__") == 0) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) walk(path, out, depth + 1);
        else if (S_ISREG(st.st_mode) && !skipped_name(de->d_name)) list_add(out, path);
    }
    closedir(d);
    return 0;
}

/* qsort comparator for a file_list's strings. */
static inline int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

#endif
