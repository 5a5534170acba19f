/*
 * arena.h - a region allocator (nginx's pool, simplified).
 *
 * Everything that belongs to one parsed DICOM file (elements, values,
 * sequence items) is allocated from one arena and freed at once with
 * arena_destroy. Allocation never frees individually. The arena has a hard
 * byte limit: past it, allocation fails (returns NULL) instead of growing
 * without bound; callers turn that into an error naming what was too big.
 *
 * Not thread-safe: one arena belongs to one thread at a time.
 */
#ifndef TESSERA_UTIL_ARENA_H
#define TESSERA_UTIL_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;      /* current block; older blocks chained behind */
    size_t used;            /* bytes handed out + block overhead, all blocks */
    size_t limit;           /* hard cap on `used`; 0 means SIZE_MAX */
    size_t block_size;      /* default block payload size */
} arena;

/* Initialise an empty arena with a byte limit (0 = unlimited). */
void arena_init(arena *a, size_t limit);

/* Allocate n bytes aligned to 16, or NULL when the limit would be passed
 * or malloc fails. Memory is owned by the arena. */
void *arena_alloc(arena *a, size_t n);

/* arena_alloc + zero fill. */
void *arena_calloc(arena *a, size_t n);

/* Copy n bytes into the arena, adding a NUL terminator after them. */
char *arena_memdup(arena *a, const void *p, size_t n);

/* Free every block. The arena can be reused after arena_init. */
void arena_destroy(arena *a);

#endif
