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
#include "modules/_decimal.h"
#include "modules/libutil.h"

#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
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
        mpz_init_set(r->z, a->z);
        r->big = 1;
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
    if (exact)
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
        return (c > 0) - (c < 0) ? s * ((c > 0) - (c < 0)) : 0;
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
    if (kr_libutil_check_positional(th, "as_integer_ratio", nargs - 1, 0, 0) < 0)
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

/* Decimal.op(context=None) */
static Value dec_unary_method(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                              const char *name, DecUnary fn)
{
    static const char *const names[] = {"context", NULL};
    Value a[1];
    if (kr_libutil_parse(th, name, args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
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
    if (kr_libutil_parse(th, name, args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
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
    if (kr_libutil_parse(th, name, args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
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
    CPAIR(compare, "x, y"),
    CPAIR(compare_signal, "x, y"),
    CPAIR(compare_total, "x, y"),
    CPAIR(compare_total_mag, "x, y"),
    CPAIR(max, "x, y"),
    CPAIR(min, "x, y"),
    CPAIR(max_mag, "x, y"),
    CPAIR(min_mag, "x, y"),
    CPAIR(same_quantum, "x, y"),
    CPAIR(next_toward, "x, y"),
    CPAIR(scaleb, "x, y"),
    {0},
};
