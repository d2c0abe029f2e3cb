/*
 * complex.c -- Python complex, as CPython 3.11's complexobject.c.
 *
 * Mixed arithmetic widens the other operand to complex first (an int
 * through the same conversion as float(), so a huge int raises
 * "int too large to convert to float"), then applies the complex formula:
 * complex(1, 0) * 2.0 and 1j * 2 give CPython's signed zeros only because
 * both use the full product formula, never a shortcut for a real operand.
 * Division is Smith's algorithm (CPython's _Py_c_quot) and raises
 * "complex division by zero".  Powers with a small integral exponent
 * (|n| <= 100) multiply by repeated squaring, all others go through polar
 * form; either way an infinite result from finite operands is
 * OverflowError("complex exponentiation"), judged on errno after the
 * computation as CPython's Py_ADJUST_ERANGE2 does.
 *
 * Only == and != are defined; the ordering operators return
 * NotImplemented, so the generic comparison raises the TypeError.  The hash
 * is hash(real) + 1000003 * hash(imag) in wrapping unsigned arithmetic, so
 * hash(complex(x, 0)) == hash(x) for every float or int x equal to it.
 *
 * complex(str) accepts CPython's grammar: optional parentheses and
 * surrounding whitespace, "<float>", "<float>j", "<float><signed float>j",
 * "<float>+j", "+j", "j", with '_' between digits.  The float pieces are
 * scanned here (strtod alone would also take hex and "nan(...)").
 */
#include "objects/complex.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/dtoa.h"
#include "core/numfmt.h"
#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/argparse.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Cx {
    double re, im;
} Cx;

Value kr_complex_new(Thread *th, double real, double imag)
{
    Complex *z = kr_gc_alloc(sizeof *z);
    if (!z) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    z->hdr.type = &kr_complex_type;
    z->real = real;
    z->imag = imag;
    return kr_from_obj(z);
}

static inline Value cx_value(Thread *th, Cx c) { return kr_complex_new(th, c.re, c.im); }
static inline Cx cx_of(Value v) { return (Cx){kr_as_complex(v)->real, kr_as_complex(v)->imag}; }

/* An arithmetic operand as complex: 1 done, 0 not a number (NotImplemented),
 * -1 error (an int too large for a double). */
static int operand(Thread *th, Value v, Cx *out)
{
    if (kr_is_complex(v)) {
        *out = cx_of(v);
        return 1;
    }
    if (kr_is_float(v) || kr_is_int(v)) {
        out->im = 0.0;
        return kr_float_as_double(th, v, &out->re) < 0 ? -1 : 1;
    }
    return 0;
}

/* ---- the arithmetic of CPython's _Py_c_* functions ------------------------ */

static Cx cx_prod(Cx a, Cx b)
{
    return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* Smith's algorithm; errno = EDOM for a zero divisor. */
static Cx cx_quot(Cx a, Cx b)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN};    /* a NaN in b's parts */
}

static Cx cx_pow(Cx a, Cx b)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (Cx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

static Cx cx_powu(Cx x, long n)
{
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = cx_prod(r, p);
        p = cx_prod(p, p);
    }
    return r;
}

static Cx cx_powi(Cx x, long n)
{
    if (n > 100 || n < -100)
        return cx_pow(x, (Cx){(double)n, 0.0});
    if (n > 0)
        return cx_powu(x, n);
    return cx_quot((Cx){1.0, 0.0}, cx_powu(x, -n));
}

static Value complex_power(Thread *th, Cx a, Cx b)
{
    errno = 0;
    Cx p;
    /* (long) of a double outside long's range is undefined in C: test first. */
    if (b.im == 0.0 && fabs(b.re) < 9.2e18 && b.re == (double)(long)b.re)
        p = cx_powi(a, (long)b.re);
    else
        p = cx_pow(a, b);
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        kr_err_set_string(th, &kr_exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return KR_VALUE_NULL;
    }
    if (errno == ERANGE) {
        kr_err_set_string(th, &kr_exc_OverflowError, "complex exponentiation");
        return KR_VALUE_NULL;
    }
    return cx_value(th, p);
}

