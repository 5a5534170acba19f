/*
 * arena.c - region allocator (see arena.h).
 */
#include "util/arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t size;            /* payload bytes */
    size_t pos;             /* next free payload byte */
    _Alignas(16) unsigned char data[];
};

void arena_init(arena *a, size_t limit) {
    a->head = NULL;
    a->used = 0;
    a->limit = limit ? limit : SIZE_MAX;
    a->block_size = 64 * 1024;
}

void *arena_alloc(arena *a, size_t n) {
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n) return NULL;
    arena_block *b = a->head;
    if (!b || b->size - b->pos < need) {
        size_t size = need > a->block_size / 4 ? need : a->block_size;
        if (size > a->limit || a->used > a->limit - size - sizeof *b) return NULL;
        b = malloc(sizeof *b + size);
        if (!b) return NULL;
        b->size = size;
        b->pos = 0;
        a->used += sizeof *b + size;
        /* A big dedicated block goes behind the current one so the current
         * block's free space stays usable for small allocations. */
        if (size != a->block_size && a->head) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->pos;
    b->pos += need;
    return p;
}

void *arena_calloc(arena *a, size_t n) {
    void *p = arena_alloc(a, n);
    if (p) memset(p, 0, n);
    return p;
}

char *arena_memdup(arena *a, const void *p, size_t n) {
    if (n == SIZE_MAX) return NULL;
    char *d = arena_alloc(a, n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, p, n);
    d[n] = '\0';
    return d;
}

void arena_destroy(arena *a) {
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}
