/*
 * select.c -- the select module: select(), poll and epoll objects, what
 * selectors (DefaultSelector is the epoll one on Linux), asyncio and
 * subprocess.communicate() use.
 *
 * select() is built on poll(2) rather than fd_set, so it has no
 * FD_SETSIZE limit; results are the caller's own objects, in their
 * order, as CPython returns them.  Interrupted waits run the signal
 * handlers and resume with the rest of the timeout (PEP 475).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <time.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

/* ---- descriptors and timeouts ------------------------------------------------ */

/* A timeout in seconds (None: forever) as milliseconds rounded up; -1 is forever. */
static int seconds_timeout(Thread *th, Value v, int *ms)
{
    *ms = -1;
    if (!v || v == KR_NONE)
        return 0;
    double d;
    if (kr_is_float(v)) {
        d = kr_float_value(v);
    } else if (kr_is_int(v)) {
        if (kr_float_as_double(th, v, &d) < 0)
            return -1;
    } else {
        kr_err_set_string(th, &kr_exc_TypeError, "timeout must be a float or None");
        return -1;
    }
    if (isnan(d)) {
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "timeout must be non-negative");
        return -1;
    }
    d = ceil(d * 1000.0);
    *ms = d > INT_MAX ? INT_MAX : (int)d;
    return 0;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* PEP 475: after an interrupted wait the signal handlers run (one that
 * raises ends the wait) and the wait resumes with what is left of the
 * timeout; *ms (-1: forever) is updated.  0 to retry, -1 on error. */
static int interrupted(Thread *th, int *ms, int64_t deadline)
{
    if (kr_vm_check_signals(th) < 0)
        return -1;
    if (*ms >= 0) {
        int64_t left = deadline - now_ms();
        *ms = left < 0 ? 0 : left > INT_MAX ? INT_MAX : (int)left;
    }
    return 0;
}

/* poll(2), retried on EINTR; the count ready, or -1 with OSError. */
static int wait_poll(Thread *th, struct pollfd *fds, size_t n, int ms)
{
    int64_t deadline = ms >= 0 ? now_ms() + ms : 0;
    for (;;) {
        int r = poll(fds, n, ms);
        if (r >= 0)
            return r;
        if (errno != EINTR) {
            kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
            return -1;
        }
        if (interrupted(th, &ms, deadline) < 0)
            return -1;
    }
}

/* ---- select() ---------------------------------------------------------------- */

typedef struct FdSet {
    List *objs;
    int *fds;
} FdSet;

static int fd_set_from(Thread *th, Value seq, FdSet *s)
{
    if (!kr_is_list(seq) && !kr_is_tuple(seq) && !kr_object_iter(th, seq)) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_TypeError, "arguments 1-3 must be sequences");
        return -1;
    }
    if (!(s->objs = kr_list_from_iterable(th, seq)))
        return -1;
    s->fds = kr_gc_alloc_atomic((size_t)(s->objs->size + 1) * sizeof(int));
    if (!s->fds) {
        kr_err_no_memory(th);
        return -1;
    }
    for (int64_t i = 0; i < s->objs->size; i++)
        if (kr_libutil_fd_arg(th, s->objs->items[i], &s->fds[i]) < 0)
            return -1;
    return 0;
}

static const short select_events[3] = {POLLIN, POLLOUT, POLLPRI};

/* The objects of s whose descriptor reported one of the wanted events. */
static List *ready(Thread *th, FdSet *s, struct pollfd *pfd, int kind)
{
    short want = kind == 0 ? POLLIN | POLLHUP | POLLERR : kind == 1 ? POLLOUT | POLLERR : POLLPRI;
    List *out = kr_list_new(th, 0);
    for (int64_t i = 0; out && i < s->objs->size; i++)
        if (pfd[i].revents & want && kr_list_append(th, out, s->objs->items[i]) < 0)
            return NULL;
    return out;
}

