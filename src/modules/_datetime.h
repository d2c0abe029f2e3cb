/*
 * _datetime.h -- the layouts and helpers shared by the files of the
 * _datetime module (CPython's Modules/_datetimemodule.c, whose behaviour
 * and messages these files reproduce):
 *
 *   _datetime.c        the module, the calendar arithmetic, timedelta,
 *                      tzinfo and timezone
 *   _datetime_date.c   date and datetime
 *   _datetime_time.c   time, isoformat parsing (fromisoformat), strftime
 *
 * Every object is immutable and holds its fields as C integers, so
 * arithmetic never allocates more than its result.  datetime is a
 * subclass of date in Python and in C: DateTime starts with a Date, so
 * date's methods read a datetime's date part directly.  The only Value
 * fields are the tzinfo of time and datetime and timezone's offset and
 * name; the objects come from kr_gc_alloc, which the collector scans.
 */
#ifndef KR_DATETIME_H
#define KR_DATETIME_H

#include "core/buf.h"
#include "objects/argparse.h"
#include "objects/object.h"

struct Module;

enum { DT_MINYEAR = 1, DT_MAXYEAR = 9999, DT_MAXORDINAL = 3652059, DT_MAX_DELTA_DAYS = 999999999 };

typedef struct Delta {
    Obj hdr;
    int32_t days;           /* -999999999 .. 999999999 */
    int32_t seconds;        /* 0 .. 86399 */
    int32_t us;             /* 0 .. 999999 */
} Delta;

typedef struct Date {
    Obj hdr;
    int32_t year;
    uint8_t month, day;
} Date;

typedef struct Time {
    Obj hdr;
    Value tzinfo;           /* None or a tzinfo */
    uint8_t hour, minute, second, fold;
    int32_t us;
} Time;

typedef struct DateTime {
    Date date;              /* first: date's methods see a Date */
    Value tzinfo;
    uint8_t hour, minute, second, fold;
    int32_t us;
} DateTime;

typedef struct TimeZone {
    Obj hdr;
    Value offset;           /* a timedelta strictly within one day */
    Value name;             /* a str, or KR_VALUE_NULL: derived from offset */
} TimeZone;

extern Type kr_dt_delta_type, kr_dt_date_type, kr_dt_time_type, kr_dt_datetime_type,
    kr_dt_tzinfo_type, kr_dt_timezone_type;

static inline bool dt_is_delta(Value v) { return kr_isinstance_type(v, &kr_dt_delta_type); }
static inline bool dt_is_date(Value v) { return kr_isinstance_type(v, &kr_dt_date_type); }
static inline bool dt_is_datetime(Value v) { return kr_isinstance_type(v, &kr_dt_datetime_type); }
static inline bool dt_is_time(Value v) { return kr_isinstance_type(v, &kr_dt_time_type); }
static inline bool dt_is_tzinfo(Value v) { return kr_isinstance_type(v, &kr_dt_tzinfo_type); }
#define DT_DELTA(v) ((Delta *)kr_as_obj(v))
#define DT_DATE(v) ((Date *)kr_as_obj(v))
#define DT_TIME(v) ((Time *)kr_as_obj(v))
#define DT_DATETIME(v) ((DateTime *)kr_as_obj(v))

/* ---- calendar (proleptic Gregorian, ordinal 1 = 0001-01-01) ---- */
bool kr_dt_is_leap(int year);
int kr_dt_days_in_month(int year, int month);
int kr_dt_days_before_month(int year, int month);
int64_t kr_dt_ymd_to_ord(int year, int month, int day);
void kr_dt_ord_to_ymd(int64_t ord, int *year, int *month, int *day);
int kr_dt_weekday(int year, int month, int day);          /* Monday 0 */
int64_t kr_dt_iso_week1_monday(int year);
/* Seconds since 0001-01-01 of a local/UTC time, and the system's view
 * of a POSIX time as local time in the same units; -1 with an error. */
KR_MUST_CHECK int64_t kr_dt_local(Thread *th, int64_t u);
KR_MUST_CHECK int64_t kr_dt_local_to_seconds(Thread *th, int y, int m, int d, int hh, int mm,
                                             int ss, int fold);
int64_t kr_dt_utc_to_seconds(int y, int m, int d, int hh, int mm, int ss);
/* Field checks with CPython's ValueErrors: 0 or -1. */
KR_MUST_CHECK int kr_dt_check_date(Thread *th, int64_t y, int64_t m, int64_t d);
KR_MUST_CHECK int kr_dt_check_time(Thread *th, int64_t h, int64_t mi, int64_t s, int64_t us,
                                   int64_t fold);
KR_MUST_CHECK int kr_dt_check_tzinfo(Thread *th, Value tz);
/* PyArg_ParseTuple's "f() takes exactly N arguments (M given)". */
KR_MUST_CHECK int kr_dt_exact_args(Thread *th, const char *name, size_t nargs, size_t n, Tuple *kw);
/* kr_libutil_parse_kwonly with the messages of an unnamed function. */
KR_MUST_CHECK int kr_dt_parse_anon(Thread *th, const Value *args, size_t nargs, Tuple *kw,
                                   const char *const *names, int nrequired, int nkwonly, Value *out);
