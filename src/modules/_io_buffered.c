/*
 * _io_buffered.c -- io.BufferedReader, BufferedWriter and BufferedRandom
 * in C: one layout and one set of methods, as in CPython's bufferedio.c.
 *
 *     rbuf[rpos:rlen]   bytes read ahead of the caller
 *     wbuf[0:wlen]      bytes written but not yet given to the raw stream
 *
 * At most one of the two is non-empty: a read first pushes pending writes
 * down; a write first gives the read-ahead back to the raw stream by
 * seeking.  The raw stream is always reached through its methods
 * (raw.read, raw.write, raw.seek, ...), so any raw object works and a
 * Python subclass of FileIO is obeyed.
 *
 * Writers (BufferedWriter and BufferedRandom) enter lib/_io.py's list of
 * unclosed writers, which open() and the exit path flush (krait's stand-in
 * for the immediate finalization reference counting gives CPython, see
 * docs/design.md); close() and detach() take them off it.
 */
#include <string.h>

#include "modules/_io.h"
#include "modules/gcmodule.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread_lock.h"
#include "vm/vm.h"

enum { READER, WRITER, RANDOM };

extern Type kr_memoryview_type;

#define BUF(v) ((Buffered *)kr_as_obj(v))
#define SELF BUF(args[0])

static Value raw_call(Thread *th, Buffered *b, const char *name, const Value *args, size_t n)
{
    return kr_mod__io_call_method(th, b->raw, name, args, n);
}

/* raw.closed (call false) or raw.readable() etc. (call true): read from
 * the fields when raw is an exact FileIO, the common case on every line. */
static int raw_truth(Thread *th, Buffered *b, const char *name, bool call)
{
    if (kr_type_of(b->raw) == &kr_mod__io_fileio_type) {
        FileIOObj *f = (FileIOObj *)kr_as_obj(b->raw);
        if (!call && !strcmp(name, "closed"))
            return f->fd < 0;
        if (call && f->fd >= 0 && !strcmp(name, "readable"))
            return f->readable;
        if (call && f->fd >= 0 && !strcmp(name, "writable"))
            return f->writable;
    }
    Str *k = kr_str_intern_cstr(th, name);
    Value v = call ? raw_call(th, b, name, NULL, 0) : k ? kr_object_getattr(th, b->raw, k) : KR_VALUE_NULL;
    return v ? kr_object_truth(th, v) : -1;
}

static int check_init(Thread *th, Buffered *b)
{
    if (b->raw)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, b->detached ? "raw stream has been detached"
                                                         : "I/O operation on uninitialized object");
    return -1;
}

/* check_init, then ValueError "<what> of closed file" if raw is closed. */
static int check(Thread *th, Buffered *b, const char *what)
{
    if (check_init(th, b) < 0)
        return -1;
    int c = raw_truth(th, b, "closed", false);
    if (c > 0)
        kr_err_format(th, &kr_exc_ValueError, "%s of closed file", what);
    return c ? -1 : 0;
}

/* ---- lib/_io.py's list of unclosed writers ------------------------------------------------ */

static Value io_module_attr(Thread *th, const char *name)
{
    Str *mod = kr_str_intern_cstr(th, "_io"), *k = kr_str_intern_cstr(th, name);
    Value m = mod && k ? kr_dict_get_str(th->vm->modules, mod) : KR_VALUE_NULL;
    return m ? kr_object_getattr(th, m, k) : KR_VALUE_NULL;
}

/* A writer is in _writers while its buffer holds data, so that the data
 * is flushed at exit, and no longer: a clean writer the program dropped
 * unclosed must become garbage, or its descriptor would never be closed. */
static int remember(Thread *th, Value self)
{
    Buffered *b = BUF(self);
    if (b->remembered)
        return 0;
    b->remembered = true;
    Value l = io_module_attr(th, "_writers");
    if (!l) {                       /* lib/_io.py not imported: nobody to flush for */
        kr_err_clear(th);
        return 0;
    }
    return kr_is_type(l, &kr_list_type) ? kr_list_append(th, (List *)kr_as_obj(l), self) : 0;
}

/* Done here rather than by lib/_io.py's _forget_writer: running Python
 * code would reach a safe point, where a signal handler's exception
 * would have to be dropped (a handler writing to this very file must see
 * its RuntimeError, test_io's reentrant write). */
static void forget(Thread *th, Value self)
{
    Buffered *b = BUF(self);
    if (!b->remembered)
        return;
    b->remembered = false;
    Value exc = th->exc;
    th->exc = KR_VALUE_NULL;
    Value l = io_module_attr(th, "_writers");
    if (l && kr_is_type(l, &kr_list_type)) {
        List *w = (List *)kr_as_obj(l);
        bool lk = kr_objlock(th, w);
        for (int64_t i = 0; i < w->size; i++)
            if (w->items[i] == self) {
                memmove(w->items + i, w->items + i + 1, (size_t)(w->size - i - 1) * sizeof(Value));
                w->items[--w->size] = KR_VALUE_NULL;
                break;
            }
        kr_objunlock(th, w, lk);
    }
    kr_err_clear(th);
    th->exc = exc;
}

KR_LIB_FUNC(io_mark_wrapped)
{
    kr_mod__io_set_wrapped(args[0], true);
    return KR_NONE;
}

const MethodDef kr_mod__io_pending_functions[] = {
    {"_mark_wrapped", io_mark_wrapped, "($module, layer, /)", NULL, 0},
    {0},
};

/* ---- buffers ---------------------------------------------------------------------------------- */

static int grow(Thread *th, unsigned char **p, int64_t *cap, int64_t len, int64_t need)
{
    if (need <= *cap)
        return 0;
    int64_t c = *cap < 64 ? 64 : *cap;
    while (c < need)
        c += c / 2;
    unsigned char *n = kr_gc_alloc_atomic((size_t)c);
    if (!n) {
        kr_err_no_memory(th);
        return -1;
    }
    if (len)
        memcpy(n, *p, (size_t)len);
    *p = n;
    *cap = c;
    return 0;
}

