/*
 * _datetime_date.c -- datetime.date and datetime.datetime (_datetime.h
 * describes the layouts; CPython's Modules/_datetimemodule.c is the
 * reference for every behaviour and message).
 *
 * Subclasses: classmethods (fromtimestamp, fromordinal, now, combine...)
 * and arithmetic build their result by calling the subclass, as CPython's
 * new_*_subclass_ex do, while replace() makes an instance of the subclass
 * directly.  Pickles carry CPython's byte states (4 bytes for a date, 10
 * for a datetime, fold in the month byte's top bit for protocol 4+), and
 * the constructors accept them, so pickles move between krait and CPython.
 */
#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "modules/_datetime.h"
#include "modules/libutil.h"

#include "core/buf.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

static const char *const day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const month_names[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static Value tuple_value(Thread *th, const Value *items, int64_t n)
{
    Tuple *t = kr_tuple_from_array(th, items, n);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* ---- construction ---------------------------------------------------------- */

Value kr_dt_date_new(Thread *th, Type *type, int y, int m, int d)
{
    Date *o = kr_libutil_alloc(th, type ? type : &kr_dt_date_type);
    if (!o)
        return KR_VALUE_NULL;
    o->year = y, o->month = (uint8_t)m, o->day = (uint8_t)d;
    return kr_from_obj(o);
}

Value kr_dt_datetime_new(Thread *th, Type *type, int y, int m, int d, int h, int mi, int s, int us,
                         Value tz, int fold)
{
    DateTime *o = kr_libutil_alloc(th, type ? type : &kr_dt_datetime_type);
    if (!o)
        return KR_VALUE_NULL;
    o->date.year = y, o->date.month = (uint8_t)m, o->date.day = (uint8_t)d;
    o->hour = (uint8_t)h, o->minute = (uint8_t)mi, o->second = (uint8_t)s, o->us = us;
    o->tzinfo = tz ? tz : KR_NONE, o->fold = (uint8_t)fold;
    return kr_from_obj(o);
}

static void ints(int n, const int *v, Value *out)
{
    for (int i = 0; i < n; i++)
        out[i] = kr_from_smallint(v[i]);
}

/* The exact class is built directly; a subclass is called with the
 * fields, so its own __new__/__init__ run and it may return anything --
 * what CPython's new_date_subclass_ex does, and what test_datetime's
 * subclass tests count on (a __new__ that adds attributes). */
Value kr_dt_date_of_class(Thread *th, Type *cls, int y, int m, int d)
{
    if (cls == &kr_dt_date_type || !cls) {
        if (kr_dt_check_date(th, y, m, d) < 0)
            return KR_VALUE_NULL;
        return kr_dt_date_new(th, cls, y, m, d);
    }
    Value a[3];
    ints(3, (int[]){y, m, d}, a);
    return kr_vm_call(th, kr_from_obj(cls), a, 3, NULL);
}

/* The same for datetime.  fold is not a positional parameter, so for a
 * subclass it is set on the result afterwards, as CPython's
 * call_subclass_fold does. */
Value kr_dt_datetime_of_class(Thread *th, Type *cls, int y, int m, int d, int h, int mi, int s,
                              int us, Value tz, int fold)
{
    if (cls == &kr_dt_datetime_type || !cls) {
        if (kr_dt_check_date(th, y, m, d) < 0)
            return KR_VALUE_NULL;
        return kr_dt_datetime_new(th, cls, y, m, d, h, mi, s, us, tz, fold);
    }
    Value a[8];
    ints(7, (int[]){y, m, d, h, mi, s, us}, a);
    a[7] = tz ? tz : KR_NONE;
    Value r = kr_vm_call(th, kr_from_obj(cls), a, 8, NULL);
    if (r && fold && dt_is_datetime(r))
        DT_DATETIME(r)->fold = (uint8_t)fold;
    return r;
}

/* The bytes of a pickled state (bytes, or str from Python 2 pickles as
 * latin-1), when v is one of length n; NULL otherwise. */
const unsigned char *kr_dt_state_bytes(Value v, int64_t n)
{
    if (kr_is_bytes(v) && ((Bytes *)kr_as_obj(v))->len == n)
        return ((Bytes *)kr_as_obj(v))->data;
    if (kr_is_str(v) && kr_as_str(v)->len == n && kr_as_str(v)->kind == 1)
        return kr_as_str(v)->data;
    return NULL;
}

static int int_args(Thread *th, const Value *a, int n, int64_t *out, const int64_t *dflt)
{
    for (int i = 0; i < n; i++) {
        if (!a[i])
            out[i] = dflt[i];
        else if (kr_dt_int_arg(th, a[i], &out[i]) < 0)
            return -1;
    }
    return 0;
}

/* date(year, month, day), or date(state) when unpickling: a 4-byte state
 * whose month byte is a valid month (no year/month/day triple can look
 * like that, which is how CPython tells the two apart). */
static Value date_py_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs == 1 && !kw) {
        const unsigned char *s = kr_dt_state_bytes(args[0], 4);
        if (s && s[2] >= 1 && s[2] <= 12)
            return kr_dt_date_new(th, type, s[0] * 256 + s[1], s[2], s[3]);
    }
    static const char *const names[] = {"year", "month", "day", NULL};
    Value a[3];
    int64_t v[3];
    if (kr_dt_parse_anon(th, args, nargs, kw, names, 3, 0, a) < 0 ||
        int_args(th, a, 3, v, (int64_t[]){0, 0, 0}) < 0 || kr_dt_check_date(th, v[0], v[1], v[2]) < 0)
        return KR_VALUE_NULL;
    return kr_dt_date_new(th, type, (int)v[0], (int)v[1], (int)v[2]);
}

/* datetime(...), or datetime(state[, tzinfo]) with a 10-byte state whose
 * month byte carries fold in its top bit (protocol 4+ pickles). */
static Value datetime_py_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    if ((nargs == 1 || nargs == 2) && !kw) {
        const unsigned char *s = kr_dt_state_bytes(args[0], 10);
        if (s && (s[2] & 0x7F) >= 1 && (s[2] & 0x7F) <= 12) {
            Value tz = nargs == 2 ? args[1] : KR_NONE;
            if (tz != KR_NONE && !dt_is_tzinfo(tz))
                return kr_err_type_error(th, "bad tzinfo state arg");
            return kr_dt_datetime_new(th, type, s[0] * 256 + s[1], s[2] & 0x7F, s[3], s[4], s[5], s[6],
                                      (s[7] << 16) | (s[8] << 8) | s[9], tz, s[2] >> 7);
        }
    }
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second",
                                        "microsecond", "tzinfo", "fold", NULL};
    Value a[9];
    int64_t v[7], fold = 0;
    if (kr_dt_parse_anon(th, args, nargs, kw, names, 3, 1, a) < 0 ||
        int_args(th, a, 7, v, (int64_t[]){0, 0, 0, 0, 0, 0, 0}) < 0 ||
        (a[8] && kr_dt_int_arg(th, a[8], &fold) < 0))
        return KR_VALUE_NULL;
    Value tz = a[7] ? a[7] : KR_NONE;
    if (kr_dt_check_date(th, v[0], v[1], v[2]) < 0 || kr_dt_check_time(th, v[3], v[4], v[5], v[6], fold) < 0 ||
        kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    return kr_dt_datetime_new(th, type, (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4],
                              (int)v[5], (int)v[6], tz, (int)fold);
}

/* ---- timestamps (CPython's _PyTime_ObjectToTimeval / _ObjectToTime_t) ---- */

