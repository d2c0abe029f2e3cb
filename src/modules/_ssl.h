/*
 * _ssl.h -- what the files of the _ssl module share (_ssl.c: loading,
 * errors, certificates, the module; _ssl_context.c: _SSLContext;
 * _ssl_socket.c: _SSLSocket, MemoryBIO, SSLSession).
 *
 * LOADING.  libssl is opened with dlopen on the first `import _ssl`, as
 * _hashlib opens libcrypto (start-up stays small, and krait runs where
 * OpenSSL is absent: the import fails with ImportError).  Every entry point
 * is resolved once (pthread_once) into the read-only table KR_SSL; libssl
 * depends on libcrypto, so dlsym on its handle finds libcrypto's functions
 * too.  After the table, OpenSSL's names are #defined to call through it,
 * so the code reads as ordinary OpenSSL code.  The headers' static inline
 * helpers (sk_GENERAL_NAME_num and the like) would call the real symbols,
 * which are not linked: the code calls OPENSSL_sk_* through the table.
 *
 * MEMORY.  SSL_CTX, SSL, BIO and SSL_SESSION are OpenSSL's malloc'ed
 * objects, owned by one krait object each and freed by its finalizer.
 * OpenSSL's callbacks get back to krait through SSL_get_app_data, which
 * holds the SslSocket: a collected object that stays reachable while its
 * SSL lives (the SSL is freed only by that object's finalizer).  No other
 * Python value is kept in OpenSSL's memory.
 */
#ifndef KR_SSL_H
#define KR_SSL_H

#include <pthread.h>

/* TLSv1_method and friends: deprecated, still what PROTOCOL_TLSv1 means */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/bio.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "objects/object.h"