KR_LIB_FUNC(select_select)
{
    if (kr_libutil_no_keywords(th, "select", kw) < 0 ||
        kr_libutil_check_positional(th, "select", nargs, 3, 4) < 0)
        return KR_VALUE_NULL;
    int ms;
    FdSet sets[3];
    if (seconds_timeout(th, nargs > 3 ? args[3] : KR_NONE, &ms) < 0)
        return KR_VALUE_NULL;
    size_t total = 0;
    for (int k = 0; k < 3; k++) {
        if (fd_set_from(th, args[k], &sets[k]) < 0)
            return KR_VALUE_NULL;
        total += (size_t)sets[k].objs->size;
    }
    struct pollfd *pfd = kr_gc_alloc_atomic((total + 1) * sizeof *pfd);
    if (!pfd) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    for (int k = 0; k < 3; k++)
        for (int64_t i = 0; i < sets[k].objs->size; i++)
            pfd[n++] = (struct pollfd){.fd = sets[k].fds[i], .events = select_events[k]};
    if (wait_poll(th, pfd, n, ms) < 0)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < n; i++)
        if (pfd[i].revents & POLLNVAL) {
            kr_oserror_from_errno(th, EBADF, KR_VALUE_NULL, KR_VALUE_NULL);
            return KR_VALUE_NULL;
        }
    Value out[3];
    n = 0;
    for (int k = 0; k < 3; k++) {
        List *l = ready(th, &sets[k], pfd + n, k);
        if (!l)
            return KR_VALUE_NULL;
        out[k] = kr_from_obj(l);
        n += (size_t)sets[k].objs->size;
    }
    Tuple *t = kr_tuple_from_array(th, out, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* ---- poll objects -------------------------------------------------------------- */

typedef struct Poll {
    Obj hdr;
    Dict *fds;       /* fd -> event mask */
    bool polling;
} Poll;

static Type poll_type;
#define SELF ((Poll *)kr_as_obj(args[0]))

static int mask_arg(Thread *th, Value v, unsigned short *out)
{
    int64_t m;
    Value i = kr_object_index(th, v);
    if (!i || kr_int_as_i64(th, i, &m) < 0)
        return -1;
    if (m < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "value must be positive");
        return -1;
    }
    if (m > USHRT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)m;
    return 0;
}

