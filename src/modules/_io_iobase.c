/*
 * _io_iobase.c -- the abstract bases of the io stack in C: _IOBase,
 * _RawIOBase, _BufferedIOBase, _TextIOBase (CPython's iobase.c,
 * bufferedio.c and textio.c bases), and the builtin module that carries
 * the C layers while _io itself is still Python.
 *
 * lib/_io.py imports this module as `_io_native` and builds its classes on
 * these bases, so io.py's ABCs (class IOBase(_io._IOBase, ...)) sit on C
 * types as in CPython, and the C streams (StringIO, _io_stringio.c) share
 * them.  Every generic method goes through the object's own methods
 * (self.read, self.write, self.closed, ...), never through C shortcuts,
 * so a Python subclass that overrides one is obeyed.
 *
 * The closed flag of _IOBase is the instance attribute `__IOBase_closed`,
 * as in CPython: subclasses that keep their own state override `closed`.
 * io.UnsupportedOperation is the Python class lib/_io.py defines (it
 * derives from both OSError and ValueError); lib/_io.py stores it in this
 * module, and kr_mod__io_unsupported raises it (OSError until then).
 */
#include <string.h>

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
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "modules/_io.h"

/* ---- helpers shared by the C layers ------------------------------------------------------ */

Value kr_mod__io_unsupported(Thread *th, const char *msg)
{
    Str *mod = kr_str_intern_cstr(th, "_io_native");
    Str *name = kr_str_intern_cstr(th, "UnsupportedOperation");
    Value m = mod && name ? kr_dict_get_str(th->vm->modules, mod) : KR_VALUE_NULL;
    Value cls = m && kr_is_type(m, &kr_module_type) ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, name)
                                                   : KR_VALUE_NULL;
    if (!cls && m) {     /* lib/_io.py defines it: import it (a standard stream can ask first) */
        Str *io = kr_str_intern_cstr(th, "_io");
        if (io && kr_vm_import(th, io, true))
            cls = kr_dict_get_str(((Module *)kr_as_obj(m))->dict, name);
        kr_err_clear(th);
    }
    Type *fallback = &kr_exc_OSError;
    if (!cls) {      /* before lib/_io.py has run: the nearest base */
        kr_err_set_string(th, fallback, msg);
        return KR_VALUE_NULL;
    }
    Str *text = kr_str_from_cstr(th, msg);
    Value arg = text ? kr_from_obj(text) : KR_VALUE_NULL;
    Value e = arg ? kr_vm_call(th, cls, &arg, 1, NULL) : KR_VALUE_NULL;
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

Value kr_mod__io_call_method(Thread *th, Value self, const char *name, const Value *args,
                             size_t nargs)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value f = n ? kr_object_getattr(th, self, n) : KR_VALUE_NULL;
    return f ? kr_vm_call(th, f, args, nargs, NULL) : KR_VALUE_NULL;
}

/* truth of self.<name>: 1, 0 or -1. */
static int attr_truth(Thread *th, Value self, const char *name)
{
    Str *n = kr_str_intern_cstr(th, name);
    Value v = n ? kr_object_getattr(th, self, n) : KR_VALUE_NULL;
    return v ? kr_object_truth(th, v) : -1;
}

/* self.<name>() is true: 1, 0 or -1. */
static int method_truth(Thread *th, Value self, const char *name)
{
    Value v = kr_mod__io_call_method(th, self, name, NULL, 0);
    return v ? kr_object_truth(th, v) : -1;
}

int kr_mod__io_check_closed(Thread *th, Value self)
{
    int c = attr_truth(th, self, "closed");
    if (c > 0)
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file.");
    return c ? -1 : 0;
}

int kr_mod__io_size_arg(Thread *th, Value v, int64_t *size)
{
    *size = -1;
    if (!v || v == KR_NONE)
        return 0;
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError, "argument should be integer or None, not '%s'",
                      kr_type_name(v));
        return -1;
    }
    return kr_libutil_as_ssize(th, v, size);
}

/* ---- _IOBase ------------------------------------------------------------------------------ */

