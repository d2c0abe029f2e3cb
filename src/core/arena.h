/*
 * arena.h -- bump allocation for data that dies all at once.
 *
 * The parser allocates every token text, AST node and sequence from one
 * arena and frees it in one call when the tree is no longer needed (after
 * compilation, or after `-X dump-ast` printed it).  Arena memory comes from
 * malloc, so by the collector's contract (DESIGN.md, Memory) it must never
 * hold a Value or a pointer to a collected object: the AST holds only C data.
 */
#ifndef KR_ARENA_H
#define KR_ARENA_H

#include "core/common.h"

typedef struct Arena Arena;

Arena *kr_arena_new(void);
void kr_arena_free(Arena *arena);
/* Zeroed, 16-byte aligned memory; aborts on exhaustion (see arena.c). */
void *kr_arena_alloc(Arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *kr_arena_strndup(Arena *arena, const char *s, size_t len);
/* Bytes handed out so far (for the parser benchmark's memory report). */
size_t kr_arena_used(const Arena *arena);

#endif
