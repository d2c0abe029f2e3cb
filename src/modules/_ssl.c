/*
 * _ssl.c -- the _ssl module on OpenSSL's libssl 3, under the unchanged
 * stdlib ssl.py: loading the library (see _ssl.h, LOADING), the SSLError
 * hierarchy and how OpenSSL's errors become its instances, certificates
 * as dicts (getpeercert), the module's functions and constants.  The
 * context is in _ssl_context.c, connections and MemoryBIO in
 * _ssl_socket.c.  CPython's Modules/_ssl.c is the reference for every
 * behaviour and message.
 */
#include <errno.h>
#include <stdio.h>
#include <assert.h>
#include <string.h>

#include <dlfcn.h>

#include "modules/_ssl.h"
#include "modules/comprutil.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
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

SslApi KR_SSL;
static const char *ssl_load_error;       /* why loading failed, or NULL */
static pthread_once_t ssl_once = PTHREAD_ONCE_INIT;

/* The entry points' names, in KR_SSL's order (# does not expand the
 * macros of _ssl_names.h). */
#define KR_SSL_NAME(f) #f,
static const char *const SSL_FUNC_NAMES[] = {KR_SSL_FUNCS(KR_SSL_NAME)};
#undef KR_SSL_NAME

static void load_ssl(void)
{
    void *lib = dlopen("libssl.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        ssl_load_error = dlerror();
        return;
    }
    /* KR_SSL is a struct of function pointers only: filled as an array */
    static_assert(sizeof KR_SSL == sizeof SSL_FUNC_NAMES, "one pointer per name");
    void **slot = (void **)&KR_SSL;
    for (size_t i = 0; i < sizeof SSL_FUNC_NAMES / sizeof SSL_FUNC_NAMES[0]; i++)
        if (!(slot[i] = dlsym(lib, SSL_FUNC_NAMES[i]))) {
            static char msg[128];
            snprintf(msg, sizeof msg, "libssl.so.3 lacks %s", SSL_FUNC_NAMES[i]);
            ssl_load_error = msg;
            return;
        }
}

/* ---- error tables ------------------------------------------------------------ */

typedef struct SslLibName {
    int lib;
    const char *name;
} SslLibName;
typedef struct SslReasonName {
    int lib, reason;
    const char *name;
} SslReasonName;
#include "modules/_ssl_errors.inc"

static const char *lib_name(int lib)
{
    for (size_t i = 0; i < sizeof SSL_LIBS / sizeof SSL_LIBS[0]; i++)
        if (SSL_LIBS[i].lib == lib)
            return SSL_LIBS[i].name;
    return NULL;
}

static const char *reason_name(int lib, int reason)
{
    size_t lo = 0, hi = sizeof SSL_REASONS / sizeof SSL_REASONS[0];
    while (lo < hi) {     /* the table is sorted by (lib, reason) */
        size_t mid = (lo + hi) / 2;
        const SslReasonName *r = &SSL_REASONS[mid];
        if (r->lib < lib || (r->lib == lib && r->reason < reason))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof SSL_REASONS / sizeof SSL_REASONS[0] && SSL_REASONS[lo].lib == lib &&
        SSL_REASONS[lo].reason == reason)
        return SSL_REASONS[lo].name;
    return NULL;
}

/* ---- the exception types ------------------------------------------------------ */

/* str(SSLError): its strerror when that is a str, else str(args). */
static Value ssl_error_str(Thread *th, Value self)
{
    OSErr *e = (OSErr *)kr_as_obj(self);
    if (e->strerror && kr_str_check(e->strerror))
        return e->strerror;
    return kr_object_str(th, kr_from_obj(e->base.args));
}

#define SSL_EXC_TYPE(var, pyname, basetype) \
    Type var = { \
        .hdr = {&kr_type_type}, .name = pyname, .base = basetype, .size = sizeof(OSErr), \
        .dict_offset = offsetof(Exc, dict), .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS, \
    }

Type kr_ssl_error_type = {
    .hdr = {&kr_type_type}, .name = "ssl.SSLError", .base = &kr_exc_OSError,
    .size = sizeof(OSErr), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS, .str = ssl_error_str,
    .doc = "An error occurred in the SSL implementation.",
};
SSL_EXC_TYPE(kr_ssl_zero_return_type, "ssl.SSLZeroReturnError", &kr_ssl_error_type);
SSL_EXC_TYPE(kr_ssl_want_read_type, "ssl.SSLWantReadError", &kr_ssl_error_type);
SSL_EXC_TYPE(kr_ssl_want_write_type, "ssl.SSLWantWriteError", &kr_ssl_error_type);
SSL_EXC_TYPE(kr_ssl_syscall_type, "ssl.SSLSyscallError", &kr_ssl_error_type);
SSL_EXC_TYPE(kr_ssl_eof_type, "ssl.SSLEOFError", &kr_ssl_error_type);
Type *kr_ssl_cert_verification_type;
static Value *cert_verification_root;    /* keeps that heap type alive */

static int set_attr(Thread *th, Value obj, const char *name, Value v)
{
    Str *n = kr_str_intern_cstr(th, name);
    return n ? kr_object_setattr(th, obj, n, v) : -1;
}

/* CPython's fill_and_set_sslerror: type(code, msg) with .library and
 * .reason, and .verify_code/.verify_message for a verification failure. */
