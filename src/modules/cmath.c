/*
 * cmath.c -- the cmath module: mathematical functions of complex numbers.
 *
 * For finite arguments each function computes as CPython's cmathmodule.c
 * does (the same formulas, scaled near overflow and underflow, so results
 * agree to the bit); for infinite and NaN parts the C library's C99
 * functions give the Annex G special values, which are the ones CPython
 * tabulates.  Errors follow CPython's errno rules: a NaN made from
 * non-NaN parts, or a pole (log 0, atanh 1), is "math domain error"; a
 * finite argument overflowing is "math range error".
 */
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

#include "core/state.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct { double re, im; } Cx;
typedef Cx (*CxFn)(Cx z, int *err);      /* err: 0, EDOM or ERANGE */

#define FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

/* CPython's thresholds: beyond LARGE the formulas rescale to avoid
 * overflow in intermediate products. */
#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153   /* sqrt(LARGE_DOUBLE) */
#define LOG_LARGE_DOUBLE 708.3964185322641         /* log(LARGE_DOUBLE) */
#define SQRT_DBL_MIN 1.4916681462400413e-154       /* sqrt(DBL_MIN) */
#define SCALE_UP 53                                /* 2*(DBL_MANT_DIG/2) + 1 */
#define SCALE_DOWN (-27)                           /* -(SCALE_UP+1)/2 */

static Cx cx(double re, double im) { return (Cx){re, im}; }
static bool finite2(Cx z) { return isfinite(z.re) && isfinite(z.im); }
/* Not CMPLX: glibc defines it only for GCC, and clang (the fuzz build)
 * has none.  A complex is laid out as an array of its two parts (C11
 * 6.2.5), which keeps a NaN or infinite part exactly as it is. */
static double complex to_c(Cx z)
{
    union { double complex c; double parts[2]; } u = {.parts = {z.re, z.im}};
    return u.c;
}
static Cx from_c(double complex c) { return cx(creal(c), cimag(c)); }

/* A non-finite argument's result from the C library: EDOM when it made a
 * NaN out of parts that had none (CPython's tables mark exactly those). */
static Cx special(Cx z, double complex (*f)(double complex), int *err)
{
    Cx r = from_c(f(to_c(z)));
    if (!isnan(z.re) && !isnan(z.im) && (isnan(r.re) || isnan(r.im)))
        *err = EDOM;
    return r;
}

static int overflowed(Cx r) { return isinf(r.re) || isinf(r.im) ? ERANGE : 0; }

/* ---- the functions, on finite arguments as CPython computes them ------------ */

static Cx c_sqrt(Cx z, int *err)
{
    if (!finite2(z))
        return special(z, csqrt, err);
    if (z.re == 0.0 && z.im == 0.0)
        return cx(0.0, z.im);
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {       /* hypot would be subnormal */
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0)
        return cx(s, copysign(d, z.im));
    return cx(d, copysign(s, z.im));
}

static Cx c_exp(Cx z, int *err)
{
    if (!finite2(z)) {
        if (z.re == -INFINITY && isinf(z.im))
            return cx(0.0, 0.0);
        return special(z, cexp, err);
    }
    Cx r;
    if (z.re > LOG_LARGE_DOUBLE) {           /* exp(re) alone would overflow */
        double l = exp(z.re - 1.0);
        r = cx(l * cos(z.im) * M_E, l * sin(z.im) * M_E);
    } else {
        double l = exp(z.re);
        r = cx(l * cos(z.im), l * sin(z.im));
    }
    *err = overflowed(r);
    return r;
}

static Cx c_cosh(Cx z, int *err)
{
    if (!finite2(z)) {
        if (isnan(z.re) && z.im == 0.0)
            return cx(NAN, 0.0);
        return special(z, ccosh, err);
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x = z.re - copysign(1.0, z.re);
        r = cx(cos(z.im) * cosh(x) * M_E, sin(z.im) * sinh(x) * M_E);
    } else {
        r = cx(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
    }
    *err = overflowed(r);
    return r;
}

static Cx c_sinh(Cx z, int *err)
{
    if (!finite2(z)) {
        if (z.re == 0.0 && isnan(z.im))
            return cx(0.0, NAN);
        return special(z, csinh, err);
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x = z.re - copysign(1.0, z.re);
        r = cx(cos(z.im) * sinh(x) * M_E, sin(z.im) * cosh(x) * M_E);
    } else {
        r = cx(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
    }
    *err = overflowed(r);
    return r;
}

static Cx c_tanh(Cx z, int *err)
{
    if (!finite2(z)) {
        if (z.re == 0.0 && isnan(z.im))         /* C99's value; C11 changed it */
            return cx(NAN, NAN);
        if (isinf(z.re) && isinf(z.im))
            return cx(copysign(1.0, z.re), 0.0);
        return special(z, ctanh, err);
    }
    if (fabs(z.re) > SQRT_LARGE_DOUBLE)
        return cx(copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re)));
    double tx = tanh(z.re), ty = tan(z.im), c = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return cx(tx * (1.0 + ty * ty) / denom, ((ty / denom) * c) * c);
}