#define KR_SSL_FUNCS(X) \
    X(ASN1_OBJECT_free) X(ASN1_STRING_get0_data) X(ASN1_STRING_length) X(ASN1_STRING_to_UTF8) \
    X(ASN1_STRING_free) X(ASN1_TIME_print) X(AUTHORITY_INFO_ACCESS_free) \
    X(BIO_ctrl) X(BIO_free) X(BIO_new) X(BIO_read) X(BIO_s_mem) X(BIO_up_ref) X(BIO_write) \
    X(BIO_new_mem_buf) X(BIO_clear_flags) X(BIO_test_flags) \
    X(CRL_DIST_POINTS_free) X(CRYPTO_free) \
    X(ERR_clear_error) X(ERR_peek_last_error) X(ERR_reason_error_string) \
    X(GENERAL_NAME_print) X(GENERAL_NAMES_free) \
    X(OBJ_nid2ln) X(OBJ_nid2obj) X(OBJ_nid2sn) X(OBJ_obj2nid) X(OBJ_obj2txt) X(OBJ_txt2obj) \
    X(OPENSSL_sk_num) X(OPENSSL_sk_value) X(OpenSSL_version) X(OpenSSL_version_num) \
    X(PEM_read_bio_X509) X(PEM_read_bio_X509_AUX) X(d2i_X509_bio) X(i2d_X509) \
    X(RAND_add) X(RAND_bytes) X(RAND_status) \
    X(SSL_CIPHER_description) X(SSL_CIPHER_get_auth_nid) X(SSL_CIPHER_get_bits) \
    X(SSL_CIPHER_get_cipher_nid) X(SSL_CIPHER_get_digest_nid) X(SSL_CIPHER_get_id) \
    X(SSL_CIPHER_get_kx_nid) X(SSL_CIPHER_get_name) X(SSL_CIPHER_get_version) \
    X(SSL_CIPHER_is_aead) \
    X(SSL_CTX_callback_ctrl) X(SSL_CTX_check_private_key) X(SSL_CTX_clear_options) \
    X(SSL_CTX_ctrl) X(SSL_CTX_free) X(SSL_CTX_get0_param) X(SSL_CTX_get_cert_store) \
    X(SSL_CTX_get_options) X(SSL_CTX_get_verify_callback) X(SSL_CTX_get_verify_mode) \
    X(SSL_CTX_load_verify_locations) X(SSL_CTX_new) X(SSL_CTX_set_alpn_select_cb) \
    X(SSL_CTX_set_cipher_list) X(SSL_CTX_set_default_passwd_cb) \
    X(SSL_CTX_set_default_passwd_cb_userdata) X(SSL_CTX_set_default_verify_paths) \
    X(SSL_CTX_set_options) X(SSL_CTX_set_post_handshake_auth) X(SSL_CTX_set_verify) \
    X(SSL_CTX_use_PrivateKey_file) X(SSL_CTX_use_certificate_chain_file) X(SSL_CTX_get_ciphers) \
    X(SSL_CTX_set_ciphersuites) X(SSL_get0_verified_chain) X(PEM_write_bio_X509) \
    X(X509_NAME_print_ex) X(X509_subject_name_hash) X(X509_cmp) X(X509_up_ref) X(PEM_read_DHparams) \
    X(DH_free) X(OBJ_sn2nid) X(EC_KEY_new_by_curve_name) X(EC_KEY_free) X(SSL_CTX_get_num_tickets) \
    X(SSL_CTX_set_num_tickets) X(SSL_CTX_set_msg_callback) X(SSL_CTX_get_security_level) X(SSL_CTX_set_alpn_protos) X(OPENSSL_sk_find) X(BIO_set_flags) \
    X(SSL_SESSION_free) X(SSL_SESSION_get_id) X(SSL_SESSION_get_ticket_lifetime_hint) \
    X(SSL_SESSION_get_time) X(SSL_SESSION_get_timeout) X(SSL_SESSION_has_ticket) \
    X(SSL_SESSION_up_ref) \
    X(SSL_ctrl) X(SSL_do_handshake) X(SSL_free) X(SSL_get0_alpn_selected) X(SSL_get0_param) \
    X(SSL_get1_peer_certificate) X(SSL_get1_session) X(SSL_get_SSL_CTX) X(SSL_get_ciphers) \
    X(SSL_get_client_ciphers) X(SSL_get_current_cipher) X(SSL_get_error) X(SSL_get_ex_data) \
    X(SSL_get_finished) X(SSL_get_peer_finished) X(SSL_get_rbio) X(SSL_get_servername) \
    X(SSL_get_shutdown) X(SSL_get_verify_callback) X(SSL_get_verify_mode) \
    X(SSL_get_verify_result) X(SSL_get_version) X(SSL_get_wbio) X(SSL_is_init_finished) \
    X(SSL_new) X(SSL_pending) X(SSL_read_ex) X(SSL_select_next_proto) X(SSL_session_reused) \
    X(SSL_set_SSL_CTX) X(SSL_set_accept_state) X(SSL_set_bio) X(SSL_set_connect_state) \
    X(SSL_set_ex_data) X(SSL_set_fd) X(SSL_set_post_handshake_auth) X(SSL_set_read_ahead) \
    X(SSL_set_session) X(SSL_set_shutdown) X(SSL_set_verify) X(SSL_shutdown) X(SSL_verify_client_post_handshake) \
    X(SSL_write_ex) X(SSL_get_peer_cert_chain) \
    X(TLS_client_method) X(TLS_method) X(TLS_server_method) X(TLSv1_1_method) \
    X(TLSv1_2_method) X(TLSv1_method) \
    X(X509_NAME_ENTRY_get_data) X(X509_NAME_ENTRY_get_object) X(X509_NAME_ENTRY_set) \
    X(X509_NAME_entry_count) X(X509_NAME_get_entry) X(X509_OBJECT_get0_X509) \
    X(X509_OBJECT_get_type) X(X509_STORE_add_cert) X(X509_STORE_get0_objects) \
    X(X509_VERIFY_PARAM_clear_flags) X(X509_VERIFY_PARAM_get_flags) \
    X(X509_VERIFY_PARAM_set1_host) X(X509_VERIFY_PARAM_set1_ip) X(X509_VERIFY_PARAM_set_flags) \
    X(X509_VERIFY_PARAM_set_hostflags) X(X509_check_ca) X(X509_free) \
    X(X509_get0_notAfter) X(X509_get0_notBefore) X(X509_get_default_cert_dir) \
    X(X509_get_default_cert_dir_env) X(X509_get_default_cert_file) \
    X(X509_get_default_cert_file_env) X(X509_get_ext_d2i) X(X509_get_issuer_name) \
    X(X509_get_serialNumber) X(X509_get_subject_name) X(X509_get_version) \
    X(X509_verify_cert_error_string) X(a2i_IPADDRESS) X(i2a_ASN1_INTEGER)

typedef struct SslApi {
#define KR_SSL_SLOT(f) __typeof__(f) *f;
    KR_SSL_FUNCS(KR_SSL_SLOT)
#undef KR_SSL_SLOT
} SslApi;

extern SslApi KR_SSL;

/* From here on, OpenSSL's names call through the table (see LOADING). */
#include "modules/_ssl_names.h"

/* ---- the objects ---------------------------------------------------------- */

typedef struct SslContext {
    Obj hdr;
    SSL_CTX *ctx;             /* freed by the finalizer */
    int protocol;
    bool check_hostname;
    bool post_handshake_auth;
    unsigned int hostflags;
    Value alpn;               /* bytes in wire format, or NULL */
    Value sni_callback;       /* callable or NULL */
    Value keylog_filename;    /* None here: no key log (differences.md) */
    Value msg_callback;       /* _msg_callback: callable or NULL */
} SslContext;

