/*
 * _decimal.c -- the native decimal module: the Decimal value, its exact
 * construction (str, int, float, tuple), its text forms, the signal
 * exception classes, and the module `_decimal`, which decimal.py imports
 * in place of _pydecimal (docs/design.md "A native decimal on GMP").
 *
 * Construction is context-free and exact, as the General Decimal
 * Arithmetic Specification's to-number and CPython's Decimal() are: a
 * string's digits are kept as written (no rounding), only a NaN's payload
 * is checked against the precision.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "modules/_decimal.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

Dec *kr_dec_alloc(Thread *th, Type *t)
{
    if (t != &kr_dec_type)
        return kr_libutil_alloc(th, t);
    Dec *d = kr_gc_alloc(DEC_ALLOC_SIZE);
    if (!d) {
        kr_err_no_memory(th);
        return NULL;
    }
    d->hdr.type = t;
    return d;
}

void kr_dec_set_coef(Dec *d, const mpz_t z)
{
    if (mpz_sizeinbase(z, 2) <= 64) {
        d->big = 0;
        d->w = mpz_get_ui(z);
    } else {
        if (!d->big) {
            /* the struct in scanned memory: it holds the limbs' pointer */
            mpz_ptr p = kr_gc_alloc(sizeof *p);
            if (!p)
                kr_fatal("out of memory in a decimal operation");
            mpz_init(p);
            d->z = p;
        }
        mpz_set(d->z, z);
        d->big = 1;
    }
}

void kr_dec_get_coef(const Dec *d, mpz_t z)
{
    if (d->big)
        mpz_set(z, d->z);
    else
        mpz_set_ui(z, d->w);
}

char *kr_dec_digits(Thread *th, const Dec *d, int64_t *n)
{
    char *s;
    if (d->big) {
        s = kr_gc_alloc_atomic(mpz_sizeinbase(d->z, 10) + 2);
        if (s)
            mpz_get_str(s, 10, d->z);
    } else {
        char tmp[24];
        char *start = kr_int_u64_digits(d->w, 10, false, tmp + sizeof tmp);
        size_t len = (size_t)(tmp + sizeof tmp - start);
        s = kr_gc_alloc_atomic(len + 1);
        if (s) {
            memcpy(s, start, len);
            s[len] = 0;
        }
    }
    if (!s) {
        kr_err_no_memory(th);
        return NULL;
    }
    *n = (int64_t)strlen(s);
    return s;
}

int kr_dec_raise(Thread *th, DecSignal cond)
{
    DecContext *ctx = kr_dec_current(th);
    return ctx ? kr_dec_status(th, ctx, DEC_BIT(cond)) : -1;
}

/* ---- construction ------------------------------------------------------- */

/* Does s[0..n) equal the lower-case word w, ignoring case? */
static bool word_is(const char *s, size_t n, const char *w)
{
    if (strlen(w) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i])
            return false;
    return true;
}

/* The coefficient digits s[0..n) (ASCII, leading zeros allowed) into d. */
static void set_digits(Dec *d, const char *s, size_t n)
{
    while (n > 1 && *s == '0')
        s++, n--;
    if (n <= 19) {
        uint64_t w = 0;
        for (size_t i = 0; i < n; i++)
            w = w * 10 + (uint64_t)(s[i] - '0');
        d->w = w;
        d->big = 0;
        return;
    }
    char *c = kr_gc_alloc_atomic(n + 1);
    mpz_t z;
    mpz_init(z);
    if (c) {
        memcpy(c, s, n);
        c[n] = 0;
        mpz_set_str(z, c, 10);
    }
    kr_dec_set_coef(d, z);
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* A NaN or sNaN with payload digits s[0..n) (exact conversion runs under
 * libmpdec's maximum context, so any length is accepted). */
static int parse_nan(Dec *d, const char *s, size_t n, DecKind kind)
{
    if (!all_digits(s, n))
        return -1;
    while (n && *s == '0')
        s++, n--;
    d->kind = (uint8_t)kind;
    if (n)
        set_digits(d, s, n);
    return 0;
}

/* The spec's decimal-string grammar over s[0..n) (already stripped):
 * 0, -1 for a syntax error, -2 for an exponent out of libmpdec's range. */
static int parse_number(Dec *d, const char *s, size_t n)
{
    if (n && (*s == '+' || *s == '-')) {
        d->sign = *s == '-';
        s++, n--;
    }
    if (word_is(s, n, "inf") || word_is(s, n, "infinity")) {
        d->kind = DEC_INF;
        return 0;
    }
    if (n >= 3 && word_is(s, 3, "nan"))
        return parse_nan(d, s + 3, n - 3, DEC_NAN);
    if (n >= 4 && word_is(s, 4, "snan"))
        return parse_nan(d, s + 4, n - 4, DEC_SNAN);
    size_t i = 0, int_digits = 0, frac_digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, int_digits++;
    size_t dot = i;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++, frac_digits++;
    }
    if (int_digits + frac_digits == 0)
        return -1;
    size_t mant_end = i;
    int64_t exp = 0;
    bool exp_overflow = false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool neg = false;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            neg = s[i++] == '-';
        if (i == n)
            return -1;
        for (; i < n; i++) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            if (exp > (INT64_MAX - 9) / 10)
                exp_overflow = true;
            else
                exp = exp * 10 + (s[i] - '0');
        }
        if (neg)
            exp = -exp;
    }
    if (i != n)
        return -1;
    if (exp_overflow)
        return -2;
    exp -= (int64_t)frac_digits;
    /* the digits without the point */
    char *buf = kr_gc_alloc_atomic(int_digits + frac_digits + 1);
    if (!buf)
        return -1;
    memcpy(buf, s, int_digits);
    if (frac_digits)
        memcpy(buf + int_digits, s + dot + 1, frac_digits);
    (void)mant_end;
    set_digits(d, buf, int_digits + frac_digits);
    d->exp = exp;           /* the range is checked by the caller (exact_range) */
    return 0;
}

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Decimal(str): Unicode digits and spaces made ASCII, surrounding spaces
 * stripped, every underscore dropped (as _decimal does), then parsed. */