static double round_half_even(double x)
{
    double r = round(x);
    return fabs(x - r) == 0.5 ? 2.0 * round(x / 2.0) : r;
}

/* ts (int or float) as whole seconds and microseconds; floor rounds down,
 * else half to even; with want_us false the fraction is dropped (floor). */
static int timestamp_arg(Thread *th, Value ts, bool want_us, time_t *secs, int *us)
{
    *us = 0;
    if (kr_is_float(ts)) {
        double d = kr_float_value(ts), ip;
        if (isnan(d)) {
            kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (want_us) {
            double frac = round_half_even(modf(d, &ip) * 1e6);
            if (frac >= 1e6)
                frac -= 1e6, ip += 1.0;
            else if (frac < 0)
                frac += 1e6, ip -= 1.0;
            *us = (int)frac;
        } else {
            ip = floor(d);
        }
        if (!(ip >= -9.2e18 && ip < 9.2e18)) {
            kr_err_set_string(th, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *secs = (time_t)ip;
        return 0;
    }
    Value i = kr_object_index(th, ts);
    int64_t v;
    if (!i)
        return -1;
    if (kr_int_as_i64(th, i, &v) < 0) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *secs = (time_t)v;
    return 0;
}

static int broken_down(Thread *th, time_t t, bool local, struct tm *tm)
{
    errno = 0;
    if (!(local ? localtime_r(&t, tm) : gmtime_r(&t, tm))) {
        if (errno == 0 || errno == EOVERFLOW)
            kr_err_set_string(th, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
        else
            kr_err_format(th, &kr_exc_OSError, "[Errno %d] %s", errno, strerror(errno));
        return -1;
    }
    return 0;
}

/* cls's datetime for POSIX time t + us, local or UTC; a local time in a
 * repeated hour gets fold=1 when it is the second one (PEP 495). */
static Value datetime_from_timet(Thread *th, Type *cls, time_t t, int us, bool local, Value tz)
{
    struct tm tm;
    if (broken_down(th, t, local, &tm) < 0)
        return KR_VALUE_NULL;
    int y = tm.tm_year + 1900, sec = tm.tm_sec > 59 ? 59 : tm.tm_sec, fold = 0;
    if (local && tz == KR_NONE && y >= DT_MINYEAR && y <= DT_MAXYEAR) {
        int64_t result = kr_dt_utc_to_seconds(y, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, sec);
        int64_t epoch = 719163LL * 86400, max_fold = 86400;
        int64_t probe = kr_dt_local(th, epoch + t - max_fold);
        if (probe == -1)
            return KR_VALUE_NULL;
        int64_t transition = result - probe - max_fold;
        if (transition < 0) {
            probe = kr_dt_local(th, epoch + t + transition);
            if (probe == -1)
                return KR_VALUE_NULL;
            fold = probe == result;
        }
    }
    if (y < DT_MINYEAR || y > DT_MAXYEAR) {
        kr_err_format(th, &kr_exc_ValueError, "year %d is out of range", y);
        return KR_VALUE_NULL;
    }
    return kr_dt_datetime_of_class(th, cls, y, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, sec,
                                   us, tz, fold);
}

/* ---- date: classmethods ---------------------------------------------------- */

#define CLS ((Type *)kr_as_obj(args[0]))

KR_LIB_FUNC(date_fromtimestamp)
{
    if (kr_argparse_one(th, "date.fromtimestamp", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    time_t t;
    int us;
    struct tm tm;
    if (timestamp_arg(th, args[1], false, &t, &us) < 0 || broken_down(th, t, true, &tm) < 0)
        return KR_VALUE_NULL;
    return kr_dt_date_of_class(th, CLS, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

KR_LIB_FUNC(date_today)
{
    if (kr_argparse_noargs(th, "date.today", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    if (CLS == &kr_dt_date_type) {
        time_t t = time(NULL);
        struct tm tm;
        if (broken_down(th, t, true, &tm) < 0)
            return KR_VALUE_NULL;
        return kr_dt_date_new(th, NULL, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    }
    /* a subclass may override fromtimestamp: go through it, as CPython */
    Value now = kr_dt_call_module(th, "time", "time", NULL, 0);
    return now ? kr_dt_call_method(th, args[0], "fromtimestamp", &now, 1) : KR_VALUE_NULL;
}

KR_LIB_FUNC(date_fromordinal)
{
    int64_t n;
    if (kr_dt_exact_args(th, "fromordinal", nargs - 1, 1, kw) < 0 || kr_dt_int_arg(th, args[1], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "ordinal must be >= 1");
        return KR_VALUE_NULL;
    }
    int y, m, d;
    kr_dt_ord_to_ymd(n, &y, &m, &d);
    return kr_dt_date_of_class(th, CLS, y, m, d);
}

static Value invalid_iso(Thread *th, Value s)
{
    kr_err_format(th, &kr_exc_ValueError, "Invalid isoformat string: %R", s);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(date_fromisoformat)
{
    if (kr_argparse_one(th, "date.fromisoformat", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "fromisoformat: argument must be str");
    size_t n;
    uint32_t local[64];
    uint32_t *s = kr_dt_codepoints(th, args[1], &n, local, 64);
    int y, m, d;
    if (!s)
        return KR_VALUE_NULL;
    if ((n != 7 && n != 8 && n != 10) || kr_dt_parse_iso_date(s, n, &y, &m, &d) < 0)
        return invalid_iso(th, args[1]);
    return kr_dt_date_of_class(th, CLS, y, m, d);
}

/* The ordinal of ISO (year, week, day), or -1 with the error set. */
static int64_t iso_to_ordinal(Thread *th, int64_t year, int64_t week, int64_t day)
{
    if (year < DT_MINYEAR || year > DT_MAXYEAR) {
        kr_err_format(th, &kr_exc_ValueError, "Year is out of range: %lld", (long long)year);
        return -1;
    }
    if (week <= 0 || week >= 53) {
        bool long_year = false;
        if (week == 53) {
            /* a year has 53 weeks when it starts on a Thursday, or on a
             * Wednesday in a leap year */
            int first = kr_dt_weekday((int)year, 1, 1);
            long_year = first == 3 || (first == 2 && kr_dt_is_leap((int)year));
        }
        if (!long_year) {
            kr_err_format(th, &kr_exc_ValueError, "Invalid week: %lld", (long long)week);
            return -1;
        }
    }
    if (day <= 0 || day >= 8) {
        kr_err_format(th, &kr_exc_ValueError, "Invalid day: %lld (range is [1, 7])", (long long)day);
        return -1;
    }
    return kr_dt_iso_week1_monday((int)year) + (week - 1) * 7 + day - 1;
}

KR_LIB_FUNC(date_fromisocalendar)
{
    static const char *const names[] = {"year", "week", "day", NULL};
    Value a[3];
    int64_t v[3];
    if (kr_libutil_parse(th, "fromisocalendar", args + 1, nargs - 1, kw, names, 0, 3, a) < 0)
        return KR_VALUE_NULL;
    if (int_args(th, a, 3, v, (int64_t[]){0, 0, 0}) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_ValueError, "ISO calendar component out of range");
        }
        return KR_VALUE_NULL;
    }
    int64_t ord = iso_to_ordinal(th, v[0], v[1], v[2]);
    if (ord < 0)
        return KR_VALUE_NULL;
    int y, m, d;
    kr_dt_ord_to_ymd(ord, &y, &m, &d);
    return kr_dt_date_of_class(th, CLS, y, m, d);
}

/* ---- date: methods ------------------------------------------------------------ */

#define SELF_DATE DT_DATE(args[0])

static Value date_get_year(Thread *th, Value v) { return kr_from_smallint(DT_DATE(v)->year); }
static Value date_get_month(Thread *th, Value v) { return kr_from_smallint(DT_DATE(v)->month); }
static Value date_get_day(Thread *th, Value v) { return kr_from_smallint(DT_DATE(v)->day); }

static Value date_repr(Thread *th, Value self)
{
    Date *d = DT_DATE(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(%d, %d, %d)", kr_type_name(self), d->year, d->month, d->day);
    return kr_libutil_buf_value(th, &b);
}

static Value date_str(Thread *th, Value self) { return kr_dt_call_method(th, self, "isoformat", NULL, 0); }

KR_LIB_FUNC(date_isoformat)
{
    if (kr_argparse_noargs(th, "date.isoformat", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%04d-%02d-%02d", d->year, d->month, d->day);
    return kr_libutil_buf_value(th, &b);
}

static void put_ctime(Buf *b, const Date *d, int hh, int mm, int ss)
{
    kr_buf_printf(b, "%s %s %2d %02d:%02d:%02d %04d", day_names[kr_dt_weekday(d->year, d->month, d->day)],
                  month_names[d->month], d->day, hh, mm, ss, d->year);
}

KR_LIB_FUNC(date_ctime)
{
    if (kr_argparse_noargs(th, dt_is_datetime(args[0]) ? "datetime.ctime" : "date.ctime", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    if (dt_is_datetime(args[0])) {
        DateTime *t = DT_DATETIME(args[0]);
        put_ctime(&b, &t->date, t->hour, t->minute, t->second);
    } else {
        put_ctime(&b, SELF_DATE, 0, 0, 0);
    }
    return kr_libutil_buf_value(th, &b);
}

KR_LIB_FUNC(date_toordinal)
{
    if (kr_argparse_noargs(th, "date.toordinal", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    return kr_from_smallint(kr_dt_ymd_to_ord(d->year, d->month, d->day));
}

KR_LIB_FUNC(date_weekday)
{
    if (kr_argparse_noargs(th, "date.weekday", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    return kr_from_smallint(kr_dt_weekday(d->year, d->month, d->day));
}

KR_LIB_FUNC(date_isoweekday)
{
    if (kr_argparse_noargs(th, "date.isoweekday", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    return kr_from_smallint(kr_dt_weekday(d->year, d->month, d->day) + 1);
}

/* ISO week-numbering: week 1 is the one holding the year's first
 * Thursday, so early January may belong to the previous ISO year and
 * late December to the next. */
KR_LIB_FUNC(date_isocalendar)
{
    if (kr_argparse_noargs(th, "date.isocalendar", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    int year = d->year;
    int64_t ord = kr_dt_ymd_to_ord(d->year, d->month, d->day);
    int64_t week1 = kr_dt_iso_week1_monday(year);
    int64_t week = (ord - week1) / 7, day = (ord - week1) % 7;
    if (ord < week1) {
        --year;
        week1 = kr_dt_iso_week1_monday(year);
        week = (ord - week1) / 7, day = (ord - week1) % 7;
    } else if (week >= 52 && year < DT_MAXYEAR && ord >= kr_dt_iso_week1_monday(year + 1)) {
        ++year;
        week = 0;
        day = ord - kr_dt_iso_week1_monday(year);
    }
    Value a[3] = {kr_from_smallint(year), kr_from_smallint(week + 1), kr_from_smallint(day + 1)};
    return kr_structseq_new(th, &kr_dt_isocal_type, a);
}

Value kr_dt_timetuple(Thread *th, int y, int m, int d, int hh, int mm, int ss, int dst)
{
    int yday = kr_dt_days_before_month(y, m) + d;
    Value a[9];
    ints(9, (int[]){y, m, d, hh, mm, ss, kr_dt_weekday(y, m, d), yday, dst}, a);
    Value t = tuple_value(th, a, 9);
    return t ? kr_dt_call_module(th, "time", "struct_time", &t, 1) : KR_VALUE_NULL;
}

KR_LIB_FUNC(date_timetuple)
{
    if (kr_argparse_noargs(th, "date.timetuple", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    return kr_dt_timetuple(th, d->year, d->month, d->day, 0, 0, 0, -1);
}

KR_LIB_FUNC(date_strftime)
{
    static const char *const names[] = {"format", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "strftime", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0]))
        return kr_err_type_error(th, "strftime() argument 1 must be str, not %s", kr_arg_type_name(a[0]));
    Value tt = kr_dt_call_method(th, args[0], "timetuple", NULL, 0);
    return tt ? kr_dt_strftime(th, args[0], a[0], tt) : KR_VALUE_NULL;
}

KR_LIB_FUNC(date_format)
{
    if (kr_dt_exact_args(th, "__format__", nargs - 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "__format__() argument 1 must be str, not %s", kr_arg_type_name(args[1]));
    if (kr_as_str(args[1])->len == 0)
        return kr_object_str(th, args[0]);
    return kr_dt_call_method(th, args[0], "strftime", &args[1], 1);
}

KR_LIB_FUNC(date_replace)
{
    static const char *const names[] = {"year", "month", "day", NULL};
    Value a[3];
    Date *d = SELF_DATE;
    int64_t v[3];
    if (kr_libutil_parse(th, "replace", args + 1, nargs - 1, kw, names, 0, 0, a) < 0 ||
        int_args(th, a, 3, v, (int64_t[]){d->year, d->month, d->day}) < 0 ||
        kr_dt_check_date(th, v[0], v[1], v[2]) < 0)
        return KR_VALUE_NULL;
    return kr_dt_date_new(th, kr_type_of(args[0]), (int)v[0], (int)v[1], (int)v[2]);
}

static Value bytes_value(Thread *th, const unsigned char *data, int64_t n)
{
    Bytes *b = kr_bytes_new(th, data, n);
    return b ? kr_from_obj(b) : KR_VALUE_NULL;
}

KR_LIB_FUNC(date_reduce)
{
    Date *d = SELF_DATE;
    unsigned char s[4] = {(unsigned char)(d->year >> 8), (unsigned char)d->year, d->month, d->day};
    Value st = bytes_value(th, s, 4);
    Value a = st ? tuple_value(th, &st, 1) : KR_VALUE_NULL;
    return a ? tuple_value(th, (Value[]){kr_from_obj(kr_type_of(args[0])), a}, 2) : KR_VALUE_NULL;
}

/* Equal dates hash equal, subclasses included; a date never equals a
 * datetime, so their hashes need not agree. */
static int date_hash(Thread *th, Value self, int64_t *h)
{
    Date *d = DT_DATE(self);
    *h = kr_dt_hash_mix(kr_dt_ymd_to_ord(d->year, d->month, d->day), -7);
    return 0;
}

static int date_cmp(const Date *a, const Date *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    return a->day < b->day ? -1 : a->day > b->day;
}

/* Any two dates compare by fields, a datetime's date part included:
 * `date == datetime` is decided by datetime's slot, which the VM tries
 * first because datetime is a subtype; date.__eq__(datetime) called
 * directly compares the date parts, as CPython's. */
static Value date_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!dt_is_date(b))
        return KR_NOTIMPL;
    return kr_dt_diff_to_bool(date_cmp(DT_DATE(a), DT_DATE(b)), op);
}

/* date + days, in cls (a subclass is called); OverflowError past the range. */
static Value date_plus_days(Thread *th, Value date, int64_t days)
{
    Date *d = DT_DATE(date);
    int64_t ord = kr_dt_ymd_to_ord(d->year, d->month, d->day) + days;
    if (ord < 1 || ord > DT_MAXORDINAL) {
        kr_err_set_string(th, &kr_exc_OverflowError, "date value out of range");
        return KR_VALUE_NULL;
    }
    int y, m, dd;
    kr_dt_ord_to_ymd(ord, &y, &m, &dd);
    return kr_dt_date_of_class(th, kr_type_of(date), y, m, dd);
}

static Value date_add(Thread *th, Value a, Value b)
{
    if (dt_is_date(a) && dt_is_delta(b))
        return date_plus_days(th, a, DT_DELTA(b)->days);
    if (dt_is_delta(a) && dt_is_date(b))
        return date_plus_days(th, b, DT_DELTA(a)->days);
    return KR_NOTIMPL;
}

/* date - timedelta and date - date; a datetime on either side is
 * datetime's business (date - datetime is a TypeError in CPython). */
static Value date_sub(Thread *th, Value a, Value b)
{
    if (!dt_is_date(a) || dt_is_datetime(a) || dt_is_datetime(b))
        return KR_NOTIMPL;
    if (dt_is_delta(b))
        return date_plus_days(th, a, -(int64_t)DT_DELTA(b)->days);
    if (!dt_is_date(b))
        return KR_NOTIMPL;
    Date *x = DT_DATE(a), *y = DT_DATE(b);
    return kr_dt_delta_new(th, NULL, kr_dt_ymd_to_ord(x->year, x->month, x->day) -
                                         kr_dt_ymd_to_ord(y->year, y->month, y->day), 0, 0);
}

static const MethodDef date_methods[] = {
    {"fromtimestamp", date_fromtimestamp, "($type, timestamp, /)", "Create a date from a POSIX timestamp.", KR_METH_CLASS},
    {"fromordinal", date_fromordinal, "($type, ordinal, /)", "int -> date corresponding to a proleptic Gregorian ordinal.", KR_METH_CLASS | KR_METH_VARARGS},
    {"fromisoformat", date_fromisoformat, "($type, date_string, /)", "str -> Construct a date from a string in ISO 8601 format.", KR_METH_CLASS},
    {"fromisocalendar", date_fromisocalendar, "($type, /, year, week, day)", "int, int, int -> Construct a date from the ISO year, week number and weekday.", KR_METH_CLASS},
    {"today", date_today, "($type, /)", "Current date or datetime:  same as self.__class__.fromtimestamp(time.time()).", KR_METH_CLASS},
    {"ctime", date_ctime, "($self, /)", "Return ctime() style string.", 0},
    {"strftime", date_strftime, "($self, /, format)", "format -> strftime() style string.", 0},
    {"__format__", date_format, "($self, format, /)", "Formats self with strftime.", 0},
    {"timetuple", date_timetuple, "($self, /)", "Return time tuple, compatible with time.localtime().", 0},
    {"isocalendar", date_isocalendar, "($self, /)", "Return a named tuple containing ISO year, week number, and weekday.", 0},
    {"isoformat", date_isoformat, "($self, /)", "Return string in ISO 8601 format, YYYY-MM-DD.", 0},
    {"isoweekday", date_isoweekday, "($self, /)", "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7", 0},
    {"toordinal", date_toordinal, "($self, /)", "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1.", 0},
    {"weekday", date_weekday, "($self, /)", "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6", 0},
    {"replace", date_replace, "($self, /, year, month, day)", "Return date with new specified fields.", 0},
    {"__reduce__", date_reduce, "($self, /)", "__reduce__() -> (cls, state)", 0},
    {0},
};

static const MemberDef date_members[] = {
    {"year", 0, date_get_year, NULL, NULL, KR_MEMBER_READONLY},
    {"month", 0, date_get_month, NULL, NULL, KR_MEMBER_READONLY},
    {"day", 0, date_get_day, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_dt_date_type = {
    .hdr = {&kr_type_type}, .name = "datetime.date", .size = sizeof(Date),
    .flags = KR_TYPE_BASETYPE, .new_ = date_py_new, .repr = date_repr, .str = date_str,
    .hash = date_hash, .richcompare = date_richcompare, .methods = date_methods,
    .members = date_members, .binop = {[KR_OP_ADD] = date_add, [KR_OP_SUB] = date_sub},
};

/* ---- datetime: classmethods ----------------------------------------------------- */

#define SELF_DT DT_DATETIME(args[0])

/* now(tz) and fromtimestamp(t, tz) build the UTC fields with tz attached
 * and let tz.fromutc() convert them, so any tzinfo works. */
static Value from_utc_through(Thread *th, Value dt, Value tz)
{
    if (!dt || tz == KR_NONE)
        return dt;
    return kr_dt_call_method(th, tz, "fromutc", &dt, 1);
}

KR_LIB_FUNC(datetime_now)
{
    static const char *const names[] = {"tz", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "now", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    Value tz = a[0] ? a[0] : KR_NONE;
    if (kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    Value r = datetime_from_timet(th, CLS, ts.tv_sec, (int)(ts.tv_nsec / 1000), tz == KR_NONE, tz);
    return from_utc_through(th, r, tz);
}

KR_LIB_FUNC(datetime_utcnow)
{
    if (kr_argparse_noargs(th, "datetime.utcnow", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return datetime_from_timet(th, CLS, ts.tv_sec, (int)(ts.tv_nsec / 1000), false, KR_NONE);
}

KR_LIB_FUNC(datetime_fromtimestamp)
{
    static const char *const names[] = {"timestamp", "tz", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "fromtimestamp", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    Value tz = a[1] ? a[1] : KR_NONE;
    time_t t;
    int us;
    if (kr_dt_check_tzinfo(th, tz) < 0 || timestamp_arg(th, a[0], true, &t, &us) < 0)
        return KR_VALUE_NULL;
    return from_utc_through(th, datetime_from_timet(th, CLS, t, us, tz == KR_NONE, tz), tz);
}

KR_LIB_FUNC(datetime_utcfromtimestamp)
{
    if (kr_dt_exact_args(th, "utcfromtimestamp", nargs - 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    time_t t;
    int us;
    if (timestamp_arg(th, args[1], true, &t, &us) < 0)
        return KR_VALUE_NULL;
    return datetime_from_timet(th, CLS, t, us, false, KR_NONE);
}

KR_LIB_FUNC(datetime_combine)
{
    static const char *const names[] = {"date", "time", "tzinfo", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "combine", args + 1, nargs - 1, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    if (!dt_is_date(a[0]))
        return kr_err_type_error(th, "combine() argument 1 must be datetime.date, not %s", kr_type_name(a[0]));
    if (!dt_is_time(a[1]))
        return kr_err_type_error(th, "combine() argument 2 must be datetime.time, not %s", kr_type_name(a[1]));
    Date *d = DT_DATE(a[0]);
    Time *t = DT_TIME(a[1]);
    Value tz = a[2] ? a[2] : t->tzinfo;
    if (a[2] && kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    return kr_dt_datetime_of_class(th, CLS, d->year, d->month, d->day, t->hour, t->minute, t->second,
                                   t->us, tz, t->fold);
}

KR_LIB_FUNC(datetime_fromisoformat)
{
    if (kr_argparse_one(th, "datetime.fromisoformat", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "fromisoformat: argument must be str");
    size_t n;
    uint32_t local[64];
    uint32_t *s = kr_dt_codepoints(th, args[1], &n, local, 64);
    if (!s)
        return KR_VALUE_NULL;
    size_t sep = kr_dt_find_iso_separator(s, n);
    int y, m, d, h = 0, mi = 0, sec = 0, us = 0, tzs = 0, tzus = 0;
    bool has_tz = false;
    if (kr_dt_parse_iso_date(s, sep, &y, &m, &d) < 0)
        return invalid_iso(th, args[1]);
    if (sep < n && (sep + 1 >= n || kr_dt_parse_iso_time(s + sep + 1, n - sep - 1, &h, &mi, &sec, &us,
                                                          &has_tz, &tzs, &tzus) < 0))
        return invalid_iso(th, args[1]);
    Value tz = KR_NONE;
    if (has_tz && !(tz = kr_dt_tz_from_offset(th, tzs, tzus)))
        return KR_VALUE_NULL;
    if (kr_dt_check_date(th, y, m, d) < 0 || kr_dt_check_time(th, h, mi, sec, us, 0) < 0)
        return KR_VALUE_NULL;
    return kr_dt_datetime_of_class(th, CLS, y, m, d, h, mi, sec, us, tz, 0);
}

KR_LIB_FUNC(datetime_strptime)
{
    if (kr_dt_exact_args(th, "strptime", nargs - 1, 2, kw) < 0)
        return KR_VALUE_NULL;
    Value a[3] = {args[0], args[1], args[2]};
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "strptime() argument 1 must be str, not %s", kr_arg_type_name(args[1]));
    if (!kr_str_check(args[2]))
        return kr_err_type_error(th, "strptime() argument 2 must be str, not %s", kr_arg_type_name(args[2]));
    return kr_dt_call_module(th, "_strptime", "_strptime_datetime", a, 3);
}

/* ---- datetime: fields, offsets, formatting ------------------------------------------- */

static Value dt_get_hour(Thread *th, Value v) { return kr_from_smallint(DT_DATETIME(v)->hour); }
static Value dt_get_minute(Thread *th, Value v) { return kr_from_smallint(DT_DATETIME(v)->minute); }
static Value dt_get_second(Thread *th, Value v) { return kr_from_smallint(DT_DATETIME(v)->second); }
static Value dt_get_us(Thread *th, Value v) { return kr_from_smallint(DT_DATETIME(v)->us); }
static Value dt_get_tzinfo(Thread *th, Value v) { return DT_DATETIME(v)->tzinfo; }
static Value dt_get_fold(Thread *th, Value v) { return kr_from_smallint(DT_DATETIME(v)->fold); }

static Value dt_offset(Thread *th, Value self) { return kr_dt_call_offset(th, "utcoffset", DT_DATETIME(self)->tzinfo, self); }

KR_LIB_FUNC(datetime_utcoffset)
{
    return kr_argparse_noargs(th, "datetime.utcoffset", nargs - 1, kw) < 0 ? KR_VALUE_NULL : dt_offset(th, args[0]);
}

KR_LIB_FUNC(datetime_dst)
{
    if (kr_argparse_noargs(th, "datetime.dst", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_dt_call_offset(th, "dst", SELF_DT->tzinfo, args[0]);
}

KR_LIB_FUNC(datetime_tzname)
{
    if (kr_argparse_noargs(th, "datetime.tzname", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_dt_call_tzname(th, SELF_DT->tzinfo, args[0]);
}

static Value datetime_repr(Thread *th, Value self)
{
    DateTime *t = DT_DATETIME(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(%d, %d, %d, %d, %d", kr_type_name(self), t->date.year, t->date.month,
                  t->date.day, t->hour, t->minute);
    if (t->second || t->us)
        kr_buf_printf(&b, ", %d", t->second);
    if (t->us)
        kr_buf_printf(&b, ", %d", t->us);
    if (t->fold)
        kr_buf_puts(&b, ", fold=1");
    if (t->tzinfo != KR_NONE) {
        kr_buf_puts(&b, ", tzinfo=");
        if (kr_libutil_repr_put(th, &b, t->tzinfo) < 0)
            return kr_buf_free(&b), KR_VALUE_NULL;
    }
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value datetime_str(Thread *th, Value self)
{
    Str *sp = kr_str_from_cstr(th, " ");
    Value a = sp ? kr_from_obj(sp) : KR_VALUE_NULL;
    return a ? kr_dt_call_method(th, self, "isoformat", &a, 1) : KR_VALUE_NULL;
}

/* timespec -> number of parts: 1 hours .. 5 microseconds, 0 auto, -1 bad */
int kr_dt_timespec_parts(Thread *th, Value spec)
{
    static const char *const specs[] = {"auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"};
    if (!spec)
        return 0;
    if (!kr_str_check(spec)) {
        kr_err_type_error(th, "isoformat() argument 2 must be str, not %s", kr_arg_type_name(spec));
        return -1;
    }
    size_t n;
    const char *s = kr_str_utf8(th, kr_as_str(spec), &n);
    for (int i = 0; s && i < 6; i++)
        if (strcmp(s, specs[i]) == 0)
            return i;
    if (s)
        kr_err_set_string(th, &kr_exc_ValueError, "Unknown timespec value");
    return -1;
}

/* HH[:MM[:SS[.fff[fff]]]] by timespec (parts from timespec_parts). */
void kr_dt_put_time(Buf *b, int parts, int h, int mi, int s, int us)
{
    if (parts == 0)
        parts = us ? 5 : 3;
    kr_buf_printf(b, "%02d", h);
    if (parts >= 2)
        kr_buf_printf(b, ":%02d", mi);
    if (parts >= 3)
        kr_buf_printf(b, ":%02d", s);
    if (parts == 4)
        kr_buf_printf(b, ".%03d", us / 1000);
    else if (parts == 5)
        kr_buf_printf(b, ".%06d", us);
}

/* Append the utcoffset of tzinfo(arg) as +HH:MM[...]; 0 or -1. */
int kr_dt_put_offset(Thread *th, Buf *b, Value tzinfo, Value arg, const char *sep)
{
    Value off = kr_dt_call_offset(th, "utcoffset", tzinfo, arg);
    if (!off)
        return -1;
    if (off != KR_NONE)
        kr_dt_format_offset(b, DT_DELTA(off), sep);
    return 0;
}

KR_LIB_FUNC(datetime_isoformat)
{
    static const char *const names[] = {"sep", "timespec", NULL};
    Value a[2];
    DateTime *n = SELF_DT;
    if (nargs == 1 && !kw && n->tzinfo == KR_NONE) {     /* the common case, without a Buf */
        char s[40];
        int len = snprintf(s, sizeof s, "%04d-%02d-%02dT%02d:%02d:%02d", n->date.year, n->date.month,
                           n->date.day, n->hour, n->minute, n->second);
        if (n->us)
            len += snprintf(s + len, sizeof s - (size_t)len, ".%06d", n->us);
        Str *r = kr_str_from_utf8(th, s, (size_t)len);
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    if (kr_libutil_parse(th, "isoformat", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    uint32_t sep = 'T';
    if (a[0]) {
        if (!kr_str_check(a[0]) || kr_as_str(a[0])->len != 1)
            return kr_err_type_error(th, "isoformat() argument 1 must be a unicode character, not %s",
                                     kr_type_name(a[0]));
        sep = kr_str_char(kr_as_str(a[0]), 0);
    }
    int parts = kr_dt_timespec_parts(th, a[1]);
    if (parts < 0)
        return KR_VALUE_NULL;
    DateTime *t = SELF_DT;
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%04d-%02d-%02d", t->date.year, t->date.month, t->date.day);
    kr_buf_put_utf8(&b, sep);
    kr_dt_put_time(&b, parts, t->hour, t->minute, t->second, t->us);
    if (kr_dt_put_offset(th, &b, t->tzinfo, args[0], ":") < 0)
        return kr_buf_free(&b), KR_VALUE_NULL;
    return kr_libutil_buf_value(th, &b);
}

KR_LIB_FUNC(datetime_date)
{
    if (kr_argparse_noargs(th, "datetime.date", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    Date *d = SELF_DATE;
    return kr_dt_date_new(th, NULL, d->year, d->month, d->day);
}

static Value dt_time(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name, bool tz)
{
    if (kr_argparse_noargs(th, name, nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    DateTime *t = SELF_DT;
    return kr_dt_time_new(th, NULL, t->hour, t->minute, t->second, t->us, tz ? t->tzinfo : KR_NONE, t->fold);
}

KR_LIB_FUNC(datetime_time) { return dt_time(th, args, nargs, kw, "datetime.time", false); }
KR_LIB_FUNC(datetime_timetz) { return dt_time(th, args, nargs, kw, "datetime.timetz", true); }

KR_LIB_FUNC(datetime_replace)
{
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second",
                                        "microsecond", "tzinfo", "fold", NULL};
    Value a[9];
    DateTime *t = SELF_DT;
    int64_t v[7], fold = t->fold;
    if (kr_libutil_parse_kwonly(th, "replace", args + 1, nargs - 1, kw, names, 0, 0, 1, a) < 0 ||
        int_args(th, a, 7, v, (int64_t[]){t->date.year, t->date.month, t->date.day, t->hour,
                                          t->minute, t->second, t->us}) < 0 ||
        (a[8] && kr_dt_int_arg(th, a[8], &fold) < 0))
        return KR_VALUE_NULL;
    Value tz = a[7] ? a[7] : t->tzinfo;
    if (kr_dt_check_date(th, v[0], v[1], v[2]) < 0 || kr_dt_check_time(th, v[3], v[4], v[5], v[6], fold) < 0 ||
        kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    return kr_dt_datetime_new(th, kr_type_of(args[0]), (int)v[0], (int)v[1], (int)v[2], (int)v[3],
                              (int)v[4], (int)v[5], (int)v[6], tz, (int)fold);
}

KR_LIB_FUNC(datetime_timetuple)
{
    if (kr_argparse_noargs(th, "datetime.timetuple", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    DateTime *t = SELF_DT;
    int dst = -1;
    if (t->tzinfo != KR_NONE) {
        Value d = kr_dt_call_offset(th, "dst", t->tzinfo, args[0]);
        if (!d)
            return KR_VALUE_NULL;
        if (d != KR_NONE) {
            Delta *dd = DT_DELTA(d);
            dst = dd->days || dd->seconds || dd->us;
        }
    }
    return kr_dt_timetuple(th, t->date.year, t->date.month, t->date.day, t->hour, t->minute, t->second, dst);
}

/* ---- datetime arithmetic -------------------------------------------------------------------- */

/* The fields of dt moved by delta (days, secs, us), in cls; fold is 0. */
static Value dt_plus(Thread *th, const DateTime *t, Type *cls, Value tz, int64_t days, int64_t secs,
                     int64_t us)
{
    int64_t total_us = (int64_t)t->us + us;
    int64_t total_s = ((int64_t)t->hour * 60 + t->minute) * 60 + t->second + secs;
    int64_t q = total_us / 1000000, r = total_us % 1000000;
    if (r < 0)
        r += 1000000, q--;
    total_s += q;
    int64_t qd = total_s / 86400, rs = total_s % 86400;
    if (rs < 0)
        rs += 86400, qd--;
    int64_t ord = kr_dt_ymd_to_ord(t->date.year, t->date.month, t->date.day) + days + qd;
    if (ord < 1 || ord > DT_MAXORDINAL) {
        kr_err_set_string(th, &kr_exc_OverflowError, "date value out of range");
        return KR_VALUE_NULL;
    }
    int y, m, d;
    kr_dt_ord_to_ymd(ord, &y, &m, &d);
    return kr_dt_datetime_of_class(th, cls, y, m, d, (int)(rs / 3600), (int)(rs / 60 % 60), (int)(rs % 60),
                                   (int)r, tz, 0);
}

static Value dt_plus_delta(Thread *th, Value dt, const Delta *d, int sign)
{
    DateTime *t = DT_DATETIME(dt);
    return dt_plus(th, t, kr_type_of(dt), t->tzinfo, sign * (int64_t)d->days, sign * (int64_t)d->seconds,
                   sign * (int64_t)d->us);
}

static Value datetime_add(Thread *th, Value a, Value b)
{
    if (dt_is_datetime(a) && dt_is_delta(b))
        return dt_plus_delta(th, a, DT_DELTA(b), 1);
    if (dt_is_delta(a) && dt_is_datetime(b))
        return dt_plus_delta(th, b, DT_DELTA(a), 1);
    return KR_NOTIMPL;
}

/* Seconds since 0001-01-01 of dt's fields (ignoring tzinfo) and its us. */
static int64_t dt_seconds(const DateTime *t)
{
    return kr_dt_utc_to_seconds(t->date.year, t->date.month, t->date.day, t->hour, t->minute, t->second);
}

/* datetime - timedelta, and datetime - datetime: with the same tzinfo
 * object the offsets are ignored (CPython's rule, also for tzinfos whose
 * offset depends on the date); otherwise both must be naive or aware. */
static Value datetime_sub(Thread *th, Value a, Value b)
{
    if (!dt_is_datetime(a))
        return KR_NOTIMPL;
    if (dt_is_delta(b))
        return dt_plus_delta(th, a, DT_DELTA(b), -1);
    if (!dt_is_datetime(b))
        return KR_NOTIMPL;
    DateTime *x = DT_DATETIME(a), *y = DT_DATETIME(b);
    int64_t offx = 0, offy = 0;
    if (x->tzinfo != y->tzinfo) {
        Value o1 = dt_offset(th, a), o2 = o1 ? dt_offset(th, b) : KR_VALUE_NULL;
        if (!o2)
            return KR_VALUE_NULL;
        if ((o1 == KR_NONE) != (o2 == KR_NONE))
            return kr_err_type_error(th, "can't subtract offset-naive and offset-aware datetimes");
        if (o1 != KR_NONE)
            offx = dt_delta_us(DT_DELTA(o1)), offy = dt_delta_us(DT_DELTA(o2));
    }
    int64_t secs = dt_seconds(x) - dt_seconds(y);
    int64_t us = (int64_t)x->us - y->us - offx + offy;
    return kr_dt_delta_new(th, NULL, 0, secs, us);
}

/* utcoffset of dt with its fold flipped (PEP 495's comparison rule). */
static Value flip_fold_offset(Thread *th, Value dt)
{
    DateTime *t = DT_DATETIME(dt);
    Value flip = kr_dt_datetime_new(th, NULL, t->date.year, t->date.month, t->date.day, t->hour, t->minute,
                                    t->second, t->us, t->tzinfo, !t->fold);
    return flip ? dt_offset(th, flip) : KR_VALUE_NULL;
}

static int offsets_differ(Value a, Value b)
{
    if (a == b)
        return 0;
    if (a == KR_NONE || b == KR_NONE)
        return 1;
    return dt_delta_us(DT_DELTA(a)) != dt_delta_us(DT_DELTA(b));
}

/* 1 when a == b must be false because either is in a fold or gap. */
static int pep495_exception(Thread *th, Value a, Value b, Value oa, Value ob)
{
    Value f = flip_fold_offset(th, a);
    if (!f)
        return -1;
    if (offsets_differ(f, oa))
        return 1;
    f = flip_fold_offset(th, b);
    if (!f)
        return -1;
    return offsets_differ(f, ob);
}

static int dt_field_cmp(const DateTime *a, const DateTime *b)
{
    int c = date_cmp(&a->date, &b->date);
    if (c)
        return c;
    int64_t x = ((int64_t)a->hour * 3600 + a->minute * 60 + a->second) * 1000000 + a->us;
    int64_t y = ((int64_t)b->hour * 3600 + b->minute * 60 + b->second) * 1000000 + b->us;
    return x < y ? -1 : x > y;
}

/* CPython's datetime_richcompare: same tzinfo object -> fields; equal
 * offsets -> fields; both aware -> by UTC; mixed -> only == and != work.
 * An == between aware datetimes is false when either is in a fold or gap
 * (PEP 495), which keeps hash() consistent with ==. */
static Value datetime_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!dt_is_datetime(b)) {
        if (!dt_is_date(b))
            return KR_NOTIMPL;
        if (op == KR_EQ || op == KR_NE)
            return kr_from_bool(op == KR_NE);
        return kr_dt_cmp_error(th, a, b);
    }
    DateTime *x = DT_DATETIME(a), *y = DT_DATETIME(b);
    if (x->tzinfo == y->tzinfo)
        return kr_dt_diff_to_bool(dt_field_cmp(x, y), op);
    Value o1 = dt_offset(th, a), o2 = o1 ? dt_offset(th, b) : KR_VALUE_NULL;
    if (!o2)
        return KR_VALUE_NULL;
    int diff;
    if (!offsets_differ(o1, o2)) {
        diff = dt_field_cmp(x, y);
    } else if (o1 != KR_NONE && o2 != KR_NONE) {
        Value d = datetime_sub(th, a, b);
        if (!d)
            return KR_VALUE_NULL;
        int64_t us = dt_delta_us(DT_DELTA(d));
        diff = us < 0 ? -1 : us > 0;
    } else if (op == KR_EQ || op == KR_NE) {
        return kr_from_bool(op == KR_NE);
    } else {
        return kr_err_type_error(th, "can't compare offset-naive and offset-aware datetimes");
    }
    if ((op == KR_EQ || op == KR_NE) && diff == 0) {
        int ex = pep495_exception(th, a, b, o1, o2);
        if (ex < 0)
            return KR_VALUE_NULL;
        diff = ex;
    }
    return kr_dt_diff_to_bool(diff, op);
}

/* Aware datetimes hash their UTC value, computed with fold=0 so both
 * readings of a repeated hour hash alike; naive ones their fields. */
static int datetime_hash(Thread *th, Value self, int64_t *h)
{
    DateTime *t = DT_DATETIME(self);
    Value off = KR_NONE;
    if (t->tzinfo != KR_NONE) {
        Value self0 = t->fold ? kr_dt_datetime_new(th, NULL, t->date.year, t->date.month, t->date.day, t->hour,
                                                   t->minute, t->second, t->us, t->tzinfo, 0)
                              : self;
        off = self0 ? dt_offset(th, self0) : KR_VALUE_NULL;
        if (!off)
            return -1;
    }
    int64_t us = t->us - (off == KR_NONE ? 0 : dt_delta_us(DT_DELTA(off)));
    int64_t secs = dt_seconds(t) + us / 1000000 - (us % 1000000 < 0);
    us = ((us % 1000000) + 1000000) % 1000000;
    *h = kr_dt_hash_mix(secs, us + (off == KR_NONE ? 0 : 7000000));
    return 0;
}

/* ---- datetime: conversions --------------------------------------------------------------- */

/* timezone(timedelta(seconds=gmtoff), zone) for POSIX time t. */
static Value local_timezone_at(Thread *th, time_t t)
{
    struct tm tm;
    if (broken_down(th, t, true, &tm) < 0)
        return KR_VALUE_NULL;
    Value off = kr_dt_delta_new(th, NULL, 0, tm.tm_gmtoff, 0);
    Str *name = off ? kr_str_from_cstr(th, tm.tm_zone ? tm.tm_zone : "") : NULL;
    return name ? kr_dt_timezone_new(th, off, kr_from_obj(name)) : KR_VALUE_NULL;
}

/* POSIX time of naive local fields, fold choosing in repeated hours and
 * gaps; -1 with an error set on failure. */
static int64_t naive_timestamp(Thread *th, const DateTime *t)
{
    int64_t s = kr_dt_local_to_seconds(th, t->date.year, t->date.month, t->date.day, t->hour, t->minute,
                                       t->second, t->fold);
    return s == -1 ? -1 : s - 719163LL * 86400;
}

KR_LIB_FUNC(datetime_timestamp)
{
    if (kr_argparse_noargs(th, "datetime.timestamp", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    DateTime *t = SELF_DT;
    if (t->tzinfo != KR_NONE) {
        Value off = dt_offset(th, args[0]);
        if (!off)
            return KR_VALUE_NULL;
        if (off != KR_NONE) {
            int64_t us = (dt_seconds(t) - 719163LL * 86400) * 1000000 + t->us - dt_delta_us(DT_DELTA(off));
            Value d = kr_dt_delta_new(th, NULL, 0, 0, us);
            return d ? kr_dt_call_method(th, d, "total_seconds", NULL, 0) : KR_VALUE_NULL;
        }
    }
    int64_t s = naive_timestamp(th, t);
    if (s == -1 && kr_err_occurred(th))
        return KR_VALUE_NULL;
    return kr_float_new(th, (double)s + t->us / 1e6);
}

/* astimezone(tz): self to UTC (a naive self is taken as local time, its
 * offset found by local_to_seconds), then tz.fromutc; tz None means the
 * system zone at that instant, as a fixed-offset timezone named after
 * tm_zone. */
KR_LIB_FUNC(datetime_astimezone)
{
    static const char *const names[] = {"tz", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "astimezone", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    Value tz = a[0] ? a[0] : KR_NONE, me = args[0];
    if (kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    DateTime *t = SELF_DT;
    Value self_tz = t->tzinfo, off = KR_NONE;
    if (self_tz != KR_NONE && !(off = dt_offset(th, me)))
        return KR_VALUE_NULL;
    if (self_tz == KR_NONE || off == KR_NONE) {
        int64_t s = naive_timestamp(th, t);
        if (s == -1 && kr_err_occurred(th))
            return KR_VALUE_NULL;
        if (!(self_tz = local_timezone_at(th, (time_t)s)))
            return KR_VALUE_NULL;
        off = ((TimeZone *)kr_as_obj(self_tz))->offset;
    } else if (self_tz == tz) {
        return me;
    }
    /* self - offset, as UTC, then tz.fromutc */
    Delta *od = DT_DELTA(off);
    Value utc = dt_plus(th, t, kr_type_of(me), kr_dt_utc(th), -(int64_t)od->days, -(int64_t)od->seconds,
                        -(int64_t)od->us);
    if (!utc)
        return KR_VALUE_NULL;
    if (tz == KR_NONE) {
        DateTime *u = DT_DATETIME(utc);
        time_t ts = (time_t)(dt_seconds(u) - 719163LL * 86400);
        if (!(tz = local_timezone_at(th, ts)))
            return KR_VALUE_NULL;
    }
    DT_DATETIME(utc)->tzinfo = tz;
    return kr_dt_call_method(th, tz, "fromutc", &utc, 1);
}

KR_LIB_FUNC(datetime_utctimetuple)
{
    if (kr_argparse_noargs(th, "datetime.utctimetuple", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    DateTime *t = SELF_DT;
    Value off = dt_offset(th, args[0]);
    if (!off)
        return KR_VALUE_NULL;
    if (off == KR_NONE)
        return kr_dt_timetuple(th, t->date.year, t->date.month, t->date.day, t->hour, t->minute, t->second, 0);
    Value u = dt_plus(th, t, NULL, KR_NONE, -(int64_t)DT_DELTA(off)->days, -(int64_t)DT_DELTA(off)->seconds,
                      -(int64_t)DT_DELTA(off)->us);
    if (!u)
        return KR_VALUE_NULL;
    DateTime *x = DT_DATETIME(u);
    return kr_dt_timetuple(th, x->date.year, x->date.month, x->date.day, x->hour, x->minute, x->second, 0);
}

/* (cls, (state[, tzinfo])): CPython's 10-byte state, so pickles move
 * between krait and CPython; fold only for protocol 4+, where old
 * unpicklers would not look for it. */
static Value dt_reduce(Thread *th, Value self, int proto)
{
    DateTime *t = DT_DATETIME(self);
    unsigned char s[10] = {(unsigned char)(t->date.year >> 8), (unsigned char)t->date.year,
                           (unsigned char)(t->date.month | (proto > 3 && t->fold ? 0x80 : 0)), t->date.day,
                           t->hour, t->minute, t->second, (unsigned char)(t->us >> 16),
                           (unsigned char)(t->us >> 8), (unsigned char)t->us};
    Value st = bytes_value(th, s, 10);
    Value a = st ? tuple_value(th, (Value[]){st, t->tzinfo}, t->tzinfo == KR_NONE ? 1 : 2) : KR_VALUE_NULL;
    return a ? tuple_value(th, (Value[]){kr_from_obj(kr_type_of(self)), a}, 2) : KR_VALUE_NULL;
}

KR_LIB_FUNC(datetime_reduce_ex)
{
    int64_t proto;
    if (kr_dt_exact_args(th, "__reduce_ex__", nargs - 1, 1, kw) < 0 || kr_dt_int_arg(th, args[1], &proto) < 0)
        return KR_VALUE_NULL;
    return dt_reduce(th, args[0], (int)proto);
}

KR_LIB_FUNC(datetime_reduce) { return dt_reduce(th, args[0], 2); }

static const MethodDef datetime_methods[] = {
    {"now", datetime_now, "($type, /, tz=None)", "Returns new datetime object representing current time local to tz.", KR_METH_CLASS},
    {"utcnow", datetime_utcnow, "($type, /)", "Return a new datetime representing UTC day and time.", KR_METH_CLASS},
    {"fromtimestamp", datetime_fromtimestamp, "($type, /, timestamp, tz=None)", "timestamp[, tz] -> tz's local time from POSIX timestamp.", KR_METH_CLASS},
    {"utcfromtimestamp", datetime_utcfromtimestamp, "($type, timestamp, /)", "Construct a naive UTC datetime from a POSIX timestamp.", KR_METH_CLASS | KR_METH_VARARGS},
    {"strptime", datetime_strptime, "($type, date_string, format, /)", "string, format -> new datetime parsed from a string (like time.strptime()).", KR_METH_CLASS | KR_METH_VARARGS},
    {"combine", datetime_combine, "($type, /, date, time, tzinfo=<unrepresentable>)", "date, time -> datetime with same date and time fields", KR_METH_CLASS},
    {"fromisoformat", datetime_fromisoformat, "($type, date_string, /)", "string -> datetime from a string in most ISO 8601 formats", KR_METH_CLASS},
    {"date", datetime_date, "($self, /)", "Return date object with same year, month and day.", 0},
    {"time", datetime_time, "($self, /)", "Return time object with same time but with tzinfo=None.", 0},
    {"timetz", datetime_timetz, "($self, /)", "Return time object with same time and tzinfo.", 0},
    {"ctime", date_ctime, "($self, /)", "Return ctime() style string.", 0},
    {"timetuple", datetime_timetuple, "($self, /)", "Return time tuple, compatible with time.localtime().", 0},
    {"timestamp", datetime_timestamp, "($self, /)", "Return POSIX timestamp as float.", 0},
    {"utctimetuple", datetime_utctimetuple, "($self, /)", "Return UTC time tuple, compatible with time.localtime().", 0},
    {"isoformat", datetime_isoformat, "($self, /, sep='T', timespec='auto')", "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].", 0},
    {"utcoffset", datetime_utcoffset, "($self, /)", "Return self.tzinfo.utcoffset(self).", 0},
    {"tzname", datetime_tzname, "($self, /)", "Return self.tzinfo.tzname(self).", 0},
    {"dst", datetime_dst, "($self, /)", "Return self.tzinfo.dst(self).", 0},
    {"replace", datetime_replace, "($self, /, year, month, day, hour, minute, second, microsecond, tzinfo, *, fold)", "Return datetime with new specified fields.", 0},
    {"astimezone", datetime_astimezone, "($self, /, tz=None)", "tz -> convert to local time in new timezone tz\n", 0},
    {"__reduce_ex__", datetime_reduce_ex, "($self, proto, /)", "__reduce_ex__(proto) -> (cls, state)", 0},
    {"__reduce__", datetime_reduce, "($self, /)", "__reduce__() -> (cls, state)", 0},
    {0},
};

static const MemberDef datetime_members[] = {
    {"hour", 0, dt_get_hour, NULL, NULL, KR_MEMBER_READONLY},
    {"minute", 0, dt_get_minute, NULL, NULL, KR_MEMBER_READONLY},
    {"second", 0, dt_get_second, NULL, NULL, KR_MEMBER_READONLY},
    {"microsecond", 0, dt_get_us, NULL, NULL, KR_MEMBER_READONLY},
    {"tzinfo", 0, dt_get_tzinfo, NULL, NULL, KR_MEMBER_READONLY},
    {"fold", 0, dt_get_fold, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_dt_datetime_type = {
    .hdr = {&kr_type_type}, .name = "datetime.datetime", .size = sizeof(DateTime),
    .flags = KR_TYPE_BASETYPE, .base = &kr_dt_date_type, .new_ = datetime_py_new,
    .repr = datetime_repr, .str = datetime_str, .hash = datetime_hash,
    .richcompare = datetime_richcompare, .methods = datetime_methods, .members = datetime_members,
    .binop = {[KR_OP_ADD] = datetime_add, [KR_OP_SUB] = datetime_sub},
};

static int set_attr(Thread *th, Type *t, const char *name, Value v)
{
    Str *k = kr_str_intern_cstr(th, name);
    return v && k ? kr_dict_set_str(th, t->dict, k, v) : -1;
}

int kr_dt_init_date(Thread *th, Module *m)
{
    if (kr_libutil_add_type(th, m, &kr_dt_date_type) < 0 || kr_libutil_add_type(th, m, &kr_dt_datetime_type) < 0)
        return -1;
    Type *d = &kr_dt_date_type, *t = &kr_dt_datetime_type;
    return set_attr(th, d, "min", kr_dt_date_new(th, NULL, 1, 1, 1)) < 0 ||
           set_attr(th, d, "max", kr_dt_date_new(th, NULL, 9999, 12, 31)) < 0 ||
           set_attr(th, d, "resolution", kr_dt_delta_new(th, NULL, 1, 0, 0)) < 0 ||
           set_attr(th, t, "min", kr_dt_datetime_new(th, NULL, 1, 1, 1, 0, 0, 0, 0, KR_NONE, 0)) < 0 ||
           set_attr(th, t, "max", kr_dt_datetime_new(th, NULL, 9999, 12, 31, 23, 59, 59, 999999, KR_NONE, 0)) < 0 ||
           set_attr(th, t, "resolution", kr_dt_delta_new(th, NULL, 0, 0, 1)) < 0 ? -1 : 0;
}
