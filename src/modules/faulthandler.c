/*
 * faulthandler.c -- the faulthandler module: dump the Python tracebacks
 * of the threads on demand (dump_traceback), on a fatal signal (enable),
 * after a timeout (dump_traceback_later) or on a user signal (register).
 *
 * Writing happens where nothing may be allocated -- a signal handler, a
 * watchdog pthread the collector does not know -- so the dump uses only
 * write(2) on a file descriptor and reads the frame records as they
 * stand: code object, file name, line from the line table.  Like
 * CPython's, it reads other threads' frames without stopping them, which
 * is racy by nature and accepted for a last-resort report.
 *
 * State.  A signal handler has no Thread to find a VM through, so what
 * the handlers need (descriptor, all_threads, the VM, previous actions)
 * is process-global here, written only by the Python-level calls.  The
 * file objects whose descriptors are in use are kept alive in `kept`, a
 * block the collector scans (a Value array from kr_gc_alloc_root).
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/thread.h"

#define MAX_FRAME_DEPTH 100
#define MAX_NTHREADS 100

enum { KEPT_FATAL, KEPT_LATER, KEPT_USER0, KEPT_COUNT = KEPT_USER0 + NSIG };
static Value *kept;

/* ---- writing without allocating ------------------------------------------------ */

static void put(int fd, const char *s) { (void)!write(fd, s, strlen(s)); }

static void put_dec(int fd, unsigned long v)
{
    char buf[24], *p = buf + sizeof buf;
    *--p = 0;
    do
        *--p = (char)('0' + v % 10);
    while (v /= 10);
    put(fd, p);
}

static void put_hex(int fd, unsigned long v, int width)
{
    char buf[24], *p = buf + sizeof buf;
    *--p = 0;
    do {
        *--p = "0123456789abcdef"[v & 15];
        width--;
    } while ((v >>= 4) || width > 0);
    put(fd, p);
}

/* A str as ASCII, other code points escaped as \xHH, \uHHHH, \UHHHHHHHH
 * (CPython's _Py_DumpASCII). */
static void put_ascii(int fd, const Str *s)
{
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = kr_str_char(s, i);
        if (c >= ' ' && c < 0x7f) {
            char ch[2] = {(char)c, 0};
            put(fd, ch);
        } else if (c <= 0xff) {
            put(fd, "\\x");
            put_hex(fd, c, 2);
        } else if (c <= 0xffff) {
            put(fd, "\\u");
            put_hex(fd, c, 4);
        } else {
            put(fd, "\\U");
            put_hex(fd, c, 8);
        }
    }
}

static void dump_frame(int fd, const Frame *f)
{
    const Code *c = f->code;
    put(fd, "  File \"");
    put_ascii(fd, c->filename);
    put(fd, "\", line ");
    uint32_t pc = f->pc > c->instrs ? (uint32_t)(f->pc - c->instrs - 1) : 0;
    put_dec(fd, (unsigned long)kr_code_line(c, pc));
    put(fd, " in ");
    put_ascii(fd, c->name);
    put(fd, "\n");
}

static void dump_stack(int fd, const Thread *t, bool header)
{
    if (header)
        put(fd, "Stack (most recent call first):\n");
    const Frame *f = t ? t->frame : NULL;
    if (!f) {
        put(fd, "  <no Python frame>\n");
        return;
    }
    for (int depth = 0; f; f = f->prev, depth++) {
        if (depth >= MAX_FRAME_DEPTH) {
            put(fd, "  ...\n");
            break;
        }
        if (f->code)
            dump_frame(fd, f);
    }
}

/* Every thread of vm, `current` (may be NULL) marked as such. */
static void dump_threads(int fd, VM *vm, const Thread *current)
{
    int n = 0;
    for (const Thread *t = vm->threads; t; t = t->next, n++) {
        if (n)
            put(fd, "\n");
        if (n >= MAX_NTHREADS) {
            put(fd, "...\n");
            break;
        }
        put(fd, t == current ? "Current thread 0x" : "Thread 0x");
        put_hex(fd, (unsigned long)t->thread_id, (int)sizeof(unsigned long) * 2);
        put(fd, " (most recent call first):\n");
        dump_stack(fd, t, false);
    }
}

