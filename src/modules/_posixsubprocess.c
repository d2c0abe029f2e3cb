/*
 * _posixsubprocess.c -- fork_exec, the one native call under
 * subprocess.Popen on POSIX.
 *
 * The parent converts every argument before fork(), so the child only
 * makes system calls: it wires the pipes onto 0/1/2, changes directory,
 * umask, session and ids, closes the other descriptors, and tries each
 * executable in turn.  A failure is reported to the parent through
 * errpipe_write in CPython's words ("OSError:<hex errno>:" plus "noexec"
 * when exec was never reached), which subprocess.py turns into
 * FileNotFoundError and friends.  preexec_fn runs Python in the child, as
 * CPython does, with the same caveats.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"
#include "modules/posix.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

enum { NARGS = 23 };

/* Everything the child needs, converted in the parent. */
typedef struct Plan {
    char **argv, **exec_list, **envp;
    const char *cwd;
    int64_t *keep;
    int64_t nkeep;
    int close_fds, restore_signals, call_setsid;
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
    int pgid, umask;
    bool set_gid, set_uid, set_groups;
    gid_t gid;
    uid_t uid;
    gid_t *groups;
    int64_t ngroups;
    Value preexec_fn;
} Plan;

/* A NULL-terminated char* array (collector memory) from a sequence of
 * str/bytes/PathLike; the converted bytes objects stay reachable in hold. */
static char **cstr_array(Thread *th, Value seq, const char *what, List *hold)
{
    List *items = kr_list_from_iterable(th, seq);
    if (!items)
        return NULL;
    char **v = kr_gc_alloc((size_t)(items->size + 1) * sizeof *v);
    if (!v) {
        kr_err_no_memory(th);
        return NULL;
    }
    for (int64_t i = 0; i < items->size; i++) {
        PathArg p;
        if (kr_posix_path(th, items->items[i], "fork_exec", what, false, false, &p) < 0 ||
            kr_list_append(th, hold, p.data) < 0)
            return NULL;
        v[i] = (char *)p.c;
    }
    v[items->size] = NULL;
    return v;
}