static void raise_ssl(Thread *th, SslSocket *s, Type *type, int code, const char *errstr, int line,
                      unsigned long e)
{
    const char *lib = NULL, *reason = NULL;
    if (e) {
        lib = lib_name(ERR_GET_LIB(e));
        reason = reason_name(ERR_GET_LIB(e), ERR_GET_REASON(e));
        if (!errstr)
            errstr = ERR_reason_error_string(e);
    }
    if (!errstr)
        errstr = "unknown error";
    Value verify_msg = KR_VALUE_NULL, verify_code = KR_VALUE_NULL;
    if (s && type == kr_ssl_cert_verification_type) {
        long vc = SSL_get_verify_result(s->ssl);
        verify_code = kr_from_smallint(vc);
        Str *m = NULL;
        if (vc == X509_V_ERR_HOSTNAME_MISMATCH || vc == X509_V_ERR_IP_ADDRESS_MISMATCH) {
            Value h = s->server_hostname ? s->server_hostname : KR_NONE;
            Value sv = kr_object_str(th, h);
            size_t n;
            const char *hs = sv ? kr_str_utf8(th, kr_as_str(sv), &n) : NULL;
            if (!hs)
                return;
            char buf[512];
            snprintf(buf, sizeof buf, "%s mismatch, certificate is not valid for '%s'.",
                     vc == X509_V_ERR_HOSTNAME_MISMATCH ? "Hostname" : "IP address", hs);
            m = kr_str_from_cstr(th, buf);
        } else {
            const char *vs = X509_verify_cert_error_string(vc);
            m = vs ? kr_str_from_cstr(th, vs) : NULL;
            if (!vs)
                verify_msg = KR_NONE;
        }
        if (m)
            verify_msg = kr_from_obj(m);
        else if (!verify_msg)
            return;
    }
    char msg[1024];
    if (verify_msg && verify_msg != KR_NONE && lib && reason) {
        size_t n;
        const char *vm = kr_str_utf8(th, kr_as_str(verify_msg), &n);
        if (!vm)
            return;
        snprintf(msg, sizeof msg, "[%s: %s] %s: %s (_ssl.c:%d)", lib, reason, errstr, vm, line);
    } else if (lib && reason)
        snprintf(msg, sizeof msg, "[%s: %s] %s (_ssl.c:%d)", lib, reason, errstr, line);
    else if (lib)
        snprintf(msg, sizeof msg, "[%s] %s (_ssl.c:%d)", lib, errstr, line);
    else
        snprintf(msg, sizeof msg, "%s (_ssl.c:%d)", errstr, line);
    Str *ms = kr_str_from_cstr(th, msg);
    if (!ms)
        return;
    Value args[2] = {kr_from_smallint(code), kr_from_obj(ms)};
    Value exc = kr_exception_new(th, type, args, 2);
    if (!exc)
        return;
    Value libv = lib ? kr_ssl_str(th, lib) : KR_NONE, reasonv = reason ? kr_ssl_str(th, reason) : KR_NONE;
    if (!libv || !reasonv || set_attr(th, exc, "reason", reasonv) < 0 ||
        set_attr(th, exc, "library", libv) < 0)
        return;
    if (type == kr_ssl_cert_verification_type &&
        (set_attr(th, exc, "verify_code", verify_code ? verify_code : KR_NONE) < 0 ||
         set_attr(th, exc, "verify_message", verify_msg ? verify_msg : KR_NONE) < 0))
        return;
    kr_err_set(th, exc);
}

void kr_ssl_error_lib(Thread *th, const char *errstr, int code, int line)
{
    unsigned long e = errstr ? 0 : ERR_peek_last_error();
    raise_ssl(th, NULL, &kr_ssl_error_type, errstr ? code : ERR_GET_REASON(e), errstr, line, e);
    ERR_clear_error();
}

void kr_ssl_error_call(Thread *th, SslSocket *s, int ret, int line)
{
    Type *type = &kr_ssl_error_type;
    const char *errstr = NULL;
    int code;
    unsigned long e = ERR_peek_last_error();
    switch (s->err_ssl) {
    case SSL_ERROR_ZERO_RETURN:
        errstr = "TLS/SSL connection has been closed (EOF)";
        type = &kr_ssl_zero_return_type;
        code = KR_SSL_ERROR_ZERO_RETURN;
        break;
    case SSL_ERROR_WANT_READ:
        errstr = "The operation did not complete (read)";
        type = &kr_ssl_want_read_type;
        code = KR_SSL_ERROR_WANT_READ;
        break;
    case SSL_ERROR_WANT_WRITE:
        errstr = "The operation did not complete (write)";
        type = &kr_ssl_want_write_type;
        code = KR_SSL_ERROR_WANT_WRITE;
        break;
    case SSL_ERROR_WANT_X509_LOOKUP:
        errstr = "The operation did not complete (X509 lookup)";
        code = KR_SSL_ERROR_WANT_X509_LOOKUP;
        break;
    case SSL_ERROR_WANT_CONNECT:
        errstr = "The operation did not complete (connect)";
        code = KR_SSL_ERROR_WANT_CONNECT;
        break;
    case SSL_ERROR_SYSCALL:
        code = KR_SSL_ERROR_SYSCALL;
        if (e)
            break;
        if (ret == -1 && s->sock && s->err_errno) {    /* the socket's own error */
            ERR_clear_error();
            kr_oserror_from_errno(th, s->err_errno, KR_VALUE_NULL, KR_VALUE_NULL);
            return;
        }
        if (ret == 0 || (ret == -1 && s->sock)) {
            code = KR_SSL_ERROR_EOF;
            type = &kr_ssl_eof_type;
            errstr = "EOF occurred in violation of protocol";
        } else {
            type = &kr_ssl_syscall_type;
            errstr = "Some I/O error occurred";
        }
        break;
    case SSL_ERROR_SSL:
        code = KR_SSL_ERROR_SSL;
        if (!e)
            errstr = "A failure in the SSL library occurred";
        if (ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_CERTIFICATE_VERIFY_FAILED)
            type = kr_ssl_cert_verification_type;
        if (ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_UNEXPECTED_EOF_WHILE_READING) {
            code = KR_SSL_ERROR_EOF;
            type = &kr_ssl_eof_type;
            errstr = "EOF occurred in violation of protocol";
        }
        break;
    default:
        code = KR_SSL_ERROR_INVALID_ERROR_CODE;
        errstr = "Invalid error code";
    }
    raise_ssl(th, s, type, code, errstr, line, e);
    ERR_clear_error();
}

