/*
 * _decimal_arith.c -- Decimal arithmetic under a context: the exact
 * operation, then one rounding to the context (kr_dec_finalize: precision,
 * exponent limits, clamping, and the conditions each step raises), as
 * the General Decimal Arithmetic Specification defines them.
 *
 * Each operation computes its exact result on the coefficients (a
 * machine-word path when both fit and the result cannot overflow, GMP
 * otherwise), and kr_dec_finalize() rounds it once: results are correctly
 * rounded in every rounding mode.  Division computes prec+1 digits plus
 * a sticky digit, which is enough for a correct rounding (the spec's
 * method, as _pydecimal uses it).
 */
#include "modules/_decimal.h"
#include "modules/libutil.h"

#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "core/unicode.h"
#include "vm/call.h"
#include "vm/errors.h"

static const uint64_t pow10_u64[20] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
    100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
    10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
    100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
};

static Dec *new_dec(Thread *th) { return kr_dec_alloc(th, &kr_dec_type); }
static bool is_nan(const Dec *d) { return d->kind == DEC_NAN || d->kind == DEC_SNAN; }
static bool is_zero(const Dec *d) { return d->kind == DEC_FINITE && kr_dec_coef_zero(d); }

/* ---- rounding ------------------------------------------------------------------ */

/* Drop the k > 0 lowest digits of c, rounding in mode for a value of the
 * given sign; true if the dropped part was nonzero. */
bool kr_dec_drop_digits(mpz_t c, int64_t k, DecRound mode, int sign)
{
    if (mpz_sgn(c) == 0)
        return false;
    if ((uint64_t)k > mpz_sizeinbase(c, 10) + 1) {
        /* all of it is below half a unit of the kept part */
        mpz_set_ui(c, kr_dec_round_up(mode, sign, -1, true, 0) ? 1 : 0);
        return true;
    }
    mpz_t p, r;
    mpz_inits(p, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_tdiv_qr(c, r, c, p);
    if (mpz_sgn(r) == 0)
        return false;
    mpz_mul_2exp(r, r, 1);
    int half = mpz_cmp(r, p);
    half = half < 0 ? -1 : half > 0;
    if (kr_dec_round_up(mode, sign, half, true, (unsigned)mpz_fdiv_ui(c, 10)))
        mpz_add_ui(c, c, 1);
    return true;
}

/* The same for a word coefficient and k <= 19. */
static bool drop_digits_u64(uint64_t *c, int64_t k, DecRound mode, int sign)
{
    uint64_t p = pow10_u64[k], q = *c / p, r = *c % p;
    *c = q;
    if (!r)
        return false;
    int half = r > p / 2 ? 1 : (r == p / 2 && !(p & 1)) ? 0 : r < (p + 1) / 2 ? -1 : 1;
    if (kr_dec_round_up(mode, sign, half, true, (unsigned)(q % 10)))
        *c = q + 1;
    return true;
}

static void overflow(DecContext *ctx, Dec *r, uint32_t *st)
{
    *st |= DEC_BIT(DEC_SIG_OVERFLOW) | DEC_BIT(DEC_SIG_INEXACT) | DEC_BIT(DEC_SIG_ROUNDED);
    bool to_inf;
    switch (ctx->round) {
    case DEC_ROUND_CEILING: to_inf = !r->sign; break;
    case DEC_ROUND_FLOOR: to_inf = r->sign; break;
    case DEC_ROUND_DOWN: case DEC_ROUND_05UP: to_inf = false; break;
    default: to_inf = true;
    }
    if (r->big)
        mpz_set_ui(r->z, 0);
    r->big = 0;
    if (to_inf) {
        r->kind = DEC_INF;
        r->w = 0;
        r->exp = 0;
        return;
    }
    /* the largest finite number: prec nines at Etop */
    mpz_t c;
    mpz_init(c);
    mpz_ui_pow_ui(c, 10, (unsigned long)ctx->prec);
    mpz_sub_ui(c, c, 1);
    r->w = 0;
    kr_dec_set_coef(r, c);
    r->exp = ctx->emax - ctx->prec + 1;
}

/* Round r (finite, exact result) into ctx: precision, Emin/Emax, clamp,
 * with the conditions added to *st (the spec's, _pydecimal's _fix). */
void kr_dec_finalize(DecContext *ctx, Dec *r, uint32_t *st)
{
    if (r->kind != DEC_FINITE)
        return;
    int64_t etiny = ctx->emin - ctx->prec + 1, etop = ctx->emax - ctx->prec + 1;
    if (kr_dec_coef_zero(r)) {
        int64_t emax = ctx->clamp ? etop : ctx->emax;
        int64_t e = r->exp < etiny ? etiny : r->exp > emax ? emax : r->exp;
        if (e != r->exp) {
            r->exp = e;
            *st |= DEC_BIT(DEC_SIG_CLAMPED);
        }
        return;
    }
    if (r->exp > ctx->emax) {               /* even its last digit is too large */
        overflow(ctx, r, st);
        return;
    }
    if (r->exp < 2 * DEC_MIN_ETINY) {
        /* so tiny that the arithmetic below would wrap: the value is far
         * below half a unit at Etiny, as is 1E(Etiny-2), which rounds the
         * same way in every mode */
        if (r->big)
            mpz_set_ui(r->z, 0);
        r->big = 0, r->w = 1, r->exp = etiny - 2;
    }
    int64_t n = kr_dec_ndigits(r);
    int64_t exp_min = n + r->exp - ctx->prec;
    if (exp_min > etop) {
        overflow(ctx, r, st);
        return;
    }
    bool subnormal = exp_min < etiny;
    if (subnormal)
        exp_min = etiny;
    if (r->exp < exp_min) {
        int64_t k = exp_min - r->exp;
        bool inexact;
        if (!r->big && k <= 19) {
            inexact = drop_digits_u64(&r->w, k, ctx->round, r->sign);
        } else {
            mpz_t c;
            mpz_init(c);
            kr_dec_get_coef(r, c);
            inexact = kr_dec_drop_digits(c, k, ctx->round, r->sign);
            kr_dec_set_coef(r, c);
        }
        r->exp = exp_min;
        if (kr_dec_ndigits(r) > ctx->prec) {       /* carried into a new digit: 10**prec */
            mpz_t c;
            mpz_init(c);
            kr_dec_get_coef(r, c);
            mpz_tdiv_q_ui(c, c, 10);
            kr_dec_set_coef(r, c);
            r->exp++;
        }
        if (r->exp > etop)
            overflow(ctx, r, st);
        if (inexact && subnormal)
            *st |= DEC_BIT(DEC_SIG_UNDERFLOW);
        if (subnormal)
            *st |= DEC_BIT(DEC_SIG_SUBNORMAL);
        if (inexact)
            *st |= DEC_BIT(DEC_SIG_INEXACT);
        *st |= DEC_BIT(DEC_SIG_ROUNDED);
        if (r->kind == DEC_FINITE && kr_dec_coef_zero(r))
            *st |= DEC_BIT(DEC_SIG_CLAMPED);
        return;
    }
    if (subnormal)
        *st |= DEC_BIT(DEC_SIG_SUBNORMAL);
    if (ctx->clamp && r->exp > etop) {
        *st |= DEC_BIT(DEC_SIG_CLAMPED);
        mpz_t c, p;
        mpz_inits(c, p, NULL);
        kr_dec_get_coef(r, c);
        mpz_ui_pow_ui(p, 10, (unsigned long)(r->exp - etop));
        mpz_mul(c, c, p);
        kr_dec_set_coef(r, c);
        r->exp = etop;
    }
}

/* A NaN result: the first sNaN (made quiet, InvalidOperation) else the
 * first NaN of the operands, its payload cut to fit prec - clamp digits. */
Dec *kr_dec_nan_result(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, uint32_t *st)
{
    const Dec *src = a->kind == DEC_SNAN ? a : b && b->kind == DEC_SNAN ? b
                   : is_nan(a) ? a : b;
    if (src->kind == DEC_SNAN)
        *st |= DEC_BIT(DEC_SIG_INVALID);
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    r->kind = DEC_NAN;
    r->sign = src->sign;
    mpz_t c;
    mpz_init(c);
    kr_dec_get_coef(src, c);
    if (mpz_sgn(c) && (int64_t)mpz_sizeinbase(c, 10) >= ctx->prec - ctx->clamp) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, (unsigned long)(ctx->prec - ctx->clamp));
        if (mpz_cmp(c, p) >= 0)
            mpz_tdiv_r(c, c, p);
    }
    kr_dec_set_coef(r, c);
    return r;
}