static int int_arg(Thread *th, Value v, int *out)
{
    int64_t x;
    Value i = kr_object_index(th, v);
    if (!i || kr_int_as_i64(th, i, &x) < 0)
        return -1;
    if (x > INT32_MAX || x < INT32_MIN) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* fds_to_keep: a sorted tuple of distinct non-negative ints. */
static int keep_fds(Thread *th, Value v, Plan *p)
{
    if (!kr_is_tuple(v)) {
        kr_err_format(th, &kr_exc_TypeError, "fork_exec() argument 4 must be tuple, not %T", v);
        return -1;
    }
    Tuple *t = kr_as_tuple(v);
    p->nkeep = t->size;
    p->keep = kr_gc_alloc_atomic((size_t)(t->size + 1) * sizeof *p->keep);
    if (!p->keep) {
        kr_err_no_memory(th);
        return -1;
    }
    for (int64_t i = 0; i < t->size; i++) {
        int64_t fd;
        if (!kr_is_int(t->items[i]) || kr_int_as_i64(th, t->items[i], &fd) < 0 || fd < 0 ||
            fd > INT32_MAX || (i && fd <= p->keep[i - 1])) {
            kr_err_clear(th);
            kr_err_set_string(th, &kr_exc_ValueError, "bad value(s) in fds_to_keep");
            return -1;
        }
        p->keep[i] = fd;
    }
    return 0;
}

static int ids(Thread *th, Value gid, Value groups, Value uid, Plan *p)
{
    int x;
    if (gid != KR_NONE) {
        if (int_arg(th, gid, &x) < 0)
            return -1;
        p->set_gid = true, p->gid = (gid_t)x;
    }
    if (uid != KR_NONE) {
        if (int_arg(th, uid, &x) < 0)
            return -1;
        p->set_uid = true, p->uid = (uid_t)x;
    }
    if (groups == KR_NONE)
        return 0;
    List *l = kr_list_from_iterable(th, groups);
    if (!l)
        return -1;
    p->set_groups = true;
    p->ngroups = l->size;
    p->groups = kr_gc_alloc_atomic((size_t)(l->size + 1) * sizeof *p->groups);
    if (!p->groups) {
        kr_err_no_memory(th);
        return -1;
    }
    for (int64_t i = 0; i < l->size; i++) {
        if (int_arg(th, l->items[i], &x) < 0)
            return -1;
        p->groups[i] = (gid_t)x;
    }
    return 0;
}

static int plan(Thread *th, const Value *a, Plan *p, List *hold)
{
    memset(p, 0, sizeof *p);
    if (a[0] != KR_NONE && !(p->argv = cstr_array(th, a[0], "args", hold)))
        return -1;
    if (!(p->exec_list = cstr_array(th, a[1], "executable_list", hold)))
        return -1;
    if ((p->close_fds = kr_object_truth(th, a[2])) < 0 || keep_fds(th, a[3], p) < 0)
        return -1;
    if (a[4] != KR_NONE) {
        PathArg cwd;
        if (kr_posix_path(th, a[4], "fork_exec", "cwd", false, false, &cwd) < 0 ||
            kr_list_append(th, hold, cwd.data) < 0)
            return -1;
        p->cwd = cwd.c;
    }
    if (a[5] != KR_NONE && !(p->envp = cstr_array(th, a[5], "env", hold)))
        return -1;
    int *fds[] = {&p->p2cread, &p->p2cwrite, &p->c2pread, &p->c2pwrite,
                  &p->errread, &p->errwrite, &p->errpipe_read, &p->errpipe_write};
    for (int i = 0; i < 8; i++)
        if (int_arg(th, a[6 + i], fds[i]) < 0)
            return -1;
    if ((p->restore_signals = kr_object_truth(th, a[14])) < 0 ||
        (p->call_setsid = kr_object_truth(th, a[15])) < 0 || int_arg(th, a[16], &p->pgid) < 0 ||
        ids(th, a[17], a[18], a[19], p) < 0 || int_arg(th, a[20], &p->umask) < 0)
        return -1;
    p->preexec_fn = a[21];
    if (p->close_fds && p->errpipe_write < 3) {
        kr_err_set_string(th, &kr_exc_ValueError, "errpipe_write must be >= 3");
        return -1;
    }
    return 0;
}

/* ---- the child -------------------------------------------------------------- */

static void set_inheritable(int fd, bool on)
{
    int flags = fcntl(fd, F_GETFD);
    if (flags >= 0)
        fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC);
}

/* 0/1/2 from the pipe ends, moving an end out of the way first when it
 * already sits on a standard descriptor another end needs (#12607). */
static int wire_std_fds(Plan *p)
{
    if (p->c2pwrite == 0 && (p->c2pwrite = dup(p->c2pwrite)) < 0)
        return -1;
    while (p->errwrite == 0 || p->errwrite == 1)
        if ((p->errwrite = dup(p->errwrite)) < 0)
            return -1;
    int from[3] = {p->p2cread, p->c2pwrite, p->errwrite};
    for (int target = 0; target < 3; target++) {
        if (from[target] == target)
            set_inheritable(target, true);
        else if (from[target] != -1 && dup2(from[target], target) < 0)
            return -1;
    }
    return 0;
}

static void close_other_fds(Plan *p)
{
    int64_t start = 3;
    for (int64_t i = 0; i <= p->nkeep; i++) {
        int64_t end = i < p->nkeep ? p->keep[i] : INT32_MAX;
        if (end > start && close_range((unsigned)start, (unsigned)(end - 1), 0) < 0) {
            long max = sysconf(_SC_OPEN_MAX);
            for (int64_t fd = start; fd < end && fd < max; fd++)
                close((int)fd);
        }
        start = end + 1;
    }
}

static void report(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        s += w, n -= (size_t)w;
    }
}

/* The child's failure message: "OSError:<hex errno>:[noexec]", in one
 * write so the parent never reads half of it. */
