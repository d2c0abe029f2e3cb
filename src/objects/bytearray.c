/*
 * bytearray.c -- Python bytearray: a mutable byte string.
 *
 *   ByteArray: | type | len | cap | data | --> [cap + 1 bytes, atomic]
 *
 * The data grows by doubling and lives in its own atomic block (bytes, no
 * references); the object holds the only pointer to it, so the object is
 * scanned memory.  The data stays zero-terminated, as a Bytes' does.
 *
 * Every non-mutating method is bytes' own (bytes_methods.c reads self
 * through a ByteView and builds results of self's type), and so are
 * comparison, + and *: this file has only what mutation needs -- item and
 * slice assignment, the list-like methods, += and *=.
 *
 * An iterator re-reads len and data at every step, so a bytearray changed
 * during iteration is seen as it is, as in CPython; once it has reported
 * the end it stays exhausted.
 *
 * Threads: every change of length goes through splice(), which holds the
 * object's stripe lock (vm/thread_lock.h) and clamps the range it was
 * given to the length it finds, since the caller computed it unlocked.
 * The data block only grows (reserve copies), so a reader holding an old
 * pointer reads stale bytes, never outside a block.
 */
#include <string.h>

#include "core/state.h"
#include "gc/gc.h"
#include "modules/modules.h"
#include "objects/argparse.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/object_methods.h"
#include "objects/seq.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"

#define SELF kr_as_bytearray(args[0])
#define METHOD(name) \
    Value kr_bytearray_##name(Thread *th, Value unused, const Value *args, size_t nargs, \
                              Tuple *kwnames)

/* del b[:k] starts the data k bytes into its block (splice_locked).
 * When the block holds n bytes from its own start, the bytes slide back
 * there instead of moving to a new block, as CPython's resize does with
 * ob_start: asyncio's write buffer is emptied by such deletes and then
 * extended by the next write, which took a fresh block every time.  One
 * thread only, as the delete's shortcut, and nothing exported: a view
 * counted in a->exports may still be alive (resizable() lets a resize go
 * on when a recent collection found the counted views dead), and it
 * keeps the bytes where they are only if the data moves to a new block. */
static bool slide_to_block_start(Thread *th, ByteArray *a, int64_t n)
{
    if (!a->data || th->vm->threaded || a->exports)
        return false;
    unsigned char *base = kr_gc_block_base(a->data);
    if (!base || base == a->data || (uint64_t)n + 1 > kr_gc_block_size(base))
        return false;
    memmove(base, a->data, (size_t)a->len + 1);
    a->cap = (int64_t)kr_gc_block_size(base) - 1;
    a->data = base;
    return true;
}

/* Room for n bytes (and the terminating zero).  0 or -1. */
static int reserve(Thread *th, ByteArray *a, int64_t n)
{
    if (n <= a->cap && a->data)
        return 0;
    if (n < 0 || (uint64_t)n > ((uint64_t)1 << 40)) {
        kr_err_no_memory(th);
        return -1;
    }
    if (slide_to_block_start(th, a, n))
        return 0;
    /* doubling, except for a jump past twice the room: exactly n then, as
     * CPython's "major upsize" (extending an empty write buffer by 10 MB
     * took 16 MB, and every byte counts towards the next collection) */
    int64_t cap = a->cap < 8 ? 8 : a->cap;
    if (n > 2 * cap)
        cap = n;
    while (cap < n)
        cap *= 2;
    unsigned char *d = kr_gc_alloc_atomic((size_t)cap + 1);
    if (!d) {
        kr_err_no_memory(th);
        return -1;
    }
    if (a->len)
        memcpy(d, a->data, (size_t)a->len);
    d[a->len] = 0;
    __atomic_store_n(&a->data, d, __ATOMIC_RELEASE);    /* before a length that needs it */
    a->cap = cap;
    return 0;
}

ByteArray *kr_bytearray_new(Thread *th, const void *data, int64_t len)
{
    ByteArray *a = kr_gc_alloc(sizeof *a);
    if (!a) {
        kr_err_no_memory(th);
        return NULL;
    }
    a->hdr.type = &kr_bytearray_type;
    if (reserve(th, a, len) < 0)
        return NULL;
    if (data && len)
        memcpy(a->data, data, (size_t)len);
    else if (len)
        memset(a->data, 0, (size_t)len);
    a->data[len] = 0;
    kr_bytearray_set_len(a, len);
    return a;
}

