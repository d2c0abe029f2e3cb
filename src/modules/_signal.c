/*
 * _signal.c -- the _signal module: signal(), getsignal(), the SIG*
 * constants, default_int_handler, raise_signal, alarm, strsignal,
 * set_wakeup_fd, valid_signals; pause, pthread_kill, sigwait,
 * sigwaitinfo, sigtimedwait (struct_siginfo).
 *
 * A Python handler cannot run inside a C signal handler.  As in CPython,
 * the C handler only marks the signal "tripped" and sets the eval breaker
 * (core/state.h); the interpreter's next safe point (a loop's back edge, a
 * call; kr_vm_check_signals in long C loops) runs the Python handler in
 * the main thread (kr_mod__signal_run_pending).  raise_signal() and
 * posix.kill() of our own process run them at once, too.  SIGINT gets the
 * C handler at start-up, with default_int_handler on the Python side, so
 * ^C is a KeyboardInterrupt.  The
 * tripped flags are process-global because signals are: a C signal
 * handler can reach nothing else.  The Python handlers live in the
 * module's `_handlers` dict (signal number -> handler), visible to the
 * collector.
 */
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <time.h>
#include <sys/stat.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <string.h>
#include <unistd.h>

#include "core/state.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

#define KR_NSIG 65      /* Linux: signals 1..64 */

static volatile sig_atomic_t tripped[KR_NSIG];
static volatile sig_atomic_t any_tripped;
/* set_wakeup_fd's descriptor: the C handler writes the signal number to
 * it (one byte, as CPython), so an event loop's select() wakes up
 * (asyncio's add_signal_handler and child watchers).  A failed write is
 * reported later, from the safe point, as CPython's pending call does:
 * its errno waits in wakeup_errno. */
static volatile sig_atomic_t wakeup_fd = -1;
static volatile sig_atomic_t wakeup_warn = 1;
static volatile sig_atomic_t wakeup_errno;

static void c_handler(int sig)
{
    int saved = errno;
    tripped[sig] = 1;
    any_tripped = 1;
    kr_eval_breaker = 1;
    int fd = wakeup_fd;
    if (fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r;
        do
            r = write(fd, &b, 1);
        while (r < 0 && errno == EINTR);
        if (r < 0 && (wakeup_warn || (errno != EAGAIN && errno != EWOULDBLOCK)))
            wakeup_errno = errno;
    }
    errno = saved;
}

bool kr_mod__signal_tripped(void)
{
    return any_tripped != 0;
}

static Dict *handlers(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "_signal"), *k = kr_str_intern_cstr(th, "_handlers");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    Value d = m && k && kr_is_type(m, &kr_module_type) ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, k)
                                                        : KR_VALUE_NULL;
    return d && kr_is_dict(d) ? kr_as_dict(d) : NULL;
}

/* "Exception ignored when trying to write to the signal wakeup fd". */
static void report_wakeup_error(Thread *th)
{
    int err = wakeup_errno;
    wakeup_errno = 0;
    Value saved = kr_err_fetch(th);
    kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
    Value exc = kr_err_fetch(th);
    if (exc && kr_is_exc(exc))
        ((Exc *)kr_as_obj(exc))->traceback = KR_NONE;   /* raised by no Python code */
    kr_vm_flush_stdout(th);
    fputs("Exception ignored when trying to write to the signal wakeup fd:\n", stderr);
    if (exc)
        kr_vm_print_exception(th, exc);
    fflush(stderr);
    if (saved)
        kr_err_set(th, saved);
}