/* InvalidOperation's quiet NaN result, with the given condition. */
Dec *kr_dec_invalid(Thread *th, uint32_t *st, DecSignal cond)
{
    *st |= DEC_BIT(cond);
    Dec *r = new_dec(th);
    if (r)
        r->kind = DEC_NAN;
    return r;
}

/* Deliver r: record *st in ctx (raising if trapped). */
Value kr_dec_deliver(Thread *th, DecContext *ctx, Dec *r, const uint32_t *stp)
{
    if (!r)
        return KR_VALUE_NULL;
    if (stp && *stp && kr_dec_status(th, ctx, *stp) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(r);
}

/* ---- operand conversion ------------------------------------------------------- */

/* v as a Dec for an operator: Decimal or int; NULL without exception:
 * NotImplemented. */
static Dec *operand(Thread *th, Value v, bool *err)
{
    *err = false;
    if (kr_is_dec(v))
        return kr_as_dec(v);
    if (kr_is_int(v)) {
        Dec *d = kr_dec_from_int(th, v);
        *err = !d;
        return d;
    }
    return NULL;
}

/* v as a Dec for a method or Context method: TypeError for others. */
Dec *kr_dec_operand(Thread *th, Value v)
{
    bool err;
    Dec *d = operand(th, v, &err);
    if (!d && !err)
        kr_err_format(th, &kr_exc_TypeError, "conversion from %s to Decimal is not supported",
                      kr_type_of(v)->name);
    return d;
}

/* ---- the operations (exact result, then kr_dec_finalize) ------------------------------ */

/* Line up a and b on the smaller exponent: ca, cb, the exponent in *e. */
static void align(const Dec *a, const Dec *b, mpz_t ca, mpz_t cb, int64_t *e)
{
    kr_dec_get_coef(a, ca);
    kr_dec_get_coef(b, cb);
    mpz_t p;
    mpz_init(p);
    if (a->exp > b->exp) {
        if (mpz_sgn(ca)) {                      /* (a zero needs no power of ten) */
            mpz_ui_pow_ui(p, 10, (unsigned long)(a->exp - b->exp));
            mpz_mul(ca, ca, p);
        }
        *e = b->exp;
    } else {
        if (mpz_sgn(cb)) {
            mpz_ui_pow_ui(p, 10, (unsigned long)(b->exp - a->exp));
            mpz_mul(cb, cb, p);
        }
        *e = a->exp;
    }
}

/* When exponents are far apart, the smaller operand only matters as a
 * sticky digit below the precision: replace it by 1 at that position
 * (_pydecimal's _normalize), so the exact sum stays small. */
static const Dec *shrink(Thread *th, const Dec *big, const Dec *small, int64_t prec)
{
    int64_t blen = kr_dec_ndigits(big);
    int64_t e = big->exp + (blen - prec - 2 < -1 ? blen - prec - 2 : -1);
    if (kr_dec_ndigits(small) + small->exp - 1 >= e)
        return small;
    Dec *s = new_dec(th);
    if (!s)
        return NULL;
    s->sign = small->sign;
    s->w = 1;
    s->exp = e;
    return s;
}

/* z + x where z is a zero far below the nonzero x: the sum would carry
 * zeros down to z's exponent, only for the rounding to drop them; a zero
 * one digit below x's precision gives the same rounded result (and the
 * same Rounded condition) without the huge coefficient. */
static const Dec *lift_zero(Thread *th, const Dec *z, const Dec *x, int64_t prec)
{
    if (!kr_dec_coef_zero(z) || z->exp >= x->exp)
        return z;
    int64_t floor = x->exp + kr_dec_ndigits(x) - prec - 2;
    if (z->exp >= floor)
        return z;
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    r->sign = z->sign;
    r->exp = floor < x->exp ? floor : x->exp;
    return r;
}

/* Digits of a 128-bit value. */
/* 10**k as a 128-bit word, k <= 38. */
static unsigned __int128 pow10_u128(int64_t k)
{
    return k <= 19 ? pow10_u64[k]
                   : (unsigned __int128)pow10_u64[19] * pow10_u64[k - 19];
}

/* Digits of v: comparisons only (a 128-bit division costs a call). */
static int u128_digits(unsigned __int128 v)
{
    if (v <= UINT64_MAX) {
        uint64_t w = (uint64_t)v;
        if (w < 10)
            return 1;
        int t = ((64 - __builtin_clzll(w)) * 1233) >> 12;   /* the digits, or one more */
        return t + 1 - (w < pow10_u64[t]);
    }
    /* from the bit length as for a word: log10(2) ~ 1233/4096 gives the
     * digits or one more (v > 2**64, so 20 <= t <= 38) */
    uint64_t hi = (uint64_t)(v >> 64);
    int t = ((128 - __builtin_clzll(hi)) * 1233) >> 12;
    return t + 1 - (v < pow10_u128(t));
}

/* r's coefficient from a 128-bit exact result.  Too long for a word, it
 * is rounded to the precision here when that rounding is the final one
 * (the exponent lands inside [Etiny, Etop]: finalize will not round
 * again), else handed to GMP. */
static void set_u128(DecContext *ctx, Dec *r, unsigned __int128 v, uint32_t *st)
{
    if (v > UINT64_MAX) {
        int n = u128_digits(v);
        int64_t k = n - ctx->prec;
        int64_t e = r->exp + k;
        if (k > 0 && k <= 38 && e >= ctx->emin - ctx->prec + 1 && e <= ctx->emax - ctx->prec + 1) {
            unsigned __int128 p = pow10_u128(k);
            unsigned __int128 q = v / p, rem = v - q * p;
            if (rem) {
                unsigned __int128 twice = rem * 2;
                int half = twice < p ? -1 : twice > p;
                if (kr_dec_round_up(ctx->round, r->sign, half, true, (unsigned)(q % 10)))
                    q++;
                *st |= DEC_BIT(DEC_SIG_INEXACT);
            }
            *st |= DEC_BIT(DEC_SIG_ROUNDED);
            if (ctx->prec <= 38 && q >= pow10_u128(ctx->prec)) {    /* 99..9 rounded up */
                q /= 10;
                e++;
            }
            v = q;
            r->exp = e;
        }
    }
    if (v <= UINT64_MAX) {
        r->w = (uint64_t)v;
        return;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 2, -1, sizeof(uint64_t), 0, 0,
               (uint64_t[2]){(uint64_t)v, (uint64_t)(v >> 64)});
    kr_dec_set_coef(r, z);
}

Dec *kr_dec_add(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, int negate_b,
                    uint32_t *st)
{
    int bsign = b->sign ^ negate_b;
    if (a->kind != DEC_FINITE || b->kind != DEC_FINITE) {
        if (is_nan(a) || is_nan(b))
            return kr_dec_nan_result(th, ctx, a, b, st);
        if (a->kind == DEC_INF && b->kind == DEC_INF && a->sign != bsign)
            return kr_dec_invalid(th, st, DEC_SIG_INVALID);
        Dec *r = new_dec(th);
        if (r) {
            r->kind = DEC_INF;
            r->sign = a->kind == DEC_INF ? a->sign : bsign;
        }
        return r;
    }
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    /* the common case: both in words, exponents close: 128-bit sums */
    int64_t ediff = a->exp - b->exp;
    if (!a->big && !b->big && ediff >= -18 && ediff <= 18) {
        unsigned __int128 x = a->w, y = b->w;
        if (ediff > 0)
            x *= pow10_u64[ediff];
        else
            y *= pow10_u64[-ediff];
        r->exp = ediff > 0 ? b->exp : a->exp;
        unsigned __int128 sum;
        if (a->sign == bsign) {
            sum = x + y;
            r->sign = a->sign;
        } else if (x >= y) {
            sum = x - y;
            r->sign = a->sign;
        } else {
            sum = y - x;
            r->sign = bsign;
        }
        set_u128(ctx, r, sum, st);
    } else {
        if (!kr_dec_coef_zero(a) && !kr_dec_coef_zero(b)) {
            if (a->exp > b->exp)
                b = shrink(th, a, b, ctx->prec);
            else if (b->exp > a->exp)
                a = shrink(th, b, a, ctx->prec);
            if (!a || !b)
                return NULL;
        } else if (kr_dec_coef_zero(a) != kr_dec_coef_zero(b)) {
            a = lift_zero(th, a, b, ctx->prec);
            b = a ? lift_zero(th, b, a, ctx->prec) : NULL;
            if (!a || !b)
                return NULL;
        }
        mpz_t ca, cb;
        mpz_inits(ca, cb, NULL);
        align(a, b, ca, cb, &r->exp);
        if (a->sign)
            mpz_neg(ca, ca);
        if (bsign)
            mpz_neg(cb, cb);
        mpz_add(ca, ca, cb);
        r->sign = mpz_sgn(ca) < 0;
        mpz_abs(ca, ca);
        kr_dec_set_coef(r, ca);
    }
    if (kr_dec_coef_zero(r)) {
        /* an exact zero sum is -0 only from two negatives, or in FLOOR */
        r->sign = (a->sign && bsign) || (a->sign != bsign && ctx->round == DEC_ROUND_FLOOR);
        if (a->sign == bsign)
            r->sign = a->sign;
    }
    kr_dec_finalize(ctx, r, st);
    return r;
}

Dec *kr_dec_mul(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, uint32_t *st)
{
    int sign = a->sign ^ b->sign;
    if (a->kind != DEC_FINITE || b->kind != DEC_FINITE) {
        if (is_nan(a) || is_nan(b))
            return kr_dec_nan_result(th, ctx, a, b, st);
        if (is_zero(a) || is_zero(b))
            return kr_dec_invalid(th, st, DEC_SIG_INVALID);
        Dec *r = new_dec(th);
        if (r) {
            r->kind = DEC_INF;
            r->sign = sign;
        }
        return r;
    }
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    r->sign = sign;
    r->exp = a->exp + b->exp;
    if (!a->big && !b->big) {
        set_u128(ctx, r, (unsigned __int128)a->w * b->w, st);
    } else {
        mpz_t ca, cb;
        mpz_inits(ca, cb, NULL);
        kr_dec_get_coef(a, ca);
        kr_dec_get_coef(b, cb);
        mpz_mul(ca, ca, cb);
        kr_dec_set_coef(r, ca);
    }
    kr_dec_finalize(ctx, r, st);
    return r;
}

Dec *kr_dec_signed_inf(Thread *th, int sign)
{
    Dec *r = new_dec(th);
    if (r) {
        r->kind = DEC_INF;
        r->sign = (uint8_t)sign;
    }
    return r;
}

Dec *kr_dec_div(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, uint32_t *st)
{
    int sign = a->sign ^ b->sign;
    if (a->kind != DEC_FINITE || b->kind != DEC_FINITE) {
        if (is_nan(a) || is_nan(b))
            return kr_dec_nan_result(th, ctx, a, b, st);
        if (a->kind == DEC_INF && b->kind == DEC_INF)
            return kr_dec_invalid(th, st, DEC_SIG_INVALID);
        if (a->kind == DEC_INF)
            return kr_dec_signed_inf(th, sign);
        /* x / Infinity: a zero at Etiny */
        *st |= DEC_BIT(DEC_SIG_CLAMPED);
        Dec *r = new_dec(th);
        if (r) {
            r->sign = (uint8_t)sign;
            r->exp = ctx->emin - ctx->prec + 1;
        }
        return r;
    }
    if (is_zero(b)) {
        if (is_zero(a))
            return kr_dec_invalid(th, st, DEC_SIG_DIVUNDEFINED);
        *st |= DEC_BIT(DEC_SIG_DIVZERO);
        return kr_dec_signed_inf(th, sign);
    }
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    r->sign = (uint8_t)sign;
    if (is_zero(a)) {
        r->exp = a->exp - b->exp;
        kr_dec_finalize(ctx, r, st);
        return r;
    }
    int64_t shift = kr_dec_ndigits(b) - kr_dec_ndigits(a) + ctx->prec + 1;
    int64_t exp = a->exp - b->exp - shift;
    if (!a->big && !b->big && shift >= 0 && shift <= 19 && kr_dec_ndigits(a) + shift <= 38) {
        /* the common case in 128-bit words: prec+1 digits of quotient */
        unsigned __int128 n = (unsigned __int128)a->w * pow10_u64[shift];
        unsigned __int128 q = n / b->w;
        bool rem = n % b->w != 0;
        if (rem) {
            if (q % 5 == 0)
                q++;
        } else {
            int64_t ideal = a->exp - b->exp;
            while (exp < ideal && q % 10 == 0) {
                q /= 10;
                exp++;
            }
        }
        r->exp = exp;
        set_u128(ctx, r, q, st);
        kr_dec_finalize(ctx, r, st);
        return r;
    }
    if (ctx->prec > DEC_HUGE_PREC) {
        /* only a terminating quotient is computable at such a precision */
        if (!kr_dec_exact_div(a, b, r)) {
            kr_err_no_memory(th);
            return NULL;
        }
        kr_dec_finalize(ctx, r, st);
        return r;
    }
    mpz_t ca, cb, q, rem, p;
    mpz_inits(ca, cb, q, rem, p, NULL);
    kr_dec_get_coef(a, ca);
    kr_dec_get_coef(b, cb);
    mpz_ui_pow_ui(p, 10, (unsigned long)(shift >= 0 ? shift : -shift));
    if (shift >= 0)
        mpz_mul(ca, ca, p);
    else
        mpz_mul(cb, cb, p);
    mpz_tdiv_qr(q, rem, ca, cb);
    if (mpz_sgn(rem)) {
        if (mpz_fdiv_ui(q, 5) == 0)         /* a sticky digit for the rounding */
            mpz_add_ui(q, q, 1);
    } else {
        /* exact: as close to the ideal exponent as the digits allow */
        int64_t ideal = a->exp - b->exp;
        while (exp < ideal && mpz_fdiv_ui(q, 10) == 0) {
            mpz_tdiv_q_ui(q, q, 10);
            exp++;
        }
    }
    r->exp = exp;
    kr_dec_set_coef(r, q);
    kr_dec_finalize(ctx, r, st);
    return r;
}

bool kr_dec_mpz_over(const mpz_t z, int64_t n)
{
    int64_t k = (int64_t)mpz_sizeinbase(z, 10);     /* exact or one too many */
    if (k <= n)
        return false;
    if (k > n + 1)
        return true;
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)n);
    return mpz_cmpabs(z, p) >= 0;
}

