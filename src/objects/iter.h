/*
 * iter.h -- what the interpreter uses of the iterator types in iter.c.
 */
#ifndef KR_ITER_H
#define KR_ITER_H

#include "objects/object.h"

/* kr_iter_next_unpacked's answer when `it` is not a zip, enumerate or
 * dict item iterator of n items: take the ordinary next() and UNPACK. */
enum { KR_ITER_NO_FUSE = -2 };

/* The next n items of a zip of n iterators, or of an enumerate or dict
 * item iterator (n == 2), stored in out[0..n) with no tuple made: 1; 0
 * when exhausted; -1 with an exception; KR_ITER_NO_FUSE (nothing done). */
KR_MUST_CHECK int kr_iter_next_unpacked(Thread *th, Value it, Value *out, unsigned n);

#endif