/* An int argument read as a C int ("i" in PyArg_Parse). */
KR_MUST_CHECK int kr_dt_int_arg(Thread *th, Value v, int64_t *out);

/* ---- constructors (type: the class to make, a subclass or not) ---- */
KR_MUST_CHECK Value kr_dt_delta_new(Thread *th, Type *type, int64_t days, int64_t secs,
                                    int64_t us);   /* normalises; OverflowError */
KR_MUST_CHECK Value kr_dt_date_new(Thread *th, Type *type, int y, int m, int d);
KR_MUST_CHECK Value kr_dt_time_new(Thread *th, Type *type, int h, int mi, int s, int us,
                                   Value tz, int fold);
KR_MUST_CHECK Value kr_dt_datetime_new(Thread *th, Type *type, int y, int m, int d, int h,
                                       int mi, int s, int us, Value tz, int fold);
/* cls(y, m, d...) through the class's own constructor when it is a
 * subclass (CPython's new_*_subclass_fold_ex), else directly. */
KR_MUST_CHECK Value kr_dt_date_of_class(Thread *th, Type *cls, int y, int m, int d);
KR_MUST_CHECK Value kr_dt_datetime_of_class(Thread *th, Type *cls, int y, int m, int d, int h,
                                            int mi, int s, int us, Value tz, int fold);
KR_MUST_CHECK Value kr_dt_timezone_new(Thread *th, Value offset, Value name);
/* datetime.timezone.utc */
Value kr_dt_utc(Thread *th);

static inline int64_t dt_delta_us(const Delta *d)
{
    return ((int64_t)d->days * 86400 + d->seconds) * 1000000 + d->us;
}

/* ---- tzinfo calls with their checks ---- */
/* tzinfo.utcoffset(arg) / dst(arg): None or a timedelta strictly within a
 * day; KR_VALUE_NULL on error.  tzinfo None gives None. */
KR_MUST_CHECK Value kr_dt_call_offset(Thread *th, const char *name, Value tzinfo, Value arg);
KR_MUST_CHECK Value kr_dt_call_tzname(Thread *th, Value tzinfo, Value arg);
/* "+HH:MM[:SS[.ffffff]]" of an offset (sep between the parts) into b. */
struct Buf;
void kr_dt_format_offset(struct Buf *b, const Delta *off, const char *sep);
/* Call module.attr(args...) */
KR_MUST_CHECK Value kr_dt_call_module(Thread *th, const char *module, const char *attr,
                                      const Value *args, size_t nargs);
KR_MUST_CHECK Value kr_dt_call_method(Thread *th, Value obj, const char *name,
                                      const Value *args, size_t nargs);
/* the repr of a type as datetime's reprs start: tp_name */
const char *kr_dt_type_name(Value v);
/* "can't compare X to Y" */
KR_MUST_CHECK Value kr_dt_cmp_error(Thread *th, Value a, Value b);
Value kr_dt_diff_to_bool(int diff, int op);
int64_t kr_dt_hash_mix(int64_t a, int64_t b);

/* ---- shared by date, datetime and time (the _time and _date files) ---- */
KR_MUST_CHECK Value kr_dt_strftime(Thread *th, Value obj, Value fmt, Value timetuple);
KR_MUST_CHECK Value kr_dt_timetuple(Thread *th, int y, int m, int d, int hh, int mm, int ss,
                                    int dst);
/* isoformat parsing: 0 ok, -1 invalid (no exception set) */
int kr_dt_parse_iso_date(const uint32_t *s, size_t n, int *y, int *m, int *d);
/* time part: fields, and tz offset in seconds+us (has_tz false: naive) */
int kr_dt_parse_iso_time(const uint32_t *s, size_t n, int *h, int *mi, int *sec, int *us,
                         bool *has_tz, int *tzsecs, int *tzus);
size_t kr_dt_find_iso_separator(const uint32_t *s, size_t n);
/* A Str's code points followed by zero sentinels: in local when they
 * fit in local_len, else in GC atomic memory. */
KR_MUST_CHECK uint32_t *kr_dt_codepoints(Thread *th, Value str, size_t *n, uint32_t *local,
                                         size_t local_len);
KR_MUST_CHECK Value kr_dt_tz_from_offset(Thread *th, int secs, int us);
/* HH[:MM[:SS[.fff[fff]]]] by timespec parts (0 auto .. 5 microseconds) */
void kr_dt_put_time(struct Buf *b, int parts, int h, int mi, int s, int us);
/* the utcoffset of tzinfo(arg), if not None, as +HH<sep>MM...; 0 or -1 */
KR_MUST_CHECK int kr_dt_put_offset(Thread *th, struct Buf *b, Value tzinfo, Value arg, const char *sep);
/* timespec (NULL, or a str) as parts; -1 with the error set */
KR_MUST_CHECK int kr_dt_timespec_parts(Thread *th, Value spec);
/* The bytes of a pickled state: bytes, or a str (Python 2 pickles, read
 * as latin-1), of length n; NULL when v is neither. */
const unsigned char *kr_dt_state_bytes(Value v, int64_t n);
/* datetime.IsoCalendarDate, a struct sequence */
extern Type kr_dt_isocal_type;
KR_MUST_CHECK int kr_dt_init_time(Thread *th, struct Module *m);
KR_MUST_CHECK int kr_dt_init_date(Thread *th, struct Module *m);

#endif
