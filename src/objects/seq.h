/*
 * seq.h -- helpers shared by the sequence types (tuple.c defines them).
 */
#ifndef KR_SEQ_H
#define KR_SEQ_H

#include "objects/object.h"

KR_MUST_CHECK Value kr_seq_repr(Thread *th, const Value *items, int64_t n, const char *open,
                                const char *close, bool one_comma);
KR_MUST_CHECK Value kr_seq_richcompare(Thread *th, const Value *a, int64_t na, const Value *b,
                                       int64_t nb, int op);
/* Normalise a sequence index (negative from the end) and bounds-check it:
 * "<what> index out of range". */
KR_MUST_CHECK int kr_seq_index(Thread *th, Value key, int64_t len, int64_t *out,
                               const char *what);
/* A start or stop argument of index() (list, tuple, array): an __index__
 * value, None refused (CPython's _PyEval_SliceIndexNotNone), negative from
 * the end, clipped to 0 below; a big int clips to a huge value. */
KR_MUST_CHECK int kr_seq_bound(Thread *th, Value v, int64_t len, int64_t *out);
/* The count of a sequence repeat (seq * n) the way CPython's sq_repeat gets
 * it: 1 with *out set, -1 with an error set (n's own __rmul__ has already
 * had its turn: object.c's binop1 runs a sequence's slot last).  A count
 * beyond ssize_t is OverflowError whatever its sign, because CPython converts
 * it before looking at the sequence; negative counts come back as 0. */
KR_MUST_CHECK int kr_seq_repeat_count(Thread *th, Value n, int64_t *out);

/* Pickling support of the sequence iterators: (iter, (seq,), index), or
 * (iter, ((),)) -- an empty tuple or list as `empty` -- once exhausted
 * (seq NULL); and the index a __setstate__ argument asks for, clamped to
 * 0..len ("an integer is required" for a non-int). */
KR_MUST_CHECK Value kr_seq_iter_reduce(Thread *th, Value seq, int64_t index, Value empty);
KR_MUST_CHECK int kr_seq_setstate_index(Thread *th, Value state, int64_t len, int64_t *out);

#endif
