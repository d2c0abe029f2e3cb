/*
 * _datetime.c -- the _datetime module: the calendar arithmetic every type
 * shares, timedelta, tzinfo and timezone, and the module itself.
 * _datetime.h describes the layouts; _datetime_date.c and
 * _datetime_time.c hold the other types.
 *
 * datetime.py ends with `from _datetime import *`, so once this module
 * exists every program uses it; the pure module stays importable with
 * _datetime blocked (test_datetime runs both).  Behaviour and messages
 * follow CPython 3.11's Modules/_datetimemodule.c.
 *
 * timedelta keeps days, seconds and microseconds as C ints, normalised
 * (0 <= seconds < 86400, 0 <= microseconds < 10**6).  Its total in
 * microseconds can reach 8.64e22, past int64: the constructor and the
 * float and division operators work on GMP integers, which also give
 * CPython's exact round-half-even results.
 */
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "modules/_datetime.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/buf.h"
#include "core/state.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* ---- calendar ------------------------------------------------------------ */

static const int days_in_month_tab[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int days_before_month_tab[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

bool kr_dt_is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int kr_dt_days_in_month(int y, int m)
{
    return m == 2 && kr_dt_is_leap(y) ? 29 : days_in_month_tab[m];
}

int kr_dt_days_before_month(int y, int m)
{
    return days_before_month_tab[m] + (m > 2 && kr_dt_is_leap(y));
}

static int64_t days_before_year(int64_t y)
{
    int64_t n = y - 1;
    return n * 365 + n / 4 - n / 100 + n / 400;
}

int64_t kr_dt_ymd_to_ord(int y, int m, int d)
{
    return days_before_year(y) + kr_dt_days_before_month(y, m) + d;
}

/* The inverse, by 400-, 100-, 4- and 1-year cycles as CPython's ord_to_ymd. */
void kr_dt_ord_to_ymd(int64_t ord, int *year, int *month, int *day)
{
    enum { DI400Y = 146097, DI100Y = 36524, DI4Y = 1461 };
    int64_t n = ord - 1;
    int64_t n400 = n / DI400Y;
    n %= DI400Y;
    int64_t n100 = n / DI100Y;
    n %= DI100Y;
    int64_t n4 = n / DI4Y;
    n %= DI4Y;
    int64_t n1 = n / 365;
    n %= 365;
    int y = (int)(n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1);
    if (n1 == 4 || n100 == 4) {       /* the last day of a leap cycle */
        *year = y - 1, *month = 12, *day = 31;
        return;
    }
    bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    int m = (int)(n + 50) >> 5;       /* an estimate, at most one too large */
    int before = days_before_month_tab[m] + (m > 2 && leap);
    if (before > n) {
        m--;
        before -= m == 2 && leap ? 29 : days_in_month_tab[m];
    }
    *year = y, *month = m, *day = (int)(n - before + 1);
}

int kr_dt_weekday(int y, int m, int d) { return (int)((kr_dt_ymd_to_ord(y, m, d) + 6) % 7); }

/* The ordinal of the Monday of ISO week 1 of year. */
int64_t kr_dt_iso_week1_monday(int year)
{
    int64_t first = kr_dt_ymd_to_ord(year, 1, 1);
    int64_t wd = (first + 6) % 7;
    int64_t monday = first - wd;
    return wd > 3 ? monday + 7 : monday;
}

/* ---- local time (CPython's local(), local_to_seconds()) ----------------- */

enum { EPOCH_SECONDS = 719163LL * 86400, MAX_FOLD_SECONDS = 24 * 3600 };

int64_t kr_dt_utc_to_seconds(int y, int m, int d, int hh, int mm, int ss)
{
    return ((kr_dt_ymd_to_ord(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss;
}

int64_t kr_dt_local(Thread *th, int64_t u)
{
    time_t t = (time_t)(u - EPOCH_SECONDS);
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    return kr_dt_utc_to_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                                tm.tm_min, tm.tm_sec);
}

/* Solve t = local(u) for u, choosing by fold in a repeated or skipped
 * hour, exactly as CPython does (PEP 495). */
int64_t kr_dt_local_to_seconds(Thread *th, int y, int m, int d, int hh, int mm, int ss, int fold)
{
    int64_t t = kr_dt_utc_to_seconds(y, m, d, hh, mm, ss);
    int64_t lt = kr_dt_local(th, t);
    if (lt == -1)
        return -1;
    int64_t a = lt - t, b;
    int64_t u1 = t - a, t1 = kr_dt_local(th, u1);
    if (t1 == -1)
        return -1;
    if (t1 == t) {
        int64_t u2 = fold ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
        lt = kr_dt_local(th, u2);
        if (lt == -1)
            return -1;
        b = lt - u2;
        if (a == b)
            return u1;
    } else {
        b = t1 - u1;
    }
    int64_t u2 = t - b, t2 = kr_dt_local(th, u2);
    if (t2 == -1)
        return -1;
    if (t2 == t)
        return u2;
    if (t1 == t)
        return u1;
    return fold ? (u1 < u2 ? u1 : u2) : (u1 > u2 ? u1 : u2);   /* in the gap */
}

/* ---- argument checks --------------------------------------------------------- */

int kr_dt_int_arg(Thread *th, Value v, int64_t *out)
{
    if (kr_is_float(v))
        return kr_err_type_error(th, "'float' object cannot be interpreted as an integer"), -1;
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_int_as_i64(th, i, out) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C long");
        }
        return -1;
    }
    if (*out > INT32_MAX || *out < INT32_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, *out > 0 ? "signed integer is greater than maximum"
                                                              : "signed integer is less than minimum");
        return -1;
    }
    return 0;
}

int kr_dt_exact_args(Thread *th, const char *name, size_t nargs, size_t n, Tuple *kw)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "%s() takes no keyword arguments", name), -1;
    if (nargs != n)
        return kr_err_type_error(th, "%s() takes exactly %zu argument%s (%zu given)", name, n,
                                 n == 1 ? "" : "s", nargs), -1;
    return 0;
}