/* What raw.write() says it wrote of `asked` bytes: OSError past them. */
static int written_length(Thread *th, Value n, int64_t asked, int64_t *k)
{
    if (kr_libutil_as_ssize(th, n, k) < 0)
        return -1;
    if (*k >= 0 && *k <= asked)
        return 0;
    kr_err_format(th, &kr_exc_OSError,
                  "raw write() returned invalid length %lld (should have been between 0 and %lld)",
                  (long long)*k, (long long)asked);
    return -1;
}

static int flush_writes(Thread *th, Buffered *b)
{
    while (b->wlen > 0) {
        Value data = kr_bytes_value(kr_bytes_new(th, b->wbuf, b->wlen));
        Value n = data ? raw_call(th, b, "write", &data, 1) : KR_VALUE_NULL;
        if (!n)
            return -1;
        if (n == KR_NONE) {
            Value a[3] = {kr_from_smallint(11), KR_VALUE_NULL, kr_from_smallint(0)};
            Str *msg = kr_str_from_cstr(th, "write could not complete without blocking");
            a[1] = msg ? kr_from_obj(msg) : KR_NONE;
            Value e = kr_exception_new(th, &kr_exc_BlockingIOError, a, 3);
            if (e)
                kr_err_set(th, e);
            return -1;
        }
        int64_t k;
        if (written_length(th, n, b->wlen, &k) < 0)
            return -1;
        if (k == 0)
            k = b->wlen;
        memmove(b->wbuf, b->wbuf + k, (size_t)(b->wlen - k));
        b->wlen -= k;
        /* a write cut short by a signal returns what it wrote: the
         * handlers run before the next write may block for good */
        if (b->wlen > 0 && kr_vm_check_signals(th) < 0)
            return -1;
    }
    forget(th, kr_from_obj(b));     /* clean now: it may become garbage */
    return 0;
}

/* Give read-ahead bytes back to the raw stream (before a write or seek). */
static int drop_readahead(Thread *th, Buffered *b)
{
    int64_t ahead = b->rlen - b->rpos;
    b->rlen = b->rpos = 0;
    if (!ahead)
        return 0;
    Value a[2] = {kr_int_from_i64(th, -ahead), kr_from_smallint(1)};
    return a[0] && raw_call(th, b, "seek", a, 2) ? 0 : -1;
}

/* raw.readinto(into) checked as CPython's _bufferedreader_raw_read
 * checks it: the count, -2 for None (a non-blocking stream with nothing
 * to read), or -1 with OSError for a count that is no int or out of
 * [0, len(into)]. */
static int64_t raw_readinto(Thread *th, Buffered *b, ByteArray *into)
{
    Value dest = kr_from_obj(into);
    Value r = raw_call(th, b, "readinto", &dest, 1);
    if (!r)
        return -1;
    if (r == KR_NONE)
        return -2;
    int64_t n;
    if (kr_libutil_as_ssize(th, r, &n) < 0) {
        if (kr_err_matches(th, &kr_exc_OverflowError)) {    /* PyNumber_AsSsize_t's */
            kr_err_clear(th);
            kr_err_format(th, &kr_exc_ValueError, "cannot fit '%s' into an index-sized integer",
                          kr_type_name(r));
        }
        Value cause = kr_err_fetch(th);
        kr_err_set_string(th, &kr_exc_OSError, "raw readinto() failed");
        Value e = kr_err_fetch(th);
        if (kr_is_exc(e) && kr_is_exc(cause)) {
            ((Exc *)kr_as_obj(e))->cause = cause;
            ((Exc *)kr_as_obj(e))->context = cause;
            ((Exc *)kr_as_obj(e))->suppress_context = true;
        }
        kr_err_set(th, e);
        return -1;
    }
    if (n < 0 || n > into->len) {
        kr_err_format(th, &kr_exc_OSError, "raw readinto() returned invalid length %lld "
                      "(should have been between 0 and %lld)", (long long)n, (long long)into->len);
        return -1;
    }
    return n;
}

/* Has this FileIO a readinto of its own (set on the instance)?  Else
 * fill reads it in C.  NULL name (no memory) counts as yes: the slow path. */
static bool own_readinto(Thread *th, Value raw)
{
    Dict **dp = kr_object_dict_slot(raw);
    if (!dp || !*dp)
        return false;
    Str *k = kr_str_intern_cstr(th, "readinto");
    if (!k) {
        kr_err_clear(th);
        return true;
    }
    return kr_dict_get_str(*dp, k) != KR_VALUE_NULL;
}

/* One raw chunk appended to the read buffer: 1, 0 at end of file, -1.
 * Read with raw.readinto(), as CPython does (a raw stream may define
 * only that, and its answer is checked). */
