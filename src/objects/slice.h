/*
 * slice.h -- slice objects: x[a:b:c] builds one (BUILD_SLICE).
 */
#ifndef KR_SLICE_H
#define KR_SLICE_H

#include "objects/object.h"

typedef struct Slice {
    Obj hdr;
    Value start, stop, step;      /* KR_NONE when omitted */
} Slice;

KR_MUST_CHECK Value kr_slice_new(Thread *th, Value start, Value stop, Value step);
/* CPython's PySlice_GetIndicesEx: clamp to a sequence of length len. */
KR_MUST_CHECK int kr_slice_indices(Thread *th, Value slice, int64_t len, int64_t *start,
                                   int64_t *stop, int64_t *step, int64_t *slicelen);

#endif
