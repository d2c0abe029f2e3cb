/*
 * _io_stringio.c -- io.StringIO in C (CPython's stringio.c).
 *
 * The text is an array of code points (uint32_t, collector-owned and
 * pointer-free) with a length and a position; writes overwrite or extend
 * it in place, so a program that builds a large value with many writes
 * pays linear time, and getvalue() makes one str.  The position may lie
 * past the end (after a seek): the gap is filled with NULs by the next
 * write, as in CPython.
 *
 * Newlines follow the constructor's `newline`, as CPython's StringIO:
 *   None  universal mode, "\r\n" and "\r" are written as "\n";
 *   ""    universal mode without translation (readline splits at any);
 *   "\n"  nothing translated (the default);
 *   "\r", "\r\n"  "\n" is written as that, and lines end with it.
 * In universal mode the kinds seen are recorded for `newlines`.
 *
 * Threads: as BytesIO (_io_bytesio.c), each method's work on the array
 * holds the object's striped lock, taken after its arguments are
 * converted; close() drops the array under it, so no reader is left
 * holding a length without its array.
 */
#include <string.h>

#include "modules/_io.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

typedef struct StringIO {
    IOBaseObj base;
    uint32_t *buf;          /* cap code points; NULL once closed */
    int64_t len, cap, pos;
    Value newline;          /* the constructor's argument: None or a Str (for __getstate__) */
    uint32_t readnl[2];     /* the line end readline looks for (non-universal) */
    uint8_t readnl_len;
    uint8_t writenl_len;    /* 0: no translation on write; else writes readnl for "\n" */
    uint8_t seen;           /* SEEN_* in universal mode */
    bool ok, closed, universal, translate;
} StringIO;

#define SIO(v) ((StringIO *)kr_as_obj(v))

