/*
 * arena.c -- chunked bump allocator.
 *
 * Chunks grow geometrically (64 KiB doubling to 1 MiB), so a small module
 * costs one malloc and the whole stdlib's largest file a few dozen.  A request
 * bigger than a chunk gets a chunk of its own.
 */
#include "core/arena.h"

#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
    Chunk *head;
    size_t next_size;
    size_t total;
};

Arena *kr_arena_new(void)
{
    Arena *arena = calloc(1, sizeof *arena);
    if (!arena)
        kr_fatal("out of memory creating an arena");
    arena->next_size = 64 * 1024;
    return arena;
}

void kr_arena_free(Arena *arena)
{
    if (!arena)
        return;
    for (Chunk *c = arena->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(arena);
}

static Chunk *new_chunk(Arena *arena, size_t need)
{
    size_t size = arena->next_size;
    if (size < need)
        size = need;
    Chunk *c = malloc(sizeof *c + size);
    if (!c)
        kr_fatal("out of memory in the parser's arena (%zu bytes)", size);
    c->size = size;
    c->used = 0;
    c->next = arena->head;
    arena->head = c;
    if (arena->next_size < 1024 * 1024)
        arena->next_size *= 2;
    return c;
}

void *kr_arena_alloc(Arena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    Chunk *c = arena->head;
    if (!c || c->size - c->used < size)
        c = new_chunk(arena, size);
    void *p = c->data + c->used;
    c->used += size;
    arena->total += size;
    memset(p, 0, size);
    return p;
}

char *kr_arena_strndup(Arena *arena, const char *s, size_t len)
{
    char *p = kr_arena_alloc(arena, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

size_t kr_arena_used(const Arena *arena)
{
    return arena->total;
}
