/*
 * _decimal_more.c -- the rest of Decimal's operations under a context:
 * integral rounding, normalize, the comparisons that return Decimals
 * (compare, compare_total, min/max and their _mag forms), next_*,
 * scaleb, logb, sqrt, the classifications, as_integer_ratio -- and the
 * method wrappers that give each one as Decimal.op(..., context=None)
 * and as Context.op(...).
 *
 * Each operation is a function of (ctx, operands) returning a Value; the
 * wrappers differ only in where the context and operands come from.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "modules/_decimal.h"
#include "modules/libutil.h"

#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef Value (*DecUnary)(Thread *th, DecContext *ctx, const Dec *a);
typedef Value (*DecBinary)(Thread *th, DecContext *ctx, const Dec *a, const Dec *b);

static bool is_nan(const Dec *d) { return d->kind == DEC_NAN || d->kind == DEC_SNAN; }
static bool is_zero(const Dec *d) { return d->kind == DEC_FINITE && kr_dec_coef_zero(d); }
static int64_t adjusted(const Dec *d) { return d->exp + kr_dec_ndigits(d) - 1; }

static Dec *copy_dec(Thread *th, const Dec *a)
{
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return NULL;
    r->kind = a->kind, r->sign = a->sign, r->exp = a->exp;
    if (a->big) {
        kr_dec_set_coef(r, a->z);
    } else {
        r->w = a->w;
    }
    return r;
}

static Value small_dec(Thread *th, int v)
{
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    r->sign = v < 0;
    r->w = (uint64_t)(v < 0 ? -v : v);
    return kr_from_obj(r);
}

/* ---- integral values, normalize ---------------------------------------------- */

static Value to_integral(Thread *th, DecContext *ctx, const Dec *a, int mode, bool exact)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    if (a->kind == DEC_INF || a->exp >= 0)
        return kr_dec_deliver(th, ctx, copy_dec(th, a), NULL);
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    mpz_t c;
    mpz_init(c);
    kr_dec_get_coef(a, c);
    bool inexact = kr_dec_drop_digits(c, -a->exp, (DecRound)(mode < 0 ? ctx->round : mode), a->sign);
    r->sign = a->sign;
    kr_dec_set_coef(r, c);
    if (exact && !is_zero(a))       /* a zero is made integral silently */
        st = DEC_BIT(DEC_SIG_ROUNDED) | (inexact ? DEC_BIT(DEC_SIG_INEXACT) : 0);
    return kr_dec_deliver(th, ctx, r, &st);
}

static Value op_normalize(Thread *th, DecContext *ctx, const Dec *a)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    Dec *r = copy_dec(th, a);
    if (!r)
        return KR_VALUE_NULL;
    kr_dec_finalize(ctx, r, &st);
    if (r->kind == DEC_FINITE) {
        if (kr_dec_coef_zero(r)) {
            r->exp = 0;
        } else {
            int64_t emax = ctx->clamp ? ctx->emax - ctx->prec + 1 : ctx->emax;
            mpz_t c;
            mpz_init(c);
            kr_dec_get_coef(r, c);
            while (r->exp < emax && mpz_divisible_ui_p(c, 10)) {
                mpz_divexact_ui(c, c, 10);
                r->exp++;
            }
            kr_dec_set_coef(r, c);
        }
    }
    return kr_dec_deliver(th, ctx, r, &st);
}

/* ---- comparisons giving Decimals ----------------------------------------------- */

static Value op_compare_impl(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, bool sig)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b)) {
        Dec *r = kr_dec_nan_result(th, ctx, a, b, &st);
        if (sig)
            st |= DEC_BIT(DEC_SIG_INVALID);
        return kr_dec_deliver(th, ctx, r, &st);
    }
    return small_dec(th, kr_dec_cmp(a, b));
}

static Value op_compare(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    return op_compare_impl(th, ctx, a, b, false);
}

static Value op_compare_signal(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    return op_compare_impl(th, ctx, a, b, true);
}

/* The total order: -NaN < -sNaN < -Inf < negatives < -0 < 0 < ... <
 * Inf < sNaN < NaN; equal values by exponent; NaNs by payload. */
static int total_cmp(const Dec *a, const Dec *b)
{
    if (a->sign != b->sign)
        return a->sign ? -1 : 1;
    int s = a->sign ? -1 : 1;
    static const int rank[] = {[DEC_FINITE] = 0, [DEC_INF] = 1, [DEC_SNAN] = 2, [DEC_NAN] = 3};
    if (rank[a->kind] != rank[b->kind])
        return rank[a->kind] < rank[b->kind] ? -s : s;
    if (is_nan(a)) {
        mpz_t ca, cb;
        mpz_inits(ca, cb, NULL);
        kr_dec_get_coef(a, ca);
        kr_dec_get_coef(b, cb);
        int c = mpz_cmp(ca, cb);
        return s * ((c > 0) - (c < 0));
    }
    int c = kr_dec_cmp(a, b);
    if (c)
        return c;
    if (a->kind == DEC_INF)
        return 0;
    return a->exp == b->exp ? 0 : a->exp < b->exp ? -s : s;
}

static Value op_compare_total(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    return small_dec(th, total_cmp(a, b));
}

static Value op_compare_total_mag(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    Dec aa = *a, bb = *b;
    aa.sign = bb.sign = 0;
    return small_dec(th, total_cmp(&aa, &bb));
}

/* max/min (and _mag): a quiet NaN loses to a number; ties broken by the
 * total order; the winner is rounded into ctx. */
static Value minmax(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, bool max, bool mag)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b)) {
        bool an = is_nan(a), bn = is_nan(b);
        if (a->kind == DEC_SNAN || b->kind == DEC_SNAN || (an && bn))
            return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
        const Dec *w = an ? b : a;
        Dec *r = copy_dec(th, w);
        if (r)
            kr_dec_finalize(ctx, r, &st);
        return kr_dec_deliver(th, ctx, r, &st);
    }
    Dec aa = *a, bb = *b;
    if (mag)
        aa.sign = bb.sign = 0;
    int c = kr_dec_cmp(&aa, &bb);
    if (c == 0)
        c = mag ? kr_dec_cmp(a, b) : 0;
    if (c == 0)
        c = total_cmp(a, b);
    const Dec *w = (c < 0) == max ? b : a;
    Dec *r = copy_dec(th, w);
    if (r)
        kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

