/*
 * _ssl_cert.c -- _ssl.Certificate, one X509 of a verified or received
 * chain (_SSLSocket.get_verified_chain / get_unverified_chain): compared
 * with X509_cmp, hashed by subject name, shown by its RFC 2253 subject,
 * exported as PEM text or DER bytes, decoded as getpeercert() does.
 */
#include <string.h>

#include "modules/_ssl.h"
#include "modules/libutil.h"

#include "core/buf.h"

#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct SslCert {
    Obj hdr;
    X509 *cert;               /* a reference of ours; freed by the finalizer */
} SslCert;

#define CERT(v) (((SslCert *)kr_as_obj(v))->cert)

static void cert_finalize(void *obj, void *data, void *ctx)
{
    SslCert *c = obj;
    X509_free(c->cert);
    c->cert = NULL;
}

static Value cert_no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

/* A Certificate holding cert (own: the reference is handed over). */
static Value cert_wrap(Thread *th, X509 *cert, bool own)
{
    SslCert *c = kr_libutil_alloc(th, &kr_ssl_cert_type);
    if (!c) {
        if (own)
            X509_free(cert);
        return KR_VALUE_NULL;
    }
    if (!own)
        X509_up_ref(cert);
    c->cert = cert;
    kr_gc_add_finalizer(c, cert_finalize, NULL);
    return kr_from_obj(c);
}

Value kr_ssl_cert_list(Thread *th, STACK_OF(X509) *chain, X509 *first)
{
    List *l = kr_list_new(th, 0);
    if (!l)
        return KR_VALUE_NULL;
    if (first) {
        Value c = cert_wrap(th, first, true);
        if (!c || kr_list_append(th, l, c) < 0)
            return KR_VALUE_NULL;
    }
    for (int i = 0; i < OPENSSL_sk_num((OPENSSL_STACK *)chain); i++) {
        Value c = cert_wrap(th, OPENSSL_sk_value((OPENSSL_STACK *)chain, i), false);
        if (!c || kr_list_append(th, l, c) < 0)
            return KR_VALUE_NULL;
    }
    return kr_from_obj(l);
}

static Value cert_repr(Thread *th, Value self)
{
    BIO *b = BIO_new(BIO_s_mem());
    if (!b || X509_NAME_print_ex(b, X509_get_subject_name(CERT(self)), 0, XN_FLAG_RFC2253) < 0) {
        BIO_free(b);
        kr_ssl_error_lib(th, NULL, 0, 160);
        return KR_VALUE_NULL;
    }
    char *p;
    long n = BIO_get_mem_data(b, &p);
    Buf out;
    kr_buf_init(&out);
    kr_buf_printf(&out, "<%s '%.*s'>", kr_ssl_cert_type.name, (int)(n > 0 ? n : 0), p);
    BIO_free(b);
    return kr_libutil_buf_value(th, &out);
}

/* public_bytes(format=ENCODING_PEM): PEM text, or DER bytes. */
KR_LIB_FUNC(cert_public_bytes)
{
    static const char *const names[] = {"format", NULL};
    Value a[1];
    int format = 1;
    if (kr_libutil_parse(th, "public_bytes", args + 1, nargs - 1, kw, names, 0, 0, a) < 0 ||
        (a[0] && kr_libutil_as_int(th, a[0], true, &format) < 0))
        return KR_VALUE_NULL;
    if (format == 2)
        return kr_ssl_cert_der(th, CERT(args[0]));
    if (format != 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "Unsupported format");
        return KR_VALUE_NULL;
    }
    BIO *b = BIO_new(BIO_s_mem());
    if (!b || !PEM_write_bio_X509(b, CERT(args[0]))) {
        BIO_free(b);
        kr_ssl_error_lib(th, NULL, 0, 110);
        return KR_VALUE_NULL;
    }
    char *p;
    long n = BIO_get_mem_data(b, &p);
    Str *s = kr_str_from_utf8(th, p, n > 0 ? (size_t)n : 0);
    BIO_free(b);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

KR_LIB_FUNC(cert_get_info)
{
    if (kr_call_check_args(th, "get_info", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_ssl_decode_cert(th, CERT(args[0]));
}

static Value cert_richcompare(Thread *th, Value a, Value b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_ssl_cert_type))
        return KR_NOTIMPL;
    bool same = X509_cmp(CERT(a), CERT(b)) == 0;
    return kr_from_bool(op == KR_EQ ? same : !same);
}

static int cert_hash(Thread *th, Value v, int64_t *hash)
{
    int64_t h = (int64_t)X509_subject_name_hash(CERT(v));
    *hash = h == -1 ? -2 : h;
    return 0;
}

static const MethodDef cert_methods[] = {
    {"public_bytes", cert_public_bytes, "($self, /, format=Encoding.PEM)", NULL, 0},
    {"get_info", cert_get_info, "($self, /)", NULL, 0},
    {0},
};

Type kr_ssl_cert_type = {
    .hdr = {&kr_type_type}, .name = "_ssl.Certificate", .size = sizeof(SslCert),
    .new_ = cert_no_new, .repr = cert_repr, .richcompare = cert_richcompare, .hash = cert_hash,
    .methods = cert_methods,
};
