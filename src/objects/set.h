/*
 * set.h -- set and frozenset (set.c: CPython's table, so iteration
 * order matches).
 */
#ifndef KR_SET_H
#define KR_SET_H

#include "objects/object.h"

typedef struct SetEntry {
    Value key;              /* NULL: unused; the dummy: deleted */
    int64_t hash;
} SetEntry;

typedef struct Set {
    Obj hdr;
    int64_t fill;           /* active + dummy entries */
    int64_t used;           /* active entries: len() */
    int64_t mask;           /* table size - 1 */
    SetEntry *table;        /* scanned memory */
    int64_t hash;           /* frozenset's cached hash, -1 when unknown */
    int64_t finger;         /* where pop() looks next */
} Set;

extern Type kr_set_type, kr_frozenset_type, kr_set_iter_type;

static inline bool kr_is_set(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_set_type; }

KR_MUST_CHECK Set *kr_set_new(Thread *th, Type *type);
KR_MUST_CHECK int kr_set_add(Thread *th, Set *s, Value key);
KR_MUST_CHECK int kr_set_contains(Thread *th, Set *s, Value key);   /* 1, 0, -1 */
KR_MUST_CHECK int kr_set_update(Thread *th, Set *s, Value iterable);
bool kr_set_next(Set *s, int64_t *pos, Value *key);
/* set(a) OP b for OP in | & - ^: the operators of dict_keys and dict_items. */
KR_MUST_CHECK Value kr_set_of_iterable_op(Thread *th, Value a, Value b, BinOp op);

#endif