bool kr_dec_exact_div(const Dec *a, const Dec *b, Dec *r)
{
    mpz_t ca, cb, g;
    mpz_inits(ca, cb, g, NULL);
    kr_dec_get_coef(a, ca);
    kr_dec_get_coef(b, cb);
    mpz_gcd(g, ca, cb);
    mpz_divexact(ca, ca, g);
    mpz_divexact(cb, cb, g);
    /* cb = 2**i * 5**j: multiply both by the other factor up to 10**k */
    unsigned long i = mpz_scan1(cb, 0), j = 0;
    mpz_fdiv_q_2exp(cb, cb, i);
    while (mpz_divisible_ui_p(cb, 5))
        mpz_divexact_ui(cb, cb, 5), j++;
    if (mpz_cmp_ui(cb, 1) != 0)
        return false;
    unsigned long k = i > j ? i : j;
    mpz_t f;
    mpz_init(f);
    if (i < k)
        mpz_ui_pow_ui(f, 2, k - i);
    else
        mpz_ui_pow_ui(f, 5, k - j);
    mpz_mul(ca, ca, f);
    int64_t exp = a->exp - b->exp - (int64_t)k, ideal = a->exp - b->exp;
    while (exp < ideal && mpz_divisible_ui_p(ca, 10)) {
        mpz_divexact_ui(ca, ca, 10);
        exp++;
    }
    r->exp = exp;
    kr_dec_set_coef(r, ca);
    return true;
}

