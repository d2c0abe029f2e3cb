/*
 * _struct.c -- the _struct module under struct.py: conversion between
 * Python values and C structs packed in bytes.
 *
 * A format compiles once into an array of Codes (one per value, or one
 * per 's'/'p' field with its byte count), each with its offset, so pack
 * and unpack are a walk over that array.  Four byte orders: '@' native
 * sizes with native alignment, '=' standard sizes in host order, '<'
 * little and '>'/'!' big endian; the host is little endian (x86-64,
 * aarch64), so '@' and '=' write little-endian bytes.
 *
 * Range errors reproduce CPython 3.11's per-format messages: 'b', 'B',
 * 'h', 'H' name the C type ("byte format requires ..."), 4-byte codes
 * print their bounds, and anything past 64 bits (or a negative value for
 * a 4- or 8-byte unsigned code) is "argument out of range".
 */
#include <math.h>
#include <string.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

static Type struct_error_type = {
    .hdr = {&kr_type_type}, .name = "struct.error", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

#define struct_error(th, ...) kr_err_format(th, &struct_error_type, __VA_ARGS__)

/* ---- compiling a format ------------------------------------------------------- */

typedef struct FmtCode {
    char fmt;
    int64_t offset;
    int64_t size;          /* bytes of the item; the field width for 's'/'p' */
} FmtCode;

typedef struct Layout {
    bool native;           /* '@': native sizes and alignment */
    bool little;           /* byte order of the packed integers and floats */
    int64_t size;          /* bytes of the packed struct */
    int64_t ncodes;        /* values packed/unpacked */
    FmtCode *codes;        /* atomic block (no pointers); NULL while counting */
} Layout;

/* Size of one item of c; 0 if c is not a format character of this order. */
static int item_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

static int too_long(Thread *th)
{
    struct_error(th, "total struct size too long");
    return -1;
}

/* One pass over the format: sets out's size and ncodes, and fills
 * out->codes unless it is NULL (the counting pass). */
static int scan(Thread *th, const char *s, size_t len, Layout *out)
{
    bool native = out->native;
    int64_t size = 0, ncodes = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            continue;
        int64_t num = 1;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while (++i < len && s[i] >= '0' && s[i] <= '9') {
                if (num > (INT64_MAX - (s[i] - '0')) / 10)
                    return too_long(th);
                num = num * 10 + (s[i] - '0');
            }
            if (i == len) {
                struct_error(th, "repeat count given without format specifier");
                return -1;
            }
            c = s[i];
        }
        int isz = item_size(c, native);
        if (!isz) {
            struct_error(th, "bad char in struct format");
            return -1;
        }
        if (native && isz > 1 && c != 's' && c != 'p' && c != 'x')
            size = (size + isz - 1) / isz * isz;
        if (num > (INT64_MAX - size) / isz)
            return too_long(th);
        if (c == 's' || c == 'p') {
            if (out->codes)
                out->codes[ncodes] = (FmtCode){c, size, num};
            ncodes++;
        } else if (c != 'x') {
            for (int64_t k = 0; out->codes && k < num; k++)
                out->codes[ncodes + k] = (FmtCode){c, size + k * isz, isz};
            ncodes += num;
        }
        size += num * isz;
    }
    out->size = size;
    out->ncodes = ncodes;
    return 0;
}

/* The format's bytes (str or bytes), or NULL with the TypeError. */
static const char *format_chars(Thread *th, Value fmt, size_t *len)
{
    if (kr_is_str(fmt))
        return kr_str_utf8(th, kr_as_str(fmt), len);
    if (kr_bytes_check(fmt)) {
        *len = (size_t)kr_as_bytes(fmt)->len;
        return (const char *)kr_as_bytes(fmt)->data;
    }
    kr_err_format(th, &kr_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                  kr_type_name(fmt));
    return NULL;
}

