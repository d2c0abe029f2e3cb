/*
 * _decimal_transc.c -- the transcendental operations: exp, ln, log10 and
 * the power with a non-integer exponent, correctly rounded.
 *
 * The method is the one the specification suggests and _pydecimal uses
 * (its _ilog, _iexp, _dlog, _dexp, _dpower): fixed-point integer
 * approximations on GMP with a proven error of at most one unit in the
 * last place at a working precision p+extra, and a Ziv loop around them:
 * when the extra digits of the approximation are not all at a rounding
 * boundary (a multiple of 5 * 10**(extra-1)), no value within the error
 * can round differently, in any mode; otherwise the working precision
 * grows by 3 digits and the approximation is computed again.  The result
 * then goes through kr_dec_finalize once (half-even for exp/ln/log10, as
 * the spec requires; the context's mode for power).
 *
 * ln(10) is needed to every precision asked for; its digits are cached
 * in the module state (kr_dec_state->ln10, a Dec), grown on demand.
 */
#include <stdlib.h>
#include <string.h>

#include "modules/_decimal.h"
#include "modules/libutil.h"

#include "objects/exception.h"
#include "vm/errors.h"

/* ---- integer helpers ------------------------------------------------------------ */

/* The number of decimal digits of |z| (1 for 0), exactly. */
static int64_t zdigits(const mpz_t z)
{
    if (mpz_sgn(z) == 0)
        return 1;
    size_t n = mpz_sizeinbase(z, 10);
    if (n > 1) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, n - 1);
        if (mpz_cmpabs(z, p) < 0)
            n--;
    }
    return (int64_t)n;
}

/* len(str(z)) in Python: digits plus a '-'. */
static int64_t zstrlen(const mpz_t z) { return zdigits(z) + (mpz_sgn(z) < 0); }

static void pow10(mpz_t r, int64_t k) { mpz_ui_pow_ui(r, 10, (unsigned long)k); }

/* q = a / b rounded to nearest, ties to even (b > 0). */
static void div_nearest(mpz_t q, const mpz_t a, const mpz_t b)
{
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(q, r, a, b);
    mpz_mul_2exp(r, r, 1);
    if (mpz_odd_p(q))
        mpz_add_ui(r, r, 1);
    if (mpz_cmp(r, b) > 0)
        mpz_add_ui(q, q, 1);
}

static void div_nearest_ui(mpz_t q, const mpz_t a, unsigned long b)
{
    mpz_t bz;
    mpz_init_set_ui(bz, b);
    div_nearest(q, a, bz);
}

/* q = a / 10**k rounded to nearest (k >= 0). */
static void div_nearest_pow10(mpz_t q, const mpz_t a, int64_t k)
{
    mpz_t p;
    mpz_init(p);
    pow10(p, k);
    div_nearest(q, a, p);
}

/* q = x / 2**shift rounded to nearest, ties to even. */
static void rshift_nearest(mpz_t q, const mpz_t x, unsigned long shift)
{
    mpz_t r, b;
    mpz_inits(r, b, NULL);
    mpz_fdiv_r_2exp(r, x, shift);
    mpz_fdiv_q_2exp(q, x, shift);
    mpz_setbit(b, shift);
    mpz_mul_2exp(r, r, 1);
    if (mpz_odd_p(q))
        mpz_add_ui(r, r, 1);
    if (mpz_cmp(r, b) > 0)
        mpz_add_ui(q, q, 1);
}

/* The integer nearest sqrt(n) by Newton's iteration from a > 0. */
static void sqrt_nearest(mpz_t a, const mpz_t n)
{
    mpz_t b, t;
    mpz_inits(b, t, NULL);
    while (mpz_cmp(a, b) != 0) {
        mpz_set(b, a);
        mpz_cdiv_q(t, n, a);
        mpz_add(a, a, t);
        mpz_fdiv_q_2exp(a, a, 1);
    }
}

enum { L = 8 };

/* Terms of the series for M of `mdigits` digits: ceil(10 * mdigits / (3L)). */
static long series_terms(int64_t mdigits) { return (long)((10 * mdigits + 3 * L - 1) / (3 * L)); }

/* r ~ M * log(x / M) for positive x, M (error < 22 for 0.1 <= x/M <= 10):
 * the argument is brought near 1 by square roots, then the series of
 * log((1+y)/(1-y)) runs. */
