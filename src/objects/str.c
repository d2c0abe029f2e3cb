/*
 * str.c -- Python str: construction, interning, hashing, comparison, repr,
 * and the str type's slots.  Methods are in str_methods.c.
 *
 * Storage (str.h): PEP 393, one fixed width per string.  Every
 * constructor computes the widest code point first and picks the kind, so
 * the invariant "kind is the narrowest that fits" always holds and two
 * equal strings always have the same kind: equality is then a length
 * check and one memcmp.
 *
 * Hashing is SipHash-1-3 over the string's data in its own width, as
 * CPython 3.11 does (Python/pyhash.c), keyed by a per-process key; with
 * the key at zero (PYTHONHASHSEED=0 sets it so) krait's hashes are
 * CPython's.  The key is one per process, chosen before the first VM
 * exists (kr_str_hash_seed, from PYTHONHASHSEED) and constant afterwards:
 * a str caches its hash, and two VMs in one process share strs' hashes
 * through nothing but would disagree about nothing either.
 *
 * Interning: the VM's `interned` dict maps a str to its unique interned
 * copy.  The compiler interns every identifier and attribute name, and
 * C code gets names through KR_NAME, so attribute and global lookups
 * mostly compare pointers.
 */
#include "objects/str.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "core/state.h"
#include "objects/argparse.h"
#include "core/unicode.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/seq.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/slice.h"
#include "vm/call.h"
#include "vm/errors.h"

/* ---- construction -------------------------------------------------------- */

static inline Str *str_init(Str *s, int64_t len, int kind, bool ascii)
{
    s->hdr.type = &kr_str_type;
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->interned = false;
    switch (kind) {             /* the terminating NUL, in the string's width */
    case 1: s->data[len] = 0; break;
    case 2: ((uint16_t *)s->data)[len] = 0; break;
    default: ((uint32_t *)s->data)[len] = 0; break;
    }
    return s;
}

static size_t str_bytes(int64_t len, int kind) { return sizeof(Str) + (size_t)(len + 1) * (size_t)kind; }

static __attribute__((noinline)) Str *str_alloc_slow(Thread *th, int64_t len, int kind, bool ascii)
{
    Str *s;
    if (len < 0 || (uint64_t)len > ((uint64_t)1 << 40) || !(s = kr_gc_alloc_atomic(str_bytes(len, kind)))) {
        kr_err_no_memory(th);
        return NULL;
    }
    return str_init(s, len, kind, ascii);
}

/* Strs are made more often than any other object: the common case is a
 * pop from the thread's free list and six stores, with no call (and so no
 * stack frame); everything else is str_alloc_slow. */
Str *kr_str_alloc(Thread *th, int64_t len, int kind, bool ascii)
{
    Str *s = (uint64_t)len <= 1024 ? kr_gc_try_alloc_atomic(str_bytes(len, kind)) : NULL;
    if (KR_UNLIKELY(!s))
        return str_alloc_slow(th, len, kind, ascii);
    return str_init(s, len, kind, ascii);
}

static inline void put_char(Str *s, int64_t i, uint32_t cp)
{
    switch (s->kind) {
    case 1: s->data[i] = (uint8_t)cp; break;
    case 2: ((uint16_t *)s->data)[i] = (uint16_t)cp; break;
    default: ((uint32_t *)s->data)[i] = cp; break;
    }
}

static int kind_for(uint32_t maxc) { return maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4; }

/* Decode one WTF-8 sequence at s[*i] (input is trusted: it came from the
 * parser or from krait's own encoder). */
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
    unsigned char c = s[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t cp = n == 3 ? c & 7 : n == 2 ? c & 15 : n == 1 ? c & 31 : c;
    (*i)++;
    for (int k = 0; k < n && *i < len; k++)
        cp = cp << 6 | (s[(*i)++] & 0x3F);
    return cp;
}

Str *kr_str_from_utf8(Thread *th, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t maxc = 0;
    int64_t n = 0;
    if (kr_bytes_ascii(u, len)) {
        if (len == 0 && th->vm->empty_str)
            return th->vm->empty_str;
        Str *r = kr_str_alloc(th, (int64_t)len, 1, true);
        if (r)
            memcpy(r->data, s, len);
        return r;
    }
    for (size_t i = 0; i < len;) {
        uint32_t cp = utf8_next(u, len, &i);
        if (cp > maxc)
            maxc = cp;
        n++;
    }
    Str *r = kr_str_alloc(th, n, kind_for(maxc), false);
    if (!r)
        return NULL;
    int64_t k = 0;
    for (size_t i = 0; i < len;)
        put_char(r, k++, utf8_next(u, len, &i));
    return r;
}