static int fill(Thread *th, Buffered *b)
{
    if (flush_writes(th, b) < 0)
        return -1;
    if (kr_type_of(b->raw) == &kr_mod__io_fileio_type && !own_readinto(th, b->raw)) {
        if (b->rpos > 0) {
            memmove(b->rbuf, b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
            b->rlen -= b->rpos;
            b->rpos = 0;
        }
        if (grow(th, &b->rbuf, &b->rcap, b->rlen, b->rlen + b->buffer_size) < 0)
            return -1;
        int64_t n = kr_mod__io_fileio_read(th, b->raw, b->rbuf + b->rlen, (size_t)b->buffer_size);
        if (n == -1)
            return -1;
        if (n <= 0)
            return 0;
        b->rlen += n;
        return 1;
    }
    ByteArray *into = kr_bytearray_new(th, NULL, b->buffer_size);
    int64_t len = into ? raw_readinto(th, b, into) : -1;
    if (len == -1)
        return -1;
    if (len <= 0)
        return 0;
    const unsigned char *p = into->data;
    if (b->rpos > 0) {           /* keep only what is unread */
        memmove(b->rbuf, b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
        b->rlen -= b->rpos;
        b->rpos = 0;
    }
    if (grow(th, &b->rbuf, &b->rcap, b->rlen, b->rlen + len) < 0)
        return -1;
    memcpy(b->rbuf + b->rlen, p, (size_t)len);
    b->rlen += len;
    return 1;
}

static Value take(Thread *th, Buffered *b, int64_t n)
{
    Value r = kr_bytes_value(kr_bytes_new(th, b->rbuf ? b->rbuf + b->rpos : (unsigned char *)"", n));
    if (r)
        b->rpos += n;
    return r;
}

/* ---- construction ----------------------------------------------------------------------------- */

static Value buffered_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Buffered *b = kr_libutil_alloc(th, type);
    if (!b)
        return KR_VALUE_NULL;
    if (type->finalize && !(type->flags & KR_TYPE_HEAP))
        kr_mod_gc_track_del(&b->base.hdr);
    return kr_from_obj(b);
}

static int kind_of(Value self);

static int buffered_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"raw", "buffer_size", NULL};
    Value v[2];
    int kind = kind_of(self);
    const char *fname = kind == READER ? "BufferedReader" : kind == WRITER ? "BufferedWriter"
                                                                          : "BufferedRandom";
    BUF(self)->raw = KR_VALUE_NULL;    /* a failed __init__ leaves it uninitialized */
    if (kr_libutil_parse(th, fname, args, nargs, kw, names, 0, 1, v) < 0)
        return -1;
    Value raw = v[0];
    if (kind == RANDOM && !kr_mod__io_call_method(th, raw, "_checkSeekable", NULL, 0))
        return -1;
    static const char *const checks[2][2] = {{"readable", "File or stream is not readable."},
                                             {"writable", "File or stream is not writable."}};
    for (int i = 0; i < 2; i++) {
        if ((i == 0 && kind == WRITER) || (i == 1 && kind == READER))
            continue;
        Value ok = kr_mod__io_call_method(th, raw, checks[i][0], NULL, 0);
        int t = ok ? kr_object_truth(th, ok) : -1;
        if (t < 0)
            return -1;
        if (!t)
            return kr_mod__io_unsupported(th, checks[i][1]) ? 0 : -1;
    }
    int64_t size = KR_IO_DEFAULT_BUFFER_SIZE;
    if (v[1]) {
        Value i = kr_object_index(th, v[1]);
        if (!i || kr_libutil_as_ssize(th, i, &size) < 0)
            return -1;
    }
    if (size <= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    /* CPython mallocs the whole buffer here, krait as it fills: a size no
     * address space can hold (past x86-64's 47 bits) fails now, as there */
    if (size > ((int64_t)1 << 47)) {
        kr_err_no_memory(th);
        return -1;
    }
    Buffered *b = BUF(self);
    b->raw = raw;
    kr_mod__io_set_wrapped(raw, true);
    b->kind = (uint8_t)kind;
    b->buffer_size = size;
    b->rlen = b->rpos = b->wlen = 0;
    b->detached = false;
    b->remembered = false;
    return 0;
}

/* ---- reading ---------------------------------------------------------------------------------- */

static int check_readable(Thread *th, Buffered *b)
{
    if (b->kind == WRITER)
        return kr_mod__io_unsupported(th, "read") ? 0 : -1;
    int r = raw_truth(th, b, "readable", true);
    if (r > 0)
        return 0;
    return r < 0 ? -1 : kr_mod__io_unsupported(th, "read") ? 0 : -1;
}

static int size_param(Thread *th, const char *fname, const Value *args, size_t nargs, int64_t *size)
{
    if (kr_libutil_check_positional(th, fname, nargs - 1, 0, 1) < 0)
        return -1;
    return kr_mod__io_size_arg(th, nargs > 1 ? args[1] : KR_VALUE_NULL, size);
}

static Value read_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    int64_t size;
    Buffered *b = SELF;
    if (b->kind == WRITER)
        return kr_mod__io_unsupported(th, "read");
    if (check(th, b, "read") < 0 || size_param(th, "read", args, nargs, &size) < 0)
        return KR_VALUE_NULL;
    if (size < -1) {
        kr_err_set_string(th, &kr_exc_ValueError, "read length must be non-negative or -1");
        return KR_VALUE_NULL;
    }
    if (check_readable(th, b) < 0)
        return KR_VALUE_NULL;
    if (size < 0) {
        Value head = take(th, b, b->rlen - b->rpos);
        b->rlen = b->rpos = 0;
        if (!head || flush_writes(th, b) < 0)
            return KR_VALUE_NULL;
        Str *k = kr_str_intern_cstr(th, "readall");
        Value f = k ? kr_object_getattr(th, b->raw, k) : KR_VALUE_NULL;
        if (!f)
            kr_err_clear(th);
        Value rest = f ? kr_vm_call(th, f, NULL, 0, NULL) : raw_call(th, b, "read", NULL, 0);
        if (!rest)
            return KR_VALUE_NULL;
        if (rest == KR_NONE)
            return kr_as_bytes(head)->len ? head : KR_NONE;
        return kr_as_bytes(head)->len ? kr_bytes_add(th, head, rest) : rest;
    }
    while (b->rlen - b->rpos < size) {
        int r = fill(th, b);
        if (r < 0)
            return KR_VALUE_NULL;
        if (!r)
            break;
    }
    int64_t n = b->rlen - b->rpos;
    return take(th, b, n < size ? n : size);
}

static Value read1_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    int64_t size;
    Buffered *b = SELF;
    if (b->kind == WRITER)
        return kr_mod__io_unsupported(th, "read");
    if (check(th, b, "read") < 0 || size_param(th, "read1", args, nargs, &size) < 0 ||
        check_readable(th, b) < 0)
        return KR_VALUE_NULL;
    if (size == 0)
        return kr_bytes_value(kr_bytes_new(th, "", 0));
    if (b->rpos >= b->rlen && fill(th, b) < 0)
        return KR_VALUE_NULL;
    int64_t n = b->rlen - b->rpos;
    return take(th, b, size < 0 || size > n ? n : size);
}

static Value peek_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    Buffered *b = SELF;
    if (b->kind == WRITER)
        return kr_mod__io_unsupported(th, "read");
    if (check(th, b, "peek") < 0 || check_readable(th, b) < 0)
        return KR_VALUE_NULL;
    if (b->rpos >= b->rlen && fill(th, b) < 0)
        return KR_VALUE_NULL;
    return kr_bytes_value(kr_bytes_new(th, b->rbuf ? b->rbuf + b->rpos : (unsigned char *)"",
                                       b->rlen - b->rpos));
}