/* Argument errors of the constructors, which CPython parses without a
 * function name: "function takes at most 3 arguments", "'x' is an
 * invalid keyword argument for this function". */
int kr_dt_parse_anon(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *const *names,
                     int nrequired, int nkwonly, Value *out)
{
    if (kr_libutil_parse_kwonly(th, "\x01", args, nargs, kw, names, 0, nrequired, nkwonly, out) == 0)
        return 0;
    Value exc = kr_err_fetch(th);
    Value msg = kr_object_str(th, exc);
    size_t n;
    const char *s = msg ? kr_str_utf8(th, kr_as_str(msg), &n) : NULL;
    if (!s) {
        kr_err_set(th, exc);
        return -1;
    }
    Buf b;
    kr_buf_init(&b);
    for (const char *p = s; *p; p++) {
        if (strncmp(p, "for \x01()", 7) == 0)
            kr_buf_puts(&b, "for this function"), p += 6;
        else if (strncmp(p, "\x01()", 3) == 0)
            kr_buf_puts(&b, "function"), p += 2;
        else
            kr_buf_putc(&b, *p);
    }
    kr_err_set_string(th, &kr_exc_TypeError, b.data ? b.data : "");
    kr_buf_free(&b);
    return -1;
}

int kr_dt_check_date(Thread *th, int64_t y, int64_t m, int64_t d)
{
    if (y < DT_MINYEAR || y > DT_MAXYEAR)
        return kr_err_format(th, &kr_exc_ValueError, "year %lld is out of range", (long long)y), -1;
    if (m < 1 || m > 12)
        return kr_err_set_string(th, &kr_exc_ValueError, "month must be in 1..12"), -1;
    if (d < 1 || d > kr_dt_days_in_month((int)y, (int)m))
        return kr_err_set_string(th, &kr_exc_ValueError, "day is out of range for month"), -1;
    return 0;
}

int kr_dt_check_time(Thread *th, int64_t h, int64_t mi, int64_t s, int64_t us, int64_t fold)
{
    const char *msg = h < 0 || h > 23 ? "hour must be in 0..23"
                    : mi < 0 || mi > 59 ? "minute must be in 0..59"
                    : s < 0 || s > 59 ? "second must be in 0..59"
                    : us < 0 || us > 999999 ? "microsecond must be in 0..999999"
                    : fold != 0 && fold != 1 ? "fold must be either 0 or 1" : NULL;
    if (msg)
        kr_err_set_string(th, &kr_exc_ValueError, msg);
    return msg ? -1 : 0;
}

int kr_dt_check_tzinfo(Thread *th, Value tz)
{
    if (tz == KR_NONE || dt_is_tzinfo(tz))
        return 0;
    kr_err_format(th, &kr_exc_TypeError,
                  "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
                  kr_type_name(tz));
    return -1;
}

/* ---- small shared helpers ------------------------------------------------- */

const char *kr_dt_type_name(Value v) { return kr_type_name(v); }

Value kr_dt_cmp_error(Thread *th, Value a, Value b)
{
    kr_err_format(th, &kr_exc_TypeError, "can't compare %s to %s", kr_type_name(a), kr_type_name(b));
    return KR_VALUE_NULL;
}

Value kr_dt_diff_to_bool(int diff, int op)
{
    bool r;
    switch (op) {
    case KR_EQ: r = diff == 0; break;
    case KR_NE: r = diff != 0; break;
    case KR_LT: r = diff < 0; break;
    case KR_LE: r = diff <= 0; break;
    case KR_GT: r = diff > 0; break;
    default: r = diff >= 0; break;
    }
    return kr_from_bool(r);
}

/* A hash from two 64-bit words: the bytes hash of the pair, so that it
 * varies with PYTHONHASHSEED as CPython's hash of the state bytes does
 * (never -1, CPython's "error" hash). */
int64_t kr_dt_hash_mix(int64_t a, int64_t b)
{
    int64_t words[2] = {a, b};
    return kr_str_hash_data(words, sizeof words);
}

Value kr_dt_call_module(Thread *th, const char *module, const char *attr, const Value *args,
                        size_t nargs)
{
    Str *mn = kr_str_intern_cstr(th, module), *an = kr_str_intern_cstr(th, attr);
    Value m = mn && an ? kr_vm_import(th, mn, true) : KR_VALUE_NULL;
    Value f = m ? kr_object_getattr(th, m, an) : KR_VALUE_NULL;
    return f ? kr_vm_call(th, f, args, nargs, NULL) : KR_VALUE_NULL;
}

Value kr_dt_call_method(Thread *th, Value obj, const char *name, const Value *args, size_t nargs)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value f = n ? kr_object_getattr(th, obj, n) : KR_VALUE_NULL;
    return f ? kr_vm_call(th, f, args, nargs, NULL) : KR_VALUE_NULL;
}

/* ---- timedelta ----------------------------------------------------------------- */

Value kr_dt_delta_new(Thread *th, Type *type, int64_t days, int64_t secs, int64_t us)
{
    /* normalise us into [0, 10**6) and secs into [0, 86400) */
    int64_t q = us / 1000000, r = us % 1000000;
    if (r < 0)
        r += 1000000, q--;
    secs += q;
    us = r;
    q = secs / 86400, r = secs % 86400;
    if (r < 0)
        r += 86400, q--;
    days += q;
    if (days < -DT_MAX_DELTA_DAYS || days > DT_MAX_DELTA_DAYS) {
        if (days > INT32_MAX || days < INT32_MIN)
            kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        else
            kr_err_format(th, &kr_exc_OverflowError, "days=%lld; must have magnitude <= %d",
                          (long long)days, DT_MAX_DELTA_DAYS);
        return KR_VALUE_NULL;
    }
    Delta *d = kr_libutil_alloc(th, type ? type : &kr_dt_delta_type);
    if (!d)
        return KR_VALUE_NULL;
    d->days = (int32_t)days, d->seconds = (int32_t)r, d->us = (int32_t)us;
    return kr_from_obj(d);
}