static void dump(int fd, VM *vm, bool all_threads)
{
    Thread *me = kr_thread_current();
    if (all_threads && vm)
        dump_threads(fd, vm, me);
    else if (me)
        dump_stack(fd, me, true);
}

/* ---- the file argument ----------------------------------------------------------- */

/* The descriptor `file` names (None: sys.stderr), its file object flushed
 * first; *keep receives the object to hold while the descriptor is in
 * use (KR_NONE for a bare descriptor).  -1 on error. */
static int file_fd(Thread *th, Value file, Value *keep)
{
    *keep = KR_NONE;
    if (!file || file == KR_NONE) {
        Str *en = kr_str_intern_cstr(th, "stderr");
        file = en ? kr_dict_get_str(th->vm->sys_module->dict, en) : KR_VALUE_NULL;
        if (!file) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "unable to get sys.stderr");
            return -1;
        }
        if (file == KR_NONE) {
            kr_err_set_string(th, &kr_exc_RuntimeError, "sys.stderr is None");
            return -1;
        }
    }
    if (kr_is_int(file)) {
        int fd;
        if (kr_libutil_as_int(th, file, false, &fd) < 0)
            return -1;
        if (fd < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "file is not a valid file descripter");
            return -1;
        }
        return fd;
    }
    Str *fn = kr_str_intern_cstr(th, "fileno");
    Value m = fn ? kr_object_getattr(th, file, fn) : KR_VALUE_NULL;
    Value r = m ? kr_vm_call(th, m, NULL, 0, NULL) : KR_VALUE_NULL;
    if (!r)
        return -1;
    int64_t fd = -1;
    if (kr_is_int(r) && kr_int_as_i64(th, r, &fd) < 0)
        kr_err_clear(th);
    if (fd < 0 || fd > INT32_MAX) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    Str *fl = kr_str_intern_cstr(th, "flush");
    Value flush = fl ? kr_object_getattr(th, file, fl) : KR_VALUE_NULL;
    if (!flush || !kr_vm_call(th, flush, NULL, 0, NULL))
        kr_err_clear(th);
    *keep = file;
    return (int)fd;
}

static int parse_file_all(Thread *th, const char *fname, const Value *args, size_t nargs,
                          Tuple *kw, int *fd, Value *keep, bool *all_threads)
{
    static const char *const names[] = {"file", "all_threads", NULL};
    Value a[2];
    if (kr_libutil_parse(th, fname, args, nargs, kw, names, 0, 0, a) < 0)
        return -1;
    int all = 1;
    if (a[1] && kr_libutil_as_int(th, a[1], false, &all) < 0)
        return -1;
    *all_threads = all != 0;
    *fd = file_fd(th, a[0], keep);
    return *fd < 0 ? -1 : 0;
}

KR_LIB_FUNC(fh_dump_traceback)
{
    int fd;
    Value keep;
    bool all;
    if (parse_file_all(th, "dump_traceback", args, nargs, kw, &fd, &keep, &all) < 0)
        return KR_VALUE_NULL;
    if (all) {
        pthread_mutex_lock(&th->vm->lock);     /* the thread list holds still */
        dump_threads(fd, th->vm, th);
        pthread_mutex_unlock(&th->vm->lock);
    } else {
        dump_stack(fd, th, true);
    }
    return KR_NONE;
}

/* ---- fatal signals (enable, disable) ---------------------------------------------- */

static const struct {
    int sig;
    const char *name;
} fatal_signals[] = {
    {SIGBUS, "Bus error"}, {SIGILL, "Illegal instruction"},
    {SIGFPE, "Floating point exception"}, {SIGABRT, "Aborted"},
    {SIGSEGV, "Segmentation fault"},
};
enum { NFATAL = sizeof fatal_signals / sizeof fatal_signals[0] };

static struct {
    volatile sig_atomic_t enabled;
    int fd;
    bool all_threads;
    VM *vm;
    struct sigaction previous[NFATAL];
    stack_t altstack;
} fatal;

