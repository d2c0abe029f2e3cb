/*
 * _io_fileio.c -- io.FileIO in C (CPython's fileio.c): raw, unbuffered
 * I/O on a file descriptor.
 *
 * The descriptor is -1 once closed; `closed`, `closefd` and `mode` are
 * derived from the fields, `name` is an ordinary instance attribute (as in
 * CPython, where the constructor stores it with setattr).  Reads and writes
 * retry after EINTR, running signal handlers in between, and give None on
 * EAGAIN (a non-blocking descriptor with nothing to do).
 *
 * A FileIO that is collected while open is closed by its finalizer.  No
 * writer with unflushed data can sit above it then: lib/_io.py's _writers
 * holds every open writer (and so its raw file) until it is closed.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/_io.h"
#include "modules/gcmodule.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/posix.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/oserror.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

#define FIO(v) ((FileIOObj *)kr_as_obj(v))
#define SELF FIO(args[0])

static const char *const MODE_ERR =
    "Must have exactly one of create/read/write/append mode and at most one plus";

static int check_open(Thread *th, FileIOObj *f)
{
    if (f->fd >= 0)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed file");
    return -1;
}

static int check_mode(Thread *th, FileIOObj *f, bool reading)
{
    if (check_open(th, f) < 0)
        return -1;
    if (reading ? f->readable : f->writable)
        return 0;
    return kr_mod__io_unsupported(th, reading ? "File not open for reading"
                                              : "File not open for writing") ? 0 : -1;
}

/* ---- construction ----------------------------------------------------------------------- */

static Value fileio_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    FileIOObj *f = kr_libutil_alloc(th, type);
    if (!f)
        return KR_VALUE_NULL;
    f->fd = -1;
    f->closefd = true;
    if (type->finalize && !(type->flags & KR_TYPE_HEAP))
        kr_mod_gc_track_del(&f->base.hdr);
    return kr_from_obj(f);
}

