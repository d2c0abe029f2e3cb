/*
 * _ssl_context.c -- _ssl._SSLContext, the SSL_CTX that ssl.SSLContext
 * subclasses: protocol and options, verification settings, certificates
 * and keys, ciphers, ALPN, SNI, and the factories of _SSLSocket objects.
 *
 * The password callback of load_cert_chain gets a PwInfo on the C stack
 * of the calling thread (scanned by the collector), never a Python object
 * stored in OpenSSL's memory.  The ALPN and SNI callbacks find their
 * context through the SSL's app data (the SslSocket, see _ssl.h MEMORY).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "modules/_ssl.h"
#include "modules/comprutil.h"
#include "modules/gcmodule.h"
#include "modules/libutil.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/oserror.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/thread.h"

#define CTX(v) ((SslContext *)kr_as_obj(v))

static void context_finalize(void *obj, void *data, void *ctx)
{
    SslContext *c = obj;
    SSL_CTX_free(c->ctx);
    c->ctx = NULL;
}

/* CPython's _set_verify_mode. */
static int set_verify_mode(Thread *th, SslContext *c, int n)
{
    int mode;
    switch (n) {
    case 0: mode = SSL_VERIFY_NONE; break;
    case 1: mode = SSL_VERIFY_PEER; break;
    case 2: mode = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT; break;
    default:
        kr_err_set_string(th, &kr_exc_ValueError, "invalid value for verify_mode");
        return -1;
    }
    SSL_CTX_set_verify(c->ctx, mode, SSL_CTX_get_verify_callback(c->ctx));
    return 0;
}

static const SSL_METHOD *protocol_method(Thread *th, int proto)
{
    switch (proto) {
    case KR_PROTO_TLS1:
        return kr_ssl_deprecated(th, "ssl.PROTOCOL_TLSv1 is deprecated") < 0 ? NULL : TLSv1_method();
    case KR_PROTO_TLS1_1:
        return kr_ssl_deprecated(th, "ssl.PROTOCOL_TLSv1_1 is deprecated") < 0 ? NULL : TLSv1_1_method();
    case KR_PROTO_TLS1_2:
        return kr_ssl_deprecated(th, "ssl.PROTOCOL_TLSv1_2 is deprecated") < 0 ? NULL : TLSv1_2_method();
    case KR_PROTO_TLS:
        return kr_ssl_deprecated(th, "ssl.PROTOCOL_TLS is deprecated") < 0 ? NULL : TLS_method();
    case KR_PROTO_TLS_CLIENT:
        return TLS_client_method();
    case KR_PROTO_TLS_SERVER:
        return TLS_server_method();
    default:
        kr_err_format(th, &kr_exc_ValueError, "invalid or unsupported protocol version %d", proto);
        return NULL;
    }
}

/* _SSLContext(protocol): CPython's defaults (options, ciphers, verify
 * mode by protocol, trusted-first chain building). */
static Value context_new(Thread *th, Type *t, const Value *args, size_t nargs, Tuple *kw)
{
    int proto;
    if (kr_libutil_no_keywords(th, "_SSLContext", kw) < 0 ||
        kr_libutil_check_positional(th, "_SSLContext", nargs, 1, 1) < 0 ||
        kr_comprutil_as_int(th, args[0], &proto) < 0)
        return KR_VALUE_NULL;
    const SSL_METHOD *method = protocol_method(th, proto);
    if (!method)
        return KR_VALUE_NULL;
    SslContext *c = kr_libutil_alloc(th, t);
    if (!c)
        return KR_VALUE_NULL;
    c->ctx = SSL_CTX_new(method);
    if (!c->ctx) {
        kr_ssl_error_lib(th, NULL, 0, 3120);
        return KR_VALUE_NULL;
    }
    kr_gc_add_finalizer(c, context_finalize, NULL);
    c->protocol = proto;
    c->hostflags = X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
    c->keylog_filename = KR_NONE;
    c->check_hostname = proto == KR_PROTO_TLS_CLIENT;
    if (set_verify_mode(th, c, c->check_hostname ? 2 : 0) < 0)
        return KR_VALUE_NULL;
    uint64_t options = (SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) | SSL_OP_NO_SSLv3 |
                       SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE |
                       SSL_OP_IGNORE_UNEXPECTED_EOF;    /* as Debian's python3.11 */ 
    SSL_CTX_set_options(c->ctx, options);
    if (!SSL_CTX_set_cipher_list(c->ctx, SSL_DEFAULT_CIPHER_LIST)) {
        ERR_clear_error();
        kr_err_set_string(th, &kr_ssl_error_type, "No cipher can be selected.");
        return KR_VALUE_NULL;
    }
    SSL_CTX_set_mode(c->ctx, SSL_MODE_RELEASE_BUFFERS);
    X509_VERIFY_PARAM *params = SSL_CTX_get0_param(c->ctx);
    X509_VERIFY_PARAM_set_flags(params, X509_V_FLAG_TRUSTED_FIRST);
    X509_VERIFY_PARAM_set_hostflags(params, c->hostflags);
    SSL_CTX_set_post_handshake_auth(c->ctx, 0);
    return kr_from_obj(c);
}

/* ---- attributes ------------------------------------------------------------------ */

static int no_delete(Thread *th, Value v)
{
    if (v)
        return 0;
    kr_err_set_string(th, &kr_exc_AttributeError, "cannot delete attribute");
    return -1;
}

static Value get_protocol(Thread *th, Value self) { return kr_from_smallint(CTX(self)->protocol); }

static Value get_options(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)SSL_CTX_get_options(CTX(self)->ctx));
}

