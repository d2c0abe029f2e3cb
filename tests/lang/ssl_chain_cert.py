# _ssl.Certificate from the verified and unverified chains, and the
# context's DH / ECDH / ticket settings.
import socket
import ssl
import threading
import _ssl

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
server_ctx.load_verify_locations(D + "pycacert.pem")
server_ctx.verify_mode = ssl.CERT_REQUIRED
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")
client_ctx.load_cert_chain(D + "keycert3.pem")

a, b = socket.socketpair()
server_view = []
def serve():
    with server_ctx.wrap_socket(a, server_side=True) as s:
        s.recv(1)
        server_view.append([repr(c) for c in s._sslobj.get_unverified_chain()])
        server_view.append(len(s._sslobj.get_verified_chain()))
        s.send(b"k")
t = threading.Thread(target=serve)
t.start()
with client_ctx.wrap_socket(b, server_hostname="localhost") as c:
    c.send(b"x")
    c.recv(1)
    vc = c._sslobj.get_verified_chain()
    uvc = c._sslobj.get_unverified_chain()
    print(len(vc), len(uvc), [type(x).__name__ for x in vc])
    ee, ca = vc
    print(ee == uvc[0], ee != ca, hash(ee) == hash(uvc[0]), hash(ee) == hash(ca))
    print(repr(ee))
    print(repr(ca))
    print(ee == 1, ee.get_info()["subject"][-1], ca.get_info()["issuer"][-1])
    pem = ee.public_bytes()
    der = ee.public_bytes(_ssl.ENCODING_DER)
    print(pem.splitlines()[0], type(der).__name__, ssl.PEM_cert_to_DER_cert(pem) == der)
    print(der == c.getpeercert(True))
    try:
        ee.public_bytes(5)
    except Exception as e:
        print(type(e).__name__, e)
t.join()
print(server_view)
try:
    _ssl.Certificate()
except TypeError as e:
    print("TypeError", e)

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print(ctx.load_dh_params(D + "ffdh3072.pem"))
for bad in (D + "nonexistent.pem", D + "keycert.pem"):
    try:
        ctx.load_dh_params(bad)
    except Exception as e:
        print(type(e).__name__, getattr(e, "errno", None), getattr(e, "reason", None))
print(ctx.set_ecdh_curve("prime256v1"), ctx.set_ecdh_curve(b"secp384r1"))
for bad in ("foo", 42):
    try:
        ctx.set_ecdh_curve(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(ctx.num_tickets)
ctx.num_tickets = 1
print(ctx.num_tickets)
for bad, c in ((-1, ctx), (1, ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)), ("x", ctx)):
    try:
        c.num_tickets = bad
    except Exception as e:
        print(type(e).__name__, e)
