/*
 * _datetime_time.c -- datetime.time, the ISO 8601 parsers behind the
 * fromisoformat classmethods, and strftime for all three types
 * (_datetime.h describes the layouts).
 *
 * The parsers follow CPython 3.11's C ones step by step, including what
 * they accept beyond datetime.isoformat()'s output (basic format, ISO
 * week dates, a ',' before the fraction, any separator character): the
 * string is read as code points followed by zero sentinels, standing in
 * for the NUL terminator the C parsers test for.
 */
#include <string.h>

#include "modules/_datetime.h"
#include "modules/libutil.h"

#include "core/buf.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/unicodeerror.h"
#include "objects/function.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { SENTINELS = 16 };

uint32_t *kr_dt_codepoints(Thread *th, Value str, size_t *n, uint32_t *local, size_t local_len)
{
    Str *s = kr_as_str(str);
    size_t need = (size_t)s->len + SENTINELS;
    uint32_t *cp = need <= local_len ? local : kr_gc_alloc_atomic(need * sizeof(uint32_t));
    if (!cp) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < s->len; i++)
        cp[i] = kr_str_char(s, i);
    memset(cp + s->len, 0, SENTINELS * sizeof(uint32_t));
    *n = (size_t)s->len;
    return cp;
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* n digits at p into *v: the position after them, or NULL. */
static const uint32_t *parse_digits(const uint32_t *p, int *v, size_t n)
{
    *v = 0;
    for (size_t i = 0; i < n; i++, p++) {
        if (!is_digit(*p))
            return NULL;
        *v = *v * 10 + (int)(*p - '0');
    }
    return p;
}

/* ISO year, week, weekday to a date, without the range check of the
 * year (the constructor makes it); -1 for a bad week or day. */
static int iso_to_ymd(int year, int week, int day, int *y, int *m, int *d)
{
    if (week <= 0 || week >= 53) {
        int first = year >= 1 ? kr_dt_weekday(year, 1, 1) : 0;
        if (!(week == 53 && (first == 3 || (first == 2 && kr_dt_is_leap(year)))))
            return -1;
    }
    if (day <= 0 || day >= 8)
        return -1;
    int64_t ord = kr_dt_iso_week1_monday(year) + (week - 1) * 7 + day - 1;
    if (ord < 1 || ord > DT_MAXORDINAL)
        return -1;
    kr_dt_ord_to_ymd(ord, y, m, d);
    return 0;
}

int kr_dt_parse_iso_date(const uint32_t *s, size_t n, int *y, int *m, int *d)
{
    const uint32_t *p = parse_digits(s, y, 4);
    if (!p)
        return -1;
    bool sep = *p == '-';
    if (sep)
        p++;
    if (*p == 'W') {
        int week, day = 1;
        if (!(p = parse_digits(p + 1, &week, 2)))
            return -1;
        if ((size_t)(p - s) < n) {
            if (sep && *p++ != '-')
                return -1;
            if (!parse_digits(p, &day, 1))
                return -1;
        }
        return iso_to_ymd(*y, week, day, y, m, d);
    }
    if (!(p = parse_digits(p, m, 2)))
        return -1;
    if (sep && *p++ != '-')
        return -1;
    return parse_digits(p, d, 2) ? 0 : -1;
}

/* Where the date part of a datetime string ends (CPython's
 * _find_isoformat_datetime_separator; the layouts it tells apart are
 * YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD). */
size_t kr_dt_find_iso_separator(const uint32_t *s, size_t n)
{
    if (n == 7)
        return 7;
    if (s[4] == '-') {
        if (s[5] != 'W')
            return 10;
        if (n > 8 && s[8] == '-') {
            if (n == 9)
                return (size_t)-1;
            return n > 10 && is_digit(s[10]) ? 8 : 10;
        }
        return 8;
    }
    if (s[4] != 'W')
        return 8;
    size_t i = 7;
    while (i < n && is_digit(s[i]))
        i++;
    if (i < 9)
        return i;
    return i % 2 == 0 ? 7 : 8;
}