static Value dec_from_str(Thread *th, Type *t, Str *str, Value context)
{
    size_t len;
    const char *a = kr_str_decimal_ascii(th, str, &len);
    if (!a)
        return KR_VALUE_NULL;
    while (len && ascii_space(*a))
        a++, len--;
    while (len && ascii_space(a[len - 1]))
        len--;
    char *s = kr_gc_alloc_atomic(len + 1);
    Dec *d = kr_dec_alloc(th, t);
    if (!s || !d) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (a[i] != '_')
            s[n++] = a[i];
    int rc = memchr(s, 0, n) ? -1 : parse_number(d, s, n);
    if (rc < 0) {
        /* untrapped, the result is a quiet NaN */
        DecContext *ctx = kr_dec_context_arg(th, context);
        if (!ctx || kr_dec_status(th, ctx, DEC_BIT(rc == -1 ? DEC_SIG_CONVSYNTAX
                                                              : DEC_SIG_INVALID)) < 0)
            return KR_VALUE_NULL;
        memset(&d->exp, 0, DEC_ALLOC_SIZE - offsetof(Dec, exp));
        d->kind = DEC_NAN;
    }
    return kr_from_obj(d);
}

Dec *kr_dec_from_int(Thread *th, Value v)
{
    Dec *d = kr_dec_alloc(th, &kr_dec_type);
    if (!d)
        return NULL;
    if (kr_is_smallint(v) || kr_is_bool(v)) {
        int64_t i = kr_is_bool(v) ? v == KR_TRUE : kr_as_smallint(v);
        d->sign = i < 0;
        d->w = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return d;
    }
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(v, z);
    d->sign = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    kr_dec_set_coef(d, z);
    return d;
}

/* The exact value of a double: m * 2**e = (m * 5**-e) * 10**e for e < 0. */
Dec *kr_dec_from_double(Thread *th, Type *t, double x)
{
    Dec *d = kr_dec_alloc(th, t);
    if (!d)
        return NULL;
    d->sign = signbit(x) != 0;
    if (isnan(x)) {
        d->kind = DEC_NAN;
        return d;
    }
    if (isinf(x)) {
        d->kind = DEC_INF;
        return d;
    }
    int e;
    double m = frexp(fabs(x), &e);
    uint64_t mi = (uint64_t)ldexp(m, 53);
    e -= 53;
    if (mi == 0)
        return d;
    while (!(mi & 1))
        mi >>= 1, e++;
    mpz_t z;
    mpz_init_set_ui(z, mi);
    if (e >= 0) {
        mpz_mul_2exp(z, z, (mp_bitcnt_t)e);
    } else {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 5, (unsigned long)-e);
        mpz_mul(z, z, p);
        d->exp = e;
    }
    kr_dec_set_coef(d, z);
    return d;
}

/* Decimal((sign, digits, exponent)), with _decimal's messages. */
static Value dec_from_tuple(Thread *th, Type *t, Value v)
{
    int64_t n = kr_is_obj(v) && kr_tuple_check(v) ? kr_as_tuple(v)->size
                                                   : ((List *)kr_as_obj(v))->size;
    Value *items = kr_tuple_check(v) ? kr_as_tuple(v)->items : ((List *)kr_as_obj(v))->items;
    if (n != 3) {
        kr_err_set_string(th, &kr_exc_ValueError, "argument must be a sequence of length 3");
        return KR_VALUE_NULL;
    }
    Value sign = items[0], digits = items[1], exp = items[2];
    if (!(kr_is_smallint(sign) || kr_is_bool(sign)) ||
        (kr_is_smallint(sign) && kr_as_smallint(sign) != 0 && kr_as_smallint(sign) != 1)) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "sign must be an integer with the value 0 or 1");
        return KR_VALUE_NULL;
    }
    Dec *d = kr_dec_alloc(th, t);
    if (!d)
        return KR_VALUE_NULL;
    d->sign = kr_is_bool(sign) ? sign == KR_TRUE : (uint8_t)kr_as_smallint(sign);
    if (kr_str_check(exp)) {
        size_t len;
        const char *e = kr_str_utf8(th, kr_as_str(exp), &len);
        if (!e)
            return KR_VALUE_NULL;
        if (len == 1 && (*e == 'F' || *e == 'n' || *e == 'N')) {
            d->kind = *e == 'F' ? DEC_INF : *e == 'n' ? DEC_NAN : DEC_SNAN;
        } else {
            kr_err_set_string(th, &kr_exc_ValueError,
                              "string argument in the third position must be 'F', 'n' or 'N'");
            return KR_VALUE_NULL;
        }
    } else if (kr_is_int(exp)) {
        if (kr_int_as_i64(th, exp, &d->exp) < 0)
            return KR_VALUE_NULL;
    } else {
        kr_err_set_string(th, &kr_exc_ValueError, "exponent must be an integer");
        return KR_VALUE_NULL;
    }
    if (!(kr_is_obj(digits) && (kr_tuple_check(digits) || kr_isinstance_type(digits, &kr_list_type)))) {
        kr_err_set_string(th, &kr_exc_ValueError, "coefficient must be a tuple of digits");
        return KR_VALUE_NULL;
    }
    int64_t nd = kr_tuple_check(digits) ? kr_as_tuple(digits)->size
                                         : ((List *)kr_as_obj(digits))->size;
    Value *ds = kr_tuple_check(digits) ? kr_as_tuple(digits)->items
                                        : ((List *)kr_as_obj(digits))->items;
    char *buf = kr_gc_alloc_atomic((size_t)nd + 2);
    if (!buf) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < nd; i++) {
        if (!kr_is_smallint(ds[i]) || kr_as_smallint(ds[i]) < 0 || kr_as_smallint(ds[i]) > 9) {
            kr_err_set_string(th, &kr_exc_ValueError, "coefficient must be a tuple of digits");
            return KR_VALUE_NULL;
        }
        buf[i] = (char)('0' + kr_as_smallint(ds[i]));
    }
    if (d->kind == DEC_INF)
        return kr_from_obj(d);
    if (d->kind != DEC_FINITE) {
        (void)parse_nan(d, buf, (size_t)nd, d->kind);   /* digits were checked */
        return kr_from_obj(d);
    }
    if (nd == 0)
        buf[nd++] = '0';
    set_digits(d, buf, (size_t)nd);
    return kr_from_obj(d);
}