static void ilog(mpz_t r, const mpz_t x, const mpz_t M, int64_t mdigits)
{
    mpz_t y, t, s, a;
    mpz_inits(y, t, s, a, NULL);
    mpz_sub(y, x, M);
    unsigned long R = 0;
    for (;;) {
        mpz_abs(t, y);
        if (R <= L)
            mpz_mul_2exp(t, t, L - R);
        else
            mpz_fdiv_q_2exp(t, t, R - L);
        if (mpz_cmp(t, M) < 0)
            break;
        rshift_nearest(t, y, R);
        mpz_add(t, t, M);
        mpz_mul(t, t, M);
        mpz_set(a, M);
        sqrt_nearest(a, t);
        mpz_add(a, a, M);
        mpz_mul(s, M, y);
        mpz_mul_2exp(s, s, 1);
        div_nearest(y, s, a);
        R++;
    }
    long T = series_terms(mdigits);
    mpz_t yshift, w;
    mpz_inits(yshift, w, NULL);
    rshift_nearest(yshift, y, R);
    div_nearest_ui(w, M, (unsigned long)T);
    for (long k = T - 1; k > 0; k--) {
        mpz_mul(t, yshift, w);
        div_nearest(s, t, M);
        div_nearest_ui(w, M, (unsigned long)k);
        mpz_sub(w, w, s);
    }
    mpz_mul(t, w, y);
    div_nearest(r, t, M);
}

/* r ~ M * exp(x / M) for 0 <= x/M <= 2.4 (error < 60): the argument is
 * halved R times, the series summed, and the result squared back. */
static void iexp(mpz_t r, const mpz_t x, const mpz_t M, int64_t mdigits)
{
    mpz_t t, y, ms, d;
    mpz_inits(t, y, ms, d, NULL);
    mpz_mul_2exp(t, x, L);
    mpz_fdiv_q(t, t, M);
    unsigned long R = mpz_sgn(t) ? (unsigned long)mpz_sizeinbase(t, 2) : 0;
    long T = series_terms(mdigits);
    div_nearest_ui(y, x, (unsigned long)T);
    mpz_mul_2exp(ms, M, R);
    for (long i = T - 1; i > 0; i--) {
        mpz_add(t, ms, y);
        mpz_mul(t, t, x);
        mpz_mul_ui(d, ms, (unsigned long)i);
        div_nearest(y, t, d);
    }
    for (long k = (long)R - 1; k >= 0; k--) {
        mpz_mul_2exp(ms, M, (unsigned long)k + 2);
        mpz_add(t, y, ms);
        mpz_mul(t, t, y);
        div_nearest(y, t, ms);
    }
    mpz_add(r, M, y);
}

/* ---- ln(10) ------------------------------------------------------------------------ */

static const char LN10_START[] = "23025850929940456840179914546843642076011014886";

/* r = the first p+1 digits of ln(10), i.e. floor(ln(10) * 10**p). */
static int log10_digits(Thread *th, mpz_t r, int64_t p)
{
    Dec *cache = kr_dec_state->ln10 ? kr_as_dec(kr_dec_state->ln10) : NULL;
    mpz_t c;
    mpz_init(c);
    int64_t have;
    if (cache) {
        kr_dec_get_coef(cache, c);
        have = zdigits(c);
    } else {
        mpz_set_str(c, LN10_START, 10);
        have = (int64_t)strlen(LN10_START);
    }
    if (p >= have) {
        /* more digits: enough that the last `extra` are not all zeros */
        mpz_t M, x, v;
        mpz_inits(M, x, v, NULL);
        for (int64_t extra = 3;; extra += 3) {
            pow10(M, p + extra + 2);
            mpz_mul_ui(x, M, 10);
            ilog(v, x, M, p + extra + 3);
            div_nearest_ui(v, v, 100);
            pow10(x, extra);
            if (!mpz_divisible_p(v, x))
                break;
        }
        /* drop the trailing zeros and the last digit, which may be off */
        while (mpz_divisible_ui_p(v, 10))
            mpz_divexact_ui(v, v, 10);
        mpz_fdiv_q_ui(c, v, 10);
        have = zdigits(c);
        Dec *d = kr_dec_alloc(th, &kr_dec_type);
        if (!d)
            return -1;
        kr_dec_set_coef(d, c);
        kr_dec_state->ln10 = kr_from_obj(d);
    }
    mpz_t q;
    mpz_init(q);
    pow10(q, have - (p + 1));
    mpz_fdiv_q(r, c, q);
    return 0;
}