Str *kr_str_from_cstr(Thread *th, const char *s)
{
    return kr_str_from_utf8(th, s, strlen(s));
}

Str *kr_str_from_ucs4(Thread *th, const uint32_t *cps, size_t n)
{
    uint32_t maxc = 0;
    for (size_t i = 0; i < n; i++)
        if (cps[i] > maxc)
            maxc = cps[i];
    Str *r = kr_str_alloc(th, (int64_t)n, kind_for(maxc), maxc < 0x80);
    if (r)
        for (size_t i = 0; i < n; i++)
            put_char(r, (int64_t)i, cps[i]);
    return r;
}

Str *kr_str_from_char(Thread *th, uint32_t cp)
{
    if (cp < 256) {
        Str *c = th->vm->latin1[cp];
        if (c)
            return c;
        c = kr_str_from_ucs4(th, &cp, 1);
        if (c)
            th->vm->latin1[cp] = c;
        return c;
    }
    return kr_str_from_ucs4(th, &cp, 1);
}

Str *kr_str_from_buf(Thread *th, Buf *b)
{
    if (kr_err_buf_failed(th, b)) {
        kr_buf_free(b);
        return NULL;
    }
    Str *s = kr_str_from_utf8(th, b->data ? b->data : "", b->len);
    kr_buf_free(b);
    return s;
}

/* ---- UTF-8 out ----------------------------------------------------------- */

void kr_str_to_buf(Buf *b, const Str *s)
{
    if (s->ascii) {
        kr_buf_write(b, s->data, (size_t)s->len);
        return;
    }
    for (int64_t i = 0; i < s->len; i++)
        kr_buf_put_utf8(b, kr_str_char(s, i));
}

const char *kr_str_utf8(Thread *th, Str *s, size_t *len)
{
    if (s->ascii) {
        *len = (size_t)s->len;
        return (const char *)s->data;
    }
    Buf b;
    kr_buf_init(&b);
    kr_str_to_buf(&b, s);
    char *out = b.failed ? NULL : kr_gc_alloc_atomic(b.len + 1);
    if (!out) {
        kr_buf_free(&b);
        kr_err_no_memory(th);
        return NULL;
    }
    memcpy(out, b.data ? b.data : "", b.len);
    out[b.len] = 0;
    *len = b.len;
    kr_buf_free(&b);
    return out;
}

/* ---- hashing: SipHash-1-3 (CPython's pyhash.c) ------------------------------ */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d; b = ROTL(b, s) ^ a; d = ROTL(d, t) ^ c; a = ROTL(a, 32);
#define SINGLE_ROUND(v0, v1, v2, v3) \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21);