/* A copy of d as an instance of t (a Decimal subclass). */
static Value dec_copy_as(Thread *th, Type *t, const Dec *d)
{
    Dec *r = kr_dec_alloc(th, t);
    if (!r)
        return KR_VALUE_NULL;
    r->kind = d->kind;
    r->sign = d->sign;
    r->exp = d->exp;
    if (d->big) {
        kr_dec_set_coef(r, d->z);
    } else {
        r->w = d->w;
    }
    return kr_from_obj(r);
}

/* Construction is exact in libmpdec's largest context: a result whose
 * exponent falls outside it (it would be rounded or clamped there) is an
 * InvalidOperation in the given context, and a NaN when not trapped. */
static Value exact_range(Thread *th, Type *t, Value v, Value context)
{
    if (!v)
        return v;
    Dec *d = kr_as_dec(v);
    if (d->kind != DEC_FINITE)
        return v;
    int64_t room = DEC_MAX_EMAX - (kr_dec_coef_zero(d) ? 0 : kr_dec_ndigits(d) - 1);
    if (d->exp <= room && d->exp >= DEC_MIN_ETINY)       /* adjusted <= MAX_EMAX */
        return v;
    DecContext *ctx = kr_dec_context_arg(th, context);
    if (!ctx || kr_dec_status(th, ctx, DEC_BIT(DEC_SIG_INVALID)) < 0)
        return KR_VALUE_NULL;
    Dec *n = kr_dec_alloc(th, t);
    if (!n)
        return KR_VALUE_NULL;
    n->kind = DEC_NAN;
    return kr_from_obj(n);
}

/* Decimal(v, context) as an instance of t; `exact`: apply the range of
 * exact construction (create_decimal rounds into its context instead). */
static Value dec_new_from(Thread *th, Type *t, Value v, Value context, bool exact)
{
    if (!v)
        return kr_from_obj(kr_dec_alloc(th, t));
    if (kr_is_dec(v))
        return t == &kr_dec_type && kr_type_of(v) == &kr_dec_type
                   ? v : dec_copy_as(th, t, kr_as_dec(v));
    if (kr_str_check(v))
    {
        Value r = dec_from_str(th, t, kr_as_str(v), context);
        return exact ? exact_range(th, t, r, context) : r;
    }
    if (kr_is_int(v)) {
        Dec *d = kr_dec_from_int(th, v);
        return d ? dec_copy_as(th, t, d) : KR_VALUE_NULL;
    }
    if (kr_is_float(v)) {           /* a float signals FloatOperation */
        DecContext *ctx = kr_dec_context_arg(th, context);
        if (!ctx || kr_dec_status(th, ctx, DEC_BIT(DEC_SIG_FLOATOP)) < 0)
            return KR_VALUE_NULL;
        Dec *d = kr_dec_from_double(th, t, kr_float_value(v));
        return d ? kr_from_obj(d) : KR_VALUE_NULL;
    }
    if (kr_is_obj(v) && (kr_tuple_check(v) || kr_isinstance_type(v, &kr_list_type)))
    {
        Value r = dec_from_tuple(th, t, v);
        return exact ? exact_range(th, t, r, context) : r;
    }
    kr_err_format(th, &kr_exc_TypeError, "conversion from %s to Decimal is not supported",
                  kr_type_of(v)->name);
    return KR_VALUE_NULL;
}