/* A line: up to and including '\n', at most size bytes (size < 0: any). */
static Value readline_size(Thread *th, Buffered *b, int64_t size)
{
    Buf line;
    kr_buf_init(&line);
    for (;;) {
        int64_t avail = b->rlen - b->rpos;
        const unsigned char *p = b->rbuf ? b->rbuf + b->rpos : NULL;
        const unsigned char *nl = avail ? memchr(p, '\n', (size_t)avail) : NULL;
        int64_t n = nl ? nl - p + 1 : avail;
        if (size >= 0 && (int64_t)line.len + n > size)
            n = size - (int64_t)line.len;
        if (!line.len && (nl ? n == nl - p + 1 : size >= 0 && n == size)) {
            kr_buf_free(&line);
            return take(th, b, n);     /* the whole line is in the buffer */
        }
        if (n > 0)
            kr_buf_write(&line, p, (size_t)n);
        b->rpos += n;
        if ((nl && n == nl - p + 1) || (size >= 0 && (int64_t)line.len >= size))
            break;
        int r = fill(th, b);
        if (r < 0) {
            kr_buf_free(&line);
            return KR_VALUE_NULL;
        }
        if (!r)
            break;
    }
    Bytes *r = kr_bytes_from_buf(th, &line);
    return kr_bytes_value(r);
}

static Value readline_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    int64_t size;
    Buffered *b = SELF;
    if (b->kind == WRITER)
        return kr_mod__io_unsupported(th, "read");
    if (check(th, b, "readline") < 0 || size_param(th, "readline", args, nargs, &size) < 0 ||
        check_readable(th, b) < 0)
        return KR_VALUE_NULL;
    return readline_size(th, b, size);
}

/* next(): the exact types read their own line; a subclass's readline() is obeyed. */
static Value buffered_next(Thread *th, Value self)
{
    Value line;
    Type *t = kr_type_of(self);
    if (!(t->flags & KR_TYPE_HEAP) && BUF(self)->kind != WRITER) {
        Buffered *b = BUF(self);
        if (kr_mod__io_lock(th, &b->lock, self) < 0)
            return KR_VALUE_NULL;
        line = check(th, b, "readline") < 0 || check_readable(th, b) < 0 ? KR_VALUE_NULL
                                                                         : readline_size(th, b, -1);
        kr_mod__io_unlock(th, &b->lock);
    } else {
        line = kr_mod__io_call_method(th, self, "readline", NULL, 0);
    }
    if (!line)
        return KR_VALUE_NULL;
    int64_t n;
    if (kr_object_len(th, line, &n) < 0)
        return KR_VALUE_NULL;
    return n ? line : KR_VALUE_NULL;
}

/* ---- writing ---------------------------------------------------------------------------------- */

/* More than a buffer's worth: straight to the raw stream, as CPython's
 * bufferedwriter_write, until what is left fits the buffer; *done is how
 * much went.  Data not written when an error (a signal handler's
 * exception) stops it is not kept, so no later flush blocks on it.  A
 * raw stream that would block leaves the rest to the buffer. */
static int write_through(Thread *th, Buffered *b, const unsigned char *p, int64_t n, int64_t *done)
{
    while (n - *done > b->buffer_size) {
        Value chunk = kr_bytes_value(kr_bytes_new(th, p + *done, n - *done));
        Value r = chunk ? raw_call(th, b, "write", &chunk, 1) : KR_VALUE_NULL;
        if (!r)
            return -1;
        if (r == KR_NONE)
            return 0;
        int64_t k;
        if (written_length(th, r, n - *done, &k) < 0)
            return -1;
        if (k == 0)
            k = n - *done;
        *done += k;
        if (n > *done && kr_vm_check_signals(th) < 0)
            return -1;
    }
    return 0;
}

static Value write_entered(Thread *th, const Value *args, size_t nargs)
{
    Buffered *b = SELF;
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (kind_of(args[0]) == READER)     /* by type: also before __init__ */
        return kr_mod__io_unsupported(th, "write");
    if (check_init(th, b) < 0)
        return KR_VALUE_NULL;
    int c = raw_truth(th, b, "closed", false);
    if (c) {
        if (c > 0)
            kr_err_set_string(th, &kr_exc_ValueError, "write to closed file");
        return KR_VALUE_NULL;
    }
    Value data = args[1];
    if (kr_is_type(data, &kr_memoryview_type)) {
        Value ty = kr_from_obj(&kr_bytes_type);
        if (!(data = kr_vm_call(th, ty, &data, 1, NULL)))
            return KR_VALUE_NULL;
    }
    const unsigned char *p;
    int64_t n;
    if (kr_bytes_view(th, data, &p, &n) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_bytes(data)) {       /* a snapshot: raw.write may run code that resizes it */
        Value ty = kr_from_obj(&kr_bytes_type);
        if (!(data = kr_vm_call(th, ty, &data, 1, NULL)) || kr_bytes_view(th, data, &p, &n) < 0)
            return KR_VALUE_NULL;
    }
    int w = raw_truth(th, b, "writable", true);
    if (w <= 0)
        return w < 0 ? KR_VALUE_NULL : kr_mod__io_unsupported(th, "write");
    if (b->rpos < b->rlen) {
        if (drop_readahead(th, b) < 0)
            return KR_VALUE_NULL;
    } else {
        b->rlen = b->rpos = 0;
    }
    if (b->wlen + n > b->buffer_size && flush_writes(th, b) < 0)
        return KR_VALUE_NULL;
    int64_t done = 0;
    if (n > b->buffer_size && write_through(th, b, p, n, &done) < 0)
        return KR_VALUE_NULL;
    if (grow(th, &b->wbuf, &b->wcap, b->wlen, b->wlen + n - done) < 0)
        return KR_VALUE_NULL;
    if (n > done)
        memcpy(b->wbuf + b->wlen, p + done, (size_t)(n - done));
    b->wlen += n - done;
    if (b->wlen > 0 && remember(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, n);
}

static Value flush_entered(Thread *th, const Value *args)
{
    Buffered *b = SELF;
    if (b->kind == READER) {
        if (check_init(th, b) < 0)
            return KR_VALUE_NULL;
        int c = raw_truth(th, b, "closed", false);
        if (c > 0)
            kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file.");
        return c ? KR_VALUE_NULL : KR_NONE;
    }
    if (check(th, b, "flush") < 0 || flush_writes(th, b) < 0)
        return KR_VALUE_NULL;
    Str *k = kr_str_intern_cstr(th, "flush");
    Value f = k ? kr_object_getattr(th, b->raw, k) : KR_VALUE_NULL;
    if (!f) {
        kr_err_clear(th);
        return KR_NONE;
    }
    int w = raw_truth(th, b, "writable", true);
    if (w < 0 || (w && !kr_vm_call(th, f, NULL, 0, NULL)))
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* Every operation on the buffers holds the object's lock (IoLock in
 * _io.h), raw calls included, as CPython's ENTER_BUFFERED: a second
 * thread waits; the same thread coming back (a signal handler inside
 * write(), a raw stream in Python that calls its own wrapper) gets
 * RuntimeError "reentrant call inside ...". */
typedef Value (*LockedFn)(Thread *th, Value self, const Value *args, size_t nargs);

static Value locked(Thread *th, const Value *args, size_t nargs, LockedFn fn)
{
    Buffered *b = SELF;
    if (kr_mod__io_lock(th, &b->lock, args[0]) < 0)
        return KR_VALUE_NULL;
    Value r = fn(th, args[0], args, nargs);
    kr_mod__io_unlock(th, &b->lock);
    return r;
}

static Value write_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    return write_entered(th, args, nargs);
}

