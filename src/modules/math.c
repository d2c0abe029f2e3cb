/*
 * math.c -- the math module: the C library's functions behind CPython's
 * argument conversions and error rules ("math domain error" for a domain
 * error, "math range error" for overflow), plus the exact integer
 * functions (gcd, factorial, isqrt, comb, perm) on GMP.
 *
 * The module is a MethodDef table; functions of one float go through one
 * wrapper, math1, with a per-function note on which inputs are domain
 * errors, so the table stays data (STYLE.md principle 9).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/state.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "gc/gc.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define as_double kr_mod_math_as_double

#define FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

/* The argument checks of math's functions, in CPython's words: keywords
 * are refused naming "math.f()", one-argument functions say "takes
 * exactly one argument", the others "f expected 2 arguments, got 3". */
static int args_check(Thread *th, const char *name, size_t nargs, Tuple *kw, size_t min,
                      size_t max)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (min == 1 && max == 1 && nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "math.%s() takes exactly one argument (%d given)",
                      name, (int)nargs);
        return -1;
    }
    return kr_libutil_check_positional(th, name, nargs, min, max);
}

static Value domain_error(Thread *th)
{
    kr_err_set_string(th, &kr_exc_ValueError, "math domain error");
    return KR_VALUE_NULL;
}

/* v as a double, as CPython's PyFloat_AsDouble: a float or int, else
 * __float__ (which must return a float), else __index__.  (cmath too.) */
int kr_mod_math_as_double(Thread *th, Value v, double *out)
{
    if (kr_is_float(v) || kr_is_int(v))
        return kr_float_as_double(th, v, out);
    Value m = kr_type_lookup(kr_type_of(v), kr_str_intern_cstr(th, "__float__"));
    if (m) {
        Value r = kr_vm_call_method(th, m, v, NULL, 0, NULL);
        if (!r)
            return -1;
        if (!kr_isinstance_type(r, &kr_float_type)) {
            kr_err_format(th, &kr_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          kr_type_name(v), kr_type_name(r));
            return -1;
        }
        return kr_float_as_double(th, r, out);
    }
    if (kr_type_of(v)->index) {
        Value i = kr_object_index(th, v);
        return i ? kr_float_as_double(th, i, out) : -1;
    }
    return kr_float_as_double(th, v, out);   /* float subclasses, or the TypeError */
}

/* f(x) for a double function; a finite input giving NaN is a domain
 * error, a finite input giving inf a range error (CPython's math_1). */