static Value dec_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"value", "context", NULL};
    Value a[2];
    if (nargs > 2) {    /* PyArg_ParseTupleAndKeywords without a name */
        kr_err_format(th, &kr_exc_TypeError, "function takes at most 2 arguments (%d given)",
                      (int)(nargs + (kw ? kw->size : 0)));
        return KR_VALUE_NULL;
    }
    if (kr_libutil_parse(th, NULL, args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    if (a[1] && a[1] != KR_NONE && !kr_isinstance_type(a[1], &kr_dec_context_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "optional argument must be a context");
        return KR_VALUE_NULL;
    }
    return dec_new_from(th, t, a[0], a[1], true);
}

Value kr_dec_construct(Thread *th, Value v, Value context)
{
    return dec_new_from(th, &kr_dec_type, v, context, false);
}

/* ---- text ---------------------------------------------------------------- */

/* The spec's to-scientific-string (eng: to-engineering-string) into b. */
static int dec_text(Thread *th, const Dec *d, bool eng, bool upper, Buf *b)
{
    if (d->sign)
        kr_buf_putc(b, '-');
    if (d->kind == DEC_INF) {
        kr_buf_puts(b, "Infinity");
        return 0;
    }
    int64_t n;
    if (d->kind != DEC_FINITE) {
        kr_buf_puts(b, d->kind == DEC_SNAN ? "sNaN" : "NaN");
        if (kr_dec_coef_zero(d))
            return 0;
        char *p = kr_dec_digits(th, d, &n);
        if (!p)
            return -1;
        kr_buf_puts(b, p);
        return 0;
    }
    char *digits = kr_dec_digits(th, d, &n);
    if (!digits)
        return -1;
    int64_t adjusted = d->exp + n - 1;
    if (d->exp <= 0 && adjusted >= -6) {            /* plain notation */
        if (d->exp == 0) {
            kr_buf_puts(b, digits);
        } else if (-d->exp >= n) {
            kr_buf_puts(b, "0.");
            for (int64_t i = 0; i < -d->exp - n; i++)
                kr_buf_putc(b, '0');
            kr_buf_puts(b, digits);
        } else {
            kr_buf_write(b, digits, (size_t)(n + d->exp));
            kr_buf_putc(b, '.');
            kr_buf_puts(b, digits + n + d->exp);
        }
        return 0;
    }
    int64_t dot = 1;                                /* digits before the point */
    int64_t e = adjusted;
    if (eng) {
        int64_t r = ((adjusted % 3) + 3) % 3;
        if (kr_dec_coef_zero(d)) {
            /* zero: the exponent rounds up to a multiple of 3 and the
             * point moves left, padding with zeros after it */
            dot = r ? r - 2 : 1;
            e = adjusted + (r ? 3 - r : 0);
            if (r) {
                kr_buf_puts(b, "0.");
                for (int64_t i = dot; i < 1; i++)
                    kr_buf_putc(b, '0');
                dot = 0;
                goto exponent;
            }
        } else {
            dot = r + 1;
            e = adjusted - r;
        }
    }
    if (dot >= n) {
        kr_buf_puts(b, digits);
        for (int64_t i = n; i < dot; i++)
            kr_buf_putc(b, '0');
    } else {
        kr_buf_write(b, digits, (size_t)dot);
        kr_buf_putc(b, '.');
        kr_buf_puts(b, digits + dot);
    }
exponent:
    if (e != 0) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%c%+lld", upper ? 'E' : 'e', (long long)e);
        kr_buf_puts(b, tmp);
    }
    return 0;
}

/* The current context's capitals (1: 'E'), or -1 with an exception. */
static int capitals(Thread *th)
{
    DecContext *ctx = kr_dec_current(th);
    return ctx ? ctx->capitals : -1;
}

/* v's text (to-scientific or to-engineering string) with the capitals of
 * ctx (NULL: the current context). */