/* ---- fixed-point logarithms and exponential ------------------------------------------ */

/* f such that 10**f <= c * 10**e < 10**(f+1) roughly: _pydecimal's
 * e + len(c) - (e + len(c) >= 1). */
static int64_t log_magnitude(const mpz_t c, int64_t e)
{
    int64_t l = zdigits(c);
    return e + l - (e + l >= 1);
}

/* c * 10**k (k >= 0) or c / 10**-k rounded to nearest. */
static void scale_nearest(mpz_t r, const mpz_t c, int64_t k)
{
    mpz_t p;
    mpz_init(p);
    if (k >= 0) {
        pow10(p, k);
        mpz_mul(r, c, p);
    } else {
        div_nearest_pow10(r, c, -k);
    }
}

/* r ~ 10**p * log10(c * 10**e) with error < 1 (c > 0). */
static int dlog10(Thread *th, mpz_t r, const mpz_t c0, int64_t e, int64_t p)
{
    p += 2;
    int64_t f = log_magnitude(c0, e);
    mpz_t c, M, ld, l10, tp;
    mpz_inits(c, M, ld, l10, tp, NULL);
    if (p > 0) {
        pow10(M, p);
        scale_nearest(c, c0, e + p - f);
        ilog(ld, c, M, p + 1);
        if (log10_digits(th, l10, p) < 0)
            return -1;
        mpz_mul(ld, ld, M);
        div_nearest(ld, ld, l10);
        mpz_set_si(tp, f);
        mpz_mul(tp, tp, M);
    } else {
        mpz_set_si(tp, f);
        div_nearest_pow10(tp, tp, -p);
    }
    mpz_add(tp, tp, ld);
    div_nearest_ui(r, tp, 100);
    return 0;
}

/* r ~ 10**p * ln(c * 10**e) with error < 1 (c > 0). */
static int dlog(Thread *th, mpz_t r, const mpz_t c0, int64_t e, int64_t p)
{
    p += 2;
    int64_t f = log_magnitude(c0, e);
    mpz_t c, M, ld, fl;
    mpz_inits(c, M, ld, fl, NULL);
    if (p > 0) {
        pow10(M, p);
        scale_nearest(c, c0, e + p - f);
        ilog(ld, c, M, p + 1);
    }
    if (f) {
        mpz_set_si(fl, f);
        int64_t extra = zdigits(fl) - 1;
        if (p + extra >= 0) {
            mpz_t l10;
            mpz_init(l10);
            if (log10_digits(th, l10, p + extra) < 0)
                return -1;
            mpz_mul(fl, fl, l10);
            div_nearest_pow10(fl, fl, extra);
        } else {
            mpz_set_ui(fl, 0);
        }
    }
    mpz_add(fl, fl, ld);
    div_nearest_ui(r, fl, 100);
    return 0;
}

/* d, *f with 10**(p-1) <= d <= 10**p and (d-1)*10**f < exp(c*10**e) <
 * (d+1)*10**f (c signed). */
static int dexp(Thread *th, mpz_t d, int64_t *f, const mpz_t c, int64_t e, int64_t p)
{
    p += 2;
    int64_t extra = e + zstrlen(c) - 1;
    if (extra < 0)
        extra = 0;
    int64_t q = p + extra, shift = e + q;
    mpz_t cs, l10, quot, rem, M;
    mpz_inits(cs, l10, quot, rem, M, NULL);
    if (shift >= 0) {
        pow10(cs, shift);
        mpz_mul(cs, cs, c);
    } else {
        pow10(cs, -shift);
        mpz_fdiv_q(cs, c, cs);
    }
    if (log10_digits(th, l10, q) < 0)
        return -1;
    mpz_fdiv_qr(quot, rem, cs, l10);
    div_nearest_pow10(rem, rem, extra);
    pow10(M, p);
    iexp(d, rem, M, p + 1);
    div_nearest_ui(d, d, 1000);
    *f = mpz_get_si(quot) - p + 3;
    return 0;
}

/* c, *e with (c-1)*10**e < x**y < (c+1)*10**e, p digits, for x > 0,
 * x != 1 and y != 0 (yc signed). */