static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *src, size_t len)
{
    uint64_t b = (uint64_t)len << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    while (len >= 8) {
        uint64_t mi;
        memcpy(&mi, src, 8);
        src += 8;
        len -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    uint8_t *pt = (uint8_t *)&t;
    switch (len) {
    case 7: pt[6] = src[6]; /* fallthrough */
    case 6: pt[5] = src[5]; /* fallthrough */
    case 5: pt[4] = src[4]; /* fallthrough */
    case 4: pt[3] = src[3]; /* fallthrough */
    case 3: pt[2] = src[2]; /* fallthrough */
    case 2: pt[1] = src[1]; /* fallthrough */
    case 1: pt[0] = src[0];
    }
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* CPython's _Py_HashSecret's SipHash half.  Written once, by
 * kr_str_hash_seed before any str is hashed; zero (PYTHONHASHSEED=0) when
 * no one seeds it, as for an embedder. */
static uint64_t hash_k0, hash_k1;

/* PYTHONHASHSEED's integer seed fills the secret through CPython's
 * linear congruential generator (Python/bootstrap_hash.c lcg_urandom), so
 * a fixed seed gives CPython's hashes. */
static void lcg_fill(uint32_t x, uint8_t *buf, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        x = x * 214013u + 2531011u;
        buf[i] = (uint8_t)((x >> 16) & 0xff);
    }
}

int kr_str_hash_seed(const char *env, int *randomized)
{
    uint8_t key[16];
    *randomized = 1;
    if (env && *env && strcmp(env, "random") != 0) {
        char *end;
        errno = 0;
        unsigned long long seed = strtoull(env, &end, 10);
        if (*end || errno || seed > 4294967295ULL || *env == '-' || *env == '+')
            return -1;
        if (seed == 0) {
            *randomized = 0;
            hash_k0 = hash_k1 = 0;
            return 0;
        }
        lcg_fill((uint32_t)seed, key, sizeof key);
    } else {
        size_t got = 0;
        while (got < sizeof key) {
            ssize_t n = getrandom(key + got, sizeof key - got, 0);
            if (n < 0 && errno != EINTR)
                return -1;
            got += n > 0 ? (size_t)n : 0;
        }
    }
    memcpy(&hash_k0, key, 8);       /* little-endian, as CPython reads it */
    memcpy(&hash_k1, key + 8, 8);
    return 0;
}

int64_t kr_str_hash_data(const void *data, size_t len)
{
    int64_t h = len ? (int64_t)siphash13(hash_k0, hash_k1, data, len) : 0;
    return h == -1 ? -2 : h;
}

uint64_t kr_str_keyed_hash(uint64_t key, const void *data, size_t len)
{
    return siphash13(key, 0, data, len);
}

int64_t kr_str_hash(Str *s)
{
    if (KR_LIKELY(s->hash != -1))
        return s->hash;
    int64_t h = 0;
    if (s->len)
        h = (int64_t)siphash13(hash_k0, hash_k1, s->data, (size_t)s->len * s->kind);
    if (h == -1)
        h = -2;
    s->hash = h;
    return h;
}

/* ---- comparison and interning ------------------------------------------------ */

bool kr_str_eq(const Str *a, const Str *b)
{
    if (a == b)
        return true;
    if (a->len != b->len || a->kind != b->kind)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, (size_t)a->len * a->kind) == 0;
}

