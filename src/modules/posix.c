/*
 * posix.c -- the posix module: the system calls os.py, posixpath,
 * genericpath, shutil and tempfile build on.
 *
 * Conventions, as CPython's posixmodule.c:
 *   - paths are str (encoded utf-8 with surrogateescape), bytes, or
 *     os.PathLike; functions that accept a file descriptor take an int too.
 *     Results that are names come back in the argument's kind (str/bytes).
 *   - failures raise OSError through the errno -> subclass mapping, with
 *     the path argument as given for `filename`;
 *   - interrupted calls (EINTR) are retried (PEP 475).
 * The struct sequences (stat_result, ...) and DirEntry live in
 * posix_types.c.
 */
#include "modules/posix.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <math.h>
#include <sys/random.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/state.h"
#include "gc/gc.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"          /* kr_vm_check_signals */
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread.h"

extern char **environ;

/* ---- arguments ------------------------------------------------------------ */

static int too_many(Thread *th, const ArgSpec *s, size_t nargs)
{
    if (s->posonly) {
        kr_err_format(th, &kr_exc_TypeError, "%s expected %s%d argument%s, got %zu", s->name,
                      s->nreq == s->npos ? "" : "at most ", s->npos, s->npos == 1 ? "" : "s", nargs);
    } else if (s->npos == 0) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no positional arguments", s->name);
    } else {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                      s->name, s->nreq >= s->npos ? "exactly" : "at most", s->npos,
                      s->npos == 1 ? "" : "s", nargs);
    }
    return -1;
}

/* The order of checks is _PyArg_UnpackKeywords's: too many arguments,
 * too many positional, then each parameter in turn (the first missing one
 * is reported before any unknown keyword), then misnamed keywords. */