static int dpower(Thread *th, mpz_t c, int64_t *e, const mpz_t xc, int64_t xe, const mpz_t yc,
                  int64_t ye, int64_t p)
{
    int64_t b = zdigits(yc) + ye;
    mpz_t lxc, pc;
    mpz_inits(lxc, pc, NULL);
    if (dlog(th, lxc, xc, xe, p + b + 1) < 0)
        return -1;
    int64_t shift = ye - b;
    mpz_mul(pc, lxc, yc);
    scale_nearest(pc, pc, shift);
    if (mpz_sgn(pc) == 0) {
        /* x**y is within 10**-p of 1: just above or just below it */
        if ((zdigits(xc) + xe >= 1) == (mpz_sgn(yc) > 0)) {
            pow10(c, p - 1);
            mpz_add_ui(c, c, 1);
            *e = 1 - p;
        } else {
            pow10(c, p);
            mpz_sub_ui(c, c, 1);
            *e = -p;
        }
        return 0;
    }
    if (dexp(th, c, e, pc, -(p + 1), p + 1) < 0)
        return -1;
    div_nearest_ui(c, c, 10);
    *e += 1;
    return 0;
}

/* ---- the operations ----------------------------------------------------------------------- */

static bool is_nan(const Dec *d) { return d->kind == DEC_NAN || d->kind == DEC_SNAN; }
static bool is_zero(const Dec *d) { return d->kind == DEC_FINITE && kr_dec_coef_zero(d); }
static int64_t adjusted(const Dec *d) { return d->exp + kr_dec_ndigits(d) - 1; }

/* Decimal digits of a nonnegative int64. */
static int64_t i64_digits(uint64_t v)
{
    int64_t n = 1;
    while (v >= 10)
        v /= 10, n++;
    return n;
}

/* A new Dec sign, c, exp; NULL on MemoryError. */
static Dec *make(Thread *th, int sign, const mpz_t c, int64_t exp)
{
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return NULL;
    r->sign = (uint8_t)sign;
    r->exp = exp;
    kr_dec_set_coef(r, c);
    return r;
}

static Dec *make_small(Thread *th, int sign, uint64_t w, int64_t exp)
{
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (r)
        r->sign = (uint8_t)sign, r->w = w, r->exp = exp;
    return r;
}

/* Round r half-even into ctx (exp, ln and log10 always round so). */
static Value deliver_half_even(Thread *th, DecContext *ctx, Dec *r, uint32_t *st)
{
    if (!r)
        return KR_VALUE_NULL;
    DecContext work = *ctx;
    work.round = DEC_ROUND_HALF_EVEN;
    kr_dec_finalize(&work, r, st);
    return kr_dec_deliver(th, ctx, r, st);
}

/* Has the approximation c (error < 1 in its last digit) more than p
 * digits that are not at a rounding boundary?  Then every value within
 * the error rounds the same way. */
static bool decided(const mpz_t c, int64_t p)
{
    int64_t n = zdigits(c);
    if (n <= p)
        return false;
    mpz_t b;
    mpz_init(b);
    pow10(b, n - p - 1);
    mpz_mul_ui(b, b, 5);
    return !mpz_divisible_p(c, b);
}

Value kr_dec_exp(Thread *th, DecContext *ctx, const Dec *a)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    if (a->kind == DEC_INF)
        return kr_dec_deliver(th, ctx, a->sign ? make_small(th, 0, 0, 0) : kr_dec_signed_inf(th, 0),
                              NULL);
    if (is_zero(a))
        return kr_dec_deliver(th, ctx, make_small(th, 0, 1, 0), NULL);
    int64_t p = ctx->prec, adj = adjusted(a);
    int64_t etiny = ctx->emin - ctx->prec + 1;
    if (p > DEC_HUGE_PREC)          /* libmpdec refuses too */
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    mpz_t c;
    mpz_init(c);
    Dec *r;
    if (!a->sign && adj > i64_digits((uint64_t)(ctx->emax + 1) * 3)) {
        r = make_small(th, 0, 1, ctx->emax + 1);                 /* overflows */
    } else if (a->sign && adj > i64_digits((uint64_t)(-etiny + 1) * 3)) {
        r = make_small(th, 0, 1, etiny - 1);                     /* underflows to 0 */
    } else if (!a->sign && adj < -p) {
        pow10(c, p);                                             /* 1 + a tiny bit */
        mpz_add_ui(c, c, 1);
        r = make(th, 0, c, -p);
    } else if (a->sign && adj < -p - 1) {
        pow10(c, p + 1);                                         /* 1 - a tiny bit */
        mpz_sub_ui(c, c, 1);
        r = make(th, 0, c, -p - 1);
    } else {
        mpz_t x;
        mpz_init(x);
        kr_dec_get_coef(a, x);
        if (a->sign)
            mpz_neg(x, x);
        int64_t e;
        for (int64_t extra = 3;; extra += 3) {
            if (dexp(th, c, &e, x, a->exp, p + extra) < 0)
                return KR_VALUE_NULL;
            if (decided(c, p))
                break;
        }
        r = make(th, 0, c, e);
    }
    return deliver_half_even(th, ctx, r, &st);
}