/* The mode string: one of r w x a, at most one +, any b; the open flags. */
static int parse_mode(Thread *th, FileIOObj *f, Str *mode, int *flags)
{
    bool rwa = false, plus = false;
    f->readable = f->writable = f->created = f->appending = false;
    for (int64_t i = 0; i < mode->len; i++) {
        uint32_t c = kr_str_char(mode, i);
        if (c == 'r' || c == 'w' || c == 'x' || c == 'a') {
            if (rwa)
                goto bad_combination;
            rwa = true;
            f->readable = c == 'r';
            f->writable = c != 'r';
            f->created = c == 'x';
            f->appending = c == 'a';
        } else if (c == '+') {
            if (plus)
                goto bad_combination;
            plus = f->readable = f->writable = true;
        } else if (c != 'b') {
            kr_err_format(th, &kr_exc_ValueError, "invalid mode: %U", mode);
            return -1;
        }
    }
    if (!rwa)
        goto bad_combination;
    *flags = (f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
    if (f->created)
        *flags |= O_EXCL | O_CREAT;
    else if (f->appending)
        *flags |= O_APPEND | O_CREAT;
    else if (f->writable && kr_str_char(mode, 0) != 'r')
        *flags |= O_CREAT | O_TRUNC;
    return 0;
bad_combination:
    kr_err_set_string(th, &kr_exc_ValueError, MODE_ERR);
    return -1;
}

/* The descriptor from opener(name, flags), or from open(2). */
static int open_fd(Thread *th, Value file, Value opener, int flags)
{
    if (!kr_posix_fspath(th, file))      /* a name the system can take, even for an opener */
        return -1;
    if (opener && opener != KR_NONE) {
        Value a[2] = {file, kr_from_smallint(flags)};
        Value r = kr_vm_call(th, opener, a, 2, NULL);
        if (!r)
            return -1;
        int64_t fd;
        if (!kr_is_int(r)) {
            kr_err_set_string(th, &kr_exc_TypeError, "expected integer from opener");
            return -1;
        }
        if (kr_int_as_i64(th, r, &fd) < 0)
            return -1;
        if (fd < 0) {
            kr_err_format(th, &kr_exc_ValueError, "opener returned %lld", (long long)fd);
            return -1;
        }
        return (int)fd;
    }
    PathArg path;
    Value p = kr_posix_fspath(th, file);
    if (!p || kr_posix_path(th, p, "FileIO", "file", false, false, &path) < 0)
        return -1;
    int fd;
    bool reclaimed = false;
    for (;;) {
        fd = open(path.c, flags, 0666);
        if (fd >= 0 || kr_err_occurred(th))
            break;
        if (errno == EINTR) {
            if (kr_vm_check_signals(th) < 0)
                break;
            continue;
        }
        /* Out of descriptors: files the program dropped unclosed may be
         * garbage the collector has not found yet (CPython's reference
         * counts close them at once).  Collect, finalize, retry once. */
        if ((errno != EMFILE && errno != ENFILE) || reclaimed)
            break;
        reclaimed = true;
        kr_gc_collect();
        kr_mod_gc_run_pending(th);
        errno = EMFILE;
    }
    if (fd < 0 && !kr_err_occurred(th))
        kr_oserror_from_errno(th, errno, file, KR_VALUE_NULL);
    return fd;
}

static int set_name(Thread *th, Value self, Value name)
{
    Str *k = kr_str_intern_cstr(th, "name");
    return k ? kr_object_setattr(th, self, k, name) : -1;
}

/* Close the descriptor if this object owns it; -1 with OSError. */
static int internal_close(Thread *th, FileIOObj *f)
{
    int fd = f->fd, rc = 0;
    f->fd = -1;
    if (fd >= 0 && f->closefd && close(fd) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        rc = -1;
    }
    return rc;
}

static int fileio_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"file", "mode", "closefd", "opener", NULL};
    Value v[4];
    if (kr_libutil_parse(th, "FileIO", args, nargs, kw, names, 0, 1, v) < 0)
        return -1;
    FileIOObj *f = FIO(self);
    if (f->fd >= 0 && internal_close(th, f) < 0)
        return -1;
    Value file = v[0];
    int fd = -1;
    if (kr_is_int(file)) {
        int64_t n;
        if (kr_int_as_i64(th, file, &n) < 0)
            return -1;
        if (n < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)n;
    }
    Str *defmode = v[1] ? NULL : kr_str_intern_cstr(th, "r");
    Value mode = v[1] ? v[1] : defmode ? kr_from_obj(defmode) : KR_VALUE_NULL;
    if (!mode)
        return -1;
    if (!kr_str_check(mode)) {
        kr_err_format(th, &kr_exc_TypeError, "FileIO() argument 'mode' must be str, not %s",
                      kr_type_name(mode));
        return -1;
    }
    int flags;
    if (parse_mode(th, f, kr_as_str(mode), &flags) < 0)
        return -1;
    int closefd = v[2] ? kr_object_truth(th, v[2]) : 1;
    if (closefd < 0)
        return -1;
    f->seekable = -1;
    if (fd >= 0) {
        f->closefd = closefd;
    } else {
        f->closefd = true;
        if (!closefd) {
            kr_err_set_string(th, &kr_exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        if ((fd = open_fd(th, file, v[3], flags)) < 0)
            return -1;
    }
    f->fd = fd;
    f->blksize = KR_IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        if (errno == EBADF) {
            kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
            f->fd = -1;
            return -1;
        }
    } else {
        if (S_ISDIR(st.st_mode)) {
            internal_close(th, f);
            kr_oserror_from_errno(th, EISDIR, file, KR_VALUE_NULL);
            return -1;
        }
        if (st.st_blksize > 1)
            f->blksize = st.st_blksize;
    }
    if (set_name(th, self, file) < 0)
        return -1;
    if (f->appending && lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return -1;
    }
    return 0;
}

/* ---- reading and writing ----------------------------------------------------------------- */

/* read(2) into p, retrying after EINTR; -1 with the exception set, -2 on
 * EAGAIN (no exception). */