int kr_posix_args(Thread *th, const ArgSpec *s, const Value *args, size_t nargs, Tuple *kwnames,
                  Value *out)
{
    int64_t nkw = kwnames ? kwnames->size : 0;
    int total = 0;
    while (total < 8 && s->names[total])
        total++;
    if (!s->posonly && nargs + (size_t)nkw > (size_t)total) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)",
                      s->name, total, nargs == 0 ? "keyword " : "", total == 1 ? "" : "s",
                      nargs + (size_t)nkw);
        return -1;
    }
    if (nargs > (size_t)s->npos)
        return too_many(th, s, nargs);
    if (s->posonly && nkw) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", s->name);
        return -1;
    }
    if (s->posonly && nargs < (size_t)s->nreq) {
        kr_err_format(th, &kr_exc_TypeError, "%s expected %s%d argument%s, got %zu", s->name,
                      s->nreq == s->npos ? "" : "at least ", s->nreq, s->nreq == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    int64_t left = nkw;
    for (int i = (int)nargs; i < total; i++) {
        int k = left ? kr_argparse_find_keyword(kwnames, s->names[i]) : -1;
        if (k >= 0) {
            out[i] = args[nargs + (size_t)k];
            left--;
        } else if (i < s->nreq) {
            kr_err_format(th, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                          s->name, s->names[i], i + 1);
            return -1;
        }
    }
    if (left) {
        for (size_t i = 0; i < nargs; i++)
            if (kr_argparse_find_keyword(kwnames, s->names[i]) >= 0) {
                kr_err_format(th, &kr_exc_TypeError,
                              "argument for %s() given by name ('%s') and position (%zu)",
                              s->name, s->names[i], i + 1);
                return -1;
            }
        for (int64_t k = 0; k < nkw; k++) {
            Str *n = kr_as_str(kwnames->items[k]);
            int i = 0;
            while (i < total && !(n->ascii && (size_t)n->len == strlen(s->names[i]) &&
                                  memcmp(n->data, s->names[i], (size_t)n->len) == 0))
                i++;
            if (i == total) {
                kr_err_format(th, &kr_exc_TypeError,
                              "'%U' is an invalid keyword argument for %s()", n, s->name);
                return -1;
            }
        }
    }
    return 0;
}

/* An int argument (via __index__) that must fit a C int. */
static int int_arg(Thread *th, Value v, int *out)
{
    if (kr_is_float(v)) {
        kr_err_type_error(th, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    Value i = kr_object_index(th, v);
    int64_t x;
    if (!i || kr_int_as_i64(th, i, &x) < 0)
        return -1;
    if (x > INT32_MAX || x < INT32_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int i64_arg(Thread *th, Value v, int64_t *out)
{
    Value i = kr_object_index(th, v);
    return i ? kr_int_as_i64(th, i, out) : -1;
}

static bool is_true(Thread *th, Value v, int *err)
{
    int r = kr_object_truth(th, v);
    if (r < 0)
        *err = -1;
    return r > 0;
}

/* ---- paths ---------------------------------------------------------------- */

Value kr_posix_fspath(Thread *th, Value v)
{
    if (kr_is_str(v) || kr_is_bytes(v) || kr_isinstance_type(v, &kr_str_type) ||
        kr_isinstance_type(v, &kr_bytes_type))
        return v;
    Str *name = kr_str_intern_cstr(th, "__fspath__");
    Value m = name ? kr_type_lookup(kr_type_of(v), name) : KR_VALUE_NULL;
    if (!name)
        return KR_VALUE_NULL;
    if (!m || m == KR_NONE)
        return kr_err_type_error(th, "expected str, bytes or os.PathLike object, not %s",
                                 kr_type_name(v));
    Value r = kr_vm_call_special(th, m, v, NULL, 0);
    if (r && !kr_isinstance_type(r, &kr_str_type) && !kr_isinstance_type(r, &kr_bytes_type))
        return kr_err_type_error(th, "expected %s.__fspath__() to return str or bytes, not %s",
                                 kr_type_name(v), kr_type_name(r));
    return r;
}

/* A dir_fd argument that is not None: an int through __index__, anything
 * else refused in dir_fd_converter's words. */
static int dir_fd_arg(Thread *th, Value v, int *out)
{
    if (!kr_is_int(v)) {
        Value i = kr_is_float(v) ? KR_VALUE_NULL : kr_object_index(th, v);
        if (!i) {
            if (!kr_is_float(v) && !kr_err_matches(th, &kr_exc_TypeError))
                return -1;
            kr_err_format(th, &kr_exc_TypeError, "argument should be integer or None, not %s",
                          kr_type_name(v));
            return -1;
        }
    }
    return int_arg(th, v, out);
}

static int path_type_error(Thread *th, Value v, const char *fname, const char *arg, bool allow_fd,
                           bool nullable)
{
    const char *kinds = allow_fd && nullable ? "string, bytes, os.PathLike, integer or None"
                      : allow_fd ? "string, bytes, os.PathLike or integer"
                      : nullable ? "string, bytes, os.PathLike or None"
                                 : "string, bytes or os.PathLike";
    kr_err_format(th, &kr_exc_TypeError, "%s: %s should be %s, not %s", fname, arg, kinds,
                  kr_type_name(v));
    return -1;
}

/* A bytes-like path (bytearray, memoryview): still accepted, with the
 * DeprecationWarning CPython 3.11 gives, as the bytes it holds. */
static int bytes_like_path(Thread *th, Value v, const char *fname, const char *arg,
                           bool allow_fd, bool nullable, PathArg *out)
{
    const char *kinds = allow_fd && nullable ? "string, bytes, os.PathLike, integer or None"
                      : allow_fd ? "string, bytes, os.PathLike or integer"
                      : nullable ? "string, bytes, os.PathLike or None"
                                 : "string, bytes or os.PathLike";
    char msg[256];
    snprintf(msg, sizeof msg, "%s: %s should be %s, not %s", fname, arg, kinds, kr_type_name(v));
    Str *wm = kr_str_intern_cstr(th, "_warnings"), *wn = kr_str_intern_cstr(th, "warn");
    Value mod = wm ? kr_vm_import(th, wm, true) : KR_VALUE_NULL;
    Value warn = mod && wn ? kr_object_getattr(th, mod, wn) : KR_VALUE_NULL;
    Str *m = warn ? kr_str_from_cstr(th, msg) : NULL;
    Value wargs[2] = {m ? kr_from_obj(m) : KR_VALUE_NULL, kr_from_obj(&kr_exc_DeprecationWarning)};
    if (!m || !kr_vm_call(th, warn, wargs, 2, NULL))
        return -1;
    Value b = kr_vm_call(th, kr_from_obj(&kr_bytes_type), &v, 1, NULL);
    if (!b)
        return -1;
    int r = kr_posix_path(th, b, fname, arg, false, false, out);
    out->obj = v;
    return r;
}

int kr_posix_path(Thread *th, Value v, const char *fname, const char *arg, bool allow_fd,
                  bool nullable, PathArg *out)
{
    out->obj = v;
    out->data = KR_NONE;
    out->fd = -1;
    out->c = NULL;
    out->bytes = false;
    if (v == KR_NONE && nullable)
        return 0;
    if (allow_fd && kr_is_int(v) && !kr_is_bool(v))
        return int_arg(th, v, &out->fd);
    Value p = v;
    if (!kr_isinstance_type(v, &kr_str_type) && !kr_isinstance_type(v, &kr_bytes_type)) {
        Str *name = kr_str_intern_cstr(th, "__fspath__");
        if (!name)
            return -1;
        Value m = kr_type_lookup(kr_type_of(v), name);
        if ((!m || m == KR_NONE) && kr_buffer_check(v))
            return bytes_like_path(th, v, fname, arg, allow_fd, nullable, out);
        if (!m || m == KR_NONE)
            return path_type_error(th, v, fname, arg, allow_fd, nullable);
        p = kr_vm_call_special(th, m, v, NULL, 0);
        if (!p)
            return -1;
        if (!kr_isinstance_type(p, &kr_str_type) && !kr_isinstance_type(p, &kr_bytes_type)) {
            kr_err_type_error(th, "expected %s.__fspath__() to return str or bytes, not %s",
                              kr_type_name(v), kr_type_name(p));
            return -1;
        }
    }
    const unsigned char *data;
    int64_t len;
    out->obj = p;      /* OSError reports the path after __fspath__ */
    if (kr_isinstance_type(p, &kr_str_type) && kr_as_str(p)->ascii) {
        /* ASCII encodes to itself, and a str's data ends in a NUL: the
         * str is the C string (no bytes made for each os.stat of a path) */
        data = kr_as_str(p)->data;
        len = kr_as_str(p)->len;
    } else if (kr_isinstance_type(p, &kr_str_type)) {
        Value b = kr_bytes_encode(th, kr_as_str(p), KR_VALUE_NULL,
                                  kr_from_obj(kr_str_intern_cstr(th, "surrogateescape")));
        if (!b)
            return -1;
        p = b;
        data = kr_as_bytes(p)->data;
        len = kr_as_bytes(p)->len;
    } else {
        out->bytes = true;
        data = kr_as_bytes(p)->data;
        len = kr_as_bytes(p)->len;
    }
    if (memchr(data, 0, (size_t)len)) {
        /* the str encoder and the bytes check word it differently */
        if (out->bytes)
            kr_err_format(th, &kr_exc_ValueError, "%s: embedded null character in %s", fname, arg);
        else
            kr_err_set_string(th, &kr_exc_ValueError, "embedded null byte");
        return -1;
    }
    out->data = p;                 /* bytes, or an ASCII str */
    out->c = (const char *)data;   /* both NUL-terminated */
    return 0;
}

Value kr_posix_name(Thread *th, const char *s, size_t len, bool bytes)
{
    if (bytes)
        return kr_bytes_value(kr_bytes_new(th, s, (int64_t)len));
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    if (i == len) {     /* ASCII, as most names are: no decoder */
        Str *r = kr_str_alloc(th, (int64_t)len, 1, true);
        if (r)
            memcpy(r->data, s, len);
        return r ? kr_from_obj(r) : KR_VALUE_NULL;
    }
    Str *h = kr_str_intern_cstr(th, "surrogateescape");
    return h ? kr_bytes_decode(th, (const unsigned char *)s, (int64_t)len, KR_VALUE_NULL,
                               kr_from_obj(h))
             : KR_VALUE_NULL;
}

Value kr_posix_error(Thread *th, Value filename)
{
    kr_oserror_from_errno(th, errno, filename, KR_VALUE_NULL);
    return KR_VALUE_NULL;
}

#define FUNC(name) static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

/* ---- stat and friends ------------------------------------------------------- */

/* stat(path, *, dir_fd=None, follow_symlinks=True) and lstat: one body. */
static Value do_stat(Thread *th, const ArgSpec *s, const Value *args, size_t nargs, Tuple *kw,
                     bool follow)
{
    Value a[3] = {0, KR_NONE, follow ? KR_TRUE : KR_FALSE};
    PathArg p;
    int err = 0;
    if (kr_posix_args(th, s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], s->name, "path", follow, false, &p) < 0)   /* lstat: no fd */
        return KR_VALUE_NULL;
    int dir_fd = AT_FDCWD;
    if (a[1] != KR_NONE && dir_fd_arg(th, a[1], &dir_fd) < 0)
        return KR_VALUE_NULL;
    bool fol = is_true(th, a[2], &err);
    if (err)
        return KR_VALUE_NULL;
    struct stat st;
    int r;
    do {
        r = p.c ? fstatat(dir_fd, p.c, &st, fol ? 0 : AT_SYMLINK_NOFOLLOW) : fstat(p.fd, &st);
    } while (r < 0 && errno == EINTR && kr_vm_check_signals(th) == 0);
    if (r < 0 && kr_err_occurred(th))
        return KR_VALUE_NULL;
    if (r < 0)
        return kr_posix_error(th, p.obj);
    return kr_posix_stat_result(th, &st);
}

FUNC(posix_stat)
{
    static const ArgSpec s = {"stat", {"path", "dir_fd", "follow_symlinks"}, 1, 1, false};
    return do_stat(th, &s, args, nargs, kw, true);
}

FUNC(posix_lstat)
{
    static const ArgSpec s = {"lstat", {"path", "dir_fd"}, 1, 1, false};
    return do_stat(th, &s, args, nargs, kw, false);
}

FUNC(posix_fstat)
{
    static const ArgSpec s = {"fstat", {"fd"}, 1, 1, false};
    Value a[1];
    int fd;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &fd) < 0)
        return KR_VALUE_NULL;
    struct stat st;
    int r;
    while ((r = fstat(fd, &st)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_posix_stat_result(th, &st);
}

/* access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) */
FUNC(posix_access)
{
    static const ArgSpec s = {"access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"},
                              2, 2, false};
    Value a[5] = {0, 0, KR_NONE, KR_FALSE, KR_TRUE};
    PathArg p;
    int mode, dir_fd = AT_FDCWD, err = 0;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "access", "path", false, false, &p) < 0 || int_arg(th, a[1], &mode) < 0)
        return KR_VALUE_NULL;
    if (a[2] != KR_NONE && dir_fd_arg(th, a[2], &dir_fd) < 0)
        return KR_VALUE_NULL;
    int flags = (is_true(th, a[3], &err) ? AT_EACCESS : 0) |
                (is_true(th, a[4], &err) ? 0 : AT_SYMLINK_NOFOLLOW);
    if (err)
        return KR_VALUE_NULL;
    return kr_from_bool(faccessat(dir_fd, p.c, mode, flags) == 0);
}

/* ---- one-path operations ----------------------------------------------------- */

/* Functions of the form f(path, *, dir_fd=None) returning None. */
static Value path_op(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                     int (*op)(const char *, int dir_fd))
{
    ArgSpec s = {name, {"path", "dir_fd"}, 1, 1, false};
    Value a[2] = {0, KR_NONE};
    PathArg p;
    int dir_fd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], name, "path", false, false, &p) < 0)
        return KR_VALUE_NULL;
    if (a[1] != KR_NONE && dir_fd_arg(th, a[1], &dir_fd) < 0)
        return KR_VALUE_NULL;
    return op(p.c, dir_fd) < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

static int do_unlink(const char *p, int dir_fd) { return unlinkat(dir_fd, p, 0); }
static int do_rmdir(const char *p, int dir_fd) { return unlinkat(dir_fd, p, AT_REMOVEDIR); }

FUNC(posix_unlink) { return path_op(th, "unlink", args, nargs, kw, do_unlink); }
FUNC(posix_remove) { return path_op(th, "remove", args, nargs, kw, do_unlink); }
FUNC(posix_rmdir) { return path_op(th, "rmdir", args, nargs, kw, do_rmdir); }