Value kr_complex_binop(Thread *th, Value a, Value b, BinOp op)
{
    Cx x, y;
    int ra = operand(th, a, &x);
    if (ra <= 0)
        return ra < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    int rb = operand(th, b, &y);
    if (rb <= 0)
        return rb < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    switch (op) {
    case KR_OP_ADD: return kr_complex_new(th, x.re + y.re, x.im + y.im);
    case KR_OP_SUB: return kr_complex_new(th, x.re - y.re, x.im - y.im);
    case KR_OP_MUL: return cx_value(th, cx_prod(x, y));
    case KR_OP_TRUEDIV: {
        errno = 0;
        Cx q = cx_quot(x, y);
        if (errno == EDOM) {
            kr_err_set_string(th, &kr_exc_ZeroDivisionError, "complex division by zero");
            return KR_VALUE_NULL;
        }
        return cx_value(th, q);
    }
    case KR_OP_POW: return complex_power(th, x, y);
    default: return KR_NOTIMPL;
    }
}

#define COMPLEX_BINOP(name, op) \
    static Value complex_##name(Thread *th, Value a, Value b) { return kr_complex_binop(th, a, b, op); }
COMPLEX_BINOP(add, KR_OP_ADD)
COMPLEX_BINOP(sub, KR_OP_SUB)
COMPLEX_BINOP(mul, KR_OP_MUL)
COMPLEX_BINOP(truediv, KR_OP_TRUEDIV)
COMPLEX_BINOP(pow_slot, KR_OP_POW)

/* pow(z, w, mod): CPython refuses any modulus for complex. */
static Value complex_pow3(Thread *th, Value a, Value b, Value mod)
{
    if (mod != KR_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "complex modulo");
        return KR_VALUE_NULL;
    }
    return kr_complex_binop(th, a, b, KR_OP_POW);
}

static Value complex_neg(Thread *th, Value a)
{
    return kr_complex_new(th, -kr_as_complex(a)->real, -kr_as_complex(a)->imag);
}

/* +z is an exact complex, a subclass's value too */
static Value complex_pos(Thread *th, Value a)
{
    if (kr_type_of(a) == &kr_complex_type)
        return a;
    return kr_complex_new(th, kr_as_complex(a)->real, kr_as_complex(a)->imag);
}

static Value complex_abs(Thread *th, Value a)
{
    Cx z = cx_of(a);
    if (isinf(z.re) || isinf(z.im))
        return kr_float_new(th, INFINITY);
    if (isnan(z.re) || isnan(z.im))
        return kr_float_new(th, NAN);
    double r = hypot(z.re, z.im);
    if (!isfinite(r)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "absolute value too large");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, r);
}

static int complex_bool(Thread *th, Value a)
{
    return kr_as_complex(a)->real != 0.0 || kr_as_complex(a)->imag != 0.0;
}

/* ---- comparison and hashing ------------------------------------------------- */

static Value complex_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!kr_is_complex(a) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPL;
    Cx x = cx_of(a);
    bool equal;
    if (kr_is_int(b)) {
        /* Exact, as float == int is: compare the real part as a float. */
        if (x.im != 0.0) {
            equal = false;
        } else {
            Value re = kr_float_new(th, x.re);
            return re ? kr_float_richcompare(th, re, b, op) : KR_VALUE_NULL;
        }
    } else if (kr_is_float(b)) {
        equal = x.re == kr_float_value(b) && x.im == 0.0;
    } else if (kr_is_complex(b)) {
        Cx y = cx_of(b);
        equal = x.re == y.re && x.im == y.im;
    } else {
        return KR_NOTIMPL;
    }
    return kr_from_bool(op == KR_EQ ? equal : !equal);
}

/* _Py_HashDouble(obj, d): a NaN hashes by the object's identity. */
static uint64_t part_hash(Value self, double d)
{
    if (isnan(d)) {
        uint64_t y = (uint64_t)(uintptr_t)kr_as_obj(self);
        return (y >> 4) | (y << 60);
    }
    return (uint64_t)kr_float_hash_double(d);
}

static int complex_hash(Thread *th, Value v, int64_t *h)
{
    Cx z = cx_of(v);
    uint64_t combined = part_hash(v, z.re) + 1000003u * part_hash(v, z.im);
    if (combined == (uint64_t)-1)
        combined = (uint64_t)-2;
    *h = (int64_t)combined;
    return 0;
}