/* A timedelta of z microseconds (z any size). */
static Value delta_from_mpz(Thread *th, Type *type, mpz_t z)
{
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr_ui(q, r, z, 1000000);
    int64_t us = (int64_t)mpz_get_ui(r);
    mpz_fdiv_qr_ui(q, r, q, 86400);
    int64_t secs = (int64_t)mpz_get_ui(r);
    bool fits = mpz_fits_slong_p(q);
    int64_t days = fits ? mpz_get_si(q) : INT64_MAX;
    mpz_clears(q, r, NULL);
    return kr_dt_delta_new(th, type, days, secs, us);
}

static void delta_to_mpz(const Delta *d, mpz_t z)
{
    mpz_set_si(z, d->days);
    mpz_mul_ui(z, z, 86400);
    mpz_add_ui(z, z, (unsigned long)d->seconds);
    mpz_mul_ui(z, z, 1000000);
    mpz_add_ui(z, z, (unsigned long)d->us);
}

static Value mpz_value(Thread *th, mpz_t z)
{
    Value v = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return v;
}

static Value delta_us_value(Thread *th, const Delta *d)
{
    mpz_t z;
    mpz_init(z);
    delta_to_mpz(d, z);
    return mpz_value(th, z);
}

/* One constructor argument: sum += num * factor; a float's fraction of a
 * microsecond goes to *leftover (CPython's accum). */
static int accum(Thread *th, const char *tag, mpz_t sum, Value num, unsigned long factor,
                 double *leftover)
{
    if (kr_is_int(num)) {
        mpz_t z;
        mpz_init(z);
        kr_int_to_mpz(num, z);
        mpz_addmul_ui(sum, z, factor);
        mpz_clear(z);
        return 0;
    }
    if (!kr_is_float(num)) {
        kr_err_format(th, &kr_exc_TypeError, "unsupported type for timedelta %s component: %s", tag,
                      kr_type_name(num));
        return -1;
    }
    double x = kr_float_value(num), ip;
    if (isnan(x))
        return kr_err_set_string(th, &kr_exc_ValueError, "cannot convert float NaN to integer"), -1;
    if (isinf(x))
        return kr_err_set_string(th, &kr_exc_OverflowError, "cannot convert float infinity to integer"), -1;
    double frac = modf(x, &ip);
    mpz_t z;
    mpz_init_set_d(z, ip);
    mpz_addmul_ui(sum, z, factor);
    if (frac != 0.0) {
        frac = modf((double)factor * frac, &ip);
        mpz_set_d(z, ip);
        mpz_add(sum, sum, z);
        *leftover += frac;
    }
    mpz_clear(z);
    return 0;
}

/* timedelta(days, seconds, microseconds, milliseconds, minutes, hours,
 * weeks): every component is turned into microseconds exactly (GMP), the
 * fractions of floats are summed apart and rounded half to even at the
 * end, as CPython does, so timedelta(seconds=0.5e-6) is 0 and
 * timedelta(microseconds=1.5) is 2. */