/* [HH[:?MM[:?SS[{.,}f+]]]] up to end: 0 done at end, 1 more follows,
 * -1 bad. */
static int parse_hh_mm_ss_ff(const uint32_t *p, const uint32_t *end, int *h, int *mi, int *s, int *us)
{
    int *vals[3] = {h, mi, s};
    *h = *mi = *s = *us = 0;
    bool has_sep = true;
    for (int i = 0; i < 3; i++) {
        if (!(p = parse_digits(p, vals[i], 2)))
            return -1;
        uint32_t c = *p++;
        if (i == 0)
            has_sep = c == ':';
        if (p >= end)
            return c != 0;
        if (has_sep && c == ':')
            continue;
        if (c == '.' || c == ',')
            goto fraction;
        if (has_sep)
            return -1;
        p--;
    }
fraction:;
    size_t left = (size_t)(end - p), take = left >= 6 ? 6 : left;
    if (!(p = parse_digits(p, us, take)))
        return -1;
    static const int scale[] = {1000000, 100000, 10000, 1000, 100, 10, 1};
    *us = take ? *us * scale[take] : 0;
    while (is_digit(*p))
        p++;
    return *p != 0;
}

int kr_dt_parse_iso_time(const uint32_t *s, size_t n, int *h, int *mi, int *sec, int *us, bool *has_tz,
                         int *tzsecs, int *tzus)
{
    const uint32_t *end = s + n, *tz = s;
    *has_tz = false;
    do {
        if (*tz == 'Z' || *tz == '+' || *tz == '-')
            break;
    } while (++tz < end);
    int rv = parse_hh_mm_ss_ff(s, tz, h, mi, sec, us);
    if (rv < 0)
        return -1;
    if (tz >= end)
        return rv == 1 ? -1 : 0;
    *has_tz = true;
    if (*tz == 'Z') {
        *tzsecs = *tzus = 0;
        return tz[1] != 0 ? -1 : 0;
    }
    int sign = *tz == '-' ? -1 : 1, th_, tm, ts;
    rv = parse_hh_mm_ss_ff(tz + 1, end, &th_, &tm, &ts, tzus);
    *tzsecs = sign * (th_ * 3600 + tm * 60 + ts);
    *tzus *= sign;
    return rv ? -1 : 0;
}

/* ---- strftime ---------------------------------------------------------------------- */

/* Append s, its '%' doubled when asked; a surrogate is the
 * UnicodeEncodeError CPython's UTF-8 encoding of the format raises. */
static int put_utf8(Thread *th, Buf *b, Str *s, bool double_pct)
{
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c >= 0xD800 && c <= 0xDFFF) {
            kr_unicodeerror_encode(th, "utf-8", s, i, i + 1, "surrogates not allowed");
            return -1;
        }
        if (c == '%' && double_pct)
            kr_buf_putc(b, '%');
        kr_buf_put_utf8(b, c);
    }
    return 0;
}

/* The replacement of %Z: tzname with its '%' doubled, or "". */
static int put_tzname(Thread *th, Buf *b, Value tzinfo, Value arg)
{
    if (tzinfo == KR_NONE)
        return 0;
    Value name = kr_dt_call_tzname(th, tzinfo, arg);
    if (!name)
        return -1;
    if (name == KR_NONE)
        return 0;
    if (!kr_is_str(name)) {      /* a str subclass: its own replace() */
        Str *pct = kr_str_from_cstr(th, "%"), *pct2 = pct ? kr_str_from_cstr(th, "%%") : NULL;
        Value a[2] = {pct ? kr_from_obj(pct) : 0, pct2 ? kr_from_obj(pct2) : 0};
        Value r = pct2 ? kr_dt_call_method(th, name, "replace", a, 2) : KR_VALUE_NULL;
        if (!r)
            return -1;
        if (!kr_str_check(r))
            return kr_err_type_error(th, "tzname.replace() did not return a string"), -1;
        return put_utf8(th, b, kr_as_str(r), false);
    }
    return put_utf8(th, b, kr_as_str(name), true);
}