static void report_errno(int fd, int err, bool reached_exec)
{
    char msg[40] = "OSError:", hex[sizeof(int) * 2];
    size_t n = 8, h = 0;
    for (unsigned e = (unsigned)err; e && h < sizeof hex; e /= 16)
        hex[h++] = "0123456789abcdef"[e % 16];
    while (h)
        msg[n++] = hex[--h];
    msg[n++] = ':';
    if (!reached_exec) {
        memcpy(msg + n, "noexec", 6);
        n += 6;
    }
    report(fd, msg, n);
}

static int prepare_child(Thread *th, Plan *p, bool *reached, const char **msg)
{
    int ends[] = {p->p2cwrite, p->c2pread, p->errread};
    for (int i = 0; i < 3; i++)
        if (ends[i] != -1)
            close(ends[i]);
    close(p->errpipe_read);
    for (int64_t i = 0; i < p->nkeep; i++)
        if (p->keep[i] != p->errpipe_write)
            set_inheritable((int)p->keep[i], true);
    if (wire_std_fds(p) < 0 || (p->cwd && chdir(p->cwd) < 0))
        return -1;
    if (p->umask >= 0)
        umask((mode_t)p->umask);
    if (p->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if ((p->call_setsid && setsid() < 0) || (p->pgid >= 0 && setpgid(0, p->pgid) < 0))
        return -1;
    if ((p->set_groups && setgroups((size_t)p->ngroups, p->groups) < 0) ||
        (p->set_gid && setregid(p->gid, p->gid) < 0) ||
        (p->set_uid && setreuid(p->uid, p->uid) < 0))
        return -1;
    *reached = true;
    if (p->preexec_fn != KR_NONE && !kr_vm_call(th, p->preexec_fn, NULL, 0, NULL)) {
        *msg = "Exception occurred in preexec_fn.";
        errno = 0;
        return -1;
    }
    if (p->close_fds)
        close_other_fds(p);
    return 0;
}

/* Try each executable; report the first error that is not "not found". */
static _Noreturn void child(Thread *th, Plan *p)
{
    bool reached = false;
    const char *msg = "";
    int saved = 0;
    if (prepare_child(th, p, &reached, &msg) == 0) {
        for (char **e = p->exec_list; *e; e++) {
            if (p->envp)
                execve(*e, p->argv, p->envp);
            else
                execv(*e, p->argv);
            if (errno != ENOENT && errno != ENOTDIR && !saved)
                saved = errno;
        }
        if (!saved)
            saved = errno;
    } else {
        saved = errno;
    }
    if (saved) {
        report_errno(p->errpipe_write, saved, reached);
    } else {
        report(p->errpipe_write, "SubprocessError:0:", 18);
        report(p->errpipe_write, msg, strlen(msg));
    }
    _exit(255);
}

KR_LIB_FUNC(fork_exec)
{
    if (kr_libutil_no_keywords(th, "fork_exec", kw) < 0)
        return KR_VALUE_NULL;
    if (nargs != NARGS)
        return kr_err_type_error(th, "fork_exec() takes exactly %d arguments (%zu given)", NARGS,
                                 nargs);
    Plan p;
    List *hold = kr_list_new(th, 0);
    if (!hold || plan(th, args, &p, hold) < 0)
        return KR_VALUE_NULL;
    if (!p.argv)
        p.argv = p.exec_list;   /* CPython passes argv=NULL; an empty vector is kinder */
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0)
        child(th, &p);
    if (pid < 0)
        return kr_posix_error(th, KR_VALUE_NULL);
    (void)hold;
    return kr_int_from_i64(th, pid);
}

static const MethodDef posixsubprocess_functions[] = {
    {"fork_exec", fork_exec,
     "($module, args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, "
     "c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, "
     "call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /)",
     NULL, 0},
    {0},
};

int kr_mod__posixsubprocess_init(Thread *th)
{
    return kr_libutil_module(th, "_posixsubprocess", posixsubprocess_functions) ? 0 : -1;
}