static Value poll_set(Thread *th, const Value *args, size_t nargs, const char *name, bool modify)
{
    if (kr_libutil_check_positional(th, name, nargs - 1, modify ? 2 : 1, 2) < 0)
        return KR_VALUE_NULL;
    int fd;
    unsigned short mask = POLLIN | POLLPRI | POLLOUT;
    if (kr_libutil_fd_arg(th, args[1], &fd) < 0 || (nargs > 2 && mask_arg(th, args[2], &mask) < 0))
        return KR_VALUE_NULL;
    Value key = kr_from_smallint(fd);
    if (modify && !kr_dict_get(th, SELF->fds, key)) {
        kr_oserror_from_errno(th, ENOENT, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return kr_dict_set(th, SELF->fds, key, kr_from_smallint(mask)) < 0 ? KR_VALUE_NULL : KR_NONE;
}

KR_LIB_FUNC(poll_register)
{
    if (kr_libutil_no_keywords(th, "register", kw) < 0)
        return KR_VALUE_NULL;
    return poll_set(th, args, nargs, "register", false);
}

KR_LIB_FUNC(poll_modify)
{
    if (kr_libutil_no_keywords(th, "modify", kw) < 0)
        return KR_VALUE_NULL;
    return poll_set(th, args, nargs, "modify", true);
}

KR_LIB_FUNC(poll_unregister)
{
    int fd;
    if (kr_libutil_no_keywords(th, "unregister", kw) < 0 || kr_libutil_fd_arg(th, args[1], &fd) < 0)
        return KR_VALUE_NULL;
    int r = kr_dict_del(th, SELF->fds, kr_from_smallint(fd));
    if (r == 0)
        kr_err_set_object(th, &kr_exc_KeyError, args[1]);
    return r > 0 ? KR_NONE : KR_VALUE_NULL;
}

/* poll(timeout=None): milliseconds, None or negative for forever. */
static int poll_timeout(Thread *th, Value v, int *ms)
{
    *ms = -1;
    if (!v || v == KR_NONE)
        return 0;
    double d;
    if (kr_is_float(v)) {
        d = kr_float_value(v);
    } else if (kr_is_int(v) || kr_type_of(v)->index) {
        Value i = kr_object_index(th, v);
        if (!i || kr_float_as_double(th, i, &d) < 0)
            return -1;
    } else {
        kr_err_set_string(th, &kr_exc_TypeError, "timeout must be an integer or None");
        return -1;
    }
    if (d >= 0)
        *ms = d > INT_MAX ? INT_MAX : (int)ceil(d);
    return 0;
}

KR_LIB_FUNC(poll_poll)
{
    int ms;
    if (kr_libutil_no_keywords(th, "poll", kw) < 0 ||
        kr_libutil_check_positional(th, "poll", nargs - 1, 0, 1) < 0 ||
        poll_timeout(th, nargs > 1 ? args[1] : KR_NONE, &ms) < 0)
        return KR_VALUE_NULL;
    Poll *p = SELF;
    if (p->polling) {
        kr_err_set_string(th, &kr_exc_RuntimeError, "concurrent poll() invocation");
        return KR_VALUE_NULL;
    }
    size_t n = 0;
    struct pollfd *pfd = kr_gc_alloc_atomic((size_t)(p->fds->used + 1) * sizeof *pfd);
    if (!pfd) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    int64_t pos = 0;
    Value k, v;
    while (kr_dict_next(p->fds, &pos, &k, &v))
        pfd[n++] = (struct pollfd){.fd = (int)kr_as_smallint(k), .events = (short)kr_as_smallint(v)};
    p->polling = true;
    int r = wait_poll(th, pfd, n, ms);
    p->polling = false;
    List *out = r < 0 ? NULL : kr_list_new(th, 0);
    for (size_t i = 0; out && i < n; i++) {
        if (!pfd[i].revents)
            continue;
        Value pair[2] = {kr_from_smallint(pfd[i].fd), kr_from_smallint((unsigned short)pfd[i].revents)};
        Tuple *t = kr_tuple_from_array(th, pair, 2);
        if (!t || kr_list_append(th, out, kr_from_obj(t)) < 0)
            return KR_VALUE_NULL;
    }
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

static const MethodDef poll_methods[] = {
    {"register", poll_register, "($self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)", NULL, 0},
    {"modify", poll_modify, "($self, fd, eventmask, /)", NULL, 0},
    {"unregister", poll_unregister, "($self, fd, /)", NULL, 0},
    {"poll", poll_poll, "($self, timeout=None, /)", NULL, 0},
    {0},
};

static Type poll_type = {
    .hdr = {&kr_type_type}, .name = "select.poll", .size = sizeof(Poll), .methods = poll_methods,
};

KR_LIB_FUNC(select_poll)
{
    if (nargs || (kw && kw->size))
        return kr_err_type_error(th, "select.poll() takes no arguments (%zu given)",
                                 nargs + (kw ? (size_t)kw->size : 0));
    Poll *p = kr_libutil_alloc(th, &poll_type);
    if (!p || !(p->fds = kr_dict_new(th)))
        return KR_VALUE_NULL;
    return kr_from_obj(p);
}

/* ---- epoll objects ---------------------------------------------------------------
 *
 * A thin wrapper over one epoll descriptor (closed by a finalizer if the
 * program forgets); selectors.DefaultSelector picks it on Linux.  Timeouts
 * are seconds here (poll objects take milliseconds), rounded up to the
 * millisecond as CPython's _PyTime_ROUND_TIMEOUT does. */

typedef struct Epoll {
    Obj hdr;
    int fd;          /* -1 once closed */
} Epoll;

static Type epoll_type;
#define EP ((Epoll *)kr_as_obj(args[0]))

/* At exit left open for a later __del__, as sockets are (_socket.c). */
static void epoll_finalize(void *obj, void *data, void *ctx)
{
    Epoll *e = obj;
    Thread *th = ctx;
    if (th && th->vm->finalizing)
        return;
    if (e->fd >= 0)
        close(e->fd);
    e->fd = -1;
}

static Value epoll_wrap(Thread *th, Type *t, int fd)
{
    Epoll *e = kr_libutil_alloc(th, t);
    if (!e) {
        close(fd);
        return KR_VALUE_NULL;
    }
    e->fd = fd;
    kr_gc_add_finalizer(e, epoll_finalize, NULL);
    return kr_from_obj(e);
}

/* epoll(sizehint=-1, flags=0) */
static Value epoll_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"sizehint", "flags", NULL};
    Value a[2];
    int64_t hint = -1, flags = 0;
    if (kr_libutil_parse(th, "epoll", args, nargs, kw, names, 0, 0, a) < 0 ||
        (a[0] && kr_libutil_as_ssize(th, a[0], &hint) < 0) ||
        (a[1] && kr_libutil_as_ssize(th, a[1], &flags) < 0))
        return KR_VALUE_NULL;
    if (hint == 0 || hint < -1) {
        kr_err_set_string(th, &kr_exc_ValueError, "negative sizehint");
        return KR_VALUE_NULL;
    }
    if (flags && flags != EPOLL_CLOEXEC) {
        kr_err_set_string(th, &kr_exc_OSError, "invalid flags");
        return KR_VALUE_NULL;
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return epoll_wrap(th, t, fd);
}

static int epoll_open(Thread *th, Epoll *e)
{
    if (e->fd >= 0)
        return 0;
    kr_err_set_string(th, &kr_exc_ValueError, "I/O operation on closed epoll object");
    return -1;
}

/* An event mask ("I": unsigned int, bitwise, so -1 is all ones). */
static int event_mask(Thread *th, Value v, uint32_t *out)
{
    Value i = kr_object_index(th, v);
    if (!i)
        return -1;
    if (kr_is_bigint(i)) {
        Value m = kr_int_binop(th, i, kr_from_smallint(0xffffffff), KR_OP_AND);
        if (!m)
            return -1;
        i = m;
    }
    int64_t x;
    if (kr_int_as_i64(th, i, &x) < 0)
        return -1;
    *out = (uint32_t)x;
    return 0;
}

static Value epoll_ctl_op(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                          int op)
{
    static const char *const names[] = {"fd", "eventmask", NULL};
    Value a[2];
    int fd;
    uint32_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
    int nreq = op == EPOLL_CTL_MOD ? 2 : 1;
    if (kr_libutil_parse(th, name, args + 1, nargs - 1, kw, op == EPOLL_CTL_DEL ? names : names, 0,
                         nreq, a) < 0)
        return KR_VALUE_NULL;
    if (op == EPOLL_CTL_DEL && a[1])
        return kr_err_type_error(th, "%s() takes at most 1 argument (2 given)", name);
    if (kr_libutil_fd_arg(th, a[0], &fd) < 0 || (a[1] && event_mask(th, a[1], &mask) < 0) ||
        epoll_open(th, EP) < 0)
        return KR_VALUE_NULL;
    struct epoll_event ev = {.events = mask, .data.fd = fd};
    if (epoll_ctl(EP->fd, op, fd, &ev) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(epoll_register) { return epoll_ctl_op(th, args, nargs, kw, "register", EPOLL_CTL_ADD); }
KR_LIB_FUNC(epoll_modify) { return epoll_ctl_op(th, args, nargs, kw, "modify", EPOLL_CTL_MOD); }
KR_LIB_FUNC(epoll_unregister) { return epoll_ctl_op(th, args, nargs, kw, "unregister", EPOLL_CTL_DEL); }

/* poll(timeout=None, maxevents=-1) -> [(fd, events), ...] */
KR_LIB_FUNC(epoll_poll)
{
    static const char *const names[] = {"timeout", "maxevents", NULL};
    Value a[2];
    int64_t maxevents = -1;
    int ms = -1;
    if (kr_libutil_parse(th, "poll", args + 1, nargs - 1, kw, names, 0, 0, a) < 0 ||
        epoll_open(th, EP) < 0)
        return KR_VALUE_NULL;
    if (a[0] && a[0] != KR_NONE) {
        double d;
        if (!kr_is_int(a[0]) && !kr_is_float(a[0]))
            return kr_err_type_error(th, "timeout must be an integer or None");
        if (kr_float_as_double(th, a[0], &d) < 0)
            return KR_VALUE_NULL;
        if (d >= 0)
            ms = d * 1000.0 > INT_MAX ? INT_MAX : (int)ceil(d * 1000.0);
    }
    if (a[1] && kr_libutil_as_ssize(th, a[1], &maxevents) < 0)
        return KR_VALUE_NULL;
    if (maxevents == -1)
        maxevents = FD_SETSIZE - 1;
    else if (maxevents < 1) {
        kr_err_format(th, &kr_exc_ValueError, "maxevents must be greater than 0, got %lld",
                      (long long)maxevents);
        return KR_VALUE_NULL;
    }
    struct epoll_event *evs = kr_gc_alloc_atomic((size_t)maxevents * sizeof *evs);
    if (!evs) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    int n;
    int64_t deadline = ms >= 0 ? now_ms() + ms : 0;
    while ((n = epoll_wait(EP->fd, evs, (int)maxevents, ms)) < 0) {
        if (errno != EINTR) {
            kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
            kr_gc_free(evs);
            return KR_VALUE_NULL;
        }
        if (interrupted(th, &ms, deadline) < 0) {
            kr_gc_free(evs);
            return KR_VALUE_NULL;
        }
    }
    /* the events array is this call's alone (no Python code saw it): given
     * back for the next poll, the event loop's next iteration (gc.h) */
    List *out = kr_list_new(th, n);
    for (int i = 0; out && i < n; i++) {
        Value pair[2] = {kr_from_smallint(evs[i].data.fd), kr_from_smallint(evs[i].events)};
        Tuple *t = kr_tuple_from_array(th, pair, 2);
        if (!t) {
            kr_gc_free(evs);
            return KR_VALUE_NULL;
        }
        out->items[i] = kr_from_obj(t);
    }
    kr_gc_free(evs);
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

KR_LIB_FUNC(epoll_close)
{
    int fd = EP->fd;
    EP->fd = -1;
    if (fd >= 0 && close(fd) < 0) {
        kr_oserror_from_errno(th, errno, KR_VALUE_NULL, KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(epoll_fileno)
{
    return epoll_open(th, EP) < 0 ? KR_VALUE_NULL : kr_from_smallint(EP->fd);
}

KR_LIB_FUNC(epoll_enter)
{
    return epoll_open(th, EP) < 0 ? KR_VALUE_NULL : args[0];
}

KR_LIB_FUNC(epoll_exit) { return epoll_close(th, self, args, 1, NULL); }

/* epoll.fromfd(fd): a classmethod; args[0] is the class. */
KR_LIB_FUNC(epoll_fromfd)
{
    int fd;
    if (kr_libutil_no_keywords(th, "fromfd", kw) < 0 ||
        kr_libutil_check_positional(th, "fromfd", nargs - 1, 1, 1) < 0 || kr_libutil_fd_arg(th, args[1], &fd) < 0)
        return KR_VALUE_NULL;
    return epoll_wrap(th, (Type *)kr_as_obj(args[0]), fd);
}

static Value epoll_closed(Thread *th, Value v) { return kr_from_bool(((Epoll *)kr_as_obj(v))->fd < 0); }

static const MethodDef epoll_methods[] = {
    {"register", epoll_register, "($self, /, fd, eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)", NULL, 0},
    {"modify", epoll_modify, "($self, /, fd, eventmask)", NULL, 0},
    {"unregister", epoll_unregister, "($self, /, fd)", NULL, 0},
    {"poll", epoll_poll, "($self, /, timeout=None, maxevents=-1)", NULL, 0},
    {"close", epoll_close, "($self, /)", NULL, 0},
    {"fileno", epoll_fileno, "($self, /)", NULL, 0},
    {"fromfd", epoll_fromfd, "($type, fd, /)", NULL, KR_METH_CLASS},
    {"__enter__", epoll_enter, "($self, /)", NULL, 0},
    {"__exit__", epoll_exit, "($self, exc_type=None, exc_value=None, exc_tb=None, /)", NULL, 0},
    {0},
};

static const MemberDef epoll_members[] = {
    {"closed", 0, epoll_closed, NULL, "True if the epoll handler is closed", KR_MEMBER_READONLY},
    {0},
};

static Type epoll_type = {
    .hdr = {&kr_type_type}, .name = "select.epoll", .size = sizeof(Epoll),
    .flags = KR_TYPE_BASETYPE, .new_ = epoll_new, .methods = epoll_methods, .members = epoll_members,
};

static const MethodDef select_functions[] = {
    {"select", select_select, "($module, rlist, wlist, xlist, timeout=None, /)", NULL, 0},
    {"poll", select_poll, "($module, /)", NULL, 0},
    {0},
};

static const struct { const char *name; long value; } select_constants[] = {
    {"PIPE_BUF", PIPE_BUF}, {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT},
    {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL},
    {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
    {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", EPOLLET}, {"EPOLLONESHOT", EPOLLONESHOT},
    {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM},
    {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND},
    {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
};

int kr_mod_select_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "select", select_functions);
    if (!m || kr_type_ready(th, &poll_type) < 0 || kr_libutil_add_type(th, m, &epoll_type) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&kr_exc_OSError)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof select_constants / sizeof *select_constants; i++)
        if (kr_libutil_add_value(th, m, select_constants[i].name,
                                 kr_from_smallint(select_constants[i].value)) < 0)
            return -1;
    return 0;
}