/* obj.strftime(fmt): %z, %Z and %f are replaced here, the rest is
 * time.strftime(fmt', timetuple)'s (CPython's wrap_strftime). */
Value kr_dt_strftime(Thread *th, Value obj, Value fmt, Value timetuple)
{
    Value tzinfo = KR_VALUE_NULL, arg = KR_NONE;
    int us = 0;
    if (dt_is_datetime(obj))
        tzinfo = DT_DATETIME(obj)->tzinfo, arg = obj, us = DT_DATETIME(obj)->us;
    else if (dt_is_time(obj))
        tzinfo = DT_TIME(obj)->tzinfo, us = DT_TIME(obj)->us;
    Str *f = kr_as_str(fmt);
    Buf b;
    kr_buf_init(&b);
    for (int64_t i = 0; i < f->len; i++) {
        uint32_t c = kr_str_char(f, i);
        if (c >= 0xD800 && c <= 0xDFFF) {
            kr_unicodeerror_encode(th, "utf-8", f, i, i + 1, "surrogates not allowed");
            goto fail;
        }
        if (c != '%' || i + 1 == f->len) {
            kr_buf_put_utf8(&b, c);
            continue;
        }
        uint32_t d = kr_str_char(f, ++i);
        if (d == 'z') {
            if (tzinfo && kr_dt_put_offset(th, &b, tzinfo, arg, "") < 0)
                goto fail;
        } else if (d == 'Z') {
            if (tzinfo && put_tzname(th, &b, tzinfo, arg) < 0)
                goto fail;
        } else if (d == 'f') {
            kr_buf_printf(&b, "%06d", us);
        } else {
            kr_buf_putc(&b, '%');
            kr_buf_put_utf8(&b, d);
        }
    }
    Value nf = kr_libutil_buf_value(th, &b);
    Value a[2] = {nf, timetuple};
    return nf ? kr_dt_call_module(th, "time", "strftime", a, 2) : KR_VALUE_NULL;
fail:
    kr_buf_free(&b);
    return KR_VALUE_NULL;
}

/* ---- time ------------------------------------------------------------------------- */

#define SELF_TIME DT_TIME(args[0])

Value kr_dt_time_new(Thread *th, Type *type, int h, int mi, int s, int us, Value tz, int fold)
{
    Time *t = kr_libutil_alloc(th, type ? type : &kr_dt_time_type);
    if (!t)
        return KR_VALUE_NULL;
    t->hour = (uint8_t)h, t->minute = (uint8_t)mi, t->second = (uint8_t)s, t->us = us;
    t->tzinfo = tz ? tz : KR_NONE, t->fold = (uint8_t)fold;
    return kr_from_obj(t);
}

static int time_ints(Thread *th, const Value *a, int64_t *v)
{
    for (int i = 0; i < 4; i++)
        if (a[i] && kr_dt_int_arg(th, a[i], &v[i]) < 0)
            return -1;
    return 0;
}

/* time(...), or time(state[, tzinfo]): a 6-byte state (bytes, or a
 * latin-1 str from Python 2) whose hour byte, fold bit masked, is < 24. */
static Value time_py_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    const unsigned char *d = (nargs == 1 || nargs == 2) && !kw ? kr_dt_state_bytes(args[0], 6) : NULL;
    if (d) {
        if ((d[0] & 0x7F) < 24) {
            Value tz = nargs == 2 ? args[1] : KR_NONE;
            if (tz != KR_NONE && !dt_is_tzinfo(tz))
                return kr_err_type_error(th, "bad tzinfo state arg");
            return kr_dt_time_new(th, type, d[0] & 0x7F, d[1], d[2], (d[3] << 16) | (d[4] << 8) | d[5], tz,
                                  d[0] >> 7);
        }
    }
    static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    Value a[6];
    int64_t v[4] = {0, 0, 0, 0}, fold = 0;
    if (kr_dt_parse_anon(th, args, nargs, kw, names, 0, 1, a) < 0 || time_ints(th, a, v) < 0 ||
        (a[5] && kr_dt_int_arg(th, a[5], &fold) < 0))
        return KR_VALUE_NULL;
    Value tz = a[4] ? a[4] : KR_NONE;
    if (kr_dt_check_time(th, v[0], v[1], v[2], v[3], fold) < 0 || kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    return kr_dt_time_new(th, type, (int)v[0], (int)v[1], (int)v[2], (int)v[3], tz, (int)fold);
}