/* The spec's divide-integer and remainder together: *qo and *ro (either
 * may be unwanted: NULL). */
static int dec_divmod(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, Dec **qo,
                      Dec **ro, uint32_t *status)
{
    /* the conditions of the quotient and of the remainder, kept apart:
     * x // 0 signals only DivisionByZero, x % 0 only InvalidOperation */
    uint32_t sq = 0, sr = 0, *st = &sq;
    int sign = a->sign ^ b->sign;
    Dec *q = NULL, *r = NULL;
    if (a->kind != DEC_FINITE || b->kind != DEC_FINITE) {
        if (is_nan(a) || is_nan(b)) {
            q = kr_dec_nan_result(th, ctx, a, b, st);
            r = q;
        } else if (a->kind == DEC_INF) {
            if (b->kind == DEC_INF) {
                q = r = kr_dec_invalid(th, st, DEC_SIG_INVALID);
            } else {
                q = kr_dec_signed_inf(th, sign);
                r = kr_dec_invalid(th, &sr, DEC_SIG_INVALID);
            }
        } else {                            /* x // Infinity = 0, x % Infinity = x */
            q = new_dec(th);
            if (q)
                q->sign = (uint8_t)sign;
            r = new_dec(th);
            if (r) {
                r->sign = a->sign, r->exp = a->exp;
                mpz_t c;
                mpz_init(c);
                kr_dec_get_coef(a, c);
                kr_dec_set_coef(r, c);
                kr_dec_finalize(ctx, r, &sr);
            }
        }
    } else if (is_zero(b)) {
        if (is_zero(a)) {
            q = r = kr_dec_invalid(th, st, DEC_SIG_DIVUNDEFINED);
        } else {
            sq |= DEC_BIT(DEC_SIG_DIVZERO);
            q = kr_dec_signed_inf(th, sign);
            r = kr_dec_invalid(th, &sr, DEC_SIG_INVALID);
        }
    } else {
        int64_t ideal = a->exp < b->exp ? a->exp : b->exp;
        int64_t expdiff = (is_zero(a) ? a->exp : a->exp + kr_dec_ndigits(a) - 1) -
                          (b->exp + kr_dec_ndigits(b) - 1);
        q = new_dec(th);
        r = new_dec(th);
        if (!q || !r)
            return -1;
        q->sign = (uint8_t)sign;
        if (is_zero(a) || expdiff <= -2) {
            /* |a| < |b|: quotient 0, remainder a at the ideal exponent */
            r->sign = a->sign;
            mpz_t c;
            mpz_init(c);
            kr_dec_get_coef(a, c);
            if (a->exp > ideal) {
                mpz_t p;
                mpz_init(p);
                mpz_ui_pow_ui(p, 10, (unsigned long)(a->exp - ideal));
                mpz_mul(c, c, p);
            }
            kr_dec_set_coef(r, c);
            r->exp = ideal;
            kr_dec_finalize(ctx, r, &sr);
        } else if (expdiff <= ctx->prec) {
            mpz_t ca, cb, qz, rz;
            mpz_inits(ca, cb, qz, rz, NULL);
            int64_t e;
            align(a, b, ca, cb, &e);
            mpz_tdiv_qr(qz, rz, ca, cb);
            if (kr_dec_mpz_over(qz, ctx->prec)) {
                q = r = kr_dec_invalid(th, st, DEC_SIG_DIVIMPOSSIBLE);
            } else {
                kr_dec_set_coef(q, qz);
                r->sign = a->sign;
                kr_dec_set_coef(r, rz);
                r->exp = e;
                kr_dec_finalize(ctx, r, &sr);
            }
        } else {
            q = r = kr_dec_invalid(th, st, DEC_SIG_DIVIMPOSSIBLE);
        }
    }
    if (!q || !r)
        return -1;
    if (q != r && q->kind == DEC_FINITE)   /* the integer quotient, into the limits */
        kr_dec_finalize(ctx, q, &sq);
    if (q == r)                 /* one result for both: its conditions count once */
        sr = sq;
    *status |= (qo ? sq : 0) | (ro ? sr : 0);
    if (qo)
        *qo = q;
    if (ro)
        *ro = r;
    return 0;
}