static int set_options(Thread *th, Value self, Str *name, Value v)
{
    int64_t n;
    if (no_delete(th, v) < 0 || kr_int_as_i64(th, v, &n) < 0)
        return -1;
    SSL_CTX *ctx = CTX(self)->ctx;
    uint64_t opts = SSL_CTX_get_options(ctx), want = (uint64_t)n;
    uint64_t clear = opts & ~want, set = ~opts & want;
    uint64_t no_versions = SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 |
                           SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3;
    if ((set & no_versions) &&
        kr_ssl_deprecated(th, "ssl.OP_NO_SSL*/ssl.OP_NO_TLS* options are deprecated") < 0)
        return -1;
    if (clear)
        SSL_CTX_clear_options(ctx, clear);
    if (set)
        SSL_CTX_set_options(ctx, set);
    return 0;
}

static Value get_verify_mode(Thread *th, Value self)
{
    switch (SSL_CTX_get_verify_mode(CTX(self)->ctx) & (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT)) {
    case SSL_VERIFY_NONE: return kr_from_smallint(0);
    case SSL_VERIFY_PEER: return kr_from_smallint(1);
    case SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT: return kr_from_smallint(2);
    }
    kr_err_set_string(th, &kr_ssl_error_type, "invalid return value from SSL_CTX_get_verify_mode");
    return KR_VALUE_NULL;
}

static int set_verify_mode_attr(Thread *th, Value self, Str *name, Value v)
{
    int n;
    if (no_delete(th, v) < 0 || kr_libutil_as_int(th, v, false, &n) < 0)
        return -1;
    if (n == 0 && CTX(self)->check_hostname) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
        return -1;
    }
    return set_verify_mode(th, CTX(self), n);
}

static Value get_verify_flags(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)X509_VERIFY_PARAM_get_flags(SSL_CTX_get0_param(CTX(self)->ctx)));
}

static int set_verify_flags(Thread *th, Value self, Str *name, Value v)
{
    int64_t n;
    if (no_delete(th, v) < 0 || kr_int_as_i64(th, v, &n) < 0)
        return -1;
    X509_VERIFY_PARAM *param = SSL_CTX_get0_param(CTX(self)->ctx);
    unsigned long flags = X509_VERIFY_PARAM_get_flags(param), want = (unsigned long)n;
    unsigned long clear = flags & ~want, set = ~flags & want;
    if ((clear && !X509_VERIFY_PARAM_clear_flags(param, clear)) ||
        (set && !X509_VERIFY_PARAM_set_flags(param, set))) {
        kr_ssl_error_lib(th, NULL, 0, 3560);
        return -1;
    }
    return 0;
}

static Value get_check_hostname(Thread *th, Value self) { return kr_from_bool(CTX(self)->check_hostname); }

static int set_check_hostname(Thread *th, Value self, Str *name, Value v)
{
    int on = no_delete(th, v) < 0 ? -1 : kr_object_truth(th, v);
    if (on < 0)
        return -1;
    SslContext *c = CTX(self);
    if (on && SSL_CTX_get_verify_mode(c->ctx) == SSL_VERIFY_NONE && set_verify_mode(th, c, 2) < 0)
        return -1;
    c->check_hostname = on;
    return 0;
}

static Value get_post_handshake_auth(Thread *th, Value self)
{
    return kr_from_bool(CTX(self)->post_handshake_auth);
}

static int set_post_handshake_auth(Thread *th, Value self, Str *name, Value v)
{
    int on = no_delete(th, v) < 0 ? -1 : kr_object_truth(th, v);
    if (on < 0)
        return -1;
    CTX(self)->post_handshake_auth = on;
    return 0;
}

static Value get_host_flags(Thread *th, Value self) { return kr_from_smallint(CTX(self)->hostflags); }

static int set_host_flags(Thread *th, Value self, Str *name, Value v)
{
    int64_t n;
    if (no_delete(th, v) < 0 || kr_int_as_i64(th, v, &n) < 0)
        return -1;
    CTX(self)->hostflags = (unsigned)n;
    X509_VERIFY_PARAM_set_hostflags(SSL_CTX_get0_param(CTX(self)->ctx), (unsigned)n);
    return 0;
}

static Value get_version_bound(SslContext *c, bool max)
{
    long v = max ? SSL_CTX_get_max_proto_version(c->ctx) : SSL_CTX_get_min_proto_version(c->ctx);
    return kr_from_smallint(v ? v : max ? -1 : -2);
}

static Value get_minimum_version(Thread *th, Value self) { return get_version_bound(CTX(self), false); }
static Value get_maximum_version(Thread *th, Value self) { return get_version_bound(CTX(self), true); }

/* kr_err_format has no %x. */
static void version_error(Thread *th, const char *fmt, int n)
{
    char msg[64];
    snprintf(msg, sizeof msg, fmt, (unsigned)n);
    kr_err_set_string(th, &kr_exc_ValueError, msg);
}

/* CPython's set_min_max_proto_version. */
static int set_version_bound(Thread *th, Value self, Value v, bool max)
{
    int n;
    if (no_delete(th, v) < 0 || kr_libutil_as_int(th, v, false, &n) < 0)
        return -1;
    SslContext *c = CTX(self);
    if (c->protocol != KR_PROTO_TLS && c->protocol != KR_PROTO_TLS_CLIENT &&
        c->protocol != KR_PROTO_TLS_SERVER) {
        kr_err_set_string(th, &kr_exc_ValueError,
                          "The context's protocol doesn't support modification of highest and lowest version.");
        return -1;
    }
    const char *deprecated = n == SSL3_VERSION     ? "ssl.TLSVersion.SSLv3 is deprecated"
                             : n == TLS1_VERSION   ? "ssl.TLSVersion.TLSv1 is deprecated"
                             : n == TLS1_1_VERSION ? "ssl.TLSVersion.TLSv1_1 is deprecated"
                                                   : NULL;
    if (!deprecated && n != -2 && n != -1 && n != TLS1_2_VERSION && n != TLS1_3_VERSION) {
        version_error(th, "Unsupported TLS/SSL version 0x%x", n);
        return -1;
    }
    if (deprecated && kr_ssl_deprecated(th, deprecated) < 0)
        return -1;
    int r;
    if (!max) {
        int want = n == -2 ? 0 : n == -1 ? TLS1_3_VERSION : n;
        r = SSL_CTX_set_min_proto_version(c->ctx, want);
    } else {
        int want = n == -1 ? 0 : n == -2 ? SSL3_VERSION : n;
        r = SSL_CTX_set_max_proto_version(c->ctx, want);
    }
    if (!r) {
        version_error(th, "Unsupported protocol version 0x%x", n);
        return -1;
    }
    return 0;
}