static int check(Thread *th, Value self)
{
    StringIO *s = SIO(self);
    if (!s->ok) {
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int reserve(Thread *th, StringIO *s, int64_t need)
{
    if (need <= s->cap)
        return 0;
    int64_t cap = s->cap < 16 ? 16 : s->cap;
    while (cap < need)
        cap += cap / 2 + 16;
    uint32_t *nb = kr_gc_alloc_atomic((size_t)cap * sizeof(uint32_t));
    if (!nb) {
        kr_err_no_memory(th);
        return -1;
    }
    if (s->len)
        memcpy(nb, s->buf, (size_t)s->len * sizeof(uint32_t));
    s->buf = nb;
    s->cap = cap;
    return 0;
}

/* Place n code points at the position, NUL-filling any gap before it. */
static int put(Thread *th, StringIO *s, const uint32_t *cps, int64_t n)
{
    int64_t end = s->pos + n;
    if (n == 0)
        return 0;
    if (reserve(th, s, end) < 0)
        return -1;
    if (s->pos > s->len)
        memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    memcpy(s->buf + s->pos, cps, (size_t)n * sizeof(uint32_t));
    s->pos = end;
    if (end > s->len)
        s->len = end;
    return 0;
}

/* write_str: translate per the newline mode into a scratch array, then put. */
static int write_str(Thread *th, StringIO *s, Str *text)
{
    int64_t n = text->len;
    if (n == 0)
        return 0;
    uint32_t *out = kr_gc_alloc_atomic((size_t)n * 2 * sizeof(uint32_t));
    if (!out) {
        kr_err_no_memory(th);
        return -1;
    }
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = kr_str_char(text, i);
        if (s->universal && c == '\r') {
            bool crlf = i + 1 < n && kr_str_char(text, i + 1) == '\n';
            s->seen |= crlf ? SEEN_CRLF : SEEN_CR;
            if (s->translate) {
                out[k++] = '\n';
                i += crlf;
                continue;
            }
            out[k++] = '\r';
            if (crlf)
                out[k++] = '\n', i++;
            continue;
        }
        if (c == '\n') {
            if (s->universal)
                s->seen |= SEEN_LF;
            if (s->writenl_len) {
                for (int j = 0; j < s->writenl_len; j++)
                    out[k++] = s->readnl[j];
                continue;
            }
        }
        out[k++] = c;
    }
    return put(th, s, out, k);
}

static Value substr(Thread *th, StringIO *s, int64_t start, int64_t end)
{
    Str *r = kr_str_from_ucs4(th, s->buf + start, (size_t)(end - start));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ---- construction ----------------------------------------------------------------------- */

static Value stringio_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    StringIO *s = kr_libutil_alloc(th, type);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* Validate and apply the newline argument (KR_VALUE_NULL: "\n"). */
static int set_newline(Thread *th, StringIO *s, Value nl)
{
    if (nl && nl != KR_NONE && !kr_str_check(nl)) {
        kr_err_format(th, &kr_exc_TypeError, "newline must be str or None, not %s", kr_type_name(nl));
        return -1;
    }
    Str *t = nl && nl != KR_NONE ? kr_as_str(nl) : NULL;
    uint32_t c0 = t && t->len ? kr_str_char(t, 0) : 0, c1 = t && t->len > 1 ? kr_str_char(t, 1) : 0;
    if (t && !(t->len == 0 || (t->len == 1 && (c0 == '\n' || c0 == '\r')) ||
               (t->len == 2 && c0 == '\r' && c1 == '\n'))) {
        kr_err_format(th, &kr_exc_ValueError, "illegal newline value: %R", nl);
        return -1;
    }
    if (!nl) {
        Str *lf = kr_str_from_cstr(th, "\n");
        if (!lf)
            return -1;
        nl = kr_from_obj(lf);
        t = lf;
        c0 = '\n';
    }
    s->newline = nl;
    s->universal = !t || t->len == 0;
    s->translate = !t;
    s->readnl_len = t ? (uint8_t)t->len : 0;
    s->readnl[0] = c0;
    s->readnl[1] = c1;
    s->writenl_len = t && c0 == '\r' ? (uint8_t)t->len : 0;
    return 0;
}

static int stringio_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"initial_value", "newline", NULL};
    Value v[2];
    if (kr_libutil_parse(th, "StringIO", args, nargs, kw, names, 0, 0, v) < 0)
        return -1;
    StringIO *s = SIO(self);
    if (set_newline(th, s, v[1]) < 0)
        return -1;
    if (v[0] && v[0] != KR_NONE && !kr_str_check(v[0])) {
        kr_err_format(th, &kr_exc_TypeError, "initial_value must be str or None, not %s",
                      kr_type_name(v[0]));
        return -1;
    }
    s->buf = NULL;
    s->len = s->cap = s->pos = 0;
    s->seen = 0;
    s->closed = false;
    s->ok = true;
    if (v[0] && v[0] != KR_NONE && write_str(th, s, kr_as_str(v[0])) < 0)
        return -1;
    s->pos = 0;
    return 0;
}

#define LOCK(s) bool lk_ = kr_objlock(th, (s))
#define UNLOCK(s) kr_objunlock(th, (s), lk_)

/* check() and then the work, under the lock. */
typedef Value (*BodyFn)(Thread *th, StringIO *s, int64_t arg);

static Value locked(Thread *th, Value self, BodyFn fn, int64_t arg)
{
    StringIO *s = SIO(self);
    LOCK(s);
    Value r = check(th, self) < 0 ? KR_VALUE_NULL : fn(th, s, arg);
    UNLOCK(s);
    return r;
}

/* ---- methods -------------------------------------------------------------------------------- */

#define SELF SIO(args[0])

static Value getvalue_body(Thread *th, StringIO *s, int64_t unused)
{
    return substr(th, s, 0, s->len);
}

KR_LIB_FUNC(stringio_getvalue)
{
    return locked(th, args[0], getvalue_body, 0);
}

