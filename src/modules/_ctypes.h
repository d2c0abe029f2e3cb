/*
 * _ctypes.h -- what the two C files of `_ctypes_native` share (_ctypes.c:
 * instances and memory; _ctypes_ffi.c: libffi, calls and callbacks).
 */
#ifndef KR_CTYPES_H
#define KR_CTYPES_H

#include <stdint.h>

#include "objects/object.h"

struct Module;

/* The C part of every ctypes instance: its bytes and what keeps them. */
typedef struct CData {
    Obj hdr;
    unsigned char *ptr;     /* the instance's bytes (raw memory) */
    int64_t size;
    Value base;             /* _b_base_: the instance whose bytes these are */
    Value objects;          /* _objects: what the bytes refer to */
    int64_t index;          /* its place in the base (the keys of _objects) */
    bool needsfree;         /* ptr is an atomic block this object owns */
} CData;

extern Type kr_ctypes_cdata_type;

/* An int (any size) as a machine word, taken modulo 2**64 as CPython's
 * ...AsUnsignedLongLongMask; a non-int raises TypeError.  0 or -1. */
KR_MUST_CHECK int kr_ctypes_u64(Thread *th, Value v, uint64_t *out);
/* An unsigned machine word as an int. */
KR_MUST_CHECK Value kr_ctypes_from_u64(Thread *th, uint64_t u);

/* Add the libffi functions (call, closure, ffitype, errno) to m. */
KR_MUST_CHECK int kr_ctypes_ffi_init(Thread *th, struct Module *m);

#endif
