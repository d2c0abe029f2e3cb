/*
 * posix_ext.c -- the Linux-specific calls of the posix module that
 * posix.c and posix_more.c do not carry: statvfs/fstatvfs, scatter and
 * gather I/O (readv, preadv, pwritev), scheduling parameters and CPU
 * affinity, supplementary groups, waitid, eventfd, memfd_create, the
 * in-kernel copies (sendfile, copy_file_range, splice), pidfd_open,
 * terminal process groups, openpty, extended attributes; their result
 * types and constants.
 *
 * As in posix_more.c: arguments as CPython's clinic reads them (ints
 * through __index__, floats refused), system calls retried on EINTR
 * after the signal handlers ran (PEP 475), OSError from errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pty.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utmp.h>
#include <linux/memfd.h>

#include "gc/gc.h"
#include "modules/libutil.h"
#include "modules/posix.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

#define FUNC(name) static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

static Type statvfs_result_type, sched_param_type, waitid_result_type;

/* An int argument through __index__ (floats refused, as the clinic does). */
static int i64_arg(Thread *th, Value v, int64_t *out)
{
    if (kr_is_float(v)) {
        kr_err_type_error(th, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    Value i = kr_object_index(th, v);
    return i ? kr_int_as_i64(th, i, out) : -1;
}

/* An unsigned 64-bit argument (an eventfd counter), in the words of
 * CPython's unsigned long long converter. */
static int u64_arg(Thread *th, Value v, uint64_t *out)
{
    if (!kr_is_int(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_is_smallint(v) || kr_is_bool(v)) {
        int64_t x;
        if (kr_int_as_i64(th, v, &x) < 0)
            return -1;
        if (x < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "value must be positive");
            return -1;
        }
        *out = (uint64_t)x;
        return 0;
    }
    const mpz_t *z = &((BigInt *)kr_as_obj(v))->z;
    if (mpz_sgn(*z) < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "value must be positive");
        return -1;
    }
    if (mpz_sizeinbase(*z, 2) > 64) {
        kr_err_set_string(th, &kr_exc_OverflowError, "int too big to convert");
        return -1;
    }
    *out = (uint64_t)mpz_get_ui(*z);
    return 0;
}

static Value u64_value(Thread *th, uint64_t v)
{
    if (v <= INT64_MAX)
        return kr_int_from_i64(th, (int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    Value r = kr_int_from_mpz(th, z);
    mpz_clear(z);
    return r;
}

static int int_arg(Thread *th, Value v, int *out)
{
    int64_t x;
    if (i64_arg(th, v, &x) < 0)
        return -1;
    if (x > INT32_MAX || x < INT32_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* An optional offset: None is NULL, else its value in *slot. */
static int offset_arg(Thread *th, Value v, loff_t *slot, loff_t **out)
{
    int64_t x;
    *out = NULL;
    if (!v || v == KR_NONE)
        return 0;
    if (i64_arg(th, v, &x) < 0)
        return -1;
    *slot = (loff_t)x;
    *out = slot;
    return 0;
}

static Value int_result(Thread *th, int64_t r, Value filename)
{
    return r < 0 ? kr_posix_error(th, filename) : kr_int_from_i64(th, r);
}

/* Run call() until it is not interrupted, the Python handlers between
 * tries; -2 when a handler raised. */
#define RETRY(expr, r)                                   \
    do {                                                 \
        while (((r) = (expr)) < 0 && errno == EINTR)     \
            if (kr_vm_check_signals(th) < 0) {           \
                (r) = -2;                                \
                break;                                   \
            }                                            \
    } while (0)

/* ---- statvfs ---------------------------------------------------------------------- */

static const char *const statvfs_fields[] = {
    "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
    "f_favail", "f_flag", "f_namemax", "f_fsid", NULL};
static const StructSeqDesc statvfs_desc = {"os.statvfs_result", statvfs_fields, 10, true};

static Value statvfs_value(Thread *th, const struct statvfs *st)
{
    uint64_t f[11] = {st->f_bsize, st->f_frsize, st->f_blocks, st->f_bfree, st->f_bavail,
                      st->f_files, st->f_ffree, st->f_favail, st->f_flag, st->f_namemax,
                      st->f_fsid};
    Value v[11];
    for (int i = 0; i < 11; i++)
        if (!(v[i] = kr_int_from_i64(th, (int64_t)f[i])))
            return KR_VALUE_NULL;
    return kr_structseq_new(th, &statvfs_result_type, v);
}

FUNC(x_statvfs)
{
    static const ArgSpec s = {"statvfs", {"path"}, 1, 1, false};
    Value a[1];
    PathArg p;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "statvfs", "path", true, false, &p) < 0)
        return KR_VALUE_NULL;
    struct statvfs st;
    int r;
    RETRY(p.c ? statvfs(p.c, &st) : fstatvfs(p.fd, &st), r);
    if (r == -2)
        return KR_VALUE_NULL;
    return r < 0 ? kr_posix_error(th, p.obj) : statvfs_value(th, &st);
}

FUNC(x_fstatvfs)
{
    int fd, r;
    if (kr_call_check_args(th, "fstatvfs", nargs, 1, 1, kw) < 0 || int_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    struct statvfs st;
    RETRY(fstatvfs(fd, &st), r);
    if (r == -2)
        return KR_VALUE_NULL;
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : statvfs_value(th, &st);
}

/* ---- readv, preadv, pwritev --------------------------------------------------------- */

/* The buffers of a sequence as an iovec array (collector memory, no
 * Values), their views in *views (released by release_views).  fname
 * words the "must be a sequence" error. */
static struct iovec *iovecs(Thread *th, const char *fname, Value seq, bool writable,
                            Buffer **views, int64_t *n)
{
    List *bufs = kr_list_from_iterable(th, seq);
    if (!bufs) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_format(th, &kr_exc_TypeError, "%s() arg 2 must be a sequence", fname);
        }
        return NULL;
    }
    struct iovec *iov = kr_gc_alloc_atomic(sizeof *iov * (size_t)(bufs->size + 1));
    Buffer *vs = kr_gc_alloc(sizeof *vs * (size_t)(bufs->size + 1));
    if (!iov || !vs) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < bufs->size; i++) {
        if (kr_buffer_get(th, bufs->items[i], &vs[i], writable ? KR_BUF_WRITABLE : KR_BUF_SIMPLE) < 0) {
            while (i-- > 0)
                kr_buffer_release(&vs[i]);
            return NULL;
        }
        iov[i].iov_base = vs[i].buf;
        iov[i].iov_len = (size_t)vs[i].len;
    }
    *views = vs;
    *n = bufs->size;
    return iov;
}

static void release_views(Buffer *views, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        kr_buffer_release(&views[i]);
}

FUNC(x_readv)
{
    int fd;
    if (kr_call_check_args(th, "readv", nargs, 2, 2, kw) < 0 || int_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    Buffer *views;
    int64_t n;
    struct iovec *iov = iovecs(th, "readv", args[1], true, &views, &n);
    if (!iov)
        return KR_VALUE_NULL;
    ssize_t r;
    RETRY(readv(fd, iov, (int)n), r);
    release_views(views, n);
    return r == -2 ? KR_VALUE_NULL : int_result(th, r, KR_VALUE_NULL);
}

/* preadv(fd, buffers, offset, flags=0) and pwritev: one body. */
static Value p_rw(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                  bool reading)
{
    int fd, flags = 0;
    int64_t off;
    if (kr_libutil_no_keywords(th, name, kw) < 0 ||
        kr_libutil_check_positional(th, name, nargs, 3, 4) < 0 || int_arg(th, args[0], &fd) < 0 ||
        i64_arg(th, args[2], &off) < 0 || (nargs > 3 && int_arg(th, args[3], &flags) < 0))
        return KR_VALUE_NULL;
    Buffer *views;
    int64_t n;
    struct iovec *iov = iovecs(th, name, args[1], reading, &views, &n);
    if (!iov)
        return KR_VALUE_NULL;
    ssize_t r;
    if (reading)
        RETRY(preadv2(fd, iov, (int)n, (off_t)off, flags), r);
    else
        RETRY(pwritev2(fd, iov, (int)n, (off_t)off, flags), r);
    release_views(views, n);
    return r == -2 ? KR_VALUE_NULL : int_result(th, r, KR_VALUE_NULL);
}

FUNC(x_preadv) { return p_rw(th, "preadv", args, nargs, kw, true); }
FUNC(x_pwritev) { return p_rw(th, "pwritev", args, nargs, kw, false); }

/* ---- scheduling parameters and affinity ------------------------------------------- */

static const char *const sched_param_fields[] = {"sched_priority", NULL};
static const StructSeqDesc sched_param_desc = {"posix.sched_param", sched_param_fields, 1, true};

/* sched_param(sched_priority): a keyword-able constructor, not a
 * struct sequence's (sequence) one. */
static Value sched_param_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"sched_priority", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "sched_param", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    return kr_structseq_new(th, &sched_param_type, a);
}

int kr_posix_sched_param_arg(Thread *th, Value v, struct sched_param *out)
{
    if (!kr_is_obj(v) || kr_type_of(v) != &sched_param_type) {
        kr_err_set_string(th, &kr_exc_TypeError, "must have a sched_param object");
        return -1;
    }
    int prio;
    if (int_arg(th, kr_as_tuple(v)->items[0], &prio) < 0)
        return -1;
    out->sched_priority = prio;
    return 0;
}

FUNC(x_sched_getparam)
{
    int64_t pid;
    if (kr_call_check_args(th, "sched_getparam", nargs, 1, 1, kw) < 0 || i64_arg(th, args[0], &pid) < 0)
        return KR_VALUE_NULL;
    struct sched_param sp;
    if (sched_getparam((pid_t)pid, &sp) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    Value v = kr_from_smallint(sp.sched_priority);
    return kr_structseq_new(th, &sched_param_type, &v);
}

FUNC(x_sched_setparam)
{
    int64_t pid;
    struct sched_param sp;
    if (kr_call_check_args(th, "sched_setparam", nargs, 2, 2, kw) < 0 ||
        i64_arg(th, args[0], &pid) < 0 || kr_posix_sched_param_arg(th, args[1], &sp) < 0)
        return KR_VALUE_NULL;
    return sched_setparam((pid_t)pid, &sp) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(x_sched_setscheduler)
{
    int64_t pid;
    int policy;
    struct sched_param sp;
    if (kr_call_check_args(th, "sched_setscheduler", nargs, 3, 3, kw) < 0 ||
        i64_arg(th, args[0], &pid) < 0 || int_arg(th, args[1], &policy) < 0 ||
        kr_posix_sched_param_arg(th, args[2], &sp) < 0)
        return KR_VALUE_NULL;
    return sched_setscheduler((pid_t)pid, policy, &sp) < 0 ? kr_posix_error(th, KR_VALUE_NULL)
                                                           : KR_NONE;
}

FUNC(x_sched_rr_get_interval)
{
    int64_t pid;
    if (kr_call_check_args(th, "sched_rr_get_interval", nargs, 1, 1, kw) < 0 ||
        i64_arg(th, args[0], &pid) < 0)
        return KR_VALUE_NULL;
    struct timespec ts;
    if (sched_rr_get_interval((pid_t)pid, &ts) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return kr_float_new(th, (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec);
}

FUNC(x_sched_getaffinity)
{
    int64_t pid;
    if (kr_call_check_args(th, "sched_getaffinity", nargs, 1, 1, kw) < 0 ||
        i64_arg(th, args[0], &pid) < 0)
        return KR_VALUE_NULL;
    /* grow the mask until the kernel's fits, as CPython does */
    for (int ncpus = 1024;; ncpus *= 2) {
        size_t size = CPU_ALLOC_SIZE(ncpus);
        cpu_set_t *mask = CPU_ALLOC(ncpus);
        if (!mask)
            return kr_err_no_memory(th), KR_VALUE_NULL;
        if (sched_getaffinity((pid_t)pid, size, mask) < 0) {
            int err = errno;
            CPU_FREE(mask);
            if (err == EINVAL && ncpus < (1 << 24))
                continue;
            errno = err;
            return kr_posix_error(th, KR_VALUE_NULL);
        }
        Set *s = kr_set_new(th, &kr_set_type);
        for (int cpu = 0; s && cpu < ncpus; cpu++)
            if (CPU_ISSET_S(cpu, size, mask) && kr_set_add(th, s, kr_from_smallint(cpu)) < 0)
                s = NULL;
        CPU_FREE(mask);
        return s ? kr_from_obj(s) : KR_VALUE_NULL;
    }
}

FUNC(x_sched_setaffinity)
{
    int64_t pid;
    if (kr_call_check_args(th, "sched_setaffinity", nargs, 2, 2, kw) < 0 ||
        i64_arg(th, args[0], &pid) < 0)
        return KR_VALUE_NULL;
    List *cpus = kr_list_from_iterable(th, args[1]);
    if (!cpus)
        return KR_VALUE_NULL;
    int64_t top = 0;
    for (int64_t i = 0; i < cpus->size; i++) {
        int64_t c;
        if (i64_arg(th, cpus->items[i], &c) < 0) {
            if (kr_err_matches(th, &kr_exc_OverflowError))
                kr_err_set_string(th, &kr_exc_OverflowError,
                                  "Python int too large to convert to C long");
            return KR_VALUE_NULL;
        }
        if (c < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "negative CPU number");
            return KR_VALUE_NULL;
        }
        if (c > INT32_MAX - 1) {
            kr_err_set_string(th, &kr_exc_OverflowError, "CPU number too large");
            return KR_VALUE_NULL;
        }
        top = c + 1 > top ? c + 1 : top;
    }
    int ncpus = top > 1024 ? (int)top : 1024;
    size_t size = CPU_ALLOC_SIZE(ncpus);
    cpu_set_t *mask = CPU_ALLOC(ncpus);
    if (!mask)
        return kr_err_no_memory(th), KR_VALUE_NULL;
    CPU_ZERO_S(size, mask);
    for (int64_t i = 0; i < cpus->size; i++) {
        int64_t c;
        (void)!i64_arg(th, cpus->items[i], &c);
        CPU_SET_S((int)c, size, mask);
    }
    int r = sched_setaffinity((pid_t)pid, size, mask);
    CPU_FREE(mask);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

/* ---- supplementary groups ---------------------------------------------------------- */

/* A str argument as UTF-8 (user names). */
static const char *name_arg(Thread *th, const char *fname, int pos, Value v)
{
    if (!kr_is_str(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument %d must be str, not %s", fname, pos,
                      kr_type_name(v));
        return NULL;
    }
    size_t n;
    return kr_str_utf8(th, kr_as_str(v), &n);
}

FUNC(x_getgrouplist)
{
    uint32_t base;
    const char *user;
    if (kr_call_check_args(th, "getgrouplist", nargs, 2, 2, kw) < 0 ||
        !(user = name_arg(th, "getgrouplist", 1, args[0])) ||
        kr_posix_id_arg(th, args[1], "gid", &base) < 0)
        return KR_VALUE_NULL;
    int n = 64;
    gid_t *groups;
    for (;;) {
        groups = kr_gc_alloc_atomic(sizeof *groups * (size_t)n);
        if (!groups)
            return kr_err_no_memory(th), KR_VALUE_NULL;
        int want = n;
        if (getgrouplist(user, (gid_t)base, groups, &want) >= 0) {
            n = want;
            break;
        }
        n = want > n ? want : n * 2;
    }
    List *l = kr_list_new(th, n);
    for (int i = 0; l && i < n; i++) {
        Value g = kr_int_from_i64(th, groups[i]);
        if (!g)
            return KR_VALUE_NULL;
        l->items[i] = g;
    }
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

FUNC(x_initgroups)
{
    uint32_t gid;
    const char *user;
    if (kr_call_check_args(th, "initgroups", nargs, 2, 2, kw) < 0 ||
        !(user = name_arg(th, "initgroups", 1, args[0])) ||
        kr_posix_id_arg(th, args[1], "gid", &gid) < 0)
        return KR_VALUE_NULL;
    return initgroups(user, (gid_t)gid) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(x_setgroups)
{
    if (kr_call_check_args(th, "setgroups", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    List *l = kr_list_from_iterable(th, args[0]);
    if (!l) {
        if (kr_err_matches(th, &kr_exc_TypeError)) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_TypeError, "setgroups argument must be a sequence");
        }
        return KR_VALUE_NULL;
    }
    if (l->size > 65536) {
        kr_err_set_string(th, &kr_exc_ValueError, "too many groups");
        return KR_VALUE_NULL;
    }
    gid_t *groups = kr_gc_alloc_atomic(sizeof *groups * (size_t)(l->size + 1));
    if (!groups)
        return kr_err_no_memory(th), KR_VALUE_NULL;
    for (int64_t i = 0; i < l->size; i++) {
        uint32_t g;
        if (!kr_is_int(l->items[i])) {
            kr_err_set_string(th, &kr_exc_TypeError, "groups must be integers");
            return KR_VALUE_NULL;
        }
        if (kr_posix_id_arg(th, l->items[i], "gid", &g) < 0)
            return KR_VALUE_NULL;
        groups[i] = (gid_t)g;
    }
    return setgroups((size_t)l->size, groups) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

/* ---- waitid ----------------------------------------------------------------------- */

static const char *const waitid_fields[] = {"si_pid", "si_uid", "si_signo", "si_status",
                                            "si_code", NULL};
static const StructSeqDesc waitid_desc = {"posix.waitid_result", waitid_fields, 5, true};

FUNC(x_waitid)
{
    int idtype, options;
    int64_t id;
    if (kr_call_check_args(th, "waitid", nargs, 3, 3, kw) < 0 || int_arg(th, args[0], &idtype) < 0 ||
        i64_arg(th, args[1], &id) < 0 || int_arg(th, args[2], &options) < 0)
        return KR_VALUE_NULL;
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int r;
    RETRY(waitid((idtype_t)idtype, (id_t)id, &si, options), r);
    if (r == -2)
        return KR_VALUE_NULL;
    if (r < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    if (si.si_pid == 0)
        return KR_NONE;     /* WNOHANG and nothing to report */
    Value v[5] = {kr_from_smallint(si.si_pid), kr_int_from_i64(th, si.si_uid),
                  kr_from_smallint(si.si_signo), kr_from_smallint(si.si_status),
                  kr_from_smallint(si.si_code)};
    return v[1] ? kr_structseq_new(th, &waitid_result_type, v) : KR_VALUE_NULL;
}

/* ---- eventfd, memfd_create, pidfd_open --------------------------------------------- */

FUNC(x_eventfd)
{
    static const ArgSpec s = {"eventfd", {"initval", "flags"}, 2, 1, false};
    Value a[2] = {0, kr_from_smallint(EFD_CLOEXEC)};
    int64_t init;
    int flags, fd;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || i64_arg(th, a[0], &init) < 0 ||
        int_arg(th, a[1], &flags) < 0)
        return KR_VALUE_NULL;
    if (init < 0 || init > UINT32_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError,
                          init < 0 ? "can't convert negative int to unsigned"
                                   : "Python int too large to convert to C unsigned int");
        return KR_VALUE_NULL;
    }
    fd = eventfd((unsigned)init, flags);
    return fd < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(fd);
}

FUNC(x_eventfd_read)
{
    static const ArgSpec s = {"eventfd_read", {"fd"}, 1, 1, false};
    Value a[1];
    int fd;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || kr_libutil_fd_arg(th, a[0], &fd) < 0)
        return KR_VALUE_NULL;
    eventfd_t value;
    int r;
    RETRY(eventfd_read(fd, &value), r);
    if (r == -2)
        return KR_VALUE_NULL;
    if (r < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    return u64_value(th, value);
}

FUNC(x_eventfd_write)
{
    static const ArgSpec s = {"eventfd_write", {"fd", "value"}, 2, 2, false};
    Value a[2];
    int fd;
    uint64_t value;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || kr_libutil_fd_arg(th, a[0], &fd) < 0 ||
        u64_arg(th, a[1], &value) < 0)
        return KR_VALUE_NULL;
    int r;
    RETRY(eventfd_write(fd, (eventfd_t)value), r);
    if (r == -2)
        return KR_VALUE_NULL;
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

FUNC(x_memfd_create)
{
    static const ArgSpec s = {"memfd_create", {"name", "flags"}, 2, 1, false};
    Value a[2] = {0, kr_from_smallint(MFD_CLOEXEC)};
    PathArg p;
    int flags;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "memfd_create", "name", false, false, &p) < 0 ||
        int_arg(th, a[1], &flags) < 0)
        return KR_VALUE_NULL;
    int fd = memfd_create(p.c, (unsigned)flags);
    return fd < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(fd);
}

FUNC(x_pidfd_open)
{
    static const ArgSpec s = {"pidfd_open", {"pid", "flags"}, 2, 1, false};
    Value a[2] = {0, kr_from_smallint(0)};
    int64_t pid;
    int flags;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || i64_arg(th, a[0], &pid) < 0 ||
        int_arg(th, a[1], &flags) < 0)
        return KR_VALUE_NULL;
    int fd = (int)syscall(SYS_pidfd_open, (pid_t)pid, (unsigned)flags);
    return fd < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(fd);
}

/* ---- in-kernel copies -------------------------------------------------------------- */

FUNC(x_sendfile)
{
    static const ArgSpec s = {"sendfile", {"out_fd", "in_fd", "offset", "count"}, 4, 4, false};
    Value a[4];
    int out_fd, in_fd;
    int64_t count;
    loff_t off, *offp;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &out_fd) < 0 ||
        int_arg(th, a[1], &in_fd) < 0 || offset_arg(th, a[2], &off, &offp) < 0 ||
        i64_arg(th, a[3], &count) < 0)
        return KR_VALUE_NULL;
    if (count < 0) {
        errno = EINVAL;
        return kr_posix_error(th, KR_VALUE_NULL);
    }
    ssize_t r;
    RETRY(sendfile(out_fd, in_fd, (off_t *)offp, (size_t)count), r);
    return r == -2 ? KR_VALUE_NULL : int_result(th, r, KR_VALUE_NULL);
}

/* copy_file_range(src, dst, count, offset_src=None, offset_dst=None) and
 * splice(..., flags=0): one body. */
static Value copy_range(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw,
                        bool is_splice)
{
    ArgSpec s = {name, {"src", "dst", "count", "offset_src", "offset_dst",
                        is_splice ? "flags" : NULL}, is_splice ? 6 : 5, 3, false};
    Value a[6] = {0, 0, 0, KR_NONE, KR_NONE, kr_from_smallint(0)};
    int src, dst, flags;
    int64_t count;
    loff_t o1, o2, *p1, *p2;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 || int_arg(th, a[0], &src) < 0 ||
        int_arg(th, a[1], &dst) < 0 || i64_arg(th, a[2], &count) < 0 ||
        offset_arg(th, a[3], &o1, &p1) < 0 || offset_arg(th, a[4], &o2, &p2) < 0 ||
        int_arg(th, a[5], &flags) < 0)
        return KR_VALUE_NULL;
    if (count < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative value for 'count' not allowed");
        return KR_VALUE_NULL;
    }
    ssize_t r;
    if (is_splice)
        RETRY(splice(src, p1, dst, p2, (size_t)count, (unsigned)flags), r);
    else
        RETRY(copy_file_range(src, p1, dst, p2, (size_t)count, 0), r);
    return r == -2 ? KR_VALUE_NULL : int_result(th, r, KR_VALUE_NULL);
}

FUNC(x_copy_file_range) { return copy_range(th, "copy_file_range", args, nargs, kw, false); }
FUNC(x_splice) { return copy_range(th, "splice", args, nargs, kw, true); }

/* ---- terminals --------------------------------------------------------------------- */

FUNC(x_tcgetpgrp)
{
    int fd;
    if (kr_call_check_args(th, "tcgetpgrp", nargs, 1, 1, kw) < 0 || int_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    pid_t r = tcgetpgrp(fd);
    return r < 0 ? kr_posix_error(th, KR_VALUE_NULL) : kr_from_smallint(r);
}

FUNC(x_tcsetpgrp)
{
    int fd;
    int64_t pgid;
    if (kr_call_check_args(th, "tcsetpgrp", nargs, 2, 2, kw) < 0 || int_arg(th, args[0], &fd) < 0 ||
        i64_arg(th, args[1], &pgid) < 0)
        return KR_VALUE_NULL;
    return tcsetpgrp(fd, (pid_t)pgid) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

/* openpty(): (master, slave), both non-inheritable (PEP 446). */
FUNC(x_openpty)
{
    if (kr_call_check_args(th, "openpty", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    int master, slave;
    if (openpty(&master, &slave, NULL, NULL, NULL) < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    fcntl(slave, F_SETFD, FD_CLOEXEC);
    Tuple *t = kr_tuple_from_array(th, (Value[]){kr_from_smallint(master), kr_from_smallint(slave)}, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

FUNC(x_login_tty)
{
    int fd;
    if (kr_call_check_args(th, "login_tty", nargs, 1, 1, kw) < 0 || kr_libutil_fd_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    return login_tty(fd) < 0 ? kr_posix_error(th, KR_VALUE_NULL) : KR_NONE;
}

/* ---- extended attributes ------------------------------------------------------------ */

/* The attribute name argument: str (encoded) or bytes. */
static const char *attr_arg(Thread *th, const char *fname, Value v, PathArg *keep)
{
    return kr_posix_path(th, v, fname, "attribute", false, false, keep) < 0 ? NULL : keep->c;
}

static bool follow_arg(Thread *th, Value v, int *err)
{
    int t = kr_object_truth(th, v);
    *err = t < 0;
    return t > 0;
}

FUNC(x_getxattr)
{
    static const ArgSpec s = {"getxattr", {"path", "attribute", "follow_symlinks"}, 2, 2, false};
    Value a[3] = {0, 0, KR_TRUE};
    PathArg p, an;
    int err;
    const char *name;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "getxattr", "path", true, false, &p) < 0 ||
        !(name = attr_arg(th, "getxattr", a[1], &an)))
        return KR_VALUE_NULL;
    bool follow = follow_arg(th, a[2], &err);
    if (err)
        return KR_VALUE_NULL;
    for (size_t size = 256;; size *= 4) {
        char *buf = kr_gc_alloc_atomic(size);
        if (!buf)
            return kr_err_no_memory(th), KR_VALUE_NULL;
        ssize_t n = p.c ? (follow ? getxattr(p.c, name, buf, size) : lgetxattr(p.c, name, buf, size))
                        : fgetxattr(p.fd, name, buf, size);
        if (n >= 0)
            return kr_bytes_value(kr_bytes_new(th, (const unsigned char *)buf, n));
        if (errno != ERANGE || size >= XATTR_SIZE_MAX)
            return kr_posix_error(th, p.obj);
    }
}

FUNC(x_setxattr)
{
    static const ArgSpec s = {"setxattr", {"path", "attribute", "value", "flags", "follow_symlinks"},
                              4, 3, false};
    Value a[5] = {0, 0, 0, kr_from_smallint(0), KR_TRUE};
    PathArg p, an;
    int err, flags;
    const char *name;
    const unsigned char *data;
    int64_t len;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "setxattr", "path", true, false, &p) < 0 ||
        !(name = attr_arg(th, "setxattr", a[1], &an)) || kr_bytes_view(th, a[2], &data, &len) < 0 ||
        int_arg(th, a[3], &flags) < 0)
        return KR_VALUE_NULL;
    bool follow = follow_arg(th, a[4], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = p.c ? (follow ? setxattr(p.c, name, data, (size_t)len, flags)
                          : lsetxattr(p.c, name, data, (size_t)len, flags))
                : fsetxattr(p.fd, name, data, (size_t)len, flags);
    return r < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

FUNC(x_removexattr)
{
    static const ArgSpec s = {"removexattr", {"path", "attribute", "follow_symlinks"}, 2, 2, false};
    Value a[3] = {0, 0, KR_TRUE};
    PathArg p, an;
    int err;
    const char *name;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "removexattr", "path", true, false, &p) < 0 ||
        !(name = attr_arg(th, "removexattr", a[1], &an)))
        return KR_VALUE_NULL;
    bool follow = follow_arg(th, a[2], &err);
    if (err)
        return KR_VALUE_NULL;
    int r = p.c ? (follow ? removexattr(p.c, name) : lremovexattr(p.c, name))
                : fremovexattr(p.fd, name);
    return r < 0 ? kr_posix_error(th, p.obj) : KR_NONE;
}

FUNC(x_listxattr)
{
    static const ArgSpec s = {"listxattr", {"path", "follow_symlinks"}, 1, 0, false};
    Value a[2] = {KR_NONE, KR_TRUE};
    PathArg p;
    int err;
    if (kr_posix_args(th, &s, args, nargs, kw, a) < 0 ||
        kr_posix_path(th, a[0], "listxattr", "path", true, true, &p) < 0)
        return KR_VALUE_NULL;
    bool follow = follow_arg(th, a[1], &err);
    if (err)
        return KR_VALUE_NULL;
    const char *path = p.c ? p.c : (p.fd >= 0 ? NULL : ".");
    for (size_t size = 256;; size *= 4) {
        char *buf = kr_gc_alloc_atomic(size);
        if (!buf)
            return kr_err_no_memory(th), KR_VALUE_NULL;
        ssize_t n = path ? (follow ? listxattr(path, buf, size) : llistxattr(path, buf, size))
                         : flistxattr(p.fd, buf, size);
        if (n < 0) {
            if (errno == ERANGE && size < XATTR_LIST_MAX)
                continue;
            return kr_posix_error(th, p.obj);
        }
        List *l = kr_list_new(th, 0);
        for (ssize_t i = 0; l && i < n;) {
            size_t k = strlen(buf + i);
            Value name = kr_posix_name(th, buf + i, k, false);
            if (!name || kr_list_append(th, l, name) < 0)
                return KR_VALUE_NULL;
            i += (ssize_t)k + 1;
        }
        return l ? kr_from_obj(l) : KR_VALUE_NULL;
    }
}

static const MethodDef ext_functions[] = {
    {"statvfs", x_statvfs, "($module, /, path)", NULL, 0},
    {"fstatvfs", x_fstatvfs, "($module, fd, /)", NULL, 0},
    {"readv", x_readv, "($module, fd, buffers, /)", NULL, 0},
    {"preadv", x_preadv, "($module, fd, buffers, offset, flags=0, /)", NULL, 0},
    {"pwritev", x_pwritev, "($module, fd, buffers, offset, flags=0, /)", NULL, 0},
    {"sched_getparam", x_sched_getparam, "($module, pid, /)", NULL, 0},
    {"sched_setparam", x_sched_setparam, "($module, pid, param, /)", NULL, 0},
    {"sched_setscheduler", x_sched_setscheduler, "($module, pid, policy, param, /)", NULL, 0},
    {"sched_rr_get_interval", x_sched_rr_get_interval, "($module, pid, /)", NULL, 0},
    {"sched_getaffinity", x_sched_getaffinity, "($module, pid, /)", NULL, 0},
    {"sched_setaffinity", x_sched_setaffinity, "($module, pid, mask, /)", NULL, 0},
    {"getgrouplist", x_getgrouplist, "($module, user, group, /)", NULL, 0},
    {"initgroups", x_initgroups, "($module, username, gid, /)", NULL, 0},
    {"setgroups", x_setgroups, "($module, groups, /)", NULL, 0},
    {"waitid", x_waitid, "($module, idtype, id, options, /)", NULL, 0},
    {"eventfd", x_eventfd, "($module, /, initval, flags=524288)", NULL, 0},
    {"eventfd_read", x_eventfd_read, "($module, /, fd)", NULL, 0},
    {"eventfd_write", x_eventfd_write, "($module, /, fd, value)", NULL, 0},
    {"memfd_create", x_memfd_create, "($module, /, name, flags=1)", NULL, 0},
    {"pidfd_open", x_pidfd_open, "($module, /, pid, flags=0)", NULL, 0},
    {"sendfile", x_sendfile, "($module, /, out_fd, in_fd, offset, count)", NULL, 0},
    {"copy_file_range", x_copy_file_range,
     "($module, /, src, dst, count, offset_src=None, offset_dst=None)", NULL, 0},
    {"splice", x_splice, "($module, /, src, dst, count, offset_src=None, offset_dst=None, flags=0)",
     NULL, 0},
    {"tcgetpgrp", x_tcgetpgrp, "($module, fd, /)", NULL, 0},
    {"tcsetpgrp", x_tcsetpgrp, "($module, fd, pgid, /)", NULL, 0},
    {"openpty", x_openpty, "($module, /)", NULL, 0},
    {"login_tty", x_login_tty, "($module, fd, /)", NULL, 0},
    {"getxattr", x_getxattr, "($module, /, path, attribute, *, follow_symlinks=True)", NULL, 0},
    {"setxattr", x_setxattr,
     "($module, /, path, attribute, value, flags=0, *, follow_symlinks=True)", NULL, 0},
    {"removexattr", x_removexattr, "($module, /, path, attribute, *, follow_symlinks=True)", NULL, 0},
    {"listxattr", x_listxattr, "($module, /, path=None, *, follow_symlinks=True)", NULL, 0},
    {0},
};

static const struct { const char *name; long value; } ext_constants[] = {
#define C(n) {#n, (long)(n)},
    C(RWF_DSYNC) C(RWF_HIPRI) C(RWF_SYNC) C(RWF_NOWAIT) C(RWF_APPEND)
    C(EFD_CLOEXEC) C(EFD_NONBLOCK) C(EFD_SEMAPHORE)
    C(MFD_CLOEXEC) C(MFD_ALLOW_SEALING) C(MFD_HUGETLB) C(MFD_HUGE_SHIFT) C(MFD_HUGE_MASK)
    C(MFD_HUGE_64KB) C(MFD_HUGE_512KB) C(MFD_HUGE_1MB) C(MFD_HUGE_2MB) C(MFD_HUGE_8MB)
    C(MFD_HUGE_16MB) C(MFD_HUGE_32MB) C(MFD_HUGE_256MB) C(MFD_HUGE_512MB) C(MFD_HUGE_1GB)
    C(MFD_HUGE_2GB) C(MFD_HUGE_16GB)
    C(SPLICE_F_MOVE) C(SPLICE_F_NONBLOCK) C(SPLICE_F_MORE)
    C(XATTR_CREATE) C(XATTR_REPLACE) C(XATTR_SIZE_MAX)
    C(ST_RDONLY) C(ST_NOSUID) C(ST_NODEV) C(ST_NOEXEC) C(ST_SYNCHRONOUS) C(ST_MANDLOCK)
    C(ST_WRITE) C(ST_APPEND) C(ST_NOATIME) C(ST_NODIRATIME) C(ST_RELATIME)
    C(P_PIDFD)
#undef C
};

int kr_posix_ext_init(Thread *th, Module *m)
{
    if (kr_module_add_functions(th, m, ext_functions) < 0 ||
        kr_structseq_init_type(th, &statvfs_result_type, &statvfs_desc) < 0 ||
        kr_structseq_init_type(th, &sched_param_type, &sched_param_desc) < 0 ||
        kr_structseq_init_type(th, &waitid_result_type, &waitid_desc) < 0)
        return -1;
    sched_param_type.new_ = sched_param_new;
    static const struct { const char *name; Type *t; } types[] = {
        {"statvfs_result", &statvfs_result_type}, {"sched_param", &sched_param_type},
        {"waitid_result", &waitid_result_type},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++) {
        Str *k = kr_str_intern_cstr(th, types[i].name);
        if (!k || kr_dict_set_str(th, m->dict, k, kr_from_obj(types[i].t)) < 0)
            return -1;
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(ext_constants); i++) {
        Str *k = kr_str_intern_cstr(th, ext_constants[i].name);
        Value v = kr_int_from_i64(th, ext_constants[i].value);
        if (!k || !v || kr_dict_set_str(th, m->dict, k, v) < 0)
            return -1;
    }
    return 0;
}
