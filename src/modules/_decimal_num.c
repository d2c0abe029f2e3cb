/*
 * _decimal_num.c -- Decimal as a number among Python's numbers: ordering
 * and equality with Decimal, int, float, complex and Fraction (exact, as
 * CPython's), the hash that makes equal numbers hash alike, and the
 * conversions to int and float (__int__, __round__, __floor__, ...).
 *
 * Comparisons are exact: a float is converted to its exact Decimal value,
 * a Fraction n/d is compared as self*d against n.  A NaN makes ordering
 * signal InvalidOperation; equality is False for a quiet NaN and signals
 * for a signaling one (the spec's compare-signal vs compare).
 */
#include <math.h>

#include "modules/_decimal.h"
#include "modules/libutil.h"

#include "objects/complex.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

static const uint64_t pow10[20] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
    100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
    1000000000000ULL, 10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
    10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL,
    10000000000000000000ULL,
};

int64_t kr_dec_ndigits(const Dec *d)
{
    if (!d->big) {
        /* from the bit length: log10(2) ~ 1233/4096, then one correction */
        if (d->w < 10)
            return 1;
        int bits = 64 - __builtin_clzll(d->w);
        int t = (bits * 1233) >> 12;            /* the digits, or one more */
        return t + 1 - (d->w < pow10[t]);
    }
    int64_t n = (int64_t)mpz_sizeinbase(d->z, 10);      /* exact or one too many */
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n - 1));
    return mpz_cmpabs(d->z, p) < 0 ? n - 1 : n;
}

bool kr_dec_round_up(DecRound mode, int sign, int half, bool rnz, unsigned last)
{
    if (!rnz)
        return false;
    switch (mode) {
    case DEC_ROUND_UP: return true;
    case DEC_ROUND_DOWN: return false;
    case DEC_ROUND_CEILING: return !sign;
    case DEC_ROUND_FLOOR: return sign;
    case DEC_ROUND_HALF_UP: return half >= 0;
    case DEC_ROUND_HALF_DOWN: return half > 0;
    case DEC_ROUND_HALF_EVEN: return half > 0 || (half == 0 && (last & 1));
    case DEC_ROUND_05UP: return last == 0 || last == 5;
    }
    return false;
}

/* q = round(c / 10**k) in mode (k > 0), for a value of the given sign. */
static void div_pow10_round(mpz_t q, const mpz_t c, uint64_t k, DecRound mode, int sign)
{
    mpz_t p, r;
    mpz_inits(p, r, NULL);
    mpz_ui_pow_ui(p, 10, k);
    mpz_tdiv_qr(q, r, c, p);
    if (mpz_sgn(r) == 0)
        return;
    mpz_mul_2exp(r, r, 1);
    int half = mpz_cmp(r, p);
    half = half < 0 ? -1 : half > 0;
    if (kr_dec_round_up(mode, sign, half, true, (unsigned)mpz_fdiv_ui(q, 10)))
        mpz_add_ui(q, q, 1);
}

/* c = d's coefficient with k more zeros (k > 0) or rounded to k fewer
 * digits (k < 0). */
static void shift_coef(mpz_t c, const Dec *d, int64_t k, DecRound mode)
{
    kr_dec_get_coef(d, c);
    if (k > 0) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, (unsigned long)k);
        mpz_mul(c, c, p);
    } else if (k < 0) {
        /* more digits dropped than there are: everything is remainder */
        if (-k > kr_dec_ndigits(d) + 1) {
            bool nz = mpz_sgn(c) != 0;
            mpz_set_ui(c, 0);
            if (kr_dec_round_up(mode, d->sign, -1, nz, 0))
                mpz_set_ui(c, 1);
            return;
        }
        div_pow10_round(c, c, (uint64_t)-k, mode, d->sign);
    }
}

Dec *kr_dec_rescale(Thread *th, const Dec *d, int64_t exp, DecRound mode)
{
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return NULL;
    mpz_t c;
    mpz_init(c);
    shift_coef(c, d, d->exp - exp, mode);
    r->sign = d->sign;
    r->exp = exp;
    kr_dec_set_coef(r, c);
    return r;
}

