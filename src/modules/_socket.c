/*
 * _socket.c -- the _socket module: the socket type that socket.socket
 * (the unchanged stdlib socket.py) subclasses, name resolution, and the
 * address and byte-order conversions.
 *
 * A socket is a descriptor plus (family, type, proto) and a timeout, with
 * CPython 3.11's three modes:
 *
 *   timeout < 0    blocking: calls block in the kernel; EINTR is retried
 *                  after running signal handlers (PEP 475), so ^C raises;
 *   timeout == 0   non-blocking: EAGAIN surfaces as BlockingIOError;
 *   timeout > 0    the descriptor is O_NONBLOCK and every call first
 *                  polls for readiness against one deadline, then retries
 *                  on EAGAIN (a false wake-up); when the deadline passes
 *                  the call raises TimeoutError("timed out").
 *
 * All three run through sock_call (CPython's sock_call_ex), which takes
 * the system call as a small function over a context struct.  connect()
 * is special: a socket with a timeout starts it, polls for writability
 * and reads the outcome from SO_ERROR.
 *
 * Addresses cross the boundary as CPython shows them: (host, port) for
 * AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a path (str, or
 * bytes for Linux's abstract namespace) for AF_UNIX.  Host names go
 * through getaddrinfo(3); numeric ones are parsed without it.
 *
 * The default timeout (setdefaulttimeout) is process-wide, as in CPython
 * 3.11 (a static in socketmodule.c); krait runs one VM per process, and a
 * double needs no collector root.  The module's other state is the three
 * static types.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

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
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/oserror.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

typedef struct Sock {
    Obj hdr;
    int fd;            /* -1 once closed or detached */
    int family, type, proto;
    double timeout;    /* seconds; -1 blocking, 0 non-blocking */
} Sock;

typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
} SockAddr;

static Type sock_type;
static double default_timeout = -1;

/* socket.herror and socket.gaierror: OSError subclasses with its layout. */
static Type herror_type = {
    .hdr = {&kr_type_type}, .name = "socket.herror", .base = &kr_exc_OSError,
    .size = sizeof(OSErr), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};