static Value math1(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                   double (*f)(double), bool can_overflow)
{
    if (args_check(th, name, nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    double x;
    if (as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(th);
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            kr_err_set_string(th, &kr_exc_OverflowError, "math range error");
            return KR_VALUE_NULL;
        }
        return domain_error(th);
    }
    return kr_float_new(th, r);
}

#define MATH1(pyname, cfn, overflow) \
    FUNC(math_##pyname) { return math1(th, args, nargs, kw, #pyname, cfn, overflow); }
MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(fabs, fabs, false)
MATH1(acosh, acosh, false)
MATH1(asinh, asinh, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(log1p, log1p, false)

/* ---- gamma and lgamma ----------------------------------------------------------------
 *
 * Not the C library's: CPython computes them with its own Lanczos
 * approximation (g = 6.024680040776729583740234375, 13 terms), and the
 * last digits differ from glibc's, so the same sum is evaluated here.
 * A NaN result from a non-NaN input is a domain error (the poles at the
 * non-positive integers), an infinite one from a finite input a range
 * error, as math1 reports them.
 */

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
/* Numerator coefficients; the denominator is x*(x+1)*...*(x+11). */
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* The rational function L(x) for x > 0; in 1/x past 5 to avoid overflow. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi*x), reduced first so that exact zeros stay exact. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double gamma_fn(double x)
{
    if (!isfinite(x))
        return isnan(x) || x > 0 ? x : NAN;
    if (x == 0.0)
        return NAN;                       /* a pole: domain error */
    if (x == floor(x)) {
        if (x < 0.0)
            return NAN;
        if (x <= 23.0) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return 1.0 / x;
    if (ax > 200.0)
        return x < 0.0 ? 0.0 / sinpi(x) : INFINITY;
    double y = ax + lanczos_g_minus_half;
    /* z: the rounding error of y, scaled, for a first-order correction. */
    double z = ax > lanczos_g_minus_half ? (y - ax) - lanczos_g_minus_half
                                         : (y - lanczos_g_minus_half) - ax;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

static double lgamma_fn(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0)
        return x <= 0.0 ? NAN : 0.0;      /* poles; lgamma(1) = lgamma(2) = 0 */
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0)   /* reflection; the constant is log(pi) */
        r = 1.144729885849400174143427351353058711647 - log(fabs(sinpi(ax))) - log(ax) - r;
    return r;
}

MATH1(gamma, gamma_fn, true)
MATH1(lgamma, lgamma_fn, true)
/* degrees and radians are plain products: overflow gives inf, no error. */
static Value scaled(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                    double factor)
{
    double x;
    if (args_check(th, name, nargs, kw, 1, 1) < 0 || as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    return kr_float_new(th, x * factor);
}
FUNC(math_degrees) { return scaled(th, args, nargs, kw, "degrees", 180.0 / M_PI); }
FUNC(math_radians) { return scaled(th, args, nargs, kw, "radians", M_PI / 180.0); }

/* log(v) through f (log, log2 or log10), with ints of any size: a big
 * int's logarithm comes from its mantissa and exponent, as CPython's
 * loghelper, since its float would overflow.  NAN with a domain error. */
static int loghelper(Thread *th, Value v, double (*f)(double), double *out)
{
    if (kr_is_int(v)) {
        if (kr_int_sign(v) <= 0)
            return domain_error(th), -1;
        if (kr_is_bigint(v)) {
            long e;
            double m = mpz_get_d_2exp(&e, ((BigInt *)kr_as_obj(v))->z);
            *out = f(m) + (double)e * f(2.0);
            return 0;
        }
    }
    double x;
    if (as_double(th, v, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0)
        return domain_error(th), -1;
    *out = f(x);
    return 0;
}

FUNC(math_log)
{
    if (kr_libutil_no_keywords(th, "log", kw) < 0)   /* "log()", unqualified here */
        return KR_VALUE_NULL;
    if (nargs < 1 || nargs > 2) {
        kr_err_set_string(th, &kr_exc_TypeError, "math.log requires 1 to 2 arguments");
        return KR_VALUE_NULL;
    }
    double num, den;
    if (loghelper(th, args[0], log, &num) < 0)
        return KR_VALUE_NULL;
    if (nargs == 1)
        return kr_float_new(th, num);
    if (loghelper(th, args[1], log, &den) < 0)
        return KR_VALUE_NULL;
    if (den == 0) {
        kr_err_set_string(th, &kr_exc_ZeroDivisionError, "float division by zero");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, num / den);
}

static Value log_of(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                    double (*f)(double))
{
    double r;
    if (args_check(th, name, nargs, kw, 1, 1) < 0 || loghelper(th, args[0], f, &r) < 0)
        return KR_VALUE_NULL;
    return kr_float_new(th, r);
}

FUNC(math_log2) { return log_of(th, args, nargs, kw, "log2", log2); }
FUNC(math_log10) { return log_of(th, args, nargs, kw, "log10", log10); }

FUNC(math_pow)
{
    if (args_check(th, "pow", nargs, kw, 2, 2) < 0)
        return KR_VALUE_NULL;
    double x, y;
    if (as_double(th, args[0], &x) < 0 || as_double(th, args[1], &y) < 0)
        return KR_VALUE_NULL;
    double r = pow(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(th);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        if (x == 0.0)
            return domain_error(th);
        kr_err_set_string(th, &kr_exc_OverflowError, "math range error");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, r);
}

FUNC(math_atan2)
{
    if (args_check(th, "atan2", nargs, kw, 2, 2) < 0)
        return KR_VALUE_NULL;
    double y, x;
    if (as_double(th, args[0], &y) < 0 || as_double(th, args[1], &x) < 0)
        return KR_VALUE_NULL;
    return kr_float_new(th, atan2(y, x));
}

/* ---- hypot and dist: CPython 3.11's vector_norm -------------------------------- */

/* x*y and x+y as an unevaluated sum hi + lo, exactly. */
typedef struct DoubleLength { double hi, lo; } DoubleLength;
static DoubleLength dl_mul(double x, double y)
{
    double h = x * y;
    return (DoubleLength){h, fma(x, y, -h)};
}
static DoubleLength dl_fast_sum(double a, double b)
{
    double h = a + b;
    return (DoubleLength){h, (a - h) + b};
}

/* The Euclidean norm of vec[0..n), all finite and <= max in magnitude
 * unless max is infinite: scaled so the squares are exact, summed with
 * carried errors, then one Newton correction of the square root. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        DoubleLength pr = dl_mul(vec[i] * scale, vec[i] * scale);
        DoubleLength sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength pr = dl_mul(-h, h);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* |a[i] - b[i]| (or |a[i]| without b) into vec, with their max and NaN. */
static int collect(Thread *th, const Value *a, const Value *b, size_t n, double *vec,
                   double *max, bool *found_nan)
{
    *max = 0.0;
    *found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x, y = 0.0;
        if (as_double(th, a[i], &x) < 0 || (b && as_double(th, b[i], &y) < 0))
            return -1;
        x = fabs(x - y);
        vec[i] = x;
        *found_nan |= isnan(x);
        if (x > *max)
            *max = x;
    }
    return 0;
}

static Value norm_of(Thread *th, const Value *a, const Value *b, size_t n)
{
    double small[16], *vec = n <= 16 ? small : kr_gc_alloc_atomic(n * sizeof(double));
    if (!vec) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    double max;
    bool found_nan;
    if (collect(th, a, b, n, vec, &max, &found_nan) < 0)
        return KR_VALUE_NULL;
    return kr_float_new(th, vector_norm(n, vec, max, found_nan));
}

FUNC(math_hypot)
{
    if (args_check(th, "hypot", nargs, kw, 0, SIZE_MAX) < 0)
        return KR_VALUE_NULL;
    return norm_of(th, args, NULL, nargs);
}

/* A point for dist: a tuple, or any iterable made into one. */
static Tuple *as_point(Thread *th, Value v)
{
    if (kr_is_obj(v) && kr_as_obj(v)->type == &kr_tuple_type)
        return (Tuple *)kr_as_obj(v);
    Value t = kr_vm_call(th, kr_from_obj(&kr_tuple_type), &v, 1, NULL);
    return t ? (Tuple *)kr_as_obj(t) : NULL;
}

FUNC(math_dist)
{
    if (args_check(th, "dist", nargs, kw, 2, 2) < 0)
        return KR_VALUE_NULL;
    Tuple *p = as_point(th, args[0]), *q = p ? as_point(th, args[1]) : NULL;
    if (!q)
        return KR_VALUE_NULL;
    if (p->size != q->size) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "both points must have the same number of dimensions");
        return KR_VALUE_NULL;
    }
    return norm_of(th, p->items, q->items, (size_t)p->size);
}

/* floor/ceil/trunc return ints: an exact float or an int directly, other
 * objects through __floor__/__ceil__/__trunc__; floor and ceil fall back
 * to the float value, trunc has no fallback. */
static Value to_int_rounded(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                            const char *name, const char *dunder, double (*f)(double))
{
    if (args_check(th, name, nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value x = args[0];
    if (kr_is_int(x))
        return kr_object_pos(th, x);
    double d;
    if (kr_type_of(x) != &kr_float_type) {
        Value m = kr_type_lookup(kr_type_of(x), kr_str_intern_cstr(th, dunder));
        if (m)
            return kr_vm_call_special(th, m, x, NULL, 0);
        if (f == trunc) {
            kr_err_format(th, &kr_exc_TypeError, "type %s doesn't define __trunc__ method",
                          kr_type_name(x));
            return KR_VALUE_NULL;
        }
    }
    if (as_double(th, x, &d) < 0)
        return KR_VALUE_NULL;
    Value r = kr_float_new(th, f(d));
    return r ? kr_int_type.new_(th, &kr_int_type, &r, 1, NULL) : KR_VALUE_NULL;
}

FUNC(math_floor) { return to_int_rounded(th, args, nargs, kw, "floor", "__floor__", floor); }
FUNC(math_ceil) { return to_int_rounded(th, args, nargs, kw, "ceil", "__ceil__", ceil); }
FUNC(math_trunc) { return to_int_rounded(th, args, nargs, kw, "trunc", "__trunc__", trunc); }

static Value classify(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                      int which)
{
    if (args_check(th, name, nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    double x;
    if (as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(which == 0 ? isnan(x) : which == 1 ? isinf(x) : isfinite(x));
}

FUNC(math_isnan) { return classify(th, args, nargs, kw, "isnan", 0); }
FUNC(math_isinf) { return classify(th, args, nargs, kw, "isinf", 1); }
FUNC(math_isfinite) { return classify(th, args, nargs, kw, "isfinite", 2); }

FUNC(math_isclose)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value v[4];
    if (kr_libutil_parse_kwonly(th, "isclose", args, nargs, kw, names, 0, 2, 2, v) < 0)
        return KR_VALUE_NULL;
    double a, b, rel = 1e-9, abs_tol = 0;
    if (as_double(th, v[0], &a) < 0 || as_double(th, v[1], &b) < 0 ||
        (v[2] && as_double(th, v[2], &rel) < 0) || (v[3] && as_double(th, v[3], &abs_tol) < 0))
        return KR_VALUE_NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        kr_err_set_string(th, &kr_exc_ValueError, "tolerances must be non-negative");
        return KR_VALUE_NULL;
    }
    if (a == b)
        return KR_TRUE;
    /* Infinities of one sign are caught above; any other pair with one is far apart. */
    if (isinf(a) || isinf(b))
        return KR_FALSE;
    double diff = fabs(b - a);
    return kr_from_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ---- exact integer functions --------------------------------------------------- */

/* v as an int through __index__, for the exact integer functions. */
static Value as_index(Thread *th, Value v)
{
    if (kr_is_int(v))
        return v;
    if (kr_type_of(v)->index)
        return kr_object_index(th, v);
    kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  kr_type_name(v));
    return KR_VALUE_NULL;
}

static int want_int(Thread *th, Value v, mpz_t z)
{
    v = as_index(th, v);
    if (!v)
        return -1;
    kr_int_to_mpz(v, z);
    return 0;
}

FUNC(math_gcd)
{
    if (args_check(th, "gcd", nargs, kw, 0, SIZE_MAX) < 0)
        return KR_VALUE_NULL;
    mpz_t acc, z;
    mpz_init(acc);
    mpz_init(z);
    Value r = KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (want_int(th, args[i], z) < 0)
            goto out;
        mpz_gcd(acc, acc, z);
    }
    r = kr_int_from_mpz(th, acc);
out:
    mpz_clear(acc);
    mpz_clear(z);
    return r;
}

FUNC(math_factorial)
{
    if (args_check(th, "factorial", nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value v = as_index(th, args[0]);
    int64_t n;
    if (!v)
        return KR_VALUE_NULL;
    if (kr_int_as_i64(th, v, &n) < 0) {
        kr_err_clear(th);
        kr_err_format(th, kr_int_sign(v) < 0 ? &kr_exc_ValueError : &kr_exc_OverflowError,
                      kr_int_sign(v) < 0 ? "factorial() not defined for negative values"
                                         : "factorial() argument should not exceed %lld",
                      (long long)INT64_MAX);
        return KR_VALUE_NULL;
    }
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "factorial() not defined for negative values");
        return KR_VALUE_NULL;
    }
    if (n > 1000000) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)n);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

FUNC(math_isqrt)
{
    if (args_check(th, "isqrt", nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    mpz_t z;
    mpz_init(z);
    Value r = KR_VALUE_NULL;
    if (want_int(th, args[0], z) == 0) {
        if (mpz_sgn(z) < 0)
            kr_err_set_string(th, &kr_exc_ValueError, "isqrt() argument must be nonnegative");
        else {
            mpz_sqrt(z, z);
            r = kr_int_from_mpz(th, z);
        }
    }
    mpz_clear(z);
    return r;
}

FUNC(math_comb)
{
    if (args_check(th, "comb", nargs, kw, 2, 2) < 0)
        return KR_VALUE_NULL;
    mpz_t n, k;
    mpz_init(n);
    mpz_init(k);
    Value r = KR_VALUE_NULL;
    if (want_int(th, args[0], n) < 0 || want_int(th, args[1], k) < 0)
        goto out;
    if (mpz_sgn(n) < 0 || mpz_sgn(k) < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, mpz_sgn(n) < 0 ? "n must be a non-negative integer"
                                                                : "k must be a non-negative integer");
        goto out;
    }
    if (mpz_cmp(k, n) > 0) {
        r = kr_from_smallint(0);
        goto out;
    }
    /* C(n, k) = C(n, n-k): the smaller one bounds the work. */
    mpz_sub(n, n, k);
    if (mpz_cmp(n, k) < 0)
        mpz_swap(n, k);
    mpz_add(n, n, k);
    if (!mpz_fits_slong_p(k)) {
        kr_err_format(th, &kr_exc_OverflowError,
                      "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        goto out;
    }
    mpz_bin_ui(n, n, mpz_get_ui(k));
    r = kr_int_from_mpz(th, n);
out:
    mpz_clear(n);
    mpz_clear(k);
    return r;
}

/* ---- float arithmetic helpers ------------------------------------------------------ */

static Value pair(Thread *th, Value a, Value b)
{
    if (!a || !b)
        return KR_VALUE_NULL;
    Value items[2] = {a, b};
    Tuple *t = kr_tuple_from_array(th, items, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static int two_floats(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                      double *x, double *y)
{
    if (args_check(th, name, nargs, kw, 2, 2) < 0)
        return -1;
    return as_double(th, args[0], x) < 0 || as_double(th, args[1], y) < 0
               ? -1 : 0;
}

FUNC(math_copysign)
{
    double x, y;
    return two_floats(th, "copysign", args, nargs, kw, &x, &y) < 0
               ? KR_VALUE_NULL : kr_float_new(th, copysign(x, y));
}

FUNC(math_fmod)
{
    double x, y;
    if (two_floats(th, "fmod", args, nargs, kw, &x, &y) < 0)
        return KR_VALUE_NULL;
    if (isinf(y) && isfinite(x))   /* fmod(x, +-inf) is x for finite x */
        return kr_float_new(th, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(th);
    return kr_float_new(th, r);
}

FUNC(math_remainder)
{
    double x, y;
    if (two_floats(th, "remainder", args, nargs, kw, &x, &y) < 0)
        return KR_VALUE_NULL;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(th);
    return kr_float_new(th, r);
}

FUNC(math_nextafter)
{
    double x, y;
    return two_floats(th, "nextafter", args, nargs, kw, &x, &y) < 0
               ? KR_VALUE_NULL : kr_float_new(th, nextafter(x, y));
}

FUNC(math_ulp)
{
    double x;
    if (args_check(th, "ulp", nargs, kw, 1, 1) < 0 ||
        as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    if (isnan(x))
        return kr_float_new(th, x);
    x = fabs(x);
    if (isinf(x))
        return kr_float_new(th, x);
    double next = nextafter(x, INFINITY);
    if (isinf(next))   /* x is the largest finite float */
        return kr_float_new(th, x - nextafter(x, -INFINITY));
    return kr_float_new(th, next - x);
}

FUNC(math_frexp)
{
    double x;
    if (args_check(th, "frexp", nargs, kw, 1, 1) < 0 ||
        as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    int e = 0;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    return pair(th, kr_float_new(th, m), kr_from_smallint(e));
}

FUNC(math_modf)
{
    double x;
    if (args_check(th, "modf", nargs, kw, 1, 1) < 0 ||
        as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    double ip, fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x))
        ip = x;
    return pair(th, kr_float_new(th, fp), kr_float_new(th, ip));
}

FUNC(math_ldexp)
{
    double x;
    if (args_check(th, "ldexp", nargs, kw, 2, 2) < 0 ||
        as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(args[1])) {
        kr_err_set_string(th, &kr_exc_TypeError, "Expected an int as second argument to ldexp.");
        return KR_VALUE_NULL;
    }
    /* An exponent past any double's range clamps: the result is 0 or inf either way. */
    int64_t e = kr_int_sign(args[1]) > 0 ? 100000 : -100000;
    if (!kr_is_bigint(args[1]) && kr_int_as_i64(th, args[1], &e) < 0)
        return KR_VALUE_NULL;
    if (llabs(e) > 100000)
        e = e > 0 ? 100000 : -100000;
    if (x == 0 || !isfinite(x))
        return kr_float_new(th, x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "math range error");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, r);
}

/* ---- fsum: Shewchuk's exact summation, rounded once (CPython's msum) ---------------- */

typedef struct Partials {
    double *p;
    size_t n, cap;
    double small[32];
} Partials;

static int partials_push(Thread *th, Partials *ps, double x)
{
    if (ps->n == ps->cap) {
        double *q = kr_gc_alloc_atomic(ps->cap * 2 * sizeof(double));
        if (!q) {
            kr_err_no_memory(th);
            return -1;
        }
        memcpy(q, ps->p, ps->n * sizeof(double));
        ps->p = q;
        ps->cap *= 2;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* The correctly rounded sum of the partials (non-overlapping, increasing). */
static double partials_total(const Partials *ps)
{
    size_t n = ps->n;
    double hi = 0.0, lo = 0.0;
    if (n == 0)
        return hi;
    hi = ps->p[--n];
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0)
            break;
    }
    /* Round half-even correctly when the rest would tip the last bit. */
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

FUNC(math_fsum)
{
    if (args_check(th, "fsum", nargs, kw, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[0]);
    if (!it)
        return KR_VALUE_NULL;
    Partials ps = {.cap = 32};
    ps.p = ps.small;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Value v = kr_object_next(th, it);
        if (!v) {
            if (kr_err_occurred(th))
                return KR_VALUE_NULL;
            break;
        }
        double x, xsave;
        if (as_double(th, v, &x) < 0)
            return KR_VALUE_NULL;
        xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < ps.n; j++) {
            double y = ps.p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                ps.p[i++] = lo;
            x = hi;
        }
        ps.n = i;
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* inf or nan: summed apart; a finite input overflowing is an error. */
            if (isfinite(xsave)) {
                kr_err_set_string(th, &kr_exc_OverflowError, "intermediate overflow in fsum");
                return KR_VALUE_NULL;
            }
            if (isinf(xsave))
                inf_sum += xsave;
            special_sum += xsave;
            ps.n = 0;
        } else if (partials_push(th, &ps, x) < 0) {
            return KR_VALUE_NULL;
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            kr_err_set_string(th, &kr_exc_ValueError, "-inf + inf in fsum");
            return KR_VALUE_NULL;
        }
        return kr_float_new(th, special_sum);
    }
    return kr_float_new(th, partials_total(&ps));
}

FUNC(math_prod)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Value v[2];
    if (kr_libutil_parse_kwonly(th, "prod", args, nargs, kw, names, 1, 1, 1, v) < 0)
        return KR_VALUE_NULL;
    Value acc = v[1] ? v[1] : kr_from_smallint(1);
    Value it = kr_object_iter(th, v[0]);
    if (!it)
        return KR_VALUE_NULL;
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? KR_VALUE_NULL : acc;
        acc = kr_object_binop(th, acc, x, KR_OP_MUL);
        if (!acc)
            return KR_VALUE_NULL;
    }
}

FUNC(math_lcm)
{
    if (args_check(th, "lcm", nargs, kw, 0, SIZE_MAX) < 0)
        return KR_VALUE_NULL;
    mpz_t acc, z;
    mpz_init_set_ui(acc, 1);
    mpz_init(z);
    Value r = KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (want_int(th, args[i], z) < 0)
            goto out;
        mpz_lcm(acc, acc, z);
    }
    r = kr_int_from_mpz(th, acc);
out:
    mpz_clear(acc);
    mpz_clear(z);
    return r;
}

FUNC(math_perm)
{
    if (args_check(th, "perm", nargs, kw, 1, 2) < 0)
        return KR_VALUE_NULL;
    if (nargs == 1 || args[1] == KR_NONE)
        return math_factorial(th, self, args, 1, NULL);
    mpz_t n, acc;
    mpz_init(n);
    mpz_init(acc);
    Value r = KR_VALUE_NULL;
    int64_t k;
    Value kv = want_int(th, args[0], n) < 0 ? KR_VALUE_NULL : as_index(th, args[1]);
    if (!kv)
        goto out;
    if (mpz_sgn(n) < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "n must be a non-negative integer");
        goto out;
    }
    if (kr_int_sign(kv) < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "k must be a non-negative integer");
        goto out;
    }
    /* k > n gives 0 before any question of k's size. */
    kr_int_to_mpz(kv, acc);
    if (mpz_cmp(n, acc) < 0) {
        r = kr_from_smallint(0);
        goto out;
    }
    if (kr_int_as_i64(th, kv, &k) < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
        goto out;
    }
    /* n * (n-1) * ... * (n-k+1) */
    mpz_set_ui(acc, 1);
    for (int64_t i = 0; i < k; i++) {
        mpz_mul(acc, acc, n);
        mpz_sub_ui(n, n, 1);
    }
    r = kr_int_from_mpz(th, acc);
out:
    mpz_clear(n);
    mpz_clear(acc);
    return r;
}

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt, "($module, x, /)", NULL, 0},
    {"exp", math_exp, "($module, x, /)", NULL, 0},
    {"sin", math_sin, "($module, x, /)", NULL, 0},
    {"cos", math_cos, "($module, x, /)", NULL, 0},
    {"tan", math_tan, "($module, x, /)", NULL, 0},
    {"asin", math_asin, "($module, x, /)", NULL, 0},
    {"acos", math_acos, "($module, x, /)", NULL, 0},
    {"atan", math_atan, "($module, x, /)", NULL, 0},
    {"sinh", math_sinh, "($module, x, /)", NULL, 0},
    {"cosh", math_cosh, "($module, x, /)", NULL, 0},
    {"tanh", math_tanh, "($module, x, /)", NULL, 0},
    {"fabs", math_fabs, "($module, x, /)", NULL, 0},
    {"log", math_log, NULL, NULL, 0},
    {"log2", math_log2, "($module, x, /)", NULL, 0},
    {"log10", math_log10, "($module, x, /)", NULL, 0},
    {"pow", math_pow, "($module, x, y, /)", NULL, 0},
    {"atan2", math_atan2, "($module, y, x, /)", NULL, 0},
    {"hypot", math_hypot, NULL, NULL, 0},
    {"floor", math_floor, "($module, x, /)", NULL, 0},
    {"ceil", math_ceil, "($module, x, /)", NULL, 0},
    {"trunc", math_trunc, "($module, x, /)", NULL, 0},
    {"isnan", math_isnan, "($module, x, /)", NULL, 0},
    {"isinf", math_isinf, "($module, x, /)", NULL, 0},
    {"isfinite", math_isfinite, "($module, x, /)", NULL, 0},
    {"isclose", math_isclose, "($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)", NULL, 0},
    {"gcd", math_gcd, NULL, NULL, 0},
    {"factorial", math_factorial, "($module, n, /)", NULL, 0},
    {"isqrt", math_isqrt, "($module, n, /)", NULL, 0},
    {"comb", math_comb, "($module, n, k, /)", NULL, 0},
    {"acosh", math_acosh, "($module, x, /)", NULL, 0},
    {"asinh", math_asinh, "($module, x, /)", NULL, 0},
    {"atanh", math_atanh, "($module, x, /)", NULL, 0},
    {"cbrt", math_cbrt, "($module, x, /)", NULL, 0},
    {"erf", math_erf, "($module, x, /)", NULL, 0},
    {"erfc", math_erfc, "($module, x, /)", NULL, 0},
    {"exp2", math_exp2, "($module, x, /)", NULL, 0},
    {"expm1", math_expm1, "($module, x, /)", NULL, 0},
    {"log1p", math_log1p, "($module, x, /)", NULL, 0},
    {"gamma", math_gamma, "($module, x, /)", NULL, 0},
    {"lgamma", math_lgamma, "($module, x, /)", NULL, 0},
    {"degrees", math_degrees, "($module, x, /)", NULL, 0},
    {"radians", math_radians, "($module, x, /)", NULL, 0},
    {"dist", math_dist, "($module, p, q, /)", NULL, 0},
    {"copysign", math_copysign, "($module, x, y, /)", NULL, 0},
    {"fmod", math_fmod, "($module, x, y, /)", NULL, 0},
    {"remainder", math_remainder, "($module, x, y, /)", NULL, 0},
    {"nextafter", math_nextafter, "($module, x, y, /)", NULL, 0},
    {"ulp", math_ulp, "($module, x, /)", NULL, 0},
    {"frexp", math_frexp, "($module, x, /)", NULL, 0},
    {"modf", math_modf, "($module, x, /)", NULL, 0},
    {"ldexp", math_ldexp, "($module, x, i, /)", NULL, 0},
    {"fsum", math_fsum, "($module, seq, /)", NULL, 0},
    {"prod", math_prod, "($module, iterable, /, *, start=1)", NULL, 0},
    {"lcm", math_lcm, NULL, NULL, 0},
    {"perm", math_perm, "($module, n, k=None, /)", NULL, 0},
    {0},
};

int kr_mod_math_init(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "math");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, math_functions) < 0)
        return -1;
    static const struct { const char *name; double v; } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(consts); i++) {
        Str *n = kr_str_intern_cstr(th, consts[i].name);
        Value v = kr_float_new(th, consts[i].v);
        if (!n || !v || kr_dict_set_str(th, m->dict, n, v) < 0)
            return -1;
    }
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