static void fatal_handler(int sig)
{
    int saved = errno, i = 0;
    while (i < NFATAL && fatal_signals[i].sig != sig)
        i++;
    if (i == NFATAL || !fatal.enabled)
        return;
    put(fatal.fd, "Fatal Python error: ");
    put(fatal.fd, fatal_signals[i].name);
    put(fatal.fd, "\n\n");
    dump(fatal.fd, fatal.vm, fatal.all_threads);
    /* the previous handler (the default: the process dies) takes it again */
    fatal.enabled = 0;
    for (int j = 0; j < NFATAL; j++)
        sigaction(fatal_signals[j].sig, &fatal.previous[j], NULL);
    errno = saved;
    raise(sig);
}

KR_LIB_FUNC(fh_enable)
{
    int fd;
    Value keep;
    bool all;
    if (parse_file_all(th, "enable", args, nargs, kw, &fd, &keep, &all) < 0)
        return KR_VALUE_NULL;
    kept[KEPT_FATAL] = keep;
    fatal.fd = fd;
    fatal.all_threads = all;
    fatal.vm = th->vm;
    if (fatal.enabled)
        return KR_NONE;
    /* a stack overflow's SIGSEGV needs a stack to run the handler on */
    if (!fatal.altstack.ss_sp) {
        fatal.altstack.ss_size = SIGSTKSZ + 64 * 1024;
        fatal.altstack.ss_sp = malloc(fatal.altstack.ss_size);   /* holds no Values */
        if (fatal.altstack.ss_sp)
            sigaltstack(&fatal.altstack, NULL);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fatal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_NODEFER | SA_ONSTACK;
    for (int i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i].sig, &sa, &fatal.previous[i]);
    fatal.enabled = 1;
    return KR_NONE;
}

KR_LIB_FUNC(fh_disable)
{
    if (kr_libutil_check_positional(th, "disable", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    if (!fatal.enabled)
        return KR_FALSE;
    fatal.enabled = 0;
    for (int i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i].sig, &fatal.previous[i], NULL);
    kept[KEPT_FATAL] = KR_NONE;
    return KR_TRUE;
}

KR_LIB_FUNC(fh_is_enabled)
{
    if (kr_libutil_check_positional(th, "is_enabled", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(fatal.enabled);
}

/* ---- dump_traceback_later: a watchdog thread ---------------------------------------- */

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    bool running, cancel;
    pthread_t thread;
    double timeout;
    bool repeat, exit;
    int fd;
    VM *vm;
    char header[64];
} later = {.mu = PTHREAD_MUTEX_INITIALIZER};

static pthread_once_t later_once = PTHREAD_ONCE_INIT;

/* The condition's clock is the monotonic one, as the deadlines are. */
static void later_init(void)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&later.cond, &ca);
}

static void *watchdog(void *unused)
{
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    pthread_mutex_lock(&later.mu);
    for (;;) {
        double whole = floor(later.timeout);
        deadline.tv_sec += (time_t)whole;
        deadline.tv_nsec += (long)((later.timeout - whole) * 1e9);
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
        int r = 0;
        while (!later.cancel && r != ETIMEDOUT)
            r = pthread_cond_timedwait(&later.cond, &later.mu, &deadline);
        if (later.cancel)
            break;
        put(later.fd, later.header);
        dump_threads(later.fd, later.vm, NULL);
        if (later.exit)
            _exit(1);
        if (!later.repeat)
            break;
    }
    pthread_mutex_unlock(&later.mu);
    return NULL;
}

static void cancel_later(void)
{
    pthread_mutex_lock(&later.mu);
    bool running = later.running;
    later.cancel = true;
    pthread_cond_signal(&later.cond);
    pthread_mutex_unlock(&later.mu);
    if (running)
        pthread_join(later.thread, NULL);
    later.running = false;
    later.cancel = false;
}

/* "Timeout (H:MM:SS)!\n", with .ffffff when the microseconds are not 0. */
static void format_timeout(char *out, size_t size, double timeout)
{
    unsigned long long us = (unsigned long long)ceil(timeout * 1e6);
    unsigned long long sec = us / 1000000, min = sec / 60;
    us %= 1000000;
    if (us)
        snprintf(out, size, "Timeout (%llu:%02llu:%02llu.%06llu)!\n", min / 60, min % 60,
                 sec % 60, us);
    else
        snprintf(out, size, "Timeout (%llu:%02llu:%02llu)!\n", min / 60, min % 60, sec % 60);
}