/* ---- text ------------------------------------------------------------------- */

static Value complex_repr(Thread *th, Value v)
{
    char buf[2 * KR_DTOA_BUFSIZE + 4];
    size_t n = kr_dtoa_complex_repr(kr_as_complex(v)->real, kr_as_complex(v)->imag, buf);
    Str *s = kr_str_from_utf8(th, buf, n);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value numerr_raise(Thread *th, NumErr *err)
{
    kr_err_set_string(th, err->kind == KR_NUMERR_OVERFLOW ? &kr_exc_OverflowError : &kr_exc_ValueError,
                      err->msg.data ? err->msg.data : "invalid format");
    kr_buf_free(&err->msg);
    return KR_VALUE_NULL;
}

Value kr_complex_format_spec(Thread *th, Value z, Value specv)
{
    Str *spec = kr_as_str(specv);
    if (spec->len == 0)         /* str(self): a subclass's __str__ (CPython's format_obj) */
        return kr_object_str(th, z);
    size_t len;
    const char *u = kr_str_utf8(th, spec, &len);
    if (!u)
        return KR_VALUE_NULL;
    FormatSpec fs;
    NumErr err = {0};
    if (!kr_numfmt_parse_spec(u, len, '\0', '>', "complex", &fs, &err))
        return numerr_raise(th, &err);
    if (fs.width > 1000000000) {
        /* the padding goes through a malloc'ed buffer, whose failure is
         * fatal: refuse a width CPython could not allocate either */
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    if (fs.precision > 1000000000) {
        kr_err_set_string(th, &kr_exc_ValueError, "precision too big");
        return KR_VALUE_NULL;
    }
    Buf out;
    kr_buf_init(&out);
    if (!kr_numfmt_format_complex(kr_as_complex(z)->real, kr_as_complex(z)->imag, &fs, "complex",
                                  &out, &err)) {
        kr_buf_free(&out);
        return numerr_raise(th, &err);
    }
    Str *s = kr_str_from_buf(th, &out);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* ---- complex(str) ------------------------------------------------------------- */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool match_word(const char *s, const char *word)
{
    for (; *word; s++, word++)
        if ((*s | 0x20) != *word)
            return false;
    return true;
}

/* Scan a float at s (sign, digits with '.', exponent, or inf/infinity/nan)
 * and convert it; the end of the scan, s itself when there is no float. */
static const char *scan_double(const char *s, double *out)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    if (match_word(p, "infinity"))
        p += 8;
    else if (match_word(p, "inf") || match_word(p, "nan"))
        p += 3;
    else {
        const char *digits = p;
        while (is_digit(*p))
            p++;
        bool any = p > digits;
        if (*p == '.') {
            p++;
            while (is_digit(*p)) {
                p++;
                any = true;
            }
        }
        if (!any)
            return s;
        if (*p == 'e' || *p == 'E') {
            const char *e = p + 1;
            if (*e == '+' || *e == '-')
                e++;
            if (is_digit(*e)) {
                while (is_digit(*e))
                    e++;
                p = e;
            }
        }
    }
    size_t n = (size_t)(p - s);
    char tmp[n + 1];
    memcpy(tmp, s, n);
    tmp[n] = 0;
    *out = strtod(tmp, NULL);    /* overflow gives +-inf, as CPython's parse */
    return p;
}

/* The text with '_' removed, or NULL if an underscore is not between digits. */
static char *strip_underscores(const char *u, size_t len)
{
    char *buf = kr_gc_alloc_atomic(len + 1);
    if (!buf)
        return NULL;
    size_t n = 0;
    for (size_t k = 0; k < len; k++) {
        if (u[k] == '_') {
            if (k == 0 || k + 1 == len || !is_digit(u[k - 1]) || !is_digit(u[k + 1]))
                return NULL;
            continue;
        }
        buf[n++] = u[k];
    }
    buf[n] = 0;
    return buf;
}

static Value complex_from_string(Thread *th, Str *str)
{
    size_t len;
    const char *u = kr_str_utf8(th, str, &len);
    if (!u)
        return KR_VALUE_NULL;
    const char *s = u;
    if (memchr(u, '_', len)) {
        /* CPython checks underscores first, with float()'s message. */
        s = memchr(u, 0, len) ? NULL : strip_underscores(u, len);
        if (!s) {
            Str *rep = kr_str_repr(th, str);
            if (rep)
                kr_err_format(th, &kr_exc_ValueError, "could not convert string to complex: %U", rep);
            return KR_VALUE_NULL;
        }
    } else if (memchr(u, 0, len)) {
        goto malformed;
    }
    double x = 0.0, y = 0.0, z;
    while (is_space(*s))
        s++;
    bool bracket = *s == '(';
    if (bracket) {
        s++;
        while (is_space(*s))
            s++;
    }
    const char *end = scan_double(s, &z);
    if (end != s) {
        s = end;
        if (*s == '+' || *s == '-') {
            x = z;
            end = scan_double(s, &y);
            if (end != s) {
                s = end;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (*s != 'j' && *s != 'J')
                goto malformed;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (*s != 'j' && *s != 'J')
            goto malformed;
        s++;
    }
    while (is_space(*s))
        s++;
    if (bracket) {
        if (*s != ')')
            goto malformed;
        s++;
        while (is_space(*s))
            s++;
    }
    if (*s)
        goto malformed;
    return kr_complex_new(th, x, y);
malformed:
    kr_err_set_string(th, &kr_exc_ValueError, "complex() arg is a malformed string");
    return KR_VALUE_NULL;
}

/* ---- the constructor ------------------------------------------------------------ */

/* r.__complex__() for an instance of a class that defines it: 1 with *out
 * set, 0 when there is no such method, -1 on error. */
static int complex_dunder(Thread *th, Value r, Cx *out)
{
    Type *t = kr_type_of(r);
    if (!(t->flags & KR_TYPE_HEAP))
        return 0;
    Str *name = kr_str_intern_cstr(th, "__complex__");
    if (!name)
        return -1;
    Value f = kr_type_lookup(t, name);
    if (!f)
        return 0;
    Value z = kr_vm_call_special(th, f, r, NULL, 0);
    if (!z)
        return -1;
    if (!kr_is_complex(z)) {
        kr_err_format(th, &kr_exc_TypeError, "__complex__ returned non-complex (type %s)",
                      kr_type_name(z));
        return -1;
    }
    *out = cx_of(z);
    return 1;
}

/* What complex() accepts as a part: complex, or anything with __float__
 * or __index__ (CPython tests the slots before converting anything). */
static bool is_number(Value v)
{
    Type *t = kr_type_of(v);
    return kr_is_complex(v) || kr_is_float(v) || kr_is_int(v) || t->float_ || t->index;
}

/* A part known to be a number, as complex. */
static int part_value(Thread *th, Value v, Cx *out)
{
    if (kr_is_complex(v)) {
        *out = cx_of(v);
        return 0;
    }
    out->im = 0.0;
    if (kr_is_float(v) || kr_is_int(v))
        return kr_float_as_double(th, v, &out->re);
    Type *t = kr_type_of(v);
    Value d = t->float_ ? t->float_(th, v) : kr_object_index(th, v);
    if (!d)
        return -1;
    if (!kr_is_float(d) && !kr_is_int(d)) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      t->name, kr_type_name(d));
        return -1;
    }
    return kr_float_as_double(th, d, &out->re);
}

static Value complex_new_slot(Thread *th, Type *type, const Value *args, size_t nargs,
                              Tuple *kwnames)
{
    if (type != &kr_complex_type) {
        /* A subclass instance: the exact value copied into its layout. */
        Value v = complex_new_slot(th, &kr_complex_type, args, nargs, kwnames);
        return v ? kr_object_copy_as(th, type, v, sizeof(Complex)) : KR_VALUE_NULL;
    }
    static const char *const names[] = {"real", "imag", NULL};
    Value kv[2] = {KR_VALUE_NULL, KR_VALUE_NULL};
    if (nargs > 2) {
        size_t given = nargs + (kwnames ? (size_t)kwnames->size : 0);
        return kr_err_type_error(th, "complex() takes at most 2 arguments (%zu given)", given);
    }
    for (size_t i = 0; i < nargs; i++)
        kv[i] = args[i];
    if (kwnames && kr_mod_parse_kwargs(th, "complex", args + nargs, kwnames, names, kv) < 0)
        return KR_VALUE_NULL;
    Value r = kv[0], i = kv[1];
    if (!r)
        r = kr_from_smallint(0);
    if (kr_is_str(r)) {
        if (i)
            return kr_err_type_error(th, "complex() can't take second arg if first is a string");
        return complex_from_string(th, kr_as_str(r));
    }
    if (i && kr_is_str(i))
        return kr_err_type_error(th, "complex() second arg can't be a string");
    Cx cr, ci = {0.0, 0.0};
    int special = complex_dunder(th, r, &cr);
    if (special < 0)
        return KR_VALUE_NULL;
    if (!special && !is_number(r))
        return kr_err_type_error(th, "complex() first argument must be a string or a number, not '%s'",
                                 kr_type_name(r));
    if (i && !is_number(i))
        return kr_err_type_error(th, "complex() second argument must be a number, not '%s'",
                                 kr_type_name(i));
    if (kr_is_type(r, &kr_complex_type) && !i)
        return r;
    bool cr_is_cx = special || kr_is_complex(r), ci_is_cx = i && kr_is_complex(i);
    if (!special && part_value(th, r, &cr) < 0)
        return KR_VALUE_NULL;
    if (!i)
        ci.re = cr.im;
    else if (part_value(th, i, &ci) < 0)
        return KR_VALUE_NULL;
    /* complex(a, b) is a + b*1j even when a or b is complex. */
    if (ci_is_cx)
        cr.re -= ci.im;
    if (cr_is_cx && i)
        ci.re += cr.im;
    return kr_complex_new(th, cr.re, ci.re);
}

/* ---- methods and members -------------------------------------------------------- */

static Value complex_conjugate(Thread *th, Value self, const Value *args, size_t nargs,
                               Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "complex.conjugate", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return kr_complex_new(th, kr_as_complex(args[0])->real, -kr_as_complex(args[0])->imag);
}

static Value complex_complex(Thread *th, Value self, const Value *args, size_t nargs,
                             Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "complex.__complex__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return args[0];
}

static Value complex_getnewargs(Thread *th, Value self, const Value *args, size_t nargs,
                                Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "complex.__getnewargs__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    Value parts[2] = {kr_float_new(th, kr_as_complex(args[0])->real),
                      kr_float_new(th, kr_as_complex(args[0])->imag)};
    if (!parts[0] || !parts[1])
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, parts, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value complex_format_method(Thread *th, Value self, const Value *args, size_t nargs,
                                   Tuple *kwnames)
{
    if (kr_call_check_args(th, "__format__", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "__format__() argument must be str, not %s",
                                 kr_arg_type_name(args[1]));
    return kr_complex_format_spec(th, args[0], args[1]);
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, "($self, /)",
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.", 0},
    {"__complex__", complex_complex, "($self, /)", "Convert this value to exact type complex.", 0},
    {"__getnewargs__", complex_getnewargs, "($self, /)", NULL, 0},
    {"__format__", complex_format_method, "($self, format_spec, /)", NULL, 0},
    {0},
};

static Value complex_real(Thread *th, Value v) { return kr_float_new(th, kr_as_complex(v)->real); }
static Value complex_imag(Thread *th, Value v) { return kr_float_new(th, kr_as_complex(v)->imag); }

static const MemberDef complex_members[] = {
    {"real", 0, complex_real, NULL, "the real part of a complex number", KR_MEMBER_READONLY},
    {"imag", 0, complex_imag, NULL, "the imaginary part of a complex number", KR_MEMBER_READONLY},
    {0},
};

Type kr_complex_type = {
    .hdr = {&kr_type_type},
    .name = "complex",
    .size = sizeof(Complex),
    .flags = KR_TYPE_IMMUTABLE | KR_TYPE_BASETYPE,
    .new_ = complex_new_slot,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .bool_ = complex_bool,
    .binop = {
        [KR_OP_ADD] = complex_add, [KR_OP_SUB] = complex_sub, [KR_OP_MUL] = complex_mul,
        [KR_OP_TRUEDIV] = complex_truediv, [KR_OP_POW] = complex_pow_slot,
    },
    .pow3 = complex_pow3,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .methods = complex_methods,
    .members = complex_members,
};
