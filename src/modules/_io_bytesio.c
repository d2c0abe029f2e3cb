/*
 * _io_bytesio.c -- io.BytesIO in C (CPython's bytesio.c).
 *
 * The bytes live in a bytearray object that the BytesIO owns, so that
 * getbuffer() can hand out a memoryview whose writes show in the stream,
 * as CPython's does.  (CPython also refuses to resize the buffer while
 * such a view exists; krait's memoryview reads through the bytearray at
 * each access instead, docs/differences.md.)  The position may lie past
 * the end after a seek; the next write fills the gap with zeros.
 *
 * Threads: each method's work on the buffer and the position holds the
 * object's striped lock (vm/thread_lock.h), taken after the arguments are
 * converted (their __index__ may run Python code, which must not run
 * under a stripe) and released before anything else runs: a write()
 * never lands half over another, a read never sees a length from after
 * a regrowth with the data pointer from before it.
 */
#include <string.h>

#include "modules/_io.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

typedef struct BytesIO {
    IOBaseObj base;
    ByteArray *buf;         /* NULL until initialised, and once closed */
    int64_t pos;
    bool closed;
} BytesIO;

extern Type kr_memoryview_type;

#define BIO(v) ((BytesIO *)kr_as_obj(v))
#define SELF BIO(args[0])

static int check(Thread *th, Value self)
{
    if (BIO(self)->buf && !BIO(self)->closed)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file.");
    return -1;
}

/* Room for n bytes plus the terminating zero bytearray keeps. */
static int reserve(Thread *th, ByteArray *a, int64_t n)
{
    if (n <= a->cap && a->data)
        return 0;
    int64_t cap = a->cap < 16 ? 16 : a->cap;
    while (cap < n)
        cap += cap / 2 + 16;
    unsigned char *d = kr_gc_alloc_atomic((size_t)cap + 1);
    if (!d) {
        kr_err_no_memory(th);
        return -1;
    }
    if (a->len)
        memcpy(d, a->data, (size_t)a->len);
    d[a->len] = 0;
    a->data = d;
    a->cap = cap;
    return 0;
}

/* The data of a bytes-like object (a memoryview is copied through bytes()). */
static int data_of(Thread *th, Value v, const unsigned char **p, int64_t *n)
{
    if (kr_is_type(v, &kr_memoryview_type)) {
        Value ty = kr_from_obj(&kr_bytes_type);
        v = kr_vm_call(th, ty, &v, 1, NULL);
        if (!v)
            return -1;
    }
    return kr_bytes_view(th, v, p, n);
}

static int put(Thread *th, BytesIO *b, const unsigned char *p, int64_t n)
{
    ByteArray *a = b->buf;
    int64_t end = b->pos + n;
    /* getbuffer() views hold the data pointer: CPython refuses any write */
    if (a->exports > 0 && kr_buffer_exports_busy(th, &a->exports, NULL) < 0)
        return -1;
    if (n == 0)
        return 0;
    if (reserve(th, a, end) < 0)
        return -1;
    if (b->pos > a->len)
        memset(a->data + a->len, 0, (size_t)(b->pos - a->len));
    memmove(a->data + b->pos, p, (size_t)n);
    b->pos = end;
    if (end > a->len) {
        a->len = end;
        a->data[end] = 0;
    }
    return 0;
}

static Value bytes_at(Thread *th, BytesIO *b, int64_t start, int64_t n)
{
    return kr_bytes_value(kr_bytes_new(th, b->buf->data ? b->buf->data + start : (unsigned char *)"", n));
}

#define LOCK(b) bool lk_ = kr_objlock(th, (b))
#define UNLOCK(b) kr_objunlock(th, (b), lk_)

/* check() and then the work, under the lock. */
typedef Value (*BodyFn)(Thread *th, BytesIO *b, int64_t arg);

static Value locked(Thread *th, Value self, BodyFn fn, int64_t arg)
{
    BytesIO *b = BIO(self);
    LOCK(b);
    Value r = check(th, self) < 0 ? KR_VALUE_NULL : fn(th, b, arg);
    UNLOCK(b);
    return r;
}

/* ---- construction ------------------------------------------------------------------------ */