/* plus (how 0) / minus (1) / abs (2): a copy with a sign, rounded into
 * ctx.  A zero comes out positive unless the rounding is FLOOR; a NaN
 * keeps its sign. */
static Dec *dec_sign_op(Thread *th, DecContext *ctx, const Dec *a, int how, uint32_t *st)
{
    if (is_nan(a))
        return kr_dec_nan_result(th, ctx, a, NULL, st);
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    r->kind = a->kind;
    r->exp = a->exp;
    r->sign = how == 1 ? !a->sign : how == 2 ? 0 : a->sign;
    if (a->big) {
        kr_dec_set_coef(r, a->z);
    } else {
        r->w = a->w;
    }
    if (is_zero(r) && ctx->round != DEC_ROUND_FLOOR)
        r->sign = 0;
    kr_dec_finalize(ctx, r, st);
    return r;
}

/* quantize: a with b's exponent, rounded in mode. */
static Dec *dec_quantize(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, int mode,
                         uint32_t *st)
{
    if (a->kind != DEC_FINITE || b->kind != DEC_FINITE) {
        if (is_nan(a) || is_nan(b))
            return kr_dec_nan_result(th, ctx, a, b, st);
        if (a->kind == DEC_INF && b->kind == DEC_INF)
            return kr_dec_signed_inf(th, a->sign);
        return kr_dec_invalid(th, st, DEC_SIG_INVALID);
    }
    int64_t exp = b->exp;
    if (exp > ctx->emax || exp < ctx->emin - ctx->prec + 1)
        return kr_dec_invalid(th, st, DEC_SIG_INVALID);
    Dec *r = new_dec(th);
    if (!r)
        return NULL;
    r->sign = a->sign;
    mpz_t c;
    mpz_init(c);
    kr_dec_get_coef(a, c);
    bool inexact = false;
    if (exp < a->exp && !is_zero(a) && a->exp - exp + kr_dec_ndigits(a) > ctx->prec)
        return kr_dec_invalid(th, st, DEC_SIG_INVALID);     /* too many digits */
    if (exp < a->exp && !is_zero(a)) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, (unsigned long)(a->exp - exp));
        mpz_mul(c, c, p);
    } else if (exp > a->exp) {
        inexact = kr_dec_drop_digits(c, exp - a->exp, (DecRound)mode, a->sign);
    }
    kr_dec_set_coef(r, c);
    r->exp = exp;
    if (!kr_dec_coef_zero(r) && (kr_dec_ndigits(r) > ctx->prec ||
                                 r->exp + kr_dec_ndigits(r) - 1 > ctx->emax))
        return kr_dec_invalid(th, st, DEC_SIG_INVALID);
    if (!kr_dec_coef_zero(r) && r->exp + kr_dec_ndigits(r) - 1 < ctx->emin)
        *st |= DEC_BIT(DEC_SIG_SUBNORMAL);
    if (exp > a->exp && !is_zero(a)) {     /* libmpdec: a zero rescales silently */
        if (inexact)
            *st |= DEC_BIT(DEC_SIG_INEXACT);
        *st |= DEC_BIT(DEC_SIG_ROUNDED);
    }
    kr_dec_finalize(ctx, r, st);
    return r;
}