static Value dec_text_in(Thread *th, Value v, bool eng, DecContext *ctx)
{
    int caps = ctx ? ctx->capitals : capitals(th);
    if (caps < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    if (dec_text(th, kr_as_dec(v), eng, caps, &b) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    return kr_libutil_buf_value(th, &b);
}

static Value dec_text_value(Thread *th, Value v, bool eng) { return dec_text_in(th, v, eng, NULL); }

Value kr_dec_str(Thread *th, Value v) { return dec_text_value(th, v, false); }
Value kr_dec_text(Thread *th, Value v, bool eng, DecContext *ctx) { return dec_text_in(th, v, eng, ctx); }

static Value dec_repr(Thread *th, Value v)
{
    int caps = capitals(th);
    if (caps < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "Decimal('");
    if (dec_text(th, kr_as_dec(v), false, caps, &b) < 0) {
        kr_buf_free(&b);
        return KR_VALUE_NULL;
    }
    kr_buf_puts(&b, "')");
    return kr_libutil_buf_value(th, &b);
}

KR_LIB_FUNC(dec_to_eng_string)
{
    static const char *const names[] = {"context", NULL};
    Value a[1];
    if (kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_context_arg(th, a[0]);
    return ctx ? dec_text_in(th, args[0], true, ctx) : KR_VALUE_NULL;
}

/* ---- inspection ---------------------------------------------------------- */

KR_LIB_FUNC(dec_as_tuple)
{
    if (kr_libutil_no_keywords(th, "Decimal.as_tuple", kw) < 0 ||
        kr_libutil_check_positional(th, "as_tuple", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Dec *d = kr_as_dec(args[0]);
    Value parts[3];
    parts[0] = kr_from_smallint(d->sign);
    int64_t n = 0;
    char *digits = NULL;
    if (d->kind == DEC_INF) {
        digits = "0";
        n = 1;
    } else if (d->kind == DEC_FINITE || !kr_dec_coef_zero(d)) {
        if (!(digits = kr_dec_digits(th, d, &n)))
            return KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_new(th, n);
    if (!t)
        return KR_VALUE_NULL;
    for (int64_t i = 0; i < n; i++)
        t->items[i] = kr_from_smallint(digits[i] - '0');
    parts[1] = kr_from_obj(t);
    if (d->kind == DEC_FINITE) {
        parts[2] = kr_int_from_i64(th, d->exp);
        if (!parts[2])
            return KR_VALUE_NULL;
    } else {
        Str *s = kr_str_from_cstr(th, d->kind == DEC_INF ? "F" : d->kind == DEC_NAN ? "n" : "N");
        if (!s)
            return KR_VALUE_NULL;
        parts[2] = kr_from_obj(s);
    }
    return kr_vm_call(th, kr_dec_state->decimal_tuple, parts, 3, NULL);
}

static Value dec_flag(Value v, bool (*test)(const Dec *))
{
    return kr_from_bool(test(kr_as_dec(v)));
}

static bool is_nan(const Dec *d) { return d->kind == DEC_NAN || d->kind == DEC_SNAN; }
static bool is_qnan(const Dec *d) { return d->kind == DEC_NAN; }
static bool is_snan(const Dec *d) { return d->kind == DEC_SNAN; }
static bool is_inf(const Dec *d) { return d->kind == DEC_INF; }
static bool is_finite(const Dec *d) { return d->kind == DEC_FINITE; }
static bool is_zero(const Dec *d) { return d->kind == DEC_FINITE && kr_dec_coef_zero(d); }
static bool is_signed(const Dec *d) { return d->sign; }
static bool is_true(const Dec *d) { (void)d; return true; }

#define DEC_PREDICATE(name, test)                                                   \
    KR_LIB_FUNC(dec_##name)                                                        \
    {                                                                              \
        if (kr_libutil_no_keywords(th, "Decimal." #name, kw) < 0 ||                \
            kr_libutil_check_positional(th, #name, nargs - 1, 0, 0) < 0)           \
            return KR_VALUE_NULL;                                                  \
        return dec_flag(args[0], test);                                            \
    }
DEC_PREDICATE(is_nan, is_nan)
DEC_PREDICATE(is_qnan, is_qnan)
DEC_PREDICATE(is_snan, is_snan)
DEC_PREDICATE(is_infinite, is_inf)
DEC_PREDICATE(is_finite, is_finite)
DEC_PREDICATE(is_zero, is_zero)
DEC_PREDICATE(is_signed, is_signed)
DEC_PREDICATE(is_canonical, is_true)

KR_LIB_FUNC(dec_adjusted)
{
    if (kr_libutil_no_keywords(th, "Decimal.adjusted", kw) < 0 ||
        kr_libutil_check_positional(th, "adjusted", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Dec *d = kr_as_dec(args[0]);
    if (d->kind != DEC_FINITE)
        return kr_from_smallint(0);
    return kr_int_from_i64(th, kr_dec_coef_zero(d) ? d->exp : d->exp + kr_dec_ndigits(d) - 1);
}

KR_LIB_FUNC(dec_radix)
{
    if (kr_libutil_no_keywords(th, "Decimal.radix", kw) < 0 ||
        kr_libutil_check_positional(th, "radix", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Dec *d = kr_dec_alloc(th, &kr_dec_type);
    if (!d)
        return KR_VALUE_NULL;
    d->w = 10;
    return kr_from_obj(d);
}

/* A copy of d with the given sign (copy_abs, copy_negate, copy_sign). */
static Value with_sign(Thread *th, const Dec *d, int sign)
{
    Value r = dec_copy_as(th, &kr_dec_type, d);
    if (r)
        kr_as_dec(r)->sign = (uint8_t)sign;
    return r;
}

KR_LIB_FUNC(dec_copy_abs)
{
    if (kr_libutil_no_keywords(th, "Decimal.copy_abs", kw) < 0 ||
        kr_libutil_check_positional(th, "copy_abs", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return with_sign(th, kr_as_dec(args[0]), 0);
}

KR_LIB_FUNC(dec_copy_negate)
{
    if (kr_libutil_no_keywords(th, "Decimal.copy_negate", kw) < 0 ||
        kr_libutil_check_positional(th, "copy_negate", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return with_sign(th, kr_as_dec(args[0]), !kr_as_dec(args[0])->sign);
}

KR_LIB_FUNC(dec_copy_sign)
{
    static const char *const names[] = {"other", "context", NULL};
    Value a[2];
    if (kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    Dec *o;
    if (kr_is_dec(a[0])) {
        o = kr_as_dec(a[0]);
    } else if (kr_is_int(a[0])) {
        if (!(o = kr_dec_from_int(th, a[0])))
            return KR_VALUE_NULL;
    } else {
        kr_err_format(th, &kr_exc_TypeError, "conversion from %s to Decimal is not supported",
                      kr_type_of(a[0])->name);
        return KR_VALUE_NULL;
    }
    return with_sign(th, kr_as_dec(args[0]), o->sign);
}

KR_LIB_FUNC(dec_self)
{
    (void)nargs, (void)kw;
    return args[0];
}

/* conjugate, canonical: the value itself, no arguments */
static Value self_noargs(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name)
{
    char q[32];
    snprintf(q, sizeof q, "Decimal.%s", name);
    if (kr_libutil_no_keywords(th, q, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    return args[0];
}
/* __sizeof__ as CPython reports it: the object and libmpdec's coefficient
 * of 19-digit words, at least 4 of them (the size test_decimal checks). */
KR_LIB_FUNC(dec_sizeof)
{
    if (kr_libutil_check_positional(th, "__sizeof__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    int64_t words = (kr_dec_ndigits(kr_as_dec(args[0])) + 18) / 19;
    return kr_int_from_i64(th, 72 + 8 * (words > 4 ? words : 4));
}

KR_LIB_FUNC(dec_conjugate) { return self_noargs(th, args, nargs, kw, "conjugate"); }
KR_LIB_FUNC(dec_canonical) { return self_noargs(th, args, nargs, kw, "canonical"); }

KR_LIB_FUNC(dec_reduce)
{
    if (kr_libutil_no_keywords(th, "Decimal.__reduce__", kw) < 0 ||
        kr_libutil_check_positional(th, "__reduce__", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Value s = kr_dec_str(th, args[0]);
    if (!s)
        return KR_VALUE_NULL;
    Tuple *inner = kr_tuple_from_array(th, &s, 1);
    if (!inner)
        return KR_VALUE_NULL;
    Value parts[2] = {kr_from_obj(kr_type_of(args[0])), kr_from_obj(inner)};
    Tuple *t = kr_tuple_from_array(th, parts, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(dec_from_float)
{
    if (kr_libutil_no_keywords(th, "Decimal.from_float", kw) < 0 ||
        kr_libutil_check_positional(th, "from_float", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Type *t = (Type *)kr_as_obj(args[0]);
    Value v = args[1];
    Value r;
    if (kr_is_int(v))
        r = dec_new_from(th, &kr_dec_type, v, KR_VALUE_NULL, true);
    else if (kr_is_float(v))
        r = kr_from_obj(kr_dec_from_double(th, &kr_dec_type, kr_float_value(v)));
    else {
        kr_err_set_string(th, &kr_exc_TypeError, "argument must be int or float");
        return KR_VALUE_NULL;
    }
    if (!r || t == &kr_dec_type)
        return r;
    return kr_vm_call(th, args[0], &r, 1, NULL);    /* cls(Decimal), as CPython */
}

static Value dec_real(Thread *th, Value v) { (void)th; return v; }

static Value dec_imag(Thread *th, Value v)
{
    (void)v;
    Dec *d = kr_dec_alloc(th, &kr_dec_type);
    return d ? kr_from_obj(d) : KR_VALUE_NULL;
}

static int dec_bool(Thread *th, Value v)
{
    (void)th;
    Dec *d = kr_as_dec(v);
    return d->kind != DEC_FINITE || !kr_dec_coef_zero(d);
}

static const MethodDef dec_methods[] = {
    {"as_tuple", dec_as_tuple, "($self, /)", "Return a tuple representation of the number.", 0},
    {"to_eng_string", dec_to_eng_string, "($self, /, context=None)",
     "Convert to an engineering-type string.", 0},
    {"is_nan", dec_is_nan, "($self, /)", NULL, 0},
    {"is_qnan", dec_is_qnan, "($self, /)", NULL, 0},
    {"is_snan", dec_is_snan, "($self, /)", NULL, 0},
    {"is_infinite", dec_is_infinite, "($self, /)", NULL, 0},
    {"is_finite", dec_is_finite, "($self, /)", NULL, 0},
    {"is_zero", dec_is_zero, "($self, /)", NULL, 0},
    {"is_signed", dec_is_signed, "($self, /)", NULL, 0},
    {"is_canonical", dec_is_canonical, "($self, /)", NULL, 0},
    {"canonical", dec_canonical, "($self, /)", NULL, 0},
    {"adjusted", dec_adjusted, "($self, /)", NULL, 0},
    {"radix", dec_radix, "($self, /)", NULL, 0},
    {"copy_abs", dec_copy_abs, "($self, /)", NULL, 0},
    {"copy_negate", dec_copy_negate, "($self, /)", NULL, 0},
    {"copy_sign", dec_copy_sign, "($self, /, other, context=None)", NULL, 0},
    {"conjugate", dec_conjugate, "($self, /)", NULL, 0},
    {"__sizeof__", dec_sizeof, "($self, /)", NULL, 0},
    {"__copy__", dec_self, "($self, /)", NULL, 0},
    {"__deepcopy__", dec_self, "($self, memo, /)", NULL, 0},
    {"__reduce__", dec_reduce, "($self, /)", NULL, 0},
    {"from_float", dec_from_float, "($type, f, /)", NULL, KR_METH_CLASS},
    {"__round__", kr_dec_round_method, "($self, n=None, /)", NULL, 0},
    {"__floor__", kr_dec_floor_method, "($self, /)", NULL, 0},
    {"__ceil__", kr_dec_ceil_method, "($self, /)", NULL, 0},
    {"__trunc__", kr_dec_trunc_method, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef dec_members[] = {
    {"real", 0, dec_real, NULL, NULL, KR_MEMBER_READONLY},
    {"imag", 0, dec_imag, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Value dec_add_slot(Thread *th, Value a, Value b) { return kr_dec_binop(th, a, b, KR_OP_ADD); }
static Value dec_sub_slot(Thread *th, Value a, Value b) { return kr_dec_binop(th, a, b, KR_OP_SUB); }
static Value dec_mul_slot(Thread *th, Value a, Value b) { return kr_dec_binop(th, a, b, KR_OP_MUL); }
static Value dec_div_slot(Thread *th, Value a, Value b)
{
    return kr_dec_binop(th, a, b, KR_OP_TRUEDIV);
}
static Value dec_floordiv_slot(Thread *th, Value a, Value b)
{
    return kr_dec_binop(th, a, b, KR_OP_FLOORDIV);
}
static Value dec_mod_slot(Thread *th, Value a, Value b) { return kr_dec_binop(th, a, b, KR_OP_MOD); }

Type kr_dec_type = {
    .hdr = {&kr_type_type}, .name = "decimal.Decimal", .size = sizeof(Dec),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_WEAKREF, .new_ = dec_new,
    .methods = dec_methods, .members = dec_members,
    .doc = "Decimal(value=\"0\", context=None)\n--\n\n"
           "Construct a new Decimal object. 'value' can be an integer, string, tuple,\n"
           "or another Decimal object. If no value is given, return Decimal('0'). The\n"
           "context does not affect the conversion and is only passed to determine if\n"
           "the InvalidOperation trap is active.\n\n",
    .repr = dec_repr, .str = kr_dec_str, .hash = kr_dec_hash, .richcompare = kr_dec_richcompare,
    .bool_ = dec_bool, .int_ = kr_dec_to_int, .float_ = kr_dec_to_float,
    .neg = kr_dec_neg, .pos = kr_dec_pos, .abs = kr_dec_abs, .pow3 = kr_dec_power3_value,
    .binop = {
        [KR_OP_ADD] = dec_add_slot, [KR_OP_SUB] = dec_sub_slot, [KR_OP_MUL] = dec_mul_slot,
        [KR_OP_TRUEDIV] = dec_div_slot, [KR_OP_FLOORDIV] = dec_floordiv_slot,
        [KR_OP_MOD] = dec_mod_slot, [KR_OP_POW] = kr_dec_power_value,
    },
};

/* ---- the module ---------------------------------------------------------- */

static Value str_value(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* class name(*bases) in module 'decimal', made by calling type(). */
static Value make_class(Thread *th, const char *name, const Value *bases, int nbases)
{
    Tuple *bt = kr_tuple_from_array(th, bases, nbases);
    Dict *ns = kr_dict_new(th);
    Value mod = str_value(th, "decimal");
    Str *key = kr_str_from_cstr(th, "__module__");
    Value args[3] = {str_value(th, name), bt ? kr_from_obj(bt) : KR_VALUE_NULL,
                     ns ? kr_from_obj(ns) : KR_VALUE_NULL};
    if (!bt || !ns || !mod || !key || !args[0] || kr_dict_set_str(th, ns, key, mod) < 0)
        return KR_VALUE_NULL;
    return kr_vm_call(th, kr_from_obj(&kr_type_type), args, 3, NULL);
}

/* The signal classes in CPython's hierarchy. */
static int add_signals(Thread *th, Module *m)
{
    static const struct {
        const char *name;
        int bases[3];               /* DecSignal indexes, -1 ends; -2 DecimalException */
        Type *extra;                /* a builtin base after them */
    } defs[DEC_SIG_COUNT] = {
        [DEC_SIG_CLAMPED] = {"Clamped", {-2, -1}, NULL},
        [DEC_SIG_INVALID] = {"InvalidOperation", {-2, -1}, NULL},
        [DEC_SIG_DIVZERO] = {"DivisionByZero", {-2, -1}, &kr_exc_ZeroDivisionError},
        [DEC_SIG_INEXACT] = {"Inexact", {-2, -1}, NULL},
        [DEC_SIG_ROUNDED] = {"Rounded", {-2, -1}, NULL},
        [DEC_SIG_SUBNORMAL] = {"Subnormal", {-2, -1}, NULL},
        [DEC_SIG_OVERFLOW] = {"Overflow", {DEC_SIG_INEXACT, DEC_SIG_ROUNDED, -1}, NULL},
        [DEC_SIG_UNDERFLOW] = {"Underflow",
                               {DEC_SIG_INEXACT, DEC_SIG_ROUNDED, DEC_SIG_SUBNORMAL}, NULL},
        [DEC_SIG_FLOATOP] = {"FloatOperation", {-2, -1}, &kr_exc_TypeError},
        [DEC_SIG_CONVSYNTAX] = {"ConversionSyntax", {DEC_SIG_INVALID, -1}, NULL},
        [DEC_SIG_DIVIMPOSSIBLE] = {"DivisionImpossible", {DEC_SIG_INVALID, -1}, NULL},
        [DEC_SIG_DIVUNDEFINED] = {"DivisionUndefined", {DEC_SIG_INVALID, -1},
                                  &kr_exc_ZeroDivisionError},
        [DEC_SIG_INVALIDCONTEXT] = {"InvalidContext", {DEC_SIG_INVALID, -1}, NULL},
    };
    Value arith = kr_from_obj(&kr_exc_ArithmeticError);
    Value base = make_class(th, "DecimalException", &arith, 1);
    if (!base || kr_libutil_add_value(th, m, "DecimalException", base) < 0)
        return -1;
    for (int i = 0; i < DEC_SIG_COUNT; i++) {
        Value bases[4];
        int n = 0;
        for (int j = 0; j < 3 && defs[i].bases[j] != -1; j++)
            bases[n++] = defs[i].bases[j] == -2 ? base : kr_dec_state->signals[defs[i].bases[j]];
        if (defs[i].extra)
            bases[n++] = kr_from_obj(defs[i].extra);
        Value c = make_class(th, defs[i].name, bases, n);
        if (!c || kr_libutil_add_value(th, m, defs[i].name, c) < 0)
            return -1;
        kr_dec_state->signals[i] = c;
    }
    return 0;
}

static int add_decimal_tuple(Thread *th, Module *m)
{
    Str *name = kr_str_from_cstr(th, "collections");
    Value coll = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Str *nt = kr_str_from_cstr(th, "namedtuple");
    Value f = coll && nt ? kr_object_getattr(th, coll, nt) : KR_VALUE_NULL;
    Value args[3] = {str_value(th, "DecimalTuple"), str_value(th, "sign digits exponent"),
                     str_value(th, "decimal")};
    Value kwname = str_value(th, "module");
    if (!f || !args[0] || !args[1] || !args[2] || !kwname)
        return -1;
    Tuple *kw = kr_tuple_from_array(th, &kwname, 1);
    if (!kw)
        return -1;
    Value t = kr_vm_call(th, f, args, 2, kw);
    if (!t)
        return -1;
    kr_dec_state->decimal_tuple = t;
    return kr_libutil_add_value(th, m, "DecimalTuple", t);
}

static int add_constants(Thread *th, Module *m)
{
    static const char *const rounding[] = {
        "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
        "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
    };
    for (size_t i = 0; i < sizeof rounding / sizeof rounding[0]; i++) {
        Str *is = kr_str_intern_cstr(th, rounding[i]);   /* the same objects as
                                                            Context.rounding's */
        Value s = is ? kr_from_obj(is) : KR_VALUE_NULL;
        if (!s || kr_libutil_add_value(th, m, rounding[i], s) < 0)
            return -1;
    }
    static const struct { const char *name; int64_t v; } ints[] = {
        {"MAX_PREC", DEC_MAX_PREC}, {"MAX_EMAX", DEC_MAX_EMAX}, {"MIN_EMIN", DEC_MIN_EMIN},
        {"MIN_ETINY", DEC_MIN_ETINY},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        Value v = kr_int_from_i64(th, ints[i].v);
        if (!v || kr_libutil_add_value(th, m, ints[i].name, v) < 0)
            return -1;
    }
    return kr_libutil_add_value(th, m, "HAVE_THREADS", KR_TRUE) < 0 ||
                   kr_libutil_add_value(th, m, "HAVE_CONTEXTVAR", KR_TRUE) < 0
               ? -1 : 0;
}

static const MethodDef dec_functions[] = {{0}};

/* numbers.Number.register(Decimal), as _decimal does. */
static int register_number(Thread *th)
{
    Str *name = kr_str_from_cstr(th, "numbers");
    Value mod = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Str *attr = kr_str_from_cstr(th, "Number");
    Value num = mod && attr ? kr_object_getattr(th, mod, attr) : KR_VALUE_NULL;
    Str *reg = kr_str_from_cstr(th, "register");
    Value f = num && reg ? kr_object_getattr(th, num, reg) : KR_VALUE_NULL;
    Value arg = kr_from_obj(&kr_dec_type);
    return f && kr_vm_call(th, f, &arg, 1, NULL) ? 0 : -1;
}

/* Methods defined in the other files, added to a ready type's dict. */
static int add_more_methods(Thread *th, Type *t, const MethodDef *defs)
{
    for (const MethodDef *m = defs; m->name; m++) {
        Value v = kr_method_descr_new(th, m, t);
        Str *name = v ? kr_str_intern_cstr(th, m->name) : NULL;
        if (!name || kr_dict_set_str(th, t->dict, name, v) < 0)
            return -1;
    }
    return 0;
}

int kr_mod__decimal_init(Thread *th)
{
    if (!kr_dec_state && !(kr_dec_state = kr_gc_alloc_root(sizeof *kr_dec_state))) {
        kr_err_no_memory(th);
        return -1;
    }
    Module *m = kr_libutil_module(th, "_decimal", dec_functions);
    if (!m || kr_libutil_add_type(th, m, &kr_dec_type) < 0 || add_signals(th, m) < 0 ||
        add_decimal_tuple(th, m) < 0 || add_constants(th, m) < 0 ||
        kr_dec_context_init(th, m) < 0 ||
        add_more_methods(th, &kr_dec_type, kr_dec_arith_methods) < 0 ||
        add_more_methods(th, &kr_dec_context_type, kr_dec_context_methods) < 0 ||
        add_more_methods(th, &kr_dec_type, kr_dec_more_methods) < 0 ||
        add_more_methods(th, &kr_dec_context_type, kr_dec_more_context_methods) < 0 ||
        add_more_methods(th, &kr_dec_type, kr_dec_more_methods2) < 0 ||
        add_more_methods(th, &kr_dec_context_type, kr_dec_more_context_methods2) < 0 ||
        add_more_methods(th, &kr_dec_type, kr_dec_more_methods3) < 0 ||
        add_more_methods(th, &kr_dec_type, kr_dec_format_methods) < 0 ||
        add_more_methods(th, &kr_dec_context_type, kr_dec_more_context_methods3) < 0 ||
        register_number(th) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "__version__", str_value(th, "1.70")) < 0 ||
                   kr_libutil_add_value(th, m, "__libmpdec_version__", str_value(th, "2.5.1")) < 0
               ? -1 : 0;
}
