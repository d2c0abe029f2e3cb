/*
 * bytes.h -- Python bytes: an immutable byte string, cached hash.
 *
 *   Bytes: | type | len | hash | data[len] 0 |
 *
 * The same shape as a kind-1 Str (str.h) without the flags: one allocation
 * in atomic memory (a Bytes holds no references), the data followed by a
 * zero byte so it can be handed to C as a C string.  hash is -1 until
 * computed; it is SipHash-1-3 over the data, the function str uses on its
 * own data, so hash(b'abc') == hash('abc') as in CPython.
 *
 * "Bytes-like" arguments (b'' + x, bytes(x), b.join(...)) are read through
 * kr_bytes_view, the one place that will learn about bytearray and
 * memoryview when they exist.
 */
#ifndef KR_BYTES_H
#define KR_BYTES_H

#include "objects/object.h"
#include "objects/str.h"

typedef struct Bytes {
    Obj hdr;
    int64_t len;
    int64_t hash;          /* -1: not yet computed */
    _Alignas(8) unsigned char data[];
} Bytes;

/* bytearray (bytearray.c): mutable, so the data lives in its own atomic
 * block that grows by doubling; the object itself is scanned memory since
 * it holds that pointer. */
typedef struct ByteArray {
    Obj hdr;
    int64_t len;
    int64_t cap;
    unsigned char *data;   /* cap + 1 bytes, zero-terminated; NULL when cap == 0 */
    int64_t exports;       /* buffers lent and not released (objects/buffer.h) */
} ByteArray;

/* Threads.  Readers take no lock (vm/thread_lock.h).  As for a list's
 * items (objects/list.h), a writer publishes a grown data block before
 * the length that needs it, and a reader reads the length before the
 * data pointer; the block is never replaced by a shorter one, so an old
 * length always indexes inside whatever block the reader then finds. */
static inline int64_t kr_bytearray_len(const ByteArray *a)
{
    return __atomic_load_n(&a->len, __ATOMIC_ACQUIRE);
}
static inline void kr_bytearray_set_len(ByteArray *a, int64_t n)
{
    __atomic_store_n(&a->len, n, __ATOMIC_RELEASE);
}
static inline unsigned char *kr_bytearray_data(const ByteArray *a)
{
    return __atomic_load_n(&a->data, __ATOMIC_ACQUIRE);
}

/* A read-only window on the data of a bytes or a bytearray: the methods
 * both types share (bytes_methods.c) read their self through one. */
typedef struct ByteView {
    const unsigned char *data;
    int64_t len;
} ByteView;

extern Type kr_bytes_type, kr_bytes_iter_type, kr_bytearray_type, kr_bytearray_iter_type;

static inline bool kr_is_bytes(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_bytes_type; }
/* bytes or a subclass (CPython's PyBytes_Check) */
static inline bool kr_bytes_check(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_BYTES_SUBCLASS);
}
static inline Bytes *kr_as_bytes(Value v) { return (Bytes *)kr_as_obj(v); }
static inline bool kr_is_bytearray(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_bytearray_type; }
static inline ByteArray *kr_as_bytearray(Value v) { return (ByteArray *)kr_as_obj(v); }

/* Fill *out with the data of v, a bytes or bytearray (kr_bytes_like). */
static inline ByteView *kr_bytes_viewp(Value v, ByteView *out)
{
    if (kr_isinstance_type(v, &kr_bytes_type)) {
        out->data = kr_as_bytes(v)->data;
        out->len = kr_as_bytes(v)->len;
    } else {
        ByteArray *a = kr_as_bytearray(v);
        out->len = kr_bytearray_len(a);         /* before the data (threads) */
        const unsigned char *d = kr_bytearray_data(a);
        out->data = d ? d : (const unsigned char *)"";
    }
    return out;
}
#define KR_BYTES_VIEW(v) kr_bytes_viewp((v), &(ByteView){0})

