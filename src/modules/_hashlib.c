/*
 * _hashlib.c -- the _hashlib module on OpenSSL's libcrypto (EVP API, as
 * CPython 3.11 builds it against OpenSSL 3): HASH and HASHXOF objects,
 * new() and the openssl_<name> constructors hashlib binds, HMAC objects,
 * pbkdf2_hmac, scrypt, compare_digest.
 *
 * Names.  Python spells digests "sha3_256", OpenSSL "sha3-256"; the
 * table NAMES translates both ways (by name to fetch, by NID to name a
 * HASH), as CPython's py_hashes table does, and any other name is handed
 * to OpenSSL as is ("SHA256", "sha-256" work; a HASH's name is always the
 * Python one).  openssl_md_meth_names is what OpenSSL's providers offer,
 * enumerated at start-up, so algorithms_available matches python3.11's on
 * the same system.
 *
 * HMAC uses OpenSSL's HMAC_CTX, as CPython 3.11 does: deprecated in
 * OpenSSL 3, but its EVP_MAC replacement looks the digest up by name at
 * every init, which made hmac.digest() three times slower.
 *
 * Memory.  EVP_MD_CTX and HMAC_CTX are OpenSSL's malloc'ed state; the
 * object holds the pointer and a finalizer frees it (comprutil.h).
 * Errors from OpenSSL become "[library] reason" messages, as CPython's
 * _setException words them ("[digital envelope routines] unsupported").
 *
 * Loading.  libcrypto is opened with dlopen when _hashlib is first
 * imported, not linked: loading it costs 3.3 MB of resident memory (its
 * relocations and initialisers), which every `krait -c pass` paid.  The
 * entry points are resolved into CRYPTO once (pthread_once); after that
 * the table is read-only, like the library itself, so it is shared by all
 * threads and VMs.
 */
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

/* HMAC_CTX is deprecated since OpenSSL 3.0 (see above) */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/objects.h>

#include <dlfcn.h>
#include <pthread.h>

#define KR_CRYPTO_FUNCS(X) \
    X(ERR_clear_error) \
    X(ERR_lib_error_string) \
    X(ERR_peek_last_error) \
    X(ERR_reason_error_string) \
    X(EVP_DigestFinalXOF) \
    X(EVP_DigestFinal_ex) \
    X(EVP_DigestInit_ex) \
    X(EVP_DigestUpdate) \
    X(EVP_MD_CTX_copy_ex) \
    X(EVP_MD_CTX_free) \
    X(EVP_MD_CTX_get0_md) \
    X(EVP_MD_CTX_new) \
    X(EVP_MD_do_all_provided) \
    X(EVP_MD_fetch) \
    X(EVP_MD_free) \
    X(EVP_MD_get_block_size) \
    X(EVP_MD_get_flags) \
    X(EVP_MD_get_size) \
    X(EVP_MD_get_type) \
    X(EVP_MD_up_ref) \
    X(EVP_PBE_scrypt) \
    X(EVP_default_properties_is_fips_enabled) \
    X(HMAC_CTX_copy) \
    X(HMAC_CTX_free) \
    X(HMAC_CTX_new) \
    X(HMAC_Final) \
    X(HMAC_Init_ex) \
    X(HMAC_Update) \
    X(OBJ_nid2ln) \
    X(OBJ_nid2sn) \
    X(PKCS5_PBKDF2_HMAC) \

typedef struct CryptoApi {
#define KR_CRYPTO_SLOT(f) __typeof__(f) *f;
    KR_CRYPTO_FUNCS(KR_CRYPTO_SLOT)
#undef KR_CRYPTO_SLOT
} CryptoApi;

static CryptoApi CRYPTO;
static const char *crypto_error;        /* why loading failed, or NULL */
static pthread_once_t crypto_once = PTHREAD_ONCE_INIT;

static void load_crypto(void)
{
    void *lib = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        crypto_error = dlerror();
        return;
    }