static Value delta_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"days", "seconds", "microseconds", "milliseconds",
                                        "minutes", "hours", "weeks", NULL};
    static const unsigned long factors[] = {86400000000UL, 1000000, 1, 1000, 60000000,
                                            3600000000UL, 604800000000UL};
    static const char *const tags[] = {"days", "seconds", "microseconds", "milliseconds",
                                       "minutes", "hours", "weeks"};
    Value a[7] = {0};
    if (kr_libutil_parse(th, "__new__", args, nargs, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    mpz_t sum;
    mpz_init(sum);
    double leftover = 0;
    /* CPython accumulates in this order: us, ms, s, min, h, d, w */
    static const int order[] = {2, 3, 1, 4, 5, 0, 6};
    for (int k = 0; k < 7; k++) {
        int i = order[k];
        if (a[i] && accum(th, tags[i], sum, a[i], factors[i], &leftover) < 0) {
            mpz_clear(sum);
            return KR_VALUE_NULL;
        }
    }
    if (leftover != 0.0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {    /* half way: to even */
            int odd = mpz_odd_p(sum) ? 1 : 0;
            whole = 2.0 * round((leftover + odd) * 0.5) - odd;
        }
        if (whole >= 0)
            mpz_add_ui(sum, sum, (unsigned long)whole);
        else
            mpz_sub_ui(sum, sum, (unsigned long)-whole);
    }
    Value r = delta_from_mpz(th, type, sum);
    mpz_clear(sum);
    return r;
}

#define SELF_DELTA DT_DELTA(args[0])

static Value delta_get_days(Thread *th, Value self) { return kr_from_smallint(DT_DELTA(self)->days); }
static Value delta_get_seconds(Thread *th, Value self) { return kr_from_smallint(DT_DELTA(self)->seconds); }
static Value delta_get_us(Thread *th, Value self) { return kr_from_smallint(DT_DELTA(self)->us); }

static Value delta_repr(Thread *th, Value self)
{
    Delta *d = DT_DELTA(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(", kr_type_name(self));
    const char *sep = "";
    if (d->days)
        kr_buf_printf(&b, "days=%d", d->days), sep = ", ";
    if (d->seconds)
        kr_buf_printf(&b, "%sseconds=%d", sep, d->seconds), sep = ", ";
    if (d->us)
        kr_buf_printf(&b, "%smicroseconds=%d", sep, d->us), sep = ", ";
    if (!*sep)
        kr_buf_puts(&b, "0");
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value delta_str(Thread *th, Value self)
{
    Delta *d = DT_DELTA(self);
    Buf b;
    kr_buf_init(&b);
    if (d->days)
        kr_buf_printf(&b, "%d day%s, ", d->days, d->days == 1 || d->days == -1 ? "" : "s");
    kr_buf_printf(&b, "%d:%02d:%02d", d->seconds / 3600, d->seconds / 60 % 60, d->seconds % 60);
    if (d->us)
        kr_buf_printf(&b, ".%06d", d->us);
    return kr_libutil_buf_value(th, &b);
}

static int delta_hash(Thread *th, Value self, int64_t *h)
{
    Delta *d = DT_DELTA(self);
    *h = kr_dt_hash_mix((int64_t)d->days * 86400 + d->seconds, d->us);
    return 0;
}

static int delta_cmp(const Delta *a, const Delta *b)
{
    if (a->days != b->days)
        return a->days < b->days ? -1 : 1;
    if (a->seconds != b->seconds)
        return a->seconds < b->seconds ? -1 : 1;
    return a->us < b->us ? -1 : a->us > b->us;
}

static Value delta_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!dt_is_delta(b))
        return KR_NOTIMPL;
    return kr_dt_diff_to_bool(delta_cmp(DT_DELTA(a), DT_DELTA(b)), op);
}

static int delta_bool(Thread *th, Value v)
{
    Delta *d = DT_DELTA(v);
    return d->days || d->seconds || d->us;
}

static Value delta_add_sub(Thread *th, Value a, Value b, int sign)
{
    Delta *x = DT_DELTA(a), *y = DT_DELTA(b);
    return kr_dt_delta_new(th, NULL, (int64_t)x->days + sign * y->days,
                           (int64_t)x->seconds + sign * y->seconds, (int64_t)x->us + sign * y->us);
}

static Value delta_add(Thread *th, Value a, Value b)
{
    if (dt_is_delta(a) && dt_is_delta(b))
        return delta_add_sub(th, a, b, 1);
    return KR_NOTIMPL;
}

static Value delta_sub(Thread *th, Value a, Value b)
{
    if (dt_is_delta(a) && dt_is_delta(b))
        return delta_add_sub(th, a, b, -1);
    return KR_NOTIMPL;
}

static Value delta_neg(Thread *th, Value a)
{
    Delta *d = DT_DELTA(a);
    return kr_dt_delta_new(th, NULL, -(int64_t)d->days, -(int64_t)d->seconds, -(int64_t)d->us);
}

static Value delta_pos(Thread *th, Value a)
{
    Delta *d = DT_DELTA(a);
    return kr_dt_delta_new(th, NULL, d->days, d->seconds, d->us);
}

static Value delta_abs(Thread *th, Value a)
{
    return DT_DELTA(a)->days < 0 ? delta_neg(th, a) : delta_pos(th, a);
}

/* z = round_half_even(n / d), d > 0 (CPython's divide_nearest). */
static void divide_nearest(mpz_t z, const mpz_t n, const mpz_t d)
{
    mpz_t r, twice;
    mpz_inits(r, twice, NULL);
    mpz_fdiv_qr(z, r, n, d);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, d);
    if (c > 0 || (c == 0 && mpz_odd_p(z)))
        mpz_add_ui(z, z, 1);
    mpz_clears(r, twice, NULL);
}

/* float.as_integer_ratio() of x into n/d (d > 0): 0, or -1 for inf/nan. */
static int float_ratio(Thread *th, double x, mpz_t n, mpz_t d)
{
    if (isinf(x))
        return kr_err_set_string(th, &kr_exc_OverflowError, "cannot convert Infinity to integer ratio"), -1;
    if (isnan(x))
        return kr_err_set_string(th, &kr_exc_ValueError, "cannot convert NaN to integer ratio"), -1;
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++)
        m *= 2.0, e--;
    mpz_set_d(n, m);
    mpz_set_ui(d, 1);
    if (e > 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-e);
    return 0;
}

/* A float subclass's own as_integer_ratio(), checked as CPython does. */
static int subclass_ratio(Thread *th, Value x, mpz_t n, mpz_t d)
{
    Value r = kr_dt_call_method(th, x, "as_integer_ratio", NULL, 0);
    if (!r)
        return -1;
    if (!kr_tuple_check(r)) {
        kr_err_format(th, &kr_exc_TypeError, "unexpected return type from as_integer_ratio(): expected tuple, got '%s'",
                      kr_type_name(r));
        return -1;
    }
    Tuple *t = kr_as_tuple(r);
    if (t->size != 2) {
        kr_err_set_string(th, &kr_exc_ValueError, "as_integer_ratio() must return a 2-tuple");
        return -1;
    }
    if (!kr_is_int(t->items[0]) || !kr_is_int(t->items[1]))
        return kr_err_type_error(th, "unsupported operand type(s)"), -1;
    kr_int_to_mpz(t->items[0], n);
    kr_int_to_mpz(t->items[1], d);
    return 0;
}

/* delta * num / den, rounded half-even (den may be negative). */
static Value delta_scale(Thread *th, const Delta *dl, mpz_t num, mpz_t den)
{
    if (mpz_sgn(den) == 0) {
        kr_err_set_string(th, &kr_exc_ZeroDivisionError, "integer division or modulo by zero");
        return KR_VALUE_NULL;
    }
    if (mpz_sgn(den) < 0)
        mpz_neg(num, num), mpz_neg(den, den);
    mpz_t z;
    mpz_init(z);
    delta_to_mpz(dl, z);
    mpz_mul(z, z, num);
    divide_nearest(z, z, den);
    Value r = delta_from_mpz(th, NULL, z);
    mpz_clear(z);
    return r;
}

/* d * n or d / n (round half even) for a small int n, in 128 bits:
 * the common case, without GMP. */