/* ---- helpers ---------------------------------------------------------------------- */

Value kr_ssl_str(Thread *th, const char *s)
{
    if (!s)
        return KR_NONE;
    Str *v = kr_str_from_cstr(th, s);
    return v ? kr_from_obj(v) : KR_VALUE_NULL;
}

static Value str_n(Thread *th, const void *p, size_t n)
{
    Str *v = kr_str_from_utf8(th, p, n);
    return v ? kr_from_obj(v) : KR_VALUE_NULL;
}

int kr_ssl_deprecated(Thread *th, const char *msg)
{
    Str *wm = kr_str_intern_cstr(th, "warnings"), *wn = kr_str_intern_cstr(th, "warn");
    Value mod = wm ? kr_vm_import(th, wm, true) : KR_VALUE_NULL;
    Value warn = mod && wn ? kr_object_getattr(th, mod, wn) : KR_VALUE_NULL;
    Str *m = warn ? kr_str_from_cstr(th, msg) : NULL;
    if (!m)
        return -1;
    Value wargs[3] = {kr_from_obj(m), kr_from_obj(&kr_exc_DeprecationWarning), kr_from_smallint(2)};
    return kr_vm_call(th, warn, wargs, 3, NULL) ? 0 : -1;
}

static Value tuple_of(Thread *th, const Value *items, int64_t n)
{
    Tuple *t = kr_tuple_from_array(th, items, n);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

static Value list_tuple(Thread *th, List *l)
{
    return tuple_of(th, l->items, l->size);
}

static int dict_put(Thread *th, Dict *d, const char *key, Value v)
{
    Str *k = kr_str_intern_cstr(th, key);
    return v && k ? kr_dict_set_str(th, d, k, v) : -1;
}

/* ---- certificates as Python values ------------------------------------------------ */

/* (name, value) of one attribute of a distinguished name. */
static Value name_attribute(Thread *th, ASN1_OBJECT *name, ASN1_STRING *value)
{
    char buf[256];
    int n = OBJ_obj2txt(buf, sizeof buf, name, 0);
    if (n < 0) {
        kr_ssl_error_lib(th, NULL, 0, 1060);
        return KR_VALUE_NULL;
    }
    Value items[2] = {str_n(th, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1)};
    if (!items[0])
        return KR_VALUE_NULL;
    unsigned char *utf8;
    int len = ASN1_STRING_to_UTF8(&utf8, value);
    if (len < 0) {
        kr_ssl_error_lib(th, NULL, 0, 1072);
        return KR_VALUE_NULL;
    }
    items[1] = str_n(th, utf8, (size_t)len);
    OPENSSL_free(utf8);
    return items[1] ? tuple_of(th, items, 2) : KR_VALUE_NULL;
}

/* A name as a tuple of RDNs, each a tuple of (name, value) pairs. */
static Value x509_name(Thread *th, X509_NAME *xname)
{
    List *dn = kr_list_new(th, 0), *rdn = kr_list_new(th, 0);
    if (!dn || !rdn)
        return KR_VALUE_NULL;
    int level = -1, count = X509_NAME_entry_count(xname);
    for (int i = 0; i < count; i++) {
        X509_NAME_ENTRY *entry = X509_NAME_get_entry(xname, i);
        int set = X509_NAME_ENTRY_set(entry);
        if (level >= 0 && level != set) {
            Value t = list_tuple(th, rdn);
            if (!t || kr_list_append(th, dn, t) < 0 || !(rdn = kr_list_new(th, 0)))
                return KR_VALUE_NULL;
        }
        level = set;
        Value attr = name_attribute(th, X509_NAME_ENTRY_get_object(entry), X509_NAME_ENTRY_get_data(entry));
        if (!attr || kr_list_append(th, rdn, attr) < 0)
            return KR_VALUE_NULL;
    }
    if (rdn->size) {
        Value t = list_tuple(th, rdn);
        if (!t || kr_list_append(th, dn, t) < 0)
            return KR_VALUE_NULL;
    }
    return list_tuple(th, dn);
}

static Value pair(Thread *th, const char *kind, Value v)
{
    Value items[2] = {kr_ssl_str(th, kind), v};
    return items[0] && v ? tuple_of(th, items, 2) : KR_VALUE_NULL;
}

static Value asn1_str(Thread *th, const ASN1_STRING *s)
{
    return str_n(th, ASN1_STRING_get0_data(s), (size_t)ASN1_STRING_length(s));
}

static Value ip_address(Thread *th, const ASN1_OCTET_STRING *ip)
{
    const unsigned char *p = ASN1_STRING_get0_data(ip);
    char buf[64];
    int n = ASN1_STRING_length(ip);
    if (n == 4)
        snprintf(buf, sizeof buf, "%d.%d.%d.%d", p[0], p[1], p[2], p[3]);
    else if (n == 16) {
        char *o = buf;
        for (int i = 0; i < 16; i += 2)
            o += sprintf(o, i ? ":%X" : "%X", (p[i] << 8) | p[i + 1]);
    } else
        snprintf(buf, sizeof buf, "<invalid>");
    return kr_ssl_str(th, buf);
}

/* Everything else, in OpenSSL's print form "Kind:value". */
static Value printed_name(Thread *th, GENERAL_NAME *name)
{
    BIO *b = BIO_new(BIO_s_mem());
    if (!b) {
        kr_ssl_error_lib(th, NULL, 0, 1200);
        return KR_VALUE_NULL;
    }
    char buf[2048];
    GENERAL_NAME_print(b, name);
    int n = BIO_read(b, buf, sizeof buf - 1);
    BIO_free(b);
    buf[n > 0 ? n : 0] = 0;
    char *colon = strchr(buf, ':');
    if (!colon) {
        {
            char msg[240];
            snprintf(msg, sizeof msg, "Invalid value %.200s", buf);
            kr_err_set_string(th, &kr_exc_ValueError, msg);
        }
        return KR_VALUE_NULL;
    }
    *colon = 0;
    return pair(th, buf, kr_ssl_str(th, colon + 1));
}

static Value alt_name(Thread *th, GENERAL_NAME *name)
{
    switch (name->type) {
    case GEN_DIRNAME:
        return pair(th, "DirName", x509_name(th, name->d.dirn));
    case GEN_EMAIL:
        return pair(th, "email", asn1_str(th, name->d.rfc822Name));
    case GEN_DNS:
        return pair(th, "DNS", asn1_str(th, name->d.dNSName));
    case GEN_URI:
        return pair(th, "URI", asn1_str(th, name->d.uniformResourceIdentifier));
    case GEN_RID: {
        char buf[2048];
        int n = OBJ_obj2txt(buf, sizeof buf - 1, name->d.rid, 0);
        if (n < 0) {
            kr_ssl_error_lib(th, NULL, 0, 1170);
            return KR_VALUE_NULL;
        }
        return pair(th, "Registered ID", kr_ssl_str(th, n >= (int)sizeof buf - 1 ? "<INVALID>" : buf));
    }
    case GEN_IPADD:
        return pair(th, "IP Address", ip_address(th, name->d.iPAddress));
    default:
        return printed_name(th, name);
    }
}

/* subjectAltName: a tuple of (kind, value), or None. */
static Value alt_names(Thread *th, X509 *cert)
{
    GENERAL_NAMES *names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
    if (!names)
        return KR_NONE;
    List *l = kr_list_new(th, 0);
    Value result = KR_VALUE_NULL;
    if (!l)
        goto done;
    for (int i = 0; i < OPENSSL_sk_num((OPENSSL_STACK *)names); i++) {
        Value t = alt_name(th, OPENSSL_sk_value((OPENSSL_STACK *)names, i));
        if (!t || kr_list_append(th, l, t) < 0)
            goto done;
    }
    result = l->size ? list_tuple(th, l) : KR_NONE;
done:
    GENERAL_NAMES_free(names);
    return result;
}

/* The URIs of one access method of Authority Information Access (OCSP,
 * caIssuers): a tuple, or None. */
static Value aia_uris(Thread *th, X509 *cert, int nid)
{
    AUTHORITY_INFO_ACCESS *info = X509_get_ext_d2i(cert, NID_info_access, NULL, NULL);
    if (!info)
        return KR_NONE;
    List *l = kr_list_new(th, 0);
    Value result = KR_VALUE_NULL;
    if (!l)
        goto done;
    for (int i = 0; i < OPENSSL_sk_num((OPENSSL_STACK *)info); i++) {
        ACCESS_DESCRIPTION *ad = OPENSSL_sk_value((OPENSSL_STACK *)info, i);
        if (OBJ_obj2nid(ad->method) != nid || ad->location->type != GEN_URI)
            continue;
        Value u = asn1_str(th, ad->location->d.uniformResourceIdentifier);
        if (!u || kr_list_append(th, l, u) < 0)
            goto done;
    }
    result = l->size ? list_tuple(th, l) : KR_NONE;
done:
    AUTHORITY_INFO_ACCESS_free(info);
    return result;
}

static Value crl_points(Thread *th, X509 *cert)
{
    CRL_DIST_POINTS *dps = X509_get_ext_d2i(cert, NID_crl_distribution_points, NULL, NULL);
    if (!dps)
        return KR_NONE;
    List *l = kr_list_new(th, 0);
    Value result = KR_VALUE_NULL;
    if (!l)
        goto done;
    for (int i = 0; i < OPENSSL_sk_num((OPENSSL_STACK *)dps); i++) {
        DIST_POINT *dp = OPENSSL_sk_value((OPENSSL_STACK *)dps, i);
        if (!dp->distpoint)      /* an empty point (CVE-2019-5010) */
            continue;
        GENERAL_NAMES *gns = dp->distpoint->name.fullname;
        for (int j = 0; j < OPENSSL_sk_num((OPENSSL_STACK *)gns); j++) {
            GENERAL_NAME *gn = OPENSSL_sk_value((OPENSSL_STACK *)gns, j);
            if (gn->type != GEN_URI)
                continue;
            Value u = asn1_str(th, gn->d.uniformResourceIdentifier);
            if (!u || kr_list_append(th, l, u) < 0)
                goto done;
        }
    }
    result = l->size ? list_tuple(th, l) : KR_NONE;
done:
    CRL_DIST_POINTS_free(dps);
    return result;
}

/* What print(b) wrote into a memory BIO, as a str. */
static Value bio_text(Thread *th, BIO *b)
{
    char buf[256];
    int n = BIO_read(b, buf, sizeof buf);
    (void)BIO_reset(b);
    return str_n(th, buf, n > 0 ? (size_t)n : 0);
}

Value kr_ssl_decode_cert(Thread *th, X509 *cert)
{
    Dict *d = kr_dict_new(th);
    if (!d || dict_put(th, d, "subject", x509_name(th, X509_get_subject_name(cert))) < 0 ||
        dict_put(th, d, "issuer", x509_name(th, X509_get_issuer_name(cert))) < 0 ||
        dict_put(th, d, "version", kr_from_smallint(X509_get_version(cert) + 1)) < 0)
        return KR_VALUE_NULL;
    BIO *b = BIO_new(BIO_s_mem());
    if (!b) {
        kr_ssl_error_lib(th, NULL, 0, 1370);
        return KR_VALUE_NULL;
    }
    i2a_ASN1_INTEGER(b, X509_get_serialNumber(cert));
    int bad = dict_put(th, d, "serialNumber", bio_text(th, b));
    if (!bad) {
        ASN1_TIME_print(b, X509_get0_notBefore(cert));
        bad = dict_put(th, d, "notBefore", bio_text(th, b));
    }
    if (!bad) {
        ASN1_TIME_print(b, X509_get0_notAfter(cert));
        bad = dict_put(th, d, "notAfter", bio_text(th, b));
    }
    BIO_free(b);
    if (bad)
        return KR_VALUE_NULL;
    static const struct {
        const char *key;
        int nid;
    } OPTIONAL[] = {{"subjectAltName", 0}, {"OCSP", NID_ad_OCSP}, {"caIssuers", NID_ad_ca_issuers},
                    {"crlDistributionPoints", -1}};
    for (size_t i = 0; i < sizeof OPTIONAL / sizeof OPTIONAL[0]; i++) {
        int nid = OPTIONAL[i].nid;
        Value v = nid == 0 ? alt_names(th, cert) : nid < 0 ? crl_points(th, cert) : aia_uris(th, cert, nid);
        if (!v || (v != KR_NONE && dict_put(th, d, OPTIONAL[i].key, v) < 0))
            return KR_VALUE_NULL;
    }
    return kr_from_obj(d);
}

Value kr_ssl_cert_der(Thread *th, X509 *cert)
{
    unsigned char *der = NULL;
    int n = i2d_X509(cert, &der);
    if (n < 0) {
        kr_ssl_error_lib(th, NULL, 0, 1840);
        return KR_VALUE_NULL;
    }
    Bytes *b = kr_bytes_new(th, der, n);
    OPENSSL_free(der);
    return kr_bytes_value(b);
}

/* ---- module functions -------------------------------------------------------------- */

/* _test_decode_cert(path): the dict of the first certificate in a PEM file. */
KR_LIB_FUNC(ssl_test_decode_cert)
{
    if (kr_libutil_check_positional(th, "_test_decode_cert", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    const char *path;
    size_t n;
    if (kr_str_check(args[0]))
        path = kr_str_utf8(th, kr_as_str(args[0]), &n);
    else if (kr_is_type(args[0], &kr_bytes_type))
        path = (const char *)((Bytes *)kr_as_obj(args[0]))->data;
    else {
        kr_err_format(th, &kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %T",
                      args[0]);
        return KR_VALUE_NULL;
    }
    if (!path)
        return KR_VALUE_NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        kr_err_set_string(th, &kr_ssl_error_type, "Can't open file");
        return KR_VALUE_NULL;
    }
    Buf data;
    kr_buf_init(&data);
    char chunk[4096];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        kr_buf_write(&data, chunk, got);
    fclose(f);
    if (kr_err_buf_failed(th, &data))
        return KR_VALUE_NULL;
    BIO *b = BIO_new_mem_buf(data.data, (int)data.len);
    X509 *x = b ? PEM_read_bio_X509(b, NULL, NULL, NULL) : NULL;
    BIO_free(b);
    kr_buf_free(&data);
    if (!x) {
        ERR_clear_error();
        kr_err_set_string(th, &kr_ssl_error_type, "Error decoding PEM-encoded file");
        return KR_VALUE_NULL;
    }
    Value r = kr_ssl_decode_cert(th, x);
    X509_free(x);
    return r;
}

KR_LIB_FUNC(ssl_rand_bytes)
{
    if (kr_libutil_check_positional(th, "RAND_bytes", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    int n;
    if (kr_comprutil_as_int(th, args[0], &n) < 0)
        return KR_VALUE_NULL;
    if (n < 0) {
        kr_err_set_string(th, &kr_exc_ValueError, "num must be positive");
        return KR_VALUE_NULL;
    }
    Bytes *b = kr_bytes_alloc(th, n);
    if (b && RAND_bytes(b->data, n) != 1) {
        kr_ssl_error_lib(th, NULL, 0, 5080);
        return KR_VALUE_NULL;
    }
    return kr_bytes_value(b);
}

KR_LIB_FUNC(ssl_rand_pseudo_bytes)
{
    if (kr_libutil_check_positional(th, "RAND_pseudo_bytes", nargs, 1, 1) < 0 ||
        kr_ssl_deprecated(th, "ssl.RAND_pseudo_bytes() is deprecated") < 0)
        return KR_VALUE_NULL;
    Value b = ssl_rand_bytes(th, self, args, nargs, kw);
    Value items[2] = {b, KR_TRUE};
    return b ? tuple_of(th, items, 2) : KR_VALUE_NULL;
}

KR_LIB_FUNC(ssl_rand_status)
{
    if (kr_call_check_args(th, "RAND_status", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(RAND_status() == 1);
}

/* RAND_add(string, entropy, /): str (as UTF-8) or bytes-like. */
KR_LIB_FUNC(ssl_rand_add)
{
    if (kr_libutil_check_positional(th, "RAND_add", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    const unsigned char *p;
    int64_t n;
    Value keep;
    if (kr_str_check(args[0])) {
        size_t sn;
        p = (const unsigned char *)kr_str_utf8(th, kr_as_str(args[0]), &sn);
        n = (int64_t)sn;
        if (!p)
            return KR_VALUE_NULL;
    } else if (kr_comprutil_buffer(th, args[0], &keep, &p, &n) < 0)
        return KR_VALUE_NULL;
    double entropy;
    if (kr_is_double(args[1]))
        entropy = kr_float_value(args[1]);
    else if (kr_is_smallint(args[1]))
        entropy = (double)kr_as_smallint(args[1]);
    else {
        Value f = kr_vm_call(th, kr_from_obj(&kr_float_type), &args[1], 1, NULL);
        if (!f)
            return KR_VALUE_NULL;
        entropy = kr_float_value(f);
    }
    while (n > 0) {
        int chunk = n > INT32_MAX ? INT32_MAX : (int)n;
        RAND_add(p, chunk, entropy);
        p += chunk;
        n -= chunk;
    }
    return KR_NONE;
}

/* (nid, shortname, longname, oid) of an ASN.1 object. */
static Value asn1obj_value(Thread *th, ASN1_OBJECT *obj)
{
    int nid = OBJ_obj2nid(obj);
    if (nid == NID_undef) {
        kr_err_set_string(th, &kr_exc_ValueError, "Unknown object");
        return KR_VALUE_NULL;
    }
    char buf[100];
    int n = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    if (n < 0) {
        kr_ssl_error_lib(th, NULL, 0, 5180);
        return KR_VALUE_NULL;
    }
    Value items[4] = {kr_from_smallint(nid), kr_ssl_str(th, OBJ_nid2sn(nid)), kr_ssl_str(th, OBJ_nid2ln(nid)),
                      str_n(th, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1)};
    if (!items[1] || !items[2] || !items[3])
        return KR_VALUE_NULL;
    return tuple_of(th, items, 4);
}

/* txt2obj(txt, name=False) */
KR_LIB_FUNC(ssl_txt2obj)
{
    static const char *const names[] = {"txt", "name", NULL};
    Value a[2];
    if (kr_libutil_parse(th, "txt2obj", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0])) {
        kr_err_format(th, &kr_exc_TypeError, "txt2obj() argument 'txt' must be str, not %T", a[0]);
        return KR_VALUE_NULL;
    }
    size_t n;
    const char *txt = kr_str_utf8(th, kr_as_str(a[0]), &n);
    int byname = a[1] ? kr_object_truth(th, a[1]) : 0;
    if (!txt || byname < 0)
        return KR_VALUE_NULL;
    ASN1_OBJECT *obj = OBJ_txt2obj(txt, byname ? 0 : 1);
    if (!obj) {
        ERR_clear_error();
        {
            char msg[160];
            snprintf(msg, sizeof msg, "unknown object '%.100s'", txt);
            kr_err_set_string(th, &kr_exc_ValueError, msg);
        }
        return KR_VALUE_NULL;
    }
    Value r = asn1obj_value(th, obj);
    ASN1_OBJECT_free(obj);
    return r;
}

KR_LIB_FUNC(ssl_nid2obj)
{
    if (kr_libutil_check_positional(th, "nid2obj", nargs, 1, 1) < 0)
        return KR_VALUE_NULL;
    int nid;
    if (kr_comprutil_as_int(th, args[0], &nid) < 0)
        return KR_VALUE_NULL;
    if (nid < NID_undef) {
        kr_err_set_string(th, &kr_exc_ValueError, "NID must be positive.");
        return KR_VALUE_NULL;
    }
    ASN1_OBJECT *obj = OBJ_nid2obj(nid);
    if (!obj) {
        ERR_clear_error();
        kr_err_format(th, &kr_exc_ValueError, "unknown NID %d", nid);
        return KR_VALUE_NULL;
    }
    Value r = asn1obj_value(th, obj);
    ASN1_OBJECT_free(obj);
    return r;
}

KR_LIB_FUNC(ssl_get_default_verify_paths)
{
    if (kr_call_check_args(th, "get_default_verify_paths", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Value items[4] = {kr_ssl_str(th, X509_get_default_cert_file_env()),
                      kr_ssl_str(th, X509_get_default_cert_file()),
                      kr_ssl_str(th, X509_get_default_cert_dir_env()),
                      kr_ssl_str(th, X509_get_default_cert_dir())};
    for (int i = 0; i < 4; i++)
        if (!items[i])
            return KR_VALUE_NULL;
    return tuple_of(th, items, 4);
}

static const MethodDef ssl_functions[] = {
    {"_test_decode_cert", ssl_test_decode_cert, "($module, path, /)", NULL, 0},
    {"RAND_add", ssl_rand_add, "($module, string, entropy, /)", NULL, 0},
    {"RAND_bytes", ssl_rand_bytes, "($module, n, /)", NULL, 0},
    {"RAND_pseudo_bytes", ssl_rand_pseudo_bytes, "($module, n, /)", NULL, 0},
    {"RAND_status", ssl_rand_status, "($module, /)", NULL, 0},
    {"get_default_verify_paths", ssl_get_default_verify_paths, "($module, /)", NULL, 0},
    {"txt2obj", ssl_txt2obj, "($module, /, txt, name=False)", NULL, 0},
    {"nid2obj", ssl_nid2obj, "($module, nid, /)", NULL, 0},
    {0},
};

/* ---- constants ---------------------------------------------------------------------- */

static const struct {
    const char *name;
    int64_t value;
} CONSTANTS[] = {
    {"SSL_ERROR_ZERO_RETURN", KR_SSL_ERROR_ZERO_RETURN},
    {"SSL_ERROR_WANT_READ", KR_SSL_ERROR_WANT_READ},
    {"SSL_ERROR_WANT_WRITE", KR_SSL_ERROR_WANT_WRITE},
    {"SSL_ERROR_WANT_X509_LOOKUP", KR_SSL_ERROR_WANT_X509_LOOKUP},
    {"SSL_ERROR_SYSCALL", KR_SSL_ERROR_SYSCALL},
    {"SSL_ERROR_SSL", KR_SSL_ERROR_SSL},
    {"SSL_ERROR_WANT_CONNECT", KR_SSL_ERROR_WANT_CONNECT},
    {"SSL_ERROR_EOF", KR_SSL_ERROR_EOF},
    {"SSL_ERROR_INVALID_ERROR_CODE", KR_SSL_ERROR_INVALID_ERROR_CODE},
    {"CERT_NONE", 0}, {"CERT_OPTIONAL", 1}, {"CERT_REQUIRED", 2},
    {"VERIFY_DEFAULT", 0},
    {"VERIFY_CRL_CHECK_LEAF", X509_V_FLAG_CRL_CHECK},
    {"VERIFY_CRL_CHECK_CHAIN", X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL},
    {"VERIFY_X509_STRICT", X509_V_FLAG_X509_STRICT},
    {"VERIFY_ALLOW_PROXY_CERTS", X509_V_FLAG_ALLOW_PROXY_CERTS},
    {"VERIFY_X509_TRUSTED_FIRST", X509_V_FLAG_TRUSTED_FIRST},
    {"VERIFY_X509_PARTIAL_CHAIN", X509_V_FLAG_PARTIAL_CHAIN},
#define ALERT(n) {"ALERT_DESCRIPTION_" #n, SSL_AD_##n}
    ALERT(CLOSE_NOTIFY), ALERT(UNEXPECTED_MESSAGE), ALERT(BAD_RECORD_MAC),
    ALERT(RECORD_OVERFLOW), ALERT(DECOMPRESSION_FAILURE), ALERT(HANDSHAKE_FAILURE),
    ALERT(BAD_CERTIFICATE), ALERT(UNSUPPORTED_CERTIFICATE), ALERT(CERTIFICATE_REVOKED),
    ALERT(CERTIFICATE_EXPIRED), ALERT(CERTIFICATE_UNKNOWN), ALERT(ILLEGAL_PARAMETER),
    ALERT(UNKNOWN_CA), ALERT(ACCESS_DENIED), ALERT(DECODE_ERROR), ALERT(DECRYPT_ERROR),
    ALERT(PROTOCOL_VERSION), ALERT(INSUFFICIENT_SECURITY), ALERT(INTERNAL_ERROR),
    ALERT(USER_CANCELLED), ALERT(NO_RENEGOTIATION), ALERT(UNSUPPORTED_EXTENSION),
    ALERT(CERTIFICATE_UNOBTAINABLE), ALERT(UNRECOGNIZED_NAME),
    ALERT(BAD_CERTIFICATE_STATUS_RESPONSE), ALERT(BAD_CERTIFICATE_HASH_VALUE),
    ALERT(UNKNOWN_PSK_IDENTITY),
#undef ALERT
    {"PROTOCOL_SSLv23", KR_PROTO_TLS}, {"PROTOCOL_TLS", KR_PROTO_TLS},
    {"PROTOCOL_TLS_CLIENT", KR_PROTO_TLS_CLIENT}, {"PROTOCOL_TLS_SERVER", KR_PROTO_TLS_SERVER},
    {"PROTOCOL_TLSv1", KR_PROTO_TLS1}, {"PROTOCOL_TLSv1_1", KR_PROTO_TLS1_1},
    {"PROTOCOL_TLSv1_2", KR_PROTO_TLS1_2},
    {"OP_ALL", SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS},
    {"OP_NO_SSLv2", 0}, {"OP_NO_SSLv3", SSL_OP_NO_SSLv3}, {"OP_NO_TLSv1", SSL_OP_NO_TLSv1},
    {"OP_NO_TLSv1_1", SSL_OP_NO_TLSv1_1}, {"OP_NO_TLSv1_2", SSL_OP_NO_TLSv1_2},
    {"OP_NO_TLSv1_3", SSL_OP_NO_TLSv1_3},
    {"OP_CIPHER_SERVER_PREFERENCE", SSL_OP_CIPHER_SERVER_PREFERENCE},
    {"OP_SINGLE_DH_USE", 0}, {"OP_SINGLE_ECDH_USE", 0},
    {"OP_NO_COMPRESSION", SSL_OP_NO_COMPRESSION},
    {"OP_ENABLE_MIDDLEBOX_COMPAT", SSL_OP_ENABLE_MIDDLEBOX_COMPAT},
    {"OP_NO_RENEGOTIATION", SSL_OP_NO_RENEGOTIATION},
    {"OP_IGNORE_UNEXPECTED_EOF", SSL_OP_IGNORE_UNEXPECTED_EOF},
    {"OP_NO_TICKET", SSL_OP_NO_TICKET},
    {"HOSTFLAG_ALWAYS_CHECK_SUBJECT", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT},
    {"HOSTFLAG_NEVER_CHECK_SUBJECT", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT},
    {"HOSTFLAG_NO_WILDCARDS", X509_CHECK_FLAG_NO_WILDCARDS},
    {"HOSTFLAG_NO_PARTIAL_WILDCARDS", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS},
    {"HOSTFLAG_MULTI_LABEL_WILDCARDS", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS},
    {"HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS},
    {"PROTO_MINIMUM_SUPPORTED", -2}, {"PROTO_MAXIMUM_SUPPORTED", -1},
    {"PROTO_SSLv3", SSL3_VERSION}, {"PROTO_TLSv1", TLS1_VERSION},
    {"PROTO_TLSv1_1", TLS1_1_VERSION}, {"PROTO_TLSv1_2", TLS1_2_VERSION},
    {"PROTO_TLSv1_3", TLS1_3_VERSION},
    {"ENCODING_PEM", 1}, {"ENCODING_DER", 2},
};

static const struct {
    const char *name;
    bool value;
} FLAGS[] = {
    {"HAS_SNI", true}, {"HAS_TLS_UNIQUE", true}, {"HAS_ECDH", true}, {"HAS_NPN", false},
    {"HAS_ALPN", true}, {"HAS_SSLv2", false}, {"HAS_SSLv3", false}, {"HAS_TLSv1", true},
    {"HAS_TLSv1_1", true}, {"HAS_TLSv1_2", true}, {"HAS_TLSv1_3", true},
};

/* (major, minor, fix, patch, status) of an OpenSSL version number. */
static Value version_info(Thread *th, unsigned long v)
{
    Value items[5] = {
        kr_from_smallint((v >> 28) & 0xF), kr_from_smallint((v >> 20) & 0xFF),
        kr_from_smallint((v >> 12) & 0xFF), kr_from_smallint((v >> 4) & 0xFF),
        kr_from_smallint(v & 0xF),
    };
    return tuple_of(th, items, 5);
}

static int add_constants(Thread *th, Module *m)
{
    for (size_t i = 0; i < sizeof CONSTANTS / sizeof CONSTANTS[0]; i++) {
        Value v = kr_int_from_i64(th, CONSTANTS[i].value);
        if (!v || kr_libutil_add_value(th, m, CONSTANTS[i].name, v) < 0)
            return -1;
    }
    for (size_t i = 0; i < sizeof FLAGS / sizeof FLAGS[0]; i++)
        if (kr_libutil_add_value(th, m, FLAGS[i].name, kr_from_bool(FLAGS[i].value)) < 0)
            return -1;
    unsigned long v = OpenSSL_version_num();
    Value num = kr_int_from_i64(th, (int64_t)v), info = version_info(th, v);
    Value text = kr_ssl_str(th, OpenSSL_version(OPENSSL_VERSION));
    Value api = version_info(th, OPENSSL_VERSION_NUMBER);
    Value ciphers = kr_ssl_str(th, SSL_DEFAULT_CIPHER_LIST);
    if (!num || !info || !text || !api || !ciphers ||
        kr_libutil_add_value(th, m, "OPENSSL_VERSION_NUMBER", num) < 0 ||
        kr_libutil_add_value(th, m, "OPENSSL_VERSION_INFO", info) < 0 ||
        kr_libutil_add_value(th, m, "OPENSSL_VERSION", text) < 0 ||
        kr_libutil_add_value(th, m, "_OPENSSL_API_VERSION", api) < 0 ||
        kr_libutil_add_value(th, m, "_DEFAULT_CIPHERS", ciphers) < 0)
        return -1;
    return 0;
}

/* err_codes_to_names, err_names_to_codes, lib_codes_to_names. */
static int add_error_tables(Thread *th, Module *m)
{
    Dict *to_names = kr_dict_new(th), *to_codes = kr_dict_new(th), *libs = kr_dict_new(th);
    if (!to_names || !to_codes || !libs)
        return -1;
    for (size_t i = 0; i < sizeof SSL_REASONS / sizeof SSL_REASONS[0]; i++) {
        const SslReasonName *r = &SSL_REASONS[i];
        Value key[2] = {kr_from_smallint(r->lib), kr_from_smallint(r->reason)};
        Value k = tuple_of(th, key, 2), name = kr_ssl_str(th, r->name);
        if (!k || !name || kr_dict_set(th, to_names, k, name) < 0 ||
            kr_dict_set(th, to_codes, name, k) < 0)
            return -1;
    }
    for (size_t i = 0; i < sizeof SSL_LIBS / sizeof SSL_LIBS[0]; i++) {
        Value name = kr_ssl_str(th, SSL_LIBS[i].name);
        if (!name || kr_dict_set(th, libs, kr_from_smallint(SSL_LIBS[i].lib), name) < 0)
            return -1;
    }
    if (kr_libutil_add_value(th, m, "err_codes_to_names", kr_from_obj(to_names)) < 0 ||
        kr_libutil_add_value(th, m, "err_names_to_codes", kr_from_obj(to_codes)) < 0)
        return -1;
    return kr_libutil_add_value(th, m, "lib_codes_to_names", kr_from_obj(libs));
}

/* SSLCertVerificationError(SSLError, ValueError): two bases, so made by
 * calling type() rather than declared. */
static int add_exceptions(Thread *th, Module *m)
{
    Type *types[] = {&kr_ssl_error_type, &kr_ssl_zero_return_type, &kr_ssl_want_read_type,
                     &kr_ssl_want_write_type, &kr_ssl_syscall_type, &kr_ssl_eof_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_libutil_add_type(th, m, types[i]) < 0)
            return -1;
    Value bases[2] = {kr_from_obj(&kr_ssl_error_type), kr_from_obj(&kr_exc_ValueError)};
    Dict *ns = kr_dict_new(th);
    Value targs[3] = {kr_ssl_str(th, "SSLCertVerificationError"), tuple_of(th, bases, 2),
                      ns ? kr_from_obj(ns) : KR_VALUE_NULL};
    if (!targs[0] || !targs[1] || !ns || dict_put(th, ns, "__module__", kr_ssl_str(th, "ssl")) < 0 ||
        dict_put(th, ns, "__doc__", kr_ssl_str(th, "A certificate could not be verified.")) < 0)
        return -1;
    Value t = kr_vm_call(th, kr_from_obj(&kr_type_type), targs, 3, NULL);
    if (!t)
        return -1;
    if (!cert_verification_root && !(cert_verification_root = kr_gc_alloc_root(sizeof(Value)))) {
        kr_err_no_memory(th);
        return -1;
    }
    *cert_verification_root = t;
    kr_ssl_cert_verification_type = (Type *)kr_as_obj(t);
    return kr_libutil_add_value(th, m, "SSLCertVerificationError", t);
}

int kr_mod__ssl_init(Thread *th)
{
    pthread_once(&ssl_once, load_ssl);
    if (ssl_load_error) {
        kr_err_format(th, &kr_exc_ImportError, "_ssl: %s", ssl_load_error);
        return -1;
    }
    Module *m = kr_libutil_module(th, "_ssl", ssl_functions);
    if (!m || add_exceptions(th, m) < 0 || add_constants(th, m) < 0 || add_error_tables(th, m) < 0 ||
        kr_libutil_add_type(th, m, &kr_ssl_context_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_ssl_socket_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_ssl_membio_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_ssl_session_type) < 0 ||
        kr_libutil_add_type(th, m, &kr_ssl_cert_type) < 0)
        return -1;
    return 0;
}