/* f(i z) / i and the like: cos, sin and tan through cosh, sinh, tanh. */
static Cx c_cos(Cx z, int *err) { return c_cosh(cx(-z.im, z.re), err); }

static Cx c_sin(Cx z, int *err)
{
    Cx s = c_sinh(cx(-z.im, z.re), err);
    return cx(s.im, -s.re);
}

static Cx c_tan(Cx z, int *err)
{
    Cx s = c_tanh(cx(-z.im, z.re), err);
    return cx(s.im, -s.re);
}

static Cx c_log(Cx z, int *err)
{
    if (!finite2(z))
        return special(z, clog, err);
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) {
            *err = EDOM;
            return cx(-INFINITY, atan2(z.im, z.re));
        }
        re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
             DBL_MANT_DIG * M_LN2;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {        /* near 1: log1p keeps the digits */
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return cx(re, atan2(z.im, z.re));
}

static Cx c_log10(Cx z, int *err)
{
    Cx r = c_log(z, err);
    return cx(r.re / M_LN10, r.im / M_LN10);
}

static Cx c_acos(Cx z, int *err)
{
    if (!finite2(z)) {
        if (isinf(z.re) && isnan(z.im))
            return cx(NAN, INFINITY);
        return special(z, cacos, err);
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        double im = z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im);
        return cx(atan2(fabs(z.im), z.re), im);
    }
    Cx s1 = c_sqrt(cx(1.0 - z.re, -z.im), err);
    Cx s2 = c_sqrt(cx(1.0 + z.re, z.im), err);
    return cx(2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

static Cx c_acosh(Cx z, int *err)
{
    if (!finite2(z)) {
        if (z.re == 0.0 && isnan(z.im))
            return cx(NAN, NAN);
        return special(z, cacosh, err);
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE)
        return cx(log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0, atan2(z.im, z.re));
    Cx s1 = c_sqrt(cx(z.re - 1.0, z.im), err);
    Cx s2 = c_sqrt(cx(z.re + 1.0, z.im), err);
    return cx(asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re));
}

static Cx c_asinh(Cx z, int *err)
{
    if (!finite2(z)) {
        if (isnan(z.re) && isinf(z.im))
            return cx(INFINITY, NAN);
        return special(z, casinh, err);
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        double re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re);
        return cx(re, atan2(z.im, fabs(z.re)));
    }
    Cx s1 = c_sqrt(cx(1.0 + z.im, -z.re), err);
    Cx s2 = c_sqrt(cx(1.0 - z.im, z.re), err);
    return cx(asinh(s1.re * s2.im - s2.re * s1.im),
              atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

static Cx c_asin(Cx z, int *err)
{
    Cx s = c_asinh(cx(-z.im, z.re), err);
    return cx(s.im, -s.re);
}

static Cx c_atanh(Cx z, int *err)
{
    if (!finite2(z)) {
        if (isnan(z.re) && isinf(z.im))
            return cx(0.0, copysign(M_PI / 2.0, z.im));
        return special(z, catanh, err);
    }
    if (z.re < 0) {                          /* odd: work on the right half */
        Cx r = c_atanh(cx(-z.re, -z.im), err);
        return cx(-r.re, -r.im);
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2.0, z.im / 2.0);
        return cx(z.re / 4.0 / h / h, -copysign(M_PI / 2.0, -z.im));
    }
    if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {                     /* the pole at 1 */
            *err = EDOM;
            return cx(INFINITY, z.im);
        }
        return cx(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2, z.im));
    }
    double d = 1 - z.re;
    return cx(log1p(4.0 * z.re / (d * d + ay * ay)) / 4.0,
              -atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0);
}