static Value delta_by_small(Thread *th, const Delta *d, int64_t n, bool divide)
{
    __int128 us = ((__int128)d->days * 86400 + d->seconds) * 1000000 + d->us, r;
    if (!divide) {
        r = us * n;
    } else {
        if (n == 0) {
            kr_err_set_string(th, &kr_exc_ZeroDivisionError, "integer division or modulo by zero");
            return KR_VALUE_NULL;
        }
        if (n < 0)
            us = -us, n = -n;
        r = us / n;
        __int128 rem = us % n;
        if (rem < 0)
            rem += n, r--;
        if (2 * rem > n || (2 * rem == n && (r & 1)))
            r++;
    }
    const __int128 us_per_day = (__int128)86400 * 1000000;
    __int128 days = r / us_per_day, rest = r % us_per_day;
    if (rest < 0)
        rest += us_per_day, days--;
    if (days > INT64_MAX / 2 || days < INT64_MIN / 2)    /* kr_dt_delta_new's message */
        days = days > 0 ? INT64_MAX / 2 : INT64_MIN / 2;
    return kr_dt_delta_new(th, NULL, (int64_t)days, 0, (int64_t)rest);
}

/* timedelta * int or float (either order); truediv when divide. */
static Value delta_by_number(Thread *th, const Delta *d, Value x, bool divide)
{
    if (kr_is_smallint(x))
        return delta_by_small(th, d, kr_as_smallint(x), divide);
    mpz_t n, q;
    mpz_inits(n, q, NULL);
    Value r = KR_VALUE_NULL;
    if (kr_is_int(x)) {
        kr_int_to_mpz(x, n);
        mpz_set_ui(q, 1);
    } else if (kr_is_type(x, &kr_float_type) || kr_is_double(x)) {
        if (float_ratio(th, kr_float_value(x), n, q) < 0)
            goto done;
    } else if (subclass_ratio(th, x, n, q) < 0) {
        goto done;
    }
    r = divide ? delta_scale(th, d, q, n) : delta_scale(th, d, n, q);
done:
    mpz_clears(n, q, NULL);
    return r;
}

static Value delta_mul(Thread *th, Value a, Value b)
{
    if (dt_is_delta(a) && (kr_is_int(b) || kr_is_float(b)))
        return delta_by_number(th, DT_DELTA(a), b, false);
    if (dt_is_delta(b) && (kr_is_int(a) || kr_is_float(a)))
        return delta_by_number(th, DT_DELTA(b), a, false);
    return KR_NOTIMPL;
}

static Value delta_truediv(Thread *th, Value a, Value b)
{
    if (!dt_is_delta(a))
        return KR_NOTIMPL;
    if (kr_is_int(b) || kr_is_float(b))
        return delta_by_number(th, DT_DELTA(a), b, true);
    if (!dt_is_delta(b))
        return KR_NOTIMPL;
    Value x = delta_us_value(th, DT_DELTA(a)), y = x ? delta_us_value(th, DT_DELTA(b)) : 0;
    return y ? kr_object_binop(th, x, y, KR_OP_TRUEDIV) : KR_VALUE_NULL;
}

/* a // b, a % b: both timedeltas, by integer microseconds. */
static Value delta_int_op(Thread *th, Value a, Value b, BinOp op)
{
    Value x = delta_us_value(th, DT_DELTA(a)), y = x ? delta_us_value(th, DT_DELTA(b)) : 0;
    return y ? kr_object_binop(th, x, y, op) : KR_VALUE_NULL;
}

static Value delta_of_us_value(Thread *th, Value us)
{
    if (!us)
        return KR_VALUE_NULL;
    mpz_t z;
    mpz_init(z);
    kr_int_to_mpz(us, z);
    Value r = delta_from_mpz(th, NULL, z);
    mpz_clear(z);
    return r;
}

static Value delta_floordiv(Thread *th, Value a, Value b)
{
    if (!dt_is_delta(a))
        return KR_NOTIMPL;
    if (dt_is_delta(b))
        return delta_int_op(th, a, b, KR_OP_FLOORDIV);
    if (!kr_is_int(b))
        return KR_NOTIMPL;
    Value x = delta_us_value(th, DT_DELTA(a));
    return x ? delta_of_us_value(th, kr_object_binop(th, x, b, KR_OP_FLOORDIV)) : KR_VALUE_NULL;
}

static Value delta_mod(Thread *th, Value a, Value b)
{
    if (!dt_is_delta(a) || !dt_is_delta(b))
        return KR_NOTIMPL;
    return delta_of_us_value(th, delta_int_op(th, a, b, KR_OP_MOD));
}

