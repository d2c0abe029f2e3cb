/*
 * parse_seq.h -- growing a node list while a rule repeats, for the
 * statement and pattern rules (parse_stmt.c, parse_pattern.c).
 *
 * A repetition (`statement+`, `','.with_item+`, ...) does not know its length
 * until it stops, and the AST wants an exact-size sequence in the arena.
 * Growing arena arrays by doubling would leave every outgrown copy behind in
 * the arena, so items are gathered in a Vec instead: sixteen slots inside the
 * struct (on the C stack, enough for nearly every list), malloc beyond that,
 * and one exact copy into the arena at the end.  Every AST sequence type is
 * { int n; T *items[]; } with pointer items, so one copy routine serves all.
 *
 * A Vec owns heap memory once it outgrows its slots: every path out of the
 * function that made it must call vec_free (rules do it at one exit).
 */
#ifndef KR_PARSE_SEQ_H
#define KR_PARSE_SEQ_H

#include <stdlib.h>
#include <string.h>

#include "parse/parser.h"

typedef struct Vec {
    void **items;
    int n, cap;
    void *slots[16];
} Vec;

static inline void vec_init(Vec *v)
{
    v->items = v->slots;
    v->n = 0;
    v->cap = (int)KR_ARRAY_LEN(v->slots);
}

static inline void vec_free(Vec *v)
{
    if (v->items != v->slots)
        free(v->items);
    vec_init(v);
}

static inline void vec_push(Vec *v, void *x)
{
    if (v->n == v->cap) {
        int cap = v->cap * 2;
        void **items = malloc((size_t)cap * sizeof *items);
        if (!items)
            kr_fatal("out of memory growing a parser list");
        memcpy(items, v->items, (size_t)v->n * sizeof *items);
        if (v->items != v->slots)
            free(v->items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
}

/* The layout every generated XxxSeq shares. */
typedef struct AnySeq {
    int n;
    void *items[];
} AnySeq;

/* Copy v's items into seq (fresh from a kr_ast_*_seq_new(arena, v->n)). */
static inline void *vec_fill(void *seq, const Vec *v)
{
    AnySeq *s = seq;
    if (v->n)
        memcpy(s->items, v->items, (size_t)v->n * sizeof(void *));
    return seq;
}

#define VEC_STMTS(p, v) ((StmtSeq *)vec_fill(kr_ast_stmt_seq_new((p)->arena, (v)->n), (v)))
#define VEC_EXPRS(p, v) ((ExprSeq *)vec_fill(kr_ast_expr_seq_new((p)->arena, (v)->n), (v)))
#define VEC_PATTERNS(p, v) \
    ((PatternSeq *)vec_fill(kr_ast_pattern_seq_new((p)->arena, (v)->n), (v)))
#define VEC_IDENTS(p, v) \
    ((IdentifierSeq *)vec_fill(kr_ast_identifier_seq_new((p)->arena, (v)->n), (v)))

#endif