KR_LIB_FUNC(fh_dump_traceback_later)
{
    static const char *const names[] = {"timeout", "repeat", "file", "exit", NULL};
    Value a[4];
    if (kr_libutil_parse(th, "dump_traceback_later", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    double t;
    if (kr_float_as_double(th, a[0], &t) < 0)
        return KR_VALUE_NULL;
    if (isnan(t)) {
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
        return KR_VALUE_NULL;
    }
    if (!(fabs(t * 1e9) < 9223372036854775808.0)) {     /* _PyTime_t's nanoseconds */
        kr_err_set_string(th, &kr_exc_OverflowError,
                          "timestamp too large to convert to C _PyTime_t");
        return KR_VALUE_NULL;
    }
    if (t <= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "timeout must be greater than 0");
        return KR_VALUE_NULL;
    }
    int repeat = 0, exit_ = 0;
    if ((a[1] && kr_libutil_as_int(th, a[1], false, &repeat) < 0) ||
        (a[3] && kr_libutil_as_int(th, a[3], false, &exit_) < 0))
        return KR_VALUE_NULL;
    Value keep;
    int fd = file_fd(th, a[2], &keep);
    if (fd < 0)
        return KR_VALUE_NULL;
    cancel_later();
    kept[KEPT_LATER] = keep;
    later.timeout = t;
    later.repeat = repeat != 0;
    later.exit = exit_ != 0;
    later.fd = fd;
    later.vm = th->vm;
    format_timeout(later.header, sizeof later.header, t);
    pthread_once(&later_once, later_init);
    if (pthread_create(&later.thread, NULL, watchdog, NULL) != 0) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "unable to start watchdog thread");
        return KR_VALUE_NULL;
    }
    later.running = true;
    return KR_NONE;
}