static ssize_t read_some(Thread *th, int fd, void *p, size_t n)
{
    for (;;) {
        ssize_t r = read(fd, p, n);
        if (r >= 0)
            return r;
        if (errno == EAGAIN)
            return -2;
        if (errno != EINTR) {
            kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
            return -1;
        }
        if (kr_vm_check_signals(th) < 0)
            return -1;
    }
}

KR_LIB_FUNC(fileio_readall)
{
    FileIOObj *f = SELF;
    if (check_mode(th, f, true) < 0)
        return KR_VALUE_NULL;
    /* Size the buffer from what is left of a regular file. */
    struct stat st;
    size_t chunk = 65536;
    off_t here = lseek(f->fd, 0, SEEK_CUR);
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode) && here >= 0 && st.st_size > here)
        chunk = (size_t)(st.st_size - here) + 1;
    Buf b;
    kr_buf_init(&b);
    for (;;) {
        if (!kr_buf_reserve(&b, chunk)) {
            kr_buf_free(&b);
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        ssize_t n = read_some(th, f->fd, b.data + b.len, chunk);
        if (n == -1) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
        if (n == -2) {
            if (b.len)
                break;
            kr_buf_free(&b);
            return KR_NONE;
        }
        if (n == 0)
            break;
        b.len += (size_t)n;
        chunk = 65536;
    }
    Bytes *r = kr_bytes_from_buf(th, &b);
    return kr_bytes_value(r);
}

KR_LIB_FUNC(fileio_read)
{
    int64_t size;
    if (kr_libutil_check_positional(th, "read", nargs - 1, 0, 1) < 0 ||
        kr_mod__io_size_arg(th, nargs > 1 ? args[1] : KR_VALUE_NULL, &size) < 0 ||
        check_mode(th, SELF, true) < 0)
        return KR_VALUE_NULL;
    if (size < 0)
        return fileio_readall(th, self, args, 1, NULL);
    Bytes *r = kr_bytes_alloc(th, size);
    if (!r)
        return KR_VALUE_NULL;
    ssize_t n = read_some(th, SELF->fd, r->data, (size_t)size);
    if (n == -1)
        return KR_VALUE_NULL;
    if (n == -2)
        return KR_NONE;
    if (n == size)
        return kr_from_obj(r);
    return kr_bytes_value(kr_bytes_new(th, r->data, n));
}

int64_t kr_mod__io_fileio_read(Thread *th, Value raw, unsigned char *p, size_t n)
{
    FileIOObj *f = (FileIOObj *)kr_as_obj(raw);
    if (check_mode(th, f, true) < 0)
        return -1;
    return n ? read_some(th, f->fd, p, n) : 0;
}

/* readinto(b): straight into a bytearray; other writable buffers
 * (memoryview) through a copy and slice assignment. */
KR_LIB_FUNC(fileio_readinto)
{
    if (kr_libutil_check_positional(th, "readinto", nargs - 1, 1, 1) < 0 ||
        check_mode(th, SELF, true) < 0)
        return KR_VALUE_NULL;
    Value b = args[1];
    if (kr_isinstance_type(b, &kr_bytearray_type)) {
        ByteArray *a = kr_as_bytearray(b);
        ssize_t n = a->len ? read_some(th, SELF->fd, a->data, (size_t)a->len) : 0;
        return n == -1 ? KR_VALUE_NULL : n == -2 ? KR_NONE : kr_int_from_i64(th, n);
    }
    int64_t len;
    if (kr_buffer_writable_len(th, "readinto() argument", b, &len) < 0)
        return KR_VALUE_NULL;
    Bytes *tmp = kr_bytes_alloc(th, len);
    if (!tmp)
        return KR_VALUE_NULL;
    ssize_t n = len ? read_some(th, SELF->fd, tmp->data, (size_t)len) : 0;
    if (n < 0)
        return n == -1 ? KR_VALUE_NULL : KR_NONE;
    if (kr_buffer_write(th, "readinto() argument", b, tmp->data, n) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, n);
}

extern Type kr_memoryview_type;

