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

#endif
