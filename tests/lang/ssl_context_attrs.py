# _SSLContext's attributes and their checks.
import ssl
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

def show(ctx):
    print(ctx.protocol, ctx.verify_mode, ctx.check_hostname, ctx.verify_flags,
          ctx.minimum_version, ctx.maximum_version, ctx.post_handshake_auth,
          ctx.keylog_filename, ctx.sni_callback, ctx.hostname_checks_common_name,
          ctx.security_level)
    print(ssl.Options.OP_NO_COMPRESSION in ctx.options, ssl.Options.OP_NO_SSLv3 in ctx.options,
          ssl.Options.OP_CIPHER_SERVER_PREFERENCE in ctx.options, int(ctx.options))

for proto in (ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, ssl.PROTOCOL_TLS):
    show(ssl.SSLContext(proto))
show(ssl.create_default_context())
show(ssl.create_default_context(ssl.Purpose.CLIENT_AUTH))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: setattr(ctx, "verify_mode", ssl.CERT_NONE))
attempt(lambda: setattr(ctx, "verify_mode", 5))
attempt(lambda: setattr(ctx, "verify_mode", "x"))
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode, ctx.check_hostname)
ctx.check_hostname = True
print(ctx.verify_mode, ctx.check_hostname)
ctx.verify_mode = ssl.CERT_OPTIONAL
print(ctx.verify_mode)
ctx.verify_flags = ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_PARTIAL_CHAIN
print(ctx.verify_flags)
ctx.verify_flags = ssl.VERIFY_DEFAULT
print(ctx.verify_flags)
ctx.options |= ssl.OP_NO_TICKET
print(ssl.OP_NO_TICKET in ctx.options)
ctx.options &= ~ssl.OP_NO_TICKET
print(ssl.OP_NO_TICKET in ctx.options)
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
ctx.maximum_version = ssl.TLSVersion.TLSv1_3
print(ctx.minimum_version, ctx.maximum_version)
ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
ctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
print(ctx.minimum_version, ctx.maximum_version)
attempt(lambda: setattr(ctx, "minimum_version", 42))
attempt(lambda: setattr(ssl.SSLContext(ssl.PROTOCOL_TLSv1_2), "minimum_version", ssl.TLSVersion.TLSv1_2))
ctx.post_handshake_auth = True
print(ctx.post_handshake_auth)
ctx.hostname_checks_common_name = False
print(ctx.hostname_checks_common_name, ctx._host_flags)
attempt(lambda: setattr(ctx, "sni_callback", lambda *a: None))
srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
attempt(lambda: setattr(srv, "sni_callback", 42))
cb = lambda *a: None
srv.sni_callback = cb
print(srv.sni_callback is cb)
srv.sni_callback = None
print(srv.sni_callback)
attempt(lambda: ssl.SSLContext(42))
attempt(lambda: ctx.set_ciphers("NOT-A-CIPHER"))
attempt(lambda: ctx.set_ciphers(42))
ctx.set_ciphers("ECDHE+AESGCM")
print(sorted(c["name"] for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.2"))
attempt(lambda: ctx.set_alpn_protocols(["x" * 300]))
attempt(lambda: ctx.set_alpn_protocols([b"h2"]))
print(ctx.cert_store_stats(), ctx.get_ca_certs())
ctx.load_verify_locations("/usr/lib/python3.11/test/pycacert.pem")
print(ctx.cert_store_stats())
print([c["subject"] for c in ctx.get_ca_certs()], len(ctx.get_ca_certs(True)[0]))
print(sorted(ctx.session_stats().items()))
c2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
pem = open("/usr/lib/python3.11/test/pycacert.pem").read()
c2.load_verify_locations(cadata=pem)
c2.load_verify_locations(cadata=ssl.PEM_cert_to_DER_cert(pem[pem.index("-----BEGIN"):]))
print(c2.cert_store_stats())
for kw in ({}, {"cadata": "not a cert"}, {"cadata": b"junk"}, {"cadata": 42}, {"cadata": "é"},
           {"cafile": "/nonexistent"}, {"cafile": 42}, {"capath": 3.5}, {"cadata": ""}):
    attempt(lambda: c2.load_verify_locations(**kw))

# a context made for the other side
import socket
for proto, server_side in ((ssl.PROTOCOL_TLS_SERVER, False), (ssl.PROTOCOL_TLS_CLIENT, True)):
    c = ssl.SSLContext(proto)
    c.check_hostname = False
    a, b = socket.socketpair()
    attempt(lambda: c.wrap_socket(a, server_side=server_side))
    attempt(lambda: c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=server_side))
    a.close()
    b.close()