static Value ret(ByteArray *a) { return a ? kr_from_obj(a) : KR_VALUE_NULL; }

/* Before a length change: 0 go on, -1 BufferError (a view is alive). */
static int resizable(Thread *th, ByteArray *a)
{
    return kr_buffer_exports_resize(th, &a->exports);
}

static int splice_locked(Thread *th, ByteArray *a, int64_t lo, int64_t hi,
                         const unsigned char *src, int64_t n);

/* Replace a->data[lo:hi) by n bytes from src (which may point into a). */
static int splice(Thread *th, ByteArray *a, int64_t lo, int64_t hi, const unsigned char *src,
                  int64_t n)
{
    bool lk = kr_objlock(th, a);
    if (lk) {       /* another thread may have changed the length since */
        lo = lo < a->len ? lo : a->len;
        hi = hi < lo ? lo : hi < a->len ? hi : a->len;
    }
    int r = splice_locked(th, a, lo, hi, src, n);
    kr_objunlock(th, a, lk);
    return r;
}

static int splice_locked(Thread *th, ByteArray *a, int64_t lo, int64_t hi,
                         const unsigned char *src, int64_t n)
{
    if (n != hi - lo && resizable(th, a) < 0)
        return -1;
    if (lo == 0 && n == 0 && hi > 0 && hi < a->len && !th->vm->threaded) {
        /* del b[:k]: the data starts k bytes later in the same block, no
         * copy, as CPython's ob_start (a consumer of a read buffer, as
         * asyncio's streams, otherwise moves the rest at every read).
         * Not with threads: a reader may pair the old length with the
         * new start. */
        a->data += hi;
        a->cap -= hi;
        a->len -= hi;
        return 0;
    }
    /* src may alias our own data (b[1:2] = b); reserve() could move the
     * block and memmove would overwrite it, so take a copy first */
    unsigned char *copy = NULL;
    if (n && src >= a->data && src < a->data + a->cap + 1) {
        copy = kr_gc_alloc_atomic((size_t)n);
        if (!copy) {
            kr_err_no_memory(th);
            return -1;
        }
        memcpy(copy, src, (size_t)n);
        src = copy;
    }
    int64_t len = a->len - (hi - lo) + n;
    if (reserve(th, a, len) < 0)
        return -1;
    memmove(a->data + lo + n, a->data + hi, (size_t)(a->len - hi));
    if (n)
        memcpy(a->data + lo, src, (size_t)n);
    a->data[len] = 0;
    kr_bytearray_set_len(a, len);
    return 0;
}

/* A byte value from v: an int in range(256). */
static int byte_value(Thread *th, Value v, unsigned char *out)
{
    if (kr_is_smallint(v) && (uint64_t)kr_as_smallint(v) <= 255) {
        *out = (unsigned char)kr_as_smallint(v);
        return 0;
    }
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(v));
        return -1;
    }
    Value k = kr_object_index(th, v);
    if (!k)
        return -1;
    int64_t c = kr_is_bool(k) ? k == KR_TRUE : kr_is_smallint(k) ? kr_as_smallint(k) : -1;
    if (c < 0 || c > 255) {
        kr_err_set_string(th, &kr_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)c;
    return 0;
}

/* ---- construction and slots -------------------------------------------------- */

/* The contents come from __init__, CPython's tp_new being the generic
 * one: a subclass's __init__ may take other arguments, and b.__init__(x)
 * refills b. */
static Value bytearray_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    Value a = ret(kr_bytearray_new(th, NULL, 0));
    /* A subclass instance: the fresh bytearray's fields moved into its layout. */
    if (a && t != &kr_bytearray_type)
        return kr_object_copy_as(th, t, a, sizeof(ByteArray));
    return a;
}

static int append_byte(Thread *th, ByteArray *a, unsigned char c)
{
    /* room left, nothing exported, one thread: no resize, no lock (the
     * common case of building a bytearray byte by byte; helper pgen) */
    if (KR_LIKELY(!th->vm->threaded && a->data && a->len < a->cap && a->exports == 0)) {
        a->data[a->len++] = c;
        a->data[a->len] = 0;
        return 0;
    }
    return splice(th, a, a->len, a->len, &c, 1);
}

/* bytearray(n): 1 done, 0 when n's __index__ raised TypeError (then it is
 * taken as an iterable), -1 on error. */