/* str(a) < str(b) in Python: the digit strings compared as text. */
static bool str_less(const mpz_t a, const mpz_t b)
{
    char *sa = mpz_get_str(NULL, 10, a), *sb = mpz_get_str(NULL, 10, b);
    return strcmp(sa, sb) < 0;
}

/* r <= adjusted exponent of ln(a) (_pydecimal's _ln_exp_bound); a finite,
 * positive, not 1. */
static int64_t ln_exp_bound(const Dec *a)
{
    int64_t adj = adjusted(a);
    if (adj >= 1)
        return i64_digits((uint64_t)adj * 23 / 10) - 1;
    if (adj <= -2)
        return i64_digits((uint64_t)(-1 - adj) * 23 / 10) - 1;
    mpz_t c, t;
    mpz_inits(c, t, NULL);
    kr_dec_get_coef(a, c);
    pow10(t, -a->exp);
    if (adj == 0) {
        /* num = c - 10**-e, den = c: len(num) - len(den) - (num < den) */
        mpz_sub(t, c, t);
        return zstrlen(t) - zdigits(c) - str_less(t, c);
    }
    mpz_sub(t, t, c);
    return a->exp + zdigits(t) - 1;
}

/* The same for log10 (_log10_exp_bound). */
static int64_t log10_exp_bound(const Dec *a)
{
    int64_t adj = adjusted(a);
    if (adj >= 1)
        return i64_digits((uint64_t)adj) - 1;
    if (adj <= -2)
        return i64_digits((uint64_t)(-1 - adj)) - 1;
    mpz_t c, t, d;
    mpz_inits(c, t, d, NULL);
    kr_dec_get_coef(a, c);
    pow10(t, -a->exp);
    if (adj == 0) {
        mpz_sub(t, c, t);
        mpz_mul_ui(d, c, 231);
        return zstrlen(t) - zdigits(d) - str_less(t, d) + 2;
    }
    mpz_sub(t, t, c);
    mpz_set_ui(d, 231);
    return zdigits(t) + a->exp - str_less(t, d) - 1;
}

/* ln or log10 by the Ziv loop over dlog/dlog10. */
static Value log_op(Thread *th, DecContext *ctx, const Dec *a, bool ten)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    if (is_zero(a))
        return kr_dec_deliver(th, ctx, kr_dec_signed_inf(th, 1), NULL);
    if (a->kind == DEC_INF && !a->sign)
        return kr_dec_deliver(th, ctx, kr_dec_signed_inf(th, 0), NULL);
    if (a->sign)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    mpz_t c, r, t;
    mpz_inits(c, r, t, NULL);
    kr_dec_get_coef(a, c);
    /* a power of ten: an exact integer */
    int64_t n = zdigits(c);
    pow10(t, n - 1);
    if (mpz_cmp(c, t) == 0) {
        if (!ten && a->exp + n - 1 == 0)
            return kr_dec_deliver(th, ctx, make_small(th, 0, 0, 0), NULL);     /* ln(1) */
        if (ten) {
            int64_t v = a->exp + n - 1;
            return deliver_half_even(th, ctx, make_small(th, v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v, 0),
                                     &st);
        }
    }
    int64_t p = ctx->prec;
    if (p > DEC_HUGE_PREC) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    int64_t places = p - (ten ? log10_exp_bound(a) : ln_exp_bound(a)) + 2;
    for (;; places += 3) {
        if ((ten ? dlog10(th, r, c, a->exp, places) : dlog(th, r, c, a->exp, places)) < 0)
            return KR_VALUE_NULL;
        mpz_abs(t, r);
        if (decided(t, p))
            break;
    }
    return deliver_half_even(th, ctx, make(th, mpz_sgn(r) < 0, t, -places), &st);
}

Value kr_dec_ln(Thread *th, DecContext *ctx, const Dec *a) { return log_op(th, ctx, a, false); }
Value kr_dec_log10(Thread *th, DecContext *ctx, const Dec *a) { return log_op(th, ctx, a, true); }

