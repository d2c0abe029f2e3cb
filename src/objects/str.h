/*
 * str.h -- Python str: immutable, PEP 393 storage, cached length and hash.
 *
 *   Str: | type | len | hash | kind ascii interned | data[len * kind] 0 |
 *
 * `kind` is the width of one code point in bytes, the narrowest that holds
 * the largest code point (1: Latin-1, 2: BMP, 4: the rest), exactly as
 * CPython's compact strings.  Indexing is therefore O(1), and an ASCII
 * string's data is also its UTF-8 encoding, which is what printing and the
 * C side want most of the time.  The data is followed by one zero code
 * point so kind-1 data can be handed to C as a C string.
 *
 * A Str holds no references (its type is a static object), so exact strs
 * live in atomic memory that the collector never scans.
 *
 * hash is -1 until first computed (a real hash of -1 is stored as -2, as
 * CPython).  Interned strings (identifiers, attribute names, dict keys from
 * the compiler) are unique per VM, so the dict fast path compares pointers.
 */
#ifndef KR_STR_H
#define KR_STR_H

#include <string.h>

#include "objects/object.h"
#include "core/buf.h"

struct Str {
    Obj hdr;
    int64_t len;           /* code points */
    int64_t hash;          /* -1: not yet computed */
    uint8_t kind;          /* 1, 2 or 4 bytes per code point */
    bool ascii;            /* all code points < 128 (kind 1) */
    bool interned;
    _Alignas(8) unsigned char data[];
};

extern Type kr_str_type, kr_str_iter_type;

static inline bool kr_is_str(Value v) { return kr_is_obj(v) && kr_as_obj(v)->type == &kr_str_type; }
/* str or a subclass (CPython's PyUnicode_Check) */
static inline bool kr_str_check(Value v)
{
    return kr_is_obj(v) && (kr_as_obj(v)->type->flags & KR_TYPE_STR_SUBCLASS);
}
static inline Str *kr_as_str(Value v) { return (Str *)kr_as_obj(v); }

static inline uint32_t kr_str_char(const Str *s, int64_t i)
{
    switch (s->kind) {
    case 1: return s->data[i];
    case 2: return ((const uint16_t *)s->data)[i];
    default: return ((const uint32_t *)s->data)[i];
    }
}

/* A new uninitialised str of len code points of the given kind. */
KR_MUST_CHECK Str *kr_str_alloc(Thread *th, int64_t len, int kind, bool ascii);
/* From UTF-8 (WTF-8: lone surrogates accepted) text. */
/* Are all n bytes below 0x80?  Eight at a time: every str made from
 * UTF-8 (source names, marshalled constants, decoded text) asks. */
static inline bool kr_bytes_ascii(const unsigned char *b, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, b + i, 8);
        if (w & 0x8080808080808080u)
            return false;
    }
    for (; i < n; i++)
        if (b[i] >= 0x80)
            return false;
    return true;
}

KR_MUST_CHECK Str *kr_str_from_utf8(Thread *th, const char *s, size_t len);
KR_MUST_CHECK Str *kr_str_from_cstr(Thread *th, const char *s);
/* From code points. */
KR_MUST_CHECK Str *kr_str_from_ucs4(Thread *th, const uint32_t *cps, size_t n);
/* The interned copy of s (may be s itself). */
KR_MUST_CHECK Str *kr_str_intern(Thread *th, Str *s);
KR_MUST_CHECK Str *kr_str_intern_cstr(Thread *th, const char *s);
/* s as UTF-8: for ASCII the data itself, else a fresh atomic buffer. */
KR_MUST_CHECK const char *kr_str_utf8(Thread *th, Str *s, size_t *len);
/* Append s as UTF-8 to a byte buffer (cannot fail but for malloc). */
void kr_str_to_buf(Buf *b, const Str *s);
int64_t kr_str_hash(Str *s);
/* The hash of raw data, as str and bytes hash (CPython's _Py_HashBytes). */
int64_t kr_str_hash_data(const void *data, size_t len);
/* Chooses the process's hash key before the first VM: env is
 * PYTHONHASHSEED's value (NULL: unset); *randomized becomes
 * sys.flags.hash_randomization.  -1: env is neither "random" nor an
 * integer in [0, 4294967295]. */
int kr_str_hash_seed(const char *env, int *randomized);
/* SipHash-1-3 of data under (key, 0): CPython's _Py_KeyedHash (_imp.source_hash). */
uint64_t kr_str_keyed_hash(uint64_t key, const void *data, size_t len);
bool kr_str_eq(const Str *a, const Str *b);
int kr_str_compare(const Str *a, const Str *b);      /* <0, 0, >0 by code point */
KR_MUST_CHECK Str *kr_str_concat(Thread *th, Str *a, Str *b);
KR_MUST_CHECK Str *kr_str_substr(Thread *th, Str *s, int64_t start, int64_t end);
/* repr(s): CPython's quoting and escapes. */
KR_MUST_CHECK Str *kr_str_repr(Thread *th, Str *s);
/* Join strs from an array. */
KR_MUST_CHECK Str *kr_str_join_array(Thread *th, Str *sep, const Value *items, size_t n);
/* The empty string and the 1-char Latin-1 strings are cached per VM. */
KR_MUST_CHECK Str *kr_str_from_char(Thread *th, uint32_t cp);
/* Index of sub in s[start:end), or -1. */
int64_t kr_str_find(const Str *s, const Str *sub, int64_t start, int64_t end);
/* format(v, spec) for str. */
KR_MUST_CHECK Value kr_str_format_spec(Thread *th, Str *s, Str *spec);

/* str.format(*args, **kwargs) as a method (args[0] is the template),
 * and `str % args` (str_format.c). */
/* The text of s for int()/float(): Unicode digits and spaces made ASCII. */
KR_MUST_CHECK const char *kr_str_decimal_ascii(Thread *th, Str *s, size_t *len);
KR_MUST_CHECK Value kr_str_format_map(Thread *th, Str *fmt, Value mapping);
KR_MUST_CHECK Value kr_str_format_method(Thread *th, Value unused, const Value *args, size_t nargs,
                                         Tuple *kwnames);
KR_MUST_CHECK Value kr_str_mod(Thread *th, Value a, Value b);

/* A byte-buffer builder that ends as a Str (malloc'ed bytes only). */
static inline void kr_strbuf_str(Buf *b, const Str *s) { kr_str_to_buf(b, s); }
KR_MUST_CHECK Str *kr_str_from_buf(Thread *th, Buf *b);   /* frees b */

#endif