static int set_minimum_version(Thread *th, Value self, Str *name, Value v)
{
    return set_version_bound(th, self, v, false);
}
static int set_maximum_version(Thread *th, Value self, Str *name, Value v)
{
    return set_version_bound(th, self, v, true);
}

static Value get_keylog_filename(Thread *th, Value self) { return CTX(self)->keylog_filename; }

static int set_keylog_filename(Thread *th, Value self, Str *name, Value v)
{
    if (no_delete(th, v) < 0)
        return -1;
    if (v != KR_NONE) {
        kr_err_set_string(th, &kr_exc_NotImplementedError, "krait's _ssl writes no key log");
        return -1;
    }
    CTX(self)->keylog_filename = v;
    return 0;
}

static Value get_num_tickets(Thread *th, Value self)
{
    return kr_int_from_i64(th, (int64_t)SSL_CTX_get_num_tickets(CTX(self)->ctx));
}

static int set_num_tickets(Thread *th, Value self, Str *name, Value v)
{
    int64_t n;
    if (no_delete(th, v) < 0 || kr_comprutil_as_ssize(th, v, &n) < 0)
        return -1;
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "value must be non-negative");
        return -1;
    }
    if (CTX(self)->protocol != KR_PROTO_TLS_SERVER) {
        kr_err_set_string(th, &kr_exc_ValueError, "SSLContext is not a server context.");
        return -1;
    }
    if (SSL_CTX_set_num_tickets(CTX(self)->ctx, (size_t)n) != 1) {
        kr_err_set_string(th, &kr_exc_TypeError, "failed to set num tickets.");
        return -1;
    }
    return 0;
}

static Value get_security_level(Thread *th, Value self)
{
    return kr_from_smallint(SSL_CTX_get_security_level(CTX(self)->ctx));
}

/* ---- SNI ------------------------------------------------------------------------------ */

/* The servername callback: sni_callback(sslobject, servername, context);
 * None accepts, an int is the alert to send, an exception is reported as
 * unraisable and fails the handshake (CPython's _servername_callback). */
static int servername_cb(SSL *ssl, int *alert, void *arg)
{
    SslSocket *s = SSL_get_app_data(ssl);
    Thread *th = kr_thread_current();
    SslContext *c = s ? CTX(s->ctx) : NULL;
    if (!th || !c || !c->sni_callback)
        return SSL_TLSEXT_ERR_OK;
    Value callback = c->sni_callback;
    Value target = s->owner ? s->owner : s->sock ? s->sock : kr_from_obj(s);
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    Value args[3] = {target, name ? kr_ssl_str(th, name) : KR_NONE, s->ctx};
    Value r = args[1] ? kr_vm_call(th, callback, args, 3, NULL) : KR_VALUE_NULL;
    if (!r) {
        kr_mod_gc_write_unraisable(th, kr_err_fetch(th), callback);
        *alert = SSL_AD_HANDSHAKE_FAILURE;
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    }
    if (r == KR_NONE)
        return SSL_TLSEXT_ERR_OK;
    int64_t code;
    if (kr_int_as_i64(th, r, &code) < 0) {
        kr_mod_gc_write_unraisable(th, kr_err_fetch(th), r);
        code = SSL_AD_INTERNAL_ERROR;
    }
    *alert = (int)code;
    return SSL_TLSEXT_ERR_ALERT_FATAL;
}

static Value get_sni_callback(Thread *th, Value self)
{
    return CTX(self)->sni_callback ? CTX(self)->sni_callback : KR_NONE;
}

static int set_sni_callback(Thread *th, Value self, Str *name, Value v)
{
    SslContext *c = CTX(self);
    if (c->protocol == KR_PROTO_TLS_CLIENT) {
        kr_err_set_string(th, &kr_exc_ValueError, "sni_callback cannot be set on TLS_CLIENT context");
        return -1;
    }
    if (!v || v == KR_NONE) {
        c->sni_callback = KR_VALUE_NULL;
        SSL_CTX_set_tlsext_servername_callback(c->ctx, NULL);
        return 0;
    }
    if (!kr_type_of(v)->call) {
        SSL_CTX_set_tlsext_servername_callback(c->ctx, NULL);
        kr_err_set_string(th, &kr_exc_TypeError, "not a callable object");
        return -1;
    }
    c->sni_callback = v;
    SSL_CTX_set_tlsext_servername_callback(c->ctx, servername_cb);
    return 0;
}

/* ---- _msg_callback (ssl.py's debugging hook) ---------------------------------------- */

/* The message's type as CPython derives it from the record's first bytes. */
static int message_type(int content_type, const unsigned char *p, size_t len, int *version)
{
    switch (content_type) {
    case SSL3_RT_CHANGE_CIPHER_SPEC: return SSL3_MT_CHANGE_CIPHER_SPEC;
    case SSL3_RT_ALERT: return len > 1 ? p[1] : -1;
    case SSL3_RT_HANDSHAKE: return len > 0 ? p[0] : -1;
    case SSL3_RT_HEADER:
        if (len < 3)
            return -1;
        *version = p[1] << 8 | p[2];
        return p[0];
    case SSL3_RT_INNER_CONTENT_TYPE: return len > 0 ? p[0] : -1;
    default: return -1;
    }
}

/* callback(conn, direction, version, content_type, msg_type, data); an
 * exception is kept on the connection and raised after the SSL call. */