int kr_str_compare(const Str *a, const Str *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    if (a->kind == 1 && b->kind == 1) {
        int c = memcmp(a->data, b->data, (size_t)n);
        if (c)
            return c;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = kr_str_char(a, i), y = kr_str_char(b, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return (a->len > b->len) - (a->len < b->len);
}

Str *kr_str_intern(Thread *th, Str *s)
{
    if (s->interned)
        return s;
    Dict *d = th->vm->interned;
    Value v = kr_dict_get_str(d, s);
    if (v)
        return kr_as_str(v);
    if (kr_dict_set_str(th, d, s, kr_from_obj(s)) < 0)
        return NULL;
    s->interned = true;
    return s;
}

/* C code interns the same literals again and again ("__reversed__",
 * "parent", ...), some on every call of a builtin: a per-thread cache by
 * the text's address skips the allocation, hashing and table lookup.  A
 * hit is checked against the text itself, so a caller's reused buffer
 * never gets a stale str. */
Str *kr_str_intern_cstr(Thread *th, const char *s)
{
    Str **slot = &th->cstr_cache[((uintptr_t)s >> 3) & (KR_CSTR_CACHE_SIZE - 1)];
    Str *c = *slot;
    if (c && strncmp((const char *)c->data, s, (size_t)c->len) == 0 && s[c->len] == 0)
        return c;
    Str *r = kr_str_from_cstr(th, s);
    r = r ? kr_str_intern(th, r) : NULL;
    if (r && r->ascii)
        *slot = r;
    return r;
}

/* ---- concatenation, substrings, join ------------------------------------------ */

Str *kr_str_concat(Thread *th, Str *a, Str *b)
{
    /* an operand is the result only if it is an exact str */
    if (a->len == 0 && b->hdr.type == &kr_str_type)
        return b;
    if (b->len == 0 && a->hdr.type == &kr_str_type)
        return a;
    int kind = a->kind > b->kind ? a->kind : b->kind;
    Str *r = kr_str_alloc(th, a->len + b->len, kind, a->ascii && b->ascii);
    if (!r)
        return NULL;
    if (a->kind == kind && b->kind == kind) {
        memcpy(r->data, a->data, (size_t)a->len * kind);
        memcpy(r->data + (size_t)a->len * kind, b->data, (size_t)b->len * kind);
    } else {
        for (int64_t i = 0; i < a->len; i++)
            put_char(r, i, kr_str_char(a, i));
        for (int64_t i = 0; i < b->len; i++)
            put_char(r, a->len + i, kr_str_char(b, i));
    }
    return r;
}

Str *kr_str_substr(Thread *th, Str *s, int64_t start, int64_t end)
{
    if (start <= 0 && end >= s->len && s->hdr.type == &kr_str_type)
        return s;       /* (a str subclass instance gives an exact copy) */
    if (end <= start)
        return th->vm->empty_str;
    if (s->ascii) {      /* every slice of ASCII is ASCII: no scan for the kind */
        if (end - start == 1)
            return kr_str_from_char(th, s->data[start]);
        Str *r = kr_str_alloc(th, end - start, 1, true);
        if (r)
            memcpy(r->data, s->data + start, (size_t)(end - start));
        return r;
    }
    uint32_t maxc = 0;
    if (s->kind == 1) {          /* one loop per width: no switch per character */
        for (int64_t i = start; i < end; i++)
            maxc |= s->data[i];
    } else if (s->kind == 2) {
        const uint16_t *d = (const uint16_t *)s->data;
        for (int64_t i = start; i < end && maxc < 0x100; i++)
            maxc |= d[i];        /* only which width matters: the OR of all is enough */
        if (maxc >= 0x100)
            maxc = 0xFFFF;
    } else {
        const uint32_t *d = (const uint32_t *)s->data;
        for (int64_t i = start; i < end && maxc < 0x10000; i++)
            maxc |= d[i];
        if (maxc >= 0x10000)
            maxc = 0x10FFFF;
    }
    if (end - start == 1)
        return kr_str_from_char(th, kr_str_char(s, start));
    int kind = kind_for(maxc);
    Str *r = kr_str_alloc(th, end - start, kind, maxc < 0x80);
    if (!r)
        return NULL;
    if (kind == s->kind)
        memcpy(r->data, s->data + (size_t)start * kind, (size_t)(end - start) * kind);
    else
        for (int64_t i = start; i < end; i++)
            put_char(r, i - start, kr_str_char(s, i));
    return r;
}

Str *kr_str_join_array(Thread *th, Str *sep, const Value *items, size_t n)
{
    int64_t total = 0;
    uint32_t kind = sep->kind;
    bool ascii = sep->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!kr_str_check(items[i])) {
            kr_err_format(th, &kr_exc_TypeError,
                          "sequence item %zu: expected str instance, %s found", i,
                          kr_type_name(items[i]));
            return NULL;
        }
        Str *s = kr_as_str(items[i]);
        total += s->len;
        if (s->kind > kind)
            kind = s->kind;
        ascii = ascii && s->ascii;
    }
    if (n == 1 && kr_is_str(items[0]))      /* a subclass instance is copied */
        return kr_as_str(items[0]);
    if (n > 1)
        total += sep->len * (int64_t)(n - 1);
    Str *r = kr_str_alloc(th, total, (int)kind, ascii);
    if (!r)
        return NULL;
    int64_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && sep->kind == kind) {
            memcpy(r->data + (size_t)k * kind, sep->data, (size_t)sep->len * kind);
            k += sep->len;
        } else if (i) {
            for (int64_t j = 0; j < sep->len; j++)
                put_char(r, k++, kr_str_char(sep, j));
        }
        Str *s = kr_as_str(items[i]);
        if (s->kind == kind) {
            memcpy(r->data + (size_t)k * kind, s->data, (size_t)s->len * kind);
            k += s->len;
        } else {
            for (int64_t j = 0; j < s->len; j++)
                put_char(r, k++, kr_str_char(s, j));
        }
    }
    return r;
}

/* ---- repr ------------------------------------------------------------------ */