KR_LIB_FUNC(stringio_write)
{
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1]))
        return kr_err_type_error(th, "string argument expected, got '%s'", kr_type_name(args[1]));
    Str *t = kr_as_str(args[1]);
    LOCK(SELF);
    int r = check(th, args[0]) < 0 ? -1 : write_str(th, SELF, t);
    UNLOCK(SELF);
    return r < 0 ? KR_VALUE_NULL : kr_int_from_i64(th, t->len);
}

static int size_param(Thread *th, const char *fname, const Value *args, size_t nargs, int64_t *size)
{
    if (kr_libutil_check_positional(th, fname, nargs - 1, 0, 1) < 0)
        return -1;
    return kr_mod__io_size_arg(th, nargs > 1 ? args[1] : KR_VALUE_NULL, size);
}

static Value read_body(Thread *th, StringIO *s, int64_t size)
{
    int64_t avail = s->len - s->pos;
    if (size < 0 || size > avail)
        size = avail < 0 ? 0 : avail;
    int64_t start = s->pos;
    s->pos += size;
    return substr(th, s, start, start + size);
}

KR_LIB_FUNC(stringio_read)
{
    int64_t size;
    if (size_param(th, "read", args, nargs, &size) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return locked(th, args[0], read_body, size);
}

/* The length of the line at start (its ending included), within limit. */
static int64_t line_length(StringIO *s, int64_t start, int64_t limit)
{
    const uint32_t *p = s->buf + start;
    for (int64_t i = 0; i < limit; i++) {
        uint32_t c = p[i];
        if (s->translate || (!s->universal && s->readnl_len == 1)) {
            if (c == (s->translate ? '\n' : s->readnl[0]))
                return i + 1;
        } else if (s->universal) {
            if (c == '\n')
                return i + 1;
            if (c == '\r')
                return i + 1 < limit && p[i + 1] == '\n' ? i + 2 : i + 1;
        } else if (c == '\r' && i + 1 < limit && p[i + 1] == '\n') {
            return i + 2;
        }
    }
    return limit;
}

static Value readline_limit(Thread *th, StringIO *s, int64_t limit)
{
    if (s->pos >= s->len)
        return substr(th, s, 0, 0);
    int64_t avail = s->len - s->pos;
    if (limit < 0 || limit > avail)
        limit = avail;
    int64_t start = s->pos;
    s->pos += line_length(s, start, limit);
    return substr(th, s, start, s->pos);
}

KR_LIB_FUNC(stringio_readline)
{
    int64_t size;
    if (size_param(th, "readline", args, nargs, &size) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return locked(th, args[0], readline_limit, size);
}

/* next(): the exact type reads its own line; a subclass's readline() is obeyed. */
static Value stringio_next(Thread *th, Value self)
{
    if (check(th, self) < 0)
        return KR_VALUE_NULL;
    Value line;
    if (kr_type_of(self) == &kr_mod__io_stringio_type) {
        line = locked(th, self, readline_limit, -1);
    } else {
        line = kr_mod__io_call_method(th, self, "readline", NULL, 0);
        if (line && !kr_str_check(line)) {
            kr_err_format(th, &kr_exc_OSError, "readline() should have returned a str object, not '%s'",
                          kr_type_name(line));
            return KR_VALUE_NULL;
        }
    }
    if (!line || kr_as_str(line)->len == 0)
        return KR_VALUE_NULL;
    return line;
}

static Value tell_body(Thread *th, StringIO *s, int64_t unused)
{
    return kr_int_from_i64(th, s->pos);
}

KR_LIB_FUNC(stringio_tell)
{
    return locked(th, args[0], tell_body, 0);
}

static int index_arg(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    return i ? kr_libutil_as_ssize(th, i, out) : -1;
}

KR_LIB_FUNC(stringio_seek)
{
    int64_t pos, whence = 0;
    if (kr_libutil_check_positional(th, "seek", nargs - 1, 1, 2) < 0 || index_arg(th, args[1], &pos) < 0 ||
        (nargs > 2 && index_arg(th, args[2], &whence) < 0) || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    StringIO *s = SELF;
    if (whence < 0 || whence > 2) {
        kr_err_format(th, &kr_exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)",
                      (long long)whence);
        return KR_VALUE_NULL;
    }
    if (pos < 0 && whence == 0) {
        kr_err_format(th, &kr_exc_ValueError, "Negative seek position %lld", (long long)pos);
        return KR_VALUE_NULL;
    }
    if (whence != 0 && pos != 0) {
        kr_err_set_string(th, &kr_exc_OSError, "Can't do nonzero cur-relative seeks");
        return KR_VALUE_NULL;
    }
    LOCK(s);
    if (whence == 1)
        pos = s->pos;
    else if (whence == 2)
        pos = s->len;
    s->pos = pos;
    UNLOCK(s);
    return kr_int_from_i64(th, pos);
}

KR_LIB_FUNC(stringio_truncate)
{
    int64_t size;
    if (kr_libutil_check_positional(th, "truncate", nargs - 1, 0, 1) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    StringIO *s = SELF;
    if (nargs < 2 || args[1] == KR_NONE)
        size = s->pos;
    else if (index_arg(th, args[1], &size) < 0)
        return KR_VALUE_NULL;
    if (size < 0) {
        kr_err_format(th, &kr_exc_ValueError, "Negative size value %lld", (long long)size);
        return KR_VALUE_NULL;
    }
    LOCK(s);
    if (size < s->len)
        s->len = size;
    UNLOCK(s);
    return kr_int_from_i64(th, size);
}

KR_LIB_FUNC(stringio_true)
{
    return check(th, args[0]) < 0 ? KR_VALUE_NULL : KR_TRUE;
}

KR_LIB_FUNC(stringio_close)
{
    LOCK(SELF);
    SELF->closed = true;
    SELF->buf = NULL;
    SELF->len = SELF->cap = 0;
    UNLOCK(SELF);
    return KR_NONE;
}

static Value instance_dict(Thread *th, Value self)
{
    Str *n = kr_str_intern_cstr(th, "__dict__");
    Value d = n ? kr_object_getattr(th, self, n) : KR_VALUE_NULL;
    if (d)
        return d;
    kr_err_clear(th);
    return KR_NONE;
}

/* (value, newline, position, __dict__), as CPython's. */
KR_LIB_FUNC(stringio_getstate)
{
    if (check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    LOCK(SELF);
    Value v = check(th, args[0]) < 0 ? KR_VALUE_NULL : substr(th, SELF, 0, SELF->len);
    int64_t at = SELF->pos;
    UNLOCK(SELF);
    Value pos = v ? kr_int_from_i64(th, at) : KR_VALUE_NULL;
    Value d = pos ? instance_dict(th, args[0]) : KR_VALUE_NULL;
    if (!d)
        return KR_VALUE_NULL;
    if (d != KR_NONE) {
        Value copy = kr_mod__io_call_method(th, d, "copy", NULL, 0);
        if (!copy)
            return KR_VALUE_NULL;
        d = copy;
    }
    Value items[4] = {v, SELF->newline, pos, d};
    Tuple *t = kr_tuple_from_array(th, items, (int64_t)4);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(stringio_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    StringIO *s = SELF;
    Value st = args[1];
    if (!kr_is_type(st, &kr_tuple_type) || ((Tuple *)kr_as_obj(st))->size < 4) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__setstate__ argument should be 4-tuple, got %s",
                      kr_libutil_short_name(args[0]), kr_type_name(st));
        return KR_VALUE_NULL;
    }
    Value *it = ((Tuple *)kr_as_obj(st))->items;
    Value init[2] = {KR_NONE, it[1]};
    if (stringio_init(th, args[0], init, 2, NULL) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(it[0]))
        return kr_err_type_error(th, "initial_value must be str or None, not %s", kr_type_name(it[0]));
    /* The value is restored as it was, untranslated. */
    Str *v = kr_as_str(it[0]);
    uint32_t *cps = kr_gc_alloc_atomic((size_t)(v->len + 1) * sizeof(uint32_t));
    if (!cps) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    for (int64_t i = 0; i < v->len; i++)
        cps[i] = kr_str_char(v, i);
    if (put(th, s, cps, v->len) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(it[2]))
        return kr_err_type_error(th, "third item of state must be an integer, got %s",
                                 kr_type_name(it[2]));
    int64_t pos;
    if (kr_libutil_as_ssize(th, it[2], &pos) < 0)
        return KR_VALUE_NULL;
    if (pos < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "position value cannot be negative");
        return KR_VALUE_NULL;
    }
    s->pos = pos;
    if (it[3] != KR_NONE) {
        Value d = instance_dict(th, args[0]);
        if (!d || d == KR_NONE || !kr_mod__io_call_method(th, d, "update", &it[3], 1))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* ---- properties ------------------------------------------------------------------------------ */

static Value closed_get(Thread *th, Value self)
{
    if (!SIO(self)->ok) {
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return KR_VALUE_NULL;
    }
    return kr_from_bool(SIO(self)->closed);
}

static Value line_buffering_get(Thread *th, Value self)
{
    return check(th, self) < 0 ? KR_VALUE_NULL : KR_FALSE;
}

/* The kinds seen, as IncrementalNewlineDecoder.newlines shows them. */
static Value newlines_get(Thread *th, Value self)
{
    if (check(th, self) < 0)
        return KR_VALUE_NULL;
    StringIO *s = SIO(self);
    if (!s->universal || !s->seen)
        return KR_NONE;
    /* IncrementalNewlineDecoder's table: "\r" before "\n" before "\r\n". */
    static const char *const order[] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    Value items[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(s->seen & bits[i]))
            continue;
        Str *k = kr_str_from_cstr(th, order[i]);
        if (!k)
            return KR_VALUE_NULL;
        items[n++] = kr_from_obj(k);
    }
    if (n == 1)
        return items[0];
    Tuple *t = kr_tuple_from_array(th, items, (int64_t)n);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static const MemberDef stringio_members[] = {
    {"closed", 0, closed_get, NULL, NULL, KR_MEMBER_READONLY},
    {"line_buffering", 0, line_buffering_get, NULL, NULL, KR_MEMBER_READONLY},
    {"newlines", 0, newlines_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef stringio_methods[] = {
    {"getvalue", stringio_getvalue, "($self, /)", NULL, 0},
    {"write", stringio_write, "($self, s, /)", NULL, 0},
    {"read", stringio_read, "($self, size=-1, /)", NULL, 0},
    {"readline", stringio_readline, "($self, size=-1, /)", NULL, 0},
    {"tell", stringio_tell, "($self, /)", NULL, 0},
    {"seek", stringio_seek, "($self, pos, whence=0, /)", NULL, 0},
    {"truncate", stringio_truncate, "($self, pos=None, /)", NULL, 0},
    {"readable", stringio_true, "($self, /)", NULL, 0},
    {"writable", stringio_true, "($self, /)", NULL, 0},
    {"seekable", stringio_true, "($self, /)", NULL, 0},
    {"close", stringio_close, "($self, /)", NULL, 0},
    {"__getstate__", stringio_getstate, "($self, /)", NULL, 0},
    {"__setstate__", stringio_setstate, "($self, state, /)", NULL, 0},
    {0},
};

Type kr_mod__io_stringio_type = {
    .hdr = {&kr_type_type}, .name = "_io.StringIO", .size = sizeof(StringIO),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_textiobase_type, .new_ = stringio_new, .init = stringio_init,
    .methods = stringio_methods, .members = stringio_members, .next = stringio_next,
};