static void msg_cb(int write_p, int version, int content_type, const void *buf, size_t len, SSL *ssl,
                   void *arg)
{
    SslSocket *s = SSL_get_app_data(ssl);
    Thread *th = kr_thread_current();
    if (!s || !th || !CTX(s->ctx)->msg_callback || s->exc)
        return;
    int type = message_type(content_type, buf, len, &version);
    Value args[6] = {s->owner ? s->owner : s->sock ? s->sock : kr_from_obj(s),
                     kr_ssl_str(th, write_p ? "write" : "read"), kr_from_smallint(version),
                     kr_from_smallint(content_type), kr_from_smallint(type),
                     kr_bytes_value(kr_bytes_new(th, buf, (int64_t)len))};
    if (!args[1] || !args[5] || !kr_vm_call(th, CTX(s->ctx)->msg_callback, args, 6, NULL))
        s->exc = kr_err_fetch(th);
}

static Value get_msg_callback(Thread *th, Value self)
{
    return CTX(self)->msg_callback ? CTX(self)->msg_callback : KR_NONE;
}

static int set_msg_callback(Thread *th, Value self, Str *name, Value v)
{
    SslContext *c = CTX(self);
    if (!v || v == KR_NONE) {
        c->msg_callback = KR_VALUE_NULL;
        SSL_CTX_set_msg_callback(c->ctx, NULL);
        return 0;
    }
    if (!kr_type_of(v)->call) {
        kr_err_set_string(th, &kr_exc_TypeError, "not a callable object");
        return -1;
    }
    c->msg_callback = v;
    SSL_CTX_set_msg_callback(c->ctx, msg_cb);
    return 0;
}

/* ---- certificates and keys ------------------------------------------------------------ */

typedef struct PwInfo {
    Thread *th;
    Value callable;               /* or NULL */
    const char *password;
    int64_t size;
    Value keep;                   /* what password points into */
    bool error;                   /* the callback raised: exception pending */
} PwInfo;

/* A password from str (UTF-8) or bytes-like; else TypeError msg. */
static bool pwinfo_set(Thread *th, PwInfo *pw, Value v, const char *msg)
{
    if (kr_str_check(v)) {
        size_t n;
        pw->password = kr_str_utf8(th, kr_as_str(v), &n);
        pw->size = (int64_t)n;
        pw->keep = v;
        if (!pw->password)
            return false;
    } else if (kr_is_type(v, &kr_bytes_type) || kr_is_type(v, &kr_bytearray_type)) {
        const unsigned char *p;
        if (kr_bytes_view(th, v, &p, &pw->size) < 0)
            return false;
        pw->password = (const char *)p;
        pw->keep = v;
    } else {
        kr_err_set_string(th, &kr_exc_TypeError, msg);
        return false;
    }
    if (pw->size > INT_MAX) {
        kr_err_format(th, &kr_exc_OverflowError, "password cannot be longer than %d bytes", INT_MAX);
        return false;
    }
    return true;
}

static int password_cb(char *buf, int size, int rwflag, void *userdata)
{
    PwInfo *pw = userdata;
    Thread *th = pw->th;
    if (pw->callable) {
        Value r = kr_vm_call(th, pw->callable, NULL, 0, NULL);
        if (!r || !pwinfo_set(th, pw, r, "password callback must return a string")) {
            pw->error = true;
            return -1;
        }
    }
    if (pw->size > size) {
        kr_err_format(th, &kr_exc_ValueError, "password cannot be longer than %d bytes", size);
        pw->error = true;
        return -1;
    }
    memcpy(buf, pw->password, (size_t)pw->size);
    return (int)pw->size;
}

/* A filesystem path argument as a C string; TypeError msg otherwise
 * (NULL: os.fsencode's message). */