int kr_mod__signal_run_pending(Thread *th)
{
    if (!any_tripped)
        return 0;
    if (wakeup_errno)
        report_wakeup_error(th);
    any_tripped = 0;
    Dict *h = handlers(th);
    for (int sig = 1; sig < KR_NSIG; sig++) {
        if (!tripped[sig])
            continue;
        tripped[sig] = 0;
        Value f = h ? kr_dict_get(th, h, kr_from_smallint(sig)) : KR_VALUE_NULL;
        if (!f || !(kr_type_of(f)->call != NULL))
            continue;
        Value args[2] = {kr_from_smallint(sig), KR_NONE};
        if (!kr_vm_call(th, f, args, 2, NULL))
            return -1;
    }
    return 0;
}

static int signum_arg(Thread *th, Value v, int *out)
{
    int64_t n;
    Value i = kr_object_index(th, v);
    if (!i || kr_int_as_i64(th, i, &n) < 0)
        return -1;
    if (n < 1 || n >= KR_NSIG) {
        kr_err_set_string(th, &kr_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)n;
    return 0;
}

#define FUNC(name) static Value name(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)

/* The handler value getsignal() reports when Python installed none. */
static Value current_c_handler(Thread *th, int sig)
{
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0)
        return KR_NONE;
    if (sa.sa_handler == SIG_DFL)
        return kr_from_smallint(0);
    if (sa.sa_handler == SIG_IGN)
        return kr_from_smallint(1);
    return KR_NONE;
}

FUNC(signal_getsignal)
{
    int sig;
    if (kr_call_check_args(th, "getsignal", nargs, 1, 1, kw) < 0 || signum_arg(th, args[0], &sig) < 0)
        return KR_VALUE_NULL;
    Dict *h = handlers(th);
    Value f = h ? kr_dict_get(th, h, kr_from_smallint(sig)) : KR_VALUE_NULL;
    if (f)
        return f;
    return kr_err_occurred(th) ? KR_VALUE_NULL : current_c_handler(th, sig);
}