#define KR_CRYPTO_LOAD(f) \
    if (!(*(void **)&CRYPTO.f = dlsym(lib, #f))) { \
        crypto_error = "libcrypto.so.3 lacks " #f; \
        return; \
    }
    KR_CRYPTO_FUNCS(KR_CRYPTO_LOAD)
#undef KR_CRYPTO_LOAD
}

/* From here on, OpenSSL's names call through the table. */
#define ERR_clear_error CRYPTO.ERR_clear_error
#define ERR_lib_error_string CRYPTO.ERR_lib_error_string
#define ERR_peek_last_error CRYPTO.ERR_peek_last_error
#define ERR_reason_error_string CRYPTO.ERR_reason_error_string
#define EVP_DigestFinalXOF CRYPTO.EVP_DigestFinalXOF
#define EVP_DigestFinal_ex CRYPTO.EVP_DigestFinal_ex
#define EVP_DigestInit_ex CRYPTO.EVP_DigestInit_ex
#define EVP_DigestUpdate CRYPTO.EVP_DigestUpdate
#define EVP_MD_CTX_copy_ex CRYPTO.EVP_MD_CTX_copy_ex
#define EVP_MD_CTX_free CRYPTO.EVP_MD_CTX_free
#define EVP_MD_CTX_get0_md CRYPTO.EVP_MD_CTX_get0_md
#define EVP_MD_CTX_new CRYPTO.EVP_MD_CTX_new
#define EVP_MD_do_all_provided CRYPTO.EVP_MD_do_all_provided
#define EVP_MD_fetch CRYPTO.EVP_MD_fetch
#define EVP_MD_free CRYPTO.EVP_MD_free
#define EVP_MD_get_block_size CRYPTO.EVP_MD_get_block_size
#define EVP_MD_get_flags CRYPTO.EVP_MD_get_flags
#define EVP_MD_get_size CRYPTO.EVP_MD_get_size
#define EVP_MD_get_type CRYPTO.EVP_MD_get_type
#define EVP_MD_up_ref CRYPTO.EVP_MD_up_ref
#define EVP_PBE_scrypt CRYPTO.EVP_PBE_scrypt
#define EVP_default_properties_is_fips_enabled CRYPTO.EVP_default_properties_is_fips_enabled
#define HMAC_CTX_copy CRYPTO.HMAC_CTX_copy
#define HMAC_CTX_free CRYPTO.HMAC_CTX_free
#define HMAC_CTX_new CRYPTO.HMAC_CTX_new
#define HMAC_Final CRYPTO.HMAC_Final
#define HMAC_Init_ex CRYPTO.HMAC_Init_ex
#define HMAC_Update CRYPTO.HMAC_Update
#define OBJ_nid2ln CRYPTO.OBJ_nid2ln
#define OBJ_nid2sn CRYPTO.OBJ_nid2sn
#define PKCS5_PBKDF2_HMAC CRYPTO.PKCS5_PBKDF2_HMAC

#include "modules/comprutil.h"
#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "gc/gc.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"

typedef struct Hash {
    Obj hdr;
    EVP_MD_CTX *ctx;          /* OpenSSL's; freed by the finalizer */
} Hash;

typedef struct Hmac {
    Obj hdr;
    Value name;               /* "hmac-sha256" */
    HMAC_CTX *ctx;
    int digest_size, block_size;
} Hmac;

static Type hash_type, hashxof_type, hmac_type;

static Type unsupported_type = {
    .hdr = {&kr_type_type}, .name = "_hashlib.UnsupportedDigestmodError",
    .base = &kr_exc_ValueError, .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

static const struct {
    const char *py, *alias, *ossl;
    int nid;
} NAMES[] = {
    {"md5", "MD5", "md5", NID_md5},
    {"sha1", "SHA1", "sha1", NID_sha1},
    {"sha224", "SHA224", "sha224", NID_sha224},
    {"sha256", "SHA256", "sha256", NID_sha256},
    {"sha384", "SHA384", "sha384", NID_sha384},
    {"sha512", "SHA512", "sha512", NID_sha512},
    {"sha512_224", "SHA512_224", "sha512-224", NID_sha512_224},
    {"sha512_256", "SHA512_256", "sha512-256", NID_sha512_256},
    {"sha3_224", NULL, "sha3-224", NID_sha3_224},
    {"sha3_256", NULL, "sha3-256", NID_sha3_256},
    {"sha3_384", NULL, "sha3-384", NID_sha3_384},
    {"sha3_512", NULL, "sha3-512", NID_sha3_512},
    {"shake_128", NULL, "shake128", NID_shake128},
    {"shake_256", NULL, "shake256", NID_shake256},
    {"blake2s", "blake2s256", "blake2s256", NID_blake2s256},
    {"blake2b", "blake2b512", "blake2b512", NID_blake2b512},
};
#define NNAMES (sizeof NAMES / sizeof NAMES[0])

/* The exception type's error from OpenSSL's queue, "[lib] reason", or
 * alt when the queue is empty (CPython's _setException). */
static void openssl_error_alt(Thread *th, Type *type, const char *alt)
{
    unsigned long e = ERR_peek_last_error();
    const char *lib = e ? ERR_lib_error_string(e) : NULL;
    const char *reason = e ? ERR_reason_error_string(e) : NULL;
    ERR_clear_error();
    if (!e)
        kr_err_set_string(th, type, alt ? alt : "no reason supplied");
    else if (lib && reason)
        kr_err_format(th, type, "[%s] %s", lib, reason);
    else
        kr_err_set_string(th, type, reason ? reason : "unknown reasons");
}

static void openssl_error(Thread *th, Type *type) { openssl_error_alt(th, type, NULL); }

/* The Python name of a digest (CPython's py_digest_name). */
static const char *digest_name(const EVP_MD *md)
{
    int nid = EVP_MD_get_type(md);
    for (size_t i = 0; i < NNAMES; i++)
        if (NAMES[i].nid == nid)
            return NAMES[i].py;
    const char *n = OBJ_nid2ln(nid);
    return n ? n : OBJ_nid2sn(nid);
}

/* EVP_MD_fetch is a provider lookup under a lock, as costly as hashing
 * a short string; CPython 3.11 caches the fetched digests of its table,
 * and so does krait: one reference per table entry, kept for the life
 * of the process (immutable OpenSSL objects, so this cache is the only
 * mutable global here and needs no lock beyond an atomic publish).  The
 * caller gets its own reference either way. */
static EVP_MD *_Atomic md_cache[NNAMES];

static EVP_MD *fetch_cached(const char *ossl)
{
    size_t i = 0;
    while (i < NNAMES && strcmp(ossl, NAMES[i].ossl))
        i++;
    if (i == NNAMES)
        return EVP_MD_fetch(NULL, ossl, NULL);
    EVP_MD *md = md_cache[i];
    if (!md) {
        md = EVP_MD_fetch(NULL, ossl, NULL);
        if (!md)
            return NULL;
        EVP_MD *expected = NULL;
        if (!atomic_compare_exchange_strong(&md_cache[i], &expected, md)) {
            EVP_MD_free(md);
            md = expected;
        }
    }
    return EVP_MD_up_ref(md) ? md : NULL;
}

/* Fetch a digest by Python or OpenSSL name; ValueError with OpenSSL's
 * message otherwise (UnsupportedDigestmodError is only for a digestmod
 * object this module does not know, in 3.11.2).  The caller frees it. */
static EVP_MD *digest_by_name(Thread *th, const char *name)
{
    const char *ossl = name;
    for (size_t i = 0; i < NNAMES; i++)
        if (!strcmp(name, NAMES[i].py) || (NAMES[i].alias && !strcmp(name, NAMES[i].alias))) {
            ossl = NAMES[i].ossl;
            break;
        }
    EVP_MD *md = fetch_cached(ossl);
    if (!md) {
        char alt[128];
        snprintf(alt, sizeof alt, "unsupported hash type %s", name);
        openssl_error_alt(th, &kr_exc_ValueError, alt);
    }
    return md;
}

static bool is_xof(const EVP_MD *md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }

/* data for hashing: str is refused as hashlib does. */
static int hash_input(Thread *th, Value data, Value *keep, const unsigned char **p, int64_t *n)
{
    if (kr_str_check(data)) {
        kr_err_set_string(th, &kr_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!kr_comprutil_is_buffer(data)) {
        kr_err_set_string(th, &kr_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return kr_comprutil_buffer(th, data, keep, p, n);
}

static Str *cstr(Thread *th, const char *s) { return kr_str_from_cstr(th, s); }

static const char *utf8(Thread *th, Value s)
{
    size_t n;
    return kr_str_utf8(th, kr_as_str(s), &n);
}

static Value hex_value(Thread *th, const unsigned char *p, size_t n)
{
    Str *s = kr_str_alloc(th, (int64_t)n * 2, 1, true);
    if (!s)
        return KR_VALUE_NULL;
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        s->data[2 * i] = (unsigned char)digits[p[i] >> 4];
        s->data[2 * i + 1] = (unsigned char)digits[p[i] & 15];
    }
    return kr_from_obj(s);
}

/* ---- HASH and HASHXOF ----------------------------------------------------- */

static void hash_finalize(void *obj, void *data, void *ctx)
{
    Hash *h = obj;
    EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
}

static Hash *hash_alloc(Thread *th, const EVP_MD *md)
{
    Hash *h = kr_libutil_alloc(th, is_xof(md) ? &hashxof_type : &hash_type);
    if (!h)
        return NULL;
    h->ctx = EVP_MD_CTX_new();
    if (!h->ctx) {
        kr_err_no_memory(th);
        return NULL;
    }
    kr_gc_add_finalizer(h, hash_finalize, NULL);
    return h;
}

static int hash_update(Thread *th, Hash *h, Value data)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    if (hash_input(th, data, &keep, &p, &n) < 0)
        return -1;
    if (!EVP_DigestUpdate(h->ctx, p, (size_t)n)) {
        openssl_error(th, &kr_exc_ValueError);
        return -1;
    }
    return 0;
}

/* A HASH of md over data (may be NULL). */
static Value hash_make(Thread *th, const char *name, Value data)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    if (data && hash_input(th, data, &keep, &p, &n) < 0)
        return KR_VALUE_NULL;
    EVP_MD *md = digest_by_name(th, name);
    if (!md)
        return KR_VALUE_NULL;
    Hash *h = hash_alloc(th, md);
    int ok = h && EVP_DigestInit_ex(h->ctx, md, NULL);
    EVP_MD_free(md);
    if (!h)
        return KR_VALUE_NULL;
    if (!ok) {
        openssl_error(th, &kr_exc_ValueError);
        return KR_VALUE_NULL;
    }
    if (data && hash_update(th, h, data) < 0)
        return KR_VALUE_NULL;
    return kr_from_obj(h);
}

/* new(name, string=b'', *, usedforsecurity=True) */
KR_LIB_FUNC(hashlib_new)
{
    static const char *const names[] = {"name", "string", "usedforsecurity", NULL};
    Value a[3];
    if (kr_libutil_parse_kwonly(th, "new", args, nargs, kw, names, 0, 1, 1, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0])) {
        kr_err_set_string(th, &kr_exc_TypeError, "name must be a string");
        return KR_VALUE_NULL;
    }
    const char *name = utf8(th, a[0]);
    return name ? hash_make(th, name, a[1]) : KR_VALUE_NULL;
}

/* openssl_<name>(string=b'', *, usedforsecurity=True) */
static Value constructor(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw)
{
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    char fname[32];
    Value a[2];
    snprintf(fname, sizeof fname, "openssl_%s", name);
    if (kr_libutil_parse_kwonly(th, fname, args, nargs, kw, names, 0, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    return hash_make(th, name, a[0]);
}

#define CONSTRUCTOR(n) \
    KR_LIB_FUNC(openssl_##n) { return constructor(th, #n, args, nargs, kw); }
CONSTRUCTOR(md5)
CONSTRUCTOR(sha1)
CONSTRUCTOR(sha224)
CONSTRUCTOR(sha256)
CONSTRUCTOR(sha384)
CONSTRUCTOR(sha512)
CONSTRUCTOR(sha3_224)
CONSTRUCTOR(sha3_256)
CONSTRUCTOR(sha3_384)
CONSTRUCTOR(sha3_512)
CONSTRUCTOR(shake_128)
CONSTRUCTOR(shake_256)

#define HSELF ((Hash *)kr_as_obj(args[0]))

static const char *hash_kind(const Value *args)
{
    return kr_type_of(args[0]) == &hashxof_type ? "HASHXOF" : "HASH";
}

static int hash_method_args(Thread *th, const Value *args, const char *method, size_t nargs,
                            size_t want, Tuple *kw)
{
    char name[40];
    snprintf(name, sizeof name, "%s.%s", hash_kind(args), method);
    return kr_call_check_args(th, name, nargs - 1, want, want, kw);
}

KR_LIB_FUNC(hash_update_m)
{
    if (hash_method_args(th, args, "update", nargs, 1, kw) < 0 || hash_update(th, HSELF, args[1]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

/* The digest so far, finishing a copy of the context (digest() must not
 * end the hash: update() may follow).  len: the XOF's
 * output length, or -1 for the digest's own size. */
static int hash_final(Thread *th, Hash *h, unsigned char *out, int64_t len, unsigned *outlen)
{
    EVP_MD_CTX *tmp = EVP_MD_CTX_new();
    int ok = tmp && EVP_MD_CTX_copy_ex(tmp, h->ctx) &&
             (len < 0 ? EVP_DigestFinal_ex(tmp, out, outlen)
                      : (len == 0 || EVP_DigestFinalXOF(tmp, out, (size_t)len)));
    EVP_MD_CTX_free(tmp);
    if (!ok) {
        openssl_error(th, &kr_exc_ValueError);
        return -1;
    }
    return 0;
}

static Value hash_result(Thread *th, const Value *args, size_t nargs, Tuple *kw, bool hex)
{
    const char *method = hex ? "hexdigest" : "digest";
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    if (kr_type_of(args[0]) != &hashxof_type) {
        if (hash_method_args(th, args, method, nargs, 0, kw) < 0 || hash_final(th, HSELF, buf, -1, &n) < 0)
            return KR_VALUE_NULL;
        return hex ? hex_value(th, buf, n) : kr_comprutil_bytes(th, buf, n);
    }
    static const char *const names[] = {"length", NULL};
    Value a[1];
    int64_t len;
    if (kr_libutil_parse(th, method, args + 1, nargs - 1, kw, names, 0, 1, a) < 0 ||
        kr_comprutil_as_ssize(th, a[0], &len) < 0)
        return KR_VALUE_NULL;
    if (len < 0) {
        kr_err_set_string(th, &kr_exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return KR_VALUE_NULL;
    }
    unsigned char *out = kr_gc_alloc_atomic((size_t)len + 1);
    if (!out) {
        kr_err_no_memory(th);
        return KR_VALUE_NULL;
    }
    if (hash_final(th, HSELF, out, len, &n) < 0)
        return KR_VALUE_NULL;
    return hex ? hex_value(th, out, (size_t)len) : kr_comprutil_bytes(th, out, len);
}

KR_LIB_FUNC(hash_digest_m) { return hash_result(th, args, nargs, kw, false); }
KR_LIB_FUNC(hash_hexdigest_m) { return hash_result(th, args, nargs, kw, true); }

KR_LIB_FUNC(hash_copy_m)
{
    if (hash_method_args(th, args, "copy", nargs, 0, kw) < 0)
        return KR_VALUE_NULL;
    Hash *h = hash_alloc(th, EVP_MD_CTX_get0_md(HSELF->ctx));
    if (!h)
        return KR_VALUE_NULL;
    if (!EVP_MD_CTX_copy_ex(h->ctx, HSELF->ctx)) {
        openssl_error(th, &kr_exc_ValueError);
        return KR_VALUE_NULL;
    }
    return kr_from_obj(h);
}

static const EVP_MD *hash_md(Value self) { return EVP_MD_CTX_get0_md(((Hash *)kr_as_obj(self))->ctx); }

static Value hash_get_name(Thread *th, Value self)
{
    Str *s = cstr(th, digest_name(hash_md(self)));
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static Value hash_get_digest_size(Thread *th, Value self)
{
    const EVP_MD *md = hash_md(self);
    return kr_from_smallint(is_xof(md) ? 0 : EVP_MD_get_size(md));
}

static Value hash_get_block_size(Thread *th, Value self)
{
    return kr_from_smallint(EVP_MD_get_block_size(hash_md(self)));
}

static Value hash_repr(Thread *th, Value self)
{
    char buf[128];
    snprintf(buf, sizeof buf, "<%s _hashlib.%s object @ %p>", digest_name(hash_md(self)),
             kr_type_of(self) == &hashxof_type ? "HASHXOF" : "HASH", (void *)kr_as_obj(self));
    Str *s = cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

/* Only new() and the constructors make these. */
static Value no_new(Thread *th, Type *type, const Value *args, size_t nargs, Tuple *kw)
{
    kr_err_format(th, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return KR_VALUE_NULL;
}

static const MethodDef hash_methods[] = {
    {"update", hash_update_m, "($self, obj, /)", NULL, 0},
    {"digest", hash_digest_m, "($self, /)", NULL, 0},
    {"hexdigest", hash_hexdigest_m, "($self, /)", NULL, 0},
    {"copy", hash_copy_m, "($self, /)", NULL, 0},
    {0},
};

static const MethodDef hashxof_methods[] = {
    {"digest", hash_digest_m, "($self, /, length)", NULL, 0},
    {"hexdigest", hash_hexdigest_m, "($self, /, length)", NULL, 0},
    {0},
};

static const MemberDef hash_members[] = {
    {"name", 0, hash_get_name, NULL, NULL, KR_MEMBER_READONLY},
    {"digest_size", 0, hash_get_digest_size, NULL, NULL, KR_MEMBER_READONLY},
    {"block_size", 0, hash_get_block_size, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type hash_type = {
    .hdr = {&kr_type_type}, .name = "_hashlib.HASH", .size = sizeof(Hash),
    .flags = KR_TYPE_BASETYPE, .new_ = no_new, .repr = hash_repr,
    .methods = hash_methods, .members = hash_members,
};
static Type hashxof_type = {
    .hdr = {&kr_type_type}, .name = "_hashlib.HASHXOF", .size = sizeof(Hash),
    .base = &hash_type, .new_ = no_new, .repr = hash_repr, .methods = hashxof_methods,
};

/* ---- HMAC ------------------------------------------------------------------ */

static void hmac_finalize(void *obj, void *data, void *ctx)
{
    Hmac *h = obj;
    HMAC_CTX_free(h->ctx);
    h->ctx = NULL;
}

static Hmac *hmac_alloc(Thread *th)
{
    Hmac *h = kr_libutil_alloc(th, &hmac_type);
    if (h)
        kr_gc_add_finalizer(h, hmac_finalize, NULL);
    return h;
}

/* The digest a digestmod names: a str, or one of this module's
 * constructors (through _constructors). */
static EVP_MD *digest_by_digestmod(Thread *th, Value digestmod)
{
    if (kr_str_check(digestmod)) {
        const char *name = utf8(th, digestmod);
        return name ? digest_by_name(th, name) : NULL;
    }
    Value m = kr_dict_get_str(th->vm->modules, kr_str_intern_cstr(th, "_hashlib"));
    Str *cname = kr_str_intern_cstr(th, "_constructors");
    Value ctors = m && cname ? kr_object_getattr(th, m, cname) : KR_VALUE_NULL;
    Value name = ctors && kr_is_dict(ctors) ? kr_dict_get(th, kr_as_dict(ctors), digestmod)
                                            : KR_VALUE_NULL;
    if (kr_err_occurred(th))
        return NULL;
    if (!name) {
        kr_err_format(th, &unsupported_type, "Unsupported digestmod %R", digestmod);
        return NULL;
    }
    const char *s = utf8(th, name);
    return s ? digest_by_name(th, s) : NULL;
}

/* An HMAC context over md keyed with key; NULL with the error set. */
static HMAC_CTX *hmac_ctx(Thread *th, const EVP_MD *md, const unsigned char *key, int64_t keylen)
{
    HMAC_CTX *ctx = HMAC_CTX_new();
    /* a zero-length key must still be a non-NULL pointer: NULL means
     * "keep the previous key" */
    if (!ctx || keylen > INT_MAX ||
        !HMAC_Init_ex(ctx, key ? key : (const unsigned char *)"", (int)keylen, md, NULL)) {
        HMAC_CTX_free(ctx);
        openssl_error(th, &kr_exc_ValueError);
        return NULL;
    }
    return ctx;
}

static int hmac_update(Thread *th, Hmac *h, Value msg)
{
    Value keep;
    const unsigned char *p;
    int64_t n;
    if (hash_input(th, msg, &keep, &p, &n) < 0)
        return -1;
    if (!HMAC_Update(h->ctx, p, (size_t)n)) {
        openssl_error(th, &kr_exc_ValueError);
        return -1;
    }
    return 0;
}

static Value hmac_make(Thread *th, Value keyv, Value msg, Value digestmod)
{
    Value keep;
    const unsigned char *key;
    int64_t keylen;
    if (kr_comprutil_buffer(th, keyv, &keep, &key, &keylen) < 0)
        return KR_VALUE_NULL;
    if (!digestmod || digestmod == KR_NONE) {
        kr_err_set_string(th, &kr_exc_TypeError, "Missing required parameter 'digestmod'.");
        return KR_VALUE_NULL;
    }
    EVP_MD *md = digest_by_digestmod(th, digestmod);
    if (!md)
        return KR_VALUE_NULL;
    char name[64];
    snprintf(name, sizeof name, "hmac-%s", digest_name(md));
    Hmac *h = hmac_alloc(th);
    Str *s = h ? cstr(th, name) : NULL;
    if (s) {
        h->name = kr_from_obj(s);
        h->digest_size = EVP_MD_get_size(md);
        h->block_size = EVP_MD_get_block_size(md);
        h->ctx = hmac_ctx(th, md, key, keylen);
    }
    EVP_MD_free(md);
    if (!s || !h->ctx || (msg && msg != KR_NONE && hmac_update(th, h, msg) < 0))
        return KR_VALUE_NULL;
    return kr_from_obj(h);
}

/* hmac_new(key, msg=b'', digestmod=None) */
KR_LIB_FUNC(hashlib_hmac_new)
{
    static const char *const names[] = {"key", "msg", "digestmod", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "hmac_new", args, nargs, kw, names, 0, 1, a) < 0)
        return KR_VALUE_NULL;
    return hmac_make(th, a[0], a[1], a[2]);
}

/* The MAC so far, from a copy of the context, as hash_final. */
static int hmac_final(Thread *th, Hmac *h, unsigned char *out, size_t *n)
{
    HMAC_CTX *tmp = HMAC_CTX_new();
    unsigned len = 0;
    int ok = tmp && HMAC_CTX_copy(tmp, h->ctx) && HMAC_Final(tmp, out, &len);
    HMAC_CTX_free(tmp);
    *n = len;
    if (!ok) {
        openssl_error(th, &kr_exc_ValueError);
        return -1;
    }
    return 0;
}

/* hmac_digest(key, msg, digest): one shot. */
KR_LIB_FUNC(hashlib_hmac_digest)
{
    static const char *const names[] = {"key", "msg", "digest", NULL};
    Value a[3];
    if (kr_libutil_parse(th, "hmac_digest", args, nargs, kw, names, 0, 3, a) < 0)
        return KR_VALUE_NULL;
    Value h = hmac_make(th, a[0], a[1], a[2]);
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t n;
    if (!h || hmac_final(th, (Hmac *)kr_as_obj(h), out, &n) < 0)
        return KR_VALUE_NULL;
    return kr_comprutil_bytes(th, out, (int64_t)n);
}

#define MSELF ((Hmac *)kr_as_obj(args[0]))

KR_LIB_FUNC(hmac_update_m)
{
    static const char *const names[] = {"msg", NULL};
    Value a[1];
    if (kr_libutil_parse(th, "update", args + 1, nargs - 1, kw, names, 0, 1, a) < 0 ||
        hmac_update(th, MSELF, a[0]) < 0)
        return KR_VALUE_NULL;
    return KR_NONE;
}

static Value hmac_result(Thread *th, const Value *args, size_t nargs, Tuple *kw, bool hex)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t n;
    if (kr_call_check_args(th, hex ? "HMAC.hexdigest" : "HMAC.digest", nargs - 1, 0, 0, kw) < 0 ||
        hmac_final(th, MSELF, out, &n) < 0)
        return KR_VALUE_NULL;
    return hex ? hex_value(th, out, n) : kr_comprutil_bytes(th, out, (int64_t)n);
}

KR_LIB_FUNC(hmac_digest_m) { return hmac_result(th, args, nargs, kw, false); }
KR_LIB_FUNC(hmac_hexdigest_m) { return hmac_result(th, args, nargs, kw, true); }

KR_LIB_FUNC(hmac_copy_m)
{
    if (kr_call_check_args(th, "HMAC.copy", nargs - 1, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    Hmac *h = hmac_alloc(th);
    if (!h)
        return KR_VALUE_NULL;
    h->name = MSELF->name;
    h->digest_size = MSELF->digest_size;
    h->block_size = MSELF->block_size;
    h->ctx = HMAC_CTX_new();
    if (!h->ctx || !HMAC_CTX_copy(h->ctx, MSELF->ctx)) {
        openssl_error(th, &kr_exc_ValueError);
        return KR_VALUE_NULL;
    }
    return kr_from_obj(h);
}

static Value hmac_get_digest_size(Thread *th, Value self)
{
    return kr_from_smallint(((Hmac *)kr_as_obj(self))->digest_size);
}

static Value hmac_get_block_size(Thread *th, Value self)
{
    return kr_from_smallint(((Hmac *)kr_as_obj(self))->block_size);
}

static Value hmac_repr(Thread *th, Value self)
{
    Hmac *h = (Hmac *)kr_as_obj(self);
    const char *name = utf8(th, h->name);
    char buf[128];
    if (!name)
        return KR_VALUE_NULL;
    snprintf(buf, sizeof buf, "<%s HMAC object @ %p>", name + 5, (void *)h);
    Str *s = cstr(th, buf);
    return s ? kr_from_obj(s) : KR_VALUE_NULL;
}

static const MethodDef hmac_methods[] = {
    {"update", hmac_update_m, "($self, /, msg)", NULL, 0},
    {"digest", hmac_digest_m, "($self, /)", NULL, 0},
    {"hexdigest", hmac_hexdigest_m, "($self, /)", NULL, 0},
    {"copy", hmac_copy_m, "($self, /)", NULL, 0},
    {0},
};

static const MemberDef hmac_members[] = {
    {"name", offsetof(Hmac, name), NULL, NULL, NULL, KR_MEMBER_READONLY},
    {"digest_size", 0, hmac_get_digest_size, NULL, NULL, KR_MEMBER_READONLY},
    {"block_size", 0, hmac_get_block_size, NULL, NULL, KR_MEMBER_READONLY},
    {0},
};

static Type hmac_type = {
    .hdr = {&kr_type_type}, .name = "_hashlib.HMAC", .size = sizeof(Hmac),
    .new_ = no_new, .repr = hmac_repr, .methods = hmac_methods, .members = hmac_members,
};

/* ---- key derivation ---------------------------------------------------------- */

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
KR_LIB_FUNC(hashlib_pbkdf2_hmac)
{
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    Value a[5], keep[2];
    const unsigned char *pw, *salt;
    int64_t pwlen, saltlen, iterations, dklen;
    if (kr_libutil_parse(th, "pbkdf2_hmac", args, nargs, kw, names, 0, 4, a) < 0)
        return KR_VALUE_NULL;
    if (!kr_str_check(a[0])) {
        kr_err_format(th, &kr_exc_TypeError,
                      "pbkdf2_hmac() argument 'hash_name' must be str, not %T", a[0]);
        return KR_VALUE_NULL;
    }
    if (kr_comprutil_buffer(th, a[1], &keep[0], &pw, &pwlen) < 0 ||
        kr_comprutil_buffer(th, a[2], &keep[1], &salt, &saltlen) < 0 ||
        kr_comprutil_as_ssize(th, a[3], &iterations) < 0)
        return KR_VALUE_NULL;
    if (iterations < 1) {
        kr_err_set_string(th, &kr_exc_ValueError, "iteration value must be greater than 0.");
        return KR_VALUE_NULL;
    }
    if (iterations > INT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "iteration value is too great.");
        return KR_VALUE_NULL;
    }
    const char *hname = utf8(th, a[0]);
    EVP_MD *md = hname ? digest_by_name(th, hname) : NULL;
    if (!md)
        return KR_VALUE_NULL;
    dklen = EVP_MD_get_size(md);
    if (a[4] && a[4] != KR_NONE && kr_comprutil_as_ssize(th, a[4], &dklen) < 0) {
        EVP_MD_free(md);
        return KR_VALUE_NULL;
    }
    Bytes *out = NULL;
    if (dklen < 1)
        kr_err_set_string(th, &kr_exc_ValueError, "key length must be greater than 0.");
    else if (dklen > INT_MAX)
        kr_err_set_string(th, &kr_exc_OverflowError, "key length is too great.");
    else if ((out = kr_bytes_alloc(th, dklen)) &&
             !PKCS5_PBKDF2_HMAC((const char *)pw, (int)pwlen, salt, (int)saltlen, (int)iterations,
                                md, (int)dklen, out->data)) {
        openssl_error(th, &kr_exc_ValueError);
        out = NULL;
    }
    EVP_MD_free(md);
    return kr_bytes_value(out);
}

/* scrypt's n, r, p: required unsigned ints. */
static int scrypt_param(Thread *th, Value v, const char *name, uint64_t *out)
{
    int64_t x;
    if (!v || v == KR_NONE || !kr_is_int(v) || kr_int_as_i64(th, v, &x) < 0 || x < 0) {
        kr_err_clear(th);
        kr_err_format(th, &kr_exc_TypeError, "%s is required and must be an unsigned int", name);
        return -1;
    }
    *out = (uint64_t)x;
    return 0;
}

/* scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64) */
KR_LIB_FUNC(hashlib_scrypt)
{
    static const char *const names[] = {"password", "salt", "n", "r", "p", "maxmem", "dklen", NULL};
    Value a[7], keep[2];
    const unsigned char *pw, *salt;
    int64_t pwlen, saltlen, maxmem = 0, dklen = 64;
    uint64_t n, r, p;
    if (kr_libutil_parse_kwonly(th, "scrypt", args, nargs, kw, names, 0, 1, 6, a) < 0 ||
        kr_comprutil_buffer(th, a[0], &keep[0], &pw, &pwlen) < 0)
        return KR_VALUE_NULL;
    if (!a[1] || a[1] == KR_NONE) {
        kr_err_set_string(th, &kr_exc_TypeError, "salt is required");
        return KR_VALUE_NULL;
    }
    if (kr_comprutil_buffer(th, a[1], &keep[1], &salt, &saltlen) < 0 ||
        scrypt_param(th, a[2], "n", &n) < 0)
        return KR_VALUE_NULL;
    if (n < 2 || (n & (n - 1))) {
        kr_err_set_string(th, &kr_exc_ValueError, "n must be a power of 2.");
        return KR_VALUE_NULL;
    }
    if (scrypt_param(th, a[3], "r", &r) < 0 || scrypt_param(th, a[4], "p", &p) < 0 ||
        (a[5] && kr_comprutil_as_ssize(th, a[5], &maxmem) < 0) ||
        (a[6] && kr_comprutil_as_ssize(th, a[6], &dklen) < 0))
        return KR_VALUE_NULL;
    if (maxmem < 0 || maxmem > INT_MAX) {
        kr_err_format(th, &kr_exc_ValueError, "maxmem must be positive and smaller than %d", INT_MAX);
        return KR_VALUE_NULL;
    }
    if (dklen < 1 || dklen > INT_MAX) {
        kr_err_format(th, &kr_exc_ValueError, "dklen must be greater than 0 and smaller than %d",
                      INT_MAX);
        return KR_VALUE_NULL;
    }
    /* OpenSSL validates the combination without deriving anything */
    if (!EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, (uint64_t)maxmem, NULL, 0)) {
        openssl_error_alt(th, &kr_exc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
        return KR_VALUE_NULL;
    }
    Bytes *out = kr_bytes_alloc(th, dklen);
    if (out && !EVP_PBE_scrypt((const char *)pw, (size_t)pwlen, salt, (size_t)saltlen, n, r, p,
                               (uint64_t)maxmem, out->data, (size_t)dklen)) {
        openssl_error(th, &kr_exc_ValueError);
        return KR_VALUE_NULL;
    }
    return kr_bytes_value(out);
}

/* ---- compare_digest ---------------------------------------------------------- */

/* Constant time in the contents: every byte of b is read whatever the
 * first difference (CPython's _tscmp). */
static bool tscmp(const unsigned char *a, int64_t na, const unsigned char *b, int64_t nb)
{
    const unsigned char *left = na == nb ? a : b;
    unsigned char result = na == nb ? 0 : 1;
    for (int64_t i = 0; i < nb; i++)
        result |= left[i] ^ b[i];
    return result == 0;
}

KR_LIB_FUNC(hashlib_compare_digest)
{
    if (kr_libutil_no_keywords(th, "compare_digest", kw) < 0 ||
        kr_libutil_check_positional(th, "compare_digest", nargs, 2, 2) < 0)
        return KR_VALUE_NULL;
    Value a = args[0], b = args[1];
    if (kr_str_check(a) && kr_str_check(b)) {
        Str *x = kr_as_str(a), *y = kr_as_str(b);
        if (!x->ascii || !y->ascii) {
            kr_err_set_string(th, &kr_exc_TypeError,
                              "comparing strings with non-ASCII characters is not supported");
            return KR_VALUE_NULL;
        }
        return kr_from_bool(tscmp(x->data, x->len, y->data, y->len));
    }
    if (!kr_comprutil_is_buffer(a) && !kr_comprutil_is_buffer(b)) {
        kr_err_format(th, &kr_exc_TypeError,
                      "unsupported operand types(s) or combination of types: '%s' and '%s'",
                      kr_type_name(a), kr_type_name(b));
        return KR_VALUE_NULL;
    }
    Value ka, kb;
    const unsigned char *pa, *pb;
    int64_t na, nb;
    if (kr_comprutil_buffer(th, a, &ka, &pa, &na) < 0 || kr_comprutil_buffer(th, b, &kb, &pb, &nb) < 0)
        return KR_VALUE_NULL;
    return kr_from_bool(tscmp(pa, na, pb, nb));
}

KR_LIB_FUNC(hashlib_get_fips_mode)
{
    if (kr_call_check_args(th, "get_fips_mode", nargs, 0, 0, kw) < 0)
        return KR_VALUE_NULL;
    return kr_from_smallint(EVP_default_properties_is_fips_enabled(NULL) ? 1 : 0);
}

#define CTOR_DEF(n) \
    {"openssl_" #n, openssl_##n, "($module, /, string=b'', *, usedforsecurity=True)", NULL, 0}

static const MethodDef hashlib_functions[] = {
    {"new", hashlib_new, "($module, /, name, string=b'', *, usedforsecurity=True)", NULL, 0},
    CTOR_DEF(md5), CTOR_DEF(sha1), CTOR_DEF(sha224), CTOR_DEF(sha256), CTOR_DEF(sha384),
    CTOR_DEF(sha512), CTOR_DEF(sha3_224), CTOR_DEF(sha3_256), CTOR_DEF(sha3_384),
    CTOR_DEF(sha3_512), CTOR_DEF(shake_128), CTOR_DEF(shake_256),
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac,
     "($module, /, hash_name, password, salt, iterations, dklen=None)", NULL, 0},
    {"scrypt", hashlib_scrypt,
     "($module, /, password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)", NULL, 0},
    {"hmac_new", hashlib_hmac_new, "($module, /, key, msg=b'', digestmod=None)", NULL, 0},
    {"hmac_digest", hashlib_hmac_digest, "($module, /, key, msg, digest)", NULL, 0},
    {"compare_digest", hashlib_compare_digest, "($module, a, b, /)", NULL, 0},
    {"get_fips_mode", hashlib_get_fips_mode, "($module, /)", NULL, 0},
    {0},
};

/* ---- module --------------------------------------------------------------- */

typedef struct NameWalk {
    Thread *th;
    Set *names;
    int failed;
} NameWalk;

static void add_md_name(EVP_MD *md, void *arg)
{
    NameWalk *w = arg;
    if (w->failed || !md || EVP_MD_get_type(md) == NID_undef)
        return;
    Str *s = cstr(w->th, digest_name(md));
    if (!s || kr_set_add(w->th, w->names, kr_from_obj(s)) < 0)
        w->failed = 1;
}

/* openssl_md_meth_names: the digests OpenSSL's providers offer. */
static int add_meth_names(Thread *th, Module *m)
{
    NameWalk w = {th, kr_set_new(th, &kr_frozenset_type), 0};
    if (!w.names)
        return -1;
    EVP_MD_do_all_provided(NULL, add_md_name, &w);
    if (w.failed)
        return -1;
    return kr_libutil_add_value(th, m, "openssl_md_meth_names", kr_from_obj(w.names));
}

/* _constructors: {openssl_sha256: 'sha256', ...}, how HMAC recognises
 * a digestmod given as hashlib's constructor function. */
static int add_constructors(Thread *th, Module *m)
{
    Dict *d = kr_dict_new(th);
    if (!d)
        return -1;
    for (const MethodDef *f = hashlib_functions; f->name; f++) {
        if (strncmp(f->name, "openssl_", 8))
            continue;
        Value fn = kr_dict_get_str(m->dict, kr_str_intern_cstr(th, f->name));
        Str *name = cstr(th, f->name + 8);
        if (!fn || !name || kr_dict_set(th, d, fn, kr_from_obj(name)) < 0)
            return -1;
    }
    return kr_libutil_add_value(th, m, "_constructors", kr_from_obj(d));
}

int kr_mod__hashlib_init(Thread *th)
{
    pthread_once(&crypto_once, load_crypto);
    if (crypto_error) {
        kr_err_format(th, &kr_exc_ImportError, "_hashlib: %s", crypto_error);
        return -1;
    }
    Module *m = kr_libutil_module(th, "_hashlib", hashlib_functions);
    if (!m || kr_libutil_add_type(th, m, &hash_type) < 0 ||
        kr_libutil_add_type(th, m, &hashxof_type) < 0 || kr_libutil_add_type(th, m, &hmac_type) < 0 ||
        kr_libutil_add_type(th, m, &unsupported_type) < 0 || add_meth_names(th, m) < 0 ||
        add_constructors(th, m) < 0)
        return -1;
    return 0;
}