static Value iobase_closed_get(Thread *th, Value self)
{
    Str *n = kr_str_intern_cstr(th, "__IOBase_closed");
    Value v = n ? kr_object_getattr(th, self, n) : KR_VALUE_NULL;
    if (v)
        return v;
    if (!kr_err_matches(th, &kr_exc_AttributeError))
        return KR_VALUE_NULL;
    kr_err_clear(th);
    return KR_FALSE;
}

KR_LIB_FUNC(iobase_seek) { return kr_mod__io_unsupported(th, "seek"); }
KR_LIB_FUNC(iobase_truncate) { return kr_mod__io_unsupported(th, "truncate"); }
KR_LIB_FUNC(iobase_fileno) { return kr_mod__io_unsupported(th, "fileno"); }

KR_LIB_FUNC(iobase_tell)
{
    Value a[2] = {kr_from_smallint(0), kr_from_smallint(1)};
    return kr_mod__io_call_method(th, args[0], "seek", a, 2);
}

/* flush() and close() ask the __IOBase_closed flag itself, not the
 * closed property (CPython's IS_CLOSED): a StringIO, whose closed is its
 * own, flushes without error after close(). */
static int flag_closed(Thread *th, Value self)
{
    Value v = iobase_closed_get(th, self);
    return v ? kr_object_truth(th, v) : -1;
}

