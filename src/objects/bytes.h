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

extern Type kr_bytes_type, kr_bytes_iter_type;

static inline bool kr_is_bytes(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_bytes_type; }
static inline Bytes *kr_as_bytes(Value v) { return (Bytes *)kr_as_obj(v); }

/* A new bytes of len uninitialised bytes (zero-terminated). */
KR_MUST_CHECK Bytes *kr_bytes_alloc(Thread *th, int64_t len);
KR_MUST_CHECK Bytes *kr_bytes_new(Thread *th, const void *data, int64_t len);
static inline Value kr_bytes_value(Bytes *b) { return b ? kr_from_obj(b) : KR_VALUE_NULL; }
int64_t kr_bytes_hash(Bytes *b);
/* The data of a bytes-like object; raises TypeError "a bytes-like object
 * is required, not 'T'" otherwise.  0 or -1. */
KR_MUST_CHECK int kr_bytes_view(Thread *th, Value v, const unsigned char **data, int64_t *len);
bool kr_bytes_like(Value v);
/* repr of data as b'...' (CPython's quoting and escapes). */
KR_MUST_CHECK Str *kr_bytes_repr(Thread *th, const unsigned char *data, int64_t len);
/* Index of needle in hay[start:end), or -1. */
int64_t kr_bytes_find(const unsigned char *hay, int64_t start, int64_t end,
                      const unsigned char *needle, int64_t nlen);

/* ---- codecs (bytes_codec.c): utf-8, ascii, latin-1 ------------------------ */

/* bytes.decode / str.encode with encoding and errors as given by the
 * caller (KR_VALUE_NULL: the default, 'utf-8' and 'strict'). */
KR_MUST_CHECK Value kr_bytes_decode(Thread *th, const unsigned char *data, int64_t len,
                                    Value encoding, Value errors);
KR_MUST_CHECK Value kr_bytes_encode(Thread *th, Str *s, Value encoding, Value errors);

#endif