/* ---- x ** y ------------------------------------------------------------------------------- */

/* c with trailing zeros moved into *e. */
static void strip_zeros(mpz_t c, int64_t *e)
{
    while (mpz_sgn(c) && mpz_divisible_ui_p(c, 10)) {
        mpz_divexact_ui(c, c, 10);
        (*e)++;
    }
}

/* n * 10**e exactly into r (e < 0 only if the division is exact): false
 * if it is not, or does not fit an int64 (_decimal_lshift_exact). */
static bool lshift_exact(int64_t *r, const mpz_t n, int64_t e)
{
    mpz_t t, p;
    mpz_inits(t, p, NULL);
    if (llabs(e) > 40)
        return mpz_sgn(n) == 0 ? (*r = 0, true) : false;
    pow10(p, e < 0 ? -e : e);
    if (e >= 0) {
        mpz_mul(t, n, p);
    } else {
        if (!mpz_divisible_p(n, p))
            return false;
        mpz_divexact(t, n, p);
    }
    if (!mpz_fits_slong_p(t))
        return false;
    *r = mpz_get_si(t);
    return true;
}

/* _pydecimal's _log10_lb: a lower bound for 100 * log10(c), c > 0. */
static int64_t log10_lb(const mpz_t c)
{
    static const int correction[10] = {0, 100, 70, 53, 40, 31, 23, 16, 10, 5};
    int64_t n = zdigits(c);
    mpz_t t;
    mpz_init(t);
    pow10(t, n - 1);
    mpz_fdiv_q(t, c, t);
    return 100 * n - correction[mpz_get_ui(t)];
}

/* x ** y when it is exactly representable in p digits (x > 0 finite
 * nonzero and not 1 after the special cases, y finite nonzero):
 * true with the result in rc, *re (_pydecimal's _power_exact). */