/* mkdir(path, mode=0o777, *, dir_fd=None) */
FUNC(posix_mkdir)
{
    static const ArgSpec s = {"mkdir", {"path", "mode", "dir_fd"}, 2, 1, false};
    Value a[3] = {0, kr_from_smallint(0777), KR_NONE};
    PathArg p;
    int mode, dir_fd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "mkdir", "path", false, false, &p) < 0 || int_arg(th, a[1], &mode) < 0)
        return KR_VALUE_NULL;
    if (a[2] != KR_NONE && dir_fd_arg(th, a[2], &dir_fd) < 0)
        return KR_VALUE_NULL;
    return mkdirat(dir_fd, p.c, (mode_t)mode) < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

/* chmod(path, mode, *, dir_fd=None, follow_symlinks=True) */
FUNC(posix_chmod)
{
    static const ArgSpec s = {"chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, false};
    Value a[4] = {0, 0, KR_NONE, KR_TRUE};
    PathArg p;
    int mode;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "chmod", "path", true, false, &p) < 0 || int_arg(th, a[1], &mode) < 0)
        return KR_VALUE_NULL;
    int dir_fd = AT_FDCWD, err = 0;
    if (a[2] != KR_NONE && dir_fd_arg(th, a[2], &dir_fd) < 0)
        return KR_VALUE_NULL;
    bool follow = is_true(th, a[3], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = !p.c ? fchmod(p.fd, (mode_t)mode)
                 : fchmodat(dir_fd, p.c, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0 && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
        /* Linux cannot change a link's own mode; CPython words it so */
        if (a[2] != KR_NONE)
            kr_err_set_string(th, &kr_exc_ValueError,
                              "chmod: cannot use dir_fd and follow_symlinks together");
        else
            kr_err_set_string(th, &kr_exc_NotImplementedError,
                              "chmod: follow_symlinks unavailable on this platform");
        return KR_VALUE_NULL;
    }
    return r < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

FUNC(posix_chdir)
{
    static const ArgSpec s = {"chdir", {"path"}, 1, 1, false};
    Value a[1];
    PathArg p;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "chdir", "path", true, false, &p) < 0)
        return KR_VALUE_NULL;
    int r = p.c ? chdir(p.c) : fchdir(p.fd);
    return r < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

/* rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None), replace, and
 * link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True). */
static Value two_paths(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                       bool is_link)
{
    ArgSpec s = {name, {"src", "dst", "src_dir_fd", "dst_dir_fd", is_link ? "follow_symlinks" : NULL},
                 2, 2, false};
    Value a[5] = {0, 0, KR_NONE, KR_NONE, KR_TRUE};
    PathArg p, q;
    int sfd = AT_FDCWD, dfd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], name, "src", false, false, &p) < 0 ||
        kr_posix_path(th, a[1], name, "dst", false, false, &q) < 0 ||
        (a[2] != KR_NONE && dir_fd_arg(th, a[2], &sfd) < 0) ||
        (a[3] != KR_NONE && dir_fd_arg(th, a[3], &dfd) < 0))
        return KR_VALUE_NULL;
    int err = 0;
    bool follow = is_true(th, a[4], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = is_link ? linkat(sfd, p.c, dfd, q.c, follow ? AT_SYMLINK_FOLLOW : 0)
                    : renameat(sfd, p.c, dfd, q.c);
    if (r < 0) {
        kr_oserror_from_errno(th, errno, p.obj, q.obj);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

FUNC(posix_rename) { return two_paths(th, "rename", args, nargs, kw, false); }
FUNC(posix_replace) { return two_paths(th, "replace", args, nargs, kw, false); }
FUNC(posix_link) { return two_paths(th, "link", args, nargs, kw, true); }

/* symlink(src, dst, target_is_directory=False, *, dir_fd=None): the flag
 * only matters on Windows. */
FUNC(posix_symlink)
{
    static const ArgSpec s = {"symlink", {"src", "dst", "target_is_directory", "dir_fd"}, 3, 2, false};
    Value a[4] = {0, 0, KR_FALSE, KR_NONE};
    PathArg p, q;
    int dfd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "symlink", "src", false, false, &p) < 0 ||
        kr_posix_path(th, a[1], "symlink", "dst", false, false, &q) < 0 ||
        (a[3] != KR_NONE && dir_fd_arg(th, a[3], &dfd) < 0))
        return KR_VALUE_NULL;
    if (symlinkat(p.c, dfd, q.c) < 0) {
        kr_oserror_from_errno(th, errno, p.obj, q.obj);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

FUNC(posix_readlink)
{
    static const ArgSpec s = {"readlink", {"path", "dir_fd"}, 1, 1, false};
    Value a[2] = {0, KR_NONE};
    PathArg p;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "readlink", "path", false, false, &p) < 0)
        return KR_VALUE_NULL;
    int dir_fd = AT_FDCWD;
    if (a[1] != KR_NONE && dir_fd_arg(th, a[1], &dir_fd) < 0)
        return KR_VALUE_NULL;
    char buf[4096];
    ssize_t n = readlinkat(dir_fd, p.c, buf, sizeof buf);
    return n < 0 ? kr_posix_error(th, p.obj) : kr_posix_name(th, buf, (size_t)n, p.bytes);
}

/* truncate(path, length) */
FUNC(posix_truncate)
{
    static const ArgSpec s = {"truncate", {"path", "length"}, 2, 2, false};
    Value a[2];
    PathArg p;
    int64_t len;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "truncate", "path", true, false, &p) < 0 || i64_arg(th, a[1], &len) < 0)
        return KR_VALUE_NULL;
    int r = p.c ? truncate(p.c, len) : ftruncate(p.fd, len);
    return r < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

/* ---- directories -------------------------------------------------------------- */

static Value getcwd_as(Thread *th, bool bytes)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return kr_posix_error(th, KR_VALUE_NULL);
    return kr_posix_name(th, buf, strlen(buf), bytes);
}

FUNC(posix_getcwd)
{
    if (kr_call_check_args(th, "posix.getcwd", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return getcwd_as(th, false);
}

FUNC(posix_getcwdb)
{
    if (kr_call_check_args(th, "posix.getcwdb", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return getcwd_as(th, true);
}

/* listdir(path=None): names in directory order, without . and .. */
FUNC(posix_listdir)
{
    static const ArgSpec s = {"listdir", {"path"}, 1, 0, false};
    Value a[1] = {KR_NONE};
    PathArg p;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "listdir", "path", true, true, &p) < 0)
        return KR_VALUE_NULL;
    DIR *d = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.c ? p.c : ".");
    if (!d)
        return kr_posix_error(th, a[0] == KR_NONE ? KR_VALUE_NULL : p.obj);
    if (p.fd >= 0)
        rewinddir(d);
    List *l = kr_list_new(th, 0);
    struct dirent *e;
    while (l && (errno = 0, e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        Value n = kr_posix_name(th, e->d_name, strlen(e->d_name), p.bytes);
        if (!n || kr_list_append(th, l, n) < 0)
            l = NULL;
    }
    closedir(d);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

FUNC(posix_scandir)
{
    static const ArgSpec s = {"scandir", {"path"}, 1, 0, false};
    Value a[1] = {KR_NONE};
    PathArg p;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "scandir", "path", true, true, &p) < 0)
        return KR_VALUE_NULL;
    return kr_posix_scandir(th, &p);
}

/* ---- file descriptors ------------------------------------------------------------ */

/* open(path, flags, mode=0o777, *, dir_fd=None): new fds are non-inheritable (PEP 446). */
FUNC(posix_open)
{
    static const ArgSpec s = {"open", {"path", "flags", "mode", "dir_fd"}, 3, 2, false};
    Value a[4] = {0, 0, kr_from_smallint(0777), KR_NONE};
    PathArg p;
    int flags, mode, dir_fd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "open", "path", false, false, &p) < 0 ||
        int_arg(th, a[1], &flags) < 0 || int_arg(th, a[2], &mode) < 0)
        return KR_VALUE_NULL;
    if (a[3] != KR_NONE && dir_fd_arg(th, a[3], &dir_fd) < 0)
        return KR_VALUE_NULL;
    int fd;
    while ((fd = openat(dir_fd, p.c, flags | O_CLOEXEC, mode)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return fd < 0 ? kr_posix_error(th, p.obj) : kr_from_smallint(fd);
}

/* A function of one int fd returning None: close, fsync. */
static Value fd_op(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                   int (*op)(int))
{
    ArgSpec s = {name, {"fd"}, 1, 1, false};
    Value a[1];
    int fd;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &fd) < 0)
        return KR_VALUE_NULL;
    return op(fd) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(posix_close) { return fd_op(th, "close", args, nargs, kw, close); }
