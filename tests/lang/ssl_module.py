# The _ssl module's surface: constants, enums built from them, the
# exception hierarchy, RAND_*, txt2obj/nid2obj, verify paths.
import ssl
import _ssl

print(ssl.OPENSSL_VERSION.startswith("OpenSSL 3"), len(ssl.OPENSSL_VERSION_INFO))
print(ssl.OPENSSL_VERSION_NUMBER >> 28)
print(ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, ssl.PROTOCOL_TLS, ssl.PROTOCOL_SSLv23)
print(repr(ssl.PROTOCOL_TLS_CLIENT), repr(ssl.CERT_REQUIRED), repr(ssl.VERIFY_X509_STRICT))
print(int(ssl.OP_ALL), int(ssl.OP_NO_TLSv1_3), int(ssl.OP_NO_COMPRESSION), int(ssl.OP_NO_TICKET))
print(ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED)
print([v.name for v in ssl.TLSVersion])
print(int(ssl.TLSVersion.TLSv1_2), int(ssl.TLSVersion.MINIMUM_SUPPORTED), int(ssl.TLSVersion.MAXIMUM_SUPPORTED))
print(ssl.AlertDescription.ALERT_DESCRIPTION_UNKNOWN_CA.value, len(list(ssl.AlertDescription)))
print(sorted((e.name, e.value) for e in ssl.SSLErrorNumber))
print(ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_NPN, ssl.HAS_TLSv1_3, ssl.HAS_SSLv2, ssl.HAS_SSLv3, ssl.HAS_ECDH)
print(ssl._DEFAULT_CIPHERS)
print(_ssl.ENCODING_PEM, _ssl.ENCODING_DER, _ssl.HOSTFLAG_NEVER_CHECK_SUBJECT)
print(_ssl.err_codes_to_names[(20, 134)], _ssl.lib_codes_to_names[20], _ssl.err_names_to_codes['CERTIFICATE_VERIFY_FAILED'])

# the exception hierarchy
for name in ["SSLError", "SSLZeroReturnError", "SSLWantReadError", "SSLWantWriteError",
             "SSLSyscallError", "SSLEOFError", "SSLCertVerificationError"]:
    t = getattr(ssl, name)
    print(name, t.__module__, [b.__name__ for b in t.__mro__])
print(ssl.CertificateError is ssl.SSLCertVerificationError)
e = ssl.SSLError(1, "message text")
print(str(e), e.errno, e.strerror, e.args)
e = ssl.SSLError("only")
print(str(e), e.errno, e.args)
e = ssl.SSLError()
print(repr(str(e)))
e = ssl.SSLZeroReturnError(6, "closed")
print(isinstance(e, OSError), str(e))
try:
    raise ssl.SSLWantReadError(2, "again")
except ssl.SSLError as e:
    print(type(e).__name__, e)

# RAND
print(ssl.RAND_status(), len(ssl.RAND_bytes(16)), ssl.RAND_bytes(0))
for bad in (-1, "x"):
    try:
        ssl.RAND_bytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(ssl.RAND_add("seed", 1.0), ssl.RAND_add(b"seed", 2), ssl.RAND_add(bytearray(b"x"), 0.5))

# ASN.1 objects
print(ssl._txt2obj("1.3.6.1.5.5.7.3.1"))
print(ssl._txt2obj("serverAuth", name=True))
print(ssl._nid2obj(129))
print(ssl.Purpose.SERVER_AUTH, ssl.Purpose.CLIENT_AUTH.oid)
for f, a in ((ssl._txt2obj, ("serverAuth",)), (ssl._txt2obj, ("nonsense", True)),
             (ssl._nid2obj, (-1,)), (ssl._nid2obj, (100000,)), (ssl._txt2obj, (1,))):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)

p = ssl.get_default_verify_paths()
print(type(p).__name__, p.openssl_cafile_env, p.openssl_capath_env)
print(len(_ssl.get_default_verify_paths()))
