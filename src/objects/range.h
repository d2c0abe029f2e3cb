/*
 * range.h -- range and its iterator (the VM's FOR_ITER fast path reads
 * RangeIter directly).
 */
#ifndef KR_RANGE_H
#define KR_RANGE_H

#include "objects/object.h"

typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len;
} Range;

typedef struct RangeIter {
    Obj hdr;
    int64_t next, step, remaining;
} RangeIter;

#endif