/* An iterator over seq, a bytes or bytearray, of type kr_bytes_iter_type
 * or kr_bytearray_iter_type (bytes.c). */
KR_MUST_CHECK Value kr_byte_iter_new(Thread *th, Value seq, Type *type);

/* A new bytes of len uninitialised bytes (zero-terminated). */
KR_MUST_CHECK Bytes *kr_bytes_alloc(Thread *th, int64_t len);
KR_MUST_CHECK Bytes *kr_bytes_new(Thread *th, const void *data, int64_t len);
/* The bytes a Buf holds, freeing it; MemoryError if its growth failed. */
KR_MUST_CHECK Bytes *kr_bytes_from_buf(Thread *th, Buf *b);
static inline Value kr_bytes_value(Bytes *b) { return b ? kr_from_obj(b) : KR_VALUE_NULL; }
int64_t kr_bytes_hash(Bytes *b);
/* The data of a bytes-like object; raises TypeError "a bytes-like object
 * is required, not 'T'" otherwise.  0 or -1. */
KR_MUST_CHECK int kr_bytes_view(Thread *th, Value v, const unsigned char **data, int64_t *len);
bool kr_bytes_like(Value v);
/* v itself if bytes or bytearray; a bytes copy of any other exporter of
 * the buffer protocol (memoryview, array, mmap); otherwise v unchanged
 * (the caller's type check reports it).  KR_VALUE_NULL on error. */
KR_MUST_CHECK Value kr_bytes_coerce(Thread *th, Value v);
/* repr of data as b'...' (CPython's quoting and escapes). */
KR_MUST_CHECK Str *kr_bytes_repr(Thread *th, const unsigned char *data, int64_t len);
/* Index of needle in hay[start:end), or -1. */
int64_t kr_bytes_find(const unsigned char *hay, int64_t start, int64_t end,
                      const unsigned char *needle, int64_t nlen);

/* `item in data` for bytes and bytearray: 1, 0 or -1. */
KR_MUST_CHECK int kr_bytes_contains(Thread *th, const unsigned char *data, int64_t len,
                                    Value item);
/* bytes(...) and bytearray(...)'s argument forms, as a new bytes. */
KR_MUST_CHECK Value kr_bytes_from_args(Thread *th, const Value *args, size_t nargs,
                                       Tuple *kwnames);
/* bytes(iterable of ints in range(256)). */
KR_MUST_CHECK Value kr_bytes_from_iterable(Thread *th, Value src);
/* The slots bytearray shares: comparison, + and * (results take the
 * left operand's type). */
KR_MUST_CHECK Value kr_bytes_richcompare(Thread *th, Value a, Value b, int op);
KR_MUST_CHECK Value kr_bytes_add(Thread *th, Value a, Value b);
KR_MUST_CHECK Value kr_bytes_mul(Thread *th, Value a, Value b);
/* bytes % args, bytearray % args (bytes_format.c). */
KR_MUST_CHECK Value kr_bytes_mod(Thread *th, Value fmt, Value args);
/* bytes.fromhex(string) (a static method: args[0] is the string). */
KR_MUST_CHECK Value kr_bytes_fromhex(Thread *th, Value unused, const Value *args, size_t nargs,
                                     Tuple *kwnames);
/* data may be NULL: len zero bytes. */
KR_MUST_CHECK ByteArray *kr_bytearray_new(Thread *th, const void *data, int64_t len);

/* ---- codecs (bytes_codec.c): utf-8, ascii, latin-1 ------------------------ */

/* bytes.decode / str.encode with encoding and errors as given by the
 * caller (KR_VALUE_NULL: the default, 'utf-8' and 'strict'). */
KR_MUST_CHECK Value kr_bytes_decode(Thread *th, const unsigned char *data, int64_t len,
                                    Value encoding, Value errors);
KR_MUST_CHECK Value kr_bytes_encode(Thread *th, Str *s, Value encoding, Value errors);

#endif