/* Raise the error int() and round() give a NaN or an infinity. */
static Value special_to_int_error(Thread *th, const Dec *d)
{
    if (d->kind == DEC_INF)
        kr_err_set_string(th, &kr_exc_OverflowError, "cannot convert Infinity to integer");
    else
        kr_err_set_string(th, &kr_exc_ValueError, "cannot convert NaN to integer");
    return KR_VALUE_NULL;
}

Value kr_dec_round_int(Thread *th, const Dec *d, DecRound mode)
{
    if (d->kind != DEC_FINITE)
        return special_to_int_error(th, d);
    if (!d->big && d->exp == 0) {
        if (d->w <= (uint64_t)KR_SMALLINT_MAX)
            return kr_from_smallint(d->sign ? -(int64_t)d->w : (int64_t)d->w);
    }
    mpz_t c;
    mpz_init(c);
    shift_coef(c, d, d->exp, mode);
    if (d->sign)
        mpz_neg(c, c);
    return kr_int_from_mpz(th, c);
}

Value kr_dec_to_int(Thread *th, Value v) { return kr_dec_round_int(th, kr_as_dec(v), DEC_ROUND_DOWN); }

Value kr_dec_to_float(Thread *th, Value v)
{
    Dec *d = kr_as_dec(v);
    if (d->kind == DEC_SNAN) {
        kr_err_set_string(th, &kr_exc_ValueError, "cannot convert signaling NaN to float");
        return KR_VALUE_NULL;
    }
    if (d->kind == DEC_NAN)
        return kr_float_new(th, d->sign ? -NAN : NAN);
    Value s = kr_dec_str(th, v);
    return s ? kr_float_from_string(th, kr_as_str(s)) : KR_VALUE_NULL;
}