Value kr_dec_quantize(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, int mode)
{
    uint32_t st = 0;
    Dec *r = dec_quantize(th, ctx, a, b, mode < 0 ? ctx->round : mode, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

/* ---- operators -------------------------------------------------------------------- */

typedef enum ArOp { AR_ADD, AR_SUB, AR_MUL, AR_DIV, AR_FLOORDIV, AR_MOD, AR_DIVMOD } ArOp;

static Dec *apply(Thread *th, DecContext *ctx, ArOp op, const Dec *a, const Dec *b,
                  uint32_t *st)
{
    Dec *r = NULL;
    switch (op) {
    case AR_ADD: return kr_dec_add(th, ctx, a, b, 0, st);
    case AR_SUB: return kr_dec_add(th, ctx, a, b, 1, st);
    case AR_MUL: return kr_dec_mul(th, ctx, a, b, st);
    case AR_DIV: return kr_dec_div(th, ctx, a, b, st);
    case AR_FLOORDIV: return dec_divmod(th, ctx, a, b, &r, NULL, st) < 0 ? NULL : r;
    case AR_MOD: return dec_divmod(th, ctx, a, b, NULL, &r, st) < 0 ? NULL : r;
    default: return NULL;
    }
}

/* divmod(a, b) as a tuple, under ctx. */
static Value divmod_value(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    uint32_t st = 0;
    Dec *q, *r;
    if (dec_divmod(th, ctx, a, b, &q, &r, &st) < 0)
        return KR_VALUE_NULL;
    if (st && kr_dec_status(th, ctx, st) < 0)
        return KR_VALUE_NULL;
    Value items[2] = {kr_from_obj(q), kr_from_obj(r)};
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* An operand of an operator: a small int (or bool) becomes a Dec in *tmp,
 * on the caller's stack, so `d + 8` does not allocate its 8 -- the
 * operations read their operands and never keep them (they are const). */
static Dec *operand_tmp(Thread *th, Value v, Dec *tmp, bool *err)
{
    if (kr_is_smallint(v) || kr_is_bool(v)) {
        int64_t i = kr_is_bool(v) ? v == KR_TRUE : kr_as_smallint(v);
        memset(tmp, 0, sizeof *tmp);
        tmp->hdr.type = &kr_dec_type;
        tmp->sign = i < 0;
        tmp->w = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        *err = false;
        return tmp;
    }
    return operand(th, v, err);
}

static Value binary(Thread *th, Value x, Value y, ArOp op)
{
    bool err;
    Dec ta, tb;
    Dec *a = operand_tmp(th, x, &ta, &err);
    if (!a)
        return err ? KR_VALUE_NULL : KR_NOTIMPL;
    Dec *b = operand_tmp(th, y, &tb, &err);
    if (!b)
        return err ? KR_VALUE_NULL : KR_NOTIMPL;
    DecContext *ctx = kr_dec_current(th);
    if (!ctx)
        return KR_VALUE_NULL;
    if (op == AR_DIVMOD)
        return divmod_value(th, ctx, a, b);
    uint32_t st = 0;
    Dec *r = apply(th, ctx, op, a, b, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

Value kr_dec_binop(Thread *th, Value a, Value b, BinOp op)
{
    switch (op) {
    case KR_OP_ADD: return binary(th, a, b, AR_ADD);
    case KR_OP_SUB: return binary(th, a, b, AR_SUB);
    case KR_OP_MUL: return binary(th, a, b, AR_MUL);
    case KR_OP_TRUEDIV: return binary(th, a, b, AR_DIV);
    case KR_OP_FLOORDIV: return binary(th, a, b, AR_FLOORDIV);
    case KR_OP_MOD: return binary(th, a, b, AR_MOD);
    default: return KR_NOTIMPL;
    }
}

static Value unary(Thread *th, Value v, int how)
{
    DecContext *ctx = kr_dec_current(th);
    if (!ctx)
        return KR_VALUE_NULL;
    uint32_t st = 0;
    Dec *r = dec_sign_op(th, ctx, kr_as_dec(v), how, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

Value kr_dec_neg(Thread *th, Value v) { return unary(th, v, 1); }
Value kr_dec_pos(Thread *th, Value v) { return unary(th, v, 0); }
Value kr_dec_abs(Thread *th, Value v) { return unary(th, v, 2); }

KR_LIB_FUNC(dec_divmod_method)
{
    if (kr_libutil_check_positional(th, "__divmod__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    return binary(th, args[0], args[1], AR_DIVMOD);
}

KR_LIB_FUNC(dec_rdivmod_method)
{
    if (kr_libutil_check_positional(th, "__rdivmod__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    return binary(th, args[1], args[0], AR_DIVMOD);
}

/* ---- methods taking a context ------------------------------------------------------ */

/* Decimal.quantize(exp, rounding=None, context=None) */
KR_LIB_FUNC(dec_quantize_method)
{
    static const char *const names[] = {"exp", "rounding", "context", NULL};
    Value a[3];
    if (kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    int32_t mode = -1;
    if (a[1] && a[1] != KR_NONE && kr_dec_round_arg(th, a[1], &mode) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_context_arg(th, a[2]);
    Dec *b = ctx ? kr_dec_operand(th, a[0]) : NULL;
    return b ? kr_dec_quantize(th, ctx, kr_as_dec(args[0]), b, mode) : KR_VALUE_NULL;
}

const MethodDef kr_dec_arith_methods[] = {
    {"quantize", dec_quantize_method, "($self, /, exp, rounding=None, context=None)", NULL, 0},
    {"__divmod__", dec_divmod_method, "($self, value, /)", NULL, KR_METH_SLOT},
    {"__rdivmod__", dec_rdivmod_method, "($self, value, /)", NULL, KR_METH_SLOT},
    {0},
};

/* Context._apply(x): x rounded into the context. */
KR_LIB_FUNC(ctx_apply)
{
    if (kr_libutil_check_positional(th, "_apply", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    Dec *a = kr_dec_operand(th, args[1]);
    if (!a)
        return KR_VALUE_NULL;
    uint32_t st = 0;
    Dec *r = is_nan(a) ? kr_dec_nan_result(th, ctx, a, NULL, &st) : new_dec(th);
    if (r && !is_nan(a)) {
        r->kind = a->kind, r->sign = a->sign, r->exp = a->exp;
        if (a->big) {
            kr_dec_set_coef(r, a->z);
        } else {
            r->w = a->w;
        }
        kr_dec_finalize(ctx, r, &st);
    }
    return kr_dec_deliver(th, ctx, r, &st);
}

/* Context.<op>(a, b): operands converted strictly (int or Decimal). */
static Value ctx_binary(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                        const char *name, ArOp op)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    Dec *a = kr_dec_operand(th, args[1]);
    Dec *b = a ? kr_dec_operand(th, args[2]) : NULL;
    if (!b)
        return KR_VALUE_NULL;
    if (op == AR_DIVMOD)
        return divmod_value(th, ctx, a, b);
    uint32_t st = 0;
    Dec *r = apply(th, ctx, op, a, b, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

static Value ctx_unary(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                       const char *name, int how)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    Dec *a = kr_dec_operand(th, args[1]);
    if (!a)
        return KR_VALUE_NULL;
    uint32_t st = 0;
    Dec *r = dec_sign_op(th, ctx, a, how, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

#define CTX_BINARY(fn, name, op) \
    KR_LIB_FUNC(fn) { return ctx_binary(th, args, nargs, kw, name, op); }
#define CTX_UNARY(fn, name, how) \
    KR_LIB_FUNC(fn) { return ctx_unary(th, args, nargs, kw, name, how); }
CTX_BINARY(ctx_add, "add", AR_ADD)
CTX_BINARY(ctx_subtract, "subtract", AR_SUB)
CTX_BINARY(ctx_multiply, "multiply", AR_MUL)
CTX_BINARY(ctx_divide, "divide", AR_DIV)
CTX_BINARY(ctx_divide_int, "divide_int", AR_FLOORDIV)
CTX_BINARY(ctx_remainder, "remainder", AR_MOD)
CTX_BINARY(ctx_divmod, "divmod", AR_DIVMOD)
CTX_UNARY(ctx_plus, "plus", 0)
CTX_UNARY(ctx_minus, "minus", 1)
CTX_UNARY(ctx_abs, "abs", 2)

KR_LIB_FUNC(ctx_quantize)
{
    if (kr_libutil_no_keywords(th, "quantize", kw) < 0 ||
        kr_libutil_check_positional(th, "quantize", nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    Dec *a = kr_dec_operand(th, args[1]);
    Dec *b = a ? kr_dec_operand(th, args[2]) : NULL;
    return b ? kr_dec_quantize(th, ctx, a, b, -1) : KR_VALUE_NULL;
}

/* create_decimal(num="0"): the exact conversion, then rounded into the
 * context (the one constructor that honours the precision). */
KR_LIB_FUNC(ctx_create_decimal)
{
    if (kr_libutil_check_positional(th, "create_decimal", nargs - 1, 0, 1) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    if (nargs > 1 && kr_str_check(args[1]) && kr_as_str(args[1])->len) {
        /* unlike Decimal(), surrounding whitespace and underscores are
         * syntax errors */
        Str *s = kr_as_str(args[1]);
        bool under = false;
        for (int64_t i = 0; i < s->len && !under; i++)
            under = kr_str_char(s, i) == '_';
        if (under || kr_unicode_isspace(kr_str_char(s, 0)) ||
            kr_unicode_isspace(kr_str_char(s, s->len - 1))) {
            uint32_t st = DEC_BIT(DEC_SIG_CONVSYNTAX);
            Dec *r = new_dec(th);
            if (r)
                r->kind = DEC_NAN;
            return kr_dec_deliver(th, ctx, r, &st);
        }
    }
    Value v = kr_dec_construct(th, nargs > 1 ? args[1] : KR_VALUE_NULL, args[0]);
    if (!v)
        return KR_VALUE_NULL;
    if (nargs > 1 && kr_is_float(args[1]) &&
        kr_dec_status(th, ctx, DEC_BIT(DEC_SIG_FLOATOP)) < 0)
        return KR_VALUE_NULL;
    uint32_t st = 0;
    Dec *d = kr_as_dec(v);
    if (is_nan(d) && !kr_dec_coef_zero(d) && kr_dec_ndigits(d) > ctx->prec - ctx->clamp) {
        /* a payload longer than the context allows: not a number */
        st = DEC_BIT(DEC_SIG_CONVSYNTAX);
        Dec *n = new_dec(th);
        if (n)
            n->kind = DEC_NAN;
        return kr_dec_deliver(th, ctx, n, &st);
    }
    Dec *r = is_nan(d) ? kr_dec_nan_result(th, ctx, d, NULL, &st) : NULL;
    if (r) {
        st &= ~DEC_INVALID_BITS;       /* a signaling NaN is kept, not signalled */
        r->kind = d->kind;
        return kr_dec_deliver(th, ctx, r, &st);
    }
    if (is_nan(d))
        return KR_VALUE_NULL;
    r = new_dec(th);
    if (!r)
        return KR_VALUE_NULL;
    r->kind = d->kind, r->sign = d->sign, r->exp = d->exp;
    if (d->big) {
        kr_dec_set_coef(r, d->z);
    } else {
        r->w = d->w;
    }
    kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

const MethodDef kr_dec_context_methods[] = {
    {"add", ctx_add, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"subtract", ctx_subtract, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"multiply", ctx_multiply, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"divide", ctx_divide, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"divide_int", ctx_divide_int, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"remainder", ctx_remainder, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"divmod", ctx_divmod, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"plus", ctx_plus, "($self, x, /)", NULL, 0},
    {"minus", ctx_minus, "($self, x, /)", NULL, 0},
    {"abs", ctx_abs, "($self, x, /)", NULL, 0},
    {"quantize", ctx_quantize, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"_apply", ctx_apply, "($self, x, /)", NULL, 0},
    {"create_decimal", ctx_create_decimal, "($self, num=\"0\", /)", NULL, KR_METH_VARARGS},
    {0},
};