static Value bytesio_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    BytesIO *b = kr_libutil_alloc(th, type);
    if (!b)
        return KR_VALUE_NULL;
    b->buf = kr_bytearray_new(th, NULL, 0);
    return b->buf ? kr_from_obj(b) : KR_VALUE_NULL;
}

static int bytesio_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"initial_bytes", NULL};
    Value v[1];
    if (kr_libutil_parse(th, "BytesIO", args, nargs, kw, names, 0, 0, v) < 0)
        return -1;
    BytesIO *b = BIO(self);
    ByteArray *a = kr_bytearray_new(th, NULL, 0);
    if (!a)
        return -1;
    b->buf = a;
    b->pos = 0;
    b->closed = false;
    if (v[0] && v[0] != KR_NONE) {
        const unsigned char *p;
        int64_t n;
        if (data_of(th, v[0], &p, &n) < 0 || put(th, b, p, n) < 0)
            return -1;
        b->pos = 0;
    }
    return 0;
}

/* ---- methods ------------------------------------------------------------------------------- */

static Value getvalue_body(Thread *th, BytesIO *b, int64_t unused)
{
    return bytes_at(th, b, 0, b->buf->len);
}

KR_LIB_FUNC(bytesio_getvalue)
{
    return locked(th, args[0], getvalue_body, 0);
}

KR_LIB_FUNC(bytesio_getbuffer)
{
    if (check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    Value a = kr_from_obj(SELF->buf);
    return kr_vm_call(th, kr_from_obj(&kr_memoryview_type), &a, 1, NULL);
}

KR_LIB_FUNC(bytesio_write)
{
    const unsigned char *p;
    int64_t n;
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0 || check(th, args[0]) < 0 ||
        data_of(th, args[1], &p, &n) < 0)
        return KR_VALUE_NULL;
    LOCK(SELF);
    int r = check(th, args[0]) < 0 || (n && put(th, SELF, p, n) < 0) ? -1 : 0;
    UNLOCK(SELF);
    return r < 0 ? KR_VALUE_NULL : kr_int_from_i64(th, n);
}

/* writelines(lines): each item written directly, not through self.write. */
KR_LIB_FUNC(bytesio_writelines)
{
    if (kr_libutil_check_positional(th, "writelines", nargs - 1, 1, 1) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[1]), item;
    if (!it)
        return KR_VALUE_NULL;
    while ((item = kr_object_next(th, it))) {
        const unsigned char *p;
        int64_t n;
        if (data_of(th, item, &p, &n) < 0)
            return KR_VALUE_NULL;
        LOCK(SELF);
        int r = check(th, args[0]) < 0 || (n && put(th, SELF, p, n) < 0) ? -1 : 0;
        UNLOCK(SELF);
        if (r < 0)
            return KR_VALUE_NULL;
    }
    return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
}

static int size_param(Thread *th, const char *fname, const Value *args, size_t nargs, int64_t *size)
{
    if (kr_libutil_check_positional(th, fname, nargs - 1, 0, 1) < 0)
        return -1;
    return kr_mod__io_size_arg(th, nargs > 1 ? args[1] : KR_VALUE_NULL, size);
}

static Value read_body(Thread *th, BytesIO *b, int64_t size)
{
    int64_t avail = b->buf->len - b->pos;
    if (avail < 0)
        avail = 0;
    if (size < 0 || size > avail)
        size = avail;
    int64_t start = b->pos;
    b->pos += size;
    return bytes_at(th, b, start, size);
}