static bool power_exact(const Dec *x, const Dec *y, bool int_y, int64_t p, mpz_t rc, int64_t *re)
{
    mpz_t xc, yc, t, m, n;
    mpz_inits(xc, yc, t, m, n, NULL);
    int64_t xe = x->exp, ye = y->exp;
    kr_dec_get_coef(x, xc);
    kr_dec_get_coef(y, yc);
    strip_zeros(xc, &xe);
    strip_zeros(yc, &ye);
    mpz_t ideal;
    mpz_init(ideal);
    bool ypos_int = int_y && !y->sign;
    if (ypos_int) {                  /* x's exponent times int(y) */
        kr_dec_get_coef(y, t);
        pow10(m, llabs(y->exp));
        if (y->exp >= 0)
            mpz_mul(t, t, m);
        else
            mpz_fdiv_q(t, t, m);
        mpz_mul_si(ideal, t, x->exp);
    }
    if (mpz_cmp_ui(xc, 1) == 0) {
        /* a power of ten: exact when xe * y is an integer */
        mpz_mul_si(t, yc, xe);
        int64_t te = ye;
        strip_zeros(t, &te);
        if (te < 0 || te > 18)
            return false;
        pow10(m, te);
        mpz_mul(t, t, m);
        if (y->sign)
            mpz_neg(t, t);
        if (!mpz_fits_slong_p(t))
            return false;
        int64_t exponent = mpz_get_si(t), zeros = 0;
        if (ypos_int) {
            mpz_set_si(m, exponent);
            mpz_sub(m, m, ideal);
            zeros = mpz_cmp_si(m, p - 1) < 0 ? mpz_get_si(m) : p - 1;
        }
        pow10(rc, zeros);
        *re = exponent - zeros;
        return true;
    }
    if (y->sign) {
        /* 1/x**|y| is exact only for x = 2**k (-> 5**k) or 5**k (-> 2**k) */
        unsigned last = (unsigned)mpz_fdiv_ui(xc, 10);
        int64_t e, emax;
        if (last % 2 == 0) {
            if (mpz_popcount(xc) != 1)
                return false;
            e = (int64_t)mpz_sizeinbase(xc, 2) - 1;
            emax = p * 93 / 65;
        } else if (last == 5) {
            e = (int64_t)mpz_sizeinbase(xc, 2) * 28 / 65;
            mpz_ui_pow_ui(t, 5, (unsigned long)e);
            mpz_fdiv_qr(m, n, t, xc);
            if (mpz_sgn(n))
                return false;
            while (mpz_divisible_ui_p(m, 5)) {
                mpz_divexact_ui(m, m, 5);
                e--;
            }
            /* here 5**e == xc * m, so xc == 5**e only if m == 1 */
            mpz_set(xc, m);
            emax = p * 10 / 3;
        } else {
            return false;
        }
        if (ye >= i64_digits((uint64_t)emax))
            return false;
        mpz_mul_si(t, yc, e);
        mpz_mul_si(m, yc, xe);
        int64_t ee, xe2;
        if (!lshift_exact(&ee, t, ye) || !lshift_exact(&xe2, m, ye) || ee > emax)
            return false;
        mpz_ui_pow_ui(rc, last == 5 ? 2 : 5, (unsigned long)ee);
        pow10(t, p);
        if (mpz_cmp(rc, t) >= 0)
            return false;
        *re = -ee - xe2;
        return true;
    }
    int64_t xc_bits = (int64_t)mpz_sizeinbase(xc, 2);
    if (ye >= 0) {
        pow10(t, ye);
        mpz_mul(m, yc, t);
        mpz_set_ui(n, 1);
    } else {
        if (xe != 0) {
            mpz_mul_si(t, yc, xe);
            if (zdigits(t) <= -ye)
                return false;
        }
        mpz_mul_si(t, yc, xc_bits);
        if (zdigits(t) <= -ye)
            return false;
        mpz_set(m, yc);
        pow10(n, -ye);
        while (mpz_even_p(m) && mpz_even_p(n))
            mpz_divexact_ui(m, m, 2), mpz_divexact_ui(n, n, 2);
        while (mpz_divisible_ui_p(m, 5) && mpz_divisible_ui_p(n, 5))
            mpz_divexact_ui(m, m, 5), mpz_divexact_ui(n, n, 5);
    }
    if (mpz_cmp_ui(n, 1) > 0) {
        /* an n-th root: xe must divide, xc must be a perfect power */
        if (mpz_cmp_si(n, xc_bits) >= 0)
            return false;
        unsigned long nn = mpz_get_ui(n);
        if (xe % (int64_t)nn)
            return false;
        xe /= (int64_t)nn;
        if (!mpz_root(t, xc, nn))
            return false;
        mpz_set(xc, t);
    }
    if (mpz_cmp_ui(xc, 1) > 0) {
        mpz_set_si(t, p * 100 / log10_lb(xc));
        if (mpz_cmp(m, t) > 0)
            return false;
    }
    unsigned long mm = mpz_get_ui(m);
    mpz_pow_ui(xc, xc, mm);
    xe *= (int64_t)mm;
    pow10(t, p);
    if (mpz_cmp(xc, t) > 0)
        return false;
    int64_t zeros = 0;
    if (ypos_int) {
        mpz_set_si(t, xe);
        mpz_sub(t, t, ideal);
        int64_t room = p - zdigits(xc);
        zeros = mpz_cmp_si(t, room) < 0 ? mpz_get_si(t) : room;
    }
    pow10(t, zeros);
    mpz_mul(rc, xc, t);
    *re = xe - zeros;
    return true;
}

/* x ** y for a non-integer y as libmpdec computes it (so that results
 * agree with CPython's): exp(ln(x) * y) at a working precision of
 * max(digits(x), prec) + 23 digits, half-even, then rounded into ctx.
 * That is not always correctly rounded in the directed modes (4 ** 1.5
 * rounds down to 7.99...), which CPython shows too; an exact result is
 * never recognised, and the conditions are always Inexact and Rounded. */
