/*
 * _ssl_socket.c -- _ssl._SSLSocket (one TLS connection: an SSL over a
 * socket's descriptor or over a pair of MemoryBIOs), MemoryBIO and
 * SSLSession.
 *
 * I/O follows CPython's loops: each operation calls SSL_* and, when
 * OpenSSL wants the socket readable or writable, waits with poll() under
 * the socket's timeout (one deadline per operation).  The socket's mode
 * decides: blocking (timeout < 0) lets the kernel block inside OpenSSL;
 * with a timeout the descriptor is non-blocking (the socket made it so)
 * and the loop polls; non-blocking (0) and MemoryBIO connections raise
 * SSLWantReadError/SSLWantWriteError for the caller to retry.
 *
 * THREADS.  krait has no GIL, and an SSL may not be used by two threads
 * at once: every SSL_* call on a connection holds its recursive mutex
 * (recursive because the SNI callback may run Python code that touches
 * the same object).  The mutex is released before poll(), so a reader
 * waiting for data does not stop a writer.  A blocking socket still waits
 * inside OpenSSL with the mutex held (differences.md).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <time.h>

#include "modules/_ssl.h"
#include "modules/comprutil.h"
#include "modules/libutil.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

#define SSELF ((SslSocket *)kr_as_obj(args[0]))
#define SOBJ(v) ((SslSocket *)kr_as_obj(v))

/* The lines of CPython 3.11's _ssl.c whose errors these are (_ssl.h). */
enum { LINE_HANDSHAKE = 992, LINE_WRITE = 2393, LINE_READ = 2546, LINE_SHUTDOWN = 2672 };

/* Freed without a shutdown, OpenSSL drops the connection's session from
 * the cache and marks it not resumable -- whenever the collector gets
 * here, perhaps after the program handed that session to a new
 * connection (under the GC stress build nothing resumed).  So the
 * connection counts as shut down unless it failed, as CPython 3.12's
 * dealloc does (3.11 copies every session it hands out instead). */
static void socket_finalize(void *obj, void *data, void *ctx)
{
    SslSocket *s = obj;
    if (s->ssl && s->err_ssl == SSL_ERROR_NONE)
        SSL_set_shutdown(s->ssl, SSL_SENT_SHUTDOWN | SSL_get_shutdown(s->ssl));
    if (s->ssl)
        SSL_free(s->ssl);
    s->ssl = NULL;
    pthread_mutex_destroy(&s->lock);
}

static Value no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

static void lock(SslSocket *s) { pthread_mutex_lock(&s->lock); }
static void unlock(SslSocket *s) { pthread_mutex_unlock(&s->lock); }

/* ---- sessions -------------------------------------------------------------------- */

static void session_finalize(void *obj, void *data, void *ctx)
{
    SslSession *s = obj;
    SSL_SESSION_free(s->session);
    s->session = NULL;
}

static int set_session(Thread *th, SslSocket *s, Value v)
{
    if (!kr_is_type(v, &kr_ssl_session_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Value is not a SSLSession.");
        return -1;
    }
    SslSession *sess = (SslSession *)kr_as_obj(v);
    if (((SslContext *)kr_as_obj(s->ctx))->ctx != ((SslContext *)kr_as_obj(sess->ctx))->ctx) {
        kr_err_set_string(th, &kr_exc_ValueError, "Session refers to a different SSLContext.");
        return -1;
    }
    if (s->server_side) {
        kr_err_set_string(th, &kr_exc_ValueError, "Cannot set session for server-side SSLSocket.");
        return -1;
    }
    lock(s);
    int finished = SSL_is_init_finished(s->ssl);
    int ok = finished ? 1 : SSL_set_session(s->ssl, sess->session);
    unlock(s);
    if (finished) {
        kr_err_set_string(th, &kr_exc_ValueError, "Cannot set session after handshake.");
        return -1;
    }
    if (!ok) {
        kr_ssl_error_lib(th, NULL, 0, 2840);
        return -1;
    }
    return 0;
}

/* ---- creation --------------------------------------------------------------------- */

/* SNI and host name checking for a client (CPython's _ssl_configure_hostname). */
static int configure_hostname(Thread *th, SslSocket *s, Value host)
{
    size_t n;
    const char *name = kr_str_utf8(th, kr_as_str(host), &n);
    if (!name)
        return -1;
    if (!n || name[0] == '.') {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "server_hostname cannot be an empty string or start with a leading dot.");
        return -1;
    }
    if (strlen(name) != n) {
        kr_err_set_string(th, &kr_exc_ValueError, "embedded null character");
        return -1;
    }
    ASN1_OCTET_STRING *ip = a2i_IPADDRESS(name);
    if (!ip) {
        ERR_clear_error();
        if (!SSL_set_tlsext_host_name(s->ssl, name)) {
            kr_ssl_error_lib(th, NULL, 0, 860);
            return -1;
        }
    }
    int ok = 1;
    if (((SslContext *)kr_as_obj(s->ctx))->check_hostname) {
        X509_VERIFY_PARAM *param = SSL_get0_param(s->ssl);
        ok = ip ? X509_VERIFY_PARAM_set1_ip(param, ASN1_STRING_get0_data(ip), (size_t)ASN1_STRING_length(ip))
                : X509_VERIFY_PARAM_set1_host(param, name, n);
    }
    if (ip)
        ASN1_STRING_free(ip);
    if (!ok) {
        kr_ssl_error_lib(th, NULL, 0, 880);
        return -1;
    }
    s->server_hostname = host;
    return 0;
}