static Cx c_atan(Cx z, int *err)
{
    Cx s = c_atanh(cx(-z.im, z.re), err);
    return cx(s.im, -s.re);
}

/* ---- arguments and errors ---------------------------------------------------- */

/* z as a complex, as CPython's PyComplex_AsCComplex: a complex, else
 * __complex__ (which must return one), else a real number. */
static int as_cx(Thread *th, Value v, Cx *out)
{
    if (kr_is_complex(v)) {
        *out = cx(kr_as_complex(v)->real, kr_as_complex(v)->imag);
        return 0;
    }
    Value m = kr_type_lookup(kr_type_of(v), kr_str_intern_cstr(th, "__complex__"));
    if (m) {
        Value r = kr_vm_call_method(th, m, v, NULL, 0, NULL);
        if (!r)
            return -1;
        if (!kr_is_complex(r)) {
            kr_err_format(th, &kr_exc_TypeError, "__complex__ returned non-complex (type %s)",
                          kr_type_name(r));
            return -1;
        }
        *out = cx(kr_as_complex(r)->real, kr_as_complex(r)->imag);
        return 0;
    }
    out->im = 0.0;
    return kr_mod_math_as_double(th, v, &out->re);
}

static Value math_error(Thread *th, int err)
{
    if (err == EDOM)
        kr_err_set_string(th, &kr_exc_ValueError, "math domain error");
    else
        kr_err_set_string(th, &kr_exc_OverflowError, "math range error");
    return KR_VALUE_NULL;
}

static Value result(Thread *th, Cx r, int err)
{
    return err ? math_error(th, err) : kr_complex_new(th, r.re, r.im);
}

/* The one-argument functions' checks, in CPython's words. */
static int one_arg(Thread *th, const char *name, size_t nargs, Tuple *kw, Value arg, Cx *z)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "cmath.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        kr_err_format(th, &kr_exc_TypeError, "cmath.%s() takes exactly one argument (%d given)",
                      name, (int)nargs);
        return -1;
    }
    return as_cx(th, arg, z);
}

static Value cmath1(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                    CxFn f)
{
    Cx z;
    if (one_arg(th, name, nargs, kw, nargs ? args[0] : KR_NONE, &z) < 0)
        return KR_VALUE_NULL;
    int err = 0;
    Cx r = f(z, &err);
    return result(th, r, err);
}