static Value power_real(Thread *th, DecContext *ctx, const Dec *x, const Dec *y)
{
    int64_t nd = kr_dec_ndigits(x);
    DecContext work = {.prec = (nd > ctx->prec ? nd : ctx->prec) + 4 + 19,
                       .emin = DEC_MIN_EMIN, .emax = DEC_MAX_EMAX,
                       .round = DEC_ROUND_HALF_EVEN};
    uint32_t st = 0;
    Value l = kr_dec_ln(th, &work, x);
    Dec *m = l ? kr_dec_mul(th, &work, kr_as_dec(l), y, &st) : NULL;
    Value e = m ? kr_dec_exp(th, &work, m) : KR_VALUE_NULL;
    if (!e)
        return KR_VALUE_NULL;
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    const Dec *ed = kr_as_dec(e);
    mpz_t c;
    mpz_init(c);
    if (ed->kind == DEC_INF) {
        r->w = 1, r->exp = DEC_MAX_EMAX + 1;          /* overflows in any mode */
    } else {
        kr_dec_get_coef(ed, c);
        kr_dec_set_coef(r, c);
        r->exp = ed->exp;
        Dec one = {.hdr = {&kr_dec_type}, .w = 1};
        if (kr_dec_cmp(r, &one) == 0) {                /* 1, to the full precision */
            pow10(c, ctx->prec - 1);
            kr_dec_set_coef(r, c);
            r->exp = 1 - ctx->prec;
        }
    }
    st = DEC_BIT(DEC_SIG_INEXACT) | DEC_BIT(DEC_SIG_ROUNDED);
    kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

/* x ** y once the operands are neither NaN nor zero, x > 0 (the result's
 * sign is `sign`), y != 0: the cases of 1, an infinite y and results
 * beyond the exponent range, then an exact result if there is one, else
 * the Ziv loop over dpower.  *done: in, whether the caller computes an
 * integer power itself; out, false when it is to (nothing returned). */
Value kr_dec_power_rest(Thread *th, DecContext *ctx, const Dec *x, const Dec *y, int sign,
                        bool int_y, bool *done)
{
    uint32_t st = 0;
    int64_t p = ctx->prec;
    mpz_t c, t;
    mpz_inits(c, t, NULL);
    bool caller_int = *done;
    *done = true;
    if (p > DEC_HUGE_PREC && !caller_int) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    kr_dec_get_coef(x, c);
    int64_t n = zdigits(c);
    pow10(t, n - 1);
    if (x->kind == DEC_FINITE && mpz_cmp(c, t) == 0 && x->exp + n - 1 == 0) {
        /* x == 1: 1.000... with as many zeros as an integer y gives */
        int64_t e;
        if (int_y) {
            int64_t mult;
            mpz_t yv;
            mpz_init(yv);
            kr_dec_get_coef(y, yv);
            pow10(t, y->exp > 0 ? y->exp : 0);
            mpz_mul(yv, yv, t);
            if (y->exp < 0) {
                pow10(t, -y->exp);
                mpz_fdiv_q(yv, yv, t);
            }
            if (y->sign)
                mult = 0;
            else if (mpz_cmp_si(yv, p) > 0)
                mult = p;
            else
                mult = mpz_get_si(yv);
            e = x->exp * mult;
            if (e < 1 - p) {
                e = 1 - p;
                st |= DEC_BIT(DEC_SIG_ROUNDED);
            }
        } else {
            st |= DEC_BIT(DEC_SIG_INEXACT) | DEC_BIT(DEC_SIG_ROUNDED);
            e = 1 - p;
        }
        pow10(t, -e);
        return kr_dec_deliver(th, ctx, make(th, sign, t, e), &st);
    }
    int64_t xadj = adjusted(x);
    if (y->kind == DEC_INF) {
        Dec *r = (!y->sign) == (xadj < 0) ? make_small(th, sign, 0, 0) : kr_dec_signed_inf(th, sign);
        return kr_dec_deliver(th, ctx, r, NULL);
    }
    Dec *r = NULL;
    int64_t bound = log10_exp_bound(x) + adjusted(y);
    if ((xadj >= 0) == (!y->sign)) {
        if (bound >= i64_digits((uint64_t)ctx->emax))
            r = make_small(th, sign, 1, ctx->emax + 1);
    } else {
        int64_t etiny = ctx->emin - ctx->prec + 1;
        if (bound >= i64_digits((uint64_t)-etiny))
            r = make_small(th, sign, 1, etiny - 1);
    }
    if (!r && !int_y)
        return power_real(th, ctx, x, y);
    if (!r && int_y && caller_int) {
        *done = false;
        return KR_VALUE_NULL;
    }
    int64_t e;
    if (!r && power_exact(x, y, int_y, p + 1, c, &e))
        r = make(th, sign, c, e);
    if (!r) {
        mpz_t yc;
        mpz_init(yc);
        kr_dec_get_coef(y, yc);
        if (y->sign)
            mpz_neg(yc, yc);
        kr_dec_get_coef(x, t);
        for (int64_t extra = 3;; extra += 3) {
            if (dpower(th, c, &e, t, x->exp, yc, y->exp, p + extra) < 0)
                return KR_VALUE_NULL;
            if (decided(c, p))
                break;
        }
        r = make(th, sign, c, e);
    }
    if (!r)
        return KR_VALUE_NULL;
    kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}