KR_LIB_FUNC(fileio_write)
{
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0 ||
        check_mode(th, SELF, false) < 0)
        return KR_VALUE_NULL;
    Value b = args[1];
    if (kr_is_type(b, &kr_memoryview_type)) {
        Value ty = kr_from_obj(&kr_bytes_type);
        if (!(b = kr_vm_call(th, ty, &b, 1, NULL)))
            return KR_VALUE_NULL;
    }
    const unsigned char *p;
    int64_t len;
    if (kr_bytes_view(th, b, &p, &len) < 0)
        return KR_VALUE_NULL;
    for (;;) {
        ssize_t n = write(SELF->fd, p, (size_t)len);
        if (n >= 0)
            return kr_int_from_i64(th, n);
        if (errno == EAGAIN)
            return KR_NONE;
        if (errno != EINTR) {
            kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
            return KR_VALUE_NULL;
        }
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    }
}

/* ---- positioning ------------------------------------------------------------------------- */

static Value do_lseek(Thread *th, FileIOObj *f, int64_t pos, int whence)
{
    off_t r = lseek(f->fd, (off_t)pos, whence);
    if (r < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    if (f->seekable < 0)
        f->seekable = 1;
    return kr_int_from_i64(th, r);
}

KR_LIB_FUNC(fileio_seek)
{
    if (kr_libutil_check_positional(th, "seek", nargs - 1, 1, 2) < 0)
        return KR_VALUE_NULL;
    if (kr_type_of(args[1]) == &kr_float_type)
        return kr_err_type_error(th, "an integer is required");
    int64_t pos, whence = 0;
    Value p = kr_object_index(th, args[1]);
    if (!p || kr_libutil_as_ssize(th, p, &pos) < 0)
        return KR_VALUE_NULL;
    if (nargs > 2) {
        Value w = kr_object_index(th, args[2]);
        if (!w || kr_libutil_as_ssize(th, w, &whence) < 0)
            return KR_VALUE_NULL;
    }
    if (check_open(th, SELF) < 0)
        return KR_VALUE_NULL;
    return do_lseek(th, SELF, pos, (int)whence);
}

KR_LIB_FUNC(fileio_tell)
{
    if (check_open(th, SELF) < 0)
        return KR_VALUE_NULL;
    return do_lseek(th, SELF, 0, SEEK_CUR);
}

KR_LIB_FUNC(fileio_truncate)
{
    if (kr_libutil_check_positional(th, "truncate", nargs - 1, 0, 1) < 0 ||
        check_mode(th, SELF, false) < 0)
        return KR_VALUE_NULL;
    Value size = nargs > 1 && args[1] != KR_NONE ? args[1] : do_lseek(th, SELF, 0, SEEK_CUR);
    int64_t n;
    Value i = size ? kr_object_index(th, size) : KR_VALUE_NULL;
    if (!i || kr_libutil_as_ssize(th, i, &n) < 0)
        return KR_VALUE_NULL;
    if (ftruncate(SELF->fd, (off_t)n) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return i;
}

/* ---- queries and closing ------------------------------------------------------------------ */

KR_LIB_FUNC(fileio_fileno)
{
    return check_open(th, SELF) < 0 ? KR_VALUE_NULL : kr_from_smallint(SELF->fd);
}

KR_LIB_FUNC(fileio_readable)
{
    return check_open(th, SELF) < 0 ? KR_VALUE_NULL : kr_from_bool(SELF->readable);
}

KR_LIB_FUNC(fileio_writable)
{
    return check_open(th, SELF) < 0 ? KR_VALUE_NULL : kr_from_bool(SELF->writable);
}

KR_LIB_FUNC(fileio_seekable)
{
    if (check_open(th, SELF) < 0)
        return KR_VALUE_NULL;
    if (SELF->seekable < 0)
        SELF->seekable = lseek(SELF->fd, 0, SEEK_CUR) >= 0;
    return kr_from_bool(SELF->seekable);
}

KR_LIB_FUNC(fileio_isatty)
{
    return check_open(th, SELF) < 0 ? KR_VALUE_NULL : kr_from_bool(isatty(SELF->fd));
}

/* close(): _RawIOBase.close (flush, the closed flag), then the descriptor;
 * the first error wins. */
/* CPython's fileio_dealloc_warn: "unclosed file <repr of source>", a
 * ResourceWarning, when the descriptor is still ours to close.  The
 * exception being handled (a close() that failed) is kept around it. */
static Value dealloc_warn(Thread *th, FileIOObj *f, Value source)
{
    if (f->fd < 0 || !f->closefd)
        return KR_NONE;
    Value pending = kr_err_occurred(th) ? kr_err_fetch(th) : KR_VALUE_NULL;
    Value text = kr_object_repr(th, source);
    Str *head = text ? kr_str_from_cstr(th, "unclosed file ") : NULL;
    Str *msg = head ? kr_str_concat(th, head, kr_as_str(text)) : NULL;
    Str *wm = kr_str_intern_cstr(th, "_warnings"), *wn = kr_str_intern_cstr(th, "warn");
    Value mod = msg && wm ? kr_vm_import(th, wm, true) : KR_VALUE_NULL;
    Value warn = mod && wn ? kr_object_getattr(th, mod, wn) : KR_VALUE_NULL;
    Value wargs[4] = {msg ? kr_from_obj(msg) : KR_VALUE_NULL, kr_from_obj(&kr_exc_ResourceWarning),
                      kr_from_smallint(1), source};
    if (!warn || !kr_vm_call(th, warn, wargs, 4, NULL))
        kr_mod_gc_write_unraisable(th, kr_err_fetch(th), kr_from_obj(f));
    if (pending)
        kr_err_set(th, pending);
    return KR_NONE;
}

KR_LIB_FUNC(fileio_close)
{
    Str *k = kr_str_intern_cstr(th, "close");
    Value base_close = k ? kr_type_lookup(&kr_mod__io_rawiobase_type, k) : KR_VALUE_NULL;
    Value r = base_close ? kr_vm_call_method(th, base_close, args[0], NULL, 0, NULL) : KR_VALUE_NULL;
    Value exc = r ? KR_VALUE_NULL : kr_err_fetch(th);
    if (SELF->finalizing && !dealloc_warn(th, SELF, args[0]))
        kr_err_clear(th);
    if (internal_close(th, SELF) < 0 && !exc)
        return KR_VALUE_NULL;
    kr_err_clear(th);
    if (exc) {
        kr_err_set(th, exc);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(fileio_dealloc_warn) { return dealloc_warn(th, SELF, args[1]); }

KR_LIB_FUNC(fileio_getstate)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot pickle '%s' object", kr_libutil_short_name(args[0]));
    return KR_VALUE_NULL;
}

static Value fileio_repr(Thread *th, Value self)
{
    FileIOObj *f = FIO(self);
    const char *tn = "_io.FileIO";      /* subclasses too, as CPython 3.11 */
    Buf b;
    kr_buf_init(&b);
    if (f->fd < 0) {
        kr_buf_printf(&b, "<%s [closed]>", tn);
        return kr_libutil_buf_value(th, &b);
    }
    Str *k = kr_str_intern_cstr(th, "name");
    Value name = k ? kr_object_getattr(th, self, k) : KR_VALUE_NULL;
    if (!name && !kr_err_matches(th, &kr_exc_AttributeError))
        return KR_VALUE_NULL;
    kr_err_clear(th);
    kr_buf_printf(&b, "<%s ", tn);
    if (name) {
        kr_buf_puts(&b, "name=");
        if (kr_libutil_repr_put(th, &b, name) < 0) {
            kr_buf_free(&b);
            return KR_VALUE_NULL;
        }
    } else {
        kr_buf_printf(&b, "fd=%d", f->fd);
    }
    const char *mode = f->created ? (f->readable ? "xb+" : "xb")
                     : f->appending ? (f->readable ? "ab+" : "ab")
                     : f->readable ? (f->writable ? "rb+" : "rb") : "wb";
    kr_buf_printf(&b, " mode='%s' closefd=%s>", mode, f->closefd ? "True" : "False");
    return kr_libutil_buf_value(th, &b);
}

static Value m_closed(Thread *th, Value self) { return kr_from_bool(FIO(self)->fd < 0); }
static Value m_closefd(Thread *th, Value self) { return kr_from_bool(FIO(self)->closefd); }
static Value m_finalizing(Thread *th, Value self) { return kr_from_bool(FIO(self)->finalizing); }

static int set_finalizing(Thread *th, Value self, Str *name, Value v)
{
    int t = v ? kr_object_truth(th, v) : 0;
    if (t < 0)
        return -1;
    FIO(self)->finalizing = t;
    return 0;
}

static Value m_blksize(Thread *th, Value self) { return kr_int_from_i64(th, FIO(self)->blksize); }

static Value m_mode(Thread *th, Value self)
{
    FileIOObj *f = FIO(self);
    const char *mode = f->created ? (f->readable ? "xb+" : "xb")
                     : f->appending ? (f->readable ? "ab+" : "ab")
                     : f->readable ? (f->writable ? "rb+" : "rb") : "wb";
    Str *s = kr_str_from_cstr(th, mode);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* The collector found it open: close it. */
static void fileio_finalize(Thread *th, Value self)
{
    if (FIO(self)->fd < 0)
        return;
    /* No kr_mod__io_flush here: see buffered_finalize. */
    FileIOObj *f = FIO(self);
    if (!f->wrapped || f->deferred)
        kr_mod__io_finalize(th, self);
    else if ((f->deferred = true))
        kr_mod_gc_track_del(&f->base.hdr);
}

static const MemberDef fileio_members[] = {
    {"closed", 0, m_closed, NULL, "True if the file is closed", KR_MEMBER_READONLY},
    {"closefd", 0, m_closefd, NULL, "True if the file descriptor will be closed by close().",
     KR_MEMBER_READONLY},
    {"mode", 0, m_mode, NULL, "String giving the file mode", KR_MEMBER_READONLY},
    {"_blksize", 0, m_blksize, NULL, NULL, KR_MEMBER_READONLY},
    {"_finalizing", 0, m_finalizing, set_finalizing, NULL, KR_MEMBER_PLAIN},
    {0},
};

static const MethodDef fileio_methods[] = {
    {"read", fileio_read, "($self, size=-1, /)", NULL, 0},
    {"readall", fileio_readall, "($self, /)", NULL, 0},
    {"readinto", fileio_readinto, "($self, buffer, /)", NULL, 0},
    {"write", fileio_write, "($self, b, /)", NULL, 0},
    {"seek", fileio_seek, "($self, pos, whence=0, /)", NULL, 0},
    {"tell", fileio_tell, "($self, /)", NULL, 0},
    {"truncate", fileio_truncate, "($self, size=None, /)", NULL, 0},
    {"fileno", fileio_fileno, "($self, /)", NULL, 0},
    {"readable", fileio_readable, "($self, /)", NULL, 0},
    {"writable", fileio_writable, "($self, /)", NULL, 0},
    {"seekable", fileio_seekable, "($self, /)", NULL, 0},
    {"isatty", fileio_isatty, "($self, /)", NULL, 0},
    {"close", fileio_close, "($self, /)", NULL, 0},
    {"_dealloc_warn", fileio_dealloc_warn, "($self, source, /)", NULL, 0},
    {"__getstate__", fileio_getstate, "($self, /)", NULL, 0},
    {0},
};

Type kr_mod__io_fileio_type = {
    .hdr = {&kr_type_type}, .name = "_io.FileIO", .size = sizeof(FileIOObj),
    .flags = KR_TYPE_BASETYPE, .dict_offset = offsetof(IOBaseObj, dict),
    .base = &kr_mod__io_rawiobase_type, .new_ = fileio_new, .init = fileio_init,
    .finalize = fileio_finalize, .repr = fileio_repr,
    .methods = fileio_methods, .members = fileio_members,
};