static int compile(Thread *th, Value fmt, Layout *l)
{
    size_t len;
    const char *s = format_chars(th, fmt, &len);
    if (!s)
        return -1;
    if (memchr(s, '\0', len)) {
        struct_error(th, "embedded null character");
        return -1;
    }
    l->native = true;
    l->little = true;
    if (len > 0 && strchr("@=<>!", s[0])) {
        l->native = s[0] == '@';
        l->little = s[0] == '@' || s[0] == '=' || s[0] == '<';
        s++, len--;
    }
    l->codes = NULL;
    if (scan(th, s, len, l) < 0)
        return -1;
    l->codes = kr_gc_alloc_atomic(sizeof(FmtCode) * (size_t)(l->ncodes ? l->ncodes : 1));
    if (!l->codes) {
        kr_err_no_memory(th);
        return -1;
    }
    return scan(th, s, len, l);
}

/* ---- packing one value -------------------------------------------------------- */

static void put_bytes(unsigned char *p, uint64_t x, int n, bool little)
{
    for (int i = 0; i < n; i++, x >>= 8)
        p[little ? i : n - 1 - i] = (unsigned char)x;
}

static uint64_t get_bytes(const unsigned char *p, int n, bool little)
{
    uint64_t x = 0;
    for (int i = 0; i < n; i++)
        x = x << 8 | p[little ? n - 1 - i : i];
    return x;
}

/* v as an int (through __index__), or NULL with struct.error. */
static Value as_integer(Thread *th, Value v)
{
    if (kr_is_int(v))
        return v;
    if (kr_type_of(v)->index)
        return kr_object_index(th, v);
    struct_error(th, "required argument is not an integer");
    return KR_VALUE_NULL;
}

static int out_of_range(Thread *th)
{
    struct_error(th, "argument out of range");
    return -1;
}

/* The range message of a code narrower than 8 bytes.  CPython packs the
 * native and the host-order ('<' here) codes with its native functions,
 * which name 'b', 'B', 'h', 'H' by C type; its big-endian functions name
 * every code by its letter (the 'b'/'B' ones are shared). */
static int range_error(Thread *th, char c, int size, bool is_signed, bool native_rules)
{
    static const char *const names[] = {"byte", "ubyte", "short", "ushort"};
    if (size == 1 || (size == 2 && native_rules)) {
        struct_error(th, "%s format requires %s <= number <= %s",
                     names[(size - 1) * 2 + !is_signed],
                     !is_signed ? "0" : size == 1 ? "-128" : "-32768",
                     size == 1 ? (is_signed ? "127" : "255") : (is_signed ? "32767" : "65535"));
    } else {
        int64_t max = ((int64_t)1 << (8 * size - (is_signed ? 1 : 0))) - 1;
        struct_error(th, "'%c' format requires %lld <= number <= %lld", c,
                     is_signed ? (long long)(-max - 1) : 0LL, (long long)max);
    }
    return -1;
}

/* The integer v as the n-byte code c, in *bits (two's complement). */
static int pack_integer(Thread *th, const Layout *l, char c, int n, Value v, uint64_t *bits)
{
    v = as_integer(th, v);
    if (!v)
        return -1;
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    /* Standard 'l'/'L' are 4 bytes, unlike native ones: never native rules. */
    bool native_rules = l->native || (l->little && c != 'l' && c != 'L');
    /* Past 64 bits: the 8-byte big-endian codes say so in other words. */
    const char *too_big = n == 8 && !native_rules ? "int too large to convert"
                                                   : "argument out of range";
    int64_t x;
    if (kr_is_smallint(v)) {
        x = kr_as_smallint(v);
    } else {
        mpz_t z;
        mpz_init(z);
        kr_int_to_mpz(v, z);
        bool fits_s = mpz_fits_slong_p(z);
        bool fits_u = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
        x = fits_s ? mpz_get_si(z) : 0;
        uint64_t u = fits_u ? (uint64_t)mpz_getlimbn(z, 0) : 0;
        mpz_clear(z);
        if (!fits_s) {
            if (fits_u && n == 8 && !is_signed) {
                *bits = u;
                return 0;
            }
            struct_error(th, "%s", c == 'P' ? "int too large to convert" : too_big);
            return -1;
        }
    }
    if (n < 8) {
        int64_t lo = is_signed ? -((int64_t)1 << (8 * n - 1)) : 0;
        int64_t hi = is_signed ? ((int64_t)1 << (8 * n - 1)) - 1 : ((int64_t)1 << 8 * n) - 1;
        /* Unsigned codes read through C's unsigned long, except the
         * native 1- and 2-byte ones, which range-check a signed value. */
        if (x < 0 && !is_signed && (n == 4 || (n == 2 && !native_rules)))
            return out_of_range(th);
        if (x < lo || x > hi)
            return range_error(th, c, n, is_signed, native_rules);
    } else if (x < 0 && !is_signed && c != 'P') {
        struct_error(th, "%s", too_big);
        return -1;
    }
    *bits = (uint64_t)x;
    return 0;
}