Value kr_dec_round_method(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    (void)self;
    if (kr_libutil_no_keywords(th, "__round__", kw) < 0 ||
        kr_libutil_check_positional(th, "__round__", nargs - 1, 0, 1) < 0)
        return KR_VALUE_NULL;
    Dec *d = kr_as_dec(args[0]);
    if (nargs == 1 || args[1] == KR_NONE)
        return kr_dec_round_int(th, d, DEC_ROUND_HALF_EVEN);
    if (!kr_is_int(args[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "optional arg must be an integer");
        return KR_VALUE_NULL;
    }
    int64_t n;
    if (kr_int_as_i64(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    /* quantize(Decimal('1E-n')) in the current context */
    DecContext *ctx = kr_dec_current(th);
    Dec *q = ctx ? kr_dec_alloc(th, &kr_dec_type) : NULL;
    if (!q)
        return KR_VALUE_NULL;
    q->w = 1;
    q->exp = -n;
    return kr_dec_quantize(th, ctx, d, q, -1);
}

#define ROUND_METHOD(fname, label, mode)                                            \
    Value fname(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)   \
    {                                                                               \
        (void)self, (void)kw;                                                       \
        if (kr_libutil_check_positional(th, label, nargs - 1, 0, 0) < 0)            \
            return KR_VALUE_NULL;                                                   \
        return kr_dec_round_int(th, kr_as_dec(args[0]), mode);                      \
    }
ROUND_METHOD(kr_dec_floor_method, "__floor__", DEC_ROUND_FLOOR)
ROUND_METHOD(kr_dec_ceil_method, "__ceil__", DEC_ROUND_CEILING)
ROUND_METHOD(kr_dec_trunc_method, "__trunc__", DEC_ROUND_DOWN)

/* ---- comparison ---------------------------------------------------------- */

/* |a| vs |b| for finite nonzero a, b: -1, 0, 1. */
static int cmp_abs(const Dec *a, const Dec *b)
{
    int64_t na = kr_dec_ndigits(a), nb = kr_dec_ndigits(b);
    int64_t adja = a->exp + na - 1, adjb = b->exp + nb - 1;
    if (adja != adjb)
        return adja < adjb ? -1 : 1;
    if (!a->big && !b->big) {
        /* same adjusted exponent, so the exponents differ by the digit
         * counts' difference, at most 19: align in 128 bits (s != lasts
         * in a series, 3.14159 against 3.141592) */
        unsigned __int128 x = a->w, y = b->w;
        if (a->exp > b->exp)
            x *= pow10[a->exp - b->exp];
        else
            y *= pow10[b->exp - a->exp];
        return x < y ? -1 : x > y;
    }
    /* same adjusted exponent: the exponents differ by less than the
     * digit counts, so aligning is cheap */
    mpz_t ca, cb;
    mpz_inits(ca, cb, NULL);
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    shift_coef(ca, a, a->exp - e, DEC_ROUND_DOWN);
    shift_coef(cb, b, b->exp - e, DEC_ROUND_DOWN);
    int c = mpz_cmp(ca, cb);
    return c < 0 ? -1 : c > 0;
}

/* a vs b, neither a NaN: -1, 0, 1. */
int kr_dec_cmp(const Dec *a, const Dec *b)
{
    bool za = a->kind == DEC_FINITE && kr_dec_coef_zero(a);
    bool zb = b->kind == DEC_FINITE && kr_dec_coef_zero(b);
    if (za && zb)
        return 0;
    int sa = za ? 0 : a->sign ? -1 : 1;
    int sb = zb ? 0 : b->sign ? -1 : 1;
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int mag;
    if (a->kind == DEC_INF || b->kind == DEC_INF)
        mag = (a->kind == DEC_INF) - (b->kind == DEC_INF);
    else
        mag = cmp_abs(a, b);
    return sa < 0 ? -mag : mag;
}

static Value numbers_rational(Thread *th)
{
    Str *name = kr_str_from_cstr(th, "numbers");
    Value mod = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Str *attr = kr_str_from_cstr(th, "Rational");
    return mod && attr ? kr_object_getattr(th, mod, attr) : KR_VALUE_NULL;
}

static Value int_attr(Thread *th, Value v, const char *name)
{
    Str *s = kr_str_from_cstr(th, name);
    Value r = s ? kr_object_getattr(th, v, s) : KR_VALUE_NULL;
    if (r && !kr_is_int(r)) {
        kr_err_format(th, &kr_exc_TypeError, "conversion from %s to Decimal is not supported",
                      kr_type_of(r)->name);
        return KR_VALUE_NULL;
    }
    return r;
}

/* Make the operands of a comparison: *a from v (a Decimal) and *b from w.
 * 1: done; 0: w is not comparable (NotImplemented); -1: error. */
static int cmp_operands(Thread *th, Value v, Value w, int op, Dec **a, Dec **b)
{
    *a = kr_as_dec(v);
    if (kr_is_dec(w)) {
        *b = kr_as_dec(w);
        return 1;
    }
    if (kr_is_int(w))
        return (*b = kr_dec_from_int(th, w)) ? 1 : -1;
    if (kr_is_float(w)) {
        /* FloatOperation: signalled by an ordering, only flagged by == */
        DecContext *ctx = kr_dec_current(th);
        if (!ctx)
            return -1;
        if (op == KR_EQ || op == KR_NE)
            ctx->flags |= DEC_BIT(DEC_SIG_FLOATOP);
        else if (kr_dec_status(th, ctx, DEC_BIT(DEC_SIG_FLOATOP)) < 0)
            return -1;
        return (*b = kr_dec_from_double(th, &kr_dec_type, kr_float_value(w))) ? 1 : -1;
    }
    if (kr_is_obj(w) && kr_isinstance_type(w, &kr_complex_type)) {
        Complex *c = (Complex *)kr_as_obj(w);
        if ((op != KR_EQ && op != KR_NE) || c->imag != 0)
            return 0;
        return (*b = kr_dec_from_double(th, &kr_dec_type, c->real)) ? 1 : -1;
    }
    Value rational = numbers_rational(th);
    if (!rational)
        return -1;
    int is = kr_object_isinstance(th, w, rational);
    if (is <= 0)
        return is;
    Value num = int_attr(th, w, "numerator");
    if (!num || !(*b = kr_dec_from_int(th, num)))
        return -1;
    if ((*a)->kind != DEC_FINITE)
        return 1;
    Value den = int_attr(th, w, "denominator");
    if (!den)
        return -1;
    /* self * denominator, exactly */
    Dec *scaled = kr_dec_alloc(th, &kr_dec_type);
    if (!scaled)
        return -1;
    mpz_t c, dz;
    mpz_inits(c, dz, NULL);
    kr_dec_get_coef(*a, c);
    kr_int_to_mpz(den, dz);
    mpz_mul(c, c, dz);
    scaled->sign = (*a)->sign;
    scaled->exp = (*a)->exp;
    kr_dec_set_coef(scaled, c);
    *a = scaled;
    return 1;
}

static bool dec_is_nan(const Dec *d) { return d->kind == DEC_NAN || d->kind == DEC_SNAN; }

Value kr_dec_richcompare(Thread *th, Value v, Value w, int op)
{
    if (!kr_is_dec(v))
        return KR_NOTIMPL;
    Dec *a, *b;
    int ok = cmp_operands(th, v, w, op, &a, &b);
    if (ok <= 0)
        return ok < 0 ? KR_VALUE_NULL : KR_NOTIMPL;
    if (dec_is_nan(a) || dec_is_nan(b)) {
        bool quiet_eq = (op == KR_EQ || op == KR_NE) && a->kind != DEC_SNAN &&
                        b->kind != DEC_SNAN;
        if (quiet_eq)
            return kr_from_bool(op == KR_NE);
        /* untrapped, an unordered comparison is false */
        return kr_dec_raise(th, DEC_SIG_INVALID) < 0 ? KR_VALUE_NULL : kr_from_bool(op == KR_NE);
    }
    int c = kr_dec_cmp(a, b);
    switch (op) {
    case KR_LT: return kr_from_bool(c < 0);
    case KR_LE: return kr_from_bool(c <= 0);
    case KR_EQ: return kr_from_bool(c == 0);
    case KR_NE: return kr_from_bool(c != 0);
    case KR_GT: return kr_from_bool(c > 0);
    default: return kr_from_bool(c >= 0);
    }
}

/* ---- hashing ---------------------------------------------------------------- */

/* Python's numeric hash works modulo P = 2**61 - 1: a number's hash is its
 * value mod P, so Decimal(1.5) and 1.5 hash alike. */
#define HASH_P (((uint64_t)1 << 61) - 1)

static uint64_t mulmod(uint64_t a, uint64_t b)
{
    return (uint64_t)((unsigned __int128)a * b % HASH_P);
}

static uint64_t powmod(uint64_t b, uint64_t e)
{
    uint64_t r = 1;
    for (b %= HASH_P; e; e >>= 1, b = mulmod(b, b))
        if (e & 1)
            r = mulmod(r, b);
    return r;
}

int kr_dec_hash(Thread *th, Value v, int64_t *out)
{
    Dec *d = kr_as_dec(v);
    if (d->kind == DEC_SNAN) {
        kr_err_set_string(th, &kr_exc_TypeError, "Cannot hash a signaling NaN value");
        return -1;
    }
    if (d->kind == DEC_NAN) {       /* as object.__hash__: by identity */
        *out = (int64_t)((uintptr_t)kr_as_obj(v) >> 4);
        return 0;
    }
    if (d->kind == DEC_INF) {
        *out = d->sign ? -314159 : 314159;
        return 0;
    }
    uint64_t c = d->big ? mpz_fdiv_ui(d->z, HASH_P) : d->w % HASH_P;
    /* 10**exp mod P; for exp < 0 the inverse of 10 is 10**(P-2) */
    uint64_t ten = d->exp >= 0 ? 10 : powmod(10, HASH_P - 2);
    uint64_t e = d->exp >= 0 ? (uint64_t)d->exp : (uint64_t)0 - (uint64_t)d->exp;
    int64_t h = (int64_t)mulmod(c, powmod(ten, e % (HASH_P - 1)));
    if (d->sign)
        h = -h;
    *out = h == -1 ? -2 : h;
    return 0;
}
