/*
 * range.h -- range and its iterator (the VM's FOR_ITER fast path reads
 * RangeIter directly).
 */
#ifndef KR_RANGE_H
#define KR_RANGE_H

#include "objects/object.h"

/* The int64 fields hold the range unless it needs big ints: then `big`
 * is (start, stop, step, len) as Python ints and the fields are unused
 * (range_big.c). */
typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len;
    struct Tuple *big;
} Range;

typedef struct RangeIter {
    Obj hdr;
    int64_t next, step, remaining;
    int64_t first, len;      /* for __reduce__/__setstate__: index = len - remaining */
} RangeIter;

extern Type kr_longrange_iter_type;

KR_MUST_CHECK Value kr_range_plain_int(Thread *th, Value v);
/* range(start, stop, step) from ints, big or not (step != 0). */
KR_MUST_CHECK Value kr_range_make(Thread *th, Value start, Value stop, Value step);
/* start, stop, step or len (0..3) as a Python int, for either form. */
KR_MUST_CHECK Value kr_range_field(Thread *th, const Range *r, int which);
KR_MUST_CHECK int kr_range_big_len(Thread *th, const Range *r, int64_t *n);
KR_MUST_CHECK Value kr_range_big_item(Thread *th, const Range *r, Value i);
KR_MUST_CHECK Value kr_range_slice(Thread *th, const Range *r, Value slice);
KR_MUST_CHECK int kr_range_contains_int(Thread *th, const Range *r, Value x);
KR_MUST_CHECK Value kr_range_big_iter(Thread *th, const Range *r, bool reverse);

#endif
