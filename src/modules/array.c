/*
 * array.c -- the array module (CPython's Modules/arraymodule.c): typed,
 * packed arrays of machine values that export their memory through the
 * buffer protocol (objects/buffer.h).
 *
 *   Array: | type | descr | data | len | cap | exports |
 *                            |
 *                            +--> [cap * itemsize bytes, atomic]
 *
 * One Descr per typecode says how an item is stored (size, signedness,
 * struct format, pickle machine code).  Items live packed in native byte
 * order in an atomic block (bytes only) that grows by CPython's rule, so
 * buffer_info(), memoryview(a) and a.tobytes() see the layout CPython's
 * arrays have.  While a buffer is lent, anything that would change the
 * length raises BufferError (exports, as bytearray does).
 *
 * Conversions reproduce CPython's per-typecode quirks because the messages
 * are observable: 'b' is parsed as a C short before the char range check,
 * 'H' as a C int, 'I'/'L' through unsigned long, 'q'/'Q' through long long
 * -- each with its own OverflowError text.
 *
 * The module is registered as `_array`; lib/array.py re-exports it and
 * registers array with collections.abc.MutableSequence, which CPython's C
 * module does at import time and krait's built-in modules (initialised at
 * start-up, before collections.abc can be imported) cannot.
 */
#include <gmp.h>
#include <stdio.h>
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/libutil.h"
#include "objects/argparse.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/seq.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* Pickle's machine format codes (CPython's enum machine_format_code). */
enum {
    MF_UINT8, MF_INT8, MF_UINT16_LE, MF_UINT16_BE, MF_INT16_LE, MF_INT16_BE,
    MF_UINT32_LE, MF_UINT32_BE, MF_INT32_LE, MF_INT32_BE, MF_UINT64_LE, MF_UINT64_BE,
    MF_INT64_LE, MF_INT64_BE, MF_FLOAT_LE, MF_FLOAT_BE, MF_DOUBLE_LE, MF_DOUBLE_BE,
    MF_UTF16_LE, MF_UTF16_BE, MF_UTF32_LE, MF_UTF32_BE, MF_MAX = MF_UTF32_BE
};

typedef struct Descr {
    char code;
    int size;
    bool is_int, is_signed;
    const char *format;       /* for buffers */
    int mformat;              /* native (little-endian) machine code */
} Descr;

/* In CPython's order: a reconstructed integer array takes the last
 * typecode of the right size and signedness. */
static const Descr descrs[] = {
    {'b', 1, true, true, "b", MF_INT8},
    {'B', 1, true, false, "B", MF_UINT8},
    {'u', 4, false, false, "w", MF_UTF32_LE},   /* 3.11 lends 'u' as "w" */
    {'h', 2, true, true, "h", MF_INT16_LE},
    {'H', 2, true, false, "H", MF_UINT16_LE},
    {'i', 4, true, true, "i", MF_INT32_LE},
    {'I', 4, true, false, "I", MF_UINT32_LE},
    {'l', 8, true, true, "l", MF_INT64_LE},
    {'L', 8, true, false, "L", MF_UINT64_LE},
    {'q', 8, true, true, "q", MF_INT64_LE},
    {'Q', 8, true, false, "Q", MF_UINT64_LE},
    {'f', 4, false, true, "f", MF_FLOAT_LE},
    {'d', 8, false, true, "d", MF_DOUBLE_LE},
};

typedef struct Array {
    Obj hdr;
    const Descr *d;
    unsigned char *data;      /* cap * d->size bytes; NULL when cap == 0 */
    int64_t len, cap;
    int64_t exports;          /* buffers lent and not released */
} Array;

typedef struct ArrayIter {
    Obj hdr;
    Value array;              /* KR_VALUE_NULL once exhausted */
    int64_t index;
} ArrayIter;

static Type array_type, array_iter_type;

#define AR(v) ((Array *)kr_as_obj(v))
#define ITEM(a, i) ((a)->data + (i) * (a)->d->size)

static bool is_array(Value v) { return kr_isinstance_type(v, &array_type); }

static const Descr *find_descr(uint32_t code)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(descrs); i++)
        if ((uint32_t)descrs[i].code == code)
            return &descrs[i];
    return NULL;
}

/* ---- storage ----------------------------------------------------------------------- */

/* Set the length to n, growing the block by CPython's rule (an eighth
 * and a bit over).  Refused while buffers are lent and n changes. */
static int resize(Thread *th, Array *a, int64_t n)
{
    if (n != a->len && a->exports > 0 &&
        kr_buffer_exports_busy(th, &a->exports, "cannot resize an array that is exporting buffers") < 0)
        return -1;
    if (n <= a->cap && a->data) {
        a->len = n;
        return 0;
    }
    int64_t size = a->d->size;
    if (n < 0 || n > ((int64_t)1 << 40) / size) {
        kr_err_no_memory(th);
        return -1;
    }
    int64_t cap = n + (n >> 4) + (a->len < 8 ? 3 : 7);
    unsigned char *d = kr_gc_alloc_atomic((size_t)(cap * size));
    if (!d) {
        kr_err_no_memory(th);
        return -1;
    }
    if (a->len)
        memcpy(d, a->data, (size_t)(a->len * size));
    a->data = d;
    a->cap = cap;
    a->len = n;
    return 0;
}

static Array *new_array(Thread *th, Type *t, const Descr *d, int64_t n)
{
    Array *a = kr_libutil_alloc(th, t);
    if (!a)
        return NULL;
    a->d = d;
    if (n && resize(th, a, n) < 0)
        return NULL;
    if (n)
        memset(a->data, 0, (size_t)(n * d->size));
    return a;
}

static Value ret(Array *a) { return a ? kr_from_obj(a) : KR_VALUE_NULL; }

/* ---- items ----------------------------------------------------------------------------- */

static Value u64_value(Thread *th, uint64_t u)
{
    if (u <= INT64_MAX)
        return kr_int_from_i64(th, (int64_t)u);
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)u);
    return kr_int_from_string(th, digits, strlen(digits), 10);
}

#define LOAD(type) ({ type x_; memcpy(&x_, p, sizeof x_); x_; })