static Value op_max(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return minmax(th, c, a, b, true, false); }
static Value op_min(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return minmax(th, c, a, b, false, false); }
static Value op_max_mag(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return minmax(th, c, a, b, true, true); }
static Value op_min_mag(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return minmax(th, c, a, b, false, true); }

static Value op_same_quantum(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    if (a->kind != DEC_FINITE || b->kind != DEC_FINITE)
        return kr_from_bool((is_nan(a) && is_nan(b)) ||
                            (a->kind == DEC_INF && b->kind == DEC_INF));
    return kr_from_bool(a->exp == b->exp);
}

/* ---- next_plus, next_minus, next_toward --------------------------------------------- */

static Value next_dir(Thread *th, DecContext *ctx, const Dec *a, bool up)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    if (a->kind == DEC_INF) {
        if (a->sign == !up)
            return kr_dec_deliver(th, ctx, copy_dec(th, a), NULL);
        /* from -Inf up (+Inf down): the largest finite number of that sign */
        Dec *r = kr_dec_alloc(th, &kr_dec_type);
        if (!r)
            return KR_VALUE_NULL;
        mpz_t c;
        mpz_init(c);
        mpz_ui_pow_ui(c, 10, (unsigned long)ctx->prec);
        mpz_sub_ui(c, c, 1);
        kr_dec_set_coef(r, c);
        r->sign = a->sign;
        r->exp = ctx->emax - ctx->prec + 1;
        return kr_from_obj(r);
    }
    DecContext work = *ctx;                 /* flags of the work are dropped */
    work.round = up ? DEC_ROUND_CEILING : DEC_ROUND_FLOOR;
    Dec *r = copy_dec(th, a);
    if (!r)
        return KR_VALUE_NULL;
    kr_dec_finalize(&work, r, &st);
    if (kr_dec_cmp(r, a) != 0)
        return kr_from_obj(r);
    Dec tiny = {.hdr = {&kr_dec_type}, .w = 1, .exp = ctx->emin - ctx->prec, .sign = !up};
    st = 0;
    r = kr_dec_add(th, &work, a, &tiny, 0, &st);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value op_next_plus(Thread *th, DecContext *ctx, const Dec *a) { return next_dir(th, ctx, a, true); }
static Value op_next_minus(Thread *th, DecContext *ctx, const Dec *a) { return next_dir(th, ctx, a, false); }