static Value time_get_hour(Thread *th, Value v) { return kr_from_smallint(DT_TIME(v)->hour); }
static Value time_get_minute(Thread *th, Value v) { return kr_from_smallint(DT_TIME(v)->minute); }
static Value time_get_second(Thread *th, Value v) { return kr_from_smallint(DT_TIME(v)->second); }
static Value time_get_us(Thread *th, Value v) { return kr_from_smallint(DT_TIME(v)->us); }
static Value time_get_tzinfo(Thread *th, Value v) { return DT_TIME(v)->tzinfo; }
static Value time_get_fold(Thread *th, Value v) { return kr_from_smallint(DT_TIME(v)->fold); }

static Value time_repr(Thread *th, Value self)
{
    Time *t = DT_TIME(self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s(%d, %d", kr_type_name(self), t->hour, t->minute);
    if (t->second || t->us)
        kr_buf_printf(&b, ", %d", t->second);
    if (t->us)
        kr_buf_printf(&b, ", %d", t->us);
    if (t->tzinfo != KR_NONE) {
        kr_buf_puts(&b, ", tzinfo=");
        if (kr_libutil_repr_put(th, &b, t->tzinfo) < 0)
            return kr_buf_free(&b), KR_VALUE_NULL;
    }
    if (t->fold)
        kr_buf_puts(&b, ", fold=1");
    kr_buf_putc(&b, ')');
    return kr_libutil_buf_value(th, &b);
}

static Value time_str(Thread *th, Value self) { return kr_dt_call_method(th, self, "isoformat", NULL, 0); }

KR_LIB_FUNC(time_isoformat)
{
    static const char *const names[] = {"timespec", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "isoformat", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    int parts = kr_dt_timespec_parts(th, a[0]);
    if (parts < 0)
        return KR_VALUE_NULL;
    Time *t = SELF_TIME;
    Buf b;
    kr_buf_init(&b);
    kr_dt_put_time(&b, parts, t->hour, t->minute, t->second, t->us);
    if (kr_dt_put_offset(th, &b, t->tzinfo, KR_NONE, ":") < 0)
        return kr_buf_free(&b), KR_VALUE_NULL;
    return kr_libutil_buf_value(th, &b);
}

KR_LIB_FUNC(time_strftime)
{
    static const char *const names[] = {"format", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "strftime", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0]))
        return kr_err_type_error(th, "strftime() argument 1 must be str, not %s", kr_arg_type_name(a[0]));
    Time *t = SELF_TIME;
    Value v[9];
    int f[9] = {1900, 1, 1, t->hour, t->minute, t->second, 0, 1, -1};
    for (int i = 0; i < 9; i++)
        v[i] = kr_from_smallint(f[i]);
    Tuple *tt = kr_tuple_from_array(th, v, 9);
    return tt ? kr_dt_strftime(th, args[0], a[0], kr_from_obj(tt)) : KR_VALUE_NULL;
}

static Value time_offset(Thread *th, Value self, const char *name)
{
    return kr_dt_call_offset(th, name, DT_TIME(self)->tzinfo, KR_NONE);
}

KR_LIB_FUNC(time_utcoffset)
{
    return kr_argparse_noargs(th, "time.utcoffset", nargs - 1, kw) < 0 ? KR_VALUE_NULL : time_offset(th, args[0], "utcoffset");
}

KR_LIB_FUNC(time_dst)
{
    return kr_argparse_noargs(th, "time.dst", nargs - 1, kw) < 0 ? KR_VALUE_NULL : time_offset(th, args[0], "dst");
}

KR_LIB_FUNC(time_tzname)
{
    if (kr_argparse_noargs(th, "time.tzname", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    return kr_dt_call_tzname(th, SELF_TIME->tzinfo, KR_NONE);
}

KR_LIB_FUNC(time_replace)
{
    static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    Value a[6];
    Time *t = SELF_TIME;
    int64_t v[4] = {t->hour, t->minute, t->second, t->us}, fold = t->fold;
    if (kr_libutil_parse_kwonly(th, "replace", args + 1, nargs - 1, kw, names, 0, 0, 1, a) < 0 ||
        time_ints(th, a, v) < 0 || (a[5] && kr_dt_int_arg(th, a[5], &fold) < 0))
        return KR_VALUE_NULL;
    Value tz = a[4] ? a[4] : t->tzinfo;
    if (kr_dt_check_time(th, v[0], v[1], v[2], v[3], fold) < 0 || kr_dt_check_tzinfo(th, tz) < 0)
        return KR_VALUE_NULL;
    return kr_dt_time_new(th, kr_type_of(args[0]), (int)v[0], (int)v[1], (int)v[2], (int)v[3], tz, (int)fold);
}

KR_LIB_FUNC(time_fromisoformat)
{
    if (kr_argparse_one(th, "time.fromisoformat", nargs - 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "fromisoformat: argument must be str");
    size_t n;
    uint32_t local[64];
    uint32_t *s = kr_dt_codepoints(th, args[1], &n, local, 64);
    if (!s)
        return KR_VALUE_NULL;
    uint32_t *p = s;
    if (n > 0 && *p == 'T')
        p++, n--;
    int h, mi, sec, us, tzs = 0, tzus = 0;
    bool has_tz;
    if (n == 0 || kr_dt_parse_iso_time(p, n, &h, &mi, &sec, &us, &has_tz, &tzs, &tzus) < 0) {
        kr_err_format(th, &kr_exc_ValueError, "Invalid isoformat string: %R", args[1]);
        return KR_VALUE_NULL;
    }
    Value tz = has_tz ? kr_dt_tz_from_offset(th, tzs, tzus) : KR_NONE;
    if (!tz || kr_dt_check_time(th, h, mi, sec, us, 0) < 0)
        return KR_VALUE_NULL;
    Type *cls = (Type *)kr_as_obj(args[0]);
    if (cls == &kr_dt_time_type)
        return kr_dt_time_new(th, cls, h, mi, sec, us, tz, 0);
    Value a[5] = {kr_from_smallint(h), kr_from_smallint(mi), kr_from_smallint(sec), kr_from_smallint(us), tz};
    return kr_vm_call(th, args[0], a, 5, NULL);
}

static Value time_reduce_proto(Thread *th, Value self, int proto)
{
    Time *t = DT_TIME(self);
    unsigned char s[6] = {(unsigned char)(t->hour | (proto > 3 && t->fold ? 0x80 : 0)), t->minute, t->second,
                          (unsigned char)(t->us >> 16), (unsigned char)(t->us >> 8), (unsigned char)t->us};
    Bytes *b = kr_bytes_new(th, s, 6);
    Tuple *st = b ? kr_tuple_from_array(th, (Value[]){kr_from_obj(b), t->tzinfo}, t->tzinfo == KR_NONE ? 1 : 2)
                  : NULL;
    Tuple *r = st ? kr_tuple_from_array(th, (Value[]){kr_from_obj(kr_type_of(self)), kr_from_obj(st)}, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

KR_LIB_FUNC(time_reduce_ex)
{
    int64_t proto;
    if (kr_dt_exact_args(th, "__reduce_ex__", nargs - 1, 1, kw) < 0 || kr_dt_int_arg(th, args[1], &proto) < 0)
        return KR_VALUE_NULL;
    return time_reduce_proto(th, args[0], (int)proto);
}

KR_LIB_FUNC(time_reduce) { return time_reduce_proto(th, args[0], 2); }

KR_LIB_FUNC(time_format)
{
    if (kr_dt_exact_args(th, "__format__", nargs - 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "__format__() argument 1 must be str, not %s", kr_arg_type_name(args[1]));
    if (kr_as_str(args[1])->len == 0)
        return kr_object_str(th, args[0]);
    return kr_dt_call_method(th, args[0], "strftime", &args[1], 1);
}

/* Microseconds since midnight minus the utcoffset; *aware tells. */
static int time_utc_us(Thread *th, Value self, Value off, int64_t *us)
{
    Time *t = DT_TIME(self);
    *us = (((int64_t)t->hour * 60 + t->minute) * 60 + t->second) * 1000000 + t->us;
    if (off != KR_NONE)
        *us -= dt_delta_us(DT_DELTA(off));
    return 0;
}

/* Times compare like datetimes without a date: by fields when the tzinfo
 * objects are the same, else by fields minus utcoffset(None); naive
 * against aware supports only == and !=. */
static Value time_richcompare(Thread *th, Value a, Value b, int op)
{
    if (!dt_is_time(b))
        return KR_NOTIMPL;
    Value o1 = KR_NONE, o2 = KR_NONE;
    if (DT_TIME(a)->tzinfo != DT_TIME(b)->tzinfo) {
        o1 = time_offset(th, a, "utcoffset");
        o2 = o1 ? time_offset(th, b, "utcoffset") : KR_VALUE_NULL;
        if (!o2)
            return KR_VALUE_NULL;
        if ((o1 == KR_NONE) != (o2 == KR_NONE)) {
            if (op == KR_EQ || op == KR_NE)
                return kr_from_bool(op == KR_NE);
            return kr_err_type_error(th, "can't compare offset-naive and offset-aware times");
        }
    }
    int64_t x, y;
    if (time_utc_us(th, a, o1, &x) < 0 || time_utc_us(th, b, o2, &y) < 0)
        return KR_VALUE_NULL;
    return kr_dt_diff_to_bool(x < y ? -1 : x > y, op);
}

/* Aware times hash their UTC microseconds (so equal times in different
 * zones agree), naive ones their fields; fold never enters. */
static int time_hash(Thread *th, Value self, int64_t *h)
{
    Value off = KR_NONE;
    Time *t = DT_TIME(self);
    if (t->tzinfo != KR_NONE && !(off = time_offset(th, self, "utcoffset")))
        return -1;
    int64_t us;
    if (time_utc_us(th, self, off, &us) < 0)
        return -1;
    *h = kr_dt_hash_mix(us, off == KR_NONE ? 11 : 13);
    return 0;
}

static const MethodDef time_methods[] = {
    {"isoformat", time_isoformat, "($self, /, timespec='auto')", "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].", 0},
    {"strftime", time_strftime, "($self, /, format)", "format -> strftime() style string.", 0},
    {"__format__", time_format, "($self, format, /)", "Formats self with strftime.", 0},
    {"utcoffset", time_utcoffset, "($self, /)", "Return self.tzinfo.utcoffset(self).", 0},
    {"tzname", time_tzname, "($self, /)", "Return self.tzinfo.tzname(self).", 0},
    {"dst", time_dst, "($self, /)", "Return self.tzinfo.dst(self).", 0},
    {"replace", time_replace, "($self, /, hour, minute, second, microsecond, tzinfo, *, fold)", "Return time with new specified fields.", 0},
    {"fromisoformat", time_fromisoformat, "($type, time_string, /)", "string -> time from a string in ISO 8601 format", KR_METH_CLASS},
    {"__reduce_ex__", time_reduce_ex, "($self, proto, /)", "__reduce_ex__(proto) -> (cls, state)", 0},
    {"__reduce__", time_reduce, "($self, /)", "__reduce__() -> (cls, state)", 0},
    {0},
};

static const MemberDef time_members[] = {
    {"hour", 0, time_get_hour, NULL, NULL, KR_MEMBER_READONLY},
    {"minute", 0, time_get_minute, NULL, NULL, KR_MEMBER_READONLY},
    {"second", 0, time_get_second, NULL, NULL, KR_MEMBER_READONLY},
    {"microsecond", 0, time_get_us, NULL, NULL, KR_MEMBER_READONLY},
    {"tzinfo", 0, time_get_tzinfo, NULL, NULL, KR_MEMBER_READONLY},
    {"fold", 0, time_get_fold, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_dt_time_type = {
    .hdr = {&kr_type_type}, .name = "datetime.time", .size = sizeof(Time),
    .flags = KR_TYPE_BASETYPE, .new_ = time_py_new, .repr = time_repr, .str = time_str,
    .hash = time_hash, .richcompare = time_richcompare, .methods = time_methods,
    .members = time_members,
};

/* ---- IsoCalendarDate ------------------------------------------------------------------- */

static const char *const isocal_fields[] = {"year", "week", "weekday", NULL};
static const StructSeqDesc isocal_desc = {"datetime.IsoCalendarDate", isocal_fields, 3, true};
Type kr_dt_isocal_type;

/* An IsoCalendarDate pickles as the plain tuple it is (CPython's
 * iso_calendar_date_reduce). */
KR_LIB_FUNC(isocal_reduce)
{
    Tuple *src = kr_as_tuple(args[0]);
    Tuple *plain = kr_tuple_from_array(th, src->items, src->size);
    Value a = plain ? kr_from_obj(plain) : KR_VALUE_NULL;
    Tuple *inner = a ? kr_tuple_from_array(th, &a, 1) : NULL;
    Tuple *r = inner ? kr_tuple_from_array(th, (Value[]){kr_from_obj(&kr_tuple_type), kr_from_obj(inner)}, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static const MethodDef isocal_reduce_def = {"__reduce__", isocal_reduce, "($self, /)", "__reduce__() -> (cls, state)", 0};

/* IsoCalendarDate(year, week, weekday), as CPython's (a struct
 * sequence's own constructor takes one sequence). */
static Value isocal_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"year", "week", "weekday", NULL};
    Value a[3];
    int64_t v[3];
    if (kr_libutil_parse(th, "IsoCalendarDate", args, nargs, kw, names, 0, 3, a) < 0)
        return KR_VALUE_NULL;
    for (int i = 0; i < 3; i++)
        if (kr_dt_int_arg(th, a[i], &v[i]) < 0)
            return KR_VALUE_NULL;
    Value f[3] = {kr_from_smallint(v[0]), kr_from_smallint(v[1]), kr_from_smallint(v[2])};
    return kr_structseq_new(th, &kr_dt_isocal_type, f);
}

static int init_isocal(Thread *th)
{
    if (kr_dt_isocal_type.flags & KR_TYPE_READY)
        return 0;
    if (kr_structseq_init_type(th, &kr_dt_isocal_type, &isocal_desc) < 0)
        return -1;
    kr_dt_isocal_type.new_ = isocal_new;
    Value m = kr_method_descr_new(th, &isocal_reduce_def, &kr_dt_isocal_type);
    Str *k = kr_str_intern_cstr(th, "__reduce__");
    return m && k ? kr_dict_set_str(th, kr_dt_isocal_type.dict, k, m) : -1;
}

int kr_dt_init_time(Thread *th, Module *m)
{
    if (kr_libutil_add_type(th, m, &kr_dt_time_type) < 0 || init_isocal(th) < 0)
        return -1;
    Type *t = &kr_dt_time_type;
    Value lo = kr_dt_time_new(th, NULL, 0, 0, 0, 0, KR_NONE, 0);
    Value hi = kr_dt_time_new(th, NULL, 23, 59, 59, 999999, KR_NONE, 0);
    Value res = kr_dt_delta_new(th, NULL, 0, 0, 1);
    Str *k_min = kr_str_intern_cstr(th, "min"), *k_max = kr_str_intern_cstr(th, "max");
    Str *k_res = kr_str_intern_cstr(th, "resolution");
    if (!lo || !hi || !res || !k_min || !k_max || !k_res)
        return -1;
    return kr_dict_set_str(th, t->dict, k_min, lo) < 0 || kr_dict_set_str(th, t->dict, k_max, hi) < 0 ||
           kr_dict_set_str(th, t->dict, k_res, res) < 0 ? -1 : 0;
}
