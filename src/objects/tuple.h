/*
 * tuple.h -- Python tuple: one header and the items inline.
 *
 *   Tuple: | type | size | items[size] |
 *
 * Immutable after construction; the constructor fills the items before
 * the tuple escapes.  The empty tuple is one per VM.
 */
#ifndef KR_TUPLE_H
#define KR_TUPLE_H

#include "objects/object.h"

struct Tuple {
    Obj hdr;
    int64_t size;
    Value items[];
};

extern Type kr_tuple_type, kr_tuple_iter_type;

static inline bool kr_is_tuple(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_tuple_type; }
/* tuple or a subclass (CPython's PyTuple_Check) */
static inline bool kr_tuple_check(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_TUPLE_SUBCLASS);
}
static inline Tuple *kr_as_tuple(Value v) { return (Tuple *)kr_as_obj(v); }

/* A tuple of n items, all KR_NONE until the caller stores them. */
KR_MUST_CHECK Tuple *kr_tuple_new(Thread *th, int64_t n);
KR_MUST_CHECK Tuple *kr_tuple_from_array(Thread *th, const Value *items, int64_t n);
KR_MUST_CHECK Value kr_tuple_richcompare(Thread *th, Value a, Value b, int op);

#endif