static const char *path_arg(Thread *th, Value v, const char *msg)
{
    size_t n;
    if (kr_str_check(v))
        return kr_str_utf8(th, kr_as_str(v), &n);
    if (kr_is_type(v, &kr_bytes_type))
        return (const char *)((Bytes *)kr_as_obj(v))->data;
    Str *fspath = kr_str_intern_cstr(th, "__fspath__");
    Value f = fspath ? kr_type_lookup(kr_type_of(v), fspath) : KR_VALUE_NULL;
    Value p = f ? kr_vm_call_method(th, f, v, NULL, 0, NULL) : KR_VALUE_NULL;
    if (p && (kr_str_check(p) || kr_is_type(p, &kr_bytes_type)))
        return path_arg(th, p, msg);
    if (!kr_err_occurred(th) || kr_err_matches(th, &kr_exc_TypeError)) {
        kr_err_clear(th);
        if (msg)
            kr_err_set_string(th, &kr_exc_TypeError, msg);
        else
            kr_err_format(th, &kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", v);
    }
    return NULL;
}

/* After a failed load: the password callback's exception, errno's
 * OSError, or OpenSSL's error. */
static void load_error(Thread *th, PwInfo *pw, int line)
{
    if (pw->error)
        ERR_clear_error();
    else if (errno) {
        int e = errno;
        ERR_clear_error();
        kr_oserror_from_errno(th, e, KR_VALUE_NULL, KR_VALUE_NULL);
    } else
        kr_ssl_error_lib(th, NULL, 0, line);
}

/* load_cert_chain(certfile, keyfile=None, password=None) */
KR_LIB_FUNC(context_load_cert_chain)
{
    static const char *const names[] = {"certfile", "keyfile", "password", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "load_cert_chain", args + 1, nargs - 1, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    SslContext *c = CTX(args[0]);
    const char *certfile = path_arg(th, a[0], "certfile should be a valid filesystem path");
    if (!certfile)
        return KR_VALUE_NULL;
    const char *keyfile = certfile;
    if (a[1] && a[1] != KR_NONE && !(keyfile = path_arg(th, a[1], "keyfile should be a valid filesystem path")))
        return KR_VALUE_NULL;
    PwInfo pw = {.th = th};
    errno = 0;
    ERR_clear_error();
    if (a[2] && a[2] != KR_NONE) {
        if (kr_type_of(a[2])->call)
            pw.callable = a[2];
        else if (!pwinfo_set(th, &pw, a[2], "password should be a string or callable"))
            return KR_VALUE_NULL;
        SSL_CTX_set_default_passwd_cb(c->ctx, password_cb);
        SSL_CTX_set_default_passwd_cb_userdata(c->ctx, &pw);
    }
    Value result = KR_VALUE_NULL;
    if (SSL_CTX_use_certificate_chain_file(c->ctx, certfile) != 1)
        load_error(th, &pw, 3877);
    else if (SSL_CTX_use_PrivateKey_file(c->ctx, keyfile, SSL_FILETYPE_PEM) != 1)
        load_error(th, &pw, 3898);
    else if (SSL_CTX_check_private_key(c->ctx) != 1)
        kr_ssl_error_lib(th, NULL, 0, 3906);
    else
        result = KR_NONE;
    SSL_CTX_set_default_passwd_cb(c->ctx, NULL);
    SSL_CTX_set_default_passwd_cb_userdata(c->ctx, NULL);
    return result;
}

/* Certificates from memory into the context's store (CPython's
 * _add_ca_certs); PEM text or concatenated DER. */
static int add_ca_certs(Thread *th, SslContext *c, const void *data, int64_t len, bool pem)
{
    if (len <= 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "Empty certificate data");
        return -1;
    }
    if (len > INT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "Certificate data is too long.");
        return -1;
    }
    BIO *b = BIO_new_mem_buf(data, (int)len);
    if (!b) {
        kr_ssl_error_lib(th, NULL, 0, 3950);
        return -1;
    }
    X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
    int loaded = 0;
    for (;;) {
        X509 *cert = pem ? PEM_read_bio_X509(b, NULL, NULL, NULL) : d2i_X509_bio(b, NULL);
        if (!cert)
            break;
        int r = X509_STORE_add_cert(store, cert);
        X509_free(cert);
        if (!r) {
            unsigned long e = ERR_peek_last_error();
            if (ERR_GET_LIB(e) != ERR_LIB_X509 || ERR_GET_REASON(e) != X509_R_CERT_ALREADY_IN_HASH_TABLE)
                break;
            ERR_clear_error();
        }
        loaded++;
    }
    BIO_free(b);
    unsigned long e = ERR_peek_last_error();
    if (!loaded) {
        kr_ssl_error_lib(th, pem ? "no start line: cadata does not contain a certificate"
                                 : "not enough data: cadata does not contain a certificate", 0, 3992);
        return -1;
    }
    if ((!pem && ERR_GET_LIB(e) == ERR_LIB_ASN1 && ERR_GET_REASON(e) == ASN1_R_HEADER_TOO_LONG) ||
        (pem && ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE)) {
        ERR_clear_error();    /* the end of the data, not an error */
        return 0;
    }
    if (e) {
        kr_ssl_error_lib(th, NULL, 0, 4005);
        return -1;
    }
    return 0;
}

static int load_cadata(Thread *th, SslContext *c, Value cadata)
{
    if (kr_str_check(cadata)) {
        Str *s = kr_as_str(cadata);
        if (s->ascii) {
            size_t n;
            const char *p = kr_str_utf8(th, s, &n);
            return p ? add_ca_certs(th, c, p, (int64_t)n, true) : -1;
        }
    } else if (kr_buffer_check(cadata)) {
        const unsigned char *p;
        int64_t n;
        if (kr_bytes_view(th, cadata, &p, &n) < 0)
            return -1;
        return add_ca_certs(th, c, p, n, false);
    }
    kr_err_set_string(th, &kr_exc_TypeError, "cadata should be an ASCII string or a bytes-like object");
    return -1;
}