/* IEEE 754 binary16 bits of x, rounding half to even (CPython's
 * PyFloat_Pack2); -1 with OverflowError when x is finite but too large. */
static int32_t half_bits(Thread *th, double x)
{
    uint32_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x))
        return (int32_t)(sign | 0x7e00);
    if (isinf(x))
        return (int32_t)(sign | 0x7c00);
    x = fabs(x);
    if (x == 0)
        return (int32_t)sign;
    int e;
    double f = frexp(x, &e) * 2.0;   /* x = f * 2**(e-1), 1 <= f < 2 */
    e -= 1;
    if (e >= 16)
        goto overflow;
    if (e < -25) {                   /* below half the smallest subnormal */
        f = 0.0;
        e = 0;
    } else if (e < -14) {            /* subnormal */
        f = ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    uint32_t bits = (uint32_t)f;
    double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        if (++bits == 1024) {
            bits = 0;
            if (++e == 31)
                goto overflow;
        }
    }
    return (int32_t)(sign | (uint32_t)e << 10 | bits);
overflow:
    kr_err_set_string(th, &kr_exc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double half_value(uint32_t h)
{
    int e = (h >> 10) & 0x1f;
    double f = (h & 0x3ff) / 1024.0, x;
    if (e == 31)
        x = f == 0 ? INFINITY : NAN;
    else if (e == 0)
        x = ldexp(f, -14);
    else
        x = ldexp(1.0 + f, e - 15);
    return h & 0x8000 ? -x : x;
}

/* v as a double as PyFloat_AsDouble: float, int, __float__, __index__.
 * (math.c has the same rule; kr_float_as_double takes floats and ints only.) */
static int as_double(Thread *th, Value v, double *out)
{
    if (kr_is_float(v) || kr_is_int(v))
        return kr_float_as_double(th, v, out);
    Value m = kr_type_lookup(kr_type_of(v), kr_str_intern_cstr(th, "__float__"));
    if (m) {
        Value r = kr_vm_call_method(th, m, v, NULL, 0, NULL);
        if (!r || !kr_isinstance_type(r, &kr_float_type))
            return -1;
        *out = kr_float_value(r);
        return 0;
    }
    if (kr_type_of(v)->index) {
        Value i = kr_object_index(th, v);
        return i ? kr_float_as_double(th, i, out) : -1;
    }
    return kr_float_as_double(th, v, out);
}

static int pack_float(Thread *th, const Layout *l, const FmtCode *c, Value v, unsigned char *p)
{
    double x;
    if (as_double(th, v, &x) < 0) {
        kr_err_clear(th);
        struct_error(th, "required argument is not a float");
        return -1;
    }
    uint64_t bits;
    if (c->fmt == 'd') {
        memcpy(&bits, &x, 8);
    } else if (c->fmt == 'f') {
        float y = (float)x;
        if (isinf(y) && !isinf(x) && !l->native) {
            kr_err_set_string(th, &kr_exc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t b32;
        memcpy(&b32, &y, 4);
        bits = b32;
    } else {
        int32_t h = half_bits(th, x);
        if (h < 0)
            return -1;
        bits = (uint32_t)h;
    }
    put_bytes(p, bits, (int)c->size, l->little);
    return 0;
}

static int pack_bytes(Thread *th, const FmtCode *c, Value v, unsigned char *p)
{
    if (!kr_bytes_like(v)) {
        if (c->fmt == 'c')
            struct_error(th, "char format requires a bytes object of length 1");
        else
            struct_error(th, "argument for '%c' must be a bytes object", c->fmt);
        return -1;
    }
    ByteView *w = KR_BYTES_VIEW(v);
    if (c->fmt == 'c') {
        if (w->len != 1 || !kr_isinstance_type(v, &kr_bytes_type)) {
            struct_error(th, "char format requires a bytes object of length 1");
            return -1;
        }
        *p = w->data[0];
        return 0;
    }
    int64_t room = c->fmt == 'p' ? c->size - 1 : c->size;
    int64_t n = w->len < room ? w->len : room;
    if (n < 0)
        n = 0;
    unsigned char *dst = c->fmt == 'p' && c->size > 0 ? p + 1 : p;
    if (n > 0)
        memcpy(dst, w->data, (size_t)n);
    if (c->fmt == 'p' && c->size > 0)
        *p = (unsigned char)(n < 255 ? n : 255);
    return 0;
}

static int pack_one(Thread *th, const Layout *l, const FmtCode *c, Value v, unsigned char *p)
{
    switch (c->fmt) {
    case 'c': case 's': case 'p':
        return pack_bytes(th, c, v, p);
    case 'e': case 'f': case 'd':
        return pack_float(th, l, c, v, p);
    case '?': {
        int t = kr_object_truth(th, v);
        if (t < 0)
            return -1;
        *p = (unsigned char)t;
        return 0;
    }
    default: {
        uint64_t bits;
        if (pack_integer(th, l, c->fmt, (int)c->size, v, &bits) < 0)
            return -1;
        put_bytes(p, bits, (int)c->size, l->little);
        return 0;
    }
    }
}

/* Pack values into buf (l->size bytes, zeroed by the caller). */
static int pack_all(Thread *th, const Layout *l, const Value *values, unsigned char *buf)
{
    for (int64_t i = 0; i < l->ncodes; i++)
        if (pack_one(th, l, &l->codes[i], values[i], buf + l->codes[i].offset) < 0)
            return -1;
    return 0;
}

/* ---- unpacking ------------------------------------------------------------------ */

static Value unpack_one(Thread *th, const Layout *l, const FmtCode *c, const unsigned char *p)
{
    int n = (int)c->size;
    switch (c->fmt) {
    case 'c':
        return kr_bytes_value(kr_bytes_new(th, p, 1));
    case 's':
        return kr_bytes_value(kr_bytes_new(th, p, c->size));
    case 'p': {
        int64_t len = c->size > 0 ? p[0] : 0;
        if (len >= c->size)
            len = c->size > 0 ? c->size - 1 : 0;
        return kr_bytes_value(kr_bytes_new(th, p + 1, len));
    }
    case '?':
        return kr_from_bool(*p != 0);
    case 'e':
        return kr_float_new(th, half_value((uint32_t)get_bytes(p, 2, l->little)));
    case 'f': {
        uint32_t b32 = (uint32_t)get_bytes(p, 4, l->little);
        float y;
        memcpy(&y, &b32, 4);
        return kr_float_new(th, y);
    }
    case 'd': {
        uint64_t b64 = get_bytes(p, 8, l->little);
        double y;
        memcpy(&y, &b64, 8);
        return kr_float_new(th, y);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        uint64_t u = get_bytes(p, n, l->little);
        if (n < 8 && (u >> (8 * n - 1)))
            u |= ~(uint64_t)0 << (8 * n);
        return kr_int_from_i64(th, (int64_t)u);
    }
    default: {
        uint64_t u = get_bytes(p, n, l->little);
        if (u <= INT64_MAX)
            return kr_int_from_i64(th, (int64_t)u);
        mpz_t z;
        mpz_init_set_ui(z, (unsigned long)u);
        Value r = kr_int_from_mpz(th, z);
        mpz_clear(z);
        return r;
    }
    }
}

static Value unpack_all(Thread *th, const Layout *l, const unsigned char *data)
{
    Tuple *t = kr_tuple_new(th, l->ncodes);
    if (!t)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < l->ncodes; i++) {
        Value v = unpack_one(th, l, &l->codes[i], data + l->codes[i].offset);
        if (!v)
            return KR_VALUE_NULL;
        t->items[i] = v;
    }
    return kr_from_obj(t);
}

/* ---- the Struct type ---------------------------------------------------------- */

typedef struct StructObj {
    Obj hdr;
    Dict *dict;
    Value format;          /* str */
    Layout l;
} StructObj;

static Type struct_type, unpack_iter_type;

static int struct_set_format(Thread *th, StructObj *s, Value fmt)
{
    Layout l;
    if (compile(th, fmt, &l) < 0)
        return -1;
    if (!kr_is_str(fmt)) {
        ByteView *w = KR_BYTES_VIEW(fmt);
        Str *f = kr_str_from_utf8(th, (const char *)w->data, (size_t)w->len);
        if (!f)
            return -1;
        fmt = kr_from_obj(f);
    }
    s->format = fmt;
    s->l = l;
    return 0;
}

static Value struct_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    StructObj *s = kr_libutil_alloc(th, type);
    if (!s)
        return KR_VALUE_NULL;
    s->format = kr_from_obj(kr_str_from_cstr(th, ""));
    s->l = (Layout){.native = true, .little = true};
    return s->format ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int struct_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"format", NULL};
    Value fmt;
    if (kr_libutil_parse(th, "Struct", args, nargs, kw, names, 0, 1, &fmt) < 0)
        return -1;
    return struct_set_format(th, (StructObj *)kr_as_obj(self), fmt);
}