Str *kr_str_repr(Thread *th, Str *s)
{
    bool has_sq = false, has_dq = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        has_sq |= c == '\'';
        has_dq |= c == '"';
    }
    char q = has_sq && !has_dq ? '"' : '\'';
    Buf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, q);
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c == (uint32_t)q || c == '\\') {
            kr_buf_putc(&b, '\\');
            kr_buf_putc(&b, (char)c);
        } else if (c == '\t') {
            kr_buf_puts(&b, "\\t");
        } else if (c == '\n') {
            kr_buf_puts(&b, "\\n");
        } else if (c == '\r') {
            kr_buf_puts(&b, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            kr_buf_printf(&b, "\\x%c%c", hex[c >> 4], hex[c & 15]);
        } else if (c < 0x7f) {
            kr_buf_putc(&b, (char)c);
        } else if (kr_unicode_isprintable(c)) {
            kr_buf_put_utf8(&b, c);
        } else if (c < 0x100) {
            kr_buf_printf(&b, "\\x%02x", c);
        } else if (c < 0x10000) {
            kr_buf_printf(&b, "\\u%04x", c);
        } else {
            kr_buf_printf(&b, "\\U%08x", c);
        }
    }
    kr_buf_putc(&b, q);
    return kr_str_from_buf(th, &b);
}

/* ---- slots ------------------------------------------------------------------- */

static Value str_repr_slot(Thread *th, Value v)
{
    Str *r = kr_str_repr(th, kr_as_str(v));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value str_str_slot(Thread *th, Value v) { return v; }

static int str_hash_slot(Thread *th, Value v, int64_t *h)
{
    *h = kr_str_hash(kr_as_str(v));
    return 0;
}

static Value str_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_str_check(a) || !kr_str_check(b))
        return KR_NOTIMPL;
    Str *x = kr_as_str(a), *y = kr_as_str(b);
    if (op == KR_EQ)
        return kr_from_bool(kr_str_eq(x, y));
    if (op == KR_NE)
        return kr_from_bool(!kr_str_eq(x, y));
    int c = kr_str_compare(x, y);
    return kr_from_bool(kr_cmp_i64(c, 0, op));
}

static int str_len_slot(Thread *th, Value v, int64_t *len)
{
    *len = kr_as_str(v)->len;
    return 0;
}

static int str_bool_slot(Thread *th, Value v) { return kr_as_str(v)->len != 0; }

static Value str_getitem(Thread *th, Value v, Value key)
{
    Str *s = kr_as_str(v);
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, s->len, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        if (step == 1) {
            Str *r = kr_str_substr(th, s, start, stop);
            return r ? kr_from_obj(r) : KR_VALUE_NULL;
        }
        uint32_t *cps = kr_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(n + 1));
        if (!cps) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            cps[i] = kr_str_char(s, j);
        Str *r = kr_str_from_ucs4(th, cps, (size_t)n);
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    if (!kr_is_int(key) && !kr_type_of(key)->index) {
        kr_err_format(th, &kr_exc_TypeError, "string indices must be integers, not '%s'",
                      kr_type_name(key));
        return KR_VALUE_NULL;
    }
    Value k = kr_is_smallint(key) ? key : kr_object_index(th, key);   /* __index__, a subclass */
    if (!k)
        return KR_VALUE_NULL;
    if (!kr_is_smallint(k) && !kr_is_bool(k)) {
        kr_err_format(th, &kr_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                      kr_type_name(key));
        return KR_VALUE_NULL;
    }
    key = k;
    int64_t i;
    i = kr_is_bool(key) ? key == KR_TRUE : kr_as_smallint(key);
    if (i < 0)
        i += s->len;
    if (i < 0 || i >= s->len) {
        kr_err_set_string(th, &kr_exc_IndexError, "string index out of range");
        return KR_VALUE_NULL;
    }
    Str *r = kr_str_from_char(th, kr_str_char(s, i));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

int64_t kr_str_find(const Str *s, const Str *sub, int64_t start, int64_t end)
{
    if (sub->len == 0)
        return start <= end ? start : -1;
    if (sub->kind > s->kind || start < 0 || end - start < sub->len)
        return -1;      /* a wider needle holds a character the haystack cannot */
    if (s->kind == 1 && sub->kind == 1) {
        /* one byte per character: the C library's search (memchr, two-way) */
        const unsigned char *base = s->data + start;
        const unsigned char *hit = sub->len == 1
            ? memchr(base, sub->data[0], (size_t)(end - start))
            : memmem(base, (size_t)(end - start), sub->data, (size_t)sub->len);
        return hit ? start + (hit - base) : -1;
    }
    if (s->kind == sub->kind) {
        /* same width: compare the first character, then memcmp the rest */
        uint32_t first = kr_str_char(sub, 0);
        size_t bytes = (size_t)sub->len * s->kind;
        for (int64_t i = start; i + sub->len <= end; i++)
            if (kr_str_char(s, i) == first &&
                memcmp(s->data + (size_t)i * s->kind, sub->data, bytes) == 0)
                return i;
        return -1;
    }
    for (int64_t i = start; i + sub->len <= end; i++) {
        int64_t j = 0;
        while (j < sub->len && kr_str_char(s, i + j) == kr_str_char(sub, j))
            j++;
        if (j == sub->len)
            return i;
    }
    return -1;
}

