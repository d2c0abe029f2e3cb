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
#include <math.h>

#include "core/state.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

#define FUNC(name) \
    static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

static Value domain_error(Thread *th)
{
    kr_err_set_string(th, &kr_exc_ValueError, "math domain error");
    return KR_VALUE_NULL;
}

/* f(x) for a double function; a finite input giving NaN is a domain
 * error, a finite input giving inf a range error (CPython's math_1). */
static Value math1(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                   double (*f)(double), bool can_overflow)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    double x;
    if (kr_float_as_double(th, args[0], &x) < 0)
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
MATH1(log2, log2, false)
MATH1(log10, log10, false)

FUNC(math_log)
{
    if (kr_call_check_args(th, "log", nargs, 1, 2, kw) < 0)
        return KR_VALUE_NULL;
    double x, base = M_E;
    /* A big int's log is computed from its size, not its (overflowing) float. */
    if (kr_is_bigint(args[0]) && kr_int_sign(args[0]) > 0) {
        BigInt *b = (BigInt *)kr_as_obj(args[0]);
        long e;
        double m = mpz_get_d_2exp(&e, b->z);
        x = log(m) + (double)e * M_LN2;
        if (nargs == 2) {
            if (kr_float_as_double(th, args[1], &base) < 0)
                return KR_VALUE_NULL;
            if (base <= 0 || base == 1)
                return domain_error(th);
            return kr_float_new(th, x / log(base));
        }
        return kr_float_new(th, x);
    }
    if (kr_float_as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    if (nargs == 2 && kr_float_as_double(th, args[1], &base) < 0)
        return KR_VALUE_NULL;
    if (x <= 0 || (nargs == 2 && (base <= 0 || base == 1)))
        return domain_error(th);
    return kr_float_new(th, nargs == 2 ? log(x) / log(base) : log(x));
}

FUNC(math_pow)
{
    if (kr_call_check_args(th, "pow", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    double x, y;
    if (kr_float_as_double(th, args[0], &x) < 0 || kr_float_as_double(th, args[1], &y) < 0)
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
    if (kr_call_check_args(th, "atan2", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    double y, x;
    if (kr_float_as_double(th, args[0], &y) < 0 || kr_float_as_double(th, args[1], &x) < 0)
        return KR_VALUE_NULL;
    return kr_float_new(th, atan2(y, x));
}

FUNC(math_hypot)
{
    double acc = 0;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (kr_float_as_double(th, args[i], &x) < 0)
            return KR_VALUE_NULL;
        acc = hypot(acc, x);
    }
    return kr_float_new(th, acc);
}

/* floor/ceil/trunc return ints; ints pass through. */
static Value to_int_rounded(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                            const char *name, double (*f)(double))
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (kr_is_int(args[0]))
        return kr_object_pos(th, args[0]);
    double x;
    if (kr_float_as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    Value r = kr_float_new(th, f(x));
    return r ? kr_int_type.new_(th, &kr_int_type, &r, 1, NULL) : KR_VALUE_NULL;
}

FUNC(math_floor) { return to_int_rounded(th, args, nargs, kw, "floor", floor); }
FUNC(math_ceil) { return to_int_rounded(th, args, nargs, kw, "ceil", ceil); }
FUNC(math_trunc) { return to_int_rounded(th, args, nargs, kw, "trunc", trunc); }

static Value classify(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                      int which)
{
    if (kr_call_check_args(th, name, nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    double x;
    if (kr_float_as_double(th, args[0], &x) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(which == 0 ? isnan(x) : which == 1 ? isinf(x) : isfinite(x));
}

FUNC(math_isnan) { return classify(th, args, nargs, kw, "isnan", 0); }
FUNC(math_isinf) { return classify(th, args, nargs, kw, "isinf", 1); }
FUNC(math_isfinite) { return classify(th, args, nargs, kw, "isfinite", 2); }

FUNC(math_isclose)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value kv[4] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : 0, 0, 0};
    if (nargs != 2 || kr_mod_parse_kwargs(th, "isclose", args + nargs, kw, names, kv) < 0)
        return nargs != 2 ? kr_err_type_error(th, "isclose() takes exactly 2 positional arguments") : KR_VALUE_NULL;
    double a, b, rel = 1e-9, abs_tol = 0;
    if (kr_float_as_double(th, kv[0], &a) < 0 || kr_float_as_double(th, kv[1], &b) < 0 ||
        (kv[2] && kr_float_as_double(th, kv[2], &rel) < 0) ||
        (kv[3] && kr_float_as_double(th, kv[3], &abs_tol) < 0))
        return KR_VALUE_NULL;
    if (a == b)
        return KR_TRUE;
    if (isinf(a) || isinf(b))
        return KR_FALSE;
    double diff = fabs(b - a);
    return kr_from_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ---- exact integer functions --------------------------------------------------- */

static int want_int(Thread *th, Value v, mpz_t z)
{
    if (!kr_is_int(v)) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return -1;
    }
    kr_int_to_mpz(v, z);
    return 0;
}

FUNC(math_gcd)
{
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
    if (kr_call_check_args(th, "factorial", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer", kr_type_name(args[0]));
    int64_t n;
    if (kr_int_as_i64(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
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
    if (kr_call_check_args(th, "isqrt", nargs, 1, 1, kw) < 0)
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
    if (kr_call_check_args(th, "comb", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    int64_t n, k;
    if (!kr_is_int(args[0]) || !kr_is_int(args[1]))
        return kr_err_type_error(th, "'%s' object cannot be interpreted as an integer",
                                 kr_type_name(kr_is_int(args[0]) ? args[1] : args[0]));
    if (kr_int_as_i64(th, args[0], &n) < 0 || kr_int_as_i64(th, args[1], &k) < 0)
        return KR_VALUE_NULL;
    if (n < 0 || k < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, n < 0 ? "n must be a non-negative integer"
                                                        : "k must be a non-negative integer");
        return KR_VALUE_NULL;
    }
    mpz_t z;
    mpz_init(z);
    if (k <= n)
        mpz_bin_uiui(z, (unsigned long)n, (unsigned long)k);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
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