static Value flush_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    return flush_entered(th, args);
}

KR_LIB_FUNC(buffered_read) { return locked(th, args, nargs, read_locked); }
KR_LIB_FUNC(buffered_read1) { return locked(th, args, nargs, read1_locked); }
KR_LIB_FUNC(buffered_peek) { return locked(th, args, nargs, peek_locked); }
KR_LIB_FUNC(buffered_readline) { return locked(th, args, nargs, readline_locked); }
KR_LIB_FUNC(buffered_write) { return locked(th, args, nargs, write_locked); }
KR_LIB_FUNC(buffered_flush) { return locked(th, args, nargs, flush_locked); }

/* TextIOWrapper's pending bytes taken and written under one hold of the
 * lock, so that two threads flushing one text file keep each thread's
 * writes in order (_io_textio.c). */
Value kr_mod__io_buffered_write_text(Thread *th, Value self, Value text)
{
    Buffered *b = BUF(self);
    if (kr_mod__io_lock(th, &b->lock, self) < 0)
        return KR_VALUE_NULL;
    Value data = kr_mod__io_textio_take(th, text);
    Value r = data;
    if (data && kr_as_bytes(data)->len) {
        Value a[2] = {self, data};
        r = write_entered(th, a, 2);
    }
    kr_mod__io_unlock(th, &b->lock);
    return r ? KR_NONE : KR_VALUE_NULL;
}

KR_LIB_FUNC(buffered_flush_for_exit)
{
    Buffered *b = SELF;
    if (!b->raw || !b->wlen || !kr_mod__io_trylock(th, &b->lock))
        return KR_NONE;     /* held: by a daemon thread parked at exit, or deeper in this one */
    int c = raw_truth(th, b, "closed", false);
    int r = c < 0 || (!c && flush_writes(th, b) < 0) ? -1 : 0;
    kr_mod__io_unlock(th, &b->lock);
    return r < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* ---- positioning -------------------------------------------------------------------------------- */

/* A position the raw stream's tell() or seek() returned: OSError if
 * negative, as CPython's _buffered_raw_tell/_buffered_raw_seek. */
static int raw_position(Thread *th, Value r, int64_t *pos)
{
    Value i = kr_object_index(th, r);
    if (!i || kr_libutil_as_ssize(th, i, pos) < 0)
        return -1;
    if (*pos >= 0)
        return 0;
    kr_err_format(th, &kr_exc_OSError, "Raw stream returned invalid position %lld", (long long)*pos);
    return -1;
}

static Value tell_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    Buffered *b = SELF;
    if (check_init(th, b) < 0)
        return KR_VALUE_NULL;
    Value r = raw_call(th, b, "tell", NULL, 0);
    int64_t pos;
    if (!r || raw_position(th, r, &pos) < 0)
        return KR_VALUE_NULL;
    pos += b->wlen - (b->rlen - b->rpos);
    return kr_int_from_i64(th, pos < 0 ? 0 : pos);
}

static Value seek_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    Buffered *b = SELF;
    if (kr_libutil_check_positional(th, "seek", nargs - 1, 1, 2) < 0)
        return KR_VALUE_NULL;
    Value whence = nargs > 2 ? args[2] : kr_from_smallint(0);
    int64_t w = -1;
    if (kr_is_int(whence) && kr_libutil_as_ssize(th, whence, &w) < 0)
        kr_err_clear(th);
    if (w < 0 || w > 4) {       /* 3 and 4: Linux's SEEK_DATA and SEEK_HOLE, for the raw stream */
        kr_err_format(th, &kr_exc_ValueError, "whence value %R unsupported", whence);
        return KR_VALUE_NULL;
    }
    if (check(th, b, "seek") < 0)
        return KR_VALUE_NULL;
    int s = raw_truth(th, b, "seekable", true);
    if (s <= 0)
        return s < 0 ? KR_VALUE_NULL : kr_mod__io_unsupported(th, "File or stream is not seekable.");
    Value i = kr_object_index(th, args[1]);
    int64_t pos;
    if (!i || kr_libutil_as_ssize(th, i, &pos) < 0 || flush_writes(th, b) < 0)
        return KR_VALUE_NULL;
    if (w == 1)
        pos -= b->rlen - b->rpos;
    b->rlen = b->rpos = 0;
    Value a[2] = {kr_int_from_i64(th, pos), kr_from_smallint(w)};
    Value r = a[0] ? raw_call(th, b, "seek", a, 2) : KR_VALUE_NULL;
    return r && raw_position(th, r, &pos) == 0 ? kr_int_from_i64(th, pos) : KR_VALUE_NULL;
}