static int str_contains(Thread *th, Value v, Value item)
{
    if (!kr_str_check(item)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "'in <string>' requires string as left operand, not %s",
                      kr_type_name(item));
        return -1;
    }
    Str *s = kr_as_str(v);
    return kr_str_find(s, kr_as_str(item), 0, s->len) >= 0;
}

static Value str_add(Thread *th, Value a, Value b)
{
    if (!kr_str_check(a) || !kr_str_check(b))
        return KR_NOTIMPL;
    Str *r = kr_str_concat(th, kr_as_str(a), kr_as_str(b));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value str_mul(Thread *th, Value a, Value b)
{
    if (!kr_str_check(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    if (!kr_str_check(a))
        return KR_NOTIMPL;
    int64_t n;
    int ok = kr_seq_repeat_count(th, b, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    Str *s = kr_as_str(a);
    if (n <= 0 || s->len == 0)
        return kr_from_obj(th->vm->empty_str);
    if (n == 1 && kr_is_str(a))
        return a;
    /* CPython's distinction: a length past ssize_t is OverflowError, one
     * that merely cannot be allocated is MemoryError */
    if (s->len > INT64_MAX / n) {
        kr_err_set_string(th, &kr_exc_OverflowError, "repeated string is too long");
        return KR_VALUE_NULL;
    }
    if (s->len > ((int64_t)1 << 40) / n) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    Str *r = kr_str_alloc(th, s->len * n, s->kind, s->ascii);
    if (!r)
        return KR_VALUE_NULL;
    size_t chunk = (size_t)s->len * s->kind;
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + chunk * (size_t)i, s->data, chunk);
    return kr_from_obj(r);
}

/* str.__new__(S, x) for a subclass S: str(x) copied into S's layout,
 * which lives in scanned memory, unlike exact strs (object.c). */
static Value str_new_sub(Thread *th, Type *t, Value v)
{
    if (!v)
        return KR_VALUE_NULL;
    Str *s = kr_as_str(v);
    Value r = kr_object_copy_as(th, t, v, sizeof(Str) + (size_t)(s->len + 1) * s->kind);
    if (r)
        kr_as_str(r)->interned = false;
    return r;
}

/* sre: str(bytes, encoding[, errors]), positional only for now (re's
 * parser decodes bytes patterns with str(b, 'latin1')). */
static Value str_decode_args(Thread *th, const Value *args, size_t nargs)
{
    if (nargs > 3)
        return kr_err_type_error(th, "str() takes at most 3 arguments (%zu given)", nargs);
    if (kr_str_check(args[0]))
        return kr_err_type_error(th, "decoding str is not supported");
    Value src = kr_bytes_coerce(th, args[0]);     /* memoryview, array: their bytes */
    if (!src)
        return KR_VALUE_NULL;
    if (!kr_bytes_like(src))
        return kr_err_type_error(th, "decoding to str: need a bytes-like object, %s found",
                                 kr_type_name(args[0]));
    ByteView *w = KR_BYTES_VIEW(src);
    return kr_bytes_decode(th, w->data, w->len, args[1], nargs == 3 ? args[2] : KR_VALUE_NULL);
}

/* str(object='', encoding=..., errors=...) with keywords (CPython's
 * unicode_new_impl): decoding when either of the last two is given. */
static Value str_new_kw(Thread *th, const Value *args, size_t nargs, Tuple *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    static const ArgSpec spec = {"str", names, 0, 3, 0};
    Value kv[3] = {KR_VALUE_NULL, KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_argparse(th, &spec, args, nargs, kwnames, kv) < 0)
        return KR_VALUE_NULL;
    for (int i = 1; i < 3; i++)
        if (kv[i] && !kr_is_str(kv[i]))
            return kr_err_type_error(th, "str() argument '%s' must be str, not %s", names[i],
                                     kr_type_name(kv[i]));
    if (!kv[0])
        return kr_from_obj(th->vm->empty_str);
    if (!kv[1] && !kv[2])
        return kr_object_str(th, kv[0]);
    if (!kv[1]) {
        Str *utf8 = kr_str_intern_cstr(th, "utf-8");
        if (!(kv[1] = utf8 ? kr_from_obj(utf8) : KR_VALUE_NULL))
            return KR_VALUE_NULL;
    }
    Value pos[3] = {kv[0], kv[1], kv[2]};
    return str_decode_args(th, pos, kv[2] ? 3 : 2);
}

static Value str_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (t != &kr_str_type)
        return str_new_sub(th, t, str_new(th, &kr_str_type, args, nargs, kwnames));
    if (kwnames && kwnames->size)
        return str_new_kw(th, args, nargs, kwnames);
    if (nargs >= 2)
        return str_decode_args(th, args, nargs);
    if (nargs == 0)
        return kr_from_obj(th->vm->empty_str);
    return kr_object_str(th, args[0]);
}

/* The str iterator. */
typedef struct StrIter {
    Obj hdr;
    Str *s;
    int64_t i;
} StrIter;

static Value str_iter(Thread *th, Value v)
{
    StrIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &kr_str_iter_type;
    it->s = kr_as_str(v);
    return kr_from_obj(it);
}

static Value str_iter_next(Thread *th, Value v)
{
    StrIter *it = (StrIter *)kr_as_obj(v);
    if (it->i >= it->s->len) {      /* let go of s: the empty str reads as done */
        it->s = th->vm->empty_str;
        it->i = 0;
        return KR_VALUE_NULL;
    }
    Str *c = kr_str_from_char(th, kr_str_char(it->s, it->i++));
    return c ? kr_from_obj(c) : KR_VALUE_NULL;
}

static Value iter_self(Thread *th, Value v) { return v; }

/* (iter, (s,), index) while running, (iter, ('',)) once done, as
 * CPython's unicodeiter_reduce; __setstate__ clamps the index. */
static Value str_iter_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_call_check_args(th, "__reduce__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    StrIter *it = (StrIter *)kr_as_obj(args[0]);
    if (it->i >= it->s->len)
        return kr_seq_iter_reduce(th, KR_VALUE_NULL, 0, kr_from_obj(th->vm->empty_str));
    return kr_seq_iter_reduce(th, kr_from_obj(it->s), it->i, KR_NONE);
}

static Value str_iter_setstate(Thread *th, Value unused, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    if (kr_call_check_args(th, "__setstate__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    StrIter *it = (StrIter *)kr_as_obj(args[0]);
    int64_t index;
    if (kr_seq_setstate_index(th, args[1], it->s->len, &index) < 0)
        return KR_VALUE_NULL;
    it->i = index;
    return KR_NONE;
}

static Value str_iter_length_hint(Thread *th, Value unused, const Value *args, size_t nargs,
                                  Tuple *kwnames)
{
    if (kr_call_check_args(th, "__length_hint__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    StrIter *it = (StrIter *)kr_as_obj(args[0]);
    return kr_from_smallint(it->i < it->s->len ? it->s->len - it->i : 0);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, NULL, NULL, 0},
    {"__reduce__", str_iter_reduce, NULL, NULL, 0},
    {"__setstate__", str_iter_setstate, NULL, NULL, 0},
    {0},
};

Type kr_str_iter_type = {
    .hdr = {&kr_type_type},
    .name = "str_ascii_iterator",
    .size = sizeof(StrIter),
    .iter = iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

extern const MethodDef kr_str_methods[];

Type kr_str_type = {
    .hdr = {&kr_type_type},
    .name = "str",
    .size = sizeof(Str),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_STR_SUBCLASS | KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT,
    .new_ = str_new,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .bool_ = str_bool_slot,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .binop = {[KR_OP_ADD] = str_add, [KR_OP_MUL] = str_mul, [KR_OP_MOD] = kr_str_mod},
    .methods = kr_str_methods,
};