static Value op_next_toward(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
    int c = kr_dec_cmp(a, b);
    if (c == 0) {
        Dec *r = copy_dec(th, a);
        if (r)
            r->sign = b->sign;
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    Value v = next_dir(th, ctx, a, c < 0);
    if (!v)
        return KR_VALUE_NULL;
    Dec *r = kr_as_dec(v);
    if (r->kind == DEC_INF) {
        st = DEC_BIT(DEC_SIG_OVERFLOW) | DEC_BIT(DEC_SIG_INEXACT) | DEC_BIT(DEC_SIG_ROUNDED);
    } else if (r->kind == DEC_FINITE && adjusted(r) < ctx->emin && !kr_dec_coef_zero(r)) {
        st = DEC_BIT(DEC_SIG_UNDERFLOW) | DEC_BIT(DEC_SIG_SUBNORMAL) |
             DEC_BIT(DEC_SIG_INEXACT) | DEC_BIT(DEC_SIG_ROUNDED);
    } else if (is_zero(r)) {
        st = DEC_BIT(DEC_SIG_UNDERFLOW) | DEC_BIT(DEC_SIG_SUBNORMAL) |
             DEC_BIT(DEC_SIG_INEXACT) | DEC_BIT(DEC_SIG_ROUNDED) | DEC_BIT(DEC_SIG_CLAMPED);
    }
    return kr_dec_deliver(th, ctx, r, &st);
}

/* ---- scaleb, logb, sqrt ----------------------------------------------------------- */

static Value op_scaleb(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
    int64_t lim = 2 * (ctx->emax + ctx->prec);
    if (b->kind != DEC_FINITE || b->exp != 0 || b->big || b->w > (uint64_t)lim)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    Dec *r = copy_dec(th, a);
    if (!r)
        return KR_VALUE_NULL;
    if (r->kind == DEC_FINITE) {
        r->exp += b->sign ? -(int64_t)b->w : (int64_t)b->w;
        kr_dec_finalize(ctx, r, &st);
    }
    return kr_dec_deliver(th, ctx, r, &st);
}

static Value op_logb(Thread *th, DecContext *ctx, const Dec *a)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    if (a->kind == DEC_INF)
        return kr_dec_deliver(th, ctx, kr_dec_signed_inf(th, 0), NULL);
    if (is_zero(a)) {
        st = DEC_BIT(DEC_SIG_DIVZERO);
        return kr_dec_deliver(th, ctx, kr_dec_signed_inf(th, 1), &st);
    }
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    int64_t e = adjusted(a);
    r->sign = e < 0;
    r->w = e < 0 ? (uint64_t)0 - (uint64_t)e : (uint64_t)e;
    kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

/* sqrt(a) at a precision too large to compute an inexact root: the
 * exact root at exponent e (floor(a.exp / 2)), else MemoryError. */
static Value exact_sqrt(Thread *th, DecContext *ctx, const Dec *a, int64_t e)
{
    uint32_t st = 0;
    mpz_t c;
    mpz_init(c);
    kr_dec_get_coef(a, c);
    if (a->exp & 1)
        mpz_mul_ui(c, c, 10);
    if (!mpz_perfect_square_p(c)) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    mpz_sqrt(c, c);
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    kr_dec_set_coef(r, c);
    r->exp = e;
    kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

/* The spec's square root: prec+1 digits by an integer square root, a
 * sticky digit when inexact, then rounded half-even into ctx. */
static Value op_sqrt(Thread *th, DecContext *ctx, const Dec *a)
{
    uint32_t st = 0;
    if (is_nan(a))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, NULL, &st), &st);
    if (is_zero(a)) {
        Dec *r = kr_dec_alloc(th, &kr_dec_type);
        if (!r)
            return KR_VALUE_NULL;
        r->sign = a->sign;
        r->exp = a->exp >= 0 ? a->exp / 2 : -((-a->exp + 1) / 2);
        kr_dec_finalize(ctx, r, &st);
        return kr_dec_deliver(th, ctx, r, &st);
    }
    if (a->sign)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    if (a->kind == DEC_INF)
        return kr_dec_deliver(th, ctx, kr_dec_signed_inf(th, 0), NULL);
    int64_t prec = ctx->prec + 1, n = kr_dec_ndigits(a);
    int64_t e = a->exp >= 0 ? a->exp / 2 : -((-a->exp + 1) / 2);      /* floor */
    if (ctx->prec > DEC_HUGE_PREC)
        return exact_sqrt(th, ctx, a, e);
    mpz_t c, rem, p, root;
    mpz_inits(c, rem, p, root, NULL);
    kr_dec_get_coef(a, c);
    int64_t l;
    if (a->exp & 1) {
        mpz_mul_ui(c, c, 10);
        l = (n >> 1) + 1;
    } else {
        l = (n + 1) >> 1;
    }
    int64_t shift = prec - l;
    bool exact = true;
    mpz_ui_pow_ui(p, 100, (unsigned long)(shift >= 0 ? shift : -shift));
    if (shift >= 0) {
        mpz_mul(c, c, p);
    } else {
        mpz_tdiv_qr(c, rem, c, p);
        exact = mpz_sgn(rem) == 0;
    }
    e -= shift;
    mpz_sqrtrem(root, rem, c);
    exact = exact && mpz_sgn(rem) == 0;
    if (exact) {
        mpz_ui_pow_ui(p, 10, (unsigned long)(shift >= 0 ? shift : -shift));
        if (shift >= 0)
            mpz_divexact(root, root, p);
        else
            mpz_mul(root, root, p);
        e += shift;
    } else if (mpz_divisible_ui_p(root, 5)) {
        mpz_add_ui(root, root, 1);
    }
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    kr_dec_set_coef(r, root);
    r->exp = e;
    DecContext work = *ctx;
    work.round = DEC_ROUND_HALF_EVEN;
    kr_dec_finalize(&work, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

/* ---- classification --------------------------------------------------------------- */

static Value op_number_class(Thread *th, DecContext *ctx, const Dec *a)
{
    const char *s;
    if (a->kind == DEC_SNAN)
        s = "sNaN";
    else if (a->kind == DEC_NAN)
        s = "NaN";
    else if (a->kind == DEC_INF)
        s = a->sign ? "-Infinity" : "+Infinity";
    else if (kr_dec_coef_zero(a))
        s = a->sign ? "-Zero" : "+Zero";
    else if (adjusted(a) < ctx->emin)
        s = a->sign ? "-Subnormal" : "+Subnormal";
    else
        s = a->sign ? "-Normal" : "+Normal";
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value op_is_normal(Thread *th, DecContext *ctx, const Dec *a)
{
    return kr_from_bool(a->kind == DEC_FINITE && !kr_dec_coef_zero(a) && adjusted(a) >= ctx->emin);
}

static Value op_is_subnormal(Thread *th, DecContext *ctx, const Dec *a)
{
    return kr_from_bool(a->kind == DEC_FINITE && !kr_dec_coef_zero(a) && adjusted(a) < ctx->emin);
}

static Value op_to_integral_value(Thread *th, DecContext *ctx, const Dec *a)
{
    return to_integral(th, ctx, a, -1, false);
}

static Value op_to_integral_exact(Thread *th, DecContext *ctx, const Dec *a)
{
    return to_integral(th, ctx, a, -1, true);
}

KR_LIB_FUNC(dec_as_integer_ratio)
{
    if (kr_libutil_no_keywords(th, "Decimal.as_integer_ratio", kw) < 0 ||
        kr_libutil_check_positional(th, "as_integer_ratio", nargs - 1, 0, 0) < 0)
        return KR_VALUE_NULL;
    Dec *a = kr_as_dec(args[0]);
    if (a->kind != DEC_FINITE) {
        if (a->kind == DEC_INF)
            kr_err_set_string(th, &kr_exc_OverflowError, "cannot convert Infinity to integer ratio");
        else
            kr_err_set_string(th, &kr_exc_ValueError, "cannot convert NaN to integer ratio");
        return KR_VALUE_NULL;
    }
    mpz_t n, d, g;
    mpz_inits(n, d, g, NULL);
    kr_dec_get_coef(a, n);
    mpz_set_ui(d, 1);
    if (a->exp >= 0) {
        mpz_ui_pow_ui(g, 10, (unsigned long)a->exp);
        mpz_mul(n, n, g);
    } else {
        mpz_ui_pow_ui(d, 10, (unsigned long)-a->exp);
        mpz_gcd(g, n, d);
        if (mpz_sgn(g)) {
            mpz_divexact(n, n, g);
            mpz_divexact(d, d, g);
        }
        if (mpz_sgn(n) == 0)
            mpz_set_ui(d, 1);
    }
    if (a->sign)
        mpz_neg(n, n);
    Value items[2] = {kr_int_from_mpz(th, n), kr_int_from_mpz(th, d)};
    if (!items[0] || !items[1])
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* ---- wrappers ------------------------------------------------------------------------ */

/* CPython's _decimal parses these without a name: "function takes at
 * most N arguments (M given)".  0, or -1 with that TypeError. */
static int check_count(Thread *th, size_t nargs, Tuple *kw, size_t max)
{
    size_t n = nargs + (kw ? (size_t)kw->size : 0);
    if (n <= max)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "function takes at most %zu argument%s (%zu given)",
                  max, max == 1 ? "" : "s", n);
    return -1;
}

/* Decimal.op(context=None) */
static Value dec_unary_method(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                              const char *name, DecUnary fn)
{
    static const char *const names[] = {"context", NULL};
    Value a[1];
    if (check_count(th, nargs - 1, kw, 1) < 0 ||
        kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_context_arg(th, a[0]);
    return ctx ? fn(th, ctx, kr_as_dec(args[0])) : KR_VALUE_NULL;
}

/* Decimal.op(other, context=None) */
static Value dec_binary_method(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                               const char *name, DecBinary fn)
{
    static const char *const names[] = {"other", "context", NULL};
    Value a[2];
    if (check_count(th, nargs - 1, kw, 2) < 0 ||
        kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_context_arg(th, a[1]);
    Dec *b = ctx ? kr_dec_operand(th, a[0]) : NULL;
    return b ? fn(th, ctx, kr_as_dec(args[0]), b) : KR_VALUE_NULL;
}

/* Context.op(x) and Context.op(x, y) */
static Value ctx_unary_method(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                              const char *name, DecUnary fn)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Dec *a = kr_dec_operand(th, args[1]);
    return a ? fn(th, (DecContext *)kr_as_obj(args[0]), a) : KR_VALUE_NULL;
}

static Value ctx_binary_method(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                               const char *name, DecBinary fn)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 2, 2) < 0)
        return KR_VALUE_NULL;
    Dec *a = kr_dec_operand(th, args[1]);
    Dec *b = a ? kr_dec_operand(th, args[2]) : NULL;
    return b ? fn(th, (DecContext *)kr_as_obj(args[0]), a, b) : KR_VALUE_NULL;
}

#define UNARY(name)                                                                   \
    KR_LIB_FUNC(dec_##name) { return dec_unary_method(th, args, nargs, kw, #name, op_##name); } \
    KR_LIB_FUNC(ctx_##name) { return ctx_unary_method(th, args, nargs, kw, #name, op_##name); }
#define BINARY(name)                                                                  \
    KR_LIB_FUNC(dec_##name) { return dec_binary_method(th, args, nargs, kw, #name, op_##name); } \
    KR_LIB_FUNC(ctx_##name) { return ctx_binary_method(th, args, nargs, kw, #name, op_##name); }

UNARY(normalize)
UNARY(next_plus)
UNARY(next_minus)
UNARY(logb)
UNARY(sqrt)
UNARY(number_class)
UNARY(is_normal)
UNARY(is_subnormal)
/* to_integral*: only the Context forms here (Decimal's take a rounding) */
KR_LIB_FUNC(ctx_to_integral_value)
{
    return ctx_unary_method(th, args, nargs, kw, "to_integral_value", op_to_integral_value);
}
KR_LIB_FUNC(ctx_to_integral_exact)
{
    return ctx_unary_method(th, args, nargs, kw, "to_integral_exact", op_to_integral_exact);
}
BINARY(compare)
BINARY(compare_signal)
BINARY(compare_total)
BINARY(compare_total_mag)
BINARY(max)
BINARY(min)
BINARY(max_mag)
BINARY(min_mag)
BINARY(same_quantum)
BINARY(next_toward)
BINARY(scaleb)

/* Decimal.to_integral*(rounding=None, context=None) */
static Value integral_method(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                             const char *name, bool exact)
{
    static const char *const names[] = {"rounding", "context", NULL};
    Value a[2];
    if (kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    int32_t mode = -1;
    if (a[0] && a[0] != KR_NONE && kr_dec_round_arg(th, a[0], &mode) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_context_arg(th, a[1]);
    return ctx ? to_integral(th, ctx, kr_as_dec(args[0]), mode, exact) : KR_VALUE_NULL;
}

KR_LIB_FUNC(dec_to_integral_value_r) { return integral_method(th, args, nargs, kw, "to_integral_value", false); }
KR_LIB_FUNC(dec_to_integral_r) { return integral_method(th, args, nargs, kw, "to_integral", false); }
KR_LIB_FUNC(dec_to_integral_exact_r) { return integral_method(th, args, nargs, kw, "to_integral_exact", true); }

#define PAIR(name, sig) {#name, dec_##name, "($self, /, " sig ")", NULL, 0}
const MethodDef kr_dec_more_methods[] = {
    PAIR(normalize, "context=None"),
    PAIR(next_plus, "context=None"),
    PAIR(next_minus, "context=None"),
    PAIR(logb, "context=None"),
    PAIR(sqrt, "context=None"),
    PAIR(number_class, "context=None"),
    PAIR(is_normal, "context=None"),
    PAIR(is_subnormal, "context=None"),
    PAIR(compare, "other, context=None"),
    PAIR(compare_signal, "other, context=None"),
    PAIR(compare_total, "other, context=None"),
    PAIR(compare_total_mag, "other, context=None"),
    PAIR(max, "other, context=None"),
    PAIR(min, "other, context=None"),
    PAIR(max_mag, "other, context=None"),
    PAIR(min_mag, "other, context=None"),
    PAIR(same_quantum, "other, context=None"),
    PAIR(next_toward, "other, context=None"),
    PAIR(scaleb, "other, context=None"),
    {"to_integral_value", dec_to_integral_value_r, "($self, /, rounding=None, context=None)", NULL, 0},
    {"to_integral", dec_to_integral_r, "($self, /, rounding=None, context=None)", NULL, 0},
    {"to_integral_exact", dec_to_integral_exact_r, "($self, /, rounding=None, context=None)", NULL, 0},
    {"as_integer_ratio", dec_as_integer_ratio, "($self, /)", NULL, 0},
    {0},
};

#define CPAIR(name, sig) {#name, ctx_##name, "($self, " sig ", /)", NULL, 0}
/* two operands: PyArg_ParseTuple in CPython (METH_VARARGS) */
#define CPAIR2(name, sig) {#name, ctx_##name, "($self, " sig ", /)", NULL, KR_METH_VARARGS}
const MethodDef kr_dec_more_context_methods[] = {
    CPAIR(normalize, "x"),
    CPAIR(next_plus, "x"),
    CPAIR(next_minus, "x"),
    CPAIR(logb, "x"),
    CPAIR(sqrt, "x"),
    CPAIR(number_class, "x"),
    CPAIR(is_normal, "x"),
    CPAIR(is_subnormal, "x"),
    CPAIR(to_integral_value, "x"),
    {"to_integral", ctx_to_integral_value, "($self, x, /)", NULL, 0},
    CPAIR(to_integral_exact, "x"),
    CPAIR2(compare, "x, y"),
    CPAIR2(compare_signal, "x, y"),
    CPAIR2(compare_total, "x, y"),
    CPAIR2(compare_total_mag, "x, y"),
    CPAIR2(max, "x, y"),
    CPAIR2(min, "x, y"),
    CPAIR2(max_mag, "x, y"),
    CPAIR2(min_mag, "x, y"),
    CPAIR2(same_quantum, "x, y"),
    CPAIR2(next_toward, "x, y"),
    CPAIR2(scaleb, "x, y"),
    {0},
};

/* ---- fma, power ------------------------------------------------------------------------ */

/* a*b + c with a single rounding: the exact product, then the sum. */
static Value op_fma3(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, const Dec *c)
{
    uint32_t st = 0;
    Dec *prod;
    if (a->kind == DEC_SNAN || b->kind == DEC_SNAN) {
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
    } else if (is_nan(a) || is_nan(b)) {
        prod = copy_dec(th, is_nan(a) ? a : b);
    } else if (a->kind == DEC_INF || b->kind == DEC_INF) {
        if (is_zero(a) || is_zero(b))
            return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
        prod = kr_dec_signed_inf(th, a->sign ^ b->sign);
    } else {
        prod = kr_dec_alloc(th, &kr_dec_type);
        if (prod) {
            mpz_t x, y;
            mpz_inits(x, y, NULL);
            kr_dec_get_coef(a, x);
            kr_dec_get_coef(b, y);
            mpz_mul(x, x, y);
            kr_dec_set_coef(prod, x);
            prod->sign = a->sign ^ b->sign;
            prod->exp = a->exp + b->exp;
        }
    }
    if (!prod)
        return KR_VALUE_NULL;
    Dec *r = kr_dec_add(th, ctx, prod, c, 0, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

/* Is d an integer (finite, no fractional digits)?  Its value in *z. */
static bool integral(const Dec *d, mpz_t z)
{
    if (d->kind != DEC_FINITE)
        return false;
    kr_dec_get_coef(d, z);
    if (d->exp >= 0) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, (unsigned long)d->exp);
        mpz_mul(z, z, p);
        return true;
    }
    mpz_t p, r;
    mpz_inits(p, r, NULL);
    if (-d->exp > (int64_t)mpz_sizeinbase(z, 10) + 1)
        return mpz_sgn(z) == 0;
    mpz_ui_pow_ui(p, 10, (unsigned long)-d->exp);
    mpz_tdiv_qr(z, r, z, p);
    return mpz_sgn(r) == 0;
}

/* a ** b for an integer b: the exact power, rounded once (so correctly
 * rounded); a negative b divides 1 by it, again with one rounding. */
static Value op_power(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
    mpz_t bz;
    mpz_init(bz);
    bool bint = integral(b, bz);
    if (is_zero(b)) {
        if (is_zero(a))
            return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
        return small_dec(th, 1);
    }
    int sign = 0;
    if (a->sign) {
        if (!bint) {
            if (!is_zero(a))
                return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
        } else {
            sign = mpz_odd_p(bz);
        }
    }
    bool bneg = b->sign;
    if (is_zero(a) || a->kind == DEC_INF) {
        bool to_inf = (a->kind == DEC_INF) != bneg;
        if (to_inf)
            return kr_from_obj(kr_dec_signed_inf(th, sign));
        Dec *r = kr_dec_alloc(th, &kr_dec_type);
        if (r)
            r->sign = (uint8_t)sign;
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    /* an integer power small enough to compute exactly is done here;
     * the rest (1, infinite or non-integer y, huge results) there */
    bool small = bint && mpz_fits_slong_p(bz) &&
                 (double)kr_dec_ndigits(a) * fabs(mpz_get_d(bz)) <= 200000.0;
    Dec ax = *a;
    ax.sign = 0;
    bool done = small;
    Value v = kr_dec_power_rest(th, ctx, &ax, b, sign, bint, &done);
    if (done)
        return v;
    long n = labs(mpz_get_si(bz));
    Dec *p = kr_dec_alloc(th, &kr_dec_type);
    if (!p)
        return KR_VALUE_NULL;
    mpz_t c;
    mpz_init(c);
    kr_dec_get_coef(a, c);
    mpz_pow_ui(c, c, (unsigned long)n);
    kr_dec_set_coef(p, c);
    p->sign = (uint8_t)sign;
    p->exp = a->exp * n;
    if (!bneg) {
        kr_dec_finalize(ctx, p, &st);
        return kr_dec_deliver(th, ctx, p, &st);
    }
    Dec one = {.hdr = {&kr_dec_type}, .w = 1};
    Dec *r = kr_dec_div(th, ctx, &one, p, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

Value kr_dec_power_value(Thread *th, Value x, Value y)
{
    Dec *a = kr_is_dec(x) ? kr_as_dec(x) : NULL, *b = kr_is_dec(y) ? kr_as_dec(y) : NULL;
    if ((!a && !kr_is_int(x)) || (!b && !kr_is_int(y)))
        return KR_NOTIMPL;
    if ((!a && !(a = kr_dec_from_int(th, x))) || (!b && !(b = kr_dec_from_int(th, y))))
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_current(th);
    return ctx ? op_power(th, ctx, a, b) : KR_VALUE_NULL;
}

/* ---- logical operations, rotate, shift ------------------------------------------------- */

/* The digits of a logical operand (finite, positive, exponent 0, only 0s
 * and 1s), right-aligned in prec places; false if it is not one. */
static bool logical_digits(Thread *th, DecContext *ctx, const Dec *a, char *out)
{
    if (a->kind != DEC_FINITE || a->sign || a->exp != 0)
        return false;
    int64_t n;
    char *d = kr_dec_digits(th, a, &n);
    if (!d)
        return false;
    memset(out, '0', (size_t)ctx->prec);
    for (int64_t i = 0; i < n; i++) {
        if (d[i] != '0' && d[i] != '1')
            return false;
        if (i >= n - ctx->prec)     /* longer than prec: its low digits */
            out[ctx->prec - n + i] = d[i];
    }
    return true;
}

/* A result from prec digits (leading zeros dropped), exponent exp. */
static Value from_digits(Thread *th, const char *s, int64_t n, int sign, int64_t exp)
{
    while (n > 1 && *s == '0')
        s++, n--;
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    char *buf = kr_gc_alloc_atomic((size_t)n + 1);
    if (!r || !buf) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    memcpy(buf, s, (size_t)n);
    buf[n] = 0;
    mpz_t z;
    mpz_init_set_str(z, buf, 10);
    kr_dec_set_coef(r, z);
    r->sign = (uint8_t)sign;
    r->exp = exp;
    return kr_from_obj(r);
}

static Value logical(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, char op)
{
    uint32_t st = 0;
    char *x = kr_gc_alloc_atomic((size_t)ctx->prec * 3 + 1);
    if (!x) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    char *y = x + ctx->prec, *r = y + ctx->prec;
    if (!logical_digits(th, ctx, a, x) || (b && !logical_digits(th, ctx, b, y))) {
        if (kr_err_occurred(th))
            return KR_VALUE_NULL;
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    }
    for (int64_t i = 0; i < ctx->prec; i++) {
        int p = x[i] - '0', q = b ? y[i] - '0' : 0;
        int v = op == '&' ? p & q : op == '|' ? p | q : op == '^' ? p ^ q : !p;
        r[i] = (char)('0' + v);
    }
    return from_digits(th, r, ctx->prec, 0, 0);
}

static Value op_logical_and(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return logical(th, c, a, b, '&'); }
static Value op_logical_or(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return logical(th, c, a, b, '|'); }
static Value op_logical_xor(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return logical(th, c, a, b, '^'); }
static Value op_logical_invert(Thread *th, DecContext *c, const Dec *a) { return logical(th, c, a, NULL, '~'); }

/* rotate (rot) or shift the coefficient, as prec digits, by b places. */
static Value rotate_shift(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, bool rot)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
    if (b->kind != DEC_FINITE || b->exp != 0 || b->big || b->w > (uint64_t)ctx->prec)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    if (a->kind == DEC_INF)
        return kr_from_obj(copy_dec(th, a));
    int64_t k = b->sign ? -(int64_t)b->w : (int64_t)b->w, prec = ctx->prec, n;
    char *d = kr_dec_digits(th, a, &n);
    char *buf = d ? kr_gc_alloc_atomic((size_t)prec * 2 + 1) : NULL;
    if (!buf) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    /* the coefficient as exactly prec digits (its low ones when longer) */
    char *p = buf;
    memset(p, '0', (size_t)prec);
    for (int64_t i = 0; i < n && i < prec; i++)
        p[prec - 1 - i] = d[n - 1 - i];
    char *r = buf + prec;
    for (int64_t i = 0; i < prec; i++) {
        int64_t src = i + k;         /* digit i of the result comes from src */
        if (rot)
            r[i] = p[((src % prec) + prec) % prec];
        else
            r[i] = src >= 0 && src < prec ? p[src] : '0';
    }
    return from_digits(th, r, prec, a->sign, a->exp);
}

static Value op_rotate(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return rotate_shift(th, c, a, b, true); }
static Value op_shift(Thread *th, DecContext *c, const Dec *a, const Dec *b) { return rotate_shift(th, c, a, b, false); }

/* d's integer value as coefficient * 10**exp with exp >= 0 (a negative
 * exponent divided out): false if d is not an integer. */
static bool int_parts(const Dec *d, mpz_t c, int64_t *exp)
{
    if (d->kind != DEC_FINITE)
        return false;
    if (d->exp >= 0) {
        kr_dec_get_coef(d, c);
        *exp = d->exp;
        return true;
    }
    *exp = 0;
    return integral(d, c);
}

/* pow(a, b, m): all integers, b >= 0, m != 0 with fewer than prec+1
 * digits; the exact (a**b) % m with the sign of a**b, computed by
 * modular exponentiation (10**exp taken mod m, never built). */
static Value op_power_mod(Thread *th, DecContext *ctx, const Dec *a, const Dec *b, const Dec *m)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b) || is_nan(m)) {
        const Dec *n = a->kind == DEC_SNAN ? a : b->kind == DEC_SNAN ? b :
                       m->kind == DEC_SNAN ? m : is_nan(a) ? a : is_nan(b) ? b : m;
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, n, NULL, &st), &st);
    }
    mpz_t x, y, md, t;
    mpz_inits(x, y, md, t, NULL);
    int64_t xe, ye, me;
    if (!int_parts(a, x, &xe) || !int_parts(b, y, &ye) || !int_parts(m, md, &me) ||
        (b->sign && !is_zero(b)) || is_zero(m) || adjusted(m) >= ctx->prec ||
        (is_zero(a) && is_zero(b)))
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    mpz_ui_pow_ui(t, 10, (unsigned long)me);            /* m has < prec digits */
    mpz_mul(md, md, t);
    mpz_abs(md, md);
    mpz_abs(x, x);
    mpz_abs(y, y);
    mpz_set_ui(t, 10);
    /* the parity of b decides the sign; b == coef * 10**ye */
    int sign = ye == 0 && mpz_odd_p(y) ? a->sign : 0;
    mpz_t ten_e;
    mpz_init(ten_e);
    mpz_set_si(ten_e, xe);
    mpz_powm(t, t, ten_e, md);                          /* 10**xe mod m */
    mpz_mod(x, x, md);
    mpz_mul(x, x, t);
    mpz_mod(x, x, md);
    for (int64_t i = 0; i < ye; i++)                    /* x**(10**ye) */
        mpz_powm_ui(x, x, 10, md);
    mpz_powm(x, x, y, md);
    mpz_mod(x, x, md);
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    r->sign = (uint8_t)sign;
    kr_dec_set_coef(r, x);
    return kr_dec_deliver(th, ctx, r, NULL);
}

/* pow(x, y, mod) for Decimal and int operands (the pow3 slot). */
Value kr_dec_power3_value(Thread *th, Value x, Value y, Value z)
{
    Value v[3] = {x, y, z};
    Dec *d[3];
    for (int i = 0; i < 3; i++) {
        if (kr_is_dec(v[i]))
            d[i] = kr_as_dec(v[i]);
        else if (!kr_is_int(v[i]))
            return KR_NOTIMPL;
        else if (!(d[i] = kr_dec_from_int(th, v[i])))
            return KR_VALUE_NULL;
    }
    DecContext *ctx = kr_dec_current(th);
    return ctx ? op_power_mod(th, ctx, d[0], d[1], d[2]) : KR_VALUE_NULL;
}

/* Context.power(a, b, modulo=None) */
KR_LIB_FUNC(ctx_power)
{
    static const char *const names[] = {"a", "b", "modulo", NULL};
    Value a[3];
    if (kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    Dec *x = kr_dec_operand(th, a[0]);
    Dec *y = x ? kr_dec_operand(th, a[1]) : NULL;
    if (!y)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    if (a[2] && a[2] != KR_NONE) {
        Dec *m = kr_dec_operand(th, a[2]);
        return m ? op_power_mod(th, ctx, x, y, m) : KR_VALUE_NULL;
    }
    return op_power(th, ctx, x, y);
}
BINARY(logical_and)
BINARY(logical_or)
BINARY(logical_xor)
UNARY(logical_invert)
#define op_exp kr_dec_exp
#define op_ln kr_dec_ln
#define op_log10 kr_dec_log10
UNARY(exp)
UNARY(ln)
UNARY(log10)
BINARY(rotate)
BINARY(shift)

/* Decimal.fma(other, third, context=None), Context.fma(a, b, c) */
KR_LIB_FUNC(dec_fma)
{
    static const char *const names[] = {"other", "third", "context", NULL};
    Value a[3];
    if (kr_libutil_parse(th, NULL, args + 1, nargs - 1, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    DecContext *ctx = kr_dec_context_arg(th, a[2]);
    Dec *b = ctx ? kr_dec_operand(th, a[0]) : NULL;
    Dec *c = b ? kr_dec_operand(th, a[1]) : NULL;
    return c ? op_fma3(th, ctx, kr_as_dec(args[0]), b, c) : KR_VALUE_NULL;
}

KR_LIB_FUNC(ctx_fma)
{
    if (kr_libutil_no_keywords(th, "fma", kw) < 0 ||
        kr_libutil_check_positional(th, "fma", nargs - 1, 3, 3) < 0)
        return KR_VALUE_NULL;
    Dec *a = kr_dec_operand(th, args[1]);
    Dec *b = a ? kr_dec_operand(th, args[2]) : NULL;
    Dec *c = b ? kr_dec_operand(th, args[3]) : NULL;
    return c ? op_fma3(th, (DecContext *)kr_as_obj(args[0]), a, b, c) : KR_VALUE_NULL;
}

const MethodDef kr_dec_more_methods2[] = {
    PAIR(logical_and, "other, context=None"),
    PAIR(logical_or, "other, context=None"),
    PAIR(logical_xor, "other, context=None"),
    PAIR(logical_invert, "context=None"),
    PAIR(exp, "context=None"),
    PAIR(ln, "context=None"),
    PAIR(log10, "context=None"),
    PAIR(rotate, "other, context=None"),
    PAIR(shift, "other, context=None"),
    {"fma", dec_fma, "($self, /, other, third, context=None)", NULL, 0},
    {0},
};

const MethodDef kr_dec_more_context_methods2[] = {
    {"power", ctx_power, "($self, /, a, b, modulo=None)", NULL, 0},
    CPAIR2(logical_and, "x, y"),
    CPAIR2(logical_or, "x, y"),
    CPAIR2(logical_xor, "x, y"),
    CPAIR(logical_invert, "x"),
    CPAIR(exp, "x"),
    CPAIR(ln, "x"),
    CPAIR(log10, "x"),
    CPAIR2(rotate, "x, y"),
    CPAIR2(shift, "x, y"),
    {"fma", ctx_fma, "($self, x, y, z, /)", NULL, KR_METH_VARARGS},
    {0},
};

/* ---- remainder_near --------------------------------------------------------------------- */

static Value op_remainder_near(Thread *th, DecContext *ctx, const Dec *a, const Dec *b)
{
    uint32_t st = 0;
    if (is_nan(a) || is_nan(b))
        return kr_dec_deliver(th, ctx, kr_dec_nan_result(th, ctx, a, b, &st), &st);
    if (a->kind == DEC_INF)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_INVALID), &st);
    if (b->kind == DEC_INF) {
        Dec *r = copy_dec(th, a);
        if (r)
            kr_dec_finalize(ctx, r, &st);
        return kr_dec_deliver(th, ctx, r, &st);
    }
    if (is_zero(b))
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, is_zero(a) ? DEC_SIG_DIVUNDEFINED
                                                                      : DEC_SIG_INVALID), &st);
    int64_t ideal = a->exp < b->exp ? a->exp : b->exp;
    Dec *r = kr_dec_alloc(th, &kr_dec_type);
    if (!r)
        return KR_VALUE_NULL;
    r->sign = a->sign;
    r->exp = ideal;
    if (is_zero(a)) {
        kr_dec_finalize(ctx, r, &st);
        return kr_dec_deliver(th, ctx, r, &st);
    }
    int64_t expdiff = adjusted(a) - adjusted(b);
    if (expdiff >= ctx->prec + 1)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_DIVIMPOSSIBLE), &st);
    mpz_t ca, cb, q, rem, p;
    mpz_inits(ca, cb, q, rem, p, NULL);
    kr_dec_get_coef(a, ca);
    kr_dec_get_coef(b, cb);
    if (expdiff <= -2) {            /* |a| is far below |b|: a itself */
        mpz_ui_pow_ui(p, 10, (unsigned long)(a->exp - ideal));
        mpz_mul(ca, ca, p);
        kr_dec_set_coef(r, ca);
        kr_dec_finalize(ctx, r, &st);
        return kr_dec_deliver(th, ctx, r, &st);
    }
    mpz_ui_pow_ui(p, 10, (unsigned long)(a->exp - ideal));
    mpz_mul(ca, ca, p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(b->exp - ideal));
    mpz_mul(cb, cb, p);
    mpz_tdiv_qr(q, rem, ca, cb);
    /* to the nearest quotient, ties to even */
    mpz_mul_2exp(p, rem, 1);
    mpz_add_ui(p, p, mpz_odd_p(q) ? 1 : 0);
    if (mpz_cmp(p, cb) > 0) {
        mpz_sub(rem, rem, cb);
        mpz_add_ui(q, q, 1);
    }
    mpz_ui_pow_ui(p, 10, (unsigned long)ctx->prec);
    if (mpz_cmp(q, p) >= 0)
        return kr_dec_deliver(th, ctx, kr_dec_invalid(th, &st, DEC_SIG_DIVIMPOSSIBLE), &st);
    if (mpz_sgn(rem) < 0) {
        r->sign = !r->sign;
        mpz_neg(rem, rem);
    }
    kr_dec_set_coef(r, rem);
    kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

BINARY(remainder_near)

/* ---- Context forms of the context-free methods ---------------------------------------------- */

static Value call_method(Thread *th, const char *name, Value self, const Value *args, size_t n)
{
    Str *s = kr_str_from_cstr(th, name);
    Value f = s ? kr_object_getattr(th, self, s) : KR_VALUE_NULL;
    return f ? kr_vm_call(th, f, args, n, NULL) : KR_VALUE_NULL;
}

/* Context.name(x[, y]): x converted (int or Decimal), then x.method(y). */
static Value ctx_forward(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                         const char *name, const char *method, size_t nops)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, nops, nops) < 0)
        return KR_VALUE_NULL;
    Dec *a = kr_dec_operand(th, args[1]);
    if (!a)
        return KR_VALUE_NULL;
    Value extra[1];
    if (nops == 2) {
        Dec *b = kr_dec_operand(th, args[2]);
        if (!b)
            return KR_VALUE_NULL;
        extra[0] = kr_from_obj(b);
    }
    return call_method(th, method, kr_from_obj(a), extra, nops - 1);
}