KR_LIB_FUNC(fh_cancel_dump_traceback_later)
{
    if (kr_libutil_check_positional(th, "cancel_dump_traceback_later", nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    cancel_later();
    kept[KEPT_LATER] = KR_NONE;
    return KR_NONE;
}

/* ---- register, unregister: a user signal dumps the tracebacks ---------------------- */

static struct {
    volatile sig_atomic_t enabled;
    int fd;
    bool all_threads, chain;
    VM *vm;
    struct sigaction previous;
} user[NSIG];

static int install_user(int sig, bool chain, struct sigaction *previous);

static void user_handler(int sig)
{
    int saved = errno;
    if (!user[sig].enabled)
        return;
    dump(user[sig].fd, user[sig].vm, user[sig].all_threads);
    if (user[sig].chain) {
        /* the previous handler runs, then this one is back in place */
        sigaction(sig, &user[sig].previous, NULL);
        errno = saved;
        raise(sig);
        install_user(sig, true, NULL);
    }
    errno = saved;
}

static int install_user(int sig, bool chain, struct sigaction *previous)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = (chain ? SA_NODEFER : SA_RESTART) | SA_ONSTACK;
    return sigaction(sig, &sa, previous);
}

/* The signal number argument: in range, and not one enable() owns. */
static int user_signal_arg(Thread *th, Value v, int *out)
{
    if (kr_libutil_as_int(th, v, false, out) < 0)
        return -1;
    if (*out < 1 || *out >= NSIG) {
        kr_err_set_string(th, &kr_exc_ValueError, "signal number out of range");
        return -1;
    }
    for (int i = 0; i < NFATAL; i++)
        if (fatal_signals[i].sig == *out) {
            kr_err_format(th, &kr_exc_RuntimeError,
                          "signal %d cannot be registered, use enable() instead", *out);
            return -1;
        }
    return 0;
}

KR_LIB_FUNC(fh_register)
{
    static const char *const names[] = {"signum", "file", "all_threads", "chain", NULL};
    Value a[4];
    if (kr_libutil_parse(th, "register", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    int sig, all = 1, chain = 0;
    if (user_signal_arg(th, a[0], &sig) < 0 ||
        (a[2] && kr_libutil_as_int(th, a[2], false, &all) < 0) ||
        (a[3] && kr_libutil_as_int(th, a[3], false, &chain) < 0))
        return KR_VALUE_NULL;
    Value keep;
    int fd = file_fd(th, a[1], &keep);
    if (fd < 0)
        return KR_VALUE_NULL;
    if (!user[sig].enabled && install_user(sig, chain, &user[sig].previous) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    kept[KEPT_USER0 + sig] = keep;
    user[sig].fd = fd;
    user[sig].all_threads = all != 0;
    user[sig].chain = chain != 0;
    user[sig].vm = th->vm;
    user[sig].enabled = 1;
    return KR_NONE;
}

KR_LIB_FUNC(fh_unregister)
{
    int sig;
    if (kr_libutil_check_positional(th, "unregister", nargs, 1, 1) < 0 ||
        user_signal_arg(th, args[0], &sig) < 0)
        return KR_VALUE_NULL;
    if (!user[sig].enabled)
        return KR_FALSE;
    user[sig].enabled = 0;
    sigaction(sig, &user[sig].previous, NULL);
    kept[KEPT_USER0 + sig] = KR_NONE;
    return KR_TRUE;
}

/* ---- crashing on purpose (what faulthandler's tests call) ------------------------- */

KR_LIB_FUNC(fh_sigsegv)
{
    raise(SIGSEGV);
    return KR_NONE;
}

KR_LIB_FUNC(fh_sigabrt)
{
    abort();
}

KR_LIB_FUNC(fh_sigfpe)
{
    raise(SIGFPE);
    return KR_NONE;
}

KR_LIB_FUNC(fh_read_null)
{
    volatile int *p = NULL;
    return kr_from_smallint(*p);
}

static const MethodDef fh_functions[] = {
    {"enable", fh_enable, "($module, /, file=sys.stderr, all_threads=True)",
     "Enable the fault handler.", 0},
    {"disable", fh_disable, "($module, /)", "Disable the fault handler.", 0},
    {"is_enabled", fh_is_enabled, "($module, /)", "Check if the handler is enabled.", 0},
    {"dump_traceback", fh_dump_traceback, "($module, /, file=sys.stderr, all_threads=True)",
     "Dump the traceback of the current thread, or of all threads if all_threads is True, "
     "into file.", 0},
    {"dump_traceback_later", fh_dump_traceback_later,
     "($module, /, timeout, repeat=False, file=sys.stderr, exit=False)",
     "Dump the traceback of all threads in timeout seconds, or each timeout seconds if repeat "
     "is True. If exit is True, call _exit(1) which is not safe.", 0},
    {"cancel_dump_traceback_later", fh_cancel_dump_traceback_later, "($module, /)",
     "Cancel the previous call to dump_traceback_later().", 0},
    {"register", fh_register, "($module, /, signum, file=sys.stderr, all_threads=True, chain=False)",
     "Register a handler for the signal 'signum': dump the traceback of the current thread, or "
     "of all threads if all_threads is True, into file.", 0},
    {"unregister", fh_unregister, "($module, signum, /)",
     "Unregister the handler of the signal 'signum' registered by register().", 0},
    {"_sigsegv", fh_sigsegv, "($module, release_gil=False, /)", "Raise a SIGSEGV signal.", 0},
    {"_sigabrt", fh_sigabrt, "($module, /)", "Raise a SIGABRT signal.", 0},
    {"_sigfpe", fh_sigfpe, "($module, /)", "Raise a SIGFPE signal.", 0},
    {"_read_null", fh_read_null, "($module, /)", "Read from NULL, raise a SIGSEGV or SIGBUS signal.", 0},
    {0},
};

int kr_mod_faulthandler_init(Thread *th)
{
    if (!kept) {
        kept = kr_gc_alloc_root(KEPT_COUNT * sizeof(Value));
        if (!kept) {
            kr_err_no_memory(th);
            return -1;
        }
        for (int i = 0; i < KEPT_COUNT; i++)
            kept[i] = KR_NONE;
    }
    Module *m = kr_libutil_module(th, "faulthandler", fh_functions);
    Str *doc = m ? kr_str_from_cstr(th, "faulthandler module.") : NULL;
    return doc ? kr_libutil_add_value(th, m, "__doc__", kr_from_obj(doc)) : -1;
}