/* load_verify_locations(cafile=None, capath=None, cadata=None) */
KR_LIB_FUNC(context_load_verify_locations)
{
    static const char *const names[] = {"cafile", "capath", "cadata", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "load_verify_locations", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    for (int i = 0; i < 3; i++)
        if (a[i] == KR_NONE)
            a[i] = KR_VALUE_NULL;
    if (!a[0] && !a[1] && !a[2]) {
        kr_err_set_string(th, &kr_exc_TypeError, "cafile, capath and cadata cannot be all omitted");
        return KR_VALUE_NULL;
    }
    SslContext *c = CTX(args[0]);
    const char *cafile = NULL, *capath = NULL;
    if ((a[0] && !(cafile = path_arg(th, a[0], "cafile should be a valid filesystem path"))) ||
        (a[1] && !(capath = path_arg(th, a[1], "capath should be a valid filesystem path"))))
        return KR_VALUE_NULL;
    errno = 0;
    if (a[2] && load_cadata(th, c, a[2]) < 0)
        return KR_VALUE_NULL;
    if ((cafile || capath) && SSL_CTX_load_verify_locations(c->ctx, cafile, capath) != 1) {
        if (errno) {
            int e = errno;
            ERR_clear_error();
            kr_oserror_from_errno(th, e, KR_VALUE_NULL, KR_VALUE_NULL);
        } else
            kr_ssl_error_lib(th, NULL, 0, 4126);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

KR_LIB_FUNC(context_set_default_verify_paths)
{
    if (kr_call_check_args(th, "set_default_verify_paths", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    if (!SSL_CTX_set_default_verify_paths(CTX(args[0])->ctx)) {
        kr_ssl_error_lib(th, NULL, 0, 4260);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* The X509 certificates of the store, and how many are CAs / CRLs. */
static Value store_certs(Thread *th, SslContext *c, bool binary, Dict *stats)
{
    STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(SSL_CTX_get_cert_store(c->ctx));
    List *l = kr_list_new(th, 0);
    int x509 = 0, crl = 0, ca = 0;
    if (!l)
        return KR_VALUE_NULL;
    for (int i = 0; i < OPENSSL_sk_num((OPENSSL_STACK *)objs); i++) {
        X509_OBJECT *obj = OPENSSL_sk_value((OPENSSL_STACK *)objs, i);
        if (X509_OBJECT_get_type(obj) == X509_LU_CRL)
            crl++;
        if (X509_OBJECT_get_type(obj) != X509_LU_X509)
            continue;
        x509++;
        X509 *cert = X509_OBJECT_get0_X509(obj);
        if (!X509_check_ca(cert))
            continue;
        ca++;
        if (stats)
            continue;
        Value v = binary ? kr_ssl_cert_der(th, cert) : kr_ssl_decode_cert(th, cert);
        if (!v || kr_list_append(th, l, v) < 0)
            return KR_VALUE_NULL;
    }
    if (!stats)
        return kr_from_obj(l);
    Str *k[3] = {kr_str_intern_cstr(th, "x509"), kr_str_intern_cstr(th, "crl"), kr_str_intern_cstr(th, "x509_ca")};
    int n[3] = {x509, crl, ca};
    for (int i = 0; i < 3; i++)
        if (!k[i] || kr_dict_set_str(th, stats, k[i], kr_from_smallint(n[i])) < 0)
            return KR_VALUE_NULL;
    return kr_from_obj(stats);
}

KR_LIB_FUNC(context_cert_store_stats)
{
    if (kr_call_check_args(th, "cert_store_stats", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Dict *d = kr_dict_new(th);
    return d ? store_certs(th, CTX(args[0]), false, d) : KR_VALUE_NULL;
}

KR_LIB_FUNC(context_get_ca_certs)
{
    static const char *const names[] = {"binary_form", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "get_ca_certs", args + 1, nargs - 1, kw, names, 0, 0, a) < 0)
        return KR_VALUE_NULL;
    int binary = a[0] ? kr_object_truth(th, a[0]) : 0;
    return binary < 0 ? KR_VALUE_NULL : store_certs(th, CTX(args[0]), binary, NULL);
}

KR_LIB_FUNC(context_session_stats)
{
    if (kr_call_check_args(th, "session_stats", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SSL_CTX *ctx = CTX(args[0])->ctx;
    struct {
        const char *name;
        long value;
    } stats[] = {
        {"number", SSL_CTX_sess_number(ctx)}, {"connect", SSL_CTX_sess_connect(ctx)},
        {"connect_good", SSL_CTX_sess_connect_good(ctx)},
        {"connect_renegotiate", SSL_CTX_sess_connect_renegotiate(ctx)},
        {"accept", SSL_CTX_sess_accept(ctx)}, {"accept_good", SSL_CTX_sess_accept_good(ctx)},
        {"accept_renegotiate", SSL_CTX_sess_accept_renegotiate(ctx)},
        {"hits", SSL_CTX_sess_hits(ctx)}, {"misses", SSL_CTX_sess_misses(ctx)},
        {"timeouts", SSL_CTX_sess_timeouts(ctx)}, {"cache_full", SSL_CTX_sess_cache_full(ctx)},
    };
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < sizeof stats / sizeof stats[0]; i++) {
        Str *k = kr_str_intern_cstr(th, stats[i].name);
        if (!k || kr_dict_set_str(th, d, k, kr_from_smallint(stats[i].value)) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(d);
}

/* load_dh_params(path, /): Diffie-Hellman parameters from a PEM file. */
KR_LIB_FUNC(context_load_dh_params)
{
    if (kr_libutil_check_positional(th, "load_dh_params", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    const char *path = path_arg(th, args[1], NULL);
    if (!path)
        return KR_VALUE_NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        kr_oserror_from_errno(th, errno, args[1], KR_VALUE_NULL);
        return KR_VALUE_NULL;
    }
    errno = 0;
    DH *dh = PEM_read_DHparams(f, NULL, NULL, NULL);
    fclose(f);
    if (!dh) {
        if (errno) {
            int e = errno;
            ERR_clear_error();
            kr_oserror_from_errno(th, e, args[1], KR_VALUE_NULL);
        } else
            kr_ssl_error_lib(th, NULL, 0, 4290);
        return KR_VALUE_NULL;
    }
    long ok = SSL_CTX_set_tmp_dh(CTX(args[0])->ctx, dh);
    DH_free(dh);
    if (!ok) {
        kr_ssl_error_lib(th, NULL, 0, 4296);
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

/* set_ecdh_curve(name, /) */
KR_LIB_FUNC(context_set_ecdh_curve)
{
    if (kr_libutil_check_positional(th, "set_ecdh_curve", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    const char *name = path_arg(th, args[1], NULL);
    if (!name)
        return KR_VALUE_NULL;
    int nid = OBJ_sn2nid(name);
    if (nid == 0) {
        kr_err_format(th, &kr_exc_ValueError, "unknown elliptic curve name %R", args[1]);
        return KR_VALUE_NULL;
    }
    EC_KEY *key = EC_KEY_new_by_curve_name(nid);
    if (!key) {
        kr_ssl_error_lib(th, NULL, 0, 4440);
        return KR_VALUE_NULL;
    }
    SSL_CTX_set_tmp_ecdh(CTX(args[0])->ctx, key);
    EC_KEY_free(key);
    return KR_NONE;
}

/* ---- ciphers and ALPN ------------------------------------------------------------------ */

KR_LIB_FUNC(context_set_ciphers)
{
    if (kr_libutil_check_positional(th, "set_ciphers", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(args[1])) {
        kr_err_format(th, &kr_exc_TypeError, "set_ciphers() argument must be str, not %T", args[1]);
        return KR_VALUE_NULL;
    }
    size_t n;
    const char *list = kr_str_utf8(th, kr_as_str(args[1]), &n);
    if (!list)
        return KR_VALUE_NULL;
    if (!SSL_CTX_set_cipher_list(CTX(args[0])->ctx, list)) {
        ERR_clear_error();
        kr_err_set_string(th, &kr_ssl_error_type, "No cipher can be selected.");
        return KR_VALUE_NULL;
    }
    return KR_NONE;
}

static Value nid_name(Thread *th, int nid)
{
    return kr_ssl_str(th, nid != NID_undef ? OBJ_nid2ln(nid) : NULL);
}

/* CPython's cipher_to_dict. */
static Value cipher_dict(Thread *th, const SSL_CIPHER *cipher)
{
    char buf[512];
    SSL_CIPHER_description(cipher, buf, sizeof buf - 1);
    size_t len = strlen(buf);
    if (len > 1 && buf[len - 1] == '\n')
        buf[len - 1] = 0;
    int alg_bits, strength = SSL_CIPHER_get_bits(cipher, &alg_bits);
    struct {
        const char *key;
        Value v;
    } items[] = {
        {"id", kr_int_from_i64(th, (int64_t)SSL_CIPHER_get_id(cipher))},
        {"name", kr_ssl_str(th, SSL_CIPHER_get_name(cipher))},
        {"protocol", kr_ssl_str(th, SSL_CIPHER_get_version(cipher))},
        {"description", kr_ssl_str(th, buf)},
        {"strength_bits", kr_from_smallint(strength)},
        {"alg_bits", kr_from_smallint(alg_bits)},
        {"aead", kr_from_bool(SSL_CIPHER_is_aead(cipher))},
        {"symmetric", nid_name(th, SSL_CIPHER_get_cipher_nid(cipher))},
        {"digest", nid_name(th, SSL_CIPHER_get_digest_nid(cipher))},
        {"kea", nid_name(th, SSL_CIPHER_get_kx_nid(cipher))},
        {"auth", nid_name(th, SSL_CIPHER_get_auth_nid(cipher))},
    };
    Dict *d = kr_dict_new(th);
    if (!d)
        return KR_VALUE_NULL;
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        Str *k = kr_str_intern_cstr(th, items[i].key);
        if (!k || !items[i].v || kr_dict_set_str(th, d, k, items[i].v) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(d);
}

KR_LIB_FUNC(context_get_ciphers)
{
    if (kr_call_check_args(th, "get_ciphers", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    SSL *ssl = SSL_new(CTX(args[0])->ctx);
    if (!ssl) {
        kr_ssl_error_lib(th, NULL, 0, 3330);
        return KR_VALUE_NULL;
    }
    STACK_OF(SSL_CIPHER) *sk = SSL_get_ciphers(ssl);
    List *l = kr_list_new(th, 0);
    for (int i = 0; l && i < OPENSSL_sk_num((OPENSSL_STACK *)sk); i++) {
        Value d = cipher_dict(th, OPENSSL_sk_value((OPENSSL_STACK *)sk, i));
        if (!d || kr_list_append(th, l, d) < 0)
            l = NULL;
    }
    SSL_free(ssl);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

/* The server's choice among the client's protocols: the context's list
 * (wire format) against theirs, or no ALPN at all. */
static int alpn_select_cb(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                          const unsigned char *client, unsigned int client_len, void *arg)
{
    SslSocket *s = SSL_get_app_data(ssl);
    Value alpn = s ? CTX(s->ctx)->alpn : KR_VALUE_NULL;
    const unsigned char *server = (const unsigned char *)"";
    unsigned server_len = 0;
    if (alpn) {
        Bytes *b = (Bytes *)kr_as_obj(alpn);
        server = b->data;
        server_len = (unsigned)b->len;
    }
    if (!client) {
        client = (const unsigned char *)"";
        client_len = 0;
    }
    int r = SSL_select_next_proto((unsigned char **)out, outlen, server, server_len, client, client_len);
    return r == OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_NOACK;
}

KR_LIB_FUNC(context_set_alpn_protocols)
{
    if (kr_libutil_check_positional(th, "_set_alpn_protocols", nargs - 1, 1, 1) < 0)
        return KR_VALUE_NULL;
    const unsigned char *p;
    int64_t n;
    if (kr_bytes_view(th, args[1], &p, &n) < 0)
        return KR_VALUE_NULL;
    if (n > UINT_MAX) {
        kr_err_format(th, &kr_exc_OverflowError, "protocols longer than %u bytes", UINT_MAX);
        return KR_VALUE_NULL;
    }
    Bytes *copy = kr_bytes_new(th, p, n);
    if (!copy)
        return KR_VALUE_NULL;
    SslContext *c = CTX(args[0]);
    c->alpn = kr_from_obj(copy);
    if (SSL_CTX_set_alpn_protos(c->ctx, copy->data, (unsigned)n)) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    SSL_CTX_set_alpn_select_cb(c->ctx, alpn_select_cb, NULL);
    return KR_NONE;
}

/* ---- connections ------------------------------------------------------------------------ */

/* The hostname as CPython's "es"/"idna" converter passes it on: an
 * ASCII str as is, others through str.encode('idna'). */
static Value hostname_arg(Thread *th, Value v)
{
    if (!v || v == KR_NONE)
        return KR_NONE;
    if (!kr_str_check(v)) {
        kr_err_format(th, &kr_exc_TypeError, "str expected, not %T", v);
        return KR_VALUE_NULL;
    }
    size_t n;
    const char *p = kr_str_utf8(th, kr_as_str(v), &n);
    if (!p)
        return KR_VALUE_NULL;
    if (strlen(p) != n) {     /* PyArg_Parse's "es" */
        kr_err_set_string(th, &kr_exc_TypeError, "argument must be encoded string without null bytes, not str");
        return KR_VALUE_NULL;
    }
    if (kr_as_str(v)->ascii)
        return v;
    Str *enc = kr_str_intern_cstr(th, "encode");
    Value m = enc ? kr_object_getattr(th, v, enc) : KR_VALUE_NULL;
    Value idna = m ? kr_ssl_str(th, "idna") : KR_VALUE_NULL;
    Value b = idna ? kr_vm_call(th, m, &idna, 1, NULL) : KR_VALUE_NULL;
    if (!b)
        return KR_VALUE_NULL;
    Bytes *bb = (Bytes *)kr_as_obj(b);
    Str *s = kr_str_from_utf8(th, (const char *)bb->data, (size_t)bb->len);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* _wrap_socket(sock, server_side, server_hostname=None, *, owner=None, session=None) */
KR_LIB_FUNC(context_wrap_socket)
{
    static const char *const names[] = {"sock", "server_side", "server_hostname", "owner", "session", NULL};
    Value a[5];
    if (kr_libutil_parse_kwonly(th, "_wrap_socket", args + 1, nargs - 1, kw, names, 0, 2, 2, a) < 0)
        return KR_VALUE_NULL;
    int fd;
    double timeout;
    if (!kr_socket_state(a[0], &fd, &timeout)) {
        kr_err_format(th, &kr_exc_TypeError, "_wrap_socket() argument 'sock' must be _socket.socket, not %T", a[0]);
        return KR_VALUE_NULL;
    }
    int server_side = kr_object_truth(th, a[1]);
    Value host = server_side < 0 ? KR_VALUE_NULL : hostname_arg(th, a[2]);
    if (!host)
        return KR_VALUE_NULL;
    return kr_ssl_socket_new(th, CTX(args[0]), a[0], server_side, host, a[3], a[4], KR_VALUE_NULL,
                             KR_VALUE_NULL);
}

/* _wrap_bio(incoming, outgoing, server_side, server_hostname=None, *, owner=None, session=None) */
KR_LIB_FUNC(context_wrap_bio)
{
    static const char *const names[] = {"incoming", "outgoing", "server_side", "server_hostname",
                                        "owner", "session", NULL};
    Value a[6];
    if (kr_libutil_parse_kwonly(th, "_wrap_bio", args + 1, nargs - 1, kw, names, 0, 3, 2, a) < 0)
        return KR_VALUE_NULL;
    for (int i = 0; i < 2; i++)
        if (!kr_is_type(a[i], &kr_ssl_membio_type)) {
            kr_err_format(th, &kr_exc_TypeError, "_wrap_bio() argument '%s' must be _ssl.MemoryBIO, not %T",
                          names[i], a[i]);
            return KR_VALUE_NULL;
        }
    int server_side = kr_object_truth(th, a[2]);
    Value host = server_side < 0 ? KR_VALUE_NULL : hostname_arg(th, a[3]);
    if (!host)
        return KR_VALUE_NULL;
    return kr_ssl_socket_new(th, CTX(args[0]), KR_VALUE_NULL, server_side, host, a[4], a[5], a[0], a[1]);
}

static const MethodDef context_methods[] = {
    {"_wrap_socket", context_wrap_socket,
     "($self, /, sock, server_side, server_hostname=None, *, owner=None, session=None)", NULL, 0},
    {"_wrap_bio", context_wrap_bio,
     "($self, /, incoming, outgoing, server_side, server_hostname=None, *, owner=None, session=None)",
     NULL, 0},
    {"set_ciphers", context_set_ciphers, "($self, cipherlist, /)", NULL, 0},
    {"get_ciphers", context_get_ciphers, "($self, /)", NULL, 0},
    {"_set_alpn_protocols", context_set_alpn_protocols, "($self, protos, /)", NULL, 0},
    {"load_cert_chain", context_load_cert_chain, "($self, /, certfile, keyfile=None, password=None)", NULL, 0},
    {"load_verify_locations", context_load_verify_locations,
     "($self, /, cafile=None, capath=None, cadata=None)", NULL, 0},
    {"set_default_verify_paths", context_set_default_verify_paths, "($self, /)", NULL, 0},
    {"load_dh_params", context_load_dh_params, "($self, path, /)", NULL, 0},
    {"set_ecdh_curve", context_set_ecdh_curve, "($self, name, /)", NULL, 0},
    {"session_stats", context_session_stats, "($self, /)", NULL, 0},
    {"cert_store_stats", context_cert_store_stats, "($self, /)", NULL, 0},
    {"get_ca_certs", context_get_ca_certs, "($self, /, binary_form=False)", NULL, 0},
    {0},
};

static const MemberDef context_members[] = {
    {"protocol", 0, get_protocol, NULL, NULL, KR_MEMBER_READONLY},
    {"options", 0, get_options, set_options, NULL, 0},
    {"verify_mode", 0, get_verify_mode, set_verify_mode_attr, NULL, 0},
    {"verify_flags", 0, get_verify_flags, set_verify_flags, NULL, 0},
    {"check_hostname", 0, get_check_hostname, set_check_hostname, NULL, 0},
    {"post_handshake_auth", 0, get_post_handshake_auth, set_post_handshake_auth, NULL, 0},
    {"_host_flags", 0, get_host_flags, set_host_flags, NULL, 0},
    {"minimum_version", 0, get_minimum_version, set_minimum_version, NULL, 0},
    {"maximum_version", 0, get_maximum_version, set_maximum_version, NULL, 0},
    {"keylog_filename", 0, get_keylog_filename, set_keylog_filename, NULL, 0},
    {"sni_callback", 0, get_sni_callback, set_sni_callback, NULL, 0},
    {"_msg_callback", 0, get_msg_callback, set_msg_callback, NULL, 0},
    {"num_tickets", 0, get_num_tickets, set_num_tickets, NULL, 0},
    {"security_level", 0, get_security_level, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

Type kr_ssl_context_type = {
    .hdr = {&kr_type_type}, .name = "_ssl._SSLContext", .size = sizeof(SslContext),
    .flags = KR_TYPE_BASETYPE, .new_ = context_new, .methods = context_methods,
    .members = context_members,
};