KR_LIB_FUNC(delta_divmod)
{
    if (kr_call_check_args(th, "__divmod__", nargs - 1, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!dt_is_delta(args[1]))
        return KR_NOTIMPL;
    Value q = delta_int_op(th, args[0], args[1], KR_OP_FLOORDIV);
    Value r = q ? delta_of_us_value(th, delta_int_op(th, args[0], args[1], KR_OP_MOD)) : 0;
    Tuple *t = r ? kr_tuple_from_array(th, (Value[]){q, r}, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(delta_total_seconds)
{
    if (kr_argparse_noargs(th, "timedelta.total_seconds", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Value us = delta_us_value(th, SELF_DELTA);
    return us ? kr_object_binop(th, us, kr_from_smallint(1000000), KR_OP_TRUEDIV) : KR_VALUE_NULL;
}

KR_LIB_FUNC(delta_reduce)
{
    Delta *d = SELF_DELTA;
    Tuple *st = kr_tuple_from_array(th, (Value[]){kr_from_smallint(d->days), kr_from_smallint(d->seconds),
                                                  kr_from_smallint(d->us)}, 3);
    Tuple *t = st ? kr_tuple_from_array(th, (Value[]){kr_from_obj(kr_type_of(args[0])), kr_from_obj(st)}, 2)
                  : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef delta_methods[] = {
    {"total_seconds", delta_total_seconds, "($self, /)", "Total seconds in the duration.", 0},
    {"__reduce__", delta_reduce, "($self, /)", "__reduce__() -> (cls, state)", 0},
    {"__divmod__", delta_divmod, "($self, value, /)", NULL, KR_METH_SLOT},
    {0},
};

static const MemberDef delta_members[] = {
    {"days", 0, delta_get_days, NULL, "Number of days.", KR_MEMBER_READONLY},
    {"seconds", 0, delta_get_seconds, NULL, "Number of seconds (>= 0 and less than 1 day).", KR_MEMBER_READONLY},
    {"microseconds", 0, delta_get_us, NULL, "Number of microseconds (>= 0 and less than 1 second).", KR_MEMBER_READONLY},
    {0},
};

Type kr_dt_delta_type = {
    .hdr = {&kr_type_type}, .name = "datetime.timedelta", .size = sizeof(Delta),
    .flags = KR_TYPE_BASETYPE, .new_ = delta_new, .repr = delta_repr, .str = delta_str,
    .hash = delta_hash, .richcompare = delta_richcompare, .bool_ = delta_bool,
    .methods = delta_methods, .members = delta_members,
    .binop = {[KR_OP_ADD] = delta_add, [KR_OP_SUB] = delta_sub, [KR_OP_MUL] = delta_mul,
              [KR_OP_TRUEDIV] = delta_truediv, [KR_OP_FLOORDIV] = delta_floordiv,
              [KR_OP_MOD] = delta_mod},
    .neg = delta_neg, .pos = delta_pos, .abs = delta_abs,
};

/* ---- tzinfo calls ---------------------------------------------------------- */

/* Every utcoffset()/dst() result goes through here: user tzinfos may
 * return anything, and C code reads the result as a Delta. */
Value kr_dt_call_offset(Thread *th, const char *name, Value tzinfo, Value arg)
{
    if (tzinfo == KR_NONE)
        return KR_NONE;
    Value off = kr_dt_call_method(th, tzinfo, name, &arg, 1);
    if (!off || off == KR_NONE)
        return off;
    if (!dt_is_delta(off)) {
        kr_err_format(th, &kr_exc_TypeError, "tzinfo.%s() must return None or timedelta, not '%s'",
                      name, kr_type_name(off));
        return KR_VALUE_NULL;
    }
    Delta *d = DT_DELTA(off);
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "offset must be a timedelta strictly between -timedelta(hours=24) and "
                          "timedelta(hours=24).");
        return KR_VALUE_NULL;
    }
    return off;
}

Value kr_dt_call_tzname(Thread *th, Value tzinfo, Value arg)
{
    if (tzinfo == KR_NONE)
        return KR_NONE;
    Value r = kr_dt_call_method(th, tzinfo, "tzname", &arg, 1);
    if (r && r != KR_NONE && !kr_str_check(r)) {
        kr_err_format(th, &kr_exc_TypeError, "tzinfo.tzname() must return None or a string, not '%s'",
                      kr_type_name(r));
        return KR_VALUE_NULL;
    }
    return r;
}

/* sign HH sep MM [sep SS [.ffffff]] */
void kr_dt_format_offset(Buf *b, const Delta *off, const char *sep)
{
    int64_t us = dt_delta_us(off);
    char sign = '+';
    if (us < 0)
        sign = '-', us = -us;
    int64_t secs = us / 1000000;
    us %= 1000000;
    kr_buf_printf(b, "%c%02d%s%02d", sign, (int)(secs / 3600), sep, (int)(secs / 60 % 60));
    if (secs % 60 || us)
        kr_buf_printf(b, "%s%02d", sep, (int)(secs % 60));
    if (us)
        kr_buf_printf(b, ".%06d", (int)us);
}

/* ---- tzinfo -------------------------------------------------------------------- */

static Value tzinfo_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Obj *o = kr_libutil_alloc(th, type);
    return o ? kr_from_obj(o) : KR_VALUE_NULL;
}

static Value not_implemented(Thread *th, const char *what)
{
    kr_err_format(th, &kr_exc_NotImplementedError, "a tzinfo subclass must implement %s()", what);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(tzinfo_tzname) { return kr_argparse_one(th, "tzinfo.tzname", nargs - 1, kw) < 0 ? 0 : not_implemented(th, "tzname"); }
KR_LIB_FUNC(tzinfo_utcoffset) { return kr_argparse_one(th, "tzinfo.utcoffset", nargs - 1, kw) < 0 ? 0 : not_implemented(th, "utcoffset"); }
KR_LIB_FUNC(tzinfo_dst) { return kr_argparse_one(th, "tzinfo.dst", nargs - 1, kw) < 0 ? 0 : not_implemented(th, "dst"); }

static Value dt_add_delta(Thread *th, Value dt, Value delta)
{
    return kr_object_binop(th, dt, delta, KR_OP_ADD);
}

/* tzinfo.fromutc(dt): the default algorithm of the datetime docs. */
KR_LIB_FUNC(tzinfo_fromutc)
{
    if (kr_argparse_one(th, "tzinfo.fromutc", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Value dt = args[1];
    if (!dt_is_datetime(dt))
        return kr_err_type_error(th, "fromutc: argument must be a datetime");
    if (DT_DATETIME(dt)->tzinfo != args[0]) {
        kr_err_set_string(th, &kr_exc_ValueError, "fromutc: dt.tzinfo is not self");
        return KR_VALUE_NULL;
    }
    Value off = kr_dt_call_offset(th, "utcoffset", args[0], dt);
    if (!off)
        return KR_VALUE_NULL;
    if (off == KR_NONE) {
        kr_err_set_string(th, &kr_exc_ValueError, "fromutc: non-None utcoffset() result required");
        return KR_VALUE_NULL;
    }
    Value dst = kr_dt_call_offset(th, "dst", args[0], dt);
    if (!dst)
        return KR_VALUE_NULL;
    if (dst == KR_NONE)
        goto no_dst;
    Value delta = kr_object_binop(th, off, dst, KR_OP_SUB);
    dt = delta ? dt_add_delta(th, dt, delta) : KR_VALUE_NULL;
    if (!dt)
        return KR_VALUE_NULL;
    dst = kr_dt_call_offset(th, "dst", args[0], dt);
    if (!dst)
        return KR_VALUE_NULL;
    if (dst == KR_NONE)
        goto no_dst;
    return delta_bool(th, dst) ? dt_add_delta(th, dt, dst) : dt;
no_dst:
    kr_err_set_string(th, &kr_exc_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
    return KR_VALUE_NULL;
}

/* (type(self), self.__getinitargs__() or (), self.__getstate__()):
 * tzinfo subclasses pickle by their constructor arguments if they define
 * __getinitargs__, else by their instance dict. */
KR_LIB_FUNC(tzinfo_reduce)
{
    Str *gi = kr_str_intern_cstr(th, "__getinitargs__");
    Value f = gi ? kr_object_getattr(th, args[0], gi) : KR_VALUE_NULL;
    Value initargs;
    if (f) {
        initargs = kr_vm_call(th, f, NULL, 0, NULL);
    } else {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        Tuple *e = kr_tuple_new(th, 0);
        initargs = e ? kr_from_obj(e) : KR_VALUE_NULL;
    }
    Value state = initargs ? kr_dt_call_method(th, args[0], "__getstate__", NULL, 0) : KR_VALUE_NULL;
    Tuple *t = state ? kr_tuple_from_array(th, (Value[]){kr_from_obj(kr_type_of(args[0])), initargs, state}, 3)
                     : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MethodDef tzinfo_methods[] = {
    {"tzname", tzinfo_tzname, "($self, dt, /)", "datetime -> string name of time zone.", 0},
    {"utcoffset", tzinfo_utcoffset, "($self, dt, /)", "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC", 0},
    {"dst", tzinfo_dst, "($self, dt, /)", "datetime -> DST offset as timedelta positive east of UTC.", 0},
    {"fromutc", tzinfo_fromutc, "($self, dt, /)", "datetime in UTC -> datetime in local time.", 0},
    {"__reduce__", tzinfo_reduce, "($self, /)", "-> (cls, state)", 0},
    {0},
};

Type kr_dt_tzinfo_type = {
    .hdr = {&kr_type_type}, .name = "datetime.tzinfo", .size = sizeof(Obj),
    .flags = KR_TYPE_BASETYPE, .new_ = tzinfo_new, .methods = tzinfo_methods,
};

/* ---- timezone ------------------------------------------------------------------ */

#define TZ(v) ((TimeZone *)kr_as_obj(v))

static Value timezone_make(Thread *th, Value offset, Value name)
{
    TimeZone *z = kr_libutil_alloc(th, &kr_dt_timezone_type);
    if (!z)
        return KR_VALUE_NULL;
    z->offset = offset, z->name = name;
    return kr_from_obj(z);
}

Value kr_dt_utc(Thread *th)
{
    Str *k = kr_str_intern_cstr(th, "utc");
    return k ? kr_dict_get_str(kr_dt_timezone_type.dict, k) : KR_VALUE_NULL;
}

/* timezone(offset[, name]).  A zero offset without a name is the utc
 * singleton (timezone(timedelta(0)) is timezone.utc in CPython too). */
Value kr_dt_timezone_new(Thread *th, Value offset, Value name)
{
    Delta *d = DT_DELTA(offset);
    if (!name && !d->days && !d->seconds && !d->us) {
        Value utc = kr_dt_utc(th);
        if (utc)
            return utc;
    }
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1) {
        kr_err_format(th, &kr_exc_ValueError,
                      "offset must be a timedelta strictly between -timedelta(hours=24) and "
                      "timedelta(hours=24), not %R.", offset);
        return KR_VALUE_NULL;
    }
    return timezone_make(th, offset, name);
}

Value kr_dt_tz_from_offset(Thread *th, int secs, int us)
{
    Value off = kr_dt_delta_new(th, NULL, 0, secs, us);
    return off ? kr_dt_timezone_new(th, off, KR_VALUE_NULL) : KR_VALUE_NULL;
}

static Value timezone_py_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"offset", "name", NULL};
    Value a[2] = {0};
    if (kr_libutil_parse(th, "timezone", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_type(a[0], &kr_dt_delta_type))
        return kr_err_type_error(th, "timezone() argument 1 must be datetime.timedelta, not %s",
                                 kr_type_name(a[0]));
    if (a[1] && !kr_str_check(a[1]))
        return kr_err_type_error(th, "timezone() argument 2 must be str, not %s", kr_arg_type_name(a[1]));
    return kr_dt_timezone_new(th, a[0], a[1]);
}

static Value timezone_repr(Thread *th, Value self)
{
    TimeZone *z = TZ(self);
    Buf b;
    kr_buf_init(&b);
    if (self == kr_dt_utc(th)) {
        kr_buf_printf(&b, "%s.utc", kr_type_name(self));
        return kr_libutil_buf_value(th, &b);
    }
    kr_buf_printf(&b, "%s(", kr_type_name(self));
    if (kr_libutil_repr_put(th, &b, z->offset) < 0)
        return kr_buf_free(&b), KR_VALUE_NULL;
    if (z->name) {
        kr_buf_puts(&b, ", ");
        if (kr_libutil_repr_put(th, &b, z->name) < 0)
            return kr_buf_free(&b), KR_VALUE_NULL;
    }
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value timezone_name(Thread *th, Value self)
{
    TimeZone *z = TZ(self);
    if (z->name)
        return z->name;
    Delta *d = DT_DELTA(z->offset);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "UTC");
    if (d->days || d->seconds || d->us)
        kr_dt_format_offset(&b, d, ":");
    return kr_libutil_buf_value(th, &b);
}

/* The dt argument of timezone's methods: a datetime or None. */
static int check_dt_arg(Thread *th, const char *meth, Value dt)
{
    if (dt == KR_NONE || dt_is_datetime(dt))
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "%s(dt) argument must be a datetime instance or None, not %s",
                  meth, kr_type_name(dt));
    return -1;
}

KR_LIB_FUNC(timezone_tzname)
{
    if (kr_argparse_one(th, "timezone.tzname", nargs - 1, kw) < 0 || check_dt_arg(th, "tzname", args[1]) < 0)
        return KR_VALUE_NULL;
    return timezone_name(th, args[0]);
}

KR_LIB_FUNC(timezone_utcoffset)
{
    if (kr_argparse_one(th, "timezone.utcoffset", nargs - 1, kw) < 0 ||
        check_dt_arg(th, "utcoffset", args[1]) < 0)
        return KR_VALUE_NULL;
    return TZ(args[0])->offset;
}

KR_LIB_FUNC(timezone_dst)
{
    if (kr_argparse_one(th, "timezone.dst", nargs - 1, kw) < 0 || check_dt_arg(th, "dst", args[1]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(timezone_fromutc)
{
    if (kr_argparse_one(th, "timezone.fromutc", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!dt_is_datetime(args[1]))
        return kr_err_type_error(th, "fromutc: argument must be a datetime");
    if (DT_DATETIME(args[1])->tzinfo != args[0]) {
        kr_err_set_string(th, &kr_exc_ValueError, "fromutc: dt.tzinfo is not self");
        return KR_VALUE_NULL;
    }
    return dt_add_delta(th, args[1], TZ(args[0])->offset);
}

KR_LIB_FUNC(timezone_getinitargs)
{
    TimeZone *z = TZ(args[0]);
    Tuple *t = z->name ? kr_tuple_from_array(th, (Value[]){z->offset, z->name}, 2)
                       : kr_tuple_from_array(th, &z->offset, 1);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value timezone_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_dt_timezone_type))
        return KR_NOTIMPL;
    return kr_dt_diff_to_bool(delta_cmp(DT_DELTA(TZ(a)->offset), DT_DELTA(TZ(b)->offset)), op);
}

static int timezone_hash(Thread *th, Value v, int64_t *h) { return delta_hash(th, TZ(v)->offset, h); }

static const MethodDef timezone_methods[] = {
    {"tzname", timezone_tzname, "($self, dt, /)", "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'.", 0},
    {"utcoffset", timezone_utcoffset, "($self, dt, /)", "Return fixed offset.", 0},
    {"dst", timezone_dst, "($self, dt, /)", "Return None.", 0},
    {"fromutc", timezone_fromutc, "($self, dt, /)", "datetime in UTC -> datetime in local time.", 0},
    {"__getinitargs__", timezone_getinitargs, "($self, /)", "pickle support", 0},
    {0},
};

Type kr_dt_timezone_type = {
    .hdr = {&kr_type_type}, .name = "datetime.timezone", .size = sizeof(TimeZone),
    .base = &kr_dt_tzinfo_type, .new_ = timezone_py_new, .repr = timezone_repr,
    .str = timezone_name, .richcompare = timezone_richcompare, .hash = timezone_hash,
    .methods = timezone_methods,
};

/* ---- the module ------------------------------------------------------------------ */

static int set_class_attr(Thread *th, Type *t, const char *name, Value v)
{
    Str *k = kr_str_intern_cstr(th, name);
    return v && k ? kr_dict_set_str(th, t->dict, k, v) : -1;
}

static int init_delta_tz(Thread *th, Module *m)
{
    if (kr_libutil_add_type(th, m, &kr_dt_delta_type) < 0 || kr_libutil_add_type(th, m, &kr_dt_tzinfo_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_dt_timezone_type) < 0)
        return -1;
    Type *t = &kr_dt_delta_type;
    if (set_class_attr(th, t, "min", kr_dt_delta_new(th, NULL, -DT_MAX_DELTA_DAYS, 0, 0)) < 0 ||
        set_class_attr(th, t, "max", kr_dt_delta_new(th, NULL, DT_MAX_DELTA_DAYS, 86399, 999999)) < 0 ||
        set_class_attr(th, t, "resolution", kr_dt_delta_new(th, NULL, 0, 0, 1)) < 0)
        return -1;
    Value zero = kr_dt_delta_new(th, NULL, 0, 0, 0);
    Value utc = zero ? timezone_make(th, zero, KR_VALUE_NULL) : KR_VALUE_NULL;
    Value lo = kr_dt_delta_new(th, NULL, -1, 60, 0), hi = kr_dt_delta_new(th, NULL, 0, 86340, 0);
    t = &kr_dt_timezone_type;
    if (set_class_attr(th, t, "utc", utc) < 0 || !lo || !hi ||
        set_class_attr(th, t, "min", timezone_make(th, lo, KR_VALUE_NULL)) < 0 ||
        set_class_attr(th, t, "max", timezone_make(th, hi, KR_VALUE_NULL)) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "UTC", utc);
}

int kr_mod__datetime_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_datetime", NULL);
    if (!m || init_delta_tz(th, m) < 0 || kr_dt_init_date(th, m) < 0 || kr_dt_init_time(th, m) < 0)
        return -1;
    Str *doc = kr_str_from_cstr(th, "Fast implementation of the datetime type.");
    if (!doc || kr_libutil_add_value(th, m, "__doc__", kr_from_obj(doc)) < 0 ||
        kr_libutil_add_value(th, m, "MINYEAR", kr_from_smallint(DT_MINYEAR)) < 0 ||
        kr_libutil_add_value(th, m, "MAXYEAR", kr_from_smallint(DT_MAXYEAR)) < 0)
        return -1;
    return 0;
}