Value kr_ssl_socket_new(Thread *th, SslContext *ctx, Value sock, bool server_side, Value hostname,
                        Value owner, Value session, Value inbio, Value outbio)
{
    if (server_side && ctx->protocol == KR_PROTO_TLS_CLIENT) {
        kr_ssl_error_lib(th, "Cannot create a server socket with a PROTOCOL_TLS_CLIENT context", 0, 788);
        return KR_VALUE_NULL;
    }
    if (!server_side && ctx->protocol == KR_PROTO_TLS_SERVER) {
        kr_ssl_error_lib(th, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context", 0, 795);
        return KR_VALUE_NULL;
    }
    SslSocket *s = kr_libutil_alloc(th, &kr_ssl_socket_type);
    if (!s)
        return KR_VALUE_NULL;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&s->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    s->ssl = SSL_new(ctx->ctx);
    if (!s->ssl) {
        kr_ssl_error_lib(th, NULL, 0, 830);
        return KR_VALUE_NULL;
    }
    kr_gc_add_finalizer(s, socket_finalize, NULL);
    s->ctx = kr_from_obj(ctx);
    s->server_side = server_side;
    s->server_hostname = KR_NONE;
    SSL_set_app_data(s->ssl, s);
    SSL_set_mode(s->ssl, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_AUTO_RETRY);
    if (ctx->post_handshake_auth) {
        if (server_side) {
            int mode = SSL_get_verify_mode(s->ssl);
            if (mode & SSL_VERIFY_PEER)
                SSL_set_verify(s->ssl, mode | SSL_VERIFY_POST_HANDSHAKE, SSL_get_verify_callback(s->ssl));
        } else
            SSL_set_post_handshake_auth(s->ssl, 1);
    }
    if (hostname != KR_NONE && configure_hostname(th, s, hostname) < 0)
        return KR_VALUE_NULL;
    if (sock) {
        int fd;
        double timeout;
        kr_socket_state(sock, &fd, &timeout);
        SSL_set_fd(s->ssl, fd);
        if (timeout >= 0) {
            BIO_set_nbio(SSL_get_rbio(s->ssl), 1);
            BIO_set_nbio(SSL_get_wbio(s->ssl), 1);
        }
        s->sock = sock;
    } else {
        MemBio *in = (MemBio *)kr_as_obj(inbio), *out = (MemBio *)kr_as_obj(outbio);
        BIO_up_ref(in->bio);
        BIO_up_ref(out->bio);
        SSL_set_bio(s->ssl, in->bio, out->bio);
        s->inbio = inbio;
        s->outbio = outbio;
    }
    if (server_side)
        SSL_set_accept_state(s->ssl);
    else
        SSL_set_connect_state(s->ssl);
    if (owner && owner != KR_NONE)
        s->owner = owner;
    if (session && session != KR_NONE && set_session(th, s, session) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(s);
}

/* ---- the I/O discipline ------------------------------------------------------------ */

typedef enum {
    SOCK_OK, SOCK_TIMED_OUT, SOCK_CLOSED, SOCK_NONBLOCKING, SOCK_BLOCKING
} SockState;

typedef struct Io {
    double timeout;      /* the socket's, then what is left of it */
    double deadline;
    bool has_timeout;
} Io;

static double monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Start an operation: the socket's current mode decides the BIOs'
 * blocking mode (it may have changed since the wrap) and the deadline. */
static void io_begin(SslSocket *s, Io *io)
{
    int fd;
    io->timeout = 0;
    if (s->sock) {
        kr_socket_state(s->sock, &fd, &io->timeout);
        lock(s);
        BIO_set_nbio(SSL_get_rbio(s->ssl), io->timeout >= 0);
        BIO_set_nbio(SSL_get_wbio(s->ssl), io->timeout >= 0);
        unlock(s);
    }
    io->has_timeout = io->timeout > 0;
    io->deadline = io->has_timeout ? monotonic() + io->timeout : 0;
}

/* Wait for the socket (CPython's PySSL_select); the mutex is not held. */
static SockState io_wait(SslSocket *s, Io *io, bool writing)
{
    if (io->has_timeout)
        io->timeout = io->deadline - monotonic();
    if (!s->sock || io->timeout == 0)
        return SOCK_NONBLOCKING;
    if (io->timeout < 0)
        return io->has_timeout ? SOCK_TIMED_OUT : SOCK_BLOCKING;
    int fd;
    double unused;
    kr_socket_state(s->sock, &fd, &unused);
    if (fd < 0)
        return SOCK_CLOSED;
    struct pollfd p = {.fd = fd, .events = writing ? POLLOUT : POLLIN};
    int ms = (int)fmin(ceil(io->timeout * 1e3), INT_MAX);
    return poll(&p, 1, ms) == 0 ? SOCK_TIMED_OUT : SOCK_OK;
}

/* After an SSL_* call: where to wait, if OpenSSL wants to. */
static SockState io_want(SslSocket *s, Io *io)
{
    if (s->err_ssl == SSL_ERROR_WANT_READ)
        return io_wait(s, io, false);
    if (s->err_ssl == SSL_ERROR_WANT_WRITE)
        return io_wait(s, io, true);
    return SOCK_OK;
}

static bool wants_io(SslSocket *s)
{
    return s->err_ssl == SSL_ERROR_WANT_READ || s->err_ssl == SSL_ERROR_WANT_WRITE;
}

/* Record SSL_get_error after a call (under the mutex). */
static void note_result(SslSocket *s, bool failed, int ret)
{
    s->err_errno = failed ? errno : 0;
    s->err_ssl = failed ? SSL_get_error(s->ssl, ret) : SSL_ERROR_NONE;
}

/* Raise for a wait that ended badly; false when the loop goes on. */
static bool wait_failed(Thread *th, SockState st, const char *timeout_msg)
{
    if (st == SOCK_TIMED_OUT) {
        kr_err_set_string(th, &kr_exc_TimeoutError, timeout_msg);
        return true;
    }
    if (st == SOCK_CLOSED) {
        kr_err_set_string(th, &kr_ssl_error_type, "Underlying socket has been closed.");
        return true;
    }
    return false;
}

/* An exception _msg_callback raised during the last SSL_* call: raise it. */
static bool callback_failed(Thread *th, SslSocket *s)
{
    if (!s->exc)
        return false;
    kr_err_set(th, s->exc);
    s->exc = KR_VALUE_NULL;
    return true;
}

/* One SSL_* call, made under the mutex; it records its result with
 * note_result and sets *finished to end the retries early (a clean EOF). */
typedef int (*SslOp)(SslSocket *s, void *arg, bool *finished);

/* Retry op while OpenSSL wants the socket, as CPython's _ssl.c loops:
 * signals are checked after every try, and each wait honours the socket's
 * timeout.  False with an exception set; else *ret is op's last result. */
static bool io_retry(Thread *th, SslSocket *s, Io *io, SslOp op, void *arg, const char *timeout_msg,
                     int *ret)
{
    do {
        bool finished = false;
        lock(s);
        errno = 0;
        *ret = op(s, arg, &finished);
        unlock(s);
        if (kr_vm_check_signals(th) < 0)
            return false;
        if (finished)
            break;
        SockState st = io_want(s, io);
        if (wait_failed(th, st, timeout_msg))
            return false;
        if (st == SOCK_NONBLOCKING)
            break;
    } while (wants_io(s));
    return !callback_failed(th, s);
}

/* ---- handshake, read, write, shutdown ------------------------------------------------- */

static int op_handshake(SslSocket *s, void *arg, bool *finished)
{
    int ret = SSL_do_handshake(s->ssl);
    note_result(s, ret < 1, ret);
    return ret;
}

KR_LIB_FUNC(socket_do_handshake)
{
    if (kr_call_check_args(th, "do_handshake", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    Io io;
    io_begin(s, &io);
    int ret;
    if (!io_retry(th, s, &io, op_handshake, NULL, "_ssl.c:975: The handshake operation timed out", &ret))
        return KR_VALUE_NULL;
    if (ret < 1) {
        kr_ssl_error_call(th, s, ret, LINE_HANDSHAKE);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

typedef struct ReadArgs {
    unsigned char *mem;
    size_t len, count;
} ReadArgs;

/* A close_notify already received reads as a clean end of file. */
static int op_read(SslSocket *s, void *arg, bool *finished)
{
    ReadArgs *a = arg;
    int ret = SSL_read_ex(s->ssl, a->mem, a->len, &a->count);
    note_result(s, ret == 0, ret);
    if (s->err_ssl == SSL_ERROR_ZERO_RETURN && SSL_get_shutdown(s->ssl) == SSL_RECEIVED_SHUTDOWN) {
        a->count = 0;
        *finished = true;
        return 1;
    }
    return ret;
}

/* read(len=1024, buffer=None): bytes, or how many bytes went into buffer. */
KR_LIB_FUNC(socket_read)
{
    if (kr_libutil_no_keywords(th, "read", kw) < 0 || kr_libutil_check_positional(th, "read", nargs - 1, 1, 2) < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    int64_t len;
    if (kr_comprutil_as_ssize(th, args[1], &len) < 0)
        return KR_VALUE_NULL;
    bool into = nargs > 2;
    if (!into && len < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "size should not be negative");
        return KR_VALUE_NULL;
    }
    Buffer view = {0};
    unsigned char *mem;
    Bytes *dest = NULL;
    if (into) {
        if (kr_buffer_get(th, args[2], &view, KR_BUF_WRITABLE) < 0)
            return KR_VALUE_NULL;
        if (len <= 0 || len > view.len)
            len = view.len;
        mem = view.buf;
    } else {
        if (!(dest = kr_bytes_alloc(th, len)))
            return KR_VALUE_NULL;
        mem = dest->data;
    }
    Value result = KR_VALUE_NULL;
    size_t count = 0;
    if (len == 0) {
        result = into ? kr_from_smallint(0) : kr_from_obj(dest);
        goto done;
    }
    Io io;
    io_begin(s, &io);
    ReadArgs ra = {mem, (size_t)len, 0};
    int ret;
    if (!io_retry(th, s, &io, op_read, &ra, "The read operation timed out", &ret))
        goto done;
    count = ra.count;
    if (ret == 0) {
        kr_ssl_error_call(th, s, ret, LINE_READ);
        goto done;
    }
    if (into)
        result = kr_int_from_i64(th, (int64_t)count);
    else {
        dest->len = (int64_t)count;     /* shrink in place: nobody else has it yet */
        dest->data[count] = 0;
        result = kr_from_obj(dest);
    }
done:
    if (into)
        kr_buffer_release(&view);
    return result;
}

typedef struct WriteArgs {
    const unsigned char *p;
    size_t len, count;
} WriteArgs;

static int op_write(SslSocket *s, void *arg, bool *finished)
{
    WriteArgs *a = arg;
    int ret = SSL_write_ex(s->ssl, a->p, a->len, &a->count);
    note_result(s, ret == 0, ret);
    return ret;
}

KR_LIB_FUNC(socket_write)
{
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    const unsigned char *p;
    int64_t n;
    if (kr_bytes_view(th, args[1], &p, &n) < 0)
        return KR_VALUE_NULL;
    if (n > INT_MAX) {
        kr_err_format(th, &kr_exc_OverflowError, "string longer than %d bytes", INT_MAX);
        return KR_VALUE_NULL;
    }
    Io io;
    io_begin(s, &io);
    if (wait_failed(th, io_wait(s, &io, true), "The write operation timed out"))
        return KR_VALUE_NULL;
    WriteArgs wa = {p, (size_t)n, 0};
    int ret;
    if (!io_retry(th, s, &io, op_write, &wa, "The write operation timed out", &ret))
        return KR_VALUE_NULL;
    if (ret == 0) {
        kr_ssl_error_call(th, s, ret, LINE_WRITE);
        return KR_VALUE_NULL;
    }
    return kr_int_from_i64(th, (int64_t)wa.count);
}

KR_LIB_FUNC(socket_pending)
{
    if (kr_call_check_args(th, "pending", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    lock(SSELF);
    int n = SSL_pending(SSELF->ssl);
    unlock(SSELF);
    return kr_from_smallint(n);
}

/* shutdown(): the close_notify exchange; returns the socket (None over
 * MemoryBIOs).  SSL_shutdown is tried twice at most, as CPython does. */
KR_LIB_FUNC(socket_shutdown)
{
    if (kr_call_check_args(th, "shutdown", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    if (s->sock) {
        int fd;
        double t;
        kr_socket_state(s->sock, &fd, &t);
        if (fd < 0) {
            kr_ssl_error_lib(th, "Underlying socket connection gone", KR_SSL_ERROR_NO_SOCKET, 2608);
            return KR_VALUE_NULL;
        }
    }
    Io io;
    io_begin(s, &io);
    int ret, zeros = 0;
    for (;;) {
        lock(s);
        if (s->shutdown_seen_zero)
            SSL_set_read_ahead(s->ssl, 0);
        errno = 0;
        ret = SSL_shutdown(s->ssl);
        note_result(s, ret < 0, ret);
        unlock(s);
        if (ret > 0)
            break;
        if (ret == 0) {
            if (++zeros > 1)
                break;
            s->shutdown_seen_zero = true;
            continue;
        }
        bool reading = s->err_ssl == SSL_ERROR_WANT_READ;
        if (!wants_io(s))
            break;
        SockState st = io_want(s, &io);
        if (st == SOCK_TIMED_OUT) {
            kr_err_set_string(th, &kr_exc_TimeoutError,
                              reading ? "The read operation timed out" : "The write operation timed out");
            return KR_VALUE_NULL;
        }
        if (st != SOCK_OK)
            break;
    }
    if (callback_failed(th, s))
        return KR_VALUE_NULL;
    if (ret < 0) {
        kr_ssl_error_call(th, s, ret, LINE_SHUTDOWN);
        return KR_VALUE_NULL;
    }
    return s->sock ? s->sock : KR_NONE;
}

/* ---- what the connection knows -------------------------------------------------------- */

static bool handshake_done(SslSocket *s)
{
    lock(s);
    bool done = SSL_is_init_finished(s->ssl);
    unlock(s);
    return done;
}

/* getpeercert(binary_form=False) */
KR_LIB_FUNC(socket_getpeercert)
{
    static const char *const names[] = {"der", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "getpeercert", args + 1, nargs - 1, kw, names, 1, 0, a) < 0)
        return KR_VALUE_NULL;
    int binary = a[0] ? kr_object_truth(th, a[0]) : 0;
    if (binary < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    if (!handshake_done(s)) {
        kr_err_set_string(th, &kr_exc_ValueError, "handshake not done yet");
        return KR_VALUE_NULL;
    }
    lock(s);
    X509 *cert = SSL_get1_peer_certificate(s->ssl);
    int verify = SSL_CTX_get_verify_mode(SSL_get_SSL_CTX(s->ssl));
    unlock(s);
    if (!cert)
        return KR_NONE;
    Value r;
    if (binary)
        r = kr_ssl_cert_der(th, cert);
    else if (!(verify & SSL_VERIFY_PEER)) {
        Dict *d = kr_dict_new(th);
        r = d ? kr_from_obj(d) : KR_VALUE_NULL;
    } else
        r = kr_ssl_decode_cert(th, cert);
    X509_free(cert);
    return r;
}

/* (name, protocol version, secret bits) */
static Value cipher_tuple(Thread *th, const SSL_CIPHER *c)
{
    Value items[3] = {kr_ssl_str(th, SSL_CIPHER_get_name(c)), kr_ssl_str(th, SSL_CIPHER_get_version(c)),
                      kr_from_smallint(SSL_CIPHER_get_bits(c, NULL))};
    if (!items[0] || !items[1])
        return KR_VALUE_NULL;
    Tuple *t = kr_tuple_from_array(th, items, 3);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

KR_LIB_FUNC(socket_cipher)
{
    if (kr_call_check_args(th, "cipher", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    lock(SSELF);
    const SSL_CIPHER *c = SSL_get_current_cipher(SSELF->ssl);
    unlock(SSELF);
    return c ? cipher_tuple(th, c) : KR_NONE;
}

/* All the ciphers the connection may use (what CPython 3.11 returns,
 * not only those both sides offer). */
KR_LIB_FUNC(socket_shared_ciphers)
{
    if (kr_call_check_args(th, "shared_ciphers", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    lock(s);
    STACK_OF(SSL_CIPHER) *ciphers = SSL_get_ciphers(s->ssl);
    unlock(s);
    if (!ciphers)
        return KR_NONE;
    List *l = kr_list_new(th, 0);
    for (int i = 0; l && i < OPENSSL_sk_num((OPENSSL_STACK *)ciphers); i++) {
        Value t = cipher_tuple(th, OPENSSL_sk_value((OPENSSL_STACK *)ciphers, i));
        if (!t || kr_list_append(th, l, t) < 0)
            return KR_VALUE_NULL;
    }
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

KR_LIB_FUNC(socket_get_verified_chain)
{
    if (kr_call_check_args(th, "get_verified_chain", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    lock(SSELF);
    STACK_OF(X509) *chain = SSL_get0_verified_chain(SSELF->ssl);
    unlock(SSELF);
    return chain ? kr_ssl_cert_list(th, chain, NULL) : KR_NONE;
}

/* The peer's chain as sent; a server's lacks the client's own certificate,
 * which goes first (as CPython adds it). */
KR_LIB_FUNC(socket_get_unverified_chain)
{
    if (kr_call_check_args(th, "get_unverified_chain", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SslSocket *s = SSELF;
    lock(s);
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(s->ssl);
    X509 *peer = chain && s->server_side ? SSL_get1_peer_certificate(s->ssl) : NULL;
    unlock(s);
    return chain ? kr_ssl_cert_list(th, chain, peer) : KR_NONE;
}

KR_LIB_FUNC(socket_version)
{
    if (kr_call_check_args(th, "version", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    if (!handshake_done(SSELF))
        return KR_NONE;
    const char *v = SSL_get_version(SSELF->ssl);
    return strcmp(v, "unknown") ? kr_ssl_str(th, v) : KR_NONE;
}

KR_LIB_FUNC(socket_selected_alpn_protocol)
{
    if (kr_call_check_args(th, "selected_alpn_protocol", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    const unsigned char *out = NULL;
    unsigned int n = 0;
    lock(SSELF);
    SSL_get0_alpn_selected(SSELF->ssl, &out, &n);
    unlock(SSELF);
    if (!out)
        return KR_NONE;
    Str *s = kr_str_from_utf8(th, (const char *)out, n);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* OpenSSL 3 is built without TLS compression (and CPython disables it). */
KR_LIB_FUNC(socket_compression)
{
    if (kr_call_check_args(th, "compression", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* get_channel_binding(cb_type='tls-unique') */
KR_LIB_FUNC(socket_get_channel_binding)
{
    static const char *const names[] = {"cb_type", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "get_channel_binding", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    const char *type = "tls-unique";
    size_t tn;
    if (a[0]) {
        if (!kr_str_check(a[0])) {
            kr_err_format(th, &kr_exc_TypeError, "get_channel_binding() argument 'cb_type' must be str, not %T", a[0]);
            return KR_VALUE_NULL;
        }
        if (!(type = kr_str_utf8(th, kr_as_str(a[0]), &tn)))
            return KR_VALUE_NULL;
    }
    if (strcmp(type, "tls-unique")) {
        kr_err_format(th, &kr_exc_ValueError, "'%s' channel binding type not implemented", type);
        return KR_VALUE_NULL;
    }
    SslSocket *s = SSELF;
    unsigned char buf[64];
    lock(s);
    /* the first Finished message: ours when we are the client of a new
     * session or the server of a resumed one */
    size_t n = (SSL_session_reused(s->ssl) ^ !s->server_side) ? SSL_get_finished(s->ssl, buf, sizeof buf)
                                                              : SSL_get_peer_finished(s->ssl, buf, sizeof buf);
    unlock(s);
    if (!n)
        return KR_NONE;
    return kr_bytes_value(kr_bytes_new(th, buf, (int64_t)n));
}

KR_LIB_FUNC(socket_verify_client_post_handshake)
{
    if (kr_call_check_args(th, "verify_client_post_handshake", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    lock(SSELF);
    int ok = SSL_verify_client_post_handshake(SSELF->ssl);
    unlock(SSELF);
    if (!ok) {
        kr_ssl_error_lib(th, NULL, 0, 2780);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* ---- attributes -------------------------------------------------------------------------- */

static Value get_context(Thread *th, Value self) { return SOBJ(self)->ctx; }

static int set_context(Thread *th, Value self, Str *name, Value v)
{
    if (!v || !kr_is_obj(v) || !kr_type_is_subtype(kr_type_of(v), &kr_ssl_context_type)) {
        kr_err_set_string(th, &kr_exc_TypeError, "The value must be a SSLContext");
        return -1;
    }
    SslSocket *s = SOBJ(self);
    lock(s);
    s->ctx = v;
    SSL_set_SSL_CTX(s->ssl, ((SslContext *)kr_as_obj(v))->ctx);
    unlock(s);
    return 0;
}

static Value get_server_side(Thread *th, Value self) { return kr_from_bool(SOBJ(self)->server_side); }
static Value get_server_hostname(Thread *th, Value self) { return SOBJ(self)->server_hostname; }
static Value get_owner(Thread *th, Value self) { return SOBJ(self)->owner ? SOBJ(self)->owner : KR_NONE; }

static int set_owner(Thread *th, Value self, Str *name, Value v)
{
    SOBJ(self)->owner = v && v != KR_NONE ? v : KR_VALUE_NULL;
    return 0;
}

static Value get_session(Thread *th, Value self)
{
    SslSocket *s = SOBJ(self);
    lock(s);
    SSL_SESSION *session = SSL_get1_session(s->ssl);
    unlock(s);
    if (!session)
        return KR_NONE;
    SslSession *o = kr_libutil_alloc(th, &kr_ssl_session_type);
    if (!o) {
        SSL_SESSION_free(session);
        return KR_VALUE_NULL;
    }
    o->session = session;
    o->ctx = s->ctx;
    kr_gc_add_finalizer(o, session_finalize, NULL);
    return kr_from_obj(o);
}

static int set_session_attr(Thread *th, Value self, Str *name, Value v)
{
    if (!v) {
        kr_err_set_string(th, &kr_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    return set_session(th, SOBJ(self), v);
}

static Value get_session_reused(Thread *th, Value self)
{
    lock(SOBJ(self));
    bool r = SSL_session_reused(SOBJ(self)->ssl);
    unlock(SOBJ(self));
    return kr_from_bool(r);
}

static const MethodDef socket_methods[] = {
    {"do_handshake", socket_do_handshake, "($self, /)", NULL, 0},
    {"read", socket_read, "($self, size, buffer=None, /)", NULL, 0},
    {"write", socket_write, "($self, b, /)", NULL, 0},
    {"pending", socket_pending, "($self, /)", NULL, 0},
    {"shutdown", socket_shutdown, "($self, /)", NULL, 0},
    {"getpeercert", socket_getpeercert, "($self, der=False, /)", NULL, 0},
    {"cipher", socket_cipher, "($self, /)", NULL, 0},
    {"shared_ciphers", socket_shared_ciphers, "($self, /)", NULL, 0},
    {"get_verified_chain", socket_get_verified_chain, "($self, /)", NULL, 0},
    {"get_unverified_chain", socket_get_unverified_chain, "($self, /)", NULL, 0},
    {"version", socket_version, "($self, /)", NULL, 0},
    {"selected_alpn_protocol", socket_selected_alpn_protocol, "($self, /)", NULL, 0},
    {"compression", socket_compression, "($self, /)", NULL, 0},
    {"get_channel_binding", socket_get_channel_binding, "($self, /, cb_type='tls-unique')", NULL, 0},
    {"verify_client_post_handshake", socket_verify_client_post_handshake, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef socket_members[] = {
    {"context", 0, get_context, set_context, NULL, 0},
    {"server_side", 0, get_server_side, NULL, NULL, KR_MEMBER_READONLY},
    {"server_hostname", 0, get_server_hostname, NULL, NULL, KR_MEMBER_READONLY},
    {"owner", 0, get_owner, set_owner, NULL, 0},
    {"session", 0, get_session, set_session_attr, NULL, 0},
    {"session_reused", 0, get_session_reused, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_ssl_socket_type = {
    .hdr = {&kr_type_type}, .name = "_ssl._SSLSocket", .size = sizeof(SslSocket),
    .new_ = no_new, .methods = socket_methods, .members = socket_members,
};

/* ---- MemoryBIO ----------------------------------------------------------------------------- */

#define BSELF ((MemBio *)kr_as_obj(args[0]))

static void membio_finalize(void *obj, void *data, void *ctx)
{
    MemBio *b = obj;
    BIO_free(b->bio);
    b->bio = NULL;
}

static Value membio_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    if (nargs) {
        kr_err_set_string(th, &kr_exc_TypeError, "MemoryBIO() takes no positional arguments");
        return KR_VALUE_NULL;
    }
    if (kr_libutil_no_keywords(th, "MemoryBIO", kw) < 0)
        return KR_VALUE_NULL;
    MemBio *b = kr_libutil_alloc(th, t);
    if (!b)
        return KR_VALUE_NULL;
    b->bio = BIO_new(BIO_s_mem());
    if (!b->bio) {
        kr_err_set_string(th, &kr_exc_MemoryError, "failed to allocate BIO");
        return KR_VALUE_NULL;
    }
    kr_gc_add_finalizer(b, membio_finalize, NULL);
    /* an empty read means "no data yet", not EOF: OpenSSL retries */
    BIO_set_retry_read(b->bio);
    BIO_set_mem_eof_return(b->bio, -1);
    return kr_from_obj(b);
}

static Value membio_pending(Thread *th, Value self)
{
    return kr_from_smallint((int64_t)BIO_pending(((MemBio *)kr_as_obj(self))->bio));
}

static Value membio_eof(Thread *th, Value self)
{
    MemBio *b = (MemBio *)kr_as_obj(self);
    return kr_from_bool(BIO_pending(b->bio) == 0 && b->eof_written);
}

/* read(size=-1, /) */
KR_LIB_FUNC(membio_read)
{
    if (kr_libutil_check_positional(th, "read", nargs - 1, 0, 1) < 0)
        return KR_VALUE_NULL;
    int len = -1;
    if (nargs > 1 && kr_comprutil_as_int(th, args[1], &len) < 0)
        return KR_VALUE_NULL;
    MemBio *b = BSELF;
    int avail = (int)BIO_pending(b->bio);
    if (len < 0 || len > avail)
        len = avail;
    Bytes *r = kr_bytes_alloc(th, len);
    if (!r || len == 0)
        return kr_bytes_value(r);
    int n = BIO_read(b->bio, r->data, len);
    if (n < 0) {
        kr_ssl_error_lib(th, NULL, 0, 5006);
        return KR_VALUE_NULL;
    }
    r->len = n;
    return kr_from_obj(r);
}

KR_LIB_FUNC(membio_write)
{
    if (kr_libutil_check_positional(th, "write", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    const unsigned char *p;
    int64_t n;
    if (kr_bytes_view(th, args[1], &p, &n) < 0)
        return KR_VALUE_NULL;
    if (n > INT_MAX) {
        kr_err_format(th, &kr_exc_OverflowError, "string longer than %d bytes", INT_MAX);
        return KR_VALUE_NULL;
    }
    MemBio *b = BSELF;
    if (b->eof_written) {
        kr_err_set_string(th, &kr_ssl_error_type, "cannot write() after write_eof()");
        return KR_VALUE_NULL;
    }
    int w = BIO_write(b->bio, p, (int)n);
    if (w < 0 && n > 0) {
        kr_ssl_error_lib(th, NULL, 0, 5041);
        return KR_VALUE_NULL;
    }
    return kr_from_smallint(w < 0 ? 0 : w);
}

KR_LIB_FUNC(membio_write_eof)
{
    if (kr_call_check_args(th, "write_eof", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    MemBio *b = BSELF;
    b->eof_written = true;
    /* from now on an empty read is the real end */
    BIO_clear_retry_flags(b->bio);
    BIO_set_mem_eof_return(b->bio, 0);
    return KR_NONE;
}

static const MethodDef membio_methods[] = {
    {"read", membio_read, "($self, size=-1, /)", NULL, 0},
    {"write", membio_write, "($self, b, /)", NULL, 0},
    {"write_eof", membio_write_eof, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef membio_members[] = {
    {"pending", 0, membio_pending, NULL, "The number of bytes pending in the memory BIO.", KR_MEMBER_READONLY},
    {"eof", 0, membio_eof, NULL, "Whether the memory BIO is at EOF.", KR_MEMBER_READONLY},
    {0},
};

Type kr_ssl_membio_type = {
    .hdr = {&kr_type_type}, .name = "_ssl.MemoryBIO", .size = sizeof(MemBio),
    .new_ = membio_new, .methods = membio_methods, .members = membio_members,
};

/* ---- SSLSession ------------------------------------------------------------------------------ */

#define SESS(v) (((SslSession *)kr_as_obj(v))->session)

static Value session_time(Thread *th, Value self) { return kr_int_from_i64(th, SSL_SESSION_get_time(SESS(self))); }
static Value session_timeout(Thread *th, Value self)
{
    return kr_int_from_i64(th, SSL_SESSION_get_timeout(SESS(self)));
}
static Value session_ticket_hint(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)SSL_SESSION_get_ticket_lifetime_hint(SESS(self)));
}
static Value session_id(Thread *th, Value self)
{
    unsigned int n;
    const unsigned char *id = SSL_SESSION_get_id(SESS(self), &n);
    return kr_bytes_value(kr_bytes_new(th, id, n));
}
static Value session_has_ticket(Thread *th, Value self)
{
    return kr_from_bool(SSL_SESSION_has_ticket(SESS(self)));
}

/* Sessions are equal when their ids are (CPython's richcompare). */
static Value session_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(a, &kr_ssl_session_type) ||
        !kr_is_type(b, &kr_ssl_session_type))
        return KR_NOTIMPL;
    bool same = a == b;
    if (!same) {
        unsigned int na, nb;
        const unsigned char *ia = SSL_SESSION_get_id(SESS(a), &na), *ib = SSL_SESSION_get_id(SESS(b), &nb);
        same = na == nb && !memcmp(ia, ib, na);
    }
    return kr_from_bool(op == KR_EQ ? same : !same);
}

static const MemberDef session_members[] = {
    {"time", 0, session_time, NULL, "Session creation time (seconds since epoch).", KR_MEMBER_READONLY},
    {"timeout", 0, session_timeout, NULL, "Session timeout (delta in seconds).", KR_MEMBER_READONLY},
    {"ticket_lifetime_hint", 0, session_ticket_hint, NULL, "Ticket life time hint.", KR_MEMBER_READONLY},
    {"id", 0, session_id, NULL, "Session id", KR_MEMBER_READONLY},
    {"has_ticket", 0, session_has_ticket, NULL, "Does the session contain a ticket?", KR_MEMBER_READONLY},
    {0},
};

Type kr_ssl_session_type = {
    .hdr = {&kr_type_type}, .name = "_ssl.SSLSession", .size = sizeof(SslSession),
    .new_ = no_new, .richcompare = session_richcompare, .hash = kr_object_unhashable,
    .members = session_members,
};