typedef struct SslSocket {
    Obj hdr;
    SSL *ssl;                 /* freed by the finalizer */
    Value ctx;                /* the SslContext (may change through SNI) */
    Value sock;               /* the socket object, or NULL over MemoryBIOs */
    Value owner;              /* ssl.SSLSocket / SSLObject, or NULL */
    Value server_hostname;    /* str or None */
    Value inbio, outbio;      /* MemoryBIO objects, or NULL */
    Value exc;                /* raised by _msg_callback inside an SSL_* call */
    bool server_side;
    bool shutdown_seen_zero;
    int err_ssl, err_errno;   /* the last SSL_get_error and errno */
    pthread_mutex_t lock;     /* around SSL_* calls, never across poll() */
} SslSocket;

typedef struct MemBio {
    Obj hdr;
    BIO *bio;                 /* freed by the finalizer */
    bool eof_written;
} MemBio;

typedef struct SslSession {
    Obj hdr;
    SSL_SESSION *session;     /* freed by the finalizer */
    Value ctx;
} SslSession;

extern Type kr_ssl_context_type, kr_ssl_socket_type, kr_ssl_membio_type, kr_ssl_session_type,
    kr_ssl_cert_type;
extern Type kr_ssl_error_type, kr_ssl_zero_return_type, kr_ssl_want_read_type,
    kr_ssl_want_write_type, kr_ssl_syscall_type, kr_ssl_eof_type;
/* SSLCertVerificationError(SSLError, ValueError): made at module init. */
extern Type *kr_ssl_cert_verification_type;

/* CPython's PY_SSL_ERROR_* numbers (the first argument of an SSLError). */
enum {
    KR_SSL_ERROR_NONE, KR_SSL_ERROR_SSL, KR_SSL_ERROR_WANT_READ, KR_SSL_ERROR_WANT_WRITE,
    KR_SSL_ERROR_WANT_X509_LOOKUP, KR_SSL_ERROR_SYSCALL, KR_SSL_ERROR_ZERO_RETURN,
    KR_SSL_ERROR_WANT_CONNECT, KR_SSL_ERROR_EOF, KR_SSL_ERROR_NO_SOCKET,
    KR_SSL_ERROR_INVALID_ERROR_CODE,
};

/* CPython's protocol numbers (PROTOCOL_*). */
enum {
    KR_PROTO_SSL2, KR_PROTO_SSL3 = 1, KR_PROTO_TLS = 2, KR_PROTO_TLS1 = 3, KR_PROTO_TLS1_1 = 4,
    KR_PROTO_TLS1_2 = 5, KR_PROTO_TLS_CLIENT = 0x10, KR_PROTO_TLS_SERVER = 0x11,
};

/* ---- errors (_ssl.c) ---------------------------------------------------------
 * line: the line of CPython 3.11's _ssl.c that raises the same error, as
 * its messages end "(_ssl.c:LINE)" and programs print them. */

/* SSLError from OpenSSL's error queue (CPython's _setSSLError with no
 * errstr), or with errstr and code when errstr is given. */
void kr_ssl_error_lib(Thread *th, const char *errstr, int code, int line);
/* The error of a failed SSL_* call on s (CPython's PySSL_SetError). */
void kr_ssl_error_call(Thread *th, SslSocket *s, int ret, int line);

/* ---- helpers (_ssl.c) ------------------------------------------------------ */

/* warnings.warn(msg, DeprecationWarning, 2): 0 or -1. */
KR_MUST_CHECK int kr_ssl_deprecated(Thread *th, const char *msg);
/* The dict of a certificate (CPython's _decode_certificate). */
KR_MUST_CHECK Value kr_ssl_decode_cert(Thread *th, X509 *cert);
/* DER bytes of a certificate. */
KR_MUST_CHECK Value kr_ssl_cert_der(Thread *th, X509 *cert);
/* Str from a C string (NULL: None). */
KR_MUST_CHECK Value kr_ssl_str(Thread *th, const char *s);

/* A list of Certificates: first (a reference handed over; may be NULL),
 * then the chain's (_ssl_cert.c). */
KR_MUST_CHECK Value kr_ssl_cert_list(Thread *th, STACK_OF(X509) *chain, X509 *first);

/* _socket.c: the descriptor and timeout of a socket object; false when v
 * is not one. */
bool kr_socket_state(Value v, int *fd, double *timeout);

/* A new _SSLSocket (_ssl_socket.c): over sock, or over the MemoryBIOs. */
KR_MUST_CHECK Value kr_ssl_socket_new(Thread *th, SslContext *ctx, Value sock, bool server_side,
                                      Value hostname, Value owner, Value session, Value inbio,
                                      Value outbio);

#endif