static Type gaierror_type = {
    .hdr = {&kr_type_type}, .name = "socket.gaierror", .base = &kr_exc_OSError,
    .size = sizeof(OSErr), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

#define SELF ((Sock *)kr_as_obj(args[0]))

/* ---- errors and arguments ---------------------------------------------------- */

static Value errno_error(Thread *th, int err)
{
    kr_oserror_from_errno(th, err, KR_VALUE_NULL, KR_VALUE_NULL);
    return KR_VALUE_NULL;
}

static Value os_error(Thread *th) { return errno_error(th, errno); }

/* Raise exc_type(code, message), as CPython's set_gaierror and set_herror. */
static Value coded_error(Thread *th, Type *type, int code, const char *msg)
{
    Str *m = kr_str_from_cstr(th, msg);
    if (!m)
        return KR_VALUE_NULL;
    Value args[2] = {kr_from_smallint(code), kr_from_obj(m)};
    Value exc = kr_exception_new(th, type, args, 2);
    if (exc)
        kr_err_set(th, exc);
    return KR_VALUE_NULL;
}

static Value raise_gai(Thread *th, int code)
{
    if (code == EAI_SYSTEM)
        return os_error(th);
    return coded_error(th, &gaierror_type, code, gai_strerror(code));
}

/* PyArg_ParseTuple's argument-count check and its messages. */
static int count_args(Thread *th, const char *name, Tuple *kw, size_t n, size_t min, size_t max)
{
    if (kw && kw->size) {
        kr_err_format(th, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (n >= min && n <= max)
        return 0;
    size_t want = n < min ? min : max;
    const char *how = min == max ? "exactly" : n < min ? "at least" : "at most";
    kr_err_format(th, &kr_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name, how,
                  want, want == 1 ? "" : "s", n);
    return -1;
}

/* An int argument (format "i"): __index__, range-checked to C int. */
static int int_arg(Thread *th, Value v, int *out)
{
    int64_t i;
    if (kr_is_float(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    Value x = kr_object_index(th, v);
    if (!x)
        return -1;
    if (kr_is_bigint(x) || kr_int_as_i64(th, x, &i) < 0 || i > INT_MAX || i < INT_MIN) {
        kr_err_clear(th);
        kr_err_set_string(th, &kr_exc_OverflowError, i < 0 && !kr_is_bigint(x)
                          ? "signed integer is less than minimum"
                          : "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* A size argument (format "n"). */
static int size_arg(Thread *th, Value v, int64_t *out)
{
    if (kr_is_float(v)) {
        kr_err_set_string(th, &kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return kr_libutil_as_ssize(th, v, out);
}

/* Seconds as a timeout (CPython's socket_parse_timeout): None is -1. */
static int timeout_arg(Thread *th, Value v, double *out)
{
    if (v == KR_NONE) {
        *out = -1;
        return 0;
    }
    double d;
    if (kr_is_float(v)) {
        d = kr_float_value(v);
    } else if (kr_is_int(v)) {
        if (kr_float_as_double(th, v, &d) < 0)
            return -1;
    } else {
        Value f = kr_type_of(v)->float_ ? kr_type_of(v)->float_(th, v) : KR_VALUE_NULL;
        if (!f) {
            if (!kr_err_occurred(th))
                kr_err_format(th, &kr_exc_TypeError,
                              "'%T' object cannot be interpreted as an integer", v);
            return -1;
        }
        d = kr_float_value(f);
    }
    if (isnan(d)) {
        kr_err_set_string(th, &kr_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = d;
    return 0;
}

static Value timeout_value(Thread *th, double t)
{
    return t < 0 ? KR_NONE : kr_float_new(th, t);
}

/* Data to send: a bytes-like object (buffer protocol stand-in).  A
 * bytearray is copied: a signal handler run while the call waits could
 * resize it and move its data (CPython pins it with a buffer export). */
static int data_arg(Thread *th, Value v, const unsigned char **data, int64_t *len)
{
    if (kr_is_bytearray(v)) {
        ByteArray *a = kr_as_bytearray(v);
        Bytes *b = kr_bytes_new(th, a->data ? a->data : (const unsigned char *)"", a->len);
        if (!b)
            return -1;
        *data = b->data;
        *len = b->len;
        return 0;
    }
    if (kr_bytes_like(v) || kr_buffer_check(v))    /* memoryview, array, mmap */
        return kr_bytes_view(th, v, data, len);
    if (kr_is_str(v) || !kr_type_of(v)->getitem) {
        kr_err_format(th, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        return -1;
    }
    /* memoryview and other buffer-ish objects: take a copy through bytes(). */
    Value b = kr_object_call(th, kr_from_obj(&kr_bytes_type), &v, 1, NULL);
    if (!b)
        return -1;
    *data = kr_as_bytes(b)->data;
    *len = kr_as_bytes(b)->len;
    return 0;
}

/* ---- the blocking/timeout discipline -------------------------------------------- */

static double monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void set_blocking(Sock *s, bool blocking)
{
    if (s->fd < 0)
        return;
    int fl = fcntl(s->fd, F_GETFL);
    if (fl >= 0)
        (void)fcntl(s->fd, F_SETFL, blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK);
}

static void apply_timeout(Sock *s, double t)
{
    s->timeout = t;
    set_blocking(s, t < 0);
}

/* Wait for s to be readable (writable) for at most interval seconds
 * (< 0: forever): 0 ready, 1 timed out, -1 with errno. */
static int wait_ready(Sock *s, bool writing, double interval, bool connect)
{
    if (s->fd < 0)
        return 0;    /* the call itself then fails with EBADF */
    struct pollfd p = {.fd = s->fd, .events = writing ? POLLOUT : POLLIN};
    if (connect)
        p.events |= POLLERR;
    int ms = interval < 0 ? -1 : (int)fmin(ceil(interval * 1e3), INT_MAX);
    int r = poll(&p, 1, ms);
    return r < 0 ? -1 : r == 0 ? 1 : 0;
}

/* One attempt at a system call: true when it succeeded, false with errno. */
typedef bool (*SockOp)(Sock *s, void *ctx);

/* Run op under s's timeout discipline (see the file comment).  0 on
 * success; -1 with an exception, or, when err is given, with the error
 * number stored there instead (connect_ex).  A signal handler that raises
 * always propagates. */
static int sock_call(Thread *th, Sock *s, bool writing, SockOp op, void *ctx, bool connect,
                     int *err, double timeout)
{
    bool has_timeout = timeout > 0;
    double deadline = has_timeout ? monotonic() + timeout : 0;
    for (;;) {
        if (has_timeout || connect) {
            double interval = has_timeout ? fmax(deadline - monotonic(), 0) : -1;
            int r = wait_ready(s, writing, interval, connect);
            if (r < 0) {
                int e = errno;
                if (e == EINTR) {
                    if (kr_vm_check_signals(th) < 0)
                        return -1;
                    continue;
                }
                if (err)
                    *err = e;
                else
                    errno_error(th, e);
                return -1;
            }
            if (r == 1) {
                if (err)
                    *err = ETIMEDOUT;
                else
                    kr_err_set_string(th, &kr_exc_TimeoutError, "timed out");
                return -1;
            }
        }
        while (!op(s, ctx)) {
            int e = errno;
            if (e == EINTR) {
                if (kr_vm_check_signals(th) < 0)
                    return -1;
                continue;
            }
            if (s->timeout > 0 && (e == EWOULDBLOCK || e == EAGAIN))
                goto again;
            if (err)
                *err = e;
            else
                errno_error(th, e);
            return -1;
        }
        return 0;
    again:;
    }
}

/* ---- addresses -------------------------------------------------------------------- */

/* The host part of an address tuple: str (ASCII as is, anything else
 * through the idna codec, as CPython's idna_converter), bytes or bytearray. */
static int host_arg(Thread *th, Value v, const char **out)
{
    if (kr_str_check(v) && !kr_as_str(v)->ascii) {
        Str *codec = kr_str_from_cstr(th, "idna");
        Value b = codec ? kr_bytes_encode(th, kr_as_str(v), kr_from_obj(codec), KR_VALUE_NULL)
                        : KR_VALUE_NULL;
        if (!b)
            return -1;
        v = b;
    }
    if (kr_str_check(v)) {
        size_t n;
        const char *s = kr_str_utf8(th, kr_as_str(v), &n);
        if (!s)
            return -1;
        if (strlen(s) != n) {
            kr_err_set_string(th, &kr_exc_TypeError, "host name must not contain null character");
            return -1;
        }
        *out = s;
        return 0;
    }
    if (kr_bytes_like(v)) {
        ByteView *b = KR_BYTES_VIEW(v);
        if ((int64_t)strlen((const char *)b->data) != b->len) {
            kr_err_set_string(th, &kr_exc_TypeError, "host name must not contain null character");
            return -1;
        }
        *out = (const char *)b->data;
        return 0;
    }
    kr_err_format(th, &kr_exc_TypeError, "str, bytes or bytearray expected, not %T", v);
    return -1;
}

/* CPython's setipaddr: a host name or numeric address into *addr. */
static int resolve_host(Thread *th, const char *name, SockAddr *addr, int family)
{
    if (!*name) {
        struct addrinfo hints = {.ai_family = family, .ai_socktype = SOCK_DGRAM,
                                 .ai_flags = AI_PASSIVE}, *res;
        int e = getaddrinfo(NULL, "0", &hints, &res);
        if (e) {
            raise_gai(th, e);
            return -1;
        }
        memcpy(addr, res->ai_addr, res->ai_addrlen < sizeof *addr ? res->ai_addrlen : sizeof *addr);
        freeaddrinfo(res);
        return 0;
    }
    if (!strcmp(name, "<broadcast>") || !strcmp(name, "255.255.255.255")) {
        if (family != AF_INET && family != AF_UNSPEC) {
            kr_err_set_string(th, &kr_exc_OSError, "address family mismatched");
            return -1;
        }
        addr->in4.sin_family = AF_INET;
        addr->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return 0;
    }
    if ((family == AF_INET || family == AF_UNSPEC) &&
        inet_pton(AF_INET, name, &addr->in4.sin_addr) == 1) {
        addr->in4.sin_family = AF_INET;
        return 0;
    }
    if ((family == AF_INET6 || family == AF_UNSPEC) &&
        inet_pton(AF_INET6, name, &addr->in6.sin6_addr) == 1) {
        addr->in6.sin6_family = AF_INET6;
        return 0;
    }
    struct addrinfo hints = {.ai_family = family}, *res;
    int e = getaddrinfo(name, NULL, &hints, &res);
    if (e) {
        raise_gai(th, e);
        return -1;
    }
    memcpy(addr, res->ai_addr, res->ai_addrlen < sizeof *addr ? res->ai_addrlen : sizeof *addr);
    freeaddrinfo(res);
    return 0;
}

static int unix_addr(Thread *th, Value v, SockAddr *a, socklen_t *len)
{
    const unsigned char *path;
    int64_t n;
    if (kr_str_check(v)) {
        size_t sn;
        if (!(path = (const unsigned char *)kr_str_utf8(th, kr_as_str(v), &sn)))
            return -1;
        n = (int64_t)sn;
    } else if (kr_bytes_like(v)) {
        ByteView *b = KR_BYTES_VIEW(v);
        path = b->data;
        n = b->len;
    } else if (data_arg(th, v, &path, &n) < 0) {    /* "y*": no path-like objects */
        return -1;
    }
    if ((size_t)n >= sizeof a->un.sun_path) {
        kr_err_set_string(th, &kr_exc_OSError, "AF_UNIX path too long");
        return -1;
    }
    a->un.sun_family = AF_UNIX;
    memcpy(a->un.sun_path, path, (size_t)n);
    a->un.sun_path[n] = 0;
    /* the abstract namespace (a leading NUL) counts exactly the bytes given */
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + (n && path[0] ? 1 : 0));
    return 0;
}

/* CPython's getsockaddrarg: addr, as family's sockets take it, into *a. */
static int sockaddr_arg(Thread *th, int family, Value addr, const char *caller, SockAddr *a,
                        socklen_t *len)
{
    memset(a, 0, sizeof *a);
    if (family == AF_UNIX)
        return unix_addr(th, addr, a, len);
    if (family != AF_INET && family != AF_INET6) {
        kr_err_format(th, &kr_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!kr_tuple_check(addr)) {
        kr_err_format(th, &kr_exc_TypeError, "%s(): %s address must be tuple, not %T", caller, fam, addr);
        return -1;
    }
    Tuple *t = kr_as_tuple(addr);
    const char *host;
    int port, flow = 0, scope = 0;
    bool shape_ok = family == AF_INET ? t->size == 2 : t->size >= 2 && t->size <= 4;
    if (!shape_ok) {
        kr_err_set_string(th, &kr_exc_TypeError, family == AF_INET
                          ? "AF_INET address must be a pair (host, port)"
                          : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    if (host_arg(th, t->items[0], &host) < 0 || int_arg(th, t->items[1], &port) < 0 ||
        (t->size > 2 && int_arg(th, t->items[2], &flow) < 0) ||
        (t->size > 3 && int_arg(th, t->items[3], &scope) < 0))
        return -1;
    if (resolve_host(th, host, a, family) < 0)
        return -1;
    if (port < 0 || port > 0xffff) {
        kr_err_format(th, &kr_exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    if (family == AF_INET) {
        a->in4.sin_port = htons((uint16_t)port);
        *len = sizeof a->in4;
        return 0;
    }
    if ((unsigned)flow > 0xfffff) {
        kr_err_format(th, &kr_exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    a->in6.sin6_port = htons((uint16_t)port);
    a->in6.sin6_flowinfo = htonl((uint32_t)flow);
    a->in6.sin6_scope_id = (uint32_t)scope;
    *len = sizeof a->in6;
    return 0;
}

static Value ip_string(Thread *th, const struct sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN];
    const void *src = sa->sa_family == AF_INET ? (const void *)&((const struct sockaddr_in *)sa)->sin_addr
                                                : (const void *)&((const struct sockaddr_in6 *)sa)->sin6_addr;
    if (!inet_ntop(sa->sa_family, src, buf, sizeof buf))
        return os_error(th);
    Str *s = kr_str_from_cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* CPython's makesockaddr: the Python form of a system address. */
static Value sockaddr_value(Thread *th, const SockAddr *a, socklen_t len)
{
    if (len == 0)
        return KR_NONE;
    switch (a->sa.sa_family) {
    case AF_INET: {
        Value parts[2] = {ip_string(th, &a->sa), kr_from_smallint(ntohs(a->in4.sin_port))};
        if (!parts[0])
            return KR_VALUE_NULL;
        Tuple *t = kr_tuple_from_array(th, parts, 2);
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    case AF_INET6: {
        Value parts[4] = {ip_string(th, &a->sa), kr_from_smallint(ntohs(a->in6.sin6_port)),
                          kr_from_smallint(ntohl(a->in6.sin6_flowinfo)),
                          kr_from_smallint(a->in6.sin6_scope_id)};
        if (!parts[0])
            return KR_VALUE_NULL;
        Tuple *t = kr_tuple_from_array(th, parts, 4);
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    case AF_UNIX: {
        size_t n = len > offsetof(struct sockaddr_un, sun_path)
                   ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > 0 && a->un.sun_path[0] == 0)     /* Linux's abstract namespace */
            return kr_bytes_value(kr_bytes_new(th, a->un.sun_path, (int64_t)n));
        return kr_posix_name(th, a->un.sun_path, strnlen(a->un.sun_path, n), false);
    }
    default: {
        Bytes *b = kr_bytes_new(th, a->sa.sa_data, sizeof a->sa.sa_data);
        Value parts[2] = {kr_from_smallint(a->sa.sa_family), kr_bytes_value(b)};
        Tuple *t = b ? kr_tuple_from_array(th, parts, 2) : NULL;
        return t ? kr_from_obj(t) : KR_VALUE_NULL;
    }
    }
}

/* ---- socket objects: creation and the simple methods ---------------------------- */

/* An unreachable socket still open: close it, as CPython's sock_finalize
 * does (without its ResourceWarning).  Detached sockets hold -1.  Not at
 * exit: the collector then finalizes everything left in no order, and a
 * __del__ running after this one may still use the socket (an unclosed
 * asyncio loop closes its self-pipe sockets); the system closes it. */
static void sock_finalize(void *obj, void *data, void *ctx)
{
    Sock *s = obj;
    Thread *th = ctx;
    if (th && th->vm->finalizing)
        return;
    if (s->fd >= 0)
        close(s->fd);
    s->fd = -1;
}

/* CPython's init_sockobject: since 3.7 .type hides SOCK_NONBLOCK and
 * SOCK_CLOEXEC; SOCK_NONBLOCK means a zero timeout, otherwise the default
 * timeout applies (and, if set, makes the descriptor non-blocking). */
static void sock_setup(Sock *s, int fd, int family, int type, int proto)
{
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    if (type & SOCK_NONBLOCK)
        apply_timeout(s, 0);
    else if (default_timeout >= 0)
        apply_timeout(s, default_timeout);
    else
        s->timeout = -1;
}

static Sock *sock_alloc(Thread *th, Type *t)
{
    Sock *s = kr_libutil_alloc(th, t);
    if (!s)
        return NULL;
    s->fd = -1;
    s->timeout = -1;
    kr_gc_add_finalizer(s, sock_finalize, NULL);
    return s;
}

static Sock *sock_wrap(Thread *th, int fd, int family, int type, int proto)
{
    Sock *s = sock_alloc(th, &sock_type);
    if (!s) {
        close(fd);
        return NULL;
    }
    sock_setup(s, fd, family, type, proto);
    return s;
}

static Value sock_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    Sock *s = sock_alloc(th, t);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static int opt_int(int fd, int opt, int *out)
{
    socklen_t n = sizeof *out;
    return getsockopt(fd, SOL_SOCKET, opt, out, &n);
}

/* Out of descriptors (EMFILE/ENFILE): sockets that programs drop without
 * closing are only closed by their finalizers, which under a tracing
 * collector may not have run yet (CPython's reference counts close them at
 * once).  Collect, run the finalizers, and tell the caller to retry once. */
static bool reclaim_descriptors(Thread *th, int err)
{
    if (err != EMFILE && err != ENFILE)
        return false;
    kr_gc_collect();
    kr_mod_gc_run_pending(th);
    return true;
}

/* socket(family=-1, type=-1, proto=-1, fileno=None) */
static int sock_init(Thread *th, Value self, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"family", "type", "proto", "fileno", NULL};
    Value a[4];
    if (kr_libutil_parse(th, "socket", args, nargs, kw, names, 0, 0, a) < 0)
        return -1;
    int family = -1, type = -1, proto = -1;
    if ((a[0] && int_arg(th, a[0], &family) < 0) || (a[1] && int_arg(th, a[1], &type) < 0) ||
        (a[2] && int_arg(th, a[2], &proto) < 0))
        return -1;
    Sock *s = (Sock *)kr_as_obj(self);
    int fd;
    if (a[3] && a[3] != KR_NONE) {
        if (int_arg(th, a[3], &fd) < 0)
            return -1;
        if (fd < 0) {
            kr_err_set_string(th, &kr_exc_ValueError, "negative file descriptor");
            return -1;
        }
        /* what the descriptor is, unless the caller said */
        int v;
        if (opt_int(fd, SO_TYPE, &v) < 0) {
            os_error(th);
            return -1;
        }
        if (type == -1)
            type = v;
        if (family == -1 && opt_int(fd, SO_DOMAIN, &family) < 0) {
            os_error(th);
            return -1;
        }
        if (proto == -1 && opt_int(fd, SO_PROTOCOL, &proto) < 0)
            proto = 0;
    } else {
        family = family == -1 ? AF_INET : family;
        type = type == -1 ? SOCK_STREAM : type;
        proto = proto == -1 ? 0 : proto;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0 && reclaim_descriptors(th, errno))
            fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            os_error(th);
            return -1;
        }
    }
    sock_setup(s, fd, family, type, proto);
    return 0;
}

KR_LIB_FUNC(sock_fileno) { return kr_from_smallint(SELF->fd); }

KR_LIB_FUNC(sock_close)
{
    Sock *s = SELF;
    int fd = s->fd;
    if (fd < 0)
        return KR_NONE;
    s->fd = -1;
    /* the descriptor is gone even if close() reports an error (ECONNRESET
     * is ignored, as the peer's reset is not the caller's problem) */
    if (close(fd) < 0 && errno != ECONNRESET)
        return os_error(th);
    return KR_NONE;
}

KR_LIB_FUNC(sock_detach)
{
    int fd = SELF->fd;
    SELF->fd = -1;
    return kr_from_smallint(fd);
}

KR_LIB_FUNC(sock_settimeout)
{
    double t;
    if (count_args(th, "settimeout", kw, nargs - 1, 1, 1) < 0 || timeout_arg(th, args[1], &t) < 0)
        return KR_VALUE_NULL;
    apply_timeout(SELF, t);
    return KR_NONE;
}

KR_LIB_FUNC(sock_gettimeout) { return timeout_value(th, SELF->timeout); }

KR_LIB_FUNC(sock_setblocking)
{
    if (count_args(th, "setblocking", kw, nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    /* PyLong_AsLong: an int (or __index__), not any truthy object */
    int64_t on;
    if (kr_is_float(args[1]))
        return kr_err_type_error(th, "'float' object cannot be interpreted as an integer");
    Value i = kr_object_index(th, args[1]);
    if (!i)
        return KR_VALUE_NULL;
    if (kr_is_bigint(i)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return KR_VALUE_NULL;
    }
    if (kr_int_as_i64(th, i, &on) < 0)
        return KR_VALUE_NULL;
    apply_timeout(SELF, on ? -1 : 0);
    return KR_NONE;
}

KR_LIB_FUNC(sock_getblocking) { return kr_from_bool(SELF->timeout != 0); }

static Value name_of(Thread *th, Sock *s, bool peer)
{
    SockAddr a;
    socklen_t len = sizeof a;
    memset(&a, 0, sizeof a);
    int r = peer ? getpeername(s->fd, &a.sa, &len) : getsockname(s->fd, &a.sa, &len);
    return r < 0 ? os_error(th) : sockaddr_value(th, &a, len);
}

KR_LIB_FUNC(sock_getsockname) { return name_of(th, SELF, false); }
KR_LIB_FUNC(sock_getpeername) { return name_of(th, SELF, true); }

KR_LIB_FUNC(sock_bind)
{
    SockAddr a;
    socklen_t len;
    if (count_args(th, "bind", kw, nargs - 1, 1, 1) < 0 ||
        sockaddr_arg(th, SELF->family, args[1], "bind", &a, &len) < 0)
        return KR_VALUE_NULL;
    return bind(SELF->fd, &a.sa, len) < 0 ? os_error(th) : KR_NONE;
}

KR_LIB_FUNC(sock_listen)
{
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (count_args(th, "listen", kw, nargs - 1, 0, 1) < 0 ||
        (nargs > 1 && int_arg(th, args[1], &backlog) < 0))
        return KR_VALUE_NULL;
    return listen(SELF->fd, backlog < 0 ? 0 : backlog) < 0 ? os_error(th) : KR_NONE;
}

KR_LIB_FUNC(sock_shutdown)
{
    int how;
    if (count_args(th, "shutdown", kw, nargs - 1, 1, 1) < 0 || int_arg(th, args[1], &how) < 0)
        return KR_VALUE_NULL;
    return shutdown(SELF->fd, how) < 0 ? os_error(th) : KR_NONE;
}

/* ---- connect and accept -------------------------------------------------------------- */

/* After a started connect() polled writable: the outcome from SO_ERROR. */
static bool connect_done(Sock *s, void *ctx)
{
    int err;
    if (opt_int(s->fd, SO_ERROR, &err) < 0)
        return false;
    if (err == EISCONN || err == 0)
        return true;
    errno = err;
    return false;
}

/* CPython's internal_connect: 0 connected; -1 with an exception (raise)
 * or returning the errno through *err (connect_ex). */
static int do_connect(Thread *th, Sock *s, Value addr, const char *caller, bool raise, int *out)
{
    SockAddr a;
    socklen_t len;
    if (sockaddr_arg(th, s->family, addr, caller, &a, &len) < 0)
        return -1;
    int err = connect(s->fd, &a.sa, len) < 0 ? errno : 0;
    if (!err)
        return 0;
    bool wait;
    if (err == EINTR) {
        if (kr_vm_check_signals(th) < 0)
            return -1;
        /* the connection goes on asynchronously (bpo-23618) */
        wait = s->timeout != 0;
    } else {
        wait = s->timeout != 0 && err == EINPROGRESS;
    }
    if (!wait) {
        if (raise)
            errno_error(th, err);
        *out = err;
        return -1;
    }
    if (sock_call(th, s, true, connect_done, NULL, true, raise ? NULL : out, s->timeout) < 0)
        return -1;
    return 0;
}

KR_LIB_FUNC(sock_connect)
{
    int err;
    if (count_args(th, "connect", kw, nargs - 1, 1, 1) < 0 ||
        do_connect(th, SELF, args[1], "connect", true, &err) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

KR_LIB_FUNC(sock_connect_ex)
{
    int err = 0;
    if (count_args(th, "connect_ex", kw, nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (do_connect(th, SELF, args[1], "connect_ex", false, &err) < 0 && kr_err_occurred(th))
        return KR_VALUE_NULL;
    return kr_from_smallint(err);
}

typedef struct AcceptCtx {
    SockAddr addr;
    socklen_t len;
    int fd;
} AcceptCtx;

static bool accept_once(Sock *s, void *ctx)
{
    AcceptCtx *c = ctx;
    c->len = sizeof c->addr;
    c->fd = accept4(s->fd, &c->addr.sa, &c->len, SOCK_CLOEXEC);
    return c->fd >= 0;
}

/* _accept() -> (fd, address): socket.accept() wraps the descriptor. */
KR_LIB_FUNC(sock_accept)
{
    AcceptCtx c;
    memset(&c, 0, sizeof c);
    if (sock_call(th, SELF, false, accept_once, &c, false, NULL, SELF->timeout) < 0)
        return KR_VALUE_NULL;
    Value parts[2] = {kr_from_smallint(c.fd), sockaddr_value(th, &c.addr, c.len)};
    if (!parts[1]) {
        close(c.fd);
        return KR_VALUE_NULL;
    }
    Tuple *t = kr_tuple_from_array(th, parts, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* ---- sending and receiving ------------------------------------------------------------- */

typedef struct IoCtx {
    unsigned char *buf;
    size_t len;
    int flags;
    ssize_t result;
    SockAddr addr;
    socklen_t addrlen;
    bool to;             /* sendto: addr is the destination */
} IoCtx;

/* recv, or recvfrom when the sender is wanted (c->to). */
static bool recv_once(Sock *s, void *ctx)
{
    IoCtx *c = ctx;
    c->addrlen = sizeof c->addr;
    c->result = c->addrlen && c->to ? recvfrom(s->fd, c->buf, c->len, c->flags, &c->addr.sa, &c->addrlen)
                                    : recv(s->fd, c->buf, c->len, c->flags);
    if (!c->to)
        c->addrlen = 0;
    return c->result >= 0;
}

/* MSG_NOSIGNAL: a closed peer is EPIPE (BrokenPipeError) whatever the
 * SIGPIPE disposition, as CPython gets by ignoring SIGPIPE at start-up. */
static bool send_once(Sock *s, void *ctx)
{
    IoCtx *c = ctx;
    c->result = c->to ? sendto(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, &c->addr.sa, c->addrlen)
                      : send(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL);
    return c->result >= 0;
}

/* The bytes of a recv that got `got` of the b->len bytes asked for.  A
 * large buffer mostly unused (asyncio asks for 256 KiB and a busy stream
 * delivers about 100) is copied to a block of the right size and given
 * back at once: the collector counts every byte allocated towards its
 * next collection, and kept buffers made an asyncio stream collect three
 * times as often as the data it carried asked for, while the block given
 * back is the one the next recv gets, still in the cache.  Otherwise the
 * block just shrinks in place. */
enum { RECV_FIT_MIN = 16384 };

static Bytes *fit_received(Thread *th, Bytes *b, ssize_t got)
{
    int64_t asked = b->len;
    if (asked >= RECV_FIT_MIN && got < asked - asked / 4) {
        Bytes *exact = kr_bytes_new(th, b->data, got);
        kr_gc_free(b);      /* never seen by Python code */
        return exact;
    }
    b->len = got;
    b->data[got] = 0;
    return b;
}

/* recv or recvfrom of up to n bytes: a bytes, and the sender in *from. */
static Value recv_bytes(Thread *th, Sock *s, const char *name, int64_t n, int flags, bool from,
                        Value *sender)
{
    if (n < 0) {
        kr_err_format(th, &kr_exc_ValueError, "negative buffersize in %s", name);
        return KR_VALUE_NULL;
    }
    Bytes *b = kr_bytes_alloc(th, n);
    if (!b)
        return KR_VALUE_NULL;
    if (n == 0 && !from)
        return kr_from_obj(b);  /* CPython's sock_recv_guts asks the system nothing */
    IoCtx c = {.buf = b->data, .len = (size_t)n, .flags = flags, .to = from};
    if (sock_call(th, s, false, recv_once, &c, false, NULL, s->timeout) < 0) {
        kr_gc_free(b);      /* never seen by Python code */
        return KR_VALUE_NULL;
    }
    b = fit_received(th, b, c.result);
    if (!b)
        return KR_VALUE_NULL;
    if (from && !(*sender = sockaddr_value(th, &c.addr, c.addrlen)))
        return KR_VALUE_NULL;
    return kr_from_obj(b);
}

KR_LIB_FUNC(sock_recv)
{
    int64_t n;
    int flags = 0;
    if (count_args(th, "recv", kw, nargs - 1, 1, 2) < 0 || size_arg(th, args[1], &n) < 0 ||
        (nargs > 2 && int_arg(th, args[2], &flags) < 0))
        return KR_VALUE_NULL;
    return recv_bytes(th, SELF, "recv", n, flags, false, NULL);
}

KR_LIB_FUNC(sock_recvfrom)
{
    int64_t n;
    int flags = 0;
    Value sender = KR_NONE;
    if (count_args(th, "recvfrom", kw, nargs - 1, 1, 2) < 0 || size_arg(th, args[1], &n) < 0 ||
        (nargs > 2 && int_arg(th, args[2], &flags) < 0))
        return KR_VALUE_NULL;
    Value data = recv_bytes(th, SELF, "recvfrom", n, flags, true, &sender);
    if (!data)
        return KR_VALUE_NULL;
    Value parts[2] = {data, sender};
    Tuple *t = kr_tuple_from_array(th, parts, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* recv_into / recvfrom_into: read into a writable buffer (bytearray, or a
 * writable memoryview, which is filled through slice assignment). */
static Value recv_into(Thread *th, const Value *args, size_t nargs, Tuple *kw, const char *name,
                       bool from)
{
    static const char *const names[] = {"buffer", "nbytes", "flags", NULL};
    Value a[3];
    int64_t n = 0, size;
    int flags = 0;
    if (kr_libutil_parse(th, name, args + 1, nargs - 1, kw, names, 0, 1, a) < 0 ||
        (a[1] && size_arg(th, a[1], &n) < 0) || (a[2] && int_arg(th, a[2], &flags) < 0))
        return KR_VALUE_NULL;
    Value buf = a[0];
    bool direct = kr_is_bytearray(buf);
    if (!direct && (kr_bytes_check(buf) || kr_is_str(buf) || !kr_buffer_check(buf))) {
        kr_err_format(th, &kr_exc_TypeError,
                      "%s() argument 1 must be read-write bytes-like object, not %T", name, buf);
        return KR_VALUE_NULL;
    }
    char what[48];
    if (direct) {
        size = kr_as_bytearray(buf)->len;
    } else {
        snprintf(what, sizeof what, "%s() argument 1", name);
        if (kr_buffer_writable_len(th, what, buf, &size) < 0)   /* in bytes, as CPython */
            return KR_VALUE_NULL;
    }
    if (n < 0) {
        kr_err_format(th, &kr_exc_ValueError, "negative buffersize in %s", name);
        return KR_VALUE_NULL;
    }
    if (n == 0)
        n = size;
    else if (n > size) {
        kr_err_format(th, &kr_exc_ValueError, "buffer too small for requested bytes");
        return KR_VALUE_NULL;
    }
    IoCtx c = {.len = (size_t)n, .flags = flags, .to = from};
    c.result = 0;
    if (direct) {
        /* A bytearray receives in place, counted as an export for the call
         * as CPython's "w*" pins it (as for sock_send).  Tornado's streams
         * receive into a 64 KiB bytearray per read; a scratch block each
         * time, then a copy, cost an allocation that the next
         * bytearray(65536) competed for in gc.h's cache of big blocks.
         * The count does not always stop a resize meanwhile (a signal
         * handler, another thread; see kr_buffer_exports_resize), so the
         * data is checked afterwards: if it moved, the received bytes are
         * in the block it left -- kept alive by c.buf, on this stack -- and
         * are copied to the start of the data, as the scratch block was.
         * A slide inside the block (slide_to_block_start) waits for no
         * export, and a shortened `del b[:k]` only leaves c.buf below the
         * new start, so the bytes received overwrite no live ones. */
        ByteArray *b = kr_as_bytearray(buf);
        unsigned char none;
        c.buf = n ? b->data : &none;
        int r = 0;
        if (n || from) {
            b->exports++;
            r = sock_call(th, SELF, false, recv_once, &c, false, NULL, SELF->timeout);
            b->exports--;
        }
        if (r < 0)
            return KR_VALUE_NULL;
        if (c.result > 0 && b->data != c.buf && b->len >= c.result)
            memmove(b->data, c.buf, (size_t)c.result);
    } else {
        /* a memoryview or other buffer: received into a scratch block,
         * then written through the buffer interface */
        unsigned char *tmp = kr_gc_alloc_atomic((size_t)n + 1);
        if (!tmp) {
            kr_err_no_memory(th);
            return KR_VALUE_NULL;
        }
        c.buf = tmp;
        int rc = 0;
        if ((n || from) && sock_call(th, SELF, false, recv_once, &c, false, NULL, SELF->timeout) < 0)
            rc = -1;
        else if (c.result > 0)
            rc = kr_buffer_write(th, what, buf, tmp, c.result);
        /* never seen by Python code: given back for the next receive */
        kr_gc_free(tmp);
        if (rc < 0)
            return KR_VALUE_NULL;
    }
    if (!from)
        return kr_from_smallint(c.result);
    Value parts[2] = {kr_from_smallint(c.result), sockaddr_value(th, &c.addr, c.addrlen)};
    Tuple *t = parts[1] ? kr_tuple_from_array(th, parts, 2) : NULL;
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(sock_recv_into) { return recv_into(th, args, nargs, kw, "recv_into", false); }
KR_LIB_FUNC(sock_recvfrom_into) { return recv_into(th, args, nargs, kw, "recvfrom_into", true); }

KR_LIB_FUNC(sock_send)
{
    const unsigned char *data = NULL;
    int64_t len = 0;
    int flags = 0;
    /* A bytearray is sent in place, pinned by an export for the call as
     * CPython's "y*" pins it (a resize in a signal handler meanwhile is
     * BufferError): asyncio sends its whole write buffer and keeps what
     * did not fit, so a copy per send was quadratic in the backlog. */
    ByteArray *pin = nargs > 1 && kr_is_bytearray(args[1]) ? kr_as_bytearray(args[1]) : NULL;
    if (count_args(th, "send", kw, nargs - 1, 1, 2) < 0 ||
        (!pin && data_arg(th, args[1], &data, &len) < 0) ||
        (nargs > 2 && int_arg(th, args[2], &flags) < 0))
        return KR_VALUE_NULL;
    if (pin) {
        data = pin->data ? pin->data : (const unsigned char *)"";
        len = pin->len;
        pin->exports++;
    }
    IoCtx c = {.buf = (unsigned char *)data, .len = (size_t)len, .flags = flags};
    int r = sock_call(th, SELF, true, send_once, &c, false, NULL, SELF->timeout);
    if (pin)
        pin->exports--;
    return r < 0 ? KR_VALUE_NULL : kr_from_smallint(c.result);
}

/* sendall(data[, flags]): everything, under one deadline for the whole. */
KR_LIB_FUNC(sock_sendall)
{
    const unsigned char *data;
    int64_t len;
    int flags = 0;
    Sock *s = SELF;
    if (count_args(th, "sendall", kw, nargs - 1, 1, 2) < 0 || data_arg(th, args[1], &data, &len) < 0 ||
        (nargs > 2 && int_arg(th, args[2], &flags) < 0))
        return KR_VALUE_NULL;
    double deadline = s->timeout > 0 ? monotonic() + s->timeout : 0;
    while (len > 0) {
        double left = s->timeout;
        if (s->timeout > 0 && (left = deadline - monotonic()) <= 0) {
            kr_err_set_string(th, &kr_exc_TimeoutError, "timed out");
            return KR_VALUE_NULL;
        }
        IoCtx c = {.buf = (unsigned char *)data, .len = (size_t)len, .flags = flags};
        if (sock_call(th, s, true, send_once, &c, false, NULL, left) < 0)
            return KR_VALUE_NULL;
        data += c.result;
        len -= c.result;
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* sendto(data[, flags], address) */
KR_LIB_FUNC(sock_sendto)
{
    const unsigned char *data;
    int64_t len;
    int flags = 0;
    Sock *s = SELF;
    if (kw && kw->size)
        return kr_err_type_error(th, "sendto() takes no keyword arguments");
    if (nargs != 3 && nargs != 4)
        return kr_err_type_error(th, "sendto() takes 2 or 3 arguments (%zu given)", nargs - 1);
    if (data_arg(th, args[1], &data, &len) < 0 || (nargs == 4 && int_arg(th, args[2], &flags) < 0))
        return KR_VALUE_NULL;
    IoCtx c = {.buf = (unsigned char *)data, .len = (size_t)len, .flags = flags, .to = true};
    if (sockaddr_arg(th, s->family, args[nargs - 1], "sendto", &c.addr, &c.addrlen) < 0 ||
        sock_call(th, s, true, send_once, &c, false, NULL, s->timeout) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(c.result);
}

/* ---- options ------------------------------------------------------------------------- */

/* setsockopt(level, option, value: int | buffer) or (level, option, None, optlen) */
KR_LIB_FUNC(sock_setsockopt)
{
    int level, opt;
    if (count_args(th, "setsockopt", kw, nargs - 1, 3, 4) < 0 || int_arg(th, args[1], &level) < 0 ||
        int_arg(th, args[2], &opt) < 0)
        return KR_VALUE_NULL;
    int r;
    if (nargs == 5) {
        int optlen;
        if (args[3] != KR_NONE)
            return kr_err_type_error(th, "setsockopt() argument 3 must be NoneType, not %T", args[3]);
        if (int_arg(th, args[4], &optlen) < 0)
            return KR_VALUE_NULL;
        r = setsockopt(SELF->fd, level, opt, NULL, (socklen_t)optlen);
    } else if (kr_is_int(args[3])) {
        int v;
        if (int_arg(th, args[3], &v) < 0)
            return KR_VALUE_NULL;
        r = setsockopt(SELF->fd, level, opt, &v, sizeof v);
    } else {
        const unsigned char *d;
        int64_t n;
        if (data_arg(th, args[3], &d, &n) < 0)
            return KR_VALUE_NULL;
        r = setsockopt(SELF->fd, level, opt, d, (socklen_t)n);
    }
    return r < 0 ? os_error(th) : KR_NONE;
}

/* getsockopt(level, option[, buflen]): an int, or bytes of up to buflen */
KR_LIB_FUNC(sock_getsockopt)
{
    int level, opt, buflen = 0;
    if (count_args(th, "getsockopt", kw, nargs - 1, 2, 3) < 0 || int_arg(th, args[1], &level) < 0 ||
        int_arg(th, args[2], &opt) < 0 || (nargs > 3 && int_arg(th, args[3], &buflen) < 0))
        return KR_VALUE_NULL;
    if (nargs <= 3) {
        int v = 0;
        socklen_t n = sizeof v;
        if (getsockopt(SELF->fd, level, opt, &v, &n) < 0)
            return os_error(th);
        return kr_from_smallint(v);
    }
    if (buflen <= 0 || buflen > 1024) {
        kr_err_set_string(th, &kr_exc_OSError, "getsockopt buflen out of range");
        return KR_VALUE_NULL;
    }
    unsigned char buf[1024];
    socklen_t n = (socklen_t)buflen;
    if (getsockopt(SELF->fd, level, opt, buf, &n) < 0)
        return os_error(th);
    return kr_bytes_value(kr_bytes_new(th, buf, n));
}

static Value sock_repr(Thread *th, Value v)
{
    Sock *s = (Sock *)kr_as_obj(v);
    char buf[128];
    snprintf(buf, sizeof buf, "<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd,
             s->family, s->type, s->proto);
    Str *r = kr_str_from_cstr(th, buf);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value sock_family(Thread *th, Value v) { return kr_from_smallint(((Sock *)kr_as_obj(v))->family); }
static Value sock_gettype(Thread *th, Value v) { return kr_from_smallint(((Sock *)kr_as_obj(v))->type); }
static Value sock_proto(Thread *th, Value v) { return kr_from_smallint(((Sock *)kr_as_obj(v))->proto); }
static Value sock_timeout(Thread *th, Value v) { return timeout_value(th, ((Sock *)kr_as_obj(v))->timeout); }

static const MemberDef sock_members[] = {
    {"family", 0, sock_family, NULL, "the socket family", KR_MEMBER_READONLY},
    {"type", 0, sock_gettype, NULL, "the socket type", KR_MEMBER_READONLY},
    {"proto", 0, sock_proto, NULL, "the socket protocol", KR_MEMBER_READONLY},
    {"timeout", 0, sock_timeout, NULL, "the socket timeout", KR_MEMBER_READONLY},
    {0},
};

static const MethodDef sock_methods[] = {
    {"_accept", sock_accept, "($self, /)", NULL, 0},
    {"bind", sock_bind, "($self, address, /)", NULL, 0},
    {"close", sock_close, "($self, /)", NULL, 0},
    {"connect", sock_connect, "($self, address, /)", NULL, 0},
    {"connect_ex", sock_connect_ex, "($self, address, /)", NULL, 0},
    {"detach", sock_detach, "($self, /)", NULL, 0},
    {"fileno", sock_fileno, "($self, /)", NULL, 0},
    {"getpeername", sock_getpeername, "($self, /)", NULL, 0},
    {"getsockname", sock_getsockname, "($self, /)", NULL, 0},
    {"getsockopt", sock_getsockopt, NULL, NULL, 0},
    {"setblocking", sock_setblocking, "($self, flag, /)", NULL, 0},
    {"getblocking", sock_getblocking, "($self, /)", NULL, 0},
    {"settimeout", sock_settimeout, "($self, timeout, /)", NULL, 0},
    {"gettimeout", sock_gettimeout, "($self, /)", NULL, 0},
    {"listen", sock_listen, NULL, NULL, 0},
    {"recv", sock_recv, NULL, NULL, 0},
    {"recv_into", sock_recv_into, "($self, /, buffer, nbytes=0, flags=0)", NULL, 0},
    {"recvfrom", sock_recvfrom, NULL, NULL, 0},
    {"recvfrom_into", sock_recvfrom_into, "($self, /, buffer, nbytes=0, flags=0)", NULL, 0},
    {"send", sock_send, NULL, NULL, 0},
    {"sendall", sock_sendall, NULL, NULL, 0},
    {"sendto", sock_sendto, NULL, NULL, 0},
    {"setsockopt", sock_setsockopt, NULL, NULL, 0},
    {"shutdown", sock_shutdown, "($self, how, /)", NULL, 0},
    {0},
};

static Type sock_type = {
    .hdr = {&kr_type_type}, .name = "_socket.socket", .size = sizeof(Sock),
    .flags = KR_TYPE_BASETYPE, .new_ = sock_new, .init = sock_init, .repr = sock_repr,
    .methods = sock_methods, .members = sock_members,
};


/* For _ssl (its _ssl.h declares this): the descriptor and timeout of a
 * socket object, read at each SSL operation as CPython's _ssl reads
 * sock_fd and sock_timeout.  False when v is not a socket. */
bool kr_socket_state(Value v, int *fd, double *timeout)
{
    if (!kr_is_obj(v) || !kr_type_is_subtype(kr_type_of(v), &sock_type))
        return false;
    Sock *s = (Sock *)kr_as_obj(v);
    *fd = s->fd;
    *timeout = s->timeout;
    return true;
}

/* ---- name resolution ------------------------------------------------------------------ */

static Value str_value(Thread *th, const char *s)
{
    Str *r = kr_str_from_cstr(th, s);
    return r ? kr_from_obj(r) : KR_VALUE_NULL;
}

static Value tuple_of(Thread *th, const Value *items, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (!items[i])
            return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, items, n);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
KR_LIB_FUNC(socket_getaddrinfo)
{
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    Value a[6];
    if (kr_libutil_parse(th, "getaddrinfo", args, nargs, kw, names, 0, 2, a) < 0)
        return KR_VALUE_NULL;
    const char *host = NULL, *port = NULL;
    char portbuf[32];
    if (a[0] != KR_NONE) {
        if (!kr_str_check(a[0]) && !kr_bytes_check(a[0]))
            return kr_err_type_error(th, "getaddrinfo() argument 1 must be string or None");
        if (host_arg(th, a[0], &host) < 0)
            return KR_VALUE_NULL;
    }
    if (kr_is_int(a[1])) {
        int64_t p;
        if (kr_int_as_i64(th, a[1], &p) < 0)
            return KR_VALUE_NULL;
        snprintf(portbuf, sizeof portbuf, "%lld", (long long)p);
        port = portbuf;
    } else if (kr_str_check(a[1]) || kr_bytes_check(a[1])) {
        if (host_arg(th, a[1], &port) < 0)
            return KR_VALUE_NULL;
    } else if (a[1] != KR_NONE) {
        kr_err_set_string(th, &kr_exc_OSError, "Int or String expected");
        return KR_VALUE_NULL;
    }
    int v[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++)
        if (a[i + 2] && int_arg(th, a[i + 2], &v[i]) < 0)
            return KR_VALUE_NULL;
    struct addrinfo hints = {.ai_family = v[0], .ai_socktype = v[1], .ai_protocol = v[2],
                             .ai_flags = v[3]}, *res;
    int e = getaddrinfo(host, port, &hints, &res);
    if (e)
        return raise_gai(th, e);
    List *out = kr_list_new(th, 0);
    for (struct addrinfo *r = res; out && r; r = r->ai_next) {
        SockAddr sa;
        memset(&sa, 0, sizeof sa);
        memcpy(&sa, r->ai_addr, r->ai_addrlen < sizeof sa ? r->ai_addrlen : sizeof sa);
        Value item[5] = {kr_from_smallint(r->ai_family), kr_from_smallint(r->ai_socktype),
                         kr_from_smallint(r->ai_protocol), str_value(th, r->ai_canonname ? r->ai_canonname : ""),
                         sockaddr_value(th, &sa, r->ai_addrlen)};
        Value t = tuple_of(th, item, 5);
        if (!t || kr_list_append(th, out, t) < 0)
            out = NULL;
    }
    freeaddrinfo(res);
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

/* getnameinfo(sockaddr, flags) -> (host, port) */
KR_LIB_FUNC(socket_getnameinfo)
{
    int flags, port, flow = 0, scope = 0;
    const char *host;
    if (count_args(th, "getnameinfo", kw, nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    if (!kr_tuple_check(args[0]))
        return kr_err_type_error(th, "getnameinfo() argument 1 must be a tuple");
    Tuple *t = kr_as_tuple(args[0]);
    if (t->size < 2 || t->size > 4 || host_arg(th, t->items[0], &host) < 0 ||
        int_arg(th, t->items[1], &port) < 0 || (t->size > 2 && int_arg(th, t->items[2], &flow) < 0) ||
        (t->size > 3 && int_arg(th, t->items[3], &scope) < 0)) {
        if (t->size >= 2 && t->size <= 4 && !kr_err_matches(th, &kr_exc_TypeError))
            return KR_VALUE_NULL;
        kr_err_clear(th);
        return kr_err_type_error(th, "getnameinfo(): illegal sockaddr argument");
    }
    if (int_arg(th, args[1], &flags) < 0)
        return KR_VALUE_NULL;
    if ((unsigned)flow > 0xfffff) {
        kr_err_set_string(th, &kr_exc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        return KR_VALUE_NULL;
    }
    char pbuf[16];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM,
                             .ai_flags = AI_NUMERICHOST}, *res;
    int e = getaddrinfo(host, pbuf, &hints, &res);
    if (e)
        return raise_gai(th, e);
    if (res->ai_next) {
        freeaddrinfo(res);
        kr_err_set_string(th, &kr_exc_OSError, "sockaddr resolved to multiple addresses");
        return KR_VALUE_NULL;
    }
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    memcpy(&sa, res->ai_addr, res->ai_addrlen);
    socklen_t len = res->ai_addrlen;
    freeaddrinfo(res);
    if (sa.sa.sa_family == AF_INET && t->size != 2)
        return kr_err_type_error(th, "IPv4 sockaddr must be 2 tuple");
    if (sa.sa.sa_family == AF_INET6) {
        sa.in6.sin6_flowinfo = htonl((uint32_t)flow);
        sa.in6.sin6_scope_id = (uint32_t)scope;
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    if ((e = getnameinfo(&sa.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags)))
        return raise_gai(th, e);
    Value parts[2] = {str_value(th, hbuf), str_value(th, sbuf)};
    return tuple_of(th, parts, 2);
}

KR_LIB_FUNC(socket_gethostname)
{
    char buf[1024];
    if (count_args(th, "gethostname", kw, nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    if (gethostname(buf, sizeof buf - 1) < 0)
        return os_error(th);
    buf[sizeof buf - 1] = 0;
    return str_value(th, buf);
}

/* A host name argument ("et:" in CPython: str or bytes). */
static int name_arg(Thread *th, const char *fn, Value v, const char **out)
{
    if (!kr_str_check(v) && !kr_bytes_like(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument 1 must be str, bytes or bytearray, not %T",
                      fn, v);
        return -1;
    }
    return host_arg(th, v, out);
}

KR_LIB_FUNC(socket_gethostbyname)
{
    const char *name;
    SockAddr a;
    memset(&a, 0, sizeof a);
    if (count_args(th, "gethostbyname", kw, nargs, 1, 1) < 0 ||
        name_arg(th, "gethostbyname", args[0], &name) < 0 || resolve_host(th, name, &a, AF_INET) < 0)
        return KR_VALUE_NULL;
    return ip_string(th, &a.sa);
}

/* (hostname, aliases, addresses) of a struct hostent. */
static Value hostent_value(Thread *th, struct hostent *h)
{
    List *aliases = kr_list_new(th, 0), *addrs = kr_list_new(th, 0);
    if (!aliases || !addrs)
        return KR_VALUE_NULL;
    for (char **p = h->h_aliases; p && *p; p++) {
        Value s = str_value(th, *p);
        if (!s || kr_list_append(th, aliases, s) < 0)
            return KR_VALUE_NULL;
    }
    for (char **p = h->h_addr_list; p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        Value s = str_value(th, inet_ntop(h->h_addrtype, *p, buf, sizeof buf) ? buf : "");
        if (!s || kr_list_append(th, addrs, s) < 0)
            return KR_VALUE_NULL;
    }
    Value parts[3] = {str_value(th, h->h_name), kr_from_obj(aliases), kr_from_obj(addrs)};
    return tuple_of(th, parts, 3);
}

static Value herror_value(Thread *th, int code)
{
    return coded_error(th, &herror_type, code, hstrerror(code));
}

KR_LIB_FUNC(socket_gethostbyname_ex)
{
    const char *name;
    if (count_args(th, "gethostbyname_ex", kw, nargs, 1, 1) < 0 ||
        name_arg(th, "gethostbyname_ex", args[0], &name) < 0)
        return KR_VALUE_NULL;
    struct hostent he, *res = NULL;
    char buf[16384];
    int herr = 0;
    if (gethostbyname_r(name, &he, buf, sizeof buf, &res, &herr) != 0 || !res)
        return herror_value(th, herr ? herr : HOST_NOT_FOUND);
    return hostent_value(th, res);
}

KR_LIB_FUNC(socket_gethostbyaddr)
{
    const char *name;
    SockAddr a;
    memset(&a, 0, sizeof a);
    if (count_args(th, "gethostbyaddr", kw, nargs, 1, 1) < 0 ||
        name_arg(th, "gethostbyaddr", args[0], &name) < 0 || resolve_host(th, name, &a, AF_UNSPEC) < 0)
        return KR_VALUE_NULL;
    const void *ip = a.sa.sa_family == AF_INET ? (const void *)&a.in4.sin_addr : (const void *)&a.in6.sin6_addr;
    socklen_t iplen = a.sa.sa_family == AF_INET ? sizeof a.in4.sin_addr : sizeof a.in6.sin6_addr;
    struct hostent he, *res = NULL;
    char buf[16384];
    int herr = 0;
    if (gethostbyaddr_r(ip, iplen, a.sa.sa_family, &he, buf, sizeof buf, &res, &herr) != 0 || !res)
        return herror_value(th, herr ? herr : HOST_NOT_FOUND);
    return hostent_value(th, res);
}

/* getservbyname(servicename[, protocolname]) */
KR_LIB_FUNC(socket_getservbyname)
{
    const char *name, *proto = NULL;
    if (count_args(th, "getservbyname", kw, nargs, 1, 2) < 0)
        return KR_VALUE_NULL;
    size_t n;
    if (!kr_str_check(args[0]) || (nargs > 1 && !kr_str_check(args[1])))
        return kr_err_type_error(th, "getservbyname() argument %d must be str, not %T",
                                 kr_str_check(args[0]) ? 2 : 1, kr_str_check(args[0]) ? args[1] : args[0]);
    if (!(name = kr_str_utf8(th, kr_as_str(args[0]), &n)) ||
        (nargs > 1 && !(proto = kr_str_utf8(th, kr_as_str(args[1]), &n))))
        return KR_VALUE_NULL;
    struct servent *sp = getservbyname(name, proto);
    if (!sp) {
        kr_err_set_string(th, &kr_exc_OSError, "service/proto not found");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(ntohs((uint16_t)sp->s_port));
}

/* getservbyport(port[, protocolname]) */
KR_LIB_FUNC(socket_getservbyport)
{
    int port;
    const char *proto = NULL;
    size_t n;
    if (count_args(th, "getservbyport", kw, nargs, 1, 2) < 0 || int_arg(th, args[0], &port) < 0)
        return KR_VALUE_NULL;
    if (nargs > 1) {
        if (!kr_str_check(args[1]))
            return kr_err_type_error(th, "getservbyport() argument 2 must be str, not %T", args[1]);
        if (!(proto = kr_str_utf8(th, kr_as_str(args[1]), &n)))
            return KR_VALUE_NULL;
    }
    if (port < 0 || port > 0xffff) {
        kr_err_set_string(th, &kr_exc_OverflowError, "getservbyport: port must be 0-65535.");
        return KR_VALUE_NULL;
    }
    struct servent *sp = getservbyport(htons((uint16_t)port), proto);
    if (!sp) {
        kr_err_set_string(th, &kr_exc_OSError, "port/proto not found");
        return KR_VALUE_NULL;
    }
    return str_value(th, sp->s_name);
}

KR_LIB_FUNC(socket_getprotobyname)
{
    size_t n;
    const char *name;
    if (count_args(th, "getprotobyname", kw, nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[0]))
        return kr_err_type_error(th, "getprotobyname() argument must be str, not %T", args[0]);
    if (!(name = kr_str_utf8(th, kr_as_str(args[0]), &n)))
        return KR_VALUE_NULL;
    struct protoent *p = getprotobyname(name);
    if (!p) {
        kr_err_set_string(th, &kr_exc_OSError, "protocol not found");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(p->p_proto);
}

/* ---- address and byte-order conversions ----------------------------------------------- */

static int str_arg(Thread *th, const char *fn, int argno, Value v, const char **out)
{
    size_t n;
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "%s() argument %d must be str, not %T", fn, argno, v);
        return -1;
    }
    return (*out = kr_str_utf8(th, kr_as_str(v), &n)) ? 0 : -1;
}

KR_LIB_FUNC(socket_inet_aton)
{
    const char *s;
    struct in_addr a;
    if (count_args(th, "inet_aton", kw, nargs, 1, 1) < 0 || str_arg(th, "inet_aton", 1, args[0], &s) < 0)
        return KR_VALUE_NULL;
    if (!inet_aton(s, &a)) {
        kr_err_set_string(th, &kr_exc_OSError, "illegal IP address string passed to inet_aton");
        return KR_VALUE_NULL;
    }
    return kr_bytes_value(kr_bytes_new(th, &a, sizeof a));
}

KR_LIB_FUNC(socket_inet_ntoa)
{
    const unsigned char *d;
    int64_t n;
    if (count_args(th, "inet_ntoa", kw, nargs, 1, 1) < 0 || data_arg(th, args[0], &d, &n) < 0)
        return KR_VALUE_NULL;
    if (n != 4) {
        kr_err_set_string(th, &kr_exc_OSError, "packed IP wrong length for inet_ntoa");
        return KR_VALUE_NULL;
    }
    char buf[INET_ADDRSTRLEN];
    return str_value(th, inet_ntop(AF_INET, d, buf, sizeof buf));
}

KR_LIB_FUNC(socket_inet_pton)
{
    int af;
    const char *s;
    unsigned char buf[sizeof(struct in6_addr)];
    if (count_args(th, "inet_pton", kw, nargs, 2, 2) < 0 || int_arg(th, args[0], &af) < 0 ||
        str_arg(th, "inet_pton", 2, args[1], &s) < 0)
        return KR_VALUE_NULL;
    int r = inet_pton(af, s, buf);
    if (r < 0)
        return os_error(th);
    if (r == 0) {
        kr_err_set_string(th, &kr_exc_OSError, "illegal IP address string passed to inet_pton");
        return KR_VALUE_NULL;
    }
    return kr_bytes_value(kr_bytes_new(th, buf, af == AF_INET ? 4 : 16));
}

KR_LIB_FUNC(socket_inet_ntop)
{
    int af;
    const unsigned char *d;
    int64_t n;
    if (count_args(th, "inet_ntop", kw, nargs, 2, 2) < 0 || int_arg(th, args[0], &af) < 0 ||
        data_arg(th, args[1], &d, &n) < 0)
        return KR_VALUE_NULL;
    if (af != AF_INET && af != AF_INET6) {
        kr_err_format(th, &kr_exc_ValueError, "unknown address family %d", af);
        return KR_VALUE_NULL;
    }
    if (n != (af == AF_INET ? 4 : 16)) {
        kr_err_set_string(th, &kr_exc_ValueError, "invalid length of packed IP address string");
        return KR_VALUE_NULL;
    }
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(af, d, buf, sizeof buf))
        return os_error(th);
    return str_value(th, buf);
}

/* htons/ntohs: 16 bits, with 3.11's OverflowError messages. */
static Value swap16(Thread *th, const char *fn, const Value *args, size_t nargs, Tuple *kw)
{
    int64_t x;
    if (count_args(th, fn, kw, nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value i = kr_is_float(args[0]) ? KR_VALUE_NULL : kr_object_index(th, args[0]);
    if (!i) {
        if (!kr_err_occurred(th))
            kr_err_format(th, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return KR_VALUE_NULL;
    }
    if (kr_is_bigint(i)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return KR_VALUE_NULL;
    }
    if (kr_int_as_i64(th, i, &x) < 0)
        return KR_VALUE_NULL;
    if (x < 0 || x > 0xffff) {
        bool neg = kr_object_richcompare_bool(th, i, kr_from_smallint(0), KR_LT) == 1;
        kr_err_format(th, &kr_exc_OverflowError, neg
                      ? "%s: can't convert negative Python int to C 16-bit unsigned integer"
                      : "%s: Python int too large to convert to C 16-bit unsigned integer", fn);
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(htons((uint16_t)x));
}

static Value swap32(Thread *th, const char *fn, const Value *args, size_t nargs, Tuple *kw)
{
    int64_t x;
    if (count_args(th, fn, kw, nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "expected int, %T found", args[0]);
    bool big = kr_is_bigint(args[0]) || kr_int_as_i64(th, args[0], &x) < 0;
    kr_err_clear(th);
    if (big || x < 0 || x > 0xffffffffLL) {
        bool neg = kr_object_richcompare_bool(th, args[0], kr_from_smallint(0), KR_LT) == 1;
        kr_err_set_string(th, &kr_exc_OverflowError,
                          neg ? "can't convert negative value to unsigned int" : "int larger than 32 bits");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(htonl((uint32_t)x));
}

KR_LIB_FUNC(socket_htons) { return swap16(th, "htons", args, nargs, kw); }
KR_LIB_FUNC(socket_ntohs) { return swap16(th, "ntohs", args, nargs, kw); }
KR_LIB_FUNC(socket_htonl) { return swap32(th, "htonl", args, nargs, kw); }
KR_LIB_FUNC(socket_ntohl) { return swap32(th, "ntohl", args, nargs, kw); }

/* ---- descriptors, pairs, interfaces, defaults ------------------------------------------ */

/* socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) */
KR_LIB_FUNC(socket_socketpair)
{
    int v[3] = {AF_UNIX, SOCK_STREAM, 0}, fds[2];
    if (count_args(th, "socketpair", kw, nargs, 0, 3) < 0)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (int_arg(th, args[i], &v[i]) < 0)
            return KR_VALUE_NULL;
    int r = socketpair(v[0], v[1] | SOCK_CLOEXEC, v[2], fds);
    if (r < 0 && reclaim_descriptors(th, errno))
        r = socketpair(v[0], v[1] | SOCK_CLOEXEC, v[2], fds);
    if (r < 0)
        return os_error(th);
    Sock *a = sock_wrap(th, fds[0], v[0], v[1], v[2]);
    if (!a) {
        close(fds[1]);
        return KR_VALUE_NULL;
    }
    Sock *b = sock_wrap(th, fds[1], v[0], v[1], v[2]);
    Value parts[2] = {kr_from_obj(a), b ? kr_from_obj(b) : KR_VALUE_NULL};
    return tuple_of(th, parts, 2);
}

static int fd_arg(Thread *th, Value v, int *fd)
{
    int64_t x;
    if (kr_libutil_as_ssize(th, v, &x) < 0)
        return -1;
    if (x < 0 || x > INT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *fd = (int)x;
    return 0;
}

KR_LIB_FUNC(socket_dup)
{
    int fd, r;
    if (count_args(th, "dup", kw, nargs, 1, 1) < 0 || fd_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    if ((r = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0)
        return os_error(th);
    return kr_from_smallint(r);
}

KR_LIB_FUNC(socket_close)
{
    int fd;
    if (count_args(th, "close", kw, nargs, 1, 1) < 0 || fd_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    if (close(fd) < 0 && errno != ECONNRESET)
        return os_error(th);
    return KR_NONE;
}

KR_LIB_FUNC(socket_if_nameindex)
{
    if (count_args(th, "if_nameindex", kw, nargs, 0, 0) < 0)
        return KR_VALUE_NULL;
    struct if_nameindex *ni = if_nameindex();
    if (!ni)
        return os_error(th);
    List *out = kr_list_new(th, 0);
    for (struct if_nameindex *p = ni; out && p->if_index; p++) {
        Value parts[2] = {kr_from_smallint(p->if_index), str_value(th, p->if_name)};
        Value t = tuple_of(th, parts, 2);
        if (!t || kr_list_append(th, out, t) < 0)
            out = NULL;
    }
    if_freenameindex(ni);
    return out ? kr_from_obj(out) : KR_VALUE_NULL;
}

KR_LIB_FUNC(socket_if_nametoindex)
{
    const char *name;
    if (count_args(th, "if_nametoindex", kw, nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    Value v = kr_str_check(args[0]) || kr_bytes_check(args[0]) ? args[0] : kr_posix_fspath(th, args[0]);
    if (!v || host_arg(th, v, &name) < 0)
        return KR_VALUE_NULL;
    unsigned idx = if_nametoindex(name);
    if (!idx) {
        kr_err_set_string(th, &kr_exc_OSError, "no interface with this name");
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(idx);
}

KR_LIB_FUNC(socket_if_indextoname)
{
    char buf[IF_NAMESIZE + 1];
    if (count_args(th, "if_indextoname", kw, nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (!kr_is_int(args[0]))
        return kr_err_type_error(th, "an integer is required");
    /* PyLong_AsUnsignedLong, then the C call's unsigned int */
    if (kr_object_richcompare_bool(th, args[0], kr_from_smallint(0), KR_LT) == 1) {
        kr_err_set_string(th, &kr_exc_OverflowError, "can't convert negative value to unsigned int");
        return KR_VALUE_NULL;
    }
    Value low = kr_int_binop(th, args[0], kr_int_from_i64(th, UINT_MAX), KR_OP_AND);
    int64_t idx;
    if (!low || kr_int_as_i64(th, low, &idx) < 0)
        return KR_VALUE_NULL;
    Value big = kr_int_binop(th, args[0], kr_from_smallint(64), KR_OP_RSHIFT);
    if (!big)
        return KR_VALUE_NULL;
    if (big != kr_from_smallint(0)) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Python int too large to convert to C unsigned long");
        return KR_VALUE_NULL;
    }
    if (!if_indextoname((unsigned)idx, buf))
        return os_error(th);
    return str_value(th, buf);
}

static Value cmsg_size(Thread *th, const char *fn, const Value *args, size_t nargs, Tuple *kw, bool space)
{
    int64_t n;
    if (count_args(th, fn, kw, nargs, 1, 1) < 0 || size_arg(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 0 || n > INT_MAX - 64) {
        kr_err_format(th, &kr_exc_OverflowError, "%s() argument out of range", fn);
        return KR_VALUE_NULL;
    }
    return kr_from_smallint((int64_t)(space ? CMSG_SPACE((size_t)n) : CMSG_LEN((size_t)n)));
}

KR_LIB_FUNC(socket_CMSG_LEN) { return cmsg_size(th, "CMSG_LEN", args, nargs, kw, false); }
KR_LIB_FUNC(socket_CMSG_SPACE) { return cmsg_size(th, "CMSG_SPACE", args, nargs, kw, true); }

KR_LIB_FUNC(socket_getdefaulttimeout) { return timeout_value(th, default_timeout); }

KR_LIB_FUNC(socket_setdefaulttimeout)
{
    double t;
    if (count_args(th, "setdefaulttimeout", kw, nargs, 1, 1) < 0 || timeout_arg(th, args[0], &t) < 0)
        return KR_VALUE_NULL;
    default_timeout = t;
    return KR_NONE;
}

static const MethodDef socket_functions[] = {
    {"getaddrinfo", socket_getaddrinfo, "($module, /, host, port, family=0, type=0, proto=0, flags=0)", NULL, 0},
    {"getnameinfo", socket_getnameinfo, "($module, sockaddr, flags, /)", NULL, 0},
    {"gethostname", socket_gethostname, "($module, /)", NULL, 0},
    {"gethostbyname", socket_gethostbyname, "($module, host, /)", NULL, 0},
    {"gethostbyname_ex", socket_gethostbyname_ex, "($module, host, /)", NULL, 0},
    {"gethostbyaddr", socket_gethostbyaddr, "($module, host, /)", NULL, 0},
    {"getservbyname", socket_getservbyname, NULL, NULL, 0},
    {"getservbyport", socket_getservbyport, NULL, NULL, 0},
    {"getprotobyname", socket_getprotobyname, "($module, name, /)", NULL, 0},
    {"inet_aton", socket_inet_aton, "($module, string, /)", NULL, 0},
    {"inet_ntoa", socket_inet_ntoa, "($module, packed_ip, /)", NULL, 0},
    {"inet_pton", socket_inet_pton, "($module, address_family, ip_string, /)", NULL, 0},
    {"inet_ntop", socket_inet_ntop, "($module, address_family, packed_ip, /)", NULL, 0},
    {"htons", socket_htons, "($module, x, /)", NULL, 0},
    {"ntohs", socket_ntohs, "($module, x, /)", NULL, 0},
    {"htonl", socket_htonl, "($module, x, /)", NULL, 0},
    {"ntohl", socket_ntohl, "($module, x, /)", NULL, 0},
    {"socketpair", socket_socketpair, NULL, NULL, 0},
    {"dup", socket_dup, "($module, fd, /)", NULL, 0},
    {"close", socket_close, "($module, fd, /)", NULL, 0},
    {"if_nameindex", socket_if_nameindex, "($module, /)", NULL, 0},
    {"if_nametoindex", socket_if_nametoindex, "($module, oname, /)", NULL, 0},
    {"if_indextoname", socket_if_indextoname, "($module, index, /)", NULL, 0},
    {"CMSG_LEN", socket_CMSG_LEN, "($module, length, /)", NULL, 0},
    {"CMSG_SPACE", socket_CMSG_SPACE, "($module, length, /)", NULL, 0},
    {"getdefaulttimeout", socket_getdefaulttimeout, "($module, /)", NULL, 0},
    {"setdefaulttimeout", socket_setdefaulttimeout, "($module, timeout, /)", NULL, 0},
    {0},
};

#define C(name) {#name, name}
static const struct { const char *name; long value; } socket_constants[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_NETLINK), C(AF_PACKET), C(AF_APPLETALK),
    C(AF_IPX), C(AF_X25), C(AF_ROUTE), C(AF_KEY), C(AF_BLUETOOTH), C(AF_CAN), C(AF_ALG), C(AF_VSOCK),
    C(AF_TIPC), C(AF_RDS), C(AF_SNA), C(AF_IRDA), C(AF_PPPOX), C(AF_WANPIPE), C(AF_LLC),
    C(AF_ASH), C(AF_ATMPVC), C(AF_ATMSVC), C(AF_AX25), C(AF_BRIDGE), C(AF_DECnet), C(AF_ECONET),
    C(AF_IRDA), C(AF_NETROM), C(AF_QIPCRTR), C(AF_ROSE), C(AF_SECURITY),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET),
    C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SOL_IP), C(SOL_TCP), {"SOL_UDP", IPPROTO_UDP},
    C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE),
    C(SO_DONTROUTE), C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF), C(SO_RCVBUF),
    C(SO_SNDLOWAT), C(SO_RCVLOWAT), C(SO_SNDTIMEO), C(SO_RCVTIMEO), C(SO_ERROR), C(SO_TYPE),
    C(SO_PASSCRED), C(SO_PEERCRED), C(SO_PASSSEC), C(SO_PEERSEC), C(SO_BINDTODEVICE),
    C(SO_PRIORITY), C(SO_MARK), C(SO_DOMAIN), C(SO_PROTOCOL), C(SO_INCOMING_CPU),
    C(SOMAXCONN), C(SCM_RIGHTS), C(SCM_CREDENTIALS),
    C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_TRUNC),
    C(MSG_CTRUNC), C(MSG_WAITALL), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_CONFIRM),
    C(MSG_ERRQUEUE), C(MSG_MORE), C(MSG_FASTOPEN),
    C(IPPROTO_IP), C(IPPROTO_HOPOPTS), C(IPPROTO_ICMP), C(IPPROTO_IGMP), C(IPPROTO_IPIP),
    C(IPPROTO_TCP), C(IPPROTO_EGP), C(IPPROTO_PUP), C(IPPROTO_UDP), C(IPPROTO_IDP),
    C(IPPROTO_TP), C(IPPROTO_IPV6), C(IPPROTO_ROUTING), C(IPPROTO_FRAGMENT), C(IPPROTO_RSVP),
    C(IPPROTO_GRE), C(IPPROTO_ESP), C(IPPROTO_AH), C(IPPROTO_ICMPV6), C(IPPROTO_NONE),
    C(IPPROTO_DSTOPTS), C(IPPROTO_PIM), C(IPPROTO_SCTP), C(IPPROTO_UDPLITE), C(IPPROTO_RAW),
    C(IPPROTO_MPTCP),
    C(IPPORT_RESERVED), C(IPPORT_USERRESERVED),
    C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE),
    C(INADDR_UNSPEC_GROUP), C(INADDR_ALLHOSTS_GROUP), C(INADDR_MAX_LOCAL_GROUP),
    C(IP_OPTIONS), C(IP_HDRINCL), C(IP_TOS), C(IP_TTL), C(IP_RECVOPTS), C(IP_RECVRETOPTS),
    C(IP_RECVTOS), C(IP_RETOPTS), C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP),
    C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP), C(IP_DEFAULT_MULTICAST_TTL),
    C(IP_DEFAULT_MULTICAST_LOOP), C(IP_MAX_MEMBERSHIPS), C(IP_TRANSPARENT), C(IP_BIND_ADDRESS_NO_PORT),
    C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP), C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_IF),
    C(IPV6_MULTICAST_LOOP), C(IPV6_UNICAST_HOPS), C(IPV6_V6ONLY), C(IPV6_CHECKSUM),
    C(IPV6_DONTFRAG), C(IPV6_DSTOPTS), C(IPV6_HOPLIMIT), C(IPV6_HOPOPTS), C(IPV6_NEXTHOP),
    C(IPV6_PKTINFO), C(IPV6_RECVDSTOPTS), C(IPV6_RECVHOPLIMIT), C(IPV6_RECVHOPOPTS),
    C(IPV6_RECVPKTINFO), C(IPV6_RECVRTHDR), C(IPV6_RECVTCLASS), C(IPV6_RTHDR),
    C(IPV6_RTHDRDSTOPTS), C(IPV6_RTHDR_TYPE_0), C(IPV6_RECVPATHMTU), C(IPV6_TCLASS),
    C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
    C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP), C(TCP_INFO),
    C(TCP_QUICKACK), C(TCP_FASTOPEN), C(TCP_CONGESTION), C(TCP_USER_TIMEOUT),
    C(TCP_NOTSENT_LOWAT),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED),
    C(AI_ALL), C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM),
    C(NI_MAXHOST), C(NI_MAXSERV),
    C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY),
    C(EAI_NODATA), C(EAI_NONAME), C(EAI_OVERFLOW), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM),
};
#undef C

int kr_mod__socket_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "_socket", socket_functions);
    if (!m || kr_type_ready(th, &herror_type) < 0 || kr_type_ready(th, &gaierror_type) < 0 ||
        kr_libutil_add_type(th, m, &sock_type) < 0 ||
        kr_libutil_add_value(th, m, "SocketType", kr_from_obj(&sock_type)) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&kr_exc_OSError)) < 0 ||
        kr_libutil_add_value(th, m, "timeout", kr_from_obj(&kr_exc_TimeoutError)) < 0 ||
        kr_libutil_add_value(th, m, "herror", kr_from_obj(&herror_type)) < 0 ||
        kr_libutil_add_value(th, m, "gaierror", kr_from_obj(&gaierror_type)) < 0 ||
        kr_libutil_add_value(th, m, "has_ipv6", KR_TRUE) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(socket_constants); i++)
        if (kr_libutil_add_value(th, m, socket_constants[i].name,
                                 kr_from_smallint(socket_constants[i].value)) < 0)
            return -1;
    return 0;
}
