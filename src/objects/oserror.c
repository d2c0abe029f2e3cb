/*
 * oserror.c -- OSError: errno/strerror/filename/filename2 fields, str(),
 * and the constructor that picks the subclass from errno.
 *
 * CPython parses OSError's arguments in __new__ unless a subclass overrides
 * __init__ (but not __new__), in which case __init__ does it, so that a
 * subclass's __init__ can pass different arguments up.  We keep that rule:
 * oserror_new parses unless `use_init`, oserror_init parses only if it.
 *
 *     OSError(errno, strerror[, filename[, winerror[, filename2]]])
 *
 * With a filename the args tuple is cut to (errno, strerror).
 */
#include "objects/oserror.h"

#include <errno.h>
#include <string.h>

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "objects/argparse.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

/* errno -> the subclass OSError(errno, ...) constructs (PEP 3151). */
static Type *errno_type(int64_t e)
{
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &kr_exc_BlockingIOError;
    case ECHILD: return &kr_exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &kr_exc_BrokenPipeError;
    case ECONNABORTED: return &kr_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &kr_exc_ConnectionRefusedError;
    case ECONNRESET: return &kr_exc_ConnectionResetError;
    case EEXIST: return &kr_exc_FileExistsError;
    case ENOENT: return &kr_exc_FileNotFoundError;
    case EISDIR: return &kr_exc_IsADirectoryError;
    case ENOTDIR: return &kr_exc_NotADirectoryError;
    case EINTR: return &kr_exc_InterruptedError;
    case EACCES: case EPERM: return &kr_exc_PermissionError;
    case ESRCH: return &kr_exc_ProcessLookupError;
    case ETIMEDOUT: return &kr_exc_TimeoutError;
    default: return NULL;
    }
}

static int oserror_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames);

/* A Python subclass that overrides __init__ but not __new__ parses there. */
static bool use_init(Type *t)
{
    return t->init != oserror_init && t->new_ == kr_exc_OSError.new_;
}

/* Store the parsed fields (CPython's oserror_init). */
static int fill(Thread *th, OSErr *e, const Value *args, size_t nargs)
{
    e->base.args = kr_tuple_from_array(th, args, (int64_t)nargs);
    if (!e->base.args)
        return -1;
    if (nargs < 2 || nargs > 5)
        return 0;
    Value filename = nargs > 2 ? args[2] : KR_NONE;
    Value filename2 = nargs > 4 ? args[4] : KR_NONE;
    if (filename != KR_NONE) {
        if (e->base.hdr.type == &kr_exc_BlockingIOError && kr_is_int(filename)) {
            if (kr_int_as_i64(th, filename, &e->written) < 0)
                return -1;
        } else {
            e->filename = filename;
            if (filename2 != KR_NONE)
                e->filename2 = filename2;
            e->base.args = kr_tuple_from_array(th, args, 2);
            if (!e->base.args)
                return -1;
        }
    }
    e->myerrno = args[0];
    e->strerror = args[1];
    return 0;
}

static Value oserror_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kwnames)
{
    bool parse = !use_init(t);
    if (parse && kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", t->name);
        return KR_VALUE_NULL;
    }
    if (parse && t == &kr_exc_OSError && nargs >= 2 && nargs <= 5 && kr_is_int(args[0])) {
        int64_t code;
        Type *sub = kr_int_as_i64(th, args[0], &code) == 0 ? errno_type(code) : NULL;
        kr_err_clear(th);
        if (sub)
            t = sub;
    }
    OSErr *e = kr_gc_alloc(t->size);
    if (!e) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    e->base.hdr.type = t;
    e->base.traceback = e->base.cause = e->base.context = KR_NONE;
    e->written = -1;
    if (parse ? fill(th, e, args, nargs) < 0 : !(e->base.args = kr_tuple_new(th, 0)))
        return KR_VALUE_NULL;
    return kr_from_obj(e);
}

static int oserror_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kwnames)
{
    Type *t = kr_type_of(self);
    if (!use_init(t))
        return 0;
    if (kwnames && kwnames->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", t->name);
        return -1;
    }
    return fill(th, (OSErr *)kr_as_obj(self), args, nargs);
}

/* Append str(v) or repr(v) to b; -1 (b freed) if that raises. */
static int put(Thread *th, Buf *b, Value v, bool repr)
{
    Value s = repr ? kr_object_repr(th, v) : kr_object_str(th, v);
    if (!s) {
        kr_buf_free(b);
        return -1;
    }
    kr_str_to_buf(b, kr_as_str(s));
    return 0;
}

