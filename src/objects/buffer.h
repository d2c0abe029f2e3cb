/*
 * buffer.h -- the buffer protocol: how an object lends its memory.
 *
 * A type that owns contiguous memory (bytes, bytearray, array.array, mmap,
 * memoryview) sets Type.as_buffer.  A consumer asks for a Buffer with
 * kr_buffer_get and gives it back with kr_buffer_release:
 *
 *   Buffer: | obj | buf | len | itemsize | format | readonly | ndim | shape | strides |
 *
 * buf points at the first item; len is the number of bytes the items span
 * (product(shape) * itemsize); shape and strides have ndim entries, and
 * NULL means the one-dimensional C-contiguous case (shape {len/itemsize},
 * stride itemsize), which is what every exporter but memoryview lends.
 * format is struct-module syntax ("B", "d", "<i").
 *
 * Export counting.  Exporters whose memory can move or vanish (bytearray,
 * array, mmap) count the buffers they lent; while the count is non-zero a
 * resize raises BufferError "Existing exports of data: object cannot be
 * re-sized".  CPython releases a memoryview when its refcount drops; krait
 * has no refcounts, so a view is released by release()/with, or when the
 * collector finds its last view unreachable (memoryview.c's finalizer).
 * An exporter that finds exports still counted therefore runs a collection
 * and the queued finalizers once before it refuses (kr_buffer_exports_busy),
 * so views the program dropped do not pin it.
 *
 * Short-lived consumers (bytes(x), b''.join, struct.unpack_from, hashing)
 * read through kr_bytes_view, which gets and releases at once: the pointer
 * stays valid memory (the collector keeps the block alive) while the C
 * function runs.
 */
#ifndef KR_BUFFER_H
#define KR_BUFFER_H

#include "objects/object.h"

typedef struct Buffer {
    Value obj;                 /* the exporter; KR_VALUE_NULL once released */
    unsigned char *buf;
    int64_t len;               /* bytes spanned by the items */
    int64_t itemsize;
    const char *format;        /* struct syntax; never NULL */
    bool readonly;
    int ndim;
    int64_t *shape;            /* ndim entries, or NULL: {len / itemsize} */
    int64_t *strides;          /* ndim entries, or NULL: C-contiguous */
} Buffer;

/* Flags a consumer passes (CPython's PyBUF_WRITABLE). */
enum { KR_BUF_SIMPLE = 0, KR_BUF_WRITABLE = 1 };

/* get fills *view (obj included) or raises; release undoes what get did
 * (NULL: nothing to undo). */
typedef int (*KrGetBufferFn)(Thread *th, Value obj, Buffer *view, int flags);
typedef void (*KrReleaseBufferFn)(Value obj, Buffer *view);
typedef struct BufferProcs {
    KrGetBufferFn get;
    KrReleaseBufferFn release;
} BufferProcs;

/* The most dimensions a view may have (CPython's PyBUF_MAX_NDIM). */
#define KR_BUF_MAX_NDIM 64

static inline bool kr_buffer_check(Value v)
{
    return kr_is_obj(v) && kr_as_obj(v)->type->as_buffer != NULL;
}

/* Ask v for its buffer.  Not an exporter: TypeError "a bytes-like object
 * is required, not 'T'"; KR_BUF_WRITABLE of a read-only one: BufferError
 * as the exporter words it (TypeError for bytes, as CPython).  0 or -1. */
KR_MUST_CHECK int kr_buffer_get(Thread *th, Value v, Buffer *view, int flags);
void kr_buffer_release(Buffer *view);

/* The common exporter case: one dimension of unsigned bytes. */
void kr_buffer_fill_bytes(Buffer *view, Value obj, void *buf, int64_t len, bool readonly);
/* The same, writable or not; a read-only exporter asked for KR_BUF_WRITABLE
 * raises BufferError "Object is not writable.".  0 or -1. */
KR_MUST_CHECK int kr_buffer_fill(Thread *th, Buffer *view, Value obj, void *buf, int64_t len,
                                 bool readonly, int flags);

static inline int64_t kr_buffer_shape(const Buffer *v, int d)
{
    return v->shape ? v->shape[d] : v->len / (v->itemsize ? v->itemsize : 1);
}
static inline int64_t kr_buffer_stride(const Buffer *v, int d)
{
    return v->strides ? v->strides[d] : v->itemsize;
}
/* True if the items lie in C order without gaps. */
bool kr_buffer_is_c_contig(const Buffer *v);
/* True if the items lie in Fortran order without gaps. */
bool kr_buffer_is_f_contig(const Buffer *v);
/* Copy the items into out (view->len bytes) in C order ('C') or Fortran
 * order ('F'). */
void kr_buffer_copy_out(const Buffer *view, unsigned char *out, char order);

/* An exporter's resize check: exports still counted after one collection
 * (which releases views that died) raise BufferError with msg (NULL:
 * bytearray's "Existing exports of data: object cannot be re-sized").
 * *exports is the exporter's counter. */
KR_MUST_CHECK int kr_buffer_exports_busy(Thread *th, const int64_t *exports, const char *msg);

/* The resize check of an exporter whose lent views stay memory-safe
 * through a resize (bytearray: a view points into a collector block, which
 * stays alive while it does, whether the exporter moves to a new block or
 * writes into the old one).  0: resize; -1: BufferError set.
 * A collection tells whether the counted views are still alive, but costs
 * a full mark: a program that drops its views and resizes at once (a read
 * buffer consumed through memoryview slices, as tornado's IOStream and
 * asyncio's StreamReader) would run one per resize.  So once a collection
 * has found every counted view dead, the next resizes go on without
 * asking, until a quarter of the heap has been allocated since; while the
 * last one found a view alive, every resize asks (BufferError as CPython
 * when one still is).  The count itself stays exact: views release their
 * share when collected. */
KR_MUST_CHECK int kr_buffer_exports_resize(Thread *th, const int64_t *exports);

/* readinto's target: the byte length of dest, a writable C-contiguous
 * exporter, or TypeError "<what> must be read-write bytes-like object,
 * not T" (what: "readinto() argument").  0 or -1. */
KR_MUST_CHECK int kr_buffer_writable_len(Thread *th, const char *what, Value dest, int64_t *len);
/* Copy n bytes to the start of dest (checked as above). */
KR_MUST_CHECK int kr_buffer_write(Thread *th, const char *what, Value dest, const void *data,
                                  int64_t n);

/* bytes and bytearray lend their data (bytes read-only; a bytearray
 * counts its exports in ByteArray.exports). */
extern const BufferProcs kr_bytes_buffer_procs, kr_bytearray_buffer_procs;

#endif