KR_LIB_FUNC(bytesio_read)
{
    int64_t size;
    if (size_param(th, "read", args, nargs, &size) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return locked(th, args[0], read_body, size);
}

/* The length of the line at the position (with its '\n'), within size. */
static int64_t line_length(BytesIO *b, int64_t size)
{
    int64_t avail = b->buf->len - b->pos;
    if (avail <= 0)
        return 0;
    if (size >= 0 && size < avail)
        avail = size;
    const unsigned char *p = b->buf->data + b->pos;
    const unsigned char *nl = memchr(p, '\n', (size_t)avail);
    return nl ? nl - p + 1 : avail;
}

/* The next line (size < 0: however long); b"" at the end. */
static Value readline_body(Thread *th, BytesIO *b, int64_t size)
{
    int64_t n = line_length(b, size), start = b->pos;
    b->pos += n;
    return bytes_at(th, b, start, n);
}

KR_LIB_FUNC(bytesio_readline)
{
    int64_t size;
    if (size_param(th, "readline", args, nargs, &size) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return locked(th, args[0], readline_body, size);
}

static Value bytesio_next(Thread *th, Value self)
{
    Value line = locked(th, self, readline_body, -1);
    return line && kr_as_bytes(line)->len == 0 ? KR_VALUE_NULL : line;
}

KR_LIB_FUNC(bytesio_readlines)
{
    int64_t hint;
    if (size_param(th, "readlines", args, nargs, &hint) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    if (!out)
        return KR_VALUE_NULL;
    int64_t total = 0;
    for (;;) {
        Value line = locked(th, args[0], readline_body, -1);
        if (!line)
            return KR_VALUE_NULL;
        int64_t n = kr_as_bytes(line)->len;
        if (n == 0)
            break;
        if (kr_list_append(th, out, line) < 0)
            return KR_VALUE_NULL;
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return kr_from_obj(out);
}

KR_LIB_FUNC(bytesio_readinto)
{
    if (kr_libutil_check_positional(th, "readinto", nargs - 1, 1, 1) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    int64_t len;
    if (kr_buffer_writable_len(th, "readinto() argument", args[1], &len) < 0)
        return KR_VALUE_NULL;
    BytesIO *b = SELF;
    LOCK(b);
    int64_t avail = b->buf->len - b->pos;
    int64_t n = avail < 0 ? 0 : avail < len ? avail : len;
    int r = check(th, args[0]);
    if (r == 0 && n > 0)
        r = kr_buffer_write(th, "readinto() argument", args[1], b->buf->data + b->pos, n);
    if (r == 0)
        b->pos += n;
    UNLOCK(b);
    return r < 0 ? KR_VALUE_NULL : kr_int_from_i64(th, n);
}

static int index_arg(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    return i ? kr_libutil_as_ssize(th, i, out) : -1;
}

KR_LIB_FUNC(bytesio_seek)
{
    int64_t pos, whence = 0;
    if (kr_libutil_check_positional(th, "seek", nargs - 1, 1, 2) < 0 || index_arg(th, args[1], &pos) < 0 ||
        (nargs > 2 && index_arg(th, args[2], &whence) < 0) || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    BytesIO *b = SELF;
    if (pos < 0 && whence == 0) {
        kr_err_format(th, &kr_exc_ValueError, "negative seek value %lld", (long long)pos);
        return KR_VALUE_NULL;
    }
    if (whence < 0 || whence > 2) {
        kr_err_format(th, &kr_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                      (long long)whence);
        return KR_VALUE_NULL;
    }
    LOCK(b);
    if (whence == 1)
        pos += b->pos;
    else if (whence == 2)
        pos += b->buf->len;
    b->pos = pos < 0 ? 0 : pos;
    pos = b->pos;
    UNLOCK(b);
    return kr_int_from_i64(th, pos);
}

KR_LIB_FUNC(bytesio_tell)
{
    if (check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, SELF->pos);
}

KR_LIB_FUNC(bytesio_truncate)
{
    int64_t size;
    if (kr_libutil_check_positional(th, "truncate", nargs - 1, 0, 1) < 0 || check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    BytesIO *b = SELF;
    if (nargs < 2 || args[1] == KR_NONE)
        size = b->pos;
    else if (index_arg(th, args[1], &size) < 0)
        return KR_VALUE_NULL;
    if (size < 0) {
        kr_err_format(th, &kr_exc_ValueError, "negative size value %lld", (long long)size);
        return KR_VALUE_NULL;
    }
    if (b->buf->exports > 0 && kr_buffer_exports_busy(th, &b->buf->exports, NULL) < 0)
        return KR_VALUE_NULL;
    LOCK(b);
    if (size < b->buf->len) {
        b->buf->len = size;
        b->buf->data[size] = 0;
    }
    UNLOCK(b);
    return kr_int_from_i64(th, size);
}

KR_LIB_FUNC(bytesio_true)
{
    return check(th, args[0]) < 0 ? KR_VALUE_NULL : KR_TRUE;
}

KR_LIB_FUNC(bytesio_flush)
{
    return check(th, args[0]) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(bytesio_close)
{
    if (SELF->buf && SELF->buf->exports > 0 &&
        kr_buffer_exports_busy(th, &SELF->buf->exports, NULL) < 0)
        return KR_VALUE_NULL;
    SELF->closed = true;
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

KR_LIB_FUNC(bytesio_getstate)
{
    if (check(th, args[0]) < 0)
        return KR_VALUE_NULL;
    LOCK(SELF);
    Value v = bytes_at(th, SELF, 0, SELF->buf->len);
    int64_t at = SELF->pos;
    UNLOCK(SELF);
    Value pos = v ? kr_int_from_i64(th, at) : KR_VALUE_NULL;
    Value d = pos ? instance_dict(th, args[0]) : KR_VALUE_NULL;
    if (!d)
        return KR_VALUE_NULL;
    if (d != KR_NONE && !(d = kr_mod__io_call_method(th, d, "copy", NULL, 0)))
        return KR_VALUE_NULL;
    Value items[3] = {v, pos, d};
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(bytesio_setstate)
{
    if (kr_libutil_check_positional(th, "__setstate__", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value st = args[1];
    if (!kr_is_type(st, &kr_tuple_type) || ((Tuple *)kr_as_obj(st))->size < 3) {
        kr_err_format(th, &kr_exc_TypeError, "%s.__setstate__ argument should be 3-tuple, got %s",
                      kr_libutil_short_name(args[0]), kr_type_name(st));
        return KR_VALUE_NULL;
    }
    Value *it = ((Tuple *)kr_as_obj(st))->items;
    if (bytesio_init(th, args[0], it, 1, NULL) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(it[1]))
        return kr_err_type_error(th, "second item of state must be an integer, not %s",
                                 kr_type_name(it[1]));
    int64_t pos;
    if (kr_libutil_as_ssize(th, it[1], &pos) < 0)
        return KR_VALUE_NULL;
    if (pos < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "position value cannot be negative");
        return KR_VALUE_NULL;
    }
    SELF->pos = pos;
    if (it[2] != KR_NONE) {
        Value d = instance_dict(th, args[0]);
        if (!d || d == KR_NONE || !kr_mod__io_call_method(th, d, "update", &it[2], 1))
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

static Value closed_get(Thread *th, Value self)
{
    return kr_from_bool(!BIO(self)->buf || BIO(self)->closed);
}

static const MemberDef bytesio_members[] = {
    {"closed", 0, closed_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef bytesio_methods[] = {
    {"getvalue", bytesio_getvalue, "($self, /)", NULL, 0},
    {"getbuffer", bytesio_getbuffer, "($self, /)", NULL, 0},
    {"write", bytesio_write, "($self, b, /)", NULL, 0},
    {"writelines", bytesio_writelines, "($self, lines, /)", NULL, 0},
    {"read", bytesio_read, "($self, size=-1, /)", NULL, 0},
    {"read1", bytesio_read, "($self, size=-1, /)", NULL, 0},
    {"readline", bytesio_readline, "($self, size=-1, /)", NULL, 0},
    {"readlines", bytesio_readlines, "($self, size=None, /)", NULL, 0},
    {"readinto", bytesio_readinto, "($self, buffer, /)", NULL, 0},
    {"seek", bytesio_seek, "($self, pos, whence=0, /)", NULL, 0},
    {"tell", bytesio_tell, "($self, /)", NULL, 0},
    {"truncate", bytesio_truncate, "($self, size=None, /)", NULL, 0},
    {"readable", bytesio_true, "($self, /)", NULL, 0},
    {"writable", bytesio_true, "($self, /)", NULL, 0},
    {"seekable", bytesio_true, "($self, /)", NULL, 0},
    {"flush", bytesio_flush, "($self, /)", NULL, 0},
    {"close", bytesio_close, "($self, /)", NULL, 0},
    {"__getstate__", bytesio_getstate, "($self, /)", NULL, 0},
    {"__setstate__", bytesio_setstate, "($self, state, /)", NULL, 0},
    {0},
};

Type kr_mod__io_bytesio_type = {
    .hdr = {&kr_type_type}, .name = "_io.BytesIO", .size = sizeof(BytesIO),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_bufferediobase_type, .new_ = bytesio_new, .init = bytesio_init,
    .methods = bytesio_methods, .members = bytesio_members,
    .iter = kr_libutil_iter_self, .next = bytesio_next,     /* iter() does not check closed */
};