static Value truncate_locked(Thread *th, Value self, const Value *args, size_t nargs)
{
    Buffered *b = SELF;
    if (kr_libutil_check_positional(th, "truncate", nargs - 1, 0, 1) < 0 || check(th, b, "truncate") < 0)
        return KR_VALUE_NULL;
    if (b->kind == READER)
        return kr_mod__io_unsupported(th, "truncate");
    if (flush_writes(th, b) < 0)
        return KR_VALUE_NULL;
    Value pos = nargs > 1 && args[1] != KR_NONE ? args[1] : tell_locked(th, self, args, 1);
    if (!pos || drop_readahead(th, b) < 0)
        return KR_VALUE_NULL;
    return raw_call(th, b, "truncate", &pos, 1);
}

KR_LIB_FUNC(buffered_tell) { return locked(th, args, nargs, tell_locked); }
KR_LIB_FUNC(buffered_seek) { return locked(th, args, nargs, seek_locked); }
KR_LIB_FUNC(buffered_truncate) { return locked(th, args, nargs, truncate_locked); }

/* ---- the rest ------------------------------------------------------------------------------------ */

static Value delegate(Thread *th, const Value *args, const char *name)
{
    return check_init(th, SELF) < 0 ? KR_VALUE_NULL : raw_call(th, SELF, name, NULL, 0);
}

KR_LIB_FUNC(buffered_fileno) { return delegate(th, args, "fileno"); }
KR_LIB_FUNC(buffered_isatty) { return delegate(th, args, "isatty"); }
KR_LIB_FUNC(buffered_seekable) { return delegate(th, args, "seekable"); }

KR_LIB_FUNC(buffered_readable)
{
    if (check_init(th, SELF) < 0)
        return KR_VALUE_NULL;
    return SELF->kind == WRITER ? KR_FALSE : raw_call(th, SELF, "readable", NULL, 0);
}

KR_LIB_FUNC(buffered_writable)
{
    if (check_init(th, SELF) < 0)
        return KR_VALUE_NULL;
    return SELF->kind == READER ? KR_FALSE : raw_call(th, SELF, "writable", NULL, 0);
}

KR_LIB_FUNC(buffered_detach)
{
    Buffered *b = SELF;
    if (check_init(th, b) < 0 || !kr_mod__io_call_method(th, args[0], "flush", NULL, 0) ||
        kr_mod__io_lock(th, &b->lock, args[0]) < 0)
        return KR_VALUE_NULL;
    forget(th, args[0]);
    Value raw = b->raw;
    b->raw = KR_VALUE_NULL;
    b->detached = true;
    kr_mod__io_set_wrapped(raw, false);
    kr_mod__io_unlock(th, &b->lock);
    return raw;
}

/* raw._dealloc_warn(source): the raw file says it was left open (a
 * ResourceWarning naming the outermost layer).  Errors are dropped. */
static void dealloc_warn(Thread *th, Buffered *b, Value source)
{
    if (b->raw && !raw_call(th, b, "_dealloc_warn", &source, 1))
        kr_err_clear(th);
}

KR_LIB_FUNC(buffered_dealloc_warn)
{
    dealloc_warn(th, SELF, args[1]);
    return KR_NONE;
}

/* close(): flush, then close the raw stream even if flush failed; a
 * failing raw close() raises with flush's error as its __context__, else
 * flush's error is raised (CPython's _PyErr_ChainExceptions).  The lock
 * is dropped around self.flush(), which takes it itself (CPython too). */