KR_LIB_FUNC(iobase_flush)
{
    int c = flag_closed(th, args[0]);
    if (c < 0)
        return KR_VALUE_NULL;
    if (c) {
        kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file.");
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* close(): flush, then mark closed even if the flush raised. */
KR_LIB_FUNC(iobase_close)
{
    int c = flag_closed(th, args[0]);
    if (c)
        return c < 0 ? KR_VALUE_NULL : KR_NONE;
    Value r = kr_mod__io_call_method(th, args[0], "flush", NULL, 0);
    Value exc = r ? KR_VALUE_NULL : kr_err_fetch(th);
    Str *n = kr_str_intern_cstr(th, "__IOBase_closed");
    if (!n || kr_object_setattr(th, args[0], n, KR_TRUE) < 0)
        return KR_VALUE_NULL;
    if (exc) {
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(iobase_false) { return KR_FALSE; }

/* The collector found the stream unreachable.  `_finalizing` tells
 * close() to warn that the file was left open (FileIO._dealloc_warn);
 * errors are dropped, as CPython does outside its development mode. */
void kr_mod__io_finalize(Thread *th, Value self)
{
    int closed = attr_truth(th, self, "closed");
    if (closed != 0) {
        kr_err_clear(th);
        return;
    }
    Str *n = kr_str_intern_cstr(th, "_finalizing");
    if (!n || kr_object_setattr(th, self, n, KR_TRUE) < 0)
        kr_err_clear(th);
    if (!kr_mod__io_call_method(th, self, "close", NULL, 0))
        kr_err_clear(th);
}

void kr_mod__io_set_wrapped(Value layer, bool wrapped)
{
    if (!kr_is_obj(layer))
        return;
    Type *t = kr_type_of(layer);
    if (kr_type_is_subtype(t, &kr_mod__io_fileio_type))
        ((FileIOObj *)kr_as_obj(layer))->wrapped = wrapped;
    else if (kr_type_is_subtype(t, &kr_mod__io_bufferedreader_type) ||
             kr_type_is_subtype(t, &kr_mod__io_bufferedwriter_type) ||
             kr_type_is_subtype(t, &kr_mod__io_bufferedrandom_type))
        ((Buffered *)kr_as_obj(layer))->wrapped = wrapped;
}

/* __del__, so that a subclass's own __del__ can chain to it. */
KR_LIB_FUNC(iobase_del)
{
    kr_mod__io_finalize(th, args[0]);
    return KR_NONE;
}

/* _checkSeekable() and the others: CPython 3.11's take no arguments. */
static Value check_with(Thread *th, Value self, const char *query, const char *dflt,
                        const Value *args, size_t nargs)
{
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError, "_IOBase._check%c%s() takes no arguments (%zu given)",
                      query[0] - 32, query + 1, nargs - 1);
        return KR_VALUE_NULL;
    }
    int ok = method_truth(th, self, query);
    if (ok < 0)
        return KR_VALUE_NULL;
    return ok ? KR_TRUE : kr_mod__io_unsupported(th, dflt);
}

KR_LIB_FUNC(iobase_check_closed)
{
    if (nargs > 1) {
        kr_err_format(th, &kr_exc_TypeError, "_IOBase._checkClosed() takes no arguments (%zu given)",
                      nargs - 1);
        return KR_VALUE_NULL;
    }
    if (kr_mod__io_check_closed(th, args[0]) < 0)
        return KR_VALUE_NULL;
    return KR_TRUE;
}

KR_LIB_FUNC(iobase_check_seekable)
{
    return check_with(th, args[0], "seekable", "File or stream is not seekable.", args, nargs);
}

KR_LIB_FUNC(iobase_check_readable)
{
    return check_with(th, args[0], "readable", "File or stream is not readable.", args, nargs);
}

KR_LIB_FUNC(iobase_check_writable)
{
    return check_with(th, args[0], "writable", "File or stream is not writable.", args, nargs);
}

KR_LIB_FUNC(iobase_enter)
{
    return kr_mod__io_check_closed(th, args[0]) < 0 ? KR_VALUE_NULL : args[0];
}

KR_LIB_FUNC(iobase_exit)
{
    return kr_mod__io_call_method(th, args[0], "close", NULL, 0);
}

KR_LIB_FUNC(iobase_isatty)
{
    return kr_mod__io_check_closed(th, args[0]) < 0 ? KR_VALUE_NULL : KR_FALSE;
}

static Value iobase_iter(Thread *th, Value self)
{
    return kr_mod__io_check_closed(th, self) < 0 ? KR_VALUE_NULL : self;
}

/* next(): self.readline(), exhausted on an empty result. */
static Value iobase_next(Thread *th, Value self)
{
    Value line = kr_mod__io_call_method(th, self, "readline", NULL, 0);
    if (!line)
        return KR_VALUE_NULL;
    int64_t n;
    if (kr_object_len(th, line, &n) < 0)
        return KR_VALUE_NULL;
    return n ? line : KR_VALUE_NULL;
}

/* readline(size=-1) of a binary stream: peek ahead when the stream can,
 * else one byte at a time, as CPython's _io__IOBase_readline_impl. */
KR_LIB_FUNC(iobase_readline)
{
    static const char *const names[] = {"size", NULL};
    Value v[1];
    int64_t limit;
    if (kr_libutil_parse(th, "readline", args + 1, nargs - 1, kw, names, 1, 0, v) < 0 ||
        kr_mod__io_size_arg(th, v[0], &limit) < 0)
        return KR_VALUE_NULL;
    Str *peek_name = kr_str_intern_cstr(th, "peek");
    Value peek = peek_name ? kr_object_getattr(th, args[0], peek_name) : KR_VALUE_NULL;
    if (!peek) {
        if (!kr_err_matches(th, &kr_exc_AttributeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
    }
    Buf b;
    kr_buf_init(&b);
    while (limit < 0 || (int64_t)b.len < limit) {
        int64_t nreadahead = 1;
        if (peek) {
            Value one = kr_from_smallint(1);
            Value ahead = kr_vm_call(th, peek, &one, 1, NULL);
            const unsigned char *p;
            int64_t n;
            if (!ahead || kr_bytes_view(th, ahead, &p, &n) < 0) {
                if (ahead)
                    kr_err_format(th, &kr_exc_OSError,
                                  "peek() should have returned a bytes object, not '%s'",
                                  kr_type_name(ahead));
                goto fail;
            }
            if (n > 0) {
                const unsigned char *nl = memchr(p, '\n', (size_t)n);
                nreadahead = nl ? nl - p + 1 : n;
                if (limit >= 0 && nreadahead > limit - (int64_t)b.len)
                    nreadahead = limit - (int64_t)b.len;
            }
        }
        Value count = kr_int_from_i64(th, nreadahead);
        Value chunk = count ? kr_mod__io_call_method(th, args[0], "read", &count, 1) : KR_VALUE_NULL;
        const unsigned char *p;
        int64_t n;
        if (!chunk)
            goto fail;
        if (chunk == KR_NONE)
            break;
        if (kr_bytes_view(th, chunk, &p, &n) < 0) {
            kr_err_clear(th);
            kr_err_format(th, &kr_exc_OSError, "read() should have returned a bytes object, not '%s'",
                          kr_type_name(chunk));
            goto fail;
        }
        if (n == 0)
            break;
        kr_buf_write(&b, p, (size_t)n);
        if (p[n - 1] == '\n')
            break;
    }
    Bytes *r = kr_bytes_from_buf(th, &b);
    return kr_bytes_value(r);
fail:
    kr_buf_free(&b);
    return KR_VALUE_NULL;
}

KR_LIB_FUNC(iobase_readlines)
{
    static const char *const names[] = {"hint", NULL};
    Value v[1];
    int64_t hint;
    if (kr_libutil_parse(th, "readlines", args + 1, nargs - 1, kw, names, 1, 0, v) < 0 ||
        kr_mod__io_size_arg(th, v[0], &hint) < 0)
        return KR_VALUE_NULL;
    List *out = kr_list_new(th, 0);
    Value it = out ? kr_object_iter(th, args[0]) : KR_VALUE_NULL;
    if (!it)
        return KR_VALUE_NULL;
    int64_t total = 0;
    Value line;
    while ((line = kr_object_next(th, it))) {
        int64_t n;
        if (kr_list_append(th, out, line) < 0 || kr_object_len(th, line, &n) < 0)
            return KR_VALUE_NULL;
        if (hint > 0 && n > hint - total)    /* CPython's test: the line that reaches hint is kept */
            break;
        total += n;
    }
    return kr_err_occurred(th) ? KR_VALUE_NULL : kr_from_obj(out);
}

KR_LIB_FUNC(iobase_writelines)
{
    if (kr_libutil_check_positional(th, "writelines", nargs - 1, 1, 1) < 0 ||
        kr_mod__io_check_closed(th, args[0]) < 0)
        return KR_VALUE_NULL;
    Value it = kr_object_iter(th, args[1]);
    if (!it)
        return KR_VALUE_NULL;
    Value item;
    while ((item = kr_object_next(th, it)))
        if (!kr_mod__io_call_method(th, args[0], "write", &item, 1))
            return KR_VALUE_NULL;
    return kr_err_occurred(th) ? KR_VALUE_NULL : KR_NONE;
}

static const MethodDef iobase_methods[] = {
    {"seek", iobase_seek, "($self, /, *args)", NULL, 0},
    {"tell", iobase_tell, "($self, /)", NULL, 0},
    {"truncate", iobase_truncate, "($self, /, *args)", NULL, 0},
    {"flush", iobase_flush, "($self, /)", NULL, 0},
    {"close", iobase_close, "($self, /)", NULL, 0},
    {"seekable", iobase_false, "($self, /)", NULL, 0},
    {"readable", iobase_false, "($self, /)", NULL, 0},
    {"writable", iobase_false, "($self, /)", NULL, 0},
    {"_checkClosed", iobase_check_closed, "($self, /)", NULL, 0},
    {"_checkSeekable", iobase_check_seekable, "($self, /)", NULL, 0},
    {"_checkReadable", iobase_check_readable, "($self, /)", NULL, 0},
    {"_checkWritable", iobase_check_writable, "($self, /)", NULL, 0},
    {"fileno", iobase_fileno, "($self, /)", NULL, 0},
    {"isatty", iobase_isatty, "($self, /)", NULL, 0},
    {"__enter__", iobase_enter, "($self, /)", NULL, 0},
    {"__exit__", iobase_exit, "($self, /, *args)", NULL, 0},
    {"readline", iobase_readline, "($self, size=-1, /)", NULL, 0},
    {"readlines", iobase_readlines, "($self, hint=-1, /)", NULL, 0},
    {"writelines", iobase_writelines, "($self, lines, /)", NULL, 0},
    {"__del__", iobase_del, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef iobase_members[] = {
    {"closed", 0, iobase_closed_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Value iobase_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    Obj *o = kr_libutil_alloc(th, type);
    return o ? kr_from_obj(o) : KR_VALUE_NULL;
}

static int iobase_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    return 0;
}

Type kr_mod__io_iobase_type = {
    .hdr = {&kr_type_type}, .name = "_io._IOBase", .size = sizeof(IOBaseObj),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .new_ = iobase_new, .init = iobase_init,
    .methods = iobase_methods, .members = iobase_members,
    .iter = iobase_iter, .next = iobase_next,
};

/* ---- _RawIOBase ---------------------------------------------------------------------------- */

/* read(size=-1): readall() for a negative size, else readinto() a
 * bytearray of that size. */
KR_LIB_FUNC(rawiobase_read)
{
    static const char *const names[] = {"size", NULL};
    Value v[1];
    int64_t size;
    if (kr_libutil_parse(th, "read", args + 1, nargs - 1, kw, names, 1, 0, v) < 0 ||
        kr_mod__io_size_arg(th, v[0], &size) < 0)
        return KR_VALUE_NULL;
    if (size < 0)
        return kr_mod__io_call_method(th, args[0], "readall", NULL, 0);
    ByteArray *ba = kr_bytearray_new(th, NULL, size);
    Value b = ba ? kr_from_obj(ba) : KR_VALUE_NULL;
    Value n = b ? kr_mod__io_call_method(th, args[0], "readinto", &b, 1) : KR_VALUE_NULL;
    if (!n || n == KR_NONE)
        return n;
    int64_t got;
    if (kr_libutil_as_ssize(th, n, &got) < 0)
        return KR_VALUE_NULL;
    if (got < 0 || got > size) {
        kr_err_format(th, &kr_exc_ValueError, "readinto returned %lld outside buffer size %lld",
                      (long long)got, (long long)size);
        return KR_VALUE_NULL;
    }
    return kr_bytes_value(kr_bytes_new(th, ba->data ? ba->data : (unsigned char *)"", got));
}

KR_LIB_FUNC(rawiobase_readall)
{
    Buf b;
    kr_buf_init(&b);
    Value last = KR_VALUE_NULL;
    for (;;) {
        Value size = kr_from_smallint(KR_IO_DEFAULT_BUFFER_SIZE);
        Value data = kr_mod__io_call_method(th, args[0], "read", &size, 1);
        if (!data) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        last = data;
        if (data == KR_NONE)
            break;
        if (!kr_is_bytes(data)) {
            kr_buf_free(&b);
            return kr_err_type_error(th, "read() should return bytes");
        }
        if (kr_as_bytes(data)->len == 0)
            break;
        kr_buf_write(&b, kr_as_bytes(data)->data, (size_t)kr_as_bytes(data)->len);
    }
    if (b.len == 0 && last == KR_NONE) {
        kr_buf_free(&b);
        return KR_NONE;
    }
    Bytes *r = kr_bytes_from_buf(th, &b);
    return kr_bytes_value(r);
}

KR_LIB_FUNC(rawiobase_not_implemented)
{
    Value e = kr_exception_new(th, &kr_exc_NotImplementedError, NULL, 0);
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

static const MethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, "($self, size=-1, /)", NULL, 0},
    {"readall", rawiobase_readall, "($self, /)", NULL, 0},
    {"readinto", rawiobase_not_implemented, "($self, buffer, /)", NULL, 0},
    {"write", rawiobase_not_implemented, "($self, b, /)", NULL, 0},
    {0},
};

Type kr_mod__io_rawiobase_type = {
    .hdr = {&kr_type_type}, .name = "_io._RawIOBase", .size = sizeof(IOBaseObj),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_iobase_type, .methods = rawiobase_methods,
};

/* ---- _BufferedIOBase ------------------------------------------------------------------------ */

KR_LIB_FUNC(bufiobase_read) { return kr_mod__io_unsupported(th, "read"); }
KR_LIB_FUNC(bufiobase_read1) { return kr_mod__io_unsupported(th, "read1"); }
KR_LIB_FUNC(bufiobase_write) { return kr_mod__io_unsupported(th, "write"); }
KR_LIB_FUNC(bufiobase_detach) { return kr_mod__io_unsupported(th, "detach"); }

/* readinto(b): data = self.read(len(b)) (or read1); b[:len(data)] = data. */
static Value readinto_with(Thread *th, Value self, Value b, const char *method)
{
    int64_t len;
    if (kr_buffer_writable_len(th, "readinto() argument", b, &len) < 0)
        return KR_VALUE_NULL;
    Value n = kr_int_from_i64(th, len);
    Value data = n ? kr_mod__io_call_method(th, self, method, &n, 1) : KR_VALUE_NULL;
    if (!data)
        return KR_VALUE_NULL;
    if (!kr_bytes_like(data))
        return kr_err_type_error(th, "read() should return bytes");
    int64_t got = KR_BYTES_VIEW(data)->len;
    if (got > len) {
        kr_err_format(th, &kr_exc_ValueError, "read() returned too much data: %lld bytes requested, %lld returned",
                      (long long)len, (long long)got);
        return KR_VALUE_NULL;
    }
    if (kr_buffer_write(th, "readinto() argument", b, KR_BYTES_VIEW(data)->data, got) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, got);
}

KR_LIB_FUNC(bufiobase_readinto)
{
    if (kr_libutil_check_positional(th, "readinto", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    return readinto_with(th, args[0], args[1], "read");
}

KR_LIB_FUNC(bufiobase_readinto1)
{
    if (kr_libutil_check_positional(th, "readinto1", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    return readinto_with(th, args[0], args[1], "read1");
}

static const MethodDef bufiobase_methods[] = {
    {"read", bufiobase_read, "($self, size=-1, /)", NULL, 0},
    {"read1", bufiobase_read1, "($self, size=-1, /)", NULL, 0},
    {"write", bufiobase_write, "($self, b, /)", NULL, 0},
    {"detach", bufiobase_detach, "($self, /)", NULL, 0},
    {"readinto", bufiobase_readinto, "($self, buffer, /)", NULL, 0},
    {"readinto1", bufiobase_readinto1, "($self, buffer, /)", NULL, 0},
    {0},
};

Type kr_mod__io_bufferediobase_type = {
    .hdr = {&kr_type_type}, .name = "_io._BufferedIOBase", .size = sizeof(IOBaseObj),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_iobase_type, .methods = bufiobase_methods,
};

/* ---- _TextIOBase -------------------------------------------------------------------------- */

KR_LIB_FUNC(textiobase_readline) { return kr_mod__io_unsupported(th, "readline"); }

static Value none_get(Thread *th, Value self) { return KR_NONE; }

static const MethodDef textiobase_methods[] = {
    {"detach", bufiobase_detach, "($self, /)", NULL, 0},
    {"read", bufiobase_read, "($self, size=-1, /)", NULL, 0},
    {"readline", textiobase_readline, "($self, size=-1, /)", NULL, 0},
    {"write", bufiobase_write, "($self, s, /)", NULL, 0},
    {0},
};

static const MemberDef textiobase_members[] = {
    {"encoding", 0, none_get, NULL, NULL, KR_MEMBER_READONLY},
    {"newlines", 0, none_get, NULL, NULL, KR_MEMBER_READONLY},
    {"errors", 0, none_get, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_mod__io_textiobase_type = {
    .hdr = {&kr_type_type}, .name = "_io._TextIOBase", .size = sizeof(IOBaseObj),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_iobase_type, .methods = textiobase_methods,
    .members = textiobase_members,
};

/* ---- the module ----------------------------------------------------------------------------- */

int kr_mod__io_native_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_io_native", NULL);
    if (!m)
        return -1;
    Type *types[] = {&kr_mod__io_iobase_type, &kr_mod__io_rawiobase_type,
                     &kr_mod__io_bufferediobase_type, &kr_mod__io_textiobase_type,
                     &kr_mod__io_stringio_type, &kr_mod__io_bytesio_type,
                     &kr_mod__io_fileio_type, &kr_mod__io_bufferedreader_type,
                     &kr_mod__io_bufferedwriter_type, &kr_mod__io_bufferedrandom_type,
                     &kr_mod__io_bufferedrwpair_type, &kr_mod__io_nldecoder_type,
                     &kr_mod__io_textio_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (kr_libutil_add_type(th, m, types[i]) < 0)
            return -1;
    /* TextIOWrapper's C base: messages naming its methods say
     * "TextIOWrapper.write()", as CPython's (function.c names a method by
     * its owner's qualname) */
    Str *q = kr_str_intern_cstr(th, "TextIOWrapper");
    if (!q)
        return -1;
    kr_mod__io_textio_type.qualname = q;
    if (kr_module_add_functions(th, m, kr_mod__io_pending_functions) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "DEFAULT_BUFFER_SIZE",
                                kr_from_smallint(KR_IO_DEFAULT_BUFFER_SIZE));
}
