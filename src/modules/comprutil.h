/*
 * comprutil.h -- what the compression and hash modules (zlib, _bz2, _lzma,
 * _hashlib, _blake2) share: reading bytes-like arguments, Argument
 * Clinic's int converters, and a growable output buffer for the
 * stream-at-a-time loops of the C libraries.
 *
 * THE MEMORY RULE.  zlib, libbz2, liblzma and OpenSSL keep their state in
 * memory they malloc themselves, which the collector does not scan.  That
 * is safe because the state holds only bytes and pointers into itself (or
 * back to the stream struct, which lives inside our collected object and
 * never moves: the collector does not move objects).  Every object that
 * owns such state registers a finalizer (kr_gc_add_finalizer) that hands
 * it back to the library, so a long run does not leak.
 */
#ifndef KR_COMPRUTIL_H
#define KR_COMPRUTIL_H

#include "objects/object.h"

/* EXTERNAL MEMORY PRESSURE.  The collector decides when to collect by
 * how much of its own heap is in use; it cannot see what the libraries
 * malloc, and a compressor is a small object holding up to ~100 MB of
 * library state (LZMA preset 9, bzip2 level 9 ~7 MB).  CPython frees that
 * state the moment the last reference goes; here a loop making
 * compressors would grow without bound before the heap grew enough to
 * trigger a collection.  So the libraries allocate through these
 * counting functions, and each new stream first calls
 * kr_comprutil_pressure, which collects and runs the finalizers (as
 * gc.collect() does) once the bytes the libraries hold have doubled
 * since the last such collection (and passed 64 MB).  The count is
 * process-wide, like the collector's heap it complements. */
void *kr_comprutil_ext_alloc(size_t n);
void kr_comprutil_ext_free(void *p);
void kr_comprutil_pressure(Thread *th);

/* The data of a bytes-like argument: bytes, bytearray or memoryview (a
 * memoryview is copied to bytes, kept alive in *keep, a C local of the
 * caller, so the stack scan sees it).  TypeError "a bytes-like object is
 * required, not 'T'" otherwise. */
KR_MUST_CHECK int kr_comprutil_buffer(Thread *th, Value v, Value *keep, const unsigned char **p,
                                      int64_t *n);
/* True for what kr_comprutil_buffer accepts. */
bool kr_comprutil_is_buffer(Value v);

/* Clinic's `int`: __index__, then OverflowError "Python int too large to
 * convert to C int" (or "... less than minimum") out of range. */
KR_MUST_CHECK int kr_comprutil_as_int(Thread *th, Value v, int *out);
/* Clinic's `Py_ssize_t`: __index__, OverflowError past int64 (sys.maxsize
 * fits, which libutil's helper refuses for a big-int representation). */
KR_MUST_CHECK int kr_comprutil_as_ssize(Thread *th, Value v, int64_t *out);
/* Clinic's `unsigned_int(bitwise=True)`: the low 32 bits of an int. */
KR_MUST_CHECK int kr_comprutil_mask32(Thread *th, Value v, uint32_t *out);

/* Output accumulated in malloc'ed memory (bytes only), grown as the
 * library fills it, capped at max bytes (-1: no cap). */
typedef struct OutBuf {
    unsigned char *data;
    size_t cap;
    int64_t max;
} OutBuf;

/* Start with first bytes (at most max) of room.  -1 with MemoryError. */
KR_MUST_CHECK int kr_comprutil_out_init(Thread *th, OutBuf *o, size_t first, int64_t max);
/* Given the library's next-output pointer, make more room past it
 * (doubling, never beyond max) and return how much; 0 when max is
 * reached; -1 with MemoryError. */
KR_MUST_CHECK int64_t kr_comprutil_out_grow(Thread *th, OutBuf *o, unsigned char **next);
/* Bytes written so far, given the next-output pointer. */
static inline size_t kr_comprutil_out_len(const OutBuf *o, const unsigned char *next)
{
    return (size_t)(next - o->data);
}
/* The bytes written (up to next) as a bytes object; frees the buffer. */
KR_MUST_CHECK Value kr_comprutil_out_finish(Thread *th, OutBuf *o, const unsigned char *next);
void kr_comprutil_out_free(OutBuf *o);

/* Input a decompressor has not consumed yet (BZ2Decompressor and
 * LZMADecompressor keep it between calls, as CPython's do): next points
 * into buf (malloc'ed, bytes only) or, during a call, into the caller's
 * data; next == NULL when nothing is pending.  The struct lives inside
 * the collected object; a finalizer frees buf. */
typedef struct InBuf {
    unsigned char *buf;
    size_t size;
    const unsigned char *next;
    size_t avail;
    bool in_use;              /* next points into buf during this call */
} InBuf;

/* Before a call: the pending input followed by data (copied into buf
 * only when something is pending).  -1 with MemoryError. */
KR_MUST_CHECK int kr_comprutil_in_add(Thread *th, InBuf *in, const unsigned char *data, size_t len);
/* After a call that left in->avail bytes at in->next: keep them in buf
 * (or forget everything when none are left).  -1 with MemoryError. */
KR_MUST_CHECK int kr_comprutil_in_keep(Thread *th, InBuf *in);
void kr_comprutil_in_free(InBuf *in);

/* A bytes object of data[0..n) as a Value (NULL with MemoryError). */
KR_MUST_CHECK Value kr_comprutil_bytes(Thread *th, const void *data, int64_t n);

#endif