KR_LIB_FUNC(buffered_close)
{
    Buffered *b = SELF;
    if (check_init(th, b) < 0 || kr_mod__io_lock(th, &b->lock, args[0]) < 0)
        return KR_VALUE_NULL;
    int c = raw_truth(th, b, "closed", false);
    if (c)
        forget(th, args[0]);
    kr_mod__io_unlock(th, &b->lock);
    if (c)
        return c < 0 ? KR_VALUE_NULL : KR_NONE;
    if (b->finalizing)
        dealloc_warn(th, b, args[0]);
    Value r = kr_mod__io_call_method(th, args[0], "flush", NULL, 0);
    Value exc = r ? KR_VALUE_NULL : kr_err_fetch(th);
    if (kr_mod__io_lock(th, &b->lock, args[0]) < 0) {
        if (exc) {
            kr_err_clear(th);
            kr_err_set(th, exc);
        }
        return KR_VALUE_NULL;
    }
    forget(th, args[0]);
    Value rc = raw_call(th, b, "close", NULL, 0);
    kr_mod__io_unlock(th, &b->lock);
    if (exc) {
        Value later = rc ? KR_VALUE_NULL : kr_err_fetch(th);
        if (later && kr_is_exc(later) && ((Exc *)kr_as_obj(later))->context == KR_NONE) {
            ((Exc *)kr_as_obj(later))->context = exc;
            exc = later;
        }
        kr_err_clear(th);
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    return rc ? KR_NONE : KR_VALUE_NULL;
}

/* A plain member in CPython: None once detached. */
static Value m_raw(Thread *th, Value self)
{
    return BUF(self)->raw ? BUF(self)->raw : KR_NONE;
}

static Value raw_attr(Thread *th, Value self, const char *name)
{
    Buffered *b = BUF(self);
    Str *k = kr_str_intern_cstr(th, name);
    if (check_init(th, b) < 0 || !k)
        return KR_VALUE_NULL;
    return kr_object_getattr(th, b->raw, k);
}

static Value m_closed(Thread *th, Value self)
{
    Buffered *b = BUF(self);
    if (b->raw && kr_type_of(b->raw) == &kr_mod__io_fileio_type)     /* asked on every text line */
        return kr_from_bool(((FileIOObj *)kr_as_obj(b->raw))->fd < 0);
    return raw_attr(th, self, "closed");
}
static Value m_name(Thread *th, Value self) { return raw_attr(th, self, "name"); }
static Value m_mode(Thread *th, Value self) { return raw_attr(th, self, "mode"); }
static Value m_finalizing(Thread *th, Value self) { return kr_from_bool(BUF(self)->finalizing); }

static int set_finalizing(Thread *th, Value self, Str *name, Value v)
{
    int t = v ? kr_object_truth(th, v) : 0;
    if (t < 0)
        return -1;
    BUF(self)->finalizing = t;
    return 0;
}

static Value buffered_repr(Thread *th, Value self)
{
    Str *k = kr_str_intern_cstr(th, "name");
    Value name = k ? kr_object_getattr(th, self, k) : KR_VALUE_NULL;
    if (!name) {
        if (!kr_err_matches(th, &kr_exc_ValueError) && !kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    Buf out;
    kr_buf_init(&out);
    kr_buf_printf(&out, "<%s", kr_type_of(self)->name);
    if (name) {
        kr_buf_puts(&out, " name=");
        if (kr_libutil_repr_put(th, &out, name) < 0) {
            kr_buf_free(&out);
            return KR_VALUE_NULL;
        }
    }
    kr_buf_putc(&out, '>');
    return kr_libutil_buf_value(th, &out);
}

static void buffered_finalize(Thread *th, Value self)
{
    Buffered *b = BUF(self);
    if (!b->raw)
        return;
    /* Not kr_mod__io_flush: a finalizer runs at any safe point, also in
     * the middle of another writer's write(), whose text a flush from here
     * would lose.  It is not needed either: an open writer is held by
     * lib/_io.py's _writers, so it is never garbage, nor is its raw file. */
    if (!b->wrapped || b->deferred)
        kr_mod__io_finalize(th, self);
    else if ((b->deferred = true))
        kr_mod_gc_track_del(&b->base.hdr);
}

KR_LIB_FUNC(buffered_getstate)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_libutil_short_name(args[0]));
    return KR_VALUE_NULL;
}

static const MemberDef buffered_members[] = {
    {"raw", 0, m_raw, NULL, NULL, KR_MEMBER_READONLY},
    {"closed", 0, m_closed, NULL, NULL, KR_MEMBER_READONLY},
    {"name", 0, m_name, NULL, NULL, KR_MEMBER_READONLY},
    {"mode", 0, m_mode, NULL, NULL, KR_MEMBER_READONLY},
    {"_finalizing", 0, m_finalizing, set_finalizing, NULL, KR_MEMBER_PLAIN},
    {0},
};

static const MethodDef buffered_methods[] = {
    {"read", buffered_read, "($self, size=-1, /)", NULL, 0},
    {"read1", buffered_read1, "($self, size=-1, /)", NULL, 0},
    {"peek", buffered_peek, "($self, size=0, /)", NULL, 0},
    {"readline", buffered_readline, "($self, size=-1, /)", NULL, 0},
    {"write", buffered_write, "($self, buffer, /)", NULL, 0},
    {"flush", buffered_flush, "($self, /)", NULL, 0},
    {"_flush_for_exit", buffered_flush_for_exit, "($self, /)", NULL, 0},
    {"tell", buffered_tell, "($self, /)", NULL, 0},
    {"seek", buffered_seek, "($self, target, whence=0, /)", NULL, 0},
    {"truncate", buffered_truncate, "($self, pos=None, /)", NULL, 0},
    {"fileno", buffered_fileno, "($self, /)", NULL, 0},
    {"isatty", buffered_isatty, "($self, /)", NULL, 0},
    {"seekable", buffered_seekable, "($self, /)", NULL, 0},
    {"readable", buffered_readable, "($self, /)", NULL, 0},
    {"writable", buffered_writable, "($self, /)", NULL, 0},
    {"detach", buffered_detach, "($self, /)", NULL, 0},
    {"close", buffered_close, "($self, /)", NULL, 0},
    {"_dealloc_warn", buffered_dealloc_warn, "($self, source, /)", NULL, 0},
    {"__getstate__", buffered_getstate, "($self, /)", NULL, 0},
    {0},
};

/* BufferedWriter has no read side of its own: read, read1 and readline
 * come from the bases (UnsupportedOperation), and there is no peek. */
static const MethodDef writer_methods[] = {
    {"write", buffered_write, "($self, buffer, /)", NULL, 0},
    {"flush", buffered_flush, "($self, /)", NULL, 0},
    {"_flush_for_exit", buffered_flush_for_exit, "($self, /)", NULL, 0},
    {"tell", buffered_tell, "($self, /)", NULL, 0},
    {"seek", buffered_seek, "($self, target, whence=0, /)", NULL, 0},
    {"truncate", buffered_truncate, "($self, pos=None, /)", NULL, 0},
    {"fileno", buffered_fileno, "($self, /)", NULL, 0},
    {"isatty", buffered_isatty, "($self, /)", NULL, 0},
    {"seekable", buffered_seekable, "($self, /)", NULL, 0},
    {"readable", buffered_readable, "($self, /)", NULL, 0},
    {"writable", buffered_writable, "($self, /)", NULL, 0},
    {"detach", buffered_detach, "($self, /)", NULL, 0},
    {"close", buffered_close, "($self, /)", NULL, 0},
    {"_dealloc_warn", buffered_dealloc_warn, "($self, source, /)", NULL, 0},
    {"__getstate__", buffered_getstate, "($self, /)", NULL, 0},
    {0},
};

#define BUFFERED_TYPE(cname, pyname, methods_)                                             \
    Type cname = {                                                                         \
        .hdr = {&kr_type_type}, .name = pyname, .size = sizeof(Buffered),                  \
        .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),               \
        .base = &kr_mod__io_bufferediobase_type, .new_ = buffered_new,                     \
        .init = buffered_init, .finalize = buffered_finalize, .repr = buffered_repr,       \
        .methods = methods_, .members = buffered_members, .next = buffered_next,           \
    }

BUFFERED_TYPE(kr_mod__io_bufferedreader_type, "_io.BufferedReader", buffered_methods);
BUFFERED_TYPE(kr_mod__io_bufferedwriter_type, "_io.BufferedWriter", writer_methods);
BUFFERED_TYPE(kr_mod__io_bufferedrandom_type, "_io.BufferedRandom", buffered_methods);