static Value getitem_raw(Thread *th, const Descr *d, const unsigned char *p)
{
    switch (d->code) {
    case 'b': return kr_from_smallint((signed char)*p);
    case 'B': return kr_from_smallint(*p);
    case 'h': return kr_from_smallint(LOAD(int16_t));
    case 'H': return kr_from_smallint(LOAD(uint16_t));
    case 'i': return kr_from_smallint(LOAD(int32_t));
    case 'I': return kr_int_from_i64(th, LOAD(uint32_t));
    case 'l': case 'q': return kr_int_from_i64(th, LOAD(int64_t));
    case 'L': case 'Q': return u64_value(th, LOAD(uint64_t));
    case 'f': return kr_float_new(th, LOAD(float));
    case 'd': return kr_float_new(th, LOAD(double));
    case 'u': {
        uint32_t cp = LOAD(uint32_t);
        if (cp > 0x10ffff) {
            kr_err_format(th, &kr_exc_ValueError,
                          "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)cp);
            return KR_VALUE_NULL;
        }
        Str *s = kr_str_from_char(th, cp);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
    }
    return KR_VALUE_NULL;
}

static Value getitem(Thread *th, Array *a, int64_t i) { return getitem_raw(th, a->d, ITEM(a, i)); }

static int overflow(Thread *th, const char *msg)
{
    kr_err_set_string(th, &kr_exc_OverflowError, msg);
    return -1;
}

/* v as an int (its __index__), or TypeError. */
static Value as_int(Thread *th, Value v)
{
    if (kr_is_int(v))
        return v;
    if (!kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return KR_VALUE_NULL;
    }
    return kr_object_index(th, v);
}

/* The int k as a uint64_t; false if negative or too large. */
static bool as_u64(Value k, uint64_t *out)
{
    if (kr_is_smallint(k) || kr_is_bool(k)) {
        int64_t x = kr_is_bool(k) ? k == KR_TRUE : kr_as_smallint(k);
        *out = (uint64_t)x;
        return x >= 0;
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(k, z);
    bool ok = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
    if (ok) {
        *out = 0;
        mpz_export(out, NULL, -1, sizeof *out, 0, 0, z);
    }
    mpz_clear(z);
    return ok;
}

static bool as_i64(Thread *th, Value k, int64_t *out)
{
    if (kr_int_as_i64(th, k, out) == 0)
        return true;
    kr_err_clear(th);
    return false;
}

/* A signed value checked against [lo, hi] with the names CPython's
 * PyArg_Parse formats give ("signed short integer is less than minimum"). */
static int check_range(Thread *th, int64_t x, int64_t lo, int64_t hi, const char *name)
{
    char msg[80];
    if (x < lo || x > hi) {
        snprintf(msg, sizeof msg, "%s is %s", name, x < lo ? "less than minimum" : "greater than maximum");
        return overflow(th, msg);
    }
    return 0;
}

static int int_bits(Thread *th, char code, Value v, uint64_t *bits)
{
    Value k = as_int(th, v);
    if (!k)
        return -1;
    int64_t x = 0;
    uint64_t u = 0;
    const char *c_long = "Python int too large to convert to C long";
    switch (code) {
    case 'b':
        if (!as_i64(th, k, &x))
            return overflow(th, c_long);
        if (check_range(th, x, INT16_MIN, INT16_MAX, "signed short integer") < 0 ||
            check_range(th, x, -128, 127, "signed char") < 0)
            return -1;
        break;
    case 'B':
        if (!as_i64(th, k, &x))
            return overflow(th, c_long);
        if (check_range(th, x, 0, 255, "unsigned byte integer") < 0)
            return -1;
        break;
    case 'h':
        if (!as_i64(th, k, &x))
            return overflow(th, c_long);
        if (check_range(th, x, INT16_MIN, INT16_MAX, "signed short integer") < 0)
            return -1;
        break;
    case 'H':
        if (!as_i64(th, k, &x))
            return overflow(th, c_long);
        if (check_range(th, x, INT32_MIN, INT32_MAX, "signed integer") < 0 ||
            check_range(th, x, 0, UINT16_MAX, "unsigned short") < 0)
            return -1;
        break;
    case 'i':
        if (!as_i64(th, k, &x))
            return overflow(th, c_long);
        if (check_range(th, x, INT32_MIN, INT32_MAX, "signed integer") < 0)
            return -1;
        break;
    case 'l':
        if (!as_i64(th, k, &x))
            return overflow(th, c_long);
        break;
    case 'q':
        if (!as_i64(th, k, &x))
            return overflow(th, "int too big to convert");
        break;
    case 'I': case 'L':
        if (kr_int_sign(k) < 0)
            return overflow(th, "can't convert negative value to unsigned int");
        if (!as_u64(k, &u))
            return overflow(th, "Python int too large to convert to C unsigned long");
        if (code == 'I' && u > UINT32_MAX)
            return overflow(th, "unsigned int is greater than maximum");
        *bits = u;
        return 0;
    case 'Q':
        if (kr_int_sign(k) < 0)
            return overflow(th, "can't convert negative int to unsigned");
        if (!as_u64(k, &u))
            return overflow(th, "int too big to convert");
        *bits = u;
        return 0;
    }
    *bits = (uint64_t)x;
    return 0;
}

/* v as a double as PyFloat_AsDouble: float, int, __float__, __index__. */
static int real_value(Thread *th, Value v, double *out)
{
    Value f = v;
    if (!kr_is_float(v) && !kr_is_int(v)) {
        Type *t = kr_type_of(v);
        if (t->float_)
            f = t->float_(th, v);
        else if (t->index)
            f = kr_object_index(th, v);
        else
            f = kr_err_type_error(th, "must be real number, not %s", kr_type_name(v));
        if (!f)
            return -1;
    }
    return kr_float_as_double(th, f, out);
}

/* Convert v for the array's typecode and store it at p (p NULL: check
 * only, as CPython's ins1 does before it resizes). */
static int setitem_raw(Thread *th, const Descr *d, unsigned char *p, Value v)
{
    unsigned char tmp[8];
    if (!p)
        p = tmp;
    if (d->code == 'u') {
        if (!kr_isinstance_type(v, &kr_str_type) || kr_as_str(v)->len != 1) {
            kr_err_set_string(th, &kr_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = kr_str_char(kr_as_str(v), 0);
        memcpy(p, &cp, 4);
        return 0;
    }
    if (!d->is_int) {
        double x;
        if (real_value(th, v, &x) < 0)
            return -1;
        if (d->code == 'f') {
            float f = (float)x;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &x, 8);
        }
        return 0;
    }
    uint64_t bits;
    if (int_bits(th, d->code, v, &bits) < 0)
        return -1;
    switch (d->size) {
    case 1: *p = (unsigned char)bits; break;
    case 2: { uint16_t x = (uint16_t)bits; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)bits; memcpy(p, &x, 4); break; }
    default: memcpy(p, &bits, 8); break;
    }
    return 0;
}

/* Insert v before item i (clamped as list.insert does). */
static int ins1(Thread *th, Array *a, int64_t i, Value v)
{
    if (setitem_raw(th, a->d, NULL, v) < 0)
        return -1;
    int64_t n = a->len;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (resize(th, a, n + 1) < 0)
        return -1;
    memmove(ITEM(a, i + 1), ITEM(a, i), (size_t)((n - i) * a->d->size));
    return setitem_raw(th, a->d, ITEM(a, i), v);
}

/* Remove items [lo, hi). */
static int del_range(Thread *th, Array *a, int64_t lo, int64_t hi)
{
    if (hi <= lo)
        return 0;
    if (a->exports > 0 &&
        kr_buffer_exports_busy(th, &a->exports, "cannot resize an array that is exporting buffers") < 0)
        return -1;
    memmove(ITEM(a, lo), ITEM(a, hi), (size_t)((a->len - hi) * a->d->size));
    return resize(th, a, a->len - (hi - lo));
}

/* Append every item of an iterable, one at a time (what was appended
 * before an error stays, as in CPython). */
static int iter_extend(Thread *th, Array *a, Value it)
{
    Value v;
    while ((v = kr_object_next(th, it)))
        if (ins1(th, a, a->len, v) < 0)
            return -1;
    return kr_err_occurred(th) ? -1 : 0;
}

static int do_extend(Thread *th, Array *a, Value bb)
{
    if (!is_array(bb)) {
        Value it = kr_object_iter(th, bb);
        return it ? iter_extend(th, a, it) : -1;
    }
    Array *b = AR(bb);
    if (b->d != a->d) {
        kr_err_set_string(th, &kr_exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    int64_t old = a->len, n = b->len;
    if (resize(th, a, old + n) < 0)
        return -1;
    memcpy(ITEM(a, old), b->data ? b->data : a->data, (size_t)(n * a->d->size));
    return 0;
}

/* a[lo:hi] as a new array of the base type. */
static Array *slice_copy(Thread *th, Array *a, int64_t lo, int64_t hi)
{
    Array *r = new_array(th, &array_type, a->d, hi - lo);
    if (r && hi > lo)
        memcpy(r->data, ITEM(a, lo), (size_t)((hi - lo) * a->d->size));
    return r;
}

/* ---- construction ------------------------------------------------------------------------ */

static int frombytes(Thread *th, Array *a, Value src);

static Value array_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    /* a subclass with its own __init__ may take keywords (SF #1486663) */
    if (kw && kw->size && (t == &array_type || t->init == array_type.init)) {
        kr_err_set_string(th, &kr_exc_TypeError, "array.array() takes no keyword arguments");
        return KR_VALUE_NULL;
    }
    if (nargs < 1 || nargs > 2) {
        kr_err_format(th, &kr_exc_TypeError, "array() takes %s %d argument%s (%zu given)",
                      nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2,
                      nargs < 1 ? "" : "s", nargs);
        return KR_VALUE_NULL;
    }
    Value tc = args[0], init = nargs > 1 ? args[1] : KR_VALUE_NULL;
    if (!kr_is_str(tc) || kr_as_str(tc)->len != 1)
        return kr_err_type_error(th, "array() argument 1 must be a unicode character, not %s",
                                 kr_type_name(tc));
    uint32_t c = kr_str_char(kr_as_str(tc), 0);
    if (init && c != 'u') {
        if (kr_isinstance_type(init, &kr_str_type))
            return kr_err_type_error(th, "cannot use a str to initialize an array with typecode '%c'", (int)c);
        if (is_array(init) && AR(init)->d->code == 'u')
            return kr_err_type_error(th, "cannot use a unicode array to initialize an array with typecode '%c'", (int)c);
    }
    Value it = KR_VALUE_NULL;
    bool direct = !init || kr_is_type(init, &kr_list_type) || kr_is_type(init, &kr_tuple_type) ||
                  kr_bytes_like(init) || (c == 'u' && kr_isinstance_type(init, &kr_str_type)) ||
                  (is_array(init) && (uint32_t)AR(init)->d->code == c);
    if (!direct) {
        if (!(it = kr_object_iter(th, init)))
            return KR_VALUE_NULL;
        init = KR_VALUE_NULL;
    }
    const Descr *d = find_descr(c);
    if (!d) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return KR_VALUE_NULL;
    }
    int64_t n = 0;
    const Value *items = NULL;
    if (init && kr_is_type(init, &kr_list_type))
        n = kr_as_list(init)->size, items = kr_as_list(init)->items;
    else if (init && kr_is_type(init, &kr_tuple_type))
        n = kr_as_tuple(init)->size, items = kr_as_tuple(init)->items;
    else if (init && is_array(init))
        n = AR(init)->len;
    Array *a = new_array(th, t, d, n);
    if (!a)
        return KR_VALUE_NULL;
    /* a list may change while its items convert (__index__ code): re-read */
    for (int64_t i = 0; items && i < n; i++) {
        Value v = kr_is_type(init, &kr_list_type)
                      ? (i < kr_as_list(init)->size ? kr_as_list(init)->items[i] : KR_VALUE_NULL)
                      : items[i];
        if (!v) {
            kr_err_set_string(th, &kr_exc_IndexError, "list index out of range");
            return KR_VALUE_NULL;
        }
        if (setitem_raw(th, d, ITEM(a, i), v) < 0)
            return KR_VALUE_NULL;
    }
    if (init && kr_bytes_like(init) && frombytes(th, a, init) < 0)
        return KR_VALUE_NULL;
    if (init && kr_isinstance_type(init, &kr_str_type)) {
        Str *s = kr_as_str(init);
        if (resize(th, a, s->len) < 0)
            return KR_VALUE_NULL;
        for (int64_t i = 0; i < s->len; i++) {
            uint32_t cp = kr_str_char(s, i);
            memcpy(ITEM(a, i), &cp, 4);
        }
    }
    if (init && is_array(init) && n)
        memcpy(a->data, AR(init)->data, (size_t)(n * d->size));
    if (it && iter_extend(th, a, it) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(a);
}

/* ---- methods ------------------------------------------------------------------------------ */

#define METHOD(name) static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kw)
#define SELF AR(args[0])
#define CHECK(qual, min, max) \
    if (kr_argparse_check(th, qual, nargs - 1, min, max, kw) < 0) return KR_VALUE_NULL
/* Methods that take their defining class in 3.11 (extend, fromfile,
 * tofile, __reduce_ex__) report arity as _PyArg_UnpackKeywords does. */
#define CHECK_CLS(name, n) \
    if (check_cls(th, name, nargs - 1, n, kw) < 0) return KR_VALUE_NULL

static int check_cls(Thread *th, const char *name, size_t nargs, size_t n, Tuple *kw)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs > n) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name,
                      n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < n) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes exactly %zu positional argument%s (%zu given)",
                      name, n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

METHOD(array_append)
{
    CHECK("array.append", 1, 1);
    return ins1(th, SELF, SELF->len, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(array_extend)
{
    CHECK_CLS("extend", 1);
    return do_extend(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(array_insert)
{
    CHECK("array.insert", 2, 2);
    int64_t i;
    if (kr_libutil_as_ssize(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    return ins1(th, SELF, i, args[2]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(array_pop)
{
    CHECK("pop", 0, 1);
    Array *a = SELF;
    int64_t i = -1;
    if (nargs > 1 && kr_libutil_as_ssize(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    if (a->len == 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "pop from empty array");
        return KR_VALUE_NULL;
    }
    if (i < 0)
        i += a->len;
    if (i < 0 || i >= a->len) {
        kr_err_set_string(th, &kr_exc_IndexError, "pop index out of range");
        return KR_VALUE_NULL;
    }
    Value v = getitem(th, a, i);
    if (!v || del_range(th, a, i, i + 1) < 0)
        return KR_VALUE_NULL;
    return v;
}

/* x == y without the identity shortcut: CPython's items are fresh
 * objects, so an array's NaN never equals itself, while krait's floats
 * are immediates that would be identical.  1, 0 or -1. */
static int item_eq(Thread *th, Value x, Value y)
{
    Value r = kr_object_richcompare(th, x, y, KR_EQ);
    return r ? kr_object_truth(th, r) : -1;
}

/* Index of the first item == v in [lo, hi), -1 if none, -2 on error. */
static int64_t find(Thread *th, Array *a, Value v, int64_t lo, int64_t hi)
{
    for (int64_t i = lo; i < hi && i < a->len; i++) {
        Value x = getitem(th, a, i);
        int eq = x ? item_eq(th, x, v) : -1;
        if (eq)
            return eq < 0 ? -2 : i;
    }
    return -1;
}

METHOD(array_remove)
{
    CHECK("array.remove", 1, 1);
    int64_t i = find(th, SELF, args[1], 0, SELF->len);
    if (i == -1) {
        kr_err_set_string(th, &kr_exc_ValueError, "array.remove(x): x not in array");
        return KR_VALUE_NULL;
    }
    return i < 0 || del_range(th, SELF, i, i + 1) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(array_index)
{
    CHECK("array.index", 1, 3);
    Array *a = SELF;
    int64_t lo = 0, hi = INT64_MAX;
    if ((nargs > 2 && kr_seq_bound(th, args[2], a->len, &lo) < 0) ||
        (nargs > 3 && kr_seq_bound(th, args[3], a->len, &hi) < 0))
        return KR_VALUE_NULL;
    int64_t i = find(th, a, args[1], lo, hi);
    if (i == -1) {
        kr_err_set_string(th, &kr_exc_ValueError, "array.index(x): x not in array");
        return KR_VALUE_NULL;
    }
    return i < 0 ? KR_VALUE_NULL : kr_from_smallint(i);
}

METHOD(array_count)
{
    CHECK("array.count", 1, 1);
    Array *a = SELF;
    int64_t n = 0;
    for (int64_t i = 0; i < a->len; i++) {
        Value x = getitem(th, a, i);
        int eq = x ? item_eq(th, x, args[1]) : -1;
        if (eq < 0)
            return KR_VALUE_NULL;
        n += eq;
    }
    return kr_from_smallint(n);
}

METHOD(array_reverse)
{
    CHECK("array.reverse", 0, 0);
    Array *a = SELF;
    int size = a->d->size;
    unsigned char tmp[8];
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(tmp, ITEM(a, i), (size_t)size);
        memcpy(ITEM(a, i), ITEM(a, j), (size_t)size);
        memcpy(ITEM(a, j), tmp, (size_t)size);
    }
    return KR_NONE;
}

METHOD(array_byteswap)
{
    CHECK("array.byteswap", 0, 0);
    Array *a = SELF;
    int size = a->d->size;
    for (int64_t i = 0; i < a->len; i++) {
        unsigned char *p = ITEM(a, i);
        for (int k = 0; k < size / 2; k++) {
            unsigned char t = p[k];
            p[k] = p[size - 1 - k];
            p[size - 1 - k] = t;
        }
    }
    return KR_NONE;
}

METHOD(array_buffer_info)
{
    CHECK("array.buffer_info", 0, 0);
    Value v[2] = {kr_int_from_i64(th, (int64_t)(uintptr_t)SELF->data), kr_from_smallint(SELF->len)};
    Tuple *t = v[0] ? kr_tuple_from_array(th, v, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(array_tobytes)
{
    CHECK("array.tobytes", 0, 0);
    return kr_bytes_value(kr_bytes_new(th, SELF->data, SELF->len * SELF->d->size));
}

static int frombytes(Thread *th, Array *a, Value src)
{
    Buffer view;
    if (kr_buffer_get(th, src, &view, KR_BUF_SIMPLE) < 0)
        return -1;
    int rc = -1;
    int64_t size = a->d->size;
    if (view.itemsize != 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "a bytes-like object is required");
    } else if (view.len % size) {
        kr_err_set_string(th, &kr_exc_ValueError, "bytes length not a multiple of item size");
    } else {
        int64_t old = a->len, n = view.len / size;
        rc = 0;
        if (n && (rc = resize(th, a, old + n)) == 0) {
            unsigned char *tmp = kr_gc_alloc_atomic((size_t)view.len + 1);
            if (!tmp) {
                kr_err_no_memory(th);
                rc = -1;
            } else {
                kr_buffer_copy_out(&view, tmp, 'C');
                memcpy(ITEM(a, old), tmp, (size_t)view.len);
            }
        }
    }
    kr_buffer_release(&view);
    return rc;
}

METHOD(array_frombytes)
{
    CHECK("array.frombytes", 1, 1);
    return frombytes(th, SELF, args[1]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(array_fromfile)
{
    CHECK_CLS("fromfile", 2);
    Array *a = SELF;
    int64_t n;
    if (kr_libutil_as_ssize(th, args[2], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative count");
        return KR_VALUE_NULL;
    }
    if (n > INT64_MAX / a->d->size) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    int64_t want = n * a->d->size;
    Value read = kr_object_getattr(th, args[1], kr_str_intern_cstr(th, "read"));
    Value count = read ? kr_int_from_i64(th, want) : KR_VALUE_NULL;
    Value b = count ? kr_vm_call(th, read, &count, 1, NULL) : KR_VALUE_NULL;
    if (!b)
        return KR_VALUE_NULL;
    if (!kr_bytes_check(b))
        return kr_err_type_error(th, "read() didn't return bytes");
    bool short_read = kr_as_bytes(b)->len != want;
    if (frombytes(th, a, b) < 0)
        return KR_VALUE_NULL;
    if (short_read) {
        kr_err_set_string(th, &kr_exc_EOFError, "read() didn't return enough bytes");
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* tofile writes in blocks of 64 KiB, as CPython does (so a failing
 * write leaves the same prefix written). */
METHOD(array_tofile)
{
    CHECK_CLS("tofile", 1);
    Array *a = SELF;
    const int64_t block = 64 * 1024;
    int64_t total = a->len * a->d->size;
    Value write = kr_object_getattr(th, args[1], kr_str_intern_cstr(th, "write"));
    if (!write)
        return KR_VALUE_NULL;
    for (int64_t off = 0; off < total; off += block) {
        int64_t n = total - off < block ? total - off : block;
        Value chunk = kr_bytes_value(kr_bytes_new(th, a->data + off, n));
        if (!chunk || !kr_vm_call(th, write, &chunk, 1, NULL))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

METHOD(array_fromlist)
{
    CHECK("array.fromlist", 1, 1);
    Array *a = SELF;
    Value l = args[1];
    if (!kr_list_check(l))
        return kr_err_type_error(th, "arg must be list");
    int64_t old = a->len, n = kr_as_list(l)->size;
    if (n == 0)
        return KR_NONE;
    if (resize(th, a, old + n) < 0)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++) {
        if (i >= kr_as_list(l)->size || setitem_raw(th, a->d, ITEM(a, old + i), kr_as_list(l)->items[i]) < 0) {
            if (!kr_err_occurred(th))
                kr_err_set_string(th, &kr_exc_IndexError, "list index out of range");
            a->len = old;       /* shrinking back: nothing to allocate or check */
            return KR_VALUE_NULL;
        }
    }
    return KR_NONE;
}

METHOD(array_tolist)
{
    CHECK("array.tolist", 0, 0);
    Array *a = SELF;
    List *l = kr_list_new(th, a->len);
    for (int64_t i = 0; l && i < a->len; i++)
        if (!(l->items[i] = getitem(th, a, i)))
            return KR_VALUE_NULL;
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

METHOD(array_fromunicode)
{
    CHECK("array.fromunicode", 1, 1);
    Array *a = SELF;
    if (!kr_isinstance_type(args[1], &kr_str_type))
        return kr_err_type_error(th, "fromunicode() argument must be str, not %s",
                                 kr_type_name(args[1]));
    if (a->d->code != 'u') {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "fromunicode() may only be called on unicode type arrays");
        return KR_VALUE_NULL;
    }
    Str *s = kr_as_str(args[1]);
    int64_t old = a->len;
    if (s->len && resize(th, a, old + s->len) < 0)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t cp = kr_str_char(s, i);
        memcpy(ITEM(a, old + i), &cp, 4);
    }
    return KR_NONE;
}

METHOD(array_tounicode)
{
    CHECK("array.tounicode", 0, 0);
    Array *a = SELF;
    if (a->d->code != 'u') {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "tounicode() may only be called on unicode type arrays");
        return KR_VALUE_NULL;
    }
    uint32_t *cps = kr_gc_alloc_atomic((size_t)(a->len ? a->len : 1) * 4);
    if (!cps) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < a->len; i++) {
        memcpy(&cps[i], ITEM(a, i), 4);
        if (cps[i] > 0x10ffff) {
            kr_err_format(th, &kr_exc_ValueError,
                          "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)cps[i]);
            return KR_VALUE_NULL;
        }
    }
    Str *s = kr_str_from_ucs4(th, cps, (size_t)a->len);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

METHOD(array_copy)
{
    CHECK("array.__copy__", 0, 0);
    return ret(slice_copy(th, SELF, 0, SELF->len));
}

METHOD(array_deepcopy)
{
    CHECK("array.__deepcopy__", 1, 1);
    return ret(slice_copy(th, SELF, 0, SELF->len));
}

METHOD(array_sizeof)
{
    CHECK("array.__sizeof__", 0, 0);
    return kr_int_from_i64(th, 64 + SELF->cap * SELF->d->size);
}

/* __reduce_ex__: protocol 3 and later pickle the bytes with their machine
 * format (read back by _array_reconstructor); older ones a list. */
METHOD(array_reduce_ex)
{
    CHECK_CLS("__reduce_ex__", 1);
    Array *a = SELF;
    if (!kr_is_int(args[1]))
        return kr_err_type_error(th, "__reduce_ex__ argument should be an integer");
    int64_t protocol;
    if (kr_int_as_i64(th, args[1], &protocol) < 0)
        return KR_VALUE_NULL;
    Value dict = kr_object_getattr(th, args[0], kr_str_intern_cstr(th, "__dict__"));
    if (!dict) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        dict = KR_NONE;
    }
    Str *tc = kr_str_from_char(th, (uint32_t)a->d->code);
    if (!tc)
        return KR_VALUE_NULL;
    Value type = kr_from_obj(kr_type_of(args[0]));
    Value inner, outer[3];
    if (protocol < 3) {
        Value list = array_tolist(th, KR_NONE, args, 1, NULL);
        Value v[2] = {kr_from_obj(tc), list};
        Tuple *t = list ? kr_tuple_from_array(th, v, 2) : NULL;
        if (!t)
            return KR_VALUE_NULL;
        outer[0] = type;
        inner = kr_from_obj(t);
    } else {
        Value m = kr_dict_get_str(th->vm->modules, kr_str_intern_cstr(th, "_array"));
        Value rec = m ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict,
                                        kr_str_intern_cstr(th, "_array_reconstructor"))
                      : KR_VALUE_NULL;
        Value bytes = kr_bytes_value(kr_bytes_new(th, a->data, a->len * a->d->size));
        if (!rec || !bytes)
            return rec ? KR_VALUE_NULL : kr_err_type_error(th, "array reconstructor missing");
        Value v[4] = {type, kr_from_obj(tc), kr_from_smallint(a->d->mformat), bytes};
        Tuple *t = kr_tuple_from_array(th, v, 4);
        if (!t)
            return KR_VALUE_NULL;
        outer[0] = rec;
        inner = kr_from_obj(t);
    }
    outer[1] = inner;
    outer[2] = dict;
    Tuple *r = kr_tuple_from_array(th, outer, 3);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

METHOD(array_class_getitem)
{
    CHECK("array.__class_getitem__", 1, 1);
    return kr_genericalias_new(th, args[0], args[1]);
}

static const MethodDef array_methods[] = {
    {"append", array_append, NULL, NULL, 0},
    {"buffer_info", array_buffer_info, NULL, NULL, 0},
    {"byteswap", array_byteswap, NULL, NULL, 0},
    {"__copy__", array_copy, NULL, NULL, 0},
    {"count", array_count, NULL, NULL, 0},
    {"__deepcopy__", array_deepcopy, NULL, NULL, 0},
    {"extend", array_extend, NULL, NULL, 0},
    {"frombytes", array_frombytes, NULL, NULL, 0},
    {"fromfile", array_fromfile, NULL, NULL, 0},
    {"fromlist", array_fromlist, NULL, NULL, 0},
    {"fromunicode", array_fromunicode, NULL, NULL, 0},
    {"index", array_index, NULL, NULL, 0},
    {"insert", array_insert, NULL, NULL, 0},
    {"pop", array_pop, NULL, NULL, 0},
    {"__reduce_ex__", array_reduce_ex, NULL, NULL, 0},
    {"remove", array_remove, NULL, NULL, 0},
    {"reverse", array_reverse, NULL, NULL, 0},
    {"tofile", array_tofile, NULL, NULL, 0},
    {"tolist", array_tolist, NULL, NULL, 0},
    {"tobytes", array_tobytes, NULL, NULL, 0},
    {"tounicode", array_tounicode, NULL, NULL, 0},
    {"__sizeof__", array_sizeof, NULL, NULL, 0},
    {"__class_getitem__", array_class_getitem, NULL, NULL, KR_METH_CLASS},
    {0},
};

static Value array_typecode(Thread *th, Value v)
{
    Str *s = kr_str_from_char(th, (uint32_t)AR(v)->d->code);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value array_itemsize(Thread *th, Value v) { return kr_from_smallint(AR(v)->d->size); }

static const MemberDef array_members[] = {
    {"typecode", 0, array_typecode, NULL, "the typecode character used to create the array", KR_MEMBER_READONLY},
    {"itemsize", 0, array_itemsize, NULL, "the size, in bytes, of one array item", KR_MEMBER_READONLY},
    {0},
};

/* ---- slots ---------------------------------------------------------------------------------- */

static int array_len(Thread *th, Value v, int64_t *n)
{
    *n = AR(v)->len;
    return 0;
}

static Value array_getitem(Thread *th, Value v, Value key)
{
    Array *a = AR(v);
    if (kr_is_int(key) || (!kr_is_type(key, &kr_slice_type) && kr_type_of(key)->index)) {
        int64_t i;
        Value k = kr_object_index(th, key);
        if (!k)
            return KR_VALUE_NULL;
        if (!as_i64(th, k, &i)) {
            kr_err_format(th, &kr_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                          kr_type_name(key));
            return KR_VALUE_NULL;
        }
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len) {
            kr_err_set_string(th, &kr_exc_IndexError, "array index out of range");
            return KR_VALUE_NULL;
        }
        return getitem(th, a, i);
    }
    if (!kr_is_type(key, &kr_slice_type))
        return kr_err_type_error(th, "array indices must be integers");
    int64_t start, stop, step, n;
    if (kr_slice_indices(th, key, a->len, &start, &stop, &step, &n) < 0)
        return KR_VALUE_NULL;
    if (step == 1)
        return ret(slice_copy(th, a, start, start + n));
    Array *r = new_array(th, &array_type, a->d, n);
    for (int64_t i = 0; r && i < n; i++)
        memcpy(ITEM(r, i), ITEM(a, start + i * step), (size_t)a->d->size);
    return ret(r);
}

/* a[i:j:k] = other (an array of the same kind) or del a[i:j:k]. */
static int assign_slice(Thread *th, Array *a, int64_t start, int64_t stop, int64_t step,
                        int64_t n, Value value)
{
    Array *other = NULL;
    int64_t needed = 0;
    if (value) {
        if (!is_array(value)) {
            kr_err_format(th, &kr_exc_TypeError, "can only assign array (not \"%s\") to array slice",
                          kr_type_name(value));
            return -1;
        }
        other = AR(value);
        if (other == a && !(other = slice_copy(th, a, 0, a->len)))
            return -1;
        if (other->d != a->d) {
            kr_err_set_string(th, &kr_exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        needed = other->len;
    }
    int64_t size = a->d->size;
    if ((step > 0 && stop < start) || (step < 0 && stop > start))
        stop = start;
    if ((needed == 0 || n != needed) && a->exports > 0 &&
        kr_buffer_exports_busy(th, &a->exports, "cannot resize an array that is exporting buffers") < 0)
        return -1;
    if (step == 1) {
        int64_t old = a->len;
        if (n > needed) {
            memmove(ITEM(a, start + needed), ITEM(a, start + n), (size_t)((old - start - n) * size));
            if (resize(th, a, old - n + needed) < 0)
                return -1;
        } else if (n < needed) {
            if (resize(th, a, old - n + needed) < 0)
                return -1;
            memmove(ITEM(a, start + needed), ITEM(a, start + n), (size_t)((old - start - n) * size));
        }
        if (needed)
            memcpy(ITEM(a, start), other->data, (size_t)(needed * size));
        return 0;
    }
    if (needed == 0) {
        /* delete an extended slice: keep the items it does not select */
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = 0;
        for (int64_t i = 0; i < a->len; i++) {
            bool hit = i >= start && (i - start) % step == 0 && (i - start) / step < n;
            if (!hit)
                memmove(ITEM(a, w++), ITEM(a, i), (size_t)size);
        }
        return resize(th, a, w);
    }
    if (needed != n) {
        kr_err_format(th, &kr_exc_ValueError,
                      "attempt to assign array of size %lld to extended slice of size %lld",
                      (long long)needed, (long long)n);
        return -1;
    }
    for (int64_t i = 0; i < n; i++)
        memcpy(ITEM(a, start + i * step), ITEM(other, i), (size_t)size);
    return 0;
}

static int array_setitem(Thread *th, Value v, Value key, Value value)
{
    Array *a = AR(v);
    int64_t start, stop, step, n;
    if (kr_is_int(key) || (!kr_is_type(key, &kr_slice_type) && kr_type_of(key)->index)) {
        int64_t i;
        Value k = kr_object_index(th, key);
        if (!k)
            return -1;
        if (!as_i64(th, k, &i)) {
            kr_err_format(th, &kr_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                          kr_type_name(key));
            return -1;
        }
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len) {
            kr_err_set_string(th, &kr_exc_IndexError, "array assignment index out of range");
            return -1;
        }
        if (value)
            return setitem_raw(th, a->d, ITEM(a, i), value);
        start = i, stop = i + 1, step = 1, n = 1;
    } else if (kr_is_type(key, &kr_slice_type)) {
        if (kr_slice_indices(th, key, a->len, &start, &stop, &step, &n) < 0)
            return -1;
    } else {
        kr_err_set_string(th, &kr_exc_TypeError, "array indices must be integers");
        return -1;
    }
    return assign_slice(th, a, start, stop, step, n, value);
}

static int array_contains(Thread *th, Value v, Value item)
{
    int64_t i = find(th, AR(v), item, 0, AR(v)->len);
    return i == -2 ? -1 : i >= 0;
}

static Value array_repr(Thread *th, Value v)
{
    Array *a = AR(v);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s('%c'", kr_libutil_short_name(v), a->d->code);
    if (a->len) {
        Value items = a->d->code == 'u' ? array_tounicode(th, KR_NONE, &v, 1, NULL)
                                        : array_tolist(th, KR_NONE, &v, 1, NULL);
        kr_buf_puts(&b, ", ");
        if (!items || kr_libutil_repr_put(th, &b, items) < 0) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
    }
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

/* CPython's array_richcompare: lengths first for ==/!=, then the first
 * differing item decides. */
static Value array_richcompare(Thread *th, Value v, Value w, int op)
{
    if (!is_array(v) || !is_array(w))
        return KR_NOTIMPL;
    Array *a = AR(v), *b = AR(w);
    if (a->len != b->len && (op == KR_EQ || op == KR_NE))
        return kr_from_bool(op == KR_NE);
    int64_t i;
    Value x = KR_VALUE_NULL, y = KR_VALUE_NULL;
    for (i = 0; i < a->len && i < b->len; i++) {
        x = getitem(th, a, i);
        y = x ? getitem(th, b, i) : KR_VALUE_NULL;
        int eq = y ? item_eq(th, x, y) : -1;
        if (eq < 0)
            return KR_VALUE_NULL;
        if (!eq)
            break;
    }
    if (i < a->len && i < b->len) {
        if (op == KR_EQ || op == KR_NE)
            return kr_from_bool(op == KR_NE);
        return kr_object_richcompare(th, x, y, op);
    }
    int64_t m = a->len, n = b->len;
    bool r = false;
    switch (op) {
    case KR_LT: r = m < n; break;
    case KR_LE: r = m <= n; break;
    case KR_EQ: r = m == n; break;
    case KR_NE: r = m != n; break;
    case KR_GT: r = m > n; break;
    case KR_GE: r = m >= n; break;
    }
    return kr_from_bool(r);
}

static Value array_add(Thread *th, Value v, Value w)
{
    if (!is_array(v))
        return KR_NOTIMPL;
    if (!is_array(w))
        return kr_err_type_error(th, "can only append array (not \"%s\") to array", kr_type_name(w));
    Array *a = AR(v), *b = AR(w);
    if (a->d != b->d)
        return kr_err_type_error(th, "bad argument type for built-in operation");
    Array *r = new_array(th, &array_type, a->d, a->len + b->len);
    if (r && a->len)
        memcpy(r->data, a->data, (size_t)(a->len * a->d->size));
    if (r && b->len)
        memcpy(ITEM(r, a->len), b->data, (size_t)(b->len * a->d->size));
    return ret(r);
}

static Value array_iadd(Thread *th, Value v, Value w)
{
    if (!is_array(w))
        return kr_err_type_error(th, "can only extend array with array (not \"%s\")", kr_type_name(w));
    return do_extend(th, AR(v), w) < 0 ? KR_VALUE_NULL : v;
}

/* Repeat count of a * n (either side); NotImplemented-able as list's. */
static int repeat_args(Thread *th, Value *v, Value *w, int64_t *n)
{
    if (!is_array(*v)) {
        Value t = *v;
        *v = *w;
        *w = t;
    }
    if (!is_array(*v))
        return 0;
    return kr_seq_repeat_count(th, *w, n);
}

static Value array_mul(Thread *th, Value v, Value w)
{
    int64_t n;
    int ok = repeat_args(th, &v, &w, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    Array *a = AR(v);
    if (a->len && n > ((int64_t)1 << 40) / (a->len * a->d->size)) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    Array *r = new_array(th, &array_type, a->d, a->len * n);
    int64_t bytes = a->len * a->d->size;
    for (int64_t k = 0; r && bytes && k < n; k++)
        memcpy(r->data + k * bytes, a->data, (size_t)bytes);
    return ret(r);
}

static Value array_imul(Thread *th, Value v, Value w)
{
    int64_t n;
    int ok = repeat_args(th, &v, &w, &n);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    Array *a = AR(v);
    int64_t old = a->len, bytes = old * a->d->size;
    if (old && n > ((int64_t)1 << 40) / bytes) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    if (resize(th, a, old * n) < 0)
        return KR_VALUE_NULL;
    for (int64_t k = 1; bytes && k < n; k++)
        memcpy(a->data + k * bytes, a->data, (size_t)bytes);
    return v;
}

static Value array_iter(Thread *th, Value v)
{
    ArrayIter *it = kr_gc_alloc(sizeof *it);
    if (!it) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    it->hdr.type = &array_iter_type;
    it->array = v;
    return kr_from_obj(it);
}

/* ---- the buffer ------------------------------------------------------------------------------ */

static int array_getbuffer(Thread *th, Value obj, Buffer *view, int flags)
{
    Array *a = AR(obj);
    kr_buffer_fill_bytes(view, obj, a->data, a->len * a->d->size, false);
    view->itemsize = a->d->size;
    view->format = a->d->format;
    a->exports++;
    return 0;
}

static void array_releasebuffer(Value obj, Buffer *view) { AR(obj)->exports--; }

static const BufferProcs array_buffer_procs = {array_getbuffer, array_releasebuffer};

static Type array_type = {
    .hdr = {&kr_type_type},
    .name = "array.array",
    .size = sizeof(Array),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT | KR_TYPE_SEQUENCE,
    .new_ = array_new,
    .repr = array_repr,
    .hash = kr_object_unhashable,
    .richcompare = array_richcompare,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .iter = array_iter,
    .binop = {[KR_OP_ADD] = array_add, [KR_OP_MUL] = array_mul},
    .inplace = {[KR_OP_ADD] = array_iadd, [KR_OP_MUL] = array_imul},
    .methods = array_methods,
    .members = array_members,
    .as_buffer = &array_buffer_procs,
};

/* ---- the iterator ------------------------------------------------------------------------------ */

#define IT(v) ((ArrayIter *)kr_as_obj(v))

static Value iter_next(Thread *th, Value v)
{
    ArrayIter *it = IT(v);
    if (!it->array)
        return KR_VALUE_NULL;
    Array *a = AR(it->array);
    if (it->index < a->len)
        return getitem(th, a, it->index++);
    it->array = KR_VALUE_NULL;
    return KR_VALUE_NULL;
}

static Value builtin_iter(Thread *th)
{
    return kr_dict_get_str(((Module *)kr_as_obj(kr_dict_get_str(th->vm->modules,
                                                                kr_str_intern_cstr(th, "builtins"))))->dict,
                           kr_str_intern_cstr(th, "iter"));
}

METHOD(iter_reduce)
{
    ArrayIter *it = IT(args[0]);
    Value iter = builtin_iter(th);
    Value inner;
    if (!it->array) {
        Tuple *empty = kr_tuple_new(th, 0);
        Tuple *t = empty ? kr_tuple_from_array(th, (Value[]){kr_from_obj(empty)}, 1) : NULL;
        if (!t)
            return KR_VALUE_NULL;
        Tuple *r = kr_tuple_from_array(th, (Value[]){iter, kr_from_obj(t)}, 2);
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_from_array(th, &it->array, 1);
    if (!t)
        return KR_VALUE_NULL;
    inner = kr_from_obj(t);
    Tuple *r = kr_tuple_from_array(th, (Value[]){iter, inner, kr_from_smallint(it->index)}, 3);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

METHOD(iter_setstate)
{
    if (kr_argparse_check(th, "arrayiterator.__setstate__", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    ArrayIter *it = IT(args[0]);
    int64_t i;
    if (kr_libutil_as_ssize(th, args[1], &i) < 0)
        return KR_VALUE_NULL;
    if (i < 0)
        i = 0;
    else if (it->array && i > AR(it->array)->len)
        i = AR(it->array)->len;
    it->index = i;
    return KR_NONE;
}

static const MethodDef iter_methods[] = {
    {"__reduce__", iter_reduce, "($self, /)", NULL, 0},
    {"__setstate__", iter_setstate, "($self, state, /)", NULL, 0},
    {0},
};

static Type array_iter_type = {
    .hdr = {&kr_type_type},
    .name = "array.arrayiterator",
    .size = sizeof(ArrayIter),
    .iter = kr_libutil_iter_self,
    .next = iter_next,
    .methods = iter_methods,
};

/* ---- _array_reconstructor ----------------------------------------------------------------------- */

/* The items of a pickled array as a list (or str for UTF-16/32), decoded
 * from machine format code mf; *code becomes the typecode to build with. */
static Value decode_mformat(Thread *th, int mf, const Bytes *b, char *code)
{
    static const struct { int size; bool is_signed, big; } mfs[] = {
        {1, false, false}, {1, true, false}, {2, false, false}, {2, false, true},
        {2, true, false}, {2, true, true}, {4, false, false}, {4, false, true},
        {4, true, false}, {4, true, true}, {8, false, false}, {8, false, true},
        {8, true, false}, {8, true, true}, {4, false, false}, {4, false, true},
        {8, false, false}, {8, false, true}, {2, false, false}, {2, false, true},
        {4, false, false}, {4, false, true},
    };
    int size = mfs[mf].size;
    bool big = mfs[mf].big;
    if (b->len % size) {
        kr_err_set_string(th, &kr_exc_ValueError, "string length not a multiple of item size");
        return KR_VALUE_NULL;
    }
    int64_t n = b->len / size;
    if (mf >= MF_UTF16_LE) {
        const char *enc = mf == MF_UTF16_LE ? "utf-16-le" : mf == MF_UTF16_BE ? "utf-16-be"
                        : mf == MF_UTF32_LE ? "utf-32-le" : "utf-32-be";
        Str *e = kr_str_from_cstr(th, enc);
        return e ? kr_bytes_decode(th, b->data, b->len, kr_from_obj(e), KR_VALUE_NULL) : KR_VALUE_NULL;
    }
    List *l = kr_list_new(th, n);
    if (!l)
        return KR_VALUE_NULL;
    if (mf <= MF_INT64_BE) {
        for (size_t k = 0; k < KR_ARRAY_LEN(descrs); k++)
            if (descrs[k].is_int && descrs[k].size == size && descrs[k].is_signed == mfs[mf].is_signed)
                *code = descrs[k].code;
    }
    for (int64_t i = 0; i < n; i++) {
        unsigned char p[8];
        for (int k = 0; k < size; k++)
            p[k] = b->data[i * size + (big ? size - 1 - k : k)];
        Value v;
        if (mf == MF_FLOAT_LE || mf == MF_FLOAT_BE) {
            float f;
            memcpy(&f, p, 4);
            v = kr_float_new(th, f);
        } else if (mf == MF_DOUBLE_LE || mf == MF_DOUBLE_BE) {
            double d;
            memcpy(&d, p, 8);
            v = kr_float_new(th, d);
        } else {
            uint64_t u = 0;
            memcpy(&u, p, (size_t)size);
            if (mfs[mf].is_signed && size < 8 && (u >> (8 * size - 1)) & 1)
                u |= ~(uint64_t)0 << (8 * size);
            v = mfs[mf].is_signed ? kr_int_from_i64(th, (int64_t)u) : u64_value(th, u);
        }
        if (!v)
            return KR_VALUE_NULL;
        l->items[i] = v;
    }
    return kr_from_obj(l);
}

KR_LIB_FUNC(array_reconstructor)
{
    if (kr_libutil_no_keywords(th, "_array_reconstructor", kw) < 0 ||
        kr_libutil_check_positional(th, "_array_reconstructor", nargs, 4, 4) < 0)
        return KR_VALUE_NULL;
    Value type = args[0], tc = args[1], items = args[3];
    if (!kr_is_obj(type) || !(kr_type_of(type)->flags & KR_TYPE_TYPE_SUBCLASS))
        return kr_err_type_error(th, "first argument must be a type object, not %s", kr_type_name(type));
    if (!kr_type_is_subtype((Type *)kr_as_obj(type), &array_type))
        return kr_err_type_error(th, "%s is not a subtype of array.array", ((Type *)kr_as_obj(type))->name);
    if (!kr_is_str(tc) || kr_as_str(tc)->len != 1)
        return kr_err_type_error(th, "_array_reconstructor() argument 2 must be a unicode character, not %s",
                                 kr_type_name(tc));
    const Descr *d = find_descr(kr_str_char(kr_as_str(tc), 0));
    if (!d) {
        kr_err_set_string(th, &kr_exc_ValueError, "second argument must be a valid type code");
        return KR_VALUE_NULL;
    }
    int64_t mf;
    if (kr_libutil_as_ssize(th, args[2], &mf) < 0)
        return KR_VALUE_NULL;
    if (mf < 0 || mf > MF_MAX) {
        kr_err_set_string(th, &kr_exc_ValueError, "third argument must be a valid machine format code.");
        return KR_VALUE_NULL;
    }
    if (!kr_bytes_check(items))
        return kr_err_type_error(th, "fourth argument should be bytes, not %s", kr_type_name(items));
    char code = d->code;
    Value converted = items;
    if (mf != d->mformat && !(converted = decode_mformat(th, (int)mf, kr_as_bytes(items), &code)))
        return KR_VALUE_NULL;
    Str *c = kr_str_from_char(th, (uint32_t)code);
    Value call[2] = {c ? kr_from_obj(c) : KR_VALUE_NULL, converted};
    return c ? kr_vm_call(th, type, call, 2, NULL) : KR_VALUE_NULL;
}

static const MethodDef module_functions[] = {
    {"_array_reconstructor", array_reconstructor, "($module, arraytype, typecode, mformat_code, items, /)", NULL, 0},
    {0},
};

int kr_mod__array_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_array", module_functions);
    if (!m || kr_libutil_add_type(th, m, &array_type) < 0 || kr_type_ready(th, &array_iter_type) < 0 ||
        kr_libutil_add_value(th, m, "ArrayType", kr_from_obj(&array_type)) < 0)
        return -1;
    Str *codes = kr_str_from_cstr(th, "bBuhHiIlLqQfd");
    return codes ? kr_libutil_add_value(th, m, "typecodes", kr_from_obj(codes)) : -1;
}