/* A Struct for a module function's format argument. */
static StructObj *struct_of(Thread *th, Value fmt)
{
    if (kr_is_obj(fmt) && kr_isinstance_type(fmt, &struct_type))
        return (StructObj *)kr_as_obj(fmt);
    StructObj *s = kr_libutil_alloc(th, &struct_type);
    if (!s || struct_set_format(th, s, fmt) < 0)
        return NULL;
    return s;
}

/* An offset argument (Py_ssize_t through __index__); past 64 bits the
 * two entry points complain differently, as CPython's argument parsing. */
static int offset_arg(Thread *th, Value v, bool index_error, int64_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_int_as_i64(th, i, out) == 0)
        return 0;
    kr_err_clear(th);
    if (index_error)
        kr_err_set_string(th, &kr_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    else
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static Value do_pack(Thread *th, StructObj *s, const Value *values, size_t n)
{
    if ((int64_t)n != s->l.ncodes) {
        struct_error(th, "pack expected %lld items for packing (got %lld)",
                     (long long)s->l.ncodes, (long long)n);
        return KR_VALUE_NULL;
    }
    Bytes *b = kr_bytes_alloc(th, s->l.size);
    if (!b)
        return KR_VALUE_NULL;
    memset(b->data, 0, (size_t)s->l.size);
    return pack_all(th, &s->l, values, b->data) < 0 ? KR_VALUE_NULL : kr_from_obj(b);
}

/* The writable memory pack_into packs into (any buffer exporter). */
typedef struct PackTarget {
    unsigned char *data;
    int64_t len;
} PackTarget;

static Value pack_into_target(Thread *th, StructObj *s, const Value *args, PackTarget *a);

static Value do_pack_into(Thread *th, StructObj *s, const Value *args, size_t nargs)
{
    if (nargs < 1) {
        struct_error(th, "pack_into expected buffer argument");
        return KR_VALUE_NULL;
    }
    if (nargs < 2) {
        struct_error(th, "pack_into expected offset argument");
        return KR_VALUE_NULL;
    }
    if ((int64_t)nargs - 2 != s->l.ncodes) {
        struct_error(th, "pack_into expected %lld items for packing (got %lld)",
                     (long long)s->l.ncodes, (long long)nargs - 2);
        return KR_VALUE_NULL;
    }
    Buffer view;
    if (!kr_buffer_check(args[0]) || kr_buffer_get(th, args[0], &view, KR_BUF_WRITABLE) < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_TypeError,
                      "argument must be read-write bytes-like object, not %s",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    PackTarget t = {view.buf, view.len};
    Value r = kr_buffer_is_c_contig(&view) ? pack_into_target(th, s, args, &t)
                                            : kr_err_type_error(th, "argument must be read-write bytes-like object, not %s",
                                                                kr_type_name(args[0]));
    kr_buffer_release(&view);
    return r;
}

static Value pack_into_target(Thread *th, StructObj *s, const Value *args, PackTarget *a)
{
    int64_t off, size = s->l.size;
    if (offset_arg(th, args[1], true, &off) < 0)
        return KR_VALUE_NULL;
    if (off < 0) {
        if (off + size > 0) {
            struct_error(th, "no space to pack %lld bytes at offset %lld", (long long)size,
                         (long long)off);
            return KR_VALUE_NULL;
        }
        if (off + a->len < 0) {
            struct_error(th, "offset %lld out of range for %lld-byte buffer", (long long)off,
                         (long long)a->len);
            return KR_VALUE_NULL;
        }
        off += a->len;
    }
    if (a->len - off < size) {
        struct_error(th, "pack_into requires a buffer of at least %llu bytes for packing %lld "
                     "bytes at offset %lld (actual buffer size is %lld)",
                     (unsigned long long)size + (unsigned long long)off,
                     (long long)size, (long long)off, (long long)a->len);
        return KR_VALUE_NULL;
    }
    /* Values are written in place as they convert, so a failing one
     * leaves the earlier ones packed and the rest zeroed (as CPython). */
    memset(a->data + off, 0, (size_t)size);
    if (pack_all(th, &s->l, args + 2, a->data + off) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static Value do_unpack(Thread *th, StructObj *s, Value buffer)
{
    const unsigned char *data;
    int64_t len;
    if (kr_bytes_view(th, buffer, &data, &len) < 0)
        return KR_VALUE_NULL;
    if (len != s->l.size) {
        struct_error(th, "unpack requires a buffer of %lld bytes", (long long)s->l.size);
        return KR_VALUE_NULL;
    }
    return unpack_all(th, &s->l, data);
}

static Value do_unpack_from(Thread *th, StructObj *s, Value buffer, Value offset)
{
    const unsigned char *data;
    int64_t len, off = 0, size = s->l.size;
    if (kr_bytes_view(th, buffer, &data, &len) < 0)
        return KR_VALUE_NULL;
    if (offset && offset_arg(th, offset, false, &off) < 0)
        return KR_VALUE_NULL;
    if (off < 0) {
        if (off + size > 0) {
            struct_error(th, "not enough data to unpack %lld bytes at offset %lld", (long long)size,
                         (long long)off);
            return KR_VALUE_NULL;
        }
        if (off + len < 0) {
            struct_error(th, "offset %lld out of range for %lld-byte buffer", (long long)off,
                         (long long)len);
            return KR_VALUE_NULL;
        }
        off += len;
    }
    if (len - off < size) {
        struct_error(th, "unpack_from requires a buffer of at least %llu bytes for unpacking "
                     "%lld bytes at offset %lld (actual buffer size is %lld)",
                     (unsigned long long)size + (unsigned long long)off, (long long)size,
                     (long long)off, (long long)len);
        return KR_VALUE_NULL;
    }
    return unpack_all(th, &s->l, data + off);
}

typedef struct UnpackIter {
    Obj hdr;
    StructObj *s;
    Value buffer;
    int64_t index;
} UnpackIter;

static Value do_iter_unpack(Thread *th, StructObj *s, Value buffer)
{
    const unsigned char *data;
    int64_t len;
    if (s->l.size == 0) {
        struct_error(th, "cannot iteratively unpack with a struct of length 0");
        return KR_VALUE_NULL;
    }
    if (kr_bytes_view(th, buffer, &data, &len) < 0)
        return KR_VALUE_NULL;
    if (len % s->l.size) {
        struct_error(th, "iterative unpacking requires a buffer of a multiple of %lld bytes",
                     (long long)s->l.size);
        return KR_VALUE_NULL;
    }
    UnpackIter *it = kr_libutil_alloc(th, &unpack_iter_type);
    /* next() reads it as bytes: another exporter's bytes are copied once */
    if (!it || !(buffer = kr_bytes_coerce(th, buffer)))
        return KR_VALUE_NULL;
    it->s = s;
    it->buffer = buffer;
    return kr_from_obj(it);
}

static Value unpack_iter_next(Thread *th, Value self)
{
    UnpackIter *it = (UnpackIter *)kr_as_obj(self);
    if (!it->s)
        return KR_VALUE_NULL;
    ByteView *w = KR_BYTES_VIEW(it->buffer);
    if (it->index + it->s->l.size > w->len) {
        it->s = NULL;
        return KR_VALUE_NULL;
    }
    Value r = unpack_all(th, &it->s->l, w->data + it->index);
    it->index += it->s->l.size;
    return r;
}

KR_LIB_FUNC(unpack_iter_length_hint)
{
    UnpackIter *it = (UnpackIter *)kr_as_obj(args[0]);
    if (!it->s)
        return kr_from_smallint(0);
    return kr_int_from_i64(th, (KR_BYTES_VIEW(it->buffer)->len - it->index) / it->s->l.size);
}

static const MethodDef unpack_iter_methods[] = {
    {"__length_hint__", unpack_iter_length_hint, "($self, /)", NULL, 0},
    {0},
};

/* Made only by iter_unpack(); CPython 3.11's message, its typo included. */
static Value unpack_iter_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "Cannot create '%s objects",
                  "unpack_iterator");
    return KR_VALUE_NULL;
}

static Type unpack_iter_type = {
    .hdr = {&kr_type_type}, .name = "_struct.unpack_iterator", .size = sizeof(UnpackIter),
    .new_ = unpack_iter_new, .iter = kr_libutil_iter_self, .next = unpack_iter_next, .methods = unpack_iter_methods,
};

#define SELF ((StructObj *)kr_as_obj(args[0]))

KR_LIB_FUNC(struct_pack)
{
    if (kr_libutil_no_keywords(th, "Struct.pack", kw) < 0)
        return KR_VALUE_NULL;
    return do_pack(th, SELF, args + 1, nargs - 1);
}

KR_LIB_FUNC(struct_pack_into)
{
    if (kr_libutil_no_keywords(th, "Struct.pack_into", kw) < 0)
        return KR_VALUE_NULL;
    return do_pack_into(th, SELF, args + 1, nargs - 1);
}

KR_LIB_FUNC(struct_unpack)
{
    if (kr_call_check_args(th, "Struct.unpack", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return do_unpack(th, SELF, args[1]);
}

KR_LIB_FUNC(struct_unpack_from)
{
    static const char *const names[] = {"buffer", "offset", NULL};
    Value v[2];
    if (kr_libutil_parse(th, "unpack_from", args + 1, nargs - 1, kw, names, 0, 1, v) < 0)
        return KR_VALUE_NULL;
    return do_unpack_from(th, SELF, v[0], v[1]);
}

KR_LIB_FUNC(struct_iter_unpack)
{
    if (kr_call_check_args(th, "Struct.iter_unpack", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return do_iter_unpack(th, SELF, args[1]);
}

KR_LIB_FUNC(struct_sizeof)
{
    if (kr_call_check_args(th, "Struct.__sizeof__", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)(sizeof(StructObj) + sizeof(FmtCode) * SELF->l.ncodes));
}

static Value struct_get_size(Thread *th, Value self)
{
    return kr_int_from_i64(th, ((StructObj *)kr_as_obj(self))->l.size);
}

static const MethodDef struct_methods[] = {
    {"pack", struct_pack, NULL, NULL, 0},
    {"pack_into", struct_pack_into, NULL, NULL, 0},
    {"unpack", struct_unpack, "($self, buffer, /)", NULL, 0},
    {"unpack_from", struct_unpack_from, "($self, /, buffer, offset=0)", NULL, 0},
    {"iter_unpack", struct_iter_unpack, "($self, buffer, /)", NULL, 0},
    {"__sizeof__", struct_sizeof, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef struct_members[] = {
    {"format", offsetof(StructObj, format), NULL, NULL, "struct format string",
     KR_MEMBER_READONLY},
    {"size", 0, struct_get_size, NULL, "struct size in bytes", KR_MEMBER_READONLY},
    {0},
};

static Type struct_type = {
    .hdr = {&kr_type_type}, .name = "_struct.Struct", .size = sizeof(StructObj),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(StructObj, dict),
    .new_ = struct_new, .init = struct_init, .methods = struct_methods,
    .members = struct_members,
};

/* ---- module functions ---------------------------------------------------------- */

KR_LIB_FUNC(mod_pack)
{
    if (kr_libutil_no_keywords(th, "_struct.pack", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs < 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "missing format argument");
        return KR_VALUE_NULL;
    }
    StructObj *s = struct_of(th, args[0]);
    return s ? do_pack(th, s, args + 1, nargs - 1) : KR_VALUE_NULL;
}

KR_LIB_FUNC(mod_pack_into)
{
    if (kr_libutil_no_keywords(th, "_struct.pack_into", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs < 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "missing format argument");
        return KR_VALUE_NULL;
    }
    StructObj *s = struct_of(th, args[0]);
    return s ? do_pack_into(th, s, args + 1, nargs - 1) : KR_VALUE_NULL;
}

KR_LIB_FUNC(mod_unpack)
{
    if (kr_libutil_no_keywords(th, "unpack", kw) < 0 ||
        kr_libutil_check_positional(th, "unpack", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    StructObj *s = struct_of(th, args[0]);
    return s ? do_unpack(th, s, args[1]) : KR_VALUE_NULL;
}

KR_LIB_FUNC(mod_unpack_from)
{
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    Value v[3];
    if (kr_libutil_parse(th, "unpack_from", args, nargs, kw, names, 1, 2, v) < 0)
        return KR_VALUE_NULL;
    StructObj *s = struct_of(th, v[0]);
    return s ? do_unpack_from(th, s, v[1], v[2]) : KR_VALUE_NULL;
}

KR_LIB_FUNC(mod_iter_unpack)
{
    if (kr_libutil_no_keywords(th, "iter_unpack", kw) < 0 ||
        kr_libutil_check_positional(th, "iter_unpack", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    StructObj *s = struct_of(th, args[0]);
    return s ? do_iter_unpack(th, s, args[1]) : KR_VALUE_NULL;
}

KR_LIB_FUNC(mod_calcsize)
{
    if (nargs != 1 || (kw && kw->size)) {
        if (kr_libutil_no_keywords(th, "calcsize", kw) < 0)
            return KR_VALUE_NULL;
        kr_err_format(th, &kr_exc_TypeError,
                      "_struct.calcsize() takes exactly one argument (%d given)", (int)nargs);
        return KR_VALUE_NULL;
    }
    StructObj *s = struct_of(th, args[0]);
    return s ? kr_int_from_i64(th, s->l.size) : KR_VALUE_NULL;
}

KR_LIB_FUNC(mod_clearcache) { return KR_NONE; }

static const MethodDef struct_functions[] = {
    {"pack", mod_pack, NULL, NULL, 0},
    {"pack_into", mod_pack_into, NULL, NULL, 0},
    {"unpack", mod_unpack, "($module, format, buffer, /)", NULL, 0},
    {"unpack_from", mod_unpack_from, "($module, format, /, buffer, offset=0)", NULL, 0},
    {"iter_unpack", mod_iter_unpack, "($module, format, buffer, /)", NULL, 0},
    {"calcsize", mod_calcsize, "($module, format, /)", NULL, 0},
    {"_clearcache", mod_clearcache, "($module, /)", NULL, 0},
    {0},
};

int kr_mod__struct_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_struct", struct_functions);
    if (!m || kr_libutil_add_type(th, m, &struct_type) < 0 ||
        kr_type_ready(th, &unpack_iter_type) < 0 || kr_type_ready(th, &struct_error_type) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "error", kr_from_obj(&struct_error_type));
}
