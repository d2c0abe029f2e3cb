/*
 * _statistics.c -- the _statistics module: _normal_dist_inv_cdf, the
 * accelerator statistics.NormalDist.inv_cdf uses when it can import it.
 *
 * The rational approximation is Wichura's AS241 ("The Percentage Points
 * of the Normal Distribution", Applied Statistics 37(3), 1988), the one
 * statistics.py carries in Python; each branch is a ratio of two degree-7
 * polynomials, evaluated here by Horner's rule over coefficient tables.
 */
#include <math.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/str.h"
#include "vm/errors.h"

/* c[0] + c[1]*x + ... + c[7]*x**7 */
static double poly7(const double c[8], double x)
{
    double r = c[7];
    for (int i = 6; i >= 0; i--)
        r = r * x + c[i];
    return r;
}

/* |p - 0.5| <= 0.425 */
static const double central_num[8] = {
    3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
    45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727};
static const double central_den[8] = {
    1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
    21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561};
/* the tails, r = sqrt(-log(min(p, 1-p))) <= 5 */
static const double near_num[8] = {
    1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
    3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
    0.0227238449892691845833, 7.7454501427834140764e-4};
static const double near_den[8] = {
    1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
    0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
    1.05075007164441684324e-9};
/* the far tails, r > 5 */
static const double far_num[8] = {
    6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
    0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
    2.71155556874348757815e-5, 2.01033439929228813265e-7};
static const double far_den[8] = {
    1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
    7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
    2.04426310338993978564e-15};

/* The x with Phi((x - mu) / sigma) = p; p strictly inside (0, 1) and
 * sigma > 0 (NaNs pass through, as in CPython). */
static double inv_cdf(double p, double mu, double sigma)
{
    double q = p - 0.5;
    if (fabs(q) <= 0.425) {
        double r = 0.180625 - q * q;
        return mu + q * poly7(central_num, r) / poly7(central_den, r) * sigma;
    }
    double r = sqrt(-log(q <= 0.0 ? p : 1.0 - p));
    double x = r <= 5.0 ? poly7(near_num, r - 1.6) / poly7(near_den, r - 1.6)
                        : poly7(far_num, r - 5.0) / poly7(far_den, r - 5.0);
    return mu + (q < 0.0 ? -x : x) * sigma;
}

KR_LIB_FUNC(statistics_normal_dist_inv_cdf)
{
    if (kr_libutil_no_keywords(th, "_statistics._normal_dist_inv_cdf", kw) < 0 ||
        kr_libutil_check_positional(th, "_normal_dist_inv_cdf", nargs, 3, 3) < 0)
        return KR_VALUE_NULL;
    double v[3];
    for (int i = 0; i < 3; i++)
        if (kr_mod_math_as_double(th, args[i], &v[i]) < 0)
            return KR_VALUE_NULL;
    if (v[0] <= 0.0 || v[0] >= 1.0 || v[2] <= 0.0) {
        kr_err_set_string(th, &kr_exc_ValueError, "inv_cdf undefined for these parameters");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, inv_cdf(v[0], v[1], v[2]));
}

static const MethodDef statistics_functions[] = {
    {"_normal_dist_inv_cdf", statistics_normal_dist_inv_cdf, "($module, p, mu, sigma, /)", NULL, 0},
    {0},
};

int kr_mod__statistics_init(Thread *th)
{
    struct Module *m = kr_libutil_module(th, "_statistics", statistics_functions);
    Str *doc = m ? kr_str_from_cstr(th, "Accelerators for the statistics module.\n") : NULL;
    return doc ? kr_libutil_add_value(th, m, "__doc__", kr_from_obj(doc)) : -1;
}
