/*
 * fcntl.c -- the fcntl module: fcntl(), ioctl(), flock(), lockf() and
 * the F_*, LOCK_*, DN_* and seal constants.
 *
 * fcntl and ioctl take an int argument or a buffer of up to 1024 bytes,
 * copied into a local array so the call can write into it; the result is
 * then the bytes of that array (fcntl, or ioctl on a read-only buffer), or
 * the buffer itself is updated (ioctl on a bytearray with mutate_flag).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

enum { ARG_MAX = 1024 };

static Value os_error(Thread *th)
{
    kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
    return KR_VALUE_NULL;
}

static int long_arg(Thread *th, Value v, int64_t *out)
{
    if (kr_is_float(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return kr_libutil_as_ssize(th, v, out);
}

/* Call fn(fd, code, arg) until it is not interrupted (PEP 475). */
static int retry(Thread *th, int (*fn)(int, unsigned long, void *), int fd, unsigned long code, void *arg)
{
    int r;
    while ((r = fn(fd, code, arg)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return -2;
    return r;
}

static int do_fcntl(int fd, unsigned long cmd, void *arg) { return fcntl(fd, (int)cmd, arg); }
static int do_fcntl_int(int fd, unsigned long cmd, void *arg) { return fcntl(fd, (int)cmd, (long)(intptr_t)arg); }
static int do_ioctl(int fd, unsigned long req, void *arg) { return ioctl(fd, req, arg); }
static int do_ioctl_int(int fd, unsigned long req, void *arg) { return ioctl(fd, req, (long)(intptr_t)arg); }

/* The buffer form of fcntl/ioctl: data copied in, the call, the bytes out. */
static Value buffer_call(Thread *th, const char *name, int (*fn)(int, unsigned long, void *), int fd,
                         unsigned long code, const unsigned char *data, int64_t len, Value mutate)
{
    unsigned char buf[ARG_MAX + 1];
    if (len > ARG_MAX) {
        kr_err_format(th, &kr_exc_ValueError, "%s string arg too long", name);
        return KR_VALUE_NULL;
    }
    memcpy(buf, data, (size_t)len);
    buf[len] = 0;
    int r = retry(th, fn, fd, code, buf);
    if (r == -2)
        return KR_VALUE_NULL;
    if (r < 0)
        return os_error(th);
    if (mutate) {
        memcpy(kr_as_bytearray(mutate)->data, buf, (size_t)len);
        return kr_from_smallint(r);
    }
    return kr_bytes_value(kr_bytes_new(th, buf, len));
}

/* fcntl(fd, cmd, arg=0, /) */
KR_LIB_FUNC(fcntl_fcntl)
{
    int fd;
    int64_t cmd, arg = 0;
    if (kr_libutil_no_keywords(th, "fcntl", kw) < 0 ||
        kr_libutil_check_positional(th, "fcntl", nargs, 2, 3) < 0 || kr_libutil_fd_arg(th, args[0], &fd) < 0 ||
        long_arg(th, args[1], &cmd) < 0)
        return KR_VALUE_NULL;
    if (nargs > 2 && (kr_bytes_like(args[2]) || kr_str_check(args[2]))) {
        const unsigned char *d;
        int64_t n;
        size_t sn;
        if (kr_str_check(args[2])) {
            if (!(d = (const unsigned char *)kr_str_utf8(th, kr_as_str(args[2]), &sn)))
                return KR_VALUE_NULL;
            n = (int64_t)sn;
        } else if (kr_bytes_view(th, args[2], &d, &n) < 0) {
            return KR_VALUE_NULL;
        }
        return buffer_call(th, "fcntl", do_fcntl, fd, (unsigned long)cmd, d, n, KR_VALUE_NULL);
    }
    if (nargs > 2 && long_arg(th, args[2], &arg) < 0)
        return KR_VALUE_NULL;
    int r = retry(th, do_fcntl_int, fd, (unsigned long)cmd, (void *)(intptr_t)arg);
    if (r == -2)
        return KR_VALUE_NULL;
    return r < 0 ? os_error(th) : kr_from_smallint(r);
}

/* ioctl(fd, request, arg=0, mutate_flag=True, /) */
KR_LIB_FUNC(fcntl_ioctl)
{
    int fd;
    int64_t req, arg = 0;
    if (kr_libutil_no_keywords(th, "ioctl", kw) < 0 ||
        kr_libutil_check_positional(th, "ioctl", nargs, 2, 4) < 0 || kr_libutil_fd_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    Value r0 = kr_object_index(th, args[1]);
    if (!r0)
        return KR_VALUE_NULL;
    if (kr_is_bigint(r0)) {     /* request codes are unsigned long: wrap */
        Value m = kr_int_binop(th, r0, kr_int_from_i64(th, INT64_MAX), KR_OP_AND);
        if (!m)
            return KR_VALUE_NULL;
        r0 = m;
    }
    if (kr_int_as_i64(th, r0, &req) < 0)
        return KR_VALUE_NULL;
    int mutate = 1;
    if (nargs > 3 && (mutate = kr_object_truth(th, args[3])) < 0)
        return KR_VALUE_NULL;
    if (nargs > 2 && (kr_bytes_like(args[2]) || kr_str_check(args[2]))) {
        const unsigned char *d;
        int64_t n;
        size_t sn;
        if (kr_str_check(args[2])) {
            if (!(d = (const unsigned char *)kr_str_utf8(th, kr_as_str(args[2]), &sn)))
                return KR_VALUE_NULL;
            n = (int64_t)sn;
        } else if (kr_bytes_view(th, args[2], &d, &n) < 0) {
            return KR_VALUE_NULL;
        }
        bool in_place = kr_is_bytearray(args[2]) && mutate;
        return buffer_call(th, "ioctl", do_ioctl, fd, (unsigned long)req, d, n,
                           in_place ? args[2] : KR_VALUE_NULL);
    }
    if (nargs > 2 && long_arg(th, args[2], &arg) < 0)
        return KR_VALUE_NULL;
    int r = retry(th, do_ioctl_int, fd, (unsigned long)req, (void *)(intptr_t)arg);
    if (r == -2)
        return KR_VALUE_NULL;
    return r < 0 ? os_error(th) : kr_from_smallint(r);
}

/* flock(fd, operation, /) */
KR_LIB_FUNC(fcntl_flock)
{
    int fd;
    int64_t op;
    if (kr_libutil_no_keywords(th, "flock", kw) < 0 ||
        kr_libutil_check_positional(th, "flock", nargs, 2, 2) < 0 || kr_libutil_fd_arg(th, args[0], &fd) < 0 ||
        long_arg(th, args[1], &op) < 0)
        return KR_VALUE_NULL;
    int r;
    while ((r = flock(fd, (int)op)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return r < 0 ? os_error(th) : KR_NONE;
}

/* lockf(fd, cmd, len=0, start=0, whence=0, /): POSIX record locks through
 * fcntl(F_SETLK[W]), as CPython does it. */
KR_LIB_FUNC(fcntl_lockf)
{
    int fd;
    int64_t cmd, len = 0, start = 0, whence = 0;
    if (kr_libutil_no_keywords(th, "lockf", kw) < 0 ||
        kr_libutil_check_positional(th, "lockf", nargs, 2, 5) < 0 || kr_libutil_fd_arg(th, args[0], &fd) < 0 ||
        long_arg(th, args[1], &cmd) < 0 || (nargs > 2 && long_arg(th, args[2], &len) < 0) ||
        (nargs > 3 && long_arg(th, args[3], &start) < 0) ||
        (nargs > 4 && long_arg(th, args[4], &whence) < 0))
        return KR_VALUE_NULL;
    struct flock l = {.l_start = start, .l_len = len, .l_whence = (short)whence};
    if (cmd == LOCK_UN)
        l.l_type = F_UNLCK;
    else if (cmd & LOCK_SH)
        l.l_type = F_RDLCK;
    else if (cmd & LOCK_EX)
        l.l_type = F_WRLCK;
    else {
        kr_err_set_string(th, &kr_exc_ValueError, "unrecognized lockf argument");
        return KR_VALUE_NULL;
    }
    int r, op = cmd & LOCK_NB ? F_SETLK : F_SETLKW;
    while ((r = fcntl(fd, op, &l)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return r < 0 ? os_error(th) : KR_NONE;
}

static const MethodDef fcntl_functions[] = {
    {"fcntl", fcntl_fcntl, "($module, fd, cmd, arg=0, /)", NULL, 0},
    {"ioctl", fcntl_ioctl, "($module, fd, request, arg=0, mutate_flag=True, /)", NULL, 0},
    {"flock", fcntl_flock, "($module, fd, operation, /)", NULL, 0},
    {"lockf", fcntl_lockf, "($module, fd, cmd, len=0, start=0, whence=0, /)", NULL, 0},
    {0},
};

#define C(name) {#name, name}
static const struct { const char *name; long value; } fcntl_constants[] = {
    C(LOCK_SH), C(LOCK_EX), C(LOCK_NB), C(LOCK_UN), C(LOCK_MAND), C(LOCK_READ), C(LOCK_WRITE),
    C(LOCK_RW), C(F_DUPFD), C(F_DUPFD_CLOEXEC), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL),
    C(F_GETLK), C(F_SETLK), C(F_SETLKW), C(F_GETLK64), C(F_SETLK64), C(F_SETLKW64),
    C(F_GETOWN), C(F_SETOWN), C(F_GETSIG), C(F_SETSIG), C(F_RDLCK), C(F_WRLCK), C(F_UNLCK),
    C(F_EXLCK), C(F_SHLCK), C(F_GETLEASE), C(F_SETLEASE), C(F_NOTIFY), C(F_GETPIPE_SZ),
    C(F_SETPIPE_SZ), C(F_OFD_GETLK), C(F_OFD_SETLK), C(F_OFD_SETLKW), C(F_ADD_SEALS),
    C(F_GET_SEALS), C(F_SEAL_SEAL), C(F_SEAL_SHRINK), C(F_SEAL_GROW), C(F_SEAL_WRITE),
    C(FD_CLOEXEC), C(FASYNC), C(DN_ACCESS), C(DN_MODIFY), C(DN_CREATE), C(DN_DELETE),
    C(DN_RENAME), C(DN_ATTRIB), C(DN_MULTISHOT),
};
#undef C

int kr_mod_fcntl_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "fcntl", fcntl_functions);
    if (!m)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(fcntl_constants); i++)
        if (kr_libutil_add_value(th, m, fcntl_constants[i].name,
                                 kr_int_from_i64(th, fcntl_constants[i].value)) < 0)
            return -1;
    return 0;
}