/* "[Errno 2] No such file or directory: 'x'" (-> 'y' with filename2). */
static Value oserror_str(Thread *th, Value self)
{
    OSErr *e = (OSErr *)kr_as_obj(self);
    if (!e->filename && !(e->myerrno && e->strerror))
        return kr_exc_Exception.str(th, self);
    Buf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "[Errno ");
    if (put(th, &b, e->myerrno ? e->myerrno : KR_NONE, false) < 0)
        return KR_VALUE_NULL;
    kr_buf_puts(&b, "] ");
    if (put(th, &b, e->strerror ? e->strerror : KR_NONE, false) < 0)
        return KR_VALUE_NULL;
    if (e->filename) {
        kr_buf_puts(&b, ": ");
        if (put(th, &b, e->filename, true) < 0)
            return KR_VALUE_NULL;
        if (e->filename2) {
            kr_buf_puts(&b, " -> ");
            if (put(th, &b, e->filename2, true) < 0)
                return KR_VALUE_NULL;
        }
    }
    Str *s = kr_str_from_buf(th, &b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

#define FIELD(name)                                                                  \
    static Value get_##name(Thread *th, Value self)                                  \
    {                                                                                \
        Value v = ((OSErr *)kr_as_obj(self))->name;                                  \
        return v ? v : KR_NONE;                                                      \
    }                                                                                \
    static int set_##name(Thread *th, Value self, Str *unused, Value v)              \
    {                                                                                \
        ((OSErr *)kr_as_obj(self))->name = v;                                        \
        return 0;                                                                    \
    }
FIELD(myerrno)
FIELD(strerror)
FIELD(filename)
FIELD(filename2)

static Value get_written(Thread *th, Value self)
{
    OSErr *e = (OSErr *)kr_as_obj(self);
    if (e->written == -1) {
        kr_err_set_string(th, &kr_exc_AttributeError, "characters_written");
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, e->written);
}

static int set_written(Thread *th, Value self, Str *unused, Value v)
{
    OSErr *e = (OSErr *)kr_as_obj(self);
    if (!v) {
        if (e->written == -1) {
            kr_err_set_string(th, &kr_exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    Value i = kr_object_index(th, v);
    return i ? kr_int_as_i64(th, i, &e->written) : -1;
}

static const MemberDef oserror_members[] = {
    {"errno", 0, get_myerrno, set_myerrno, "POSIX exception code", 0},
    {"strerror", 0, get_strerror, set_strerror, "exception strerror", 0},
    {"filename", 0, get_filename, set_filename, "exception filename", 0},
    {"filename2", 0, get_filename2, set_filename2, "second exception filename", 0},
    {"characters_written", 0, get_written, set_written, NULL, 0},
    {0},
};

/* OSError.__reduce__: a filename set by the constructor is not in args
 * (only errno and strerror are), so it is appended again, as CPython's. */
static Value oserror_reduce(Thread *th, Value unused, const Value *args, size_t nargs,
                            Tuple *kwnames)
{
    if (kr_argparse_noargs(th, "OSError.__reduce__", nargs - 1, kwnames) < 0)
        return KR_VALUE_NULL;
    OSErr *e = (OSErr *)kr_as_obj(args[0]);
    Tuple *a = e->base.args;
    if (a->size == 2 && e->filename) {
        Value items[5] = {a->items[0], a->items[1], e->filename, KR_NONE, e->filename2};
        if (!(a = kr_tuple_from_array(th, items, e->filename2 ? 5 : 3)))
            return KR_VALUE_NULL;
    }
    return kr_exception_reduce_with(th, args[0], a);
}

static const MethodDef oserror_methods[] = {
    {"__reduce__", oserror_reduce, "($self, /)", NULL, 0},
    {0},
};

static Type *const oserror_family[] = {
    &kr_exc_OSError, &kr_exc_BlockingIOError, &kr_exc_ChildProcessError,
    &kr_exc_ConnectionError, &kr_exc_BrokenPipeError, &kr_exc_ConnectionAbortedError,
    &kr_exc_ConnectionRefusedError, &kr_exc_ConnectionResetError, &kr_exc_FileExistsError,
    &kr_exc_FileNotFoundError, &kr_exc_InterruptedError, &kr_exc_IsADirectoryError,
    &kr_exc_NotADirectoryError, &kr_exc_PermissionError, &kr_exc_ProcessLookupError,
    &kr_exc_TimeoutError,
};

void kr_oserror_prepare(void)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(oserror_family); i++) {
        Type *t = oserror_family[i];
        t->size = sizeof(OSErr);
        t->new_ = oserror_new;
        t->init = oserror_init;
        t->str = oserror_str;
    }
    kr_exc_OSError.members = oserror_members;
    kr_exc_OSError.methods = oserror_methods;
}

void kr_oserror_from_errno(Thread *th, int err, Value filename, Value filename2)
{
    Str *msg = kr_str_from_cstr(th, strerror(err));
    if (!msg)
        return;
    Value args[5] = {kr_from_smallint(err), kr_from_obj(msg), filename ? filename : KR_NONE,
                     KR_NONE, filename2 ? filename2 : KR_NONE};
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    Value exc = kr_exception_new(th, &kr_exc_OSError, args, n);
    if (exc)
        kr_err_set(th, exc);
}
