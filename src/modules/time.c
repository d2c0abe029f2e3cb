/*
 * time.c -- the time module: the POSIX clocks (float seconds and _ns
 * ints), struct_time with gmtime/localtime/mktime/asctime/ctime/strftime,
 * get_clock_info, sleep, and the time zone constants.
 *
 * A time tuple converts to a struct tm as CPython's gettmarg does (year
 * less 1900, month and day of year from 0, Monday-first weekday turned
 * into C's Sunday-first), and asctime/strftime check the ranges with
 * CPython's messages first.  strptime is _strptime._strptime_time, pure
 * Python (it needs re).
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* ---- clocks ------------------------------------------------------------------------ */

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Nanoseconds as float seconds, exact when whole (CPython's
 * _PyTime_AsSecondsDouble). */
static double ns_to_seconds(int64_t ns)
{
    if (ns % 1000000000 == 0)
        return (double)(ns / 1000000000);
    return (double)ns / 1e9;
}

static Value clock_value(Thread *th, clockid_t id, const char *name, size_t nargs, Tuple *kw,
                         bool ns)
{
    if (kr_call_check_args(th, name, nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    int64_t t = clock_ns(id);
    return ns ? kr_int_from_i64(th, t) : kr_float_new(th, ns_to_seconds(t));
}

#define CLOCK_FUNCS(name, id)                                                                \
    KR_LIB_FUNC(time_##name) { return clock_value(th, id, "time." #name, nargs, kw, false); } \
    KR_LIB_FUNC(time_##name##_ns)                                                              \
    {                                                                                          \
        return clock_value(th, id, "time." #name "_ns", nargs, kw, true);                      \
    }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static int clock_id_arg(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                        size_t want, clockid_t *id)
{
    int v;
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs, want, want) < 0 ||
        kr_libutil_as_int(th, args[0], false, &v) < 0)
        return -1;
    *id = (clockid_t)v;
    return 0;
}

static Value clock_get(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                       int (*get)(clockid_t, struct timespec *), bool ns)
{
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(th, name, args, nargs, kw, 1, &id) < 0)
        return KR_VALUE_NULL;
    if (get(id, &ts) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    int64_t t = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return ns ? kr_int_from_i64(th, t) : kr_float_new(th, ns_to_seconds(t));
}

KR_LIB_FUNC(time_clock_gettime)
{
    return clock_get(th, "clock_gettime", args, nargs, kw, clock_gettime, false);
}
KR_LIB_FUNC(time_clock_gettime_ns)
{
    return clock_get(th, "clock_gettime_ns", args, nargs, kw, clock_gettime, true);
}
KR_LIB_FUNC(time_clock_getres)
{
    return clock_get(th, "clock_getres", args, nargs, kw, clock_getres, false);
}

static Value clock_set(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                       bool ns)
{
    clockid_t id;
    if (clock_id_arg(th, name, args, nargs, kw, 2, &id) < 0)
        return KR_VALUE_NULL;
    struct timespec ts;
    if (ns) {
        int64_t t;
        if (kr_libutil_as_ssize(th, args[1], &t) < 0)
            return KR_VALUE_NULL;
        ts.tv_sec = t / 1000000000;
        ts.tv_nsec = t % 1000000000;
    } else {
        double d;
        if (kr_float_as_double(th, args[1], &d) < 0)
            return KR_VALUE_NULL;
        ts.tv_sec = (time_t)floor(d);
        ts.tv_nsec = (long)((d - floor(d)) * 1e9);
    }
    if (clock_settime(id, &ts) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(time_clock_settime) { return clock_set(th, "clock_settime", args, nargs, kw, false); }
KR_LIB_FUNC(time_clock_settime_ns) { return clock_set(th, "clock_settime_ns", args, nargs, kw, true); }

KR_LIB_FUNC(time_pthread_getcpuclockid)
{
    int64_t ident;
    clockid_t id;
    if (kr_libutil_no_keywords(th, "pthread_getcpuclockid", kw) < 0 ||
        kr_libutil_check_positional(th, "pthread_getcpuclockid", nargs, 1, 1) < 0 ||
        kr_libutil_as_ssize(th, args[0], &ident) < 0)
        return KR_VALUE_NULL;
    int err = pthread_getcpuclockid((pthread_t)ident, &id);
    if (err) {
        kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, id);
}

KR_LIB_FUNC(time_sleep)
{
    if (kr_call_check_args(th, "sleep", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    double secs;
    if (kr_is_float(args[0])) {
        secs = kr_float_value(args[0]);
    } else {
        int64_t i;
        if (kr_libutil_as_ssize(th, args[0], &i) < 0)
            return KR_VALUE_NULL;
        secs = (double)i;
    }
    if (isnan(secs)) {
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
        return KR_VALUE_NULL;
    }
    if (secs < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "sleep length must be non-negative");
        return KR_VALUE_NULL;
    }
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    /* a signal's handler runs at once (Ctrl-C ends the sleep), then the
     * sleep goes on for what is left */
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(time_get_clock_info)
{
    static const struct { const char *name, *impl; bool monotonic, adjustable; clockid_t id; }
        clocks[] = {
            {"time", "clock_gettime(CLOCK_REALTIME)", false, true, CLOCK_REALTIME},
            {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", true, false, CLOCK_MONOTONIC},
            {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", true, false, CLOCK_MONOTONIC},
            {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false,
             CLOCK_PROCESS_CPUTIME_ID},
            {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false,
             CLOCK_THREAD_CPUTIME_ID},
        };
    if (kr_libutil_no_keywords(th, "get_clock_info", kw) < 0 ||
        kr_libutil_check_positional(th, "get_clock_info", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[0])) {
        kr_err_format(th, &kr_exc_TypeError, "get_clock_info() argument 1 must be str, not %s",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    size_t len;
    const char *name = kr_str_utf8(th, kr_as_str(args[0]), &len);
    if (!name)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(clocks); i++) {
        if (strcmp(name, clocks[i].name) != 0)
            continue;
        struct timespec res;
        clock_getres(clocks[i].id, &res);
        Dict *d = kr_dict_new(th);
        Str *impl = kr_str_from_cstr(th, clocks[i].impl);
        Value resolution = kr_float_new(th, (double)res.tv_sec + (double)res.tv_nsec * 1e-9);
        if (!d || !impl || !resolution ||
            kr_dict_set_str(th, d, kr_str_intern_cstr(th, "implementation"), kr_from_obj(impl)) < 0 ||
            kr_dict_set_str(th, d, kr_str_intern_cstr(th, "monotonic"),
                            kr_from_bool(clocks[i].monotonic)) < 0 ||
            kr_dict_set_str(th, d, kr_str_intern_cstr(th, "adjustable"),
                            kr_from_bool(clocks[i].adjustable)) < 0 ||
            kr_dict_set_str(th, d, kr_str_intern_cstr(th, "resolution"), resolution) < 0)
            return KR_VALUE_NULL;
        return kr_namespace_new(th, d);
    }
    kr_err_set_string(th, &kr_exc_ValueError, "unknown clock");
    return KR_VALUE_NULL;
}

/* ---- struct_time ---------------------------------------------------------------------- */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst", "tm_zone", "tm_gmtoff", NULL,
};
static const StructSeqDesc struct_time_desc = {"time.struct_time", struct_time_fields, 9, true};
static Type struct_time_type;

static Value struct_time_of(Thread *th, const struct tm *tm)
{
    Str *zone = kr_str_from_cstr(th, tm->tm_zone ? tm->tm_zone : "");
    Value gmtoff = kr_int_from_i64(th, tm->tm_gmtoff);
    Value year = kr_int_from_i64(th, (int64_t)tm->tm_year + 1900);
    if (!zone || !gmtoff || !year)
        return KR_VALUE_NULL;
    Value v[11] = {
        year, kr_from_smallint(tm->tm_mon + 1), kr_from_smallint(tm->tm_mday),
        kr_from_smallint(tm->tm_hour), kr_from_smallint(tm->tm_min), kr_from_smallint(tm->tm_sec),
        kr_from_smallint((tm->tm_wday + 6) % 7), kr_from_smallint(tm->tm_yday + 1),
        kr_from_smallint(tm->tm_isdst), kr_from_obj(zone), gmtoff,
    };
    return kr_structseq_new(th, &struct_time_type, v);
}

/* Seconds since the epoch as a time_t, or now for None/absent
 * (CPython's _PyTime_ObjectToTime_t, rounding toward -inf). */
static int seconds_arg(Thread *th, Value v, time_t *out)
{
    if (!v || v == KR_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (kr_is_float(v)) {
        double d = kr_float_value(v);
        if (isnan(d)) {
            kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18))
            goto overflow;
        *out = (time_t)d;
        return 0;
    }
    int64_t i;
    if (kr_is_int(v) || kr_type_of(v)->index) {
        Value iv = kr_object_index(th, v);
        if (!iv)
            return -1;
        if (kr_int_as_i64(th, iv, &i) < 0) {
            if (!kr_err_matches(th, &kr_exc_OverflowError))
                return -1;
            kr_err_clear(th);
            goto overflow;
        }
        *out = (time_t)i;
        return 0;
    }
    kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  kr_type_name(v));
    return -1;
overflow:
    kr_err_set_string(th, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

/* "name() takes at most N argument(s) (M given)", PyArg_ParseTuple's words. */
static int at_most(Thread *th, const char *name, size_t nargs, Tuple *kw, size_t max)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0)
        return -1;
    if (nargs <= max)
        return 0;
    kr_err_format(th, &kr_exc_TypeError, "%s() takes at most %d argument%s (%d given)", name,
                  (int)max, max == 1 ? "" : "s", (int)nargs);
    return -1;
}

static Value convert_time(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                          struct tm *(*conv)(const time_t *, struct tm *))
{
    time_t t;
    struct tm tm;
    if (at_most(th, name, nargs, kw, 1) < 0 ||
        seconds_arg(th, nargs ? args[0] : KR_VALUE_NULL, &t) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    if (!conv(&t, &tm)) {
        kr_oserror_from_errno(th, errno ? errno : EINVAL, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return struct_time_of(th, &tm);
}

KR_LIB_FUNC(time_gmtime) { return convert_time(th, "gmtime", args, nargs, kw, gmtime_r); }
KR_LIB_FUNC(time_localtime) { return convert_time(th, "localtime", args, nargs, kw, localtime_r); }

/* A time tuple (9 ints, or a struct_time) as a struct tm (CPython's gettmarg). */
static int tuple_to_tm(Thread *th, const char *name, Value v, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    if (!kr_is_obj(v) || !kr_isinstance_type(v, &kr_tuple_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    Tuple *t = (Tuple *)kr_as_obj(v);
    if (t->size != 9) {
        kr_err_format(th, &kr_exc_TypeError, "%s(): illegal time tuple argument", name);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        if (kr_is_float(t->items[i])) {
            kr_err_set_string(th, &kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        /* Each field is a C int, with PyArg_Parse's messages past its range. */
        Value iv = kr_object_index(th, t->items[i]);
        if (!iv)
            return -1;
        if (kr_int_as_i64(th, iv, &f[i]) < 0) {
            if (!kr_err_matches(th, &kr_exc_OverflowError))
                return -1;
            kr_err_clear(th);
            f[i] = kr_int_sign(iv) < 0 ? INT64_MIN : INT64_MAX;
        }
        if (f[i] < INT32_MIN || f[i] > INT32_MAX) {
            kr_err_set_string(th, &kr_exc_OverflowError, f[i] < 0 ? "signed integer is less than minimum"
                                                                  : "signed integer is greater than maximum");
            return -1;
        }
    }
    if (f[0] - 1900 < INT32_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    if (kr_type_of(v) == &struct_time_type) {
        /* A struct_time also carries its zone; keep the offset (the name
         * would need a C string that outlives the call). */
        Value off = t->items[10];
        int64_t g;
        if (kr_is_int(off) && kr_int_as_i64(th, off, &g) == 0)
            tm->tm_gmtoff = g;
        kr_err_clear(th);
    }
    return 0;
}

/* The range checks of asctime and strftime (CPython's checktm); a zero
 * month, day or day of year (-1 once shifted) means the first. */
static int check_tm(Thread *th, struct tm *tm)
{
    const char *msg = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    if (tm->tm_mon < 0 || tm->tm_mon > 11)
        msg = "month out of range";
    else if (tm->tm_mday < 1 || tm->tm_mday > 31)
        msg = "day of month out of range";
    else if (tm->tm_hour < 0 || tm->tm_hour > 23)
        msg = "hour out of range";
    else if (tm->tm_min < 0 || tm->tm_min > 59)
        msg = "minute out of range";
    else if (tm->tm_sec < 0 || tm->tm_sec > 61)
        msg = "seconds out of range";
    else if (tm->tm_wday < 0)
        msg = "day of week out of range";
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        msg = "day of year out of range";
    if (msg) {
        kr_err_set_string(th, &kr_exc_ValueError, msg);
        return -1;
    }
    return 0;
}

/* The given time tuple, or the local time now. */
static int tm_arg(Thread *th, const char *name, const Value *args, size_t nargs, size_t at,
                  struct tm *tm)
{
    if (nargs > at && args[at] != KR_NONE)
        return tuple_to_tm(th, name, args[at], tm);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static Value format_asctime(Thread *th, const struct tm *tm)
{
    static const char days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[96];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", days[tm->tm_wday % 7],
             months[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             (long long)tm->tm_year + 1900);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

KR_LIB_FUNC(time_asctime)
{
    struct tm tm;
    if (at_most(th, "asctime", nargs, kw, 1) < 0 ||
        tm_arg(th, "asctime", args, nargs, 0, &tm) < 0 || check_tm(th, &tm) < 0)
        return KR_VALUE_NULL;
    return format_asctime(th, &tm);
}

KR_LIB_FUNC(time_ctime)
{
    time_t t;
    struct tm tm;
    if (at_most(th, "ctime", nargs, kw, 1) < 0 ||
        seconds_arg(th, nargs ? args[0] : KR_VALUE_NULL, &t) < 0)
        return KR_VALUE_NULL;
    if (!localtime_r(&t, &tm)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "ctime(): timestamp out of range for platform time_t");
        return KR_VALUE_NULL;
    }
    return format_asctime(th, &tm);
}

KR_LIB_FUNC(time_mktime)
{
    struct tm tm;
    if (kr_libutil_no_keywords(th, "time.mktime", kw) < 0 ||
        kr_libutil_check_positional(th, "mktime", nargs, 1, 1) < 0 ||
        tuple_to_tm(th, "mktime", args[0], &tm) < 0)
        return KR_VALUE_NULL;
    /* mktime may legitimately return -1; an untouched weekday tells failure. */
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        kr_err_set_string(th, &kr_exc_OverflowError, "mktime argument out of range");
        return KR_VALUE_NULL;
    }
    return kr_float_new(th, (double)t);
}

KR_LIB_FUNC(time_strftime)
{
    struct tm tm;
    if (kr_libutil_no_keywords(th, "strftime", kw) < 0 ||
        kr_libutil_check_positional(th, "strftime", nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_str(args[0])) {
        kr_err_format(th, &kr_exc_TypeError, "strftime() argument 1 must be str, not %s",
                      kr_type_name(args[0]));
        return KR_VALUE_NULL;
    }
    if (tm_arg(th, "strftime", args, nargs, 1, &tm) < 0)
        return KR_VALUE_NULL;
    if (nargs > 1) {
        if (tm.tm_isdst < -1)
            tm.tm_isdst = -1;
        else if (tm.tm_isdst > 1)
            tm.tm_isdst = 1;
    }
    if (check_tm(th, &tm) < 0)
        return KR_VALUE_NULL;
    size_t flen;
    const char *fmt = kr_str_utf8(th, kr_as_str(args[0]), &flen);
    if (!fmt)
        return KR_VALUE_NULL;
    if (strlen(fmt) != flen) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return KR_VALUE_NULL;
    }
    /* strftime returns 0 both for "too small" and for an empty result:
     * grow the buffer up to 256 times the format's length, as CPython. */
    for (size_t size = 1024;; size *= 2) {
        char *buf = kr_gc_alloc_atomic(size);
        if (!buf) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * flen + 1024) {
            Str *s = kr_str_from_utf8(th, buf, n);
            return s ? kr_from_obj(s) : KR_VALUE_NULL;
        }
    }
}

KR_LIB_FUNC(time_strptime)
{
    Str *name = kr_str_intern_cstr(th, "_strptime");
    Value mod = name ? kr_vm_import(th, name, true) : KR_VALUE_NULL;
    Value fn = mod ? kr_object_getattr(th, mod, kr_str_intern_cstr(th, "_strptime_time"))
                   : KR_VALUE_NULL;
    return fn ? kr_vm_call(th, fn, args, nargs, kw) : KR_VALUE_NULL;
}

/* ---- time zone constants ------------------------------------------------------------- */

/* timezone, altzone, daylight and tzname from the offsets in January and
 * July of this year (CPython's init_timezone for systems with tm_gmtoff). */
static int set_timezone(Thread *th, Module *m)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = time(NULL) / year * year;
    struct tm jan, jul;
    localtime_r(&t, &jan);
    t += year / 2;
    localtime_r(&t, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool south = janzone < julzone;   /* DST in January: the southern hemisphere */
    Str *std = kr_str_from_cstr(th, south ? julname : janname);
    Str *dst = kr_str_from_cstr(th, south ? janname : julname);
    Value names[2] = {kr_from_obj(std), kr_from_obj(dst)};
    Tuple *tzname = std && dst ? kr_tuple_from_array(th, names, 2) : NULL;
    if (!tzname ||
        kr_libutil_add_value(th, m, "timezone", kr_from_smallint(south ? julzone : janzone)) < 0 ||
        kr_libutil_add_value(th, m, "altzone", kr_from_smallint(south ? janzone : julzone)) < 0 ||
        kr_libutil_add_value(th, m, "daylight", kr_from_smallint(janzone != julzone)) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "tzname", kr_from_obj(tzname));
}

KR_LIB_FUNC(time_tzset)
{
    if (kr_call_check_args(th, "time.tzset", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    tzset();
    Str *name = kr_str_intern_cstr(th, "time");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    if (m && set_timezone(th, (Module *)kr_as_obj(m)) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static const MethodDef time_functions[] = {
    {"time", time_time, "($module, /)", NULL, 0},
    {"time_ns", time_time_ns, "($module, /)", NULL, 0},
    {"perf_counter", time_perf_counter, "($module, /)", NULL, 0},
    {"perf_counter_ns", time_perf_counter_ns, "($module, /)", NULL, 0},
    {"monotonic", time_monotonic, "($module, /)", NULL, 0},
    {"monotonic_ns", time_monotonic_ns, "($module, /)", NULL, 0},
    {"process_time", time_process_time, "($module, /)", NULL, 0},
    {"process_time_ns", time_process_time_ns, "($module, /)", NULL, 0},
    {"thread_time", time_thread_time, "($module, /)", NULL, 0},
    {"thread_time_ns", time_thread_time_ns, "($module, /)", NULL, 0},
    {"clock_gettime", time_clock_gettime, "($module, clk_id, /)", NULL, KR_METH_VARARGS},
    {"clock_gettime_ns", time_clock_gettime_ns, "($module, clk_id, /)", NULL, KR_METH_VARARGS},
    {"clock_getres", time_clock_getres, "($module, clk_id, /)", NULL, KR_METH_VARARGS},
    {"clock_settime", time_clock_settime, "($module, clk_id, time, /)", NULL, KR_METH_VARARGS},
    {"clock_settime_ns", time_clock_settime_ns, "($module, clock_id, time, /)", NULL, KR_METH_VARARGS},
    {"pthread_getcpuclockid", time_pthread_getcpuclockid, "($module, thread_id, /)", NULL, KR_METH_VARARGS},
    {"sleep", time_sleep, "($module, secs, /)", NULL, 0},
    {"get_clock_info", time_get_clock_info, "($module, name, /)", NULL, KR_METH_VARARGS},
    {"gmtime", time_gmtime, NULL, NULL, 0},
    {"localtime", time_localtime, NULL, NULL, 0},
    {"asctime", time_asctime, NULL, NULL, 0},
    {"ctime", time_ctime, NULL, NULL, 0},
    {"mktime", time_mktime, NULL, NULL, 0},
    {"strftime", time_strftime, NULL, NULL, 0},
    {"strptime", time_strptime, NULL, NULL, KR_METH_VARARGS},
    {"tzset", time_tzset, "($module, /)", NULL, 0},
    {0},
};

int kr_mod_time_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "time", time_functions);
    if (!m || kr_structseq_init_type(th, &struct_time_type, &struct_time_desc) < 0 ||
        kr_libutil_add_value(th, m, "struct_time", kr_from_obj(&struct_time_type)) < 0 ||
        kr_libutil_add_value(th, m, "_STRUCT_TM_ITEMS", kr_from_smallint(11)) < 0)
        return -1;
    static const struct { const char *name; int id; } clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME}, {"CLOCK_TAI", CLOCK_TAI},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(clocks); i++)
        if (kr_libutil_add_value(th, m, clocks[i].name, kr_from_smallint(clocks[i].id)) < 0)
            return -1;
    tzset();
    return set_timezone(th, m);
}