#define FORWARD(fn, name, method, n) \
    KR_LIB_FUNC(fn) { return ctx_forward(th, args, nargs, kw, name, method, n); }
FORWARD(ctx_copy_abs, "copy_abs", "copy_abs", 1)
FORWARD(ctx_copy_negate, "copy_negate", "copy_negate", 1)
FORWARD(ctx_copy_sign, "copy_sign", "copy_sign", 2)
FORWARD(ctx_copy_decimal, "copy_decimal", "__copy__", 1)
FORWARD(ctx_is_finite, "is_finite", "is_finite", 1)
FORWARD(ctx_is_infinite, "is_infinite", "is_infinite", 1)
FORWARD(ctx_is_nan, "is_nan", "is_nan", 1)
FORWARD(ctx_is_qnan, "is_qnan", "is_qnan", 1)
FORWARD(ctx_is_snan, "is_snan", "is_snan", 1)
FORWARD(ctx_is_signed, "is_signed", "is_signed", 1)
FORWARD(ctx_is_zero, "is_zero", "is_zero", 1)
/* Context.is_canonical(x) (x must be a Decimal, as in CPython),
 * to_sci_string(x), to_eng_string(x) (with this context's capitals, not
 * the current one's). */
static Value ctx_dec_only(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                          const char *name, int what)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (what == 0) {
        if (kr_is_dec(args[1]))
            return KR_TRUE;
        kr_err_set_string(th, &kr_exc_TypeError, "argument must be a Decimal");
        return KR_VALUE_NULL;
    }
    Dec *a = kr_dec_operand(th, args[1]);
    return a ? kr_dec_text(th, kr_from_obj(a), what == 2, (DecContext *)kr_as_obj(args[0]))
             : KR_VALUE_NULL;
}
KR_LIB_FUNC(ctx_is_canonical) { return ctx_dec_only(th, args, nargs, kw, "is_canonical", 0); }
KR_LIB_FUNC(ctx_to_sci_string) { return ctx_dec_only(th, args, nargs, kw, "to_sci_string", 1); }
KR_LIB_FUNC(ctx_to_eng_string) { return ctx_dec_only(th, args, nargs, kw, "to_eng_string", 2); }