FUNC(signal_signal)
{
    int sig;
    if (kr_call_check_args(th, "signal", nargs, 2, 2, kw) < 0 || signum_arg(th, args[0], &sig) < 0)
        return KR_VALUE_NULL;
    Value h = args[1];
    void (*c)(int);
    if (kr_is_int(h) && (h == kr_from_smallint(0) || h == kr_from_smallint(1))) {
        c = h == kr_from_smallint(0) ? SIG_DFL : SIG_IGN;
    } else if (kr_type_of(h)->call != NULL) {
        c = c_handler;
    } else {
        kr_err_set_string(th, &kr_exc_TypeError,
                          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return KR_VALUE_NULL;
    }
    if (th != th->vm->main_thread) {
        kr_err_set_string(th, &kr_exc_ValueError, "signal only works in main thread of the main interpreter");
        return KR_VALUE_NULL;
    }
    Value old = signal_getsignal(th, self, args, 1, NULL);
    if (!old)
        return KR_VALUE_NULL;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = c;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (sigaction(sig, &sa, NULL) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    Dict *d = handlers(th);
    if (d && kr_dict_set(th, d, kr_from_smallint(sig), h) < 0)
        return KR_VALUE_NULL;
    return old;
}

FUNC(signal_raise_signal)
{
    int sig;
    if (kr_call_check_args(th, "raise_signal", nargs, 1, 1, kw) < 0 || signum_arg(th, args[0], &sig) < 0)
        return KR_VALUE_NULL;
    if (raise(sig) != 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_mod__signal_run_pending(th) < 0 ? KR_VALUE_NULL : KR_NONE;
}

FUNC(signal_default_int_handler)
{
    kr_err_set(th, kr_exception_new(th, &kr_exc_KeyboardInterrupt, NULL, 0));
    return KR_VALUE_NULL;
}

FUNC(signal_alarm)
{
    int64_t secs;
    Value i = nargs == 1 ? kr_object_index(th, args[0]) : KR_VALUE_NULL;
    if (kr_call_check_args(th, "alarm", nargs, 1, 1, kw) < 0 || !i || kr_int_as_i64(th, i, &secs) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(alarm((unsigned)secs));
}

FUNC(signal_strsignal)
{
    int sig;
    if (kr_call_check_args(th, "strsignal", nargs, 1, 1, kw) < 0 || signum_arg(th, args[0], &sig) < 0)
        return KR_VALUE_NULL;
    const char *s = sigdescr_np(sig);
    if (!s)
        return KR_NONE;
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* set_wakeup_fd(fd, *, warn_on_full_buffer=True): the previous one; the
 * C handler writes each signal's number to fd (which must not block). */
FUNC(signal_set_wakeup_fd)
{
    static const char *const names[] = {"warn_on_full_buffer", NULL};
    Value warn = KR_TRUE;
    if (nargs != 1)
        return kr_err_type_error(th, "set_wakeup_fd() takes %s 1 positional argument (%zu given)",
                                 nargs ? "at most" : "exactly", nargs);
    if (kr_mod_parse_kwargs(th, "set_wakeup_fd", args + nargs, kw, names, &warn) < 0)
        return KR_VALUE_NULL;
    int64_t fd;
    Value i = kr_object_index(th, args[0]);
    if (!i || kr_int_as_i64(th, i, &fd) < 0)
        return KR_VALUE_NULL;
    if (th != th->vm->main_thread) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "set_wakeup_fd only works in main thread of the main interpreter");
        return KR_VALUE_NULL;
    }
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > INT32_MAX || fstat((int)fd, &st) != 0) {
            kr_oserror_from_errno(th, fd < 0 || fd > INT32_MAX ? EBADF : errno, KR_VALUE_NULL,
                                  KR_VALUE_NULL);
            return KR_VALUE_NULL;
        }
        int fl = fcntl((int)fd, F_GETFL);
        if (fl >= 0 && !(fl & O_NONBLOCK)) {
            kr_err_format(th, &kr_exc_ValueError, "the fd %lld must be in non-blocking mode",
                          (long long)fd);
            return KR_VALUE_NULL;
        }
    }
    Str *k = kr_str_intern_cstr(th, "_wakeup_fd");
    Str *name = kr_str_intern_cstr(th, "_signal");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    if (!k || !m)
        return KR_VALUE_NULL;
    Dict *md = ((Module *)kr_as_obj(m))->dict;
    Value old = kr_dict_get_str(md, k);
    if (kr_dict_set_str(th, md, k, kr_from_smallint(fd)) < 0)
        return KR_VALUE_NULL;
    int w = kr_object_truth(th, warn);
    if (w < 0)
        return KR_VALUE_NULL;
    wakeup_warn = w;
    wakeup_fd = (int)fd;
    return old ? old : kr_from_smallint(-1);
}

FUNC(signal_valid_signals)
{
    if (kr_call_check_args(th, "valid_signals", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Value s = kr_vm_call(th, kr_from_obj(&kr_set_type), NULL, 0, NULL);
    for (int sig = 1; s && sig < KR_NSIG; sig++)
        if ((sig < 32 || sig >= SIGRTMIN) && kr_set_add(th, (Set *)kr_as_obj(s), kr_from_smallint(sig)) < 0)
            return KR_VALUE_NULL;
    return s;
}

/* ---- interval timers ------------------------------------------------------------------- */

static Value timer_tuple(Thread *th, const struct itimerval *v)
{
    Value t[2] = {kr_float_new(th, (double)v->it_value.tv_sec + v->it_value.tv_usec * 1e-6),
                  kr_float_new(th, (double)v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6)};
    Tuple *r = t[0] && t[1] ? kr_tuple_from_array(th, t, 2) : NULL;
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

/* ItimerError(errno, strerror): an OSError subclass made at init. */
static Value itimer_error(Thread *th)
{
    int err = errno;
    Str *name = kr_str_intern_cstr(th, "_signal");
    Value m = name ? kr_dict_get_str(th->vm->modules, name) : KR_VALUE_NULL;
    Str *k = m ? kr_str_intern_cstr(th, "ItimerError") : NULL;
    Value cls = k ? kr_dict_get_str(((Module *)kr_as_obj(m))->dict, k) : KR_VALUE_NULL;
    Str *msg = cls ? kr_str_from_cstr(th, strerror(err)) : NULL;
    Value a[2] = {kr_from_smallint(err), msg ? kr_from_obj(msg) : KR_VALUE_NULL};
    Value e = msg ? kr_vm_call(th, cls, a, 2, NULL) : KR_VALUE_NULL;
    if (e)
        kr_err_set(th, e);
    return KR_VALUE_NULL;
}

static void to_timeval(double d, struct timeval *tv)
{
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - (double)tv->tv_sec) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0)
        tv->tv_usec = 1;            /* a tiny positive delay still fires */
}

/* setitimer(which, seconds, interval=0.0): the old (delay, interval). */
FUNC(signal_setitimer)
{
    if (kw && kw->size)
        return kr_err_type_error(th, "setitimer() takes no keyword arguments");
    if (nargs < 2 || nargs > 3)
        return kr_err_type_error(th, nargs < 2 ? "setitimer expected at least 2 arguments, got %zu"
                                               : "setitimer expected at most 3 arguments, got %zu", nargs);
    int64_t which;
    double secs, interval = 0.0;
    Value i = kr_object_index(th, args[0]);
    if (!i || kr_int_as_i64(th, i, &which) < 0 || kr_float_as_double(th, args[1], &secs) < 0 ||
        (nargs == 3 && kr_float_as_double(th, args[2], &interval) < 0))
        return KR_VALUE_NULL;
    struct itimerval nv, old;
    to_timeval(secs, &nv.it_value);
    to_timeval(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &old) != 0)
        return itimer_error(th);
    return timer_tuple(th, &old);
}

FUNC(signal_getitimer)
{
    int64_t which;
    Value i = nargs == 1 ? kr_object_index(th, args[0]) : KR_VALUE_NULL;
    if (kr_call_check_args(th, "getitimer", nargs, 1, 1, kw) < 0 || !i || kr_int_as_i64(th, i, &which) < 0)
        return KR_VALUE_NULL;
    struct itimerval old;
    if (getitimer((int)which, &old) != 0)
        return itimer_error(th);
    return timer_tuple(th, &old);
}

/* ---- signal masks ------------------------------------------------------------------------ */

static Value set_of(Thread *th, const sigset_t *m)
{
    Value s = kr_vm_call(th, kr_from_obj(&kr_set_type), NULL, 0, NULL);
    for (int sig = 1; s && sig < KR_NSIG; sig++)
        if (sigismember(m, sig) == 1 && kr_set_add(th, (Set *)kr_as_obj(s), kr_from_smallint(sig)) < 0)
            return KR_VALUE_NULL;
    return s;
}

/* A sigset_t from an iterable of signal numbers (CPython's sigset_t
 * converter: a number past a C long counts as -1, so out of range). */
static int sigset_arg(Thread *th, Value iterable, sigset_t *m)
{
    sigemptyset(m);
    Value it = kr_object_iter(th, iterable), v;
    if (!it)
        return -1;
    while ((v = kr_object_next(th, it))) {
        int64_t sig;
        Value n = kr_object_index(th, v);
        if (!n)
            return -1;
        if (kr_int_as_i64(th, n, &sig) < 0) {
            if (!kr_err_matches(th, &kr_exc_OverflowError))
                return -1;
            kr_err_clear(th);
            sig = -1;
        }
        if (sig < 1 || sig >= KR_NSIG) {
            kr_err_format(th, &kr_exc_ValueError, "signal number %lld out of range [1; %d]",
                          (long long)sig, KR_NSIG - 1);
            return -1;
        }
        sigaddset(m, (int)sig);
    }
    return kr_err_occurred(th) ? -1 : 0;
}

/* pthread_sigmask(how, mask): the previous mask, as a set */
FUNC(signal_pthread_sigmask)
{
    int64_t how;
    Value i = nargs == 2 ? kr_object_index(th, args[0]) : KR_VALUE_NULL;
    if (kr_call_check_args(th, "pthread_sigmask", nargs, 2, 2, kw) < 0 || !i ||
        kr_int_as_i64(th, i, &how) < 0)
        return KR_VALUE_NULL;
    sigset_t m, old;
    if (sigset_arg(th, args[1], &m) < 0)
        return KR_VALUE_NULL;
    int err = pthread_sigmask((int)how, &m, &old);
    if (err) {
        kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    /* a signal unblocked now may be pending: its handler runs before we return */
    if (kr_vm_check_signals(th) < 0)
        return KR_VALUE_NULL;
    return set_of(th, &old);
}

FUNC(signal_sigpending)
{
    if (kr_call_check_args(th, "sigpending", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    sigset_t m;
    if (sigpending(&m) != 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return set_of(th, &m);
}

/* siginterrupt(signalnum, flag): flag true, system calls interrupted by the
 * signal fail with EINTR (the default here); false, they restart. */
FUNC(signal_siginterrupt)
{
    int sig;
    if (kr_call_check_args(th, "siginterrupt", nargs, 2, 2, kw) < 0 || signum_arg(th, args[0], &sig) < 0)
        return KR_VALUE_NULL;
    int flag = kr_object_truth(th, args[1]);
    if (flag < 0)
        return KR_VALUE_NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* ---- waiting for signals --------------------------------------------------------------- */

/* pause(): sleep until a signal arrives; its handler runs before return. */
FUNC(signal_pause)
{
    if (kr_call_check_args(th, "pause", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    pause();
    return kr_vm_check_signals(th) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* pthread_kill(thread_id, signalnum) */
FUNC(signal_pthread_kill)
{
    int64_t id;
    int sig;
    Value i = nargs == 2 ? kr_object_index(th, args[0]) : KR_VALUE_NULL;
    if (kr_call_check_args(th, "pthread_kill", nargs, 2, 2, kw) < 0 || !i ||
        kr_int_as_i64(th, i, &id) < 0)
        return KR_VALUE_NULL;
    Value n = kr_object_index(th, args[1]);
    int64_t s64;
    if (!n || kr_int_as_i64(th, n, &s64) < 0)
        return KR_VALUE_NULL;
    sig = (int)s64;
    int err = pthread_kill((pthread_t)id, sig);
    if (err) {
        kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_vm_check_signals(th) < 0 ? KR_VALUE_NULL : KR_NONE;
}

/* sigwait(sigset): the number of the signal that arrived. */
FUNC(signal_sigwait)
{
    sigset_t m;
    if (kr_call_check_args(th, "sigwait", nargs, 1, 1, kw) < 0 || sigset_arg(th, args[0], &m) < 0)
        return KR_VALUE_NULL;
    int sig, err = sigwait(&m, &sig);
    if (err) {
        kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(sig);
}

static Type siginfo_type;
static const char *const siginfo_fields[] = {"si_signo", "si_code", "si_errno", "si_pid",
                                             "si_uid", "si_status", "si_band", NULL};
static const StructSeqDesc siginfo_desc = {"signal.struct_siginfo", siginfo_fields, 7, true};

static Value siginfo_value(Thread *th, const siginfo_t *si)
{
    Value v[7] = {kr_from_smallint(si->si_signo), kr_from_smallint(si->si_code),
                  kr_from_smallint(si->si_errno), kr_from_smallint(si->si_pid),
                  kr_int_from_i64(th, si->si_uid), kr_from_smallint(si->si_status),
                  kr_int_from_i64(th, si->si_band)};
    return v[4] && v[6] ? kr_structseq_new(th, &siginfo_type, v) : KR_VALUE_NULL;
}

/* sigwaitinfo(sigset) and sigtimedwait(sigset, timeout): a struct_siginfo;
 * None when the timeout passes.  EINTR runs the handlers and retries
 * (PEP 475), with what is left of the timeout. */
static Value wait_info(Thread *th, Value set, double timeout)
{
    sigset_t m;
    if (sigset_arg(th, set, &m) < 0)
        return KR_VALUE_NULL;
    struct timespec deadline, now;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double end = (double)deadline.tv_sec + deadline.tv_nsec * 1e-9 + timeout;
    for (;;) {
        siginfo_t si;
        int r;
        if (timeout < 0) {
            r = sigwaitinfo(&m, &si);
        } else {
            clock_gettime(CLOCK_MONOTONIC, &now);
            double left = end - ((double)now.tv_sec + now.tv_nsec * 1e-9);
            if (left < 0)
                left = 0;
            struct timespec ts = {(time_t)left, (long)((left - (double)(time_t)left) * 1e9)};
            r = sigtimedwait(&m, &si, &ts);
        }
        if (r >= 0)
            return siginfo_value(th, &si);
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

FUNC(signal_sigwaitinfo)
{
    if (kr_call_check_args(th, "sigwaitinfo", nargs, 1, 1, kw) < 0)
        return KR_VALUE_NULL;
    return wait_info(th, args[0], -1);
}

FUNC(signal_sigtimedwait)
{
    double t;
    if (kr_call_check_args(th, "sigtimedwait", nargs, 2, 2, kw) < 0 ||
        kr_float_as_double(th, args[1], &t) < 0)
        return KR_VALUE_NULL;
    if (t < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "timeout must be non-negative");
        return KR_VALUE_NULL;
    }
    return wait_info(th, args[0], t);
}

static const MethodDef signal_functions[] = {
    {"pause", signal_pause, "($module, /)", NULL, 0},
    {"pthread_kill", signal_pthread_kill, "($module, thread_id, signalnum, /)", NULL, 0},
    {"sigwait", signal_sigwait, "($module, sigset, /)", NULL, 0},
    {"sigwaitinfo", signal_sigwaitinfo, "($module, sigset, /)", NULL, 0},
    {"sigtimedwait", signal_sigtimedwait, "($module, sigset, timeout, /)", NULL, 0},
    {"setitimer", signal_setitimer, "($module, which, seconds, interval=0.0, /)", NULL, 0},
    {"getitimer", signal_getitimer, "($module, which, /)", NULL, 0},
    {"pthread_sigmask", signal_pthread_sigmask, "($module, how, mask, /)", NULL, 0},
    {"sigpending", signal_sigpending, "($module, /)", NULL, 0},
    {"siginterrupt", signal_siginterrupt, "($module, signalnum, flag, /)", NULL, 0},
    {"signal", signal_signal, "($module, signalnum, handler, /)", NULL, 0},
    {"getsignal", signal_getsignal, "($module, signalnum, /)", NULL, 0},
    {"raise_signal", signal_raise_signal, "($module, signalnum, /)", NULL, 0},
    {"default_int_handler", signal_default_int_handler, "($module, signalnum, frame, /)", NULL, 0},
    {"alarm", signal_alarm, "($module, seconds, /)", NULL, 0},
    {"strsignal", signal_strsignal, "($module, signalnum, /)", NULL, 0},
    {"set_wakeup_fd", signal_set_wakeup_fd, "($module, fd, /, *, warn_on_full_buffer=True)", NULL, 0},
    {"valid_signals", signal_valid_signals, "($module, /)", NULL, 0},
    {0},
};

static const struct { const char *name; int value; } signal_constants[] = {
#define S(n) {#n, n},
    S(SIGHUP) S(SIGINT) S(SIGQUIT) S(SIGILL) S(SIGTRAP) S(SIGABRT) S(SIGIOT) S(SIGBUS) S(SIGFPE)
    S(SIGKILL) S(SIGUSR1) S(SIGSEGV) S(SIGUSR2) S(SIGPIPE) S(SIGALRM) S(SIGTERM) S(SIGCHLD)
    S(SIGCONT) S(SIGSTOP) S(SIGTSTP) S(SIGTTIN) S(SIGTTOU) S(SIGURG) S(SIGXCPU) S(SIGXFSZ)
    S(SIGVTALRM) S(SIGPROF) S(SIGWINCH) S(SIGIO) S(SIGPOLL) S(SIGPWR) S(SIGSYS) S(SIGSTKFLT)
    S(SIG_BLOCK) S(SIG_UNBLOCK) S(SIG_SETMASK) S(ITIMER_REAL) S(ITIMER_VIRTUAL) S(ITIMER_PROF)
#undef S
};

static int add(Thread *th, Dict *d, const char *name, Value v)
{
    Str *k = kr_str_intern_cstr(th, name);
    return k && v ? kr_dict_set_str(th, d, k, v) : -1;
}

int kr_mod__signal_init(Thread *th)
{
    Str *name = kr_str_intern_cstr(th, "_signal");
    Module *m = name ? kr_module_new(th, name) : NULL;
    Dict *h = kr_dict_new(th);
    if (!m || !h || kr_module_add_functions(th, m, signal_functions) < 0 ||
        add(th, m->dict, "_handlers", kr_from_obj(h)) < 0 ||
        add(th, m->dict, "SIG_DFL", kr_from_smallint(0)) < 0 ||
        add(th, m->dict, "SIG_IGN", kr_from_smallint(1)) < 0 ||
        add(th, m->dict, "NSIG", kr_from_smallint(KR_NSIG)) < 0 ||
        add(th, m->dict, "SIGRTMIN", kr_from_smallint(SIGRTMIN)) < 0 ||
        add(th, m->dict, "SIGRTMAX", kr_from_smallint(SIGRTMAX)) < 0 ||
        kr_structseq_init_type(th, &siginfo_type, &siginfo_desc) < 0 ||
        add(th, m->dict, "struct_siginfo", kr_from_obj(&siginfo_type)) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(signal_constants); i++)
        if (add(th, m->dict, signal_constants[i].name, kr_from_smallint(signal_constants[i].value)) < 0)
            return -1;
    /* ItimerError = type("itimer_error", (OSError,), {"__module__": "signal"}) */
    Dict *ns = kr_dict_new(th);
    Str *in = kr_str_intern_cstr(th, "itimer_error"), *mod = kr_str_intern_cstr(th, "signal");
    Value bases = kr_from_obj(kr_tuple_from_array(th, (Value[]){kr_from_obj(&kr_exc_OSError)}, 1));
    if (!ns || !in || !mod || !bases || add(th, ns, "__module__", kr_from_obj(mod)) < 0)
        return -1;
    Value targs[3] = {kr_from_obj(in), bases, kr_from_obj(ns)};
    Value ie = kr_vm_call(th, kr_from_obj(&kr_type_type), targs, 3, NULL);
    if (!ie || add(th, m->dict, "ItimerError", ie) < 0)
        return -1;
    /* SIGINT's handler is default_int_handler, as CPython installs it --
     * unless SIGINT is ignored (a background job), which is left alone. */
    Str *dih = kr_str_intern_cstr(th, "default_int_handler");
    Value f = dih ? kr_dict_get_str(m->dict, dih) : KR_VALUE_NULL;
    struct sigaction sa;
    if (sigaction(SIGINT, NULL, &sa) == 0 && sa.sa_handler != SIG_IGN) {
        if (!f || kr_dict_set(th, h, kr_from_smallint(SIGINT), f) < 0)
            return -1;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = c_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
    }
    return kr_dict_set_str(th, th->vm->modules, name, kr_from_obj(m));
}
