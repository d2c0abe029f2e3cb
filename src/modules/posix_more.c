/*
 * posix_more.c -- the smaller process, session, scheduling and file calls
 * of the posix module that posix.c does not carry: getsid/setsid,
 * getpgid/setpgid/setpgrp/killpg, priorities and nice, the set*id family,
 * getres[ug]id, getlogin, ctermid, fchdir, pipe2, pread/pwrite,
 * readv/writev, lockf, posix_fallocate/posix_fadvise, sched_*,
 * wait/wait3/wait4, sysconf/fpathconf/pathconf/confstr and their name
 * tables, getrandom, chroot, mknod, abort; and their constants.
 *
 * Each is a thin wrapper: arguments as CPython's clinic reads them (ints
 * through __index__), the system call retried on EINTR after the signal
 * handlers ran (PEP 475), and OSError from errno.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gc/gc.h"
#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

extern Type kr_memoryview_type;

#define FUNC(name) static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

static int ints_of(Thread *th, const Value *args, size_t n, int64_t *out);

/* Exactly n int arguments (positional only) into out. */
static int ints(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw, size_t n,
                int64_t *out)
{
    if (kr_call_check_args(th, name, nargs, n, n, kw) < 0)
        return -1;
    return ints_of(th, args, n, out);
}

/* The same with the parameters named (Argument Clinic's keywords): one
 * int per name of names, all required. */
static int kwints(Thread *th, const char *name, const char *const *names, const Value *args,
                  size_t nargs, Tuple *kw, int64_t *out)
{
    Value v[4];
    int n = 0;
    while (names[n])
        n++;
    if (kr_libutil_parse(th, name, args, nargs, kw, names, 0, n, v) < 0)
        return -1;
    return ints_of(th, v, (size_t)n, out);
}