KR_LIB_FUNC(ctx_canonical)
{
    if (kr_libutil_check_positional(th, "canonical", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_dec(args[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "argument must be a Decimal");
        return KR_VALUE_NULL;
    }
    return args[1];
}

/* create_decimal_from_float(f): exact, then rounded into the context. */
KR_LIB_FUNC(ctx_create_decimal_from_float)
{
    if (kr_libutil_check_positional(th, "create_decimal_from_float", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value d = call_method(th, "from_float", kr_from_obj(&kr_dec_type), args + 1, 1);
    if (!d)
        return KR_VALUE_NULL;
    DecContext *ctx = (DecContext *)kr_as_obj(args[0]);
    uint32_t st = 0;
    const Dec *x = kr_as_dec(d);
    if (is_nan(x))
        return d;
    Dec *r = copy_dec(th, x);
    if (r)
        kr_dec_finalize(ctx, r, &st);
    return kr_dec_deliver(th, ctx, r, &st);
}

const MethodDef kr_dec_more_methods3[] = {
    PAIR(remainder_near, "other, context=None"),
    {0},
};

const MethodDef kr_dec_more_context_methods3[] = {
    CPAIR2(remainder_near, "x, y"),
    {"copy_abs", ctx_copy_abs, "($self, x, /)", NULL, 0},
    {"copy_negate", ctx_copy_negate, "($self, x, /)", NULL, 0},
    {"copy_sign", ctx_copy_sign, "($self, x, y, /)", NULL, KR_METH_VARARGS},
    {"copy_decimal", ctx_copy_decimal, "($self, x, /)", NULL, 0},
    {"is_finite", ctx_is_finite, "($self, x, /)", NULL, 0},
    {"is_infinite", ctx_is_infinite, "($self, x, /)", NULL, 0},
    {"is_nan", ctx_is_nan, "($self, x, /)", NULL, 0},
    {"is_qnan", ctx_is_qnan, "($self, x, /)", NULL, 0},
    {"is_snan", ctx_is_snan, "($self, x, /)", NULL, 0},
    {"is_signed", ctx_is_signed, "($self, x, /)", NULL, 0},
    {"is_zero", ctx_is_zero, "($self, x, /)", NULL, 0},
    {"is_canonical", ctx_is_canonical, "($self, x, /)", NULL, 0},
    {"canonical", ctx_canonical, "($self, x, /)", NULL, 0},
    {"to_sci_string", ctx_to_sci_string, "($self, x, /)", NULL, 0},
    {"to_eng_string", ctx_to_eng_string, "($self, x, /)", NULL, 0},
    {"create_decimal_from_float", ctx_create_decimal_from_float, "($self, f, /)", NULL, 0},
    {0},
};