static int init_count(Thread *th, ByteArray *a, Value src)
{
    Value k = kr_object_index(th, src);
    if (!k) {
        if (!kr_err_matches(th, &kr_exc_TypeError))
            return -1;
        kr_err_clear(th);
        return 0;
    }
    int64_t n;
    if (kr_is_bool(k) || kr_is_smallint(k)) {
        n = kr_is_bool(k) ? k == KR_TRUE : kr_as_smallint(k);
    } else if (kr_int_as_i64(th, k, &n) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative count");
        return -1;
    }
    if (reserve(th, a, n) < 0)
        return -1;
    memset(a->data, 0, (size_t)n + 1);
    kr_bytearray_set_len(a, n);
    return 1;
}

/* From an iterable of ints, appended one by one: the bytearray is seen
 * growing while the iterable runs (CPython's bytearray___init__). */
static int init_iterable(Thread *th, ByteArray *a, Value src)
{
    Value it = kr_object_iter(th, src);
    if (!it) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_format(th, &kr_exc_TypeError, "cannot convert '%s' object to bytearray",
                          kr_type_name(src));
        }
        return -1;
    }
    for (;;) {
        Value x = kr_object_next(th, it);
        if (!x)
            return kr_err_occurred(th) ? -1 : 0;
        unsigned char c;
        if (byte_value(th, x, &c) < 0 || append_byte(th, a, c) < 0)
            return -1;
    }
}

