/*
 * float.c -- Python float over inline doubles.
 *
 * Arithmetic follows CPython's floatobject.c, including its error
 * messages: "float division by zero", "float floor division by zero",
 * "float modulo", and % / // rounding toward negative infinity with the
 * sign of the divisor (float_divmod's fmod-and-adjust).  repr is the
 * shortest round-tripping string (core/dtoa.h).  Comparisons with ints are
 * exact, never through a lossy conversion (GMP's mpz_cmp_d), so
 * 2**53 + 1 != float(2**53 + 1) as in CPython.  hash(x) equals hash(n)
 * whenever x == n (CPython's _Py_HashDouble, mod 2**61 - 1).
 */
#include "objects/float.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dtoa.h"
#include "core/numfmt.h"
#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/slotwrap.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

Value kr_float_box(Thread *th, double d)
{
    Float *f = kr_gc_alloc(sizeof *f);
    if (!f) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    f->hdr.type = &kr_float_type;
    f->d = d;
    return kr_from_obj(f);
}

int kr_float_as_double(Thread *th, Value v, double *out)
{
    if (kr_is_float(v)) {
        *out = kr_float_value(v);
        return 0;
    }
    if (kr_is_int(v)) {
        bool overflow;
        *out = kr_int_to_double(v, &overflow);
        if (overflow) {
            kr_err_set_string(th, &kr_exc_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    kr_err_format(th, &kr_exc_TypeError, "must be real number, not %s", kr_type_name(v));
    return -1;
}

Value kr_float_repr(Thread *th, Value v)
{
    char buf[KR_DTOA_BUFSIZE];
    size_t n = kr_dtoa_repr(kr_float_value(v), buf);
    Str *s = kr_str_from_utf8(th, buf, n);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t kr_float_hash_double(double v)
{
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int float_hash(Thread *th, Value v, int64_t *h)
{
    double d = kr_float_value(v);
    if (isnan(d)) {
        /* CPython 3.10+: a NaN hashes by identity. */
        uint64_t y = v;
        *h = (int64_t)((y >> 4) | (y << 60));
        return 0;
    }
    *h = kr_float_hash_double(d);
    return 0;
}

/* Coerce an operand for arithmetic: float, int or bool; else 0 (pass). */
static int operand(Thread *th, Value v, double *out)
{
    if (kr_is_float(v)) {
        *out = kr_float_value(v);
        return 1;
    }
    if (kr_is_int(v))
        return kr_float_as_double(th, v, out) < 0 ? -1 : 1;
    return 0;
}

static Value float_pow(Thread *th, double x, double y)
{
    if (x == 0.0 && y < 0.0 && !isinf(y)) {     /* 0.0 ** -inf is inf (C99) */
        kr_err_set_string(th, &kr_exc_ZeroDivisionError,
                          "0.0 cannot be raised to a negative power");
        return KR_VALUE_NULL;
    }
    if (x < 0.0 && y != floor(y) && isfinite(x) && isfinite(y)) {
        /* CPython hands this case to complex: (-8.0) ** 0.5 is about 2.83j. */
        Value a = kr_float_new(th, x), b = kr_float_new(th, y);
        return a && b ? kr_complex_binop(th, a, b, KR_OP_POW) : KR_VALUE_NULL;
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        kr_err_format(th, &kr_exc_OverflowError, "(34, 'Numerical result out of range')");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, r);
}

Value kr_float_binop(Thread *th, Value a, Value b, BinOp op)
{
    double x, y;
    int ra = operand(th, a, &x);
    if (ra <= 0)
        return ra < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    int rb = operand(th, b, &y);
    if (rb <= 0)
        return rb < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    double r, mod;
    switch (op) {
    case KR_OP_ADD: r = x + y; break;
    case KR_OP_SUB: r = x - y; break;
    case KR_OP_MUL: r = x * y; break;
    case KR_OP_TRUEDIV:
        if (y == 0.0) {
            kr_err_set_string(th, &kr_exc_ZeroDivisionError, "float division by zero");
            return KR_VALUE_NULL;
        }
        r = x / y;
        break;
    case KR_OP_MOD:
        if (y == 0.0) {
            kr_err_set_string(th, &kr_exc_ZeroDivisionError, "float modulo");
            return KR_VALUE_NULL;
        }
        mod = fmod(x, y);
        if (mod) {
            if ((y < 0) != (mod < 0))
                mod += y;
        } else {
            mod = copysign(0.0, y);
        }
        r = mod;
        break;
    case KR_OP_FLOORDIV: {
        if (y == 0.0) {
            kr_err_set_string(th, &kr_exc_ZeroDivisionError, "float floor division by zero");
            return KR_VALUE_NULL;
        }
        mod = fmod(x, y);
        double div = (x - mod) / y;
        if (mod && ((y < 0) != (mod < 0)))
            div -= 1.0;
        if (div) {
            r = floor(div);
            if (div - r > 0.5)
                r += 1.0;
        } else {
            r = copysign(0.0, x / y);
        }
        break;
    }
    case KR_OP_POW:
        return float_pow(th, x, y);
    default:
        return KR_NOTIMPL;
    }
    return kr_float_new(th, r);
}

static int cmp_int_float(Value i, double d)
{
    /* sign of (i - d), exactly; d is finite. */
    if (kr_is_smallint(i) || kr_is_bool(i)) {
        int64_t n = kr_is_bool(i) ? i == KR_TRUE : kr_as_smallint(i);
        double nd = (double)n;    /* exact: |n| < 2**48 */
        return (nd > d) - (nd < d);
    }
    int c = mpz_cmp_d(((BigInt *)kr_as_obj(i))->z, d);
    return (c > 0) - (c < 0);
}

Value kr_float_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_float(a))
        return KR_NOTIMPL;
    double x = kr_float_value(a);
    int c;
    if (kr_is_float(b)) {
        double y = kr_float_value(b);
        switch (op) {
        case KR_LT: return kr_from_bool(x < y);
        case KR_LE: return kr_from_bool(x <= y);
        case KR_EQ: return kr_from_bool(x == y);
        case KR_NE: return kr_from_bool(x != y);
        case KR_GT: return kr_from_bool(x > y);
        default: return kr_from_bool(x >= y);
        }
    }
    if (!kr_is_int(b))
        return KR_NOTIMPL;
    if (isnan(x))
        return kr_from_bool(op == KR_NE);
    if (isinf(x))
        c = x > 0 ? 1 : -1;
    else
        c = -cmp_int_float(b, x);
    return kr_from_bool(kr_cmp_i64(c, 0, op));
}

#define FLOAT_BINOP(name, op) \
    static Value float_##name(Thread *th, Value a, Value b) { return kr_float_binop(th, a, b, op); }
FLOAT_BINOP(add, KR_OP_ADD)
FLOAT_BINOP(sub, KR_OP_SUB)
FLOAT_BINOP(mul, KR_OP_MUL)
FLOAT_BINOP(truediv, KR_OP_TRUEDIV)
FLOAT_BINOP(floordiv, KR_OP_FLOORDIV)
FLOAT_BINOP(mod, KR_OP_MOD)
FLOAT_BINOP(pow_slot, KR_OP_POW)

static Value float_neg(Thread *th, Value a) { return kr_float_new(th, -kr_float_value(a)); }
static Value float_pos(Thread *th, Value a) { return kr_float_new(th, kr_float_value(a)); }
static Value float_abs(Thread *th, Value a) { return kr_float_new(th, fabs(kr_float_value(a))); }
static int float_bool(Thread *th, Value a) { return kr_float_value(a) != 0.0; }

static Value float_int(Thread *th, Value a)
{
    Value args[1] = {a};
    return kr_int_type.new_(th, &kr_int_type, args, 1, NULL);
}

Value kr_float_from_string(Thread *th, Str *s)
{
    size_t len;
    const char *u = kr_str_decimal_ascii(th, s, &len);
    if (!u)
        return KR_VALUE_NULL;
    /* Strip whitespace, drop single underscores between digits, then strtod;
     * strtod also accepts hex floats and "infinity", which Python's float()
     * accepts too (except hex: rejected below). */
    char *buf = kr_gc_alloc_atomic(len + 1);
    if (!buf) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t i = 0, end = len, n = 0;
    while (i < end && (u[i] == ' ' || (u[i] >= '\t' && u[i] <= '\r')))
        i++;
    while (end > i && (u[end - 1] == ' ' || (u[end - 1] >= '\t' && u[end - 1] <= '\r')))
        end--;
    bool ok = i < end;
    for (size_t k = i; k < end; k++) {
        char c = u[k];
        if (c == '_') {
            if (k == i || k + 1 == end || !(u[k - 1] >= '0' && u[k - 1] <= '9') ||
                !(u[k + 1] >= '0' && u[k + 1] <= '9'))
                ok = false;
            continue;
        }
        if (c == 'x' || c == 'X' || c == 'p' || c == 'P')
            ok = false;
        buf[n++] = c;
    }
    buf[n] = 0;
    char *endp = NULL;
    double d = ok ? strtod(buf, &endp) : 0;
    if (!ok || endp != buf + n || n == 0) {
        Str *rep = kr_str_repr(th, s);
        if (rep)
            kr_err_format(th, &kr_exc_ValueError, "could not convert string to float: %U", rep);
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, d);
}

/* float(x) for anything but str, int and float: the __float__ slot or
 * method (its result checked), __index__, then bytes-likes as text. */
static Value float_from_other(Thread *th, Value x)
{
    Type *xt = kr_type_of(x);
    Str *name = kr_str_intern_cstr(th, "__float__");
    if (!name)
        return KR_VALUE_NULL;
    if (xt->float_ || kr_type_lookup(xt, name)) {
        Value r;
        if (xt->float_) {
            r = xt->float_(th, x);
        } else {
            Value f = kr_object_getattr(th, x, name);
            r = f ? kr_object_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
        }
        if (r && !kr_is_float(r))
            return kr_err_type_error(th, "%s.__float__ returned non-float (type %s)", xt->name,
                                     kr_type_name(r));
        if (r && !kr_is_double(r) && kr_type_of(r) != &kr_float_type) {
            char msg[300];      /* a float subclass instance: deprecated, made exact */
            snprintf(msg, sizeof msg, "%.50s.__float__ returned non-float (type %.50s).  The "
                     "ability to return an instance of a strict subclass of float is deprecated, "
                     "and may be removed in a future version of Python.", xt->name,
                     kr_type_name(r));
            if (kr_mod_warn(th, &kr_exc_DeprecationWarning, msg) < 0)
                return KR_VALUE_NULL;
            r = kr_float_new(th, kr_float_value(r));
        }
        return r;
    }
    if (xt->index) {
        Value i = kr_object_index(th, x);
        double d;
        if (!i || kr_float_as_double(th, i, &d) < 0)
            return KR_VALUE_NULL;
        return kr_float_new(th, d);
    }
    if (kr_bytes_like(x) || kr_buffer_check(x)) {
        const unsigned char *data;
        int64_t len;
        if (kr_bytes_view(th, x, &data, &len) < 0)
            return KR_VALUE_NULL;
        /* bytes are parsed as they are: a non-ASCII byte (b'\xa0', which
         * decodes to a Unicode space) makes it no number, as in CPython */
        bool ascii = true;
        for (int64_t i = 0; i < len && ascii; i++)
            ascii = data[i] < 0x80;
        Str *text = ascii ? kr_str_from_utf8(th, (const char *)data, (size_t)len) : NULL;
        Value r = text ? kr_float_from_string(th, text) : KR_VALUE_NULL;
        if (!ascii)
            kr_err_set_string(th, &kr_exc_ValueError, "");
        if (!r && kr_err_matches(th, &kr_exc_ValueError)) {
            kr_err_clear(th);
            /* bytes show their bytes; another buffer, its repr (PyFloat_FromString) */
            Value rv = kr_bytes_like(x) ? KR_VALUE_NULL : kr_object_repr(th, x);
            Str *rep = rv ? kr_as_str(rv) : kr_bytes_like(x) ? kr_bytes_repr(th, data, len) : NULL;
            if (rep)
                kr_err_format(th, &kr_exc_ValueError, "could not convert string to float: %U", rep);
        }
        return r;
    }
    kr_err_format(th, &kr_exc_TypeError,
                  "float() argument must be a string or a real number, not '%s'", xt->name);
    return KR_VALUE_NULL;
}

/* float.__new__(F, ...) for a subclass F: a Float-shaped instance of F. */
static Value float_new_sub(Thread *th, Type *t, Value v)
{
    if (!v)
        return KR_VALUE_NULL;
    Float *f = (Float *)kr_object_alloc_sub(th, t, 0);
    if (f)
        f->d = kr_float_value(v);
    return f ? kr_from_obj(f) : KR_VALUE_NULL;
}

static Value float_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    if (t != &kr_float_type) {
        /* a subclass with its own __init__ may take keywords (CPython's float_new) */
        Tuple *kw = t->init != kr_float_type.init ? NULL : kwnames;
        return float_new_sub(th, t, float_new(th, &kr_float_type, args, nargs, kw));
    }
    if (kr_call_check_args(th, "float", nargs, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (nargs == 0)
        return kr_float_new(th, 0.0);
    Value x = args[0];
    /* a subclass's own __float__ (of float, str or int) comes first, as in
     * CPython's PyNumber_Float */
    Type *xt = kr_type_of(x);
    if (xt->flags & KR_TYPE_HEAP) {
        Str *fname = kr_str_intern_cstr(th, "__float__");
        Value own = fname ? kr_type_lookup(xt, fname) : KR_VALUE_NULL;
        if (own && own != kr_type_lookup(&kr_float_type, fname))
            return float_from_other(th, x);
    }
    if (kr_is_float(x))
        return float_pos(th, x);
    if (kr_str_check(x))
        return kr_float_from_string(th, kr_as_str(x));
    if (kr_is_int(x)) {
        double d;
        if (kr_float_as_double(th, x, &d) < 0)
            return KR_VALUE_NULL;
        return kr_float_new(th, d);
    }
    return float_from_other(th, x);
}

static Value float_is_integer(Thread *th, Value self, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "float.is_integer", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    double d = kr_float_value(args[0]);
    return kr_from_bool(isfinite(d) && d == floor(d));
}

static Value float_format_method(Thread *th, Value self, const Value *args, size_t nargs,
                                 Tuple *kwnames)
{
    if (kr_call_check_args(th, "__format__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "__format__() argument must be str, not %s",
                                 kr_arg_type_name(args[1]));
    return kr_float_format_spec(th, args[0], args[1]);
}

/* ---- methods: hex/fromhex, as_integer_ratio, __round__, ... ---------------- */

#define METHOD(name) \
    static Value name(Thread *th, Value unused, const Value *args, size_t nargs, Tuple *kwnames)

static Value raise_numerr(Thread *th, NumErr *err)
{
    kr_err_set_string(th, err->kind == KR_NUMERR_OVERFLOW ? &kr_exc_OverflowError
                                                          : &kr_exc_ValueError,
                      err->msg.data ? err->msg.data : "invalid value");
    kr_buf_free(&err->msg);
    return KR_VALUE_NULL;
}

static Value tuple2(Thread *th, Value a, Value b)
{
    Value items[2] = {a, b};
    if (!a || !b)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(float_hex)
{
    if (kr_argparse_noargs(th, "float.hex", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Buf out;
    kr_buf_init(&out);
    kr_numfmt_float_hex(kr_float_value(args[0]), &out);
    Str *r = kr_str_from_buf(th, &out);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* float.fromhex(string), a classmethod: a subclass gets cls(result). */
METHOD(float_fromhex)
{
    if (kr_argparse_one(th, "float.fromhex", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1]))
        return kr_err_type_error(th, "bad argument type for built-in operation");
    size_t len;
    const char *u = kr_str_utf8(th, kr_as_str(args[1]), &len);
    if (!u)
        return KR_VALUE_NULL;
    double d;
    NumErr err = {0};
    if (!kr_numfmt_float_fromhex(u, len, &d, &err))
        return raise_numerr(th, &err);
    Value r = kr_float_new(th, d);
    if (!r || args[0] == kr_from_obj(&kr_float_type))
        return r;
    return kr_object_call(th, args[0], &r, 1, NULL);
}

METHOD(float_as_integer_ratio)
{
    if (kr_argparse_noargs(th, "float.as_integer_ratio", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    int64_t mant;
    int exp2;
    NumErr err = {0};
    if (!kr_numfmt_float_ratio(kr_float_value(args[0]), &mant, &exp2, &err))
        return raise_numerr(th, &err);
    mpz_t n, d;
    mpz_init_set_si(n, mant);
    mpz_init_set_ui(d, 1);
    if (exp2 > 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)exp2);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-exp2);
    Value num = kr_int_from_mpz(th, n);
    Value den = num ? kr_int_from_mpz(th, d) : KR_VALUE_NULL;
    mpz_clears(n, d, NULL);
    return tuple2(th, num, den);
}

/* float.__getformat__(typestr), a classmethod. */
METHOD(float_getformat)
{
    if (kr_argparse_one(th, "float.__getformat__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[1]))
        return kr_err_type_error(th, "__getformat__() argument must be str, not %s",
                                 kr_type_name(args[1]));
    Str *s = kr_as_str(args[1]);
    if (s->kind == 1 && ((s->len == 6 && memcmp(s->data, "double", 6) == 0) ||
                         (s->len == 5 && memcmp(s->data, "float", 5) == 0))) {
        Str *r = kr_str_from_cstr(th, "IEEE, little-endian");
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    kr_err_set_string(th, &kr_exc_ValueError,
                      "__getformat__() argument 1 must be 'double' or 'float'");
    return KR_VALUE_NULL;
}

static Value float_self_method(Thread *th, const char *name, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    if (kr_argparse_noargs(th, name, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return float_pos(th, args[0]);
}

METHOD(float_conjugate) { return float_self_method(th, "float.conjugate", args, nargs, kwnames); }

/* __trunc__, __floor__, __ceil__: the integer-valued double, then int(). */
static Value float_to_int_by(Thread *th, const char *name, double (*fn)(double),
                             const Value *args, size_t nargs, Tuple *kwnames)
{
    if (kr_argparse_noargs(th, name, nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value f = kr_float_new(th, fn(kr_float_value(args[0])));
    return f ? float_int(th, f) : KR_VALUE_NULL;
}

METHOD(float_trunc_m) { return float_to_int_by(th, "float.__trunc__", trunc, args, nargs, kwnames); }
METHOD(float_floor_m) { return float_to_int_by(th, "float.__floor__", floor, args, nargs, kwnames); }
METHOD(float_ceil_m) { return float_to_int_by(th, "float.__ceil__", ceil, args, nargs, kwnames); }

/* __round__(ndigits=None): with no ndigits an int, ties to even; with
 * ndigits a float correctly rounded (numfmt's double_round). */
METHOD(float_round)
{
    if (kr_argparse_pos(th, "float.__round__", nargs - 1, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    double x = kr_float_value(args[0]);
    if (nargs == 1 || args[1] == KR_NONE) {
        Value f = kr_float_new(th, kr_numfmt_round_half_even(x));
        return f ? float_int(th, f) : KR_VALUE_NULL;
    }
    Value nd = kr_object_index(th, args[1]);
    if (!nd)
        return KR_VALUE_NULL;
    int64_t n;
    if (kr_is_bigint(nd))
        n = kr_int_sign(nd) > 0 ? INT32_MAX : INT32_MIN;   /* saturate, as CPython */
    else if (kr_int_as_i64(th, nd, &n) < 0)
        return KR_VALUE_NULL;
    double out;
    NumErr err = {0};
    if (!kr_numfmt_round(x, n, &out, &err))
        return raise_numerr(th, &err);
    return kr_float_new(th, out);
}

METHOD(float_getnewargs)
{
    if (kr_argparse_noargs(th, "float.__getnewargs__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value v = float_pos(th, args[0]);
    Tuple *t = v ? kr_tuple_from_array(th, &v, 1) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

METHOD(float_sizeof)
{
    if (kr_argparse_noargs(th, "float.__sizeof__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(24);     /* CPython's PyFloatObject */
}

/* __divmod__ / __rdivmod__ on float and int operands. */
static Value float_divmod_pair(Thread *th, Value a, Value b)
{
    if (!(kr_is_float(a) || kr_is_int(a)) || !(kr_is_float(b) || kr_is_int(b)))
        return KR_NOTIMPL;
    double y;
    if (kr_float_as_double(th, b, &y) < 0)
        return KR_VALUE_NULL;
    if (y == 0.0) {
        kr_err_set_string(th, &kr_exc_ZeroDivisionError, "float divmod()");
        return KR_VALUE_NULL;
    }
    Value q = kr_float_binop(th, a, b, KR_OP_FLOORDIV);
    Value r = q ? kr_float_binop(th, a, b, KR_OP_MOD) : KR_VALUE_NULL;
    return tuple2(th, q, r);
}

METHOD(float_divmod_m)
{
    if (kr_slotwrap_check_one(th, "__divmod__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return float_divmod_pair(th, args[0], args[1]);
}

METHOD(float_rdivmod_m)
{
    if (kr_slotwrap_check_one(th, "__rdivmod__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return float_divmod_pair(th, args[1], args[0]);
}

static Value float_real(Thread *th, Value v) { return float_pos(th, v); }
static Value float_imag(Thread *th, Value v) { return kr_float_new(th, 0.0); }

static const MemberDef float_members[] = {
    {"real", 0, float_real, NULL, "the real part of a complex number", 0},
    {"imag", 0, float_imag, NULL, "the imaginary part of a complex number", 0},
    {0},
};

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer, "($self, /)", "Return True if the float is an integer.", 0},
    {"__format__", float_format_method, "($self, format_spec, /)", NULL, 0},
    {"hex", float_hex, "($self, /)",
    "Return a hexadecimal representation of a floating-point number.\n"
    "\n"
    ">>> (-0.1).hex()\n"
    "'-0x1.999999999999ap-4'\n"
    ">>> 3.14159.hex()\n"
    "'0x1.921f9f01b866ep+1'", 0},
    {"fromhex", float_fromhex, "($type, string, /)",
    "Create a floating-point number from a hexadecimal string.\n"
    "\n"
    ">>> float.fromhex('0x1.ffffp10')\n"
    "2047.984375\n"
    ">>> float.fromhex('-0x1p-1074')\n"
    "-5e-324", KR_METH_CLASS},
    {"as_integer_ratio", float_as_integer_ratio, "($self, /)",
    "Return integer ratio.\n"
    "\n"
    "Return a pair of integers, whose ratio is exactly equal to the original float\n"
    "and with a positive denominator.\n"
    "\n"
    "Raise OverflowError on infinities and a ValueError on NaNs.\n"
    "\n"
    ">>> (10.0).as_integer_ratio()\n"
    "(10, 1)\n"
    ">>> (0.0).as_integer_ratio()\n"
    "(0, 1)\n"
    ">>> (-.25).as_integer_ratio()\n"
    "(-1, 4)", 0},
    {"__getformat__", float_getformat, "($type, typestr, /)", NULL, KR_METH_CLASS},
    {"conjugate", float_conjugate, "($self, /)", NULL, 0},
    {"__trunc__", float_trunc_m, "($self, /)", NULL, 0},
    {"__floor__", float_floor_m, "($self, /)", NULL, 0},
    {"__ceil__", float_ceil_m, "($self, /)", NULL, 0},
    {"__round__", float_round, "($self, ndigits=None, /)", NULL, 0},
    {"__getnewargs__", float_getnewargs, "($self, /)", NULL, 0},
    {"__sizeof__", float_sizeof, "($self, /)", NULL, 0},
    {"__divmod__", float_divmod_m, "($self, value, /)", NULL, KR_METH_SLOT},
    {"__rdivmod__", float_rdivmod_m, "($self, value, /)", NULL, KR_METH_SLOT},
    {0},
};

Type kr_float_type = {
    .hdr = {&kr_type_type},
    .name = "float",
    .size = sizeof(Float),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_FLOAT_SUBCLASS | KR_TYPE_BASETYPE,
    .new_ = float_new,
    .repr = kr_float_repr,
    .hash = float_hash,
    .richcompare = kr_float_richcompare,
    .bool_ = float_bool,
    .binop = {
        [KR_OP_ADD] = float_add, [KR_OP_SUB] = float_sub, [KR_OP_MUL] = float_mul,
        [KR_OP_TRUEDIV] = float_truediv, [KR_OP_FLOORDIV] = float_floordiv,
        [KR_OP_MOD] = float_mod, [KR_OP_POW] = float_pow_slot,
    },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .int_ = float_int,
    .float_ = float_pos,
    .methods = float_methods,
    .members = float_members,
};