static int ints_of(Thread *th, const Value *args, size_t n, int64_t *out)
{
    for (size_t i = 0; i < n; i++) {
        if (kr_is_float(args[i])) {
            kr_err_type_error(th, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        Value v = kr_object_index(th, args[i]);
        if (!v || kr_int_as_i64(th, v, &out[i]) < 0)
            return -1;
    }
    return 0;
}

static Value none_or_error(Thread *th, int r)
{
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

static Value pair(Thread *th, Value a, Value b)
{
    Tuple *t = a && b ? kr_tuple_from_array(th, (Value[]){a, b}, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* ---- sessions, process groups, priorities ---- */

FUNC(m_getsid)
{
    int64_t a[1];
    if (ints(th, "getsid", args, nargs, kw, 1, a) < 0)
        return KR_VALUE_NULL;
    pid_t r = getsid((pid_t)a[0]);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(m_setsid)
{
    if (kr_call_check_args(th, "setsid", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return none_or_error(th, setsid() < 0 ? -1 : 0);
}

FUNC(m_getpgid)
{
    int64_t a[1];
    static const char *const names[] = {"pid", NULL};
    if (kwints(th, "getpgid", names, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    pid_t r = getpgid((pid_t)a[0]);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(m_setpgid)
{
    int64_t a[2];
    if (ints(th, "setpgid", args, nargs, kw, 2, a) < 0)
        return KR_VALUE_NULL;
    return none_or_error(th, setpgid((pid_t)a[0], (pid_t)a[1]));
}

FUNC(m_setpgrp)
{
    if (kr_call_check_args(th, "setpgrp", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return none_or_error(th, setpgid(0, 0));
}

FUNC(m_killpg)
{
    int64_t a[2];
    if (ints(th, "killpg", args, nargs, kw, 2, a) < 0)
        return KR_VALUE_NULL;
    if (killpg((pid_t)a[0], (int)a[1]) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    /* a signal to our own group is ours too: its handler runs now */
    return kr_vm_check_signals(th) < 0 ? KR_VALUE_NULL : KR_NONE;
}

FUNC(m_getpriority)
{
    int64_t a[2];
    static const char *const names[] = {"which", "who", NULL};
    if (kwints(th, "getpriority", names, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    int r = getpriority((int)a[0], (id_t)a[1]);
    return r == -1 && errno ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(m_setpriority)
{
    int64_t a[3];
    static const char *const names[] = {"which", "who", "priority", NULL};
    if (kwints(th, "setpriority", names, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    return none_or_error(th, setpriority((int)a[0], (id_t)a[1], (int)a[2]));
}

FUNC(m_nice)
{
    int64_t a[1];
    if (ints(th, "nice", args, nargs, kw, 1, a) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    int r = nice((int)a[0]);
    return r == -1 && errno ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

/* ---- user and group ids ---- */

/* CPython's _Py_Uid_Converter / _Py_Gid_Converter on a 64-bit long: -1
 * ("unchanged") or 0 .. 2**32-1; a value that fits a long but not the id
 * is "less than minimum" (it was truncated), one past a long "greater than
 * maximum".  what ("uid", "gid") words the errors. */
static int id_arg(Thread *th, Value v, const char *what, uint32_t *out)
{
    Value i = kr_is_float(v) ? KR_VALUE_NULL : kr_object_index(th, v);
    if (!i) {
        if (!kr_is_float(v) && !kr_err_matches(th, &kr_exc_TypeError))
            return -1;
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_TypeError, "%s should be integer, not %s", what, kr_type_name(v));
        return -1;
    }
    int64_t x;
    bool past_long = false;
    if (kr_int_as_i64(th, i, &x) < 0) {
        kr_err_clear(th);
        past_long = kr_int_sign(i) > 0;
        x = past_long ? INT64_MAX : INT64_MIN;
    }
    if (x == -1 && !past_long) {
        *out = (uint32_t)-1;
        return 0;
    }
    if (past_long || x < 0 || x > (int64_t)UINT32_MAX) {
        kr_err_format(th, &kr_exc_OverflowError, "%s is %s", what,
                      past_long ? "greater than maximum" : "less than minimum");
        return -1;
    }
    *out = (uint32_t)x;
    return 0;
}

/* f(ids...) for n uid or gid arguments */
static Value set_ids(Thread *th, const char *name, const char *what, const Value *args, size_t nargs,
                     Tuple *kw, size_t n, uint32_t *ids)
{
    if (kr_call_check_args(th, name, nargs, n, n, kw) < 0)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < n; i++)
        if (id_arg(th, args[i], what, &ids[i]) < 0)
            return KR_VALUE_NULL;
    return KR_NONE;
}

#define SET_IDS(pyname, what, n, call)                                           \
    FUNC(m_##pyname)                                                             \
    {                                                                            \
        uint32_t a[3];                                                           \
        if (!set_ids(th, #pyname, what, args, nargs, kw, n, a))                  \
            return KR_VALUE_NULL;                                                \
        return none_or_error(th, call);                                          \
    }
SET_IDS(setuid, "uid", 1, setuid((uid_t)a[0]))
SET_IDS(setgid, "gid", 1, setgid((gid_t)a[0]))
SET_IDS(seteuid, "uid", 1, seteuid((uid_t)a[0]))
SET_IDS(setegid, "gid", 1, setegid((gid_t)a[0]))
SET_IDS(setreuid, "uid", 2, setreuid((uid_t)a[0], (uid_t)a[1]))
SET_IDS(setregid, "gid", 2, setregid((gid_t)a[0], (gid_t)a[1]))
SET_IDS(setresuid, "uid", 3, setresuid((uid_t)a[0], (uid_t)a[1], (uid_t)a[2]))
SET_IDS(setresgid, "gid", 3, setresgid((gid_t)a[0], (gid_t)a[1], (gid_t)a[2]))

static Value triple(Thread *th, int64_t a, int64_t b, int64_t c)
{
    Value v[3] = {kr_int_from_i64(th, a), kr_int_from_i64(th, b), kr_int_from_i64(th, c)};
    Tuple *t = v[0] && v[1] && v[2] ? kr_tuple_from_array(th, v, 3) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

FUNC(m_getresuid)
{
    uid_t r, e, s;
    if (kr_call_check_args(th, "getresuid", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    if (getresuid(&r, &e, &s) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return triple(th, r, e, s);
}

FUNC(m_getresgid)
{
    gid_t r, e, s;
    if (kr_call_check_args(th, "getresgid", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    if (getresgid(&r, &e, &s) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return triple(th, r, e, s);
}

FUNC(m_getlogin)
{
    if (kr_call_check_args(th, "getlogin", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    const char *s = getlogin();
    if (!s) {
        if (errno)
            return kr_posix_error(th, KR_VALUE_NULL);
        kr_err_set_string(th, &kr_exc_OSError, "unable to determine login name");
        return KR_VALUE_NULL;
    }
    return kr_posix_name(th, s, strlen(s), false);
}

FUNC(m_ctermid)
{
    if (kr_call_check_args(th, "ctermid", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    char buf[L_ctermid];
    const char *s = ctermid(buf);
    return kr_posix_name(th, s, strlen(s), false);
}

/* ---- files ---- */

/* A file descriptor argument: an int, or an object with fileno(). */
static int fd_of(Thread *th, Value v, int *fd)
{
    return kr_libutil_fd_arg(th, v, fd);
}

FUNC(m_fchdir)
{
    static const char *const names[] = {"fd", NULL};
    Value a[1];
    int fd;
    if (kr_libutil_parse(th, "fchdir", args, nargs, kw, names, 0, 1, a) < 0 ||
        fd_of(th, a[0], &fd) < 0)
        return KR_VALUE_NULL;
    int r;
    while ((r = fchdir(fd)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return none_or_error(th, r);
}

FUNC(m_pipe2)
{
    int64_t a[1];
    int fds[2];
    if (ints(th, "pipe2", args, nargs, kw, 1, a) < 0)
        return KR_VALUE_NULL;
    if (pipe2(fds, (int)a[0]) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return pair(th, kr_from_smallint(fds[0]), kr_from_smallint(fds[1]));
}

FUNC(m_pread)
{
    int64_t a[3];
    if (ints(th, "pread", args, nargs, kw, 3, a) < 0)
        return KR_VALUE_NULL;
    if (a[1] < 0) {
        errno = EINVAL;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    Bytes *b = kr_bytes_alloc(th, a[1]);
    if (!b)
        return KR_VALUE_NULL;
    ssize_t n;
    while ((n = pread((int)a[0], b->data, (size_t)a[1], (off_t)a[2])) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (n < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return kr_bytes_value(kr_bytes_new(th, b->data, n));
}

FUNC(m_pwrite)
{
    if (kr_call_check_args(th, "pwrite", nargs, 3, 3, kw) < 0)
        return KR_VALUE_NULL;
    int64_t fd, off;
    const unsigned char *p;
    int64_t len;
    Value vfd = kr_object_index(th, args[0]), voff = vfd ? kr_object_index(th, args[2]) : 0;
    if (!voff || kr_int_as_i64(th, vfd, &fd) < 0 || kr_int_as_i64(th, voff, &off) < 0 ||
        kr_bytes_view(th, args[1], &p, &len) < 0)
        return KR_VALUE_NULL;
    ssize_t n;
    while ((n = pwrite((int)fd, p, (size_t)len, (off_t)off)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return n < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_int_from_i64(th, n);
}

/* writev(fd, buffers): the buffers' bytes, written in one call. */
FUNC(m_writev)
{
    int64_t fd;
    if (kr_call_check_args(th, "writev", nargs, 2, 2, kw) < 0)
        return KR_VALUE_NULL;
    Value vfd = kr_object_index(th, args[0]);
    List *bufs = vfd && kr_int_as_i64(th, vfd, &fd) == 0 ? kr_list_from_iterable(th, args[1]) : NULL;
    if (!bufs) {
        if (vfd && kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_TypeError, "writev() arg 2 must be a sequence");
        }
        return KR_VALUE_NULL;
    }
    struct iovec *iov = kr_gc_alloc_atomic(sizeof *iov * (size_t)(bufs->size + 1));
    if (!iov)
        return kr_err_no_memory(th), KR_VALUE_NULL;
    for (int64_t i = 0; i < bufs->size; i++) {
        const unsigned char *p;
        int64_t len;
        Value b = bufs->items[i];
        if (kr_is_type(b, &kr_memoryview_type) &&       /* its bytes, held by bufs */
            !(b = bufs->items[i] = kr_vm_call(th, kr_from_obj(&kr_bytes_type), &b, 1, NULL)))
            return KR_VALUE_NULL;
        if (kr_bytes_view(th, b, &p, &len) < 0)
            return KR_VALUE_NULL;
        iov[i].iov_base = (void *)p;
        iov[i].iov_len = (size_t)len;
    }
    ssize_t n;
    while ((n = writev((int)fd, iov, (int)bufs->size)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return n < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_int_from_i64(th, n);
}

FUNC(m_lockf)
{
    int64_t a[3];
    if (ints(th, "lockf", args, nargs, kw, 3, a) < 0)
        return KR_VALUE_NULL;
    int r;
    while ((r = lockf((int)a[0], (int)a[1], (off_t)a[2])) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return none_or_error(th, r);
}

/* posix_fallocate and posix_fadvise return the error number instead of
 * setting errno. */
FUNC(m_posix_fallocate)
{
    int64_t a[3];
    if (ints(th, "posix_fallocate", args, nargs, kw, 3, a) < 0)
        return KR_VALUE_NULL;
    int err;
    while ((err = posix_fallocate((int)a[0], (off_t)a[1], (off_t)a[2])) == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (err) {
        errno = err;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    return KR_NONE;
}

FUNC(m_posix_fadvise)
{
    int64_t a[4];
    if (ints(th, "posix_fadvise", args, nargs, kw, 4, a) < 0)
        return KR_VALUE_NULL;
    int err;
    while ((err = posix_fadvise((int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3])) == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (err) {
        errno = err;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    return KR_NONE;
}

FUNC(m_chroot)
{
    static const char *const names[] = {"path", NULL};
    Value a[1];
    PathArg p;
    if (kr_libutil_parse(th, "chroot", args, nargs, kw, names, 0, 1, a) < 0 ||
        kr_posix_path(th, a[0], "chroot", "path", false, false, &p) < 0)
        return KR_VALUE_NULL;
    return chroot(p.c) < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

/* mknod(path, mode=0o600, device=0, *, dir_fd=None) */
FUNC(m_mknod)
{
    static const ArgSpec s = {"mknod", {"path", "mode", "device", "dir_fd"}, 3, 1, false};
    Value a[4] = {0, kr_from_smallint(0600), kr_from_smallint(0), KR_NONE};
    PathArg p;
    int64_t mode, dev, dir_fd = AT_FDCWD;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "mknod", "path", false, false, &p) < 0)
        return KR_VALUE_NULL;
    Value m = kr_object_index(th, a[1]), d = m ? kr_object_index(th, a[2]) : 0;
    if (!d || kr_int_as_i64(th, m, &mode) < 0 || kr_int_as_i64(th, d, &dev) < 0)
        return KR_VALUE_NULL;
    if (a[3] != KR_NONE) {
        Value f = kr_object_index(th, a[3]);
        if (!f || kr_int_as_i64(th, f, &dir_fd) < 0)
            return KR_VALUE_NULL;
    }
    return mknodat((int)dir_fd, p.c, (mode_t)mode, (dev_t)dev) < 0 ? kr_posix_error(th, p.obj)
                                                                     : KR_NONE;
}

/* pidfd_open(pid, flags=0): a descriptor that polls readable when the
 * process exits (asyncio's PidfdChildWatcher). */
FUNC(m_pidfd_open)
{
    static const ArgSpec s = {"pidfd_open", {"pid", "flags"}, 2, 1, false};
    Value a[2] = {0, kr_from_smallint(0)};
    int64_t pid, flags;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    Value vp = kr_object_index(th, a[0]), vf = vp ? kr_object_index(th, a[1]) : 0;
    if (!vf || kr_int_as_i64(th, vp, &pid) < 0 || kr_int_as_i64(th, vf, &flags) < 0)
        return KR_VALUE_NULL;
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned)flags);
    return fd < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(fd);
}

FUNC(m_getrandom)
{
    static const ArgSpec s = {"getrandom", {"size", "flags"}, 2, 1, false};
    Value a[2] = {0, kr_from_smallint(0)};
    int64_t size, flags;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    Value vs = kr_object_index(th, a[0]), vf = vs ? kr_object_index(th, a[1]) : 0;
    if (!vf || kr_int_as_i64(th, vs, &size) < 0 || kr_int_as_i64(th, vf, &flags) < 0)
        return KR_VALUE_NULL;
    if (size < 0) {
        errno = EINVAL;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    Bytes *b = kr_bytes_alloc(th, size);
    if (!b)
        return KR_VALUE_NULL;
    ssize_t n;
    while ((n = getrandom(b->data, (size_t)size, (unsigned)flags)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (n < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return kr_bytes_value(kr_bytes_new(th, b->data, n));
}

FUNC(m_abort)
{
    if (kr_call_check_args(th, "abort", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    abort();
}

/* ---- scheduling ---- */

FUNC(m_sched_yield)
{
    if (kr_call_check_args(th, "sched_yield", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return none_or_error(th, sched_yield());
}

FUNC(m_sched_get_priority_min)
{
    int64_t a[1];
    static const char *const names[] = {"policy", NULL};
    if (kwints(th, "sched_get_priority_min", names, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    int r = sched_get_priority_min((int)a[0]);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(m_sched_get_priority_max)
{
    int64_t a[1];
    static const char *const names[] = {"policy", NULL};
    if (kwints(th, "sched_get_priority_max", names, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    int r = sched_get_priority_max((int)a[0]);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(m_sched_getscheduler)
{
    int64_t a[1];
    if (ints(th, "sched_getscheduler", args, nargs, kw, 1, a) < 0)
        return KR_VALUE_NULL;
    int r = sched_getscheduler((pid_t)a[0]);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

/* ---- waiting ---- */

FUNC(m_wait)
{
    if (kr_call_check_args(th, "wait", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    int status = 0;
    pid_t r;
    while ((r = wait(&status)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    if (r < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return pair(th, kr_from_smallint(r), kr_from_smallint(status));
}

FUNC(m_WCOREDUMP)
{
    int64_t a[1];
    if (ints(th, "WCOREDUMP", args, nargs, kw, 1, a) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(WCOREDUMP((int)a[0]));
}

FUNC(m_WIFCONTINUED)
{
    int64_t a[1];
    static const char *const names[] = {"status", NULL};
    if (kwints(th, "WIFCONTINUED", names, args, nargs, kw, a) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(WIFCONTINUED((int)a[0]));
}

/* ---- configuration values ---- */

static const struct { const char *name; int value; } sysconf_names[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX}, {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK}, {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX}, {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
    {"SC_LINE_MAX", _SC_LINE_MAX}, {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX},
    {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX}, {"SC_VERSION", _SC_VERSION},
};

static const struct { const char *name; int value; } pathconf_names[] = {
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON},
    {"PC_MAX_INPUT", _PC_MAX_INPUT}, {"PC_NAME_MAX", _PC_NAME_MAX},
    {"PC_PATH_MAX", _PC_PATH_MAX}, {"PC_PIPE_BUF", _PC_PIPE_BUF},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_NO_TRUNC", _PC_NO_TRUNC},
    {"PC_VDISABLE", _PC_VDISABLE}, {"PC_FILESIZEBITS", _PC_FILESIZEBITS},
};

static const struct { const char *name; int value; } confstr_names[] = {
    {"CS_PATH", _CS_PATH}, {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
};

/* A configuration name: an int, or a str looked up in table. */
#define CONF_NAME(table, v, out)                                                           \
    conf_name(th, v, out, (const void *)table, KR_ARRAY_LEN(table), sizeof table[0])

static int conf_name(Thread *th, Value v, int *out, const void *table, size_t n, size_t stride)
{
    if (kr_is_str(v)) {
        size_t len;
        const char *s = kr_str_utf8(th, kr_as_str(v), &len);
        for (size_t i = 0; s && i < n; i++) {
            const char *const *name = (const char *const *)((const char *)table + i * stride);
            if (strcmp(*name, s) == 0) {
                *out = *(const int *)((const char *)name + sizeof(const char *));
                return 0;
            }
        }
        kr_err_set_string(th, &kr_exc_ValueError, "unrecognized configuration name");
        return -1;
    }
    Value i = kr_is_float(v) ? KR_VALUE_NULL : kr_object_index(th, v);
    int64_t x;
    if (!i || kr_int_as_i64(th, i, &x) < 0) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_TypeError, "configuration names must be strings or integers");
        return -1;
    }
    *out = (int)x;
    return 0;
}

FUNC(m_sysconf)
{
    int name;
    if (kr_call_check_args(th, "sysconf", nargs, 1, 1, kw) < 0 ||
        CONF_NAME(sysconf_names, args[0], &name) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    long r = sysconf(name);
    return r == -1 && errno ? kr_posix_error(th, KR_VALUE_NULL) : kr_int_from_i64(th, r);
}

FUNC(m_fpathconf)
{
    int name, fd;
    if (kr_call_check_args(th, "fpathconf", nargs, 2, 2, kw) < 0 || fd_of(th, args[0], &fd) < 0 ||
        CONF_NAME(pathconf_names, args[1], &name) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    long r = fpathconf(fd, name);
    return r == -1 && errno ? kr_posix_error(th, KR_VALUE_NULL) : kr_int_from_i64(th, r);
}

FUNC(m_pathconf)
{
    static const char *const names[] = {"path", "name", NULL};
    Value a[2];
    int name;
    PathArg p;
    if (kr_libutil_parse(th, "pathconf", args, nargs, kw, names, 0, 2, a) < 0 ||
        kr_posix_path(th, a[0], "pathconf", "path", true, false, &p) < 0 ||
        CONF_NAME(pathconf_names, a[1], &name) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    long r = p.c ? pathconf(p.c, name) : fpathconf(p.fd, name);
    return r == -1 && errno ? kr_posix_error(th, p.obj) : kr_int_from_i64(th, r);
}

FUNC(m_confstr)
{
    int name;
    if (kr_call_check_args(th, "confstr", nargs, 1, 1, kw) < 0 ||
        CONF_NAME(confstr_names, args[0], &name) < 0)
        return KR_VALUE_NULL;
    errno = 0;
    size_t n = confstr(name, NULL, 0);
    if (n == 0)
        return errno ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
    char *buf = kr_gc_alloc_atomic(n);
    if (!buf)
        return kr_err_no_memory(th), KR_VALUE_NULL;
    confstr(name, buf, n);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int add_names(Thread *th, Dict *md, const char *dict_name, const void *table, size_t n,
                     size_t stride)
{
    Dict *d = kr_dict_new(th);
    Str *k = kr_str_intern_cstr(th, dict_name);
    for (size_t i = 0; d && i < n; i++) {
        const char *const *name = (const char *const *)((const char *)table + i * stride);
        int v = *(const int *)((const char *)name + sizeof(const char *));
        Str *s = kr_str_intern_cstr(th, *name);
        if (!s || kr_dict_set_str(th, d, s, kr_from_smallint(v)) < 0)
            return -1;
    }
    return d && k ? kr_dict_set_str(th, md, k, kr_from_obj(d)) : -1;
}

static const MethodDef more_functions[] = {
    {"getsid", m_getsid, "($module, pid, /)", NULL, 0},
    {"setsid", m_setsid, "($module, /)", NULL, 0},
    {"getpgid", m_getpgid, "($module, pid)", NULL, 0},
    {"setpgid", m_setpgid, "($module, pid, pgrp, /)", NULL, 0},
    {"setpgrp", m_setpgrp, "($module, /)", NULL, 0},
    {"killpg", m_killpg, "($module, pgid, signal, /)", NULL, 0},
    {"getpriority", m_getpriority, "($module, /, which, who)", NULL, 0},
    {"setpriority", m_setpriority, "($module, /, which, who, priority)", NULL, 0},
    {"nice", m_nice, "($module, increment, /)", NULL, 0},
    {"setuid", m_setuid, "($module, uid, /)", NULL, 0},
    {"setgid", m_setgid, "($module, gid, /)", NULL, 0},
    {"seteuid", m_seteuid, "($module, euid, /)", NULL, 0},
    {"setegid", m_setegid, "($module, egid, /)", NULL, 0},
    {"setreuid", m_setreuid, "($module, ruid, euid, /)", NULL, 0},
    {"setregid", m_setregid, "($module, rgid, egid, /)", NULL, 0},
    {"setresuid", m_setresuid, "($module, ruid, euid, suid, /)", NULL, 0},
    {"setresgid", m_setresgid, "($module, rgid, egid, sgid, /)", NULL, 0},
    {"getresuid", m_getresuid, "($module, /)", NULL, 0},
    {"getresgid", m_getresgid, "($module, /)", NULL, 0},
    {"getlogin", m_getlogin, "($module, /)", NULL, 0},
    {"ctermid", m_ctermid, "($module, /)", NULL, 0},
    {"fchdir", m_fchdir, "($module, /, fd)", NULL, 0},
    {"pipe2", m_pipe2, "($module, flags, /)", NULL, 0},
    {"pread", m_pread, "($module, fd, length, offset, /)", NULL, 0},
    {"pwrite", m_pwrite, "($module, fd, str, offset, /)", NULL, 0},
    {"writev", m_writev, "($module, fd, buffers, /)", NULL, 0},
    {"lockf", m_lockf, "($module, fd, command, length, /)", NULL, 0},
    {"posix_fallocate", m_posix_fallocate, "($module, fd, offset, len, /)", NULL, 0},
    {"posix_fadvise", m_posix_fadvise, "($module, fd, offset, len, advice, /)", NULL, 0},
    {"chroot", m_chroot, "($module, /, path)", NULL, 0},
    {"mknod", m_mknod, "($module, /, path, mode=384, device=0, *, dir_fd=None)", NULL, 0},
    {"getrandom", m_getrandom, "($module, /, size, flags=0)", NULL, 0},
    {"pidfd_open", m_pidfd_open, "($module, /, pid, flags=0)", NULL, 0},
    {"abort", m_abort, "($module, /)", NULL, 0},
    {"sched_yield", m_sched_yield, "($module, /)", NULL, 0},
    {"sched_get_priority_min", m_sched_get_priority_min, "($module, /, policy)", NULL, 0},
    {"sched_get_priority_max", m_sched_get_priority_max, "($module, /, policy)", NULL, 0},
    {"sched_getscheduler", m_sched_getscheduler, "($module, pid, /)", NULL, 0},
    {"wait", m_wait, "($module, /)", NULL, 0},
    {"WCOREDUMP", m_WCOREDUMP, "($module, status, /)", NULL, 0},
    {"WIFCONTINUED", m_WIFCONTINUED, "($module, /, status)", NULL, 0},
    {"sysconf", m_sysconf, "($module, name, /)", NULL, 0},
    {"fpathconf", m_fpathconf, "($module, fd, name, /)", NULL, 0},
    {"pathconf", m_pathconf, "($module, /, path, name)", NULL, 0},
    {"confstr", m_confstr, "($module, name, /)", NULL, 0},
    {0},
};

static const struct { const char *name; int value; } more_constants[] = {
#define C(n) {#n, n},
    C(CLD_EXITED) C(CLD_KILLED) C(CLD_DUMPED) C(CLD_TRAPPED) C(CLD_STOPPED) C(CLD_CONTINUED)
    C(PRIO_PROCESS) C(PRIO_PGRP) C(PRIO_USER) C(P_PID) C(P_PGID) C(P_ALL)
    C(WEXITED) C(WSTOPPED) C(WNOWAIT)
    C(SCHED_OTHER) C(SCHED_FIFO) C(SCHED_RR) C(SCHED_BATCH) C(SCHED_IDLE) C(SCHED_RESET_ON_FORK)
    C(RTLD_LAZY) C(RTLD_NOW) C(RTLD_GLOBAL) C(RTLD_LOCAL) C(RTLD_NODELETE) C(RTLD_NOLOAD)
    C(RTLD_DEEPBIND) C(POSIX_FADV_NORMAL) C(POSIX_FADV_SEQUENTIAL) C(POSIX_FADV_RANDOM)
    C(POSIX_FADV_NOREUSE) C(POSIX_FADV_WILLNEED) C(POSIX_FADV_DONTNEED)
    C(GRND_NONBLOCK) C(GRND_RANDOM) C(O_FSYNC)
#undef C
};

int kr_posix_more_init(Thread *th, Module *m)
{
    if (kr_module_add_functions(th, m, more_functions) < 0 ||
        add_names(th, m->dict, "sysconf_names", sysconf_names, KR_ARRAY_LEN(sysconf_names),
                  sizeof sysconf_names[0]) < 0 ||
        add_names(th, m->dict, "pathconf_names", pathconf_names, KR_ARRAY_LEN(pathconf_names),
                  sizeof pathconf_names[0]) < 0 ||
        add_names(th, m->dict, "confstr_names", confstr_names, KR_ARRAY_LEN(confstr_names),
                  sizeof confstr_names[0]) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(more_constants); i++) {
        Str *k = kr_str_intern_cstr(th, more_constants[i].name);
        if (!k || kr_dict_set_str(th, m->dict, k, kr_from_smallint(more_constants[i].value)) < 0)
            return -1;
    }
    return 0;
}