static int bytearray_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value p[3] = {KR_VALUE_NULL, KR_VALUE_NULL, KR_VALUE_NULL};
    if (kr_mod_bind_args(th, "bytearray", args, nargs, kwnames, names, 0, p) < 0)
        return -1;
    ByteArray *a = kr_as_bytearray(self);
    if (a->len && splice(th, a, 0, a->len, NULL, 0) < 0)    /* emptied first of all */
        return -1;
    Value src = p[0];
    if (src && kr_str_check(src)) {
        if (!p[1]) {
            kr_err_set_string(th, &kr_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        Value b = kr_bytes_encode(th, kr_as_str(src), p[1], p[2]);
        return b ? splice(th, a, 0, 0, kr_as_bytes(b)->data, kr_as_bytes(b)->len) : -1;
    }
    if (p[1] || p[2]) {
        kr_err_set_string(th, &kr_exc_TypeError, p[1] ? "encoding without a string argument"
                                                      : "errors without a string argument");
        return -1;
    }
    if (!src)
        return 0;
    if (kr_is_int(src) || kr_type_of(src)->index) {
        int done = init_count(th, a, src);
        if (done)
            return done < 0 ? -1 : 0;
    }
    if (kr_bytes_like(src) || kr_buffer_check(src)) {
        Value b = kr_bytes_coerce(th, src);
        if (!b)
            return -1;
        ByteView *w = KR_BYTES_VIEW(b);
        return splice(th, a, 0, 0, w->data, w->len);
    }
    return init_iterable(th, a, src);
}

static Value bytearray_repr(Thread *th, Value v)
{
    ByteArray *a = kr_as_bytearray(v);
    Str *inner = kr_bytes_repr(th, a->data, a->len);
    if (!inner)
        return KR_VALUE_NULL;
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, kr_type_name(v));      /* a subclass shows its own name */
    kr_buf_putc(&b, '(');
    kr_str_to_buf(&b, inner);
    kr_buf_putc(&b, ')');
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int bytearray_len(Thread *th, Value v, int64_t *len)
{
    *len = kr_as_bytearray(v)->len;
    return 0;
}

static int bytearray_bool(Thread *th, Value v) { return kr_as_bytearray(v)->len != 0; }

static int index_of(Thread *th, Value key, int64_t len, int64_t *out)
{
    if (!kr_is_int(key) && !kr_type_of(key)->index) {
        kr_err_format(th, &kr_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      kr_type_name(key));
        return -1;
    }
    Value k = kr_object_index(th, key);
    if (!k)
        return -1;
    int64_t i;
    if (kr_is_bool(k))
        i = k == KR_TRUE;
    else if (kr_is_smallint(k))
        i = kr_as_smallint(k);
    else {
        kr_err_format(th, &kr_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        kr_err_set_string(th, &kr_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Value bytearray_getitem(Thread *th, Value v, Value key)
{
    /* the length, then the data (bytes.h, threads); the indices are
     * computed for that length */
    ByteView *w = KR_BYTES_VIEW(v);
    if (kr_is_type(key, &kr_slice_type)) {
        int64_t start, stop, step, n;
        if (kr_slice_indices(th, key, w->len, &start, &stop, &step, &n) < 0)
            return KR_VALUE_NULL;
        if (step == 1)      /* one copy (asyncio's buffers: b[:n]) */
            return ret(kr_bytearray_new(th, w->data + start, n));
        ByteArray *r = kr_bytearray_new(th, NULL, n);
        if (r)
            for (int64_t i = 0, j = start; i < n; i++, j += step)
                r->data[i] = w->data[j];
        return ret(r);
    }
    int64_t i;
    if (index_of(th, key, w->len, &i) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(w->data[i]);
}

/* b[slice] = value, or del b[slice] (value NULL). */
static int set_slice_locked(Thread *th, ByteArray *a, Value key, Value value);

static int set_slice(Thread *th, ByteArray *a, Value key, Value value)
{
    bool lk = kr_objlock(th, a);
    int r = set_slice_locked(th, a, key, value);
    kr_objunlock(th, a, lk);
    return r;
}

static int set_slice_locked(Thread *th, ByteArray *a, Value key, Value value)
{
    int64_t start, stop, step, n;
    if (kr_slice_indices(th, key, a->len, &start, &stop, &step, &n) < 0)
        return -1;
    const unsigned char *src = NULL;
    int64_t sn = 0;
    if (value) {
        if (kr_is_int(value) || kr_is_str(value)) {
            kr_err_format(th, &kr_exc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (!kr_bytes_like(value)) {
            Value b = kr_bytes_from_args(th, &value, 1, NULL);
            if (!b)
                return -1;
            value = b;
        }
        ByteView *w = KR_BYTES_VIEW(value);
        src = w->data;
        sn = w->len;
    }
    /* a simple slice may change the length; an extended one may not */
    if (step == 1 || (n == 0 && value && sn == 0)) {
        if (stop < start || step != 1)     /* an empty extended slice: insert nothing */
            stop = start;
        return splice(th, a, start, stop, src, sn);
    }
    if (!value || sn == 0) {
        /* delete the extended slice (assigning b'' deletes too, as in
         * CPython): keep the bytes it does not select */
        if (n && resizable(th, a) < 0)
            return -1;
        int64_t w = 0;
        for (int64_t i = 0; i < a->len; i++) {
            bool hit = step > 0 ? i >= start && i < stop && (i - start) % step == 0
                                : i <= start && i > stop && (start - i) % -step == 0;
            if (!hit)
                a->data[w++] = a->data[i];
        }
        a->data[w] = 0;
        kr_bytearray_set_len(a, w);
        return 0;
    }
    if (sn != n) {
        kr_err_format(th, &kr_exc_ValueError,
                      "attempt to assign bytes of size %lld to extended slice of size %lld",
                      (long long)sn, (long long)n);
        return -1;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        a->data[j] = src[i];
    return 0;
}

static int bytearray_setitem(Thread *th, Value v, Value key, Value value)
{
    ByteArray *a = kr_as_bytearray(v);
    if (kr_is_type(key, &kr_slice_type))
        return set_slice(th, a, key, value);
    /* the value before the bounds: its __index__ may resize a (GH-91153) */
    unsigned char c;
    if (value && (kr_is_int(key) || kr_type_of(key)->index) && byte_value(th, value, &c) < 0)
        return -1;
    int64_t i;
    if (index_of(th, key, a->len, &i) < 0)
        return -1;
    if (!value)
        return splice(th, a, i, i + 1, NULL, 0);
    bool lk = kr_objlock(th, a);
    if (i < a->len)         /* else shrunk by another thread meanwhile */
        a->data[i] = c;
    kr_objunlock(th, a, lk);
    return 0;
}

static int bytearray_contains(Thread *th, Value v, Value item)
{
    ByteArray *a = kr_as_bytearray(v);
    return kr_bytes_contains(th, a->data, a->len, item);
}

static Value bytearray_iadd(Thread *th, Value a, Value b)
{
    if (!(b = kr_bytes_coerce(th, b)))
        return KR_VALUE_NULL;
    if (!kr_bytes_like(b))
        return kr_err_type_error(th, "can't concat %s to bytearray", kr_type_name(b));
    ByteArray *x = kr_as_bytearray(a);
    ByteView *w = KR_BYTES_VIEW(b);
    if (splice(th, x, x->len, x->len, w->data, w->len) < 0)
        return KR_VALUE_NULL;
    return a;
}

static Value bytearray_imul(Thread *th, Value a, Value b)
{
    Value r = kr_bytes_mul(th, a, b);
    if (!r || r == KR_NOTIMPL)
        return r;
    ByteArray *x = kr_as_bytearray(a), *y = kr_as_bytearray(r);
    if (splice(th, x, 0, x->len, y->data, y->len) < 0)
        return KR_VALUE_NULL;
    return a;
}

/* ---- iteration (the iterator is bytes.c's) ---------------------------------------- */

static Value bytearray_iter(Thread *th, Value v)
{
    return kr_byte_iter_new(th, v, &kr_bytearray_iter_type);
}

/* ---- methods (the table is in bytes_methods.c, with the shared ones) ------------ */

METHOD(append)
{
    if (kr_call_check_args(th, "append", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    unsigned char c;
    if (byte_value(th, args[1], &c) < 0 || append_byte(th, a, c) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(extend)
{
    if (kr_call_check_args(th, "extend", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    Value src = kr_bytes_coerce(th, args[1]);
    if (!src)
        return KR_VALUE_NULL;
    if (!kr_bytes_like(src)) {
        if (!kr_type_of(src)->iter)
            return kr_err_type_error(th, "can't extend bytearray with %s", kr_type_name(src));
        src = kr_bytes_from_iterable(th, src);
        if (!src) {
            /* one item at a time in CPython: its message is "byte", not "bytes" */
            if (kr_err_matches(th, &kr_exc_ValueError)) {
                kr_err_clear(th);
                kr_err_set_string(th, &kr_exc_ValueError, "byte must be in range(0, 256)");
            }
            return KR_VALUE_NULL;
        }
    }
    ByteView *w = KR_BYTES_VIEW(src);
    if (splice(th, a, a->len, a->len, w->data, w->len) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(pop)
{
    if (kr_call_check_args(th, "pop", nargs - 1, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    if (a->len == 0) {
        kr_err_set_string(th, &kr_exc_IndexError, "pop from empty bytearray");
        return KR_VALUE_NULL;
    }
    int64_t i = a->len - 1;
    if (nargs > 1) {
        if (kr_int_as_i64(th, args[1], &i) < 0)
            return KR_VALUE_NULL;
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len) {
            kr_err_set_string(th, &kr_exc_IndexError, "pop index out of range");
            return KR_VALUE_NULL;
        }
    }
    int64_t c = a->data[i];
    if (splice(th, a, i, i + 1, NULL, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(c);
}

METHOD(insert)
{
    if (kr_call_check_args(th, "insert", nargs - 1, 2, 2, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    int64_t i;
    unsigned char c;
    if (kr_int_as_i64(th, args[1], &i) < 0 || byte_value(th, args[2], &c) < 0)
        return KR_VALUE_NULL;
    if (i < 0)
        i = i + a->len < 0 ? 0 : i + a->len;
    if (i > a->len)
        i = a->len;
    if (splice(th, a, i, i, &c, 1) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(remove)
{
    if (kr_call_check_args(th, "remove", nargs - 1, 1, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    unsigned char c;
    if (byte_value(th, args[1], &c) < 0)
        return KR_VALUE_NULL;
    unsigned char *p = a->len ? memchr(a->data, c, (size_t)a->len) : NULL;
    if (!p) {
        kr_err_set_string(th, &kr_exc_ValueError, "value not found in bytearray");
        return KR_VALUE_NULL;
    }
    if (splice(th, a, p - a->data, p - a->data + 1, NULL, 0) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

METHOD(clear)
{
    if (kr_call_check_args(th, "clear", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    bool lk = kr_objlock(th, a);
    int busy = a->len ? resizable(th, a) : 0;
    if (busy == 0) {
        kr_bytearray_set_len(a, 0);
        if (a->data)
            a->data[0] = 0;
    }
    kr_objunlock(th, a, lk);
    return busy < 0 ? KR_VALUE_NULL : KR_NONE;
}

METHOD(copy)
{
    if (kr_call_check_args(th, "copy", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    return ret(kr_bytearray_new(th, SELF->data, SELF->len));
}

/* __alloc__(): the bytes allocated for the data, terminator included
 * (krait's growth policy, not CPython's, decides the number). */
METHOD(alloc)
{
    if (kr_call_check_args(th, "bytearray.__alloc__", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    return kr_int_from_i64(th, a->cap ? a->cap + 1 : 0);
}

/* (type, args, state) for copy and pickle, as CPython's _common_reduce:
 * before protocol 3 the contents travel as a latin-1 str (Python 2's
 * pickles), from 3 on as bytes; state is self.__getstate__(). */
static Value reduce_for(Thread *th, Value self, int64_t proto)
{
    ByteArray *a = kr_as_bytearray(self);
    Value items[2];
    int64_t n = 0;
    if (a->len && proto < 3) {
        Str *enc = kr_str_from_cstr(th, "latin-1");
        if (!enc || !(items[0] = kr_bytes_decode(th, a->data, a->len, kr_from_obj(enc),
                                                 KR_VALUE_NULL)))
            return KR_VALUE_NULL;
        items[1] = kr_from_obj(enc);
        n = 2;
    } else if (a->len) {
        Bytes *b = kr_bytes_new(th, a->data, a->len);
        if (!b)
            return KR_VALUE_NULL;
        items[0] = kr_from_obj(b);
        n = 1;
    }
    Tuple *args = kr_tuple_from_array(th, items, n);
    Value state = args ? kr_object_call_getstate(th, self) : KR_VALUE_NULL;
    if (!state)
        return KR_VALUE_NULL;
    Value r[3] = {kr_from_obj(kr_type_of(self)), kr_from_obj(args), state};
    Tuple *rt = kr_tuple_from_array(th, r, 3);
    return rt ? kr_from_obj(rt) : KR_VALUE_NULL;
}

METHOD(reduce)
{
    if (kr_argparse_noargs(th, "bytearray.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    return reduce_for(th, args[0], 2);
}

METHOD(reduce_ex)
{
    if (kr_argparse_pos(th, "__reduce_ex__", nargs - 1, 0, 1, kwnames) < 0)
        return KR_VALUE_NULL;
    int64_t proto = 0;
    Value p = nargs > 1 ? kr_object_index(th, args[1]) : KR_VALUE_NULL;
    if (nargs > 1 && (!p || kr_int_as_i64(th, p, &proto) < 0))
        return KR_VALUE_NULL;
    return reduce_for(th, args[0], proto);
}

METHOD(reverse)
{
    if (kr_call_check_args(th, "reverse", nargs - 1, 0, 0, kwnames) < 0)
        return KR_VALUE_NULL;
    ByteArray *a = SELF;
    bool lk = kr_objlock(th, a);
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        unsigned char t = a->data[i];
        a->data[i] = a->data[j];
        a->data[j] = t;
    }
    kr_objunlock(th, a, lk);
    return KR_NONE;
}

METHOD(fromhex)
{
    Value bargs[2] = {kr_from_obj(&kr_bytes_type), nargs > 1 ? args[1] : KR_NONE};
    Value b = kr_bytes_fromhex(th, unused, bargs, nargs, kwnames);
    if (!b)
        return KR_VALUE_NULL;
    Value r = ret(kr_bytearray_new(th, kr_as_bytes(b)->data, kr_as_bytes(b)->len));
    if (!r || args[0] == kr_from_obj(&kr_bytearray_type))
        return r;
    return kr_vm_call(th, args[0], &r, 1, NULL);
}

extern const MethodDef kr_bytearray_methods[];

Type kr_bytearray_type = {
    .hdr = {&kr_type_type},
    .name = "bytearray",
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
    "bytearray(string, encoding[, errors]) -> bytearray\n"
    "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
    "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
    "bytearray() -> empty bytes array\n"
    "\n"
    "Construct a mutable bytearray object from:\n"
    "  - an iterable yielding integers in range(256)\n"
    "  - a text string encoded using the specified encoding\n"
    "  - a bytes or a buffer object\n"
    "  - any object implementing the buffer API.\n"
    "  - an integer",
    .size = sizeof(ByteArray),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_SEQ_CONCAT,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .repr = bytearray_repr,
    .hash = kr_object_unhashable,
    .richcompare = kr_bytes_richcompare,
    .bool_ = bytearray_bool,
    .len = bytearray_len,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytearray_contains,
    .iter = bytearray_iter,
    .binop = {[KR_OP_ADD] = kr_bytes_add, [KR_OP_MUL] = kr_bytes_mul, [KR_OP_MOD] = kr_bytes_mod},
    .inplace = {[KR_OP_ADD] = bytearray_iadd, [KR_OP_MUL] = bytearray_imul},
    .methods = kr_bytearray_methods,
    .as_buffer = &kr_bytearray_buffer_procs,
};