/* Which of the three the object is (a subclass: by its nearest C base). */
static int kind_of(Value self)
{
    for (Type *t = kr_type_of(self); t; t = t->base) {
        if (t == &kr_mod__io_bufferedreader_type)
            return READER;
        if (t == &kr_mod__io_bufferedwriter_type)
            return WRITER;
        if (t == &kr_mod__io_bufferedrandom_type)
            return RANDOM;
    }
    return RANDOM;
}

/* ---- BufferedRWPair: a reader and a writer on two raw streams ------------------------------ */

typedef struct RWPair {
    IOBaseObj base;
    Value reader, writer;       /* BufferedReader, BufferedWriter; NULL before __init__ */
} RWPair;

#define PAIR(v) ((RWPair *)kr_as_obj(v))

static Value rwpair_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    RWPair *p = kr_libutil_alloc(th, type);
    return p ? kr_from_obj(p) : KR_VALUE_NULL;
}

static int rwpair_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    if (kr_libutil_no_keywords(th, "BufferedRWPair", kw) < 0 ||
        kr_libutil_check_positional(th, "BufferedRWPair", nargs, 2, 3) < 0)
        return -1;
    static const char *const checks[2][2] = {{"readable", "File or stream is not readable."},
                                             {"writable", "File or stream is not writable."}};
    for (int i = 0; i < 2; i++) {
        Value ok = kr_mod__io_call_method(th, args[i], checks[i][0], NULL, 0);
        int t = ok ? kr_object_truth(th, ok) : -1;
        if (t < 0)
            return -1;
        if (!t)
            return kr_mod__io_unsupported(th, checks[i][1]) ? 0 : -1;
    }
    Value a[2] = {args[0], nargs > 2 ? args[2] : kr_from_smallint(KR_IO_DEFAULT_BUFFER_SIZE)};
    Value r = kr_vm_call(th, kr_from_obj(&kr_mod__io_bufferedreader_type), a, 2, NULL);
    a[0] = args[1];
    Value w = r ? kr_vm_call(th, kr_from_obj(&kr_mod__io_bufferedwriter_type), a, 2, NULL) : KR_VALUE_NULL;
    if (!w)
        return -1;
    PAIR(self)->reader = r;
    PAIR(self)->writer = w;
    return 0;
}

/* Forward the call to the reader or the writer, arguments unchanged. */
static Value forward(Thread *th, const Value *args, size_t nargs, bool to_writer, const char *name)
{
    RWPair *p = PAIR(args[0]);
    Value target = to_writer ? p->writer : p->reader;
    if (!target) {
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return KR_VALUE_NULL;
    }
    return kr_mod__io_call_method(th, target, name, args + 1, nargs - 1);
}

KR_LIB_FUNC(rwpair_read) { return forward(th, args, nargs, false, "read"); }
KR_LIB_FUNC(rwpair_peek) { return forward(th, args, nargs, false, "peek"); }
KR_LIB_FUNC(rwpair_read1) { return forward(th, args, nargs, false, "read1"); }
KR_LIB_FUNC(rwpair_readinto) { return forward(th, args, nargs, false, "readinto"); }
KR_LIB_FUNC(rwpair_readinto1) { return forward(th, args, nargs, false, "readinto1"); }
KR_LIB_FUNC(rwpair_readable) { return forward(th, args, 1, false, "readable"); }
KR_LIB_FUNC(rwpair_write) { return forward(th, args, nargs, true, "write"); }
KR_LIB_FUNC(rwpair_flush) { return forward(th, args, 1, true, "flush"); }
KR_LIB_FUNC(rwpair_writable) { return forward(th, args, 1, true, "writable"); }

KR_LIB_FUNC(rwpair_isatty)
{
    Value w = forward(th, args, 1, true, "isatty");
    if (!w || w != KR_FALSE)
        return w;
    return forward(th, args, 1, false, "isatty");
}

/* close(): the writer, then the reader; the writer's error wins. */
KR_LIB_FUNC(rwpair_close)
{
    Value w = forward(th, args, 1, true, "close");
    Value exc = w ? KR_VALUE_NULL : kr_err_fetch(th);
    Value r = PAIR(args[0])->reader ? forward(th, args, 1, false, "close") : KR_NONE;
    if (exc) {
        kr_err_clear(th);
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    return r;
}

static Value rwpair_closed(Thread *th, Value self)
{
    RWPair *p = PAIR(self);
    if (!p->writer) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
        return KR_VALUE_NULL;
    }
    Str *k = kr_str_intern_cstr(th, "closed");
    return k ? kr_object_getattr(th, p->writer, k) : KR_VALUE_NULL;
}

static const MemberDef rwpair_members[] = {
    {"closed", 0, rwpair_closed, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static const MethodDef rwpair_methods[] = {
    {"read", rwpair_read, "($self, size=-1, /)", NULL, 0},
    {"peek", rwpair_peek, "($self, size=0, /)", NULL, 0},
    {"read1", rwpair_read1, "($self, size=-1, /)", NULL, 0},
    {"readinto", rwpair_readinto, "($self, buffer, /)", NULL, 0},
    {"readinto1", rwpair_readinto1, "($self, buffer, /)", NULL, 0},
    {"write", rwpair_write, "($self, buffer, /)", NULL, 0},
    {"flush", rwpair_flush, "($self, /)", NULL, 0},
    {"readable", rwpair_readable, "($self, /)", NULL, 0},
    {"writable", rwpair_writable, "($self, /)", NULL, 0},
    {"isatty", rwpair_isatty, "($self, /)", NULL, 0},
    {"close", rwpair_close, "($self, /)", NULL, 0},
    {0},
};

Type kr_mod__io_bufferedrwpair_type = {
    .hdr = {&kr_type_type}, .name = "_io.BufferedRWPair", .size = sizeof(RWPair),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_bufferediobase_type, .new_ = rwpair_new, .init = rwpair_init,
    .methods = rwpair_methods, .members = rwpair_members,
};