FUNC(posix_fsync) { return fd_op(th, "fsync", args, nargs, kw, fsync); }

FUNC(posix_closerange)
{
    static const ArgSpec s = {"closerange", {"fd_low", "fd_high"}, 2, 2, true};
    Value a[2];
    int lo, hi;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &lo) < 0 ||
        int_arg(th, a[1], &hi) < 0)
        return KR_VALUE_NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++)
        close(fd);
    return KR_NONE;
}

/* Two ints, positional-only, for read/dup2/lseek's first ones. */
static int fd_and_int(Thread *th, const ArgSpec *s, const Value *args, size_t nargs, Tuple *kw,
                      Value *a, int *fd)
{
    return kr_posix_args(th, s, args, nargs, kw, a) < 0 || int_arg(th, a[0], fd) < 0 ? -1 : 0;
}

FUNC(posix_read)
{
    static const ArgSpec s = {"read", {"fd", "length"}, 2, 2, true};
    Value a[2];
    int fd;
    int64_t n;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0 || i64_arg(th, a[1], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 0) {
        errno = EINVAL;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    Bytes *b = kr_bytes_alloc(th, n);
    if (!b)
        return KR_VALUE_NULL;
    ssize_t got;
    /* PEP 475: the handlers run, and unless one raises the call resumes */
    while ((got = read(fd, b->data, (size_t)n)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (got < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    if (got == n)
        return kr_from_obj(b);
    return kr_bytes_value(kr_bytes_new(th, b->data, got));
}

FUNC(posix_write)
{
    static const ArgSpec s = {"write", {"fd", "data"}, 2, 2, true};
    Value a[2];
    int fd;
    const unsigned char *data;
    int64_t len;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0)
        return KR_VALUE_NULL;
    /* any buffer (subprocess.communicate writes memoryview slices) */
    if (kr_bytes_view(th, a[1], &data, &len) < 0)
        return KR_VALUE_NULL;
    ssize_t n;
    while ((n = write(fd, data, (size_t)len)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return n < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_int_from_i64(th, n);
}

FUNC(posix_lseek)
{
    static const ArgSpec s = {"lseek", {"fd", "position", "whence"}, 3, 3, true};
    Value a[3];
    int fd, how;
    int64_t pos;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0 || i64_arg(th, a[1], &pos) < 0 ||
        int_arg(th, a[2], &how) < 0)
        return KR_VALUE_NULL;
    off_t r = lseek(fd, pos, how);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_int_from_i64(th, r);
}

FUNC(posix_ftruncate)
{
    static const ArgSpec s = {"ftruncate", {"fd", "length"}, 2, 2, true};
    Value a[2];
    int fd;
    int64_t len;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0 || i64_arg(th, a[1], &len) < 0)
        return KR_VALUE_NULL;
    return ftruncate(fd, len) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(posix_dup)
{
    static const ArgSpec s = {"dup", {"fd"}, 1, 1, true};
    Value a[1];
    int fd;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0)
        return KR_VALUE_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

/* dup2(fd, fd2, inheritable=True) */
FUNC(posix_dup2)
{
    static const ArgSpec s = {"dup2", {"fd", "fd2", "inheritable"}, 3, 2, false};
    Value a[3] = {0, 0, KR_TRUE};
    int fd, fd2, err = 0;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &fd) < 0 ||
        int_arg(th, a[1], &fd2) < 0)
        return KR_VALUE_NULL;
    bool inh = is_true(th, a[2], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = inh ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(posix_pipe)
{
    if (kr_call_check_args(th, "pipe", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    Tuple *t = kr_tuple_from_array(th, (Value[]){kr_from_smallint(fds[0]), kr_from_smallint(fds[1])}, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

FUNC(posix_isatty)
{
    static const ArgSpec s = {"isatty", {"fd"}, 1, 1, true};
    Value a[1];
    int fd;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(isatty(fd));
}

static Value inheritable(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                         int flag, bool set)
{
    ArgSpec s = {name, {"fd", "value"}, set ? 2 : 1, set ? 2 : 1, true};
    Value a[2];
    int fd, err = 0;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0)
        return KR_VALUE_NULL;
    int cmd_get = flag == FD_CLOEXEC ? F_GETFD : F_GETFL, cmd_set = flag == FD_CLOEXEC ? F_SETFD : F_SETFL;
    int cur = fcntl(fd, cmd_get);
    if (cur < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    /* inheritable == !FD_CLOEXEC; blocking == !O_NONBLOCK */
    if (!set)
        return kr_from_bool(!(cur & flag));
    bool on = is_true(th, a[1], &err);
    if (err)
        return KR_VALUE_NULL;
    if (fcntl(fd, cmd_set, on ? cur & ~flag : cur | flag) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return KR_NONE;
}

FUNC(posix_get_inheritable) { return inheritable(th, "get_inheritable", args, nargs, kw, FD_CLOEXEC, false); }
FUNC(posix_set_inheritable) { return inheritable(th, "set_inheritable", args, nargs, kw, FD_CLOEXEC, true); }
FUNC(posix_get_blocking) { return inheritable(th, "get_blocking", args, nargs, kw, O_NONBLOCK, false); }
FUNC(posix_set_blocking) { return inheritable(th, "set_blocking", args, nargs, kw, O_NONBLOCK, true); }

FUNC(posix_device_encoding)
{
    static const ArgSpec s = {"device_encoding", {"fd"}, 1, 1, false};
    Value a[1];
    int fd;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &fd) < 0)
        return KR_VALUE_NULL;
    if (!isatty(fd))
        return KR_NONE;
    Str *u = kr_str_from_cstr(th, "UTF-8");
    return u ? kr_from_obj(u) : KR_VALUE_NULL;
}

/* get_terminal_size(fd=1, /) */
FUNC(posix_get_terminal_size)
{
    static const ArgSpec s = {"get_terminal_size", {"fd"}, 1, 0, true};
    Value a[1] = {kr_from_smallint(1)};
    int fd;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0)
        return KR_VALUE_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    Value f[2] = {kr_from_smallint(w.ws_col), kr_from_smallint(w.ws_row)};
    return kr_posix_structseq_new(th, &kr_posix_terminal_size_type, f);
}

/* ---- process ------------------------------------------------------------------ */

#define ID_FUNC(name, call)                                                   \
    FUNC(posix_##name)                                                        \
    {                                                                         \
        if (kr_call_check_args(th, #name, nargs, 0, 0, kw) < 0)               \
            return KR_VALUE_NULL;                                             \
        return kr_int_from_i64(th, (int64_t)call());                          \
    }
ID_FUNC(getpid, getpid)
ID_FUNC(getppid, getppid)
ID_FUNC(getuid, getuid)
ID_FUNC(geteuid, geteuid)
ID_FUNC(getgid, getgid)
ID_FUNC(getegid, getegid)

FUNC(posix_umask)
{
    static const ArgSpec s = {"umask", {"mask"}, 1, 1, true};
    Value a[1];
    int m;
    if (fd_and_int(th, &s, args, nargs, kw, a, &m) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint((int)umask((mode_t)m));
}

FUNC(posix_kill)
{
    int pid, sig;
    if (nargs != 2 || (kw && kw->size)) {
        if (kw && kw->size)
            kr_err_format(th, &kr_exc_TypeError, "kill() takes no keyword arguments");
        else
            kr_err_format(th, &kr_exc_TypeError, "kill() takes exactly 2 arguments (%zu given)", nargs);
        return KR_VALUE_NULL;
    }
    if (int_arg(th, args[0], &pid) < 0 || int_arg(th, args[1], &sig) < 0)
        return KR_VALUE_NULL;
    if (kill(pid, sig) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    /* a signal to ourselves: its Python handler runs now (see _signal.c) */
    return kr_mod__signal_run_pending(th) < 0 ? KR_VALUE_NULL : KR_NONE;
}

FUNC(posix_waitpid)
{
    static const ArgSpec s = {"waitpid", {"pid", "options"}, 2, 2, true};
    Value a[2];
    int pid, opts, status = 0;
    if (fd_and_int(th, &s, args, nargs, kw, a, &pid) < 0 || int_arg(th, a[1], &opts) < 0)
        return KR_VALUE_NULL;
    pid_t r;
    while ((r = waitpid(pid, &status, opts)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (r < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    Tuple *t = kr_tuple_from_array(th, (Value[]){kr_from_smallint(r), kr_from_smallint(status)}, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* waitstatus_to_exitcode(status) */
FUNC(posix_waitstatus_to_exitcode)
{
    static const ArgSpec s = {"waitstatus_to_exitcode", {"status"}, 1, 1, false};
    Value a[1];
    int st;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &st) < 0)
        return KR_VALUE_NULL;
    if (WIFEXITED(st))
        return kr_from_smallint(WEXITSTATUS(st));
    if (WIFSIGNALED(st))
        return kr_from_smallint(-WTERMSIG(st));
    if (WIFSTOPPED(st)) {
        kr_err_format(th, &kr_exc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(st));
        return KR_VALUE_NULL;
    }
    kr_err_format(th, &kr_exc_ValueError, "invalid wait status: %d", st);
    return KR_VALUE_NULL;
}

#define WAIT_MACRO(name, expr, is_bool)                                               \
    FUNC(posix_##name)                                                                \
    {                                                                                 \
        static const ArgSpec s = {#name, {"status"}, 1, 1, false};                    \
        Value a[1];                                                                   \
        int st;                                                                       \
        if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &st) < 0) \
            return KR_VALUE_NULL;                                                     \
        return is_bool ? kr_from_bool(expr(st)) : kr_from_smallint(expr(st));         \
    }
WAIT_MACRO(WIFEXITED, WIFEXITED, true)
WAIT_MACRO(WEXITSTATUS, WEXITSTATUS, false)
WAIT_MACRO(WIFSIGNALED, WIFSIGNALED, true)
WAIT_MACRO(WTERMSIG, WTERMSIG, false)
WAIT_MACRO(WIFSTOPPED, WIFSTOPPED, true)
WAIT_MACRO(WSTOPSIG, WSTOPSIG, false)

FUNC(posix__exit)
{
    static const ArgSpec s = {"_exit", {"status"}, 1, 1, false};
    Value a[1];
    int st;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &st) < 0)
        return KR_VALUE_NULL;
    _exit(st);
}

FUNC(posix_times)
{
    if (kr_call_check_args(th, "times", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    struct tms t;
    clock_t c = times(&t);
    double hz = (double)sysconf(_SC_CLK_TCK);
    Value f[5] = {kr_float_new(th, (double)t.tms_utime / hz), kr_float_new(th, (double)t.tms_stime / hz),
                  kr_float_new(th, (double)t.tms_cutime / hz), kr_float_new(th, (double)t.tms_cstime / hz),
                  kr_float_new(th, (double)c / hz)};
    for (int i = 0; i < 5; i++)
        if (!f[i])
            return KR_VALUE_NULL;
    return kr_posix_structseq_new(th, &kr_posix_times_result_type, f);
}

FUNC(posix_uname)
{
    if (kr_call_check_args(th, "uname", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    struct utsname u;
    if (uname(&u) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value f[5];
    for (int i = 0; i < 5; i++)
        if (!(f[i] = kr_posix_name(th, parts[i], strlen(parts[i]), false)))
            return KR_VALUE_NULL;
    return kr_posix_structseq_new(th, &kr_posix_uname_result_type, f);
}

FUNC(posix_cpu_count)
{
    if (kr_call_check_args(th, "cpu_count", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? KR_NONE : kr_from_smallint(n);
}

/* ---- misc ---------------------------------------------------------------------- */

FUNC(posix_strerror)
{
    static const ArgSpec s = {"strerror", {"code"}, 1, 1, true};
    Value a[1];
    int code;
    if (fd_and_int(th, &s, args, nargs, kw, a, &code) < 0)
        return KR_VALUE_NULL;
    Str *r = kr_str_from_cstr(th, strerror(code));
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

FUNC(posix_fspath)
{
    static const ArgSpec s = {"fspath", {"path"}, 1, 1, false};
    Value a[1];
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    return kr_posix_fspath(th, a[0]);
}

FUNC(posix_urandom)
{
    static const ArgSpec s = {"urandom", {"size"}, 1, 1, true};
    Value a[1];
    int64_t n;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || i64_arg(th, a[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative argument not allowed");
        return KR_VALUE_NULL;
    }
    Bytes *b = kr_bytes_alloc(th, n);
    for (int64_t got = 0; b && got < n;) {
        ssize_t r = getrandom(b->data + got, (size_t)(n - got), 0);
        if (r < 0 && errno != EINTR)
            return kr_posix_error(th, KR_VALUE_NULL);
        got += r > 0 ? r : 0;
    }
    return kr_bytes_value(b);
}

/* register_at_fork(*, before, after_in_child, after_in_parent): the
 * callables run around os.fork (vm/thread.c keeps and runs them). */
FUNC(posix_register_at_fork)
{
    static const char *const names[] = {"before", "after_in_child", "after_in_parent", NULL};
    Value a[3];
    if (nargs) {
        kr_err_set_string(th, &kr_exc_TypeError, "register_at_fork() takes no positional arguments");
        return KR_VALUE_NULL;
    }
    if (kr_libutil_parse(th, "register_at_fork", args, 0, kw, names, 0, 0, a) < 0 ||
        kr_thread_register_at_fork(th, a[0], a[2], a[1]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* putenv(name, value) / unsetenv(name): the C environment only; os.environ
 * is updated by os.py itself, as in CPython. */
FUNC(posix_putenv)
{
    static const ArgSpec s = {"putenv", {"name", "value"}, 2, 2, true};
    Value a[2];
    PathArg n, v;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "putenv", "name", false, false, &n) < 0 ||
        kr_posix_path(th, a[1], "putenv", "value", false, false, &v) < 0)
        return KR_VALUE_NULL;
    if (strchr(n.c, '=')) {
        kr_err_set_string(th, &kr_exc_ValueError, "illegal environment variable name");
        return KR_VALUE_NULL;
    }
    return setenv(n.c, v.c, 1) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(posix_unsetenv)
{
    static const ArgSpec s = {"unsetenv", {"name"}, 1, 1, true};
    Value a[1];
    PathArg n;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "unsetenv", "name", false, false, &n) < 0)
        return KR_VALUE_NULL;
    return unsetenv(n.c) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

/* ---- more file operations --------------------------------------------------- */

/* A (seconds, nanoseconds) timespec from a number of seconds (int or float). */
static int time_arg(Thread *th, Value v, struct timespec *ts)
{
    if (kr_is_float(v)) {
        double d = kr_float_value(v), whole = floor(d);
        ts->tv_sec = (time_t)whole;
        ts->tv_nsec = (long)((d - whole) * 1e9);
        return 0;
    }
    int64_t sec;
    if (i64_arg(th, v, &sec) < 0)
        return -1;
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = 0;
    return 0;
}

static bool is_pair(Value v)
{
    return kr_is_tuple(v) && kr_as_tuple(v)->size == 2;
}

/* utime(path, times=None, *, ns=(atime_ns, mtime_ns), dir_fd=None, follow_symlinks=True) */
FUNC(posix_utime)
{
    static const ArgSpec s = {"utime", {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 2, 1, false};
    Value a[5] = {0, KR_NONE, 0, KR_NONE, KR_TRUE};
    PathArg p;
    int err = 0;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "utime", "path", true, false, &p) < 0)
        return KR_VALUE_NULL;
    struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    if (a[1] != KR_NONE && a[2]) {
        kr_err_set_string(th, &kr_exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        return KR_VALUE_NULL;
    }
    if (a[1] != KR_NONE) {
        if (!is_pair(a[1]))
            return kr_err_type_error(th, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++)
            if (time_arg(th, kr_as_tuple(a[1])->items[i], &ts[i]) < 0)
                return KR_VALUE_NULL;
    } else if (a[2]) {
        if (!is_pair(a[2]))
            return kr_err_type_error(th, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (i64_arg(th, kr_as_tuple(a[2])->items[i], &ns) < 0)
                return KR_VALUE_NULL;
            ts[i].tv_sec = (time_t)(ns / 1000000000);
            ts[i].tv_nsec = (long)(ns % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_sec -= 1;
                ts[i].tv_nsec += 1000000000;
            }
        }
    }
    int dir_fd = AT_FDCWD;
    if (a[3] != KR_NONE && dir_fd_arg(th, a[3], &dir_fd) < 0)
        return KR_VALUE_NULL;
    bool follow = is_true(th, a[4], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = p.c ? utimensat(dir_fd, p.c, ts, follow ? 0 : AT_SYMLINK_NOFOLLOW) : futimens(p.fd, ts);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;   /* CPython names no file here */
}

/* A uid or gid argument as CPython's _Py_Uid_Converter reads it: -1 is
 * "unchanged"; other negatives, and values that do not survive the
 * conversion to the 32-bit type, are "less than minimum"; past a C long,
 * "greater than maximum". */
int kr_posix_id_arg(Thread *th, Value v, const char *what, uint32_t *out)
{
    Value i = kr_is_float(v) ? KR_VALUE_NULL : kr_object_index(th, v);
    int64_t x;
    if (!i) {
        if (kr_is_float(v) || kr_err_matches(th, &kr_exc_TypeError))
            kr_err_format(th, &kr_exc_TypeError, "%s should be integer, not %s", what,
                          kr_type_name(v));
        return -1;
    }
    if (kr_int_as_i64(th, i, &x) < 0) {
        if (!kr_err_matches(th, &kr_exc_OverflowError))
            return -1;
        kr_err_format(th, &kr_exc_OverflowError, "%s is greater than maximum", what);
        return -1;
    }
    if (x == -1) {
        *out = (uint32_t)-1;
        return 0;
    }
    if (x < 0 || x > (int64_t)UINT32_MAX) {
        kr_err_format(th, &kr_exc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    *out = (uint32_t)x;
    return 0;
}

/* chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True) and lchown. */
static Value do_chown(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                      bool follow_default)
{
    ArgSpec s = {name, {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 3, false};
    Value a[5] = {0, 0, 0, KR_NONE, follow_default ? KR_TRUE : KR_FALSE};
    PathArg p;
    uint32_t uid, gid;
    int err = 0;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], name, "path", follow_default, false, &p) < 0 ||
        kr_posix_id_arg(th, a[1], "uid", &uid) < 0 || kr_posix_id_arg(th, a[2], "gid", &gid) < 0)
        return KR_VALUE_NULL;
    int dir_fd = AT_FDCWD;
    if (a[3] != KR_NONE && dir_fd_arg(th, a[3], &dir_fd) < 0)
        return KR_VALUE_NULL;
    bool follow = is_true(th, a[4], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = p.c ? fchownat(dir_fd, p.c, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                : fchown(p.fd, (uid_t)uid, (gid_t)gid);
    return r < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

FUNC(posix_chown) { return do_chown(th, "chown", args, nargs, kw, true); }
FUNC(posix_lchown) { return do_chown(th, "lchown", args, nargs, kw, false); }

FUNC(posix_fchown)
{
    static const ArgSpec s = {"fchown", {"fd", "uid", "gid"}, 3, 3, false};
    Value a[3];
    int fd;
    uint32_t uid, gid;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &fd) < 0 ||
        kr_posix_id_arg(th, a[1], "uid", &uid) < 0 || kr_posix_id_arg(th, a[2], "gid", &gid) < 0)
        return KR_VALUE_NULL;
    return fchown(fd, (uid_t)uid, (gid_t)gid) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(posix_fchmod)
{
    static const ArgSpec s = {"fchmod", {"fd", "mode"}, 2, 2, false};
    Value a[2];
    int fd, mode;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &fd) < 0 ||
        int_arg(th, a[1], &mode) < 0)
        return KR_VALUE_NULL;
    return fchmod(fd, (mode_t)mode) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(posix_fdatasync) { return fd_op(th, "fdatasync", args, nargs, kw, fdatasync); }

FUNC(posix_sync)
{
    if (kr_call_check_args(th, "sync", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    sync();
    return KR_NONE;
}

/* mkfifo(path, mode=0o666, *, dir_fd=None) */
FUNC(posix_mkfifo)
{
    static const ArgSpec s = {"mkfifo", {"path", "mode", "dir_fd"}, 2, 1, false};
    Value a[3] = {0, kr_from_smallint(0666), KR_NONE};
    PathArg p;
    int mode, dir_fd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "mkfifo", "path", false, false, &p) < 0 || int_arg(th, a[1], &mode) < 0)
        return KR_VALUE_NULL;
    if (a[2] != KR_NONE && dir_fd_arg(th, a[2], &dir_fd) < 0)
        return KR_VALUE_NULL;
    return mkfifoat(dir_fd, p.c, (mode_t)mode) < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

FUNC(posix_major)
{
    static const ArgSpec s = {"major", {"device"}, 1, 1, true};
    Value a[1];
    int64_t d;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || i64_arg(th, a[0], &d) < 0)
        return KR_VALUE_NULL;
    if (d < 0) {     /* a dev_t is unsigned */
        kr_err_set_string(th, &kr_exc_OverflowError, "can't convert negative int to unsigned");
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, (int64_t)major((dev_t)d));
}

FUNC(posix_minor)
{
    static const ArgSpec s = {"minor", {"device"}, 1, 1, true};
    Value a[1];
    int64_t d;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || i64_arg(th, a[0], &d) < 0)
        return KR_VALUE_NULL;
    if (d < 0) {     /* a dev_t is unsigned */
        kr_err_set_string(th, &kr_exc_OverflowError, "can't convert negative int to unsigned");
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, (int64_t)minor((dev_t)d));
}

FUNC(posix_makedev)
{
    static const ArgSpec s = {"makedev", {"major", "minor"}, 2, 2, true};
    Value a[2];
    int ma, mi;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &ma) < 0 ||
        int_arg(th, a[1], &mi) < 0)
        return KR_VALUE_NULL;
    return kr_int_from_i64(th, (int64_t)makedev((unsigned)ma, (unsigned)mi));
}

/* ---- more process calls ------------------------------------------------------- */

FUNC(posix_getgroups)
{
    if (kr_call_check_args(th, "getgroups", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    gid_t groups[256];
    int n = getgroups(256, groups);
    if (n < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    List *l = kr_list_new(th, 0);
    for (int i = 0; l && i < n; i++)
        if (kr_list_append(th, l, kr_from_smallint(groups[i])) < 0)
            return KR_VALUE_NULL;
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

ID_FUNC(getpgrp, getpgrp)

FUNC(posix_getloadavg)
{
    if (kr_call_check_args(th, "getloadavg", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    double l[3];
    if (getloadavg(l, 3) != 3) {
        kr_err_set_string(th, &kr_exc_OSError, "Load averages are unobtainable");
        return KR_VALUE_NULL;
    }
    Value v[3] = {kr_float_new(th, l[0]), kr_float_new(th, l[1]), kr_float_new(th, l[2])};
    if (!v[0] || !v[1] || !v[2])
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, v, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

FUNC(posix_ttyname)
{
    static const ArgSpec s = {"ttyname", {"fd"}, 1, 1, true};
    Value a[1];
    int fd;
    if (fd_and_int(th, &s, args, nargs, kw, a, &fd) < 0)
        return KR_VALUE_NULL;
    char buf[256];
    int r = ttyname_r(fd, buf, sizeof buf);
    if (r != 0) {
        errno = r;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    return kr_posix_name(th, buf, strlen(buf), false);
}

/* system(command): the shell's wait status, as CPython returns it. */
FUNC(posix_system)
{
    static const ArgSpec s = {"system", {"command"}, 1, 1, false};
    Value a[1];
    PathArg p;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    if (kr_posix_path(th, a[0], "system", "command", false, false, &p) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);
    fflush(stderr);
    return kr_from_smallint(system(p.c));
}

FUNC(posix_fork)
{
    if (kr_call_check_args(th, "fork", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    fflush(stdout);          /* the child must not print the parent's buffer again */
    fflush(stderr);
    kr_thread_before_fork(th);
    pid_t pid = fork();
    int e = errno;
    kr_thread_after_fork(th, pid == 0);
    errno = e;
    return pid < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(pid);
}

/* PyUnicode_FSConverter: str or bytes (through __fspath__) to a C string. */
static int fs_convert(Thread *th, Value v, const char *fname, PathArg *out)
{
    Value path = kr_posix_fspath(th, v);
    if (!path)
        return -1;
    return kr_posix_path(th, path, fname, "path", false, false, out);
}

/* A NULL-terminated array of C strings from a tuple or list of paths. */
const char **kr_posix_string_vector(Thread *th, Value seq, const char *fname, const char *what,
                                    Value *keep)
{
    if (!kr_is_tuple(seq) && !kr_is_list(seq)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() %s must be a tuple or list", fname, what);
        return NULL;
    }
    const Value *items = kr_is_tuple(seq) ? kr_as_tuple(seq)->items : kr_as_list(seq)->items;
    int64_t n = kr_is_tuple(seq) ? kr_as_tuple(seq)->size : kr_as_list(seq)->size;
    const char **v = kr_gc_alloc((size_t)(n + 1) * sizeof *v);
    Tuple *hold = kr_tuple_new(th, n);
    if (!v || !hold) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        PathArg p;
        if (fs_convert(th, items[i], fname, &p) < 0)
            return NULL;
        hold->items[i] = p.data;   /* the strings stay reachable through keep */
        v[i] = p.c;
    }
    v[n] = NULL;
    *keep = kr_from_obj(hold);
    return v;
}

/* The values of mapping's method mname ("keys", "values") as a list. */
static List *mapping_list(Thread *th, Value mapping, const char *mname)
{
    Value f = kr_object_getattr(th, mapping, kr_str_intern_cstr(th, mname));
    Value r = f ? kr_vm_call(th, f, NULL, 0, NULL) : KR_VALUE_NULL;
    return r ? kr_list_from_iterable(th, r) : NULL;
}

/* The "KEY=value" array execve() takes, built as CPython's parse_envlist:
 * a key that is empty or has '=' past its first byte is refused. */
char **kr_posix_env_vector(Thread *th, const char *fname, Value env, Value *keep)
{
    int64_t n;
    if (!kr_type_of(env)->getitem) {
        kr_err_format(th, &kr_exc_TypeError, "%s: environment must be a mapping object", fname);
        return NULL;
    }
    if (kr_object_len(th, env, &n) < 0)
        return NULL;
    List *keys = mapping_list(th, env, "keys");
    List *vals = keys ? mapping_list(th, env, "values") : NULL;
    if (!vals)
        return NULL;
    n = keys->size < vals->size ? keys->size : vals->size;
    char **envp = kr_gc_alloc((size_t)(n + 1) * sizeof *envp);
    Tuple *hold = kr_tuple_new(th, n);
    if (!envp || !hold) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        PathArg k, v;
        if (fs_convert(th, keys->items[i], fname, &k) < 0)
            return NULL;
        /* from the second byte: a leading '=' names a hidden variable */
        if (!k.c[0] || strchr(k.c + 1, '=')) {
            kr_err_format(th, &kr_exc_ValueError, "illegal environment variable name");
            return NULL;
        }
        if (fs_convert(th, vals->items[i], fname, &v) < 0)
            return NULL;
        Buf b;
        kr_buf_init(&b);
        kr_buf_printf(&b, "%s=%s", k.c, v.c);
        Bytes *entry = kr_bytes_new(th, b.data, (int64_t)b.len);
        kr_buf_free(&b);
        if (!entry)
            return NULL;
        hold->items[i] = kr_from_obj(entry);
        envp[i] = (char *)entry->data;
    }
    envp[n] = NULL;
    *keep = kr_from_obj(hold);
    return envp;
}

static Value do_exec(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                     bool with_env)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "%s() takes no keyword arguments", name);
    size_t want = with_env ? 3 : 2;
    if (nargs != want)
        return kr_err_type_error(th, "%s expected %zu arguments, got %zu", name, want, nargs);
    PathArg p;
    Value keep_argv = KR_NONE, keep_env = KR_NONE;
    if (kr_posix_path(th, args[0], name, "path", with_env, false, &p) < 0)
        return KR_VALUE_NULL;
    const char **argv = kr_posix_string_vector(th, args[1], name, "arg 2", &keep_argv);
    if (!argv)
        return KR_VALUE_NULL;
    if (!argv[0]) {
        kr_err_format(th, &kr_exc_ValueError, "%s() arg 2 must not be empty", name);
        return KR_VALUE_NULL;
    }
    if (!argv[0][0]) {
        kr_err_format(th, &kr_exc_ValueError, "%s() arg 2 first element cannot be empty", name);
        return KR_VALUE_NULL;
    }
    char **envp = environ;
    if (with_env && !(envp = kr_posix_env_vector(th, name, args[2], &keep_env)))
        return KR_VALUE_NULL;
    fflush(stdout);
    fflush(stderr);
    if (p.fd >= 0)
        fexecve(p.fd, (char **)argv, envp);
    else
        execve(p.c, (char **)argv, envp);
    (void)keep_argv;
    (void)keep_env;
    return kr_posix_error(th, KR_VALUE_NULL);
}

FUNC(posix_execv) { return do_exec(th, "execv", args, nargs, kw, false); }
FUNC(posix_execve) { return do_exec(th, "execve", args, nargs, kw, true); }

static const MethodDef posix_functions[] = {
    {"stat", posix_stat, "($module, /, path, *, dir_fd=None, follow_symlinks=True)", NULL, 0},
    {"lstat", posix_lstat, "($module, /, path, *, dir_fd=None)", NULL, 0},
    {"fstat", posix_fstat, "($module, /, fd)", NULL, 0},
    {"access", posix_access, "($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)", NULL, 0},
    {"unlink", posix_unlink, "($module, /, path, *, dir_fd=None)", NULL, 0},
    {"remove", posix_remove, "($module, /, path, *, dir_fd=None)", NULL, 0},
    {"rmdir", posix_rmdir, "($module, /, path, *, dir_fd=None)", NULL, 0},
    {"mkdir", posix_mkdir, "($module, /, path, mode=511, *, dir_fd=None)", NULL, 0},
    {"chmod", posix_chmod, "($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)", NULL, 0},
    {"chdir", posix_chdir, "($module, /, path)", NULL, 0},
    {"rename", posix_rename, "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", NULL, 0},
    {"replace", posix_replace, "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", NULL, 0},
    {"link", posix_link, "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", NULL, 0},
    {"symlink", posix_symlink, "($module, /, src, dst, target_is_directory=False, *, dir_fd=None)", NULL, 0},
    {"readlink", posix_readlink, "($module, /, path, *, dir_fd=None)", NULL, 0},
    {"truncate", posix_truncate, "($module, /, path, length)", NULL, 0},
    {"getcwd", posix_getcwd, "($module, /)", NULL, 0},
    {"getcwdb", posix_getcwdb, "($module, /)", NULL, 0},
    {"listdir", posix_listdir, "($module, /, path=None)", NULL, 0},
    {"scandir", posix_scandir, "($module, /, path=None)", NULL, 0},
    {"open", posix_open, "($module, /, path, flags, mode=511, *, dir_fd=None)", NULL, 0},
    {"close", posix_close, "($module, /, fd)", NULL, 0},
    {"closerange", posix_closerange, "($module, fd_low, fd_high, /)", NULL, 0},
    {"fsync", posix_fsync, "($module, /, fd)", NULL, 0},
    {"read", posix_read, "($module, fd, length, /)", NULL, 0},
    {"write", posix_write, "($module, fd, data, /)", NULL, 0},
    {"lseek", posix_lseek, "($module, fd, position, whence, /)", NULL, 0},
    {"ftruncate", posix_ftruncate, "($module, fd, length, /)", NULL, 0},
    {"dup", posix_dup, "($module, fd, /)", NULL, 0},
    {"dup2", posix_dup2, "($module, /, fd, fd2, inheritable=True)", NULL, 0},
    {"pipe", posix_pipe, "($module, /)", NULL, 0},
    {"isatty", posix_isatty, "($module, fd, /)", NULL, 0},
    {"get_inheritable", posix_get_inheritable, "($module, fd, /)", NULL, 0},
    {"set_inheritable", posix_set_inheritable, "($module, fd, inheritable, /)", NULL, 0},
    {"get_blocking", posix_get_blocking, "($module, fd, /)", NULL, 0},
    {"set_blocking", posix_set_blocking, "($module, fd, blocking, /)", NULL, 0},
    {"device_encoding", posix_device_encoding, "($module, /, fd)", NULL, 0},
    {"get_terminal_size", posix_get_terminal_size, "($module, fd=<unrepresentable>, /)", NULL, 0},
    {"getpid", posix_getpid, "($module, /)", NULL, 0},
    {"getppid", posix_getppid, "($module, /)", NULL, 0},
    {"getuid", posix_getuid, "($module, /)", NULL, 0},
    {"geteuid", posix_geteuid, "($module, /)", NULL, 0},
    {"getgid", posix_getgid, "($module, /)", NULL, 0},
    {"getegid", posix_getegid, "($module, /)", NULL, 0},
    {"umask", posix_umask, "($module, mask, /)", NULL, 0},
    {"kill", posix_kill, "($module, pid, signal, /)", NULL, 0},
    {"waitpid", posix_waitpid, "($module, pid, options, /)", NULL, 0},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, "($module, /, status)", NULL, 0},
    {"WIFEXITED", posix_WIFEXITED, "($module, /, status)", NULL, 0},
    {"WEXITSTATUS", posix_WEXITSTATUS, "($module, /, status)", NULL, 0},
    {"WIFSIGNALED", posix_WIFSIGNALED, "($module, /, status)", NULL, 0},
    {"WTERMSIG", posix_WTERMSIG, "($module, /, status)", NULL, 0},
    {"WIFSTOPPED", posix_WIFSTOPPED, "($module, /, status)", NULL, 0},
    {"WSTOPSIG", posix_WSTOPSIG, "($module, /, status)", NULL, 0},
    {"_exit", posix__exit, "($module, /, status)", NULL, 0},
    {"times", posix_times, "($module, /)", NULL, 0},
    {"uname", posix_uname, "($module, /)", NULL, 0},
    {"cpu_count", posix_cpu_count, "($module, /)", NULL, 0},
    {"strerror", posix_strerror, "($module, code, /)", NULL, 0},
    {"fspath", posix_fspath, "($module, /, path)", NULL, 0},
    {"urandom", posix_urandom, "($module, size, /)", NULL, 0},
    {"register_at_fork", posix_register_at_fork, NULL, NULL, 0},
    {"utime", posix_utime, "($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)", NULL, 0},
    {"chown", posix_chown, "($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)", NULL, 0},
    {"lchown", posix_lchown, "($module, /, path, uid, gid)", NULL, 0},
    {"fchown", posix_fchown, "($module, /, fd, uid, gid)", NULL, 0},
    {"fchmod", posix_fchmod, "($module, /, fd, mode)", NULL, 0},
    {"fdatasync", posix_fdatasync, "($module, /, fd)", NULL, 0},
    {"sync", posix_sync, "($module, /)", NULL, 0},
    {"mkfifo", posix_mkfifo, "($module, /, path, mode=438, *, dir_fd=None)", NULL, 0},
    {"major", posix_major, "($module, device, /)", NULL, 0},
    {"minor", posix_minor, "($module, device, /)", NULL, 0},
    {"makedev", posix_makedev, "($module, major, minor, /)", NULL, 0},
    {"getgroups", posix_getgroups, "($module, /)", NULL, 0},
    {"getpgrp", posix_getpgrp, "($module, /)", NULL, 0},
    {"getloadavg", posix_getloadavg, "($module, /)", NULL, 0},
    {"ttyname", posix_ttyname, "($module, fd, /)", NULL, 0},
    {"system", posix_system, "($module, /, command)", NULL, 0},
    {"fork", posix_fork, "($module, /)", NULL, 0},
    {"execv", posix_execv, "($module, path, argv, /)", NULL, 0},
    {"execve", posix_execve, "($module, /, path, argv, env)", NULL, 0},
    {"putenv", posix_putenv, "($module, name, value, /)", NULL, 0},
    {"unsetenv", posix_unsetenv, "($module, name, /)", NULL, 0},
    {0},
};

/* Integer constants os.py and its users read from posix. */
static const struct { const char *name; long value; } posix_constants[] = {
#define C(n) {#n, n},
    C(F_OK) C(R_OK) C(W_OK) C(X_OK) C(O_RDONLY) C(O_WRONLY) C(O_RDWR) C(O_APPEND) C(O_CREAT)
    C(O_EXCL) C(O_TRUNC) C(O_NONBLOCK) C(O_NDELAY) C(O_SYNC) C(O_DSYNC) C(O_NOCTTY)
    C(O_CLOEXEC) C(O_DIRECTORY) C(O_NOFOLLOW) C(O_ACCMODE) C(O_ASYNC) C(O_NOATIME) C(O_PATH)
    C(O_TMPFILE) C(O_LARGEFILE) C(O_RSYNC) C(O_DIRECT)
    C(SEEK_DATA) C(SEEK_HOLE)
    C(WNOHANG) C(WUNTRACED) C(WCONTINUED) C(EX_OK) C(EX_USAGE) C(EX_DATAERR) C(EX_NOINPUT)
    C(EX_NOUSER) C(EX_NOHOST) C(EX_UNAVAILABLE) C(EX_SOFTWARE) C(EX_OSERR) C(EX_OSFILE)
    C(EX_CANTCREAT) C(EX_IOERR) C(EX_TEMPFAIL) C(EX_PROTOCOL) C(EX_NOPERM) C(EX_CONFIG)
    C(F_LOCK) C(F_TLOCK) C(F_ULOCK) C(F_TEST) C(NGROUPS_MAX) C(TMP_MAX)
#undef C
};

/* The names os.py looks up in _have_functions (the ones krait supports). */
static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FSTATAT", "HAVE_FTRUNCATE",
    "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_UNLINKAT", "HAVE_FDOPENDIR", "HAVE_UTIMENSAT",
    "HAVE_FUTIMENS", "HAVE_FCHOWNAT", "HAVE_FCHOWN", "HAVE_MKFIFOAT", "HAVE_FEXECVE",
    "HAVE_FCHMODAT", "HAVE_LINKAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT",
    "HAVE_MKNODAT", "HAVE_FSTATVFS", "HAVE_FPATHCONF", "HAVE_LSTAT", "HAVE_LCHOWN",
    "HAVE_EVENTFD", "HAVE_MEMFD_CREATE",
};

/* environ: a dict of bytes -> bytes, as CPython's posix.environ. */
static int add_environ(Thread *th, Dict *md)
{
    Dict *env = kr_dict_new(th);
    if (!env)
        return -1;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Bytes *k = kr_bytes_new(th, *e, eq - *e), *v = kr_bytes_new(th, eq + 1, (int64_t)strlen(eq + 1));
        if (!k || !v)
            return -1;
        Value have = kr_dict_get(th, env, kr_from_obj(k));
        if (!have && kr_err_occurred(th))
            return -1;
        if (!have && kr_dict_set(th, env, kr_from_obj(k), kr_from_obj(v)) < 0)
            return -1;
    }
    Str *name = kr_str_intern_cstr(th, "environ");
    return name ? kr_dict_set_str(th, md, name, kr_from_obj(env)) : -1;
}

static int add_value(Thread *th, Dict *md, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n && v ? kr_dict_set_str(th, md, n, v) : -1;
}

int kr_mod_posix_init(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "posix");
    Module *m = name ? kr_module_new(th, name) : NULL;
    if (!m || kr_module_add_functions(th, m, posix_functions) < 0 || add_environ(th, m->dict) < 0 ||
        kr_posix_types_init(th, m->dict) < 0 || kr_posix_spawn_init(th, m) < 0 ||
        kr_posix_more_init(th, m) < 0 || kr_posix_ext_init(th, m) < 0 ||
        add_value(th, m->dict, "error", kr_from_obj(&kr_exc_OSError)) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(posix_constants); i++)
        if (add_value(th, m->dict, posix_constants[i].name, kr_from_smallint(posix_constants[i].value)) < 0)
            return -1;
    List *have = kr_list_new(th, 0);
    for (size_t i = 0; have && i < KR_ARRAY_LEN(have_functions); i++) {
        Str *s = kr_str_from_cstr(th, have_functions[i]);
        if (!s || kr_list_append(th, have, kr_from_obj(s)) < 0)
            return -1;
    }
    if (!have || add_value(th, m->dict, "_have_functions", kr_from_obj(have)) < 0)
        return -1;
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