#define CMATH1(name) \
    FUNC(cmath_##name) { return cmath1(th, args, nargs, kw, #name, c_##name); }
CMATH1(sqrt)
CMATH1(exp)
CMATH1(log10)
CMATH1(cos)
CMATH1(sin)
CMATH1(tan)
CMATH1(cosh)
CMATH1(sinh)
CMATH1(tanh)
CMATH1(acos)
CMATH1(asin)
CMATH1(atan)
CMATH1(acosh)
CMATH1(asinh)
CMATH1(atanh)

/* CPython's _Py_c_quot: Smith's division; a zero divisor is EDOM. */
static Cx c_quot(Cx a, Cx b, int *err)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *err = EDOM;
            return cx(0.0, 0.0);
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return cx((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return cx((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    }
    return cx(NAN, NAN);                     /* a NaN in b */
}

FUNC(cmath_log)
{
    if (kw && kw->size) {
        kr_err_set_string(th, &kr_exc_TypeError, "log() takes no keyword arguments");
        return KR_VALUE_NULL;
    }
    if (kr_libutil_check_positional(th, "log", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    Cx z, base;
    if (as_cx(th, args[0], &z) < 0 || (nargs == 2 && as_cx(th, args[1], &base) < 0))
        return KR_VALUE_NULL;
    int err = 0;
    Cx r = c_log(z, &err);
    if (nargs == 2) {
        int berr = 0;                        /* CPython keeps only the last errno */
        Cx lb = c_log(base, &berr);
        err = berr;
        r = c_quot(r, lb, &err);
    }
    return result(th, r, err);
}

FUNC(cmath_phase)
{
    Cx z;
    if (one_arg(th, "phase", nargs, kw, nargs ? args[0] : KR_NONE, &z) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    double phi = atan2(z.im, z.re);        /* an underflow is ERANGE, as in CPython */
    if (errno && isfinite(z.re) && isfinite(z.im))
        return math_error(th, errno);
    return kr_float_new(th, phi);
}

/* |z| as CPython's _Py_c_abs: an overflow of finite parts is ERANGE. */
static double c_abs(Cx z, int *err)
{
    if (!finite2(z)) {
        if (isinf(z.re) || isinf(z.im))
            return INFINITY;
        return NAN;
    }
    double r = hypot(z.re, z.im);
    if (isinf(r))
        *err = ERANGE;
    return r;
}

FUNC(cmath_polar)
{
    Cx z;
    if (one_arg(th, "polar", nargs, kw, nargs ? args[0] : KR_NONE, &z) < 0)
        return KR_VALUE_NULL;
    int err = 0;
    double r = c_abs(z, &err);
    if (err)
        return math_error(th, err);
    Value a = kr_float_new(th, r), b = a ? kr_float_new(th, atan2(z.im, z.re)) : KR_VALUE_NULL;
    if (!b)
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_new(th, 2);
    if (!t)
        return KR_VALUE_NULL;
    t->items[0] = a;
    t->items[1] = b;
    return kr_from_obj(t);
}

/* r * e**(i phi).  Infinite or NaN parts: r times the unit complex, whose
 * special values CPython tabulates; phi infinite with r nonzero is EDOM. */
static Cx c_rect(double r, double phi, int *err)
{
    if (isfinite(r) && isfinite(phi)) {
        if (phi == 0.0)
            return cx(r, r * phi);
        return cx(r * cos(phi), r * sin(phi));
    }
    if (isinf(r) && isfinite(phi) && phi != 0.0) {
        double s = r > 0 ? 1.0 : -1.0;
        return cx(s * copysign(INFINITY, cos(phi)), s * copysign(INFINITY, sin(phi)));
    }
    if (r != 0.0 && !isnan(r) && isinf(phi))
        *err = EDOM;
    if (isnan(r) || isnan(phi)) {
        if (r == 0.0)
            return cx(0.0, 0.0);
        if (isinf(r))
            return cx(INFINITY, NAN);
        return cx(NAN, phi == 0.0 ? 0.0 : NAN);
    }
    if (isinf(phi))                          /* r is 0 or infinite, or an error */
        return r == 0.0 ? cx(0.0, 0.0) : cx(isinf(r) ? r : NAN, NAN);
    return cx(r, phi == 0.0 ? copysign(0.0, r) * phi : phi);   /* r infinite, phi 0 */
}

FUNC(cmath_rect)
{
    if (kw && kw->size) {
        kr_err_set_string(th, &kr_exc_TypeError, "rect() takes no keyword arguments");
        return KR_VALUE_NULL;
    }
    if (kr_libutil_check_positional(th, "rect", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    double r, phi;
    if (kr_mod_math_as_double(th, args[0], &r) < 0 || kr_mod_math_as_double(th, args[1], &phi) < 0)
        return KR_VALUE_NULL;
    int err = 0;
    Cx z = c_rect(r, phi, &err);
    return result(th, z, err);
}

static Value predicate(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                       const char *name, int which)
{
    Cx z;
    if (one_arg(th, name, nargs, kw, nargs ? args[0] : KR_NONE, &z) < 0)
        return KR_VALUE_NULL;
    switch (which) {
    case 0: return kr_from_bool(isnan(z.re) || isnan(z.im));
    case 1: return kr_from_bool(isinf(z.re) || isinf(z.im));
    default: return kr_from_bool(finite2(z));
    }
}

FUNC(cmath_isnan) { return predicate(th, args, nargs, kw, "isnan", 0); }
FUNC(cmath_isinf) { return predicate(th, args, nargs, kw, "isinf", 1); }
FUNC(cmath_isfinite) { return predicate(th, args, nargs, kw, "isfinite", 2); }

FUNC(cmath_isclose)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value v[4];
    if (kr_libutil_parse_kwonly(th, "isclose", args, nargs, kw, names, 0, 2, 2, v) < 0)
        return KR_VALUE_NULL;
    Cx a, b;
    double rel = 1e-9, abs_tol = 0;
    if (as_cx(th, v[0], &a) < 0 || as_cx(th, v[1], &b) < 0 ||
        (v[2] && kr_mod_math_as_double(th, v[2], &rel) < 0) ||
        (v[3] && kr_mod_math_as_double(th, v[3], &abs_tol) < 0))
        return KR_VALUE_NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        kr_err_set_string(th, &kr_exc_ValueError, "tolerances must be non-negative");
        return KR_VALUE_NULL;
    }
    if (a.re == b.re && a.im == b.im)
        return KR_TRUE;
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im))
        return KR_FALSE;
    int err = 0;
    double diff = c_abs(cx(a.re - b.re, a.im - b.im), &err);
    return kr_from_bool(diff <= rel * c_abs(b, &err) || diff <= rel * c_abs(a, &err) ||
                        diff <= abs_tol);
}

static const MethodDef cmath_functions[] = {
    {"acos", cmath_acos, "($module, z, /)", "Return the arc cosine of z.", 0},
    {"acosh", cmath_acosh, "($module, z, /)", "Return the inverse hyperbolic cosine of z.", 0},
    {"asin", cmath_asin, "($module, z, /)", "Return the arc sine of z.", 0},
    {"asinh", cmath_asinh, "($module, z, /)", "Return the inverse hyperbolic sine of z.", 0},
    {"atan", cmath_atan, "($module, z, /)", "Return the arc tangent of z.", 0},
    {"atanh", cmath_atanh, "($module, z, /)", "Return the inverse hyperbolic tangent of z.", 0},
    {"cos", cmath_cos, "($module, z, /)", "Return the cosine of z.", 0},
    {"cosh", cmath_cosh, "($module, z, /)", "Return the hyperbolic cosine of z.", 0},
    {"exp", cmath_exp, "($module, z, /)", "Return the exponential value e**z.", 0},
    {"isclose", cmath_isclose, "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
     "Determine whether two complex numbers are close in value.", 0},
    {"isfinite", cmath_isfinite, "($module, z, /)",
     "Return True if both the real and imaginary parts of z are finite, else False.", 0},
    {"isinf", cmath_isinf, "($module, z, /)",
     "Checks if the real or imaginary part of z is infinite.", 0},
    {"isnan", cmath_isnan, "($module, z, /)",
     "Checks if the real or imaginary part of z not a number (NaN).", 0},
    {"log", cmath_log, "($module, z, base=<unrepresentable>, /)",
     "log(z[, base]) -> the logarithm of z to the given base.", 0},
    {"log10", cmath_log10, "($module, z, /)", "Return the base-10 logarithm of z.", 0},
    {"phase", cmath_phase, "($module, z, /)", "Return argument, also known as the phase angle, of a complex.", 0},
    {"polar", cmath_polar, "($module, z, /)", "Convert a complex from rectangular coordinates to polar coordinates.", 0},
    {"rect", cmath_rect, "($module, r, phi, /)", "Convert from polar coordinates to rectangular coordinates.", 0},
    {"sin", cmath_sin, "($module, z, /)", "Return the sine of z.", 0},
    {"sinh", cmath_sinh, "($module, z, /)", "Return the hyperbolic sine of z.", 0},
    {"sqrt", cmath_sqrt, "($module, z, /)", "Return the square root of z.", 0},
    {"tan", cmath_tan, "($module, z, /)", "Return the tangent of z.", 0},
    {"tanh", cmath_tanh, "($module, z, /)", "Return the hyperbolic tangent of z.", 0},
    {NULL, NULL, NULL, NULL, 0},
};

int kr_mod_cmath_init(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "cmath");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, cmath_functions) < 0)
        return -1;
    static const struct { const char *name; double re, im; bool is_complex; } consts[] = {
        {"pi", M_PI, 0, false}, {"e", M_E, 0, false}, {"tau", 2 * M_PI, 0, false},
        {"inf", INFINITY, 0, false}, {"nan", NAN, 0, false},
        {"infj", 0, INFINITY, true}, {"nanj", 0, NAN, true},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(consts); i++) {
        Str *n = kr_str_intern_cstr(th, consts[i].name);
        Value v = consts[i].is_complex ? kr_complex_new(th, consts[i].re, consts[i].im)
                                       : kr_float_new(th, consts[i].re);
        if (!n || !v || kr_dict_set_str(th, m->dict, n, v) < 0)
            return -1;
    }
    Str *doc = kr_str_intern_cstr(th, "This module provides access to mathematical functions "
                                      "for complex\nnumbers.");
    if (!doc || kr_dict_set_str(th, m->dict, kr_str_intern_cstr(th, "__doc__"), kr_from_obj(doc)) < 0)
        return -1;
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
