# TLS session resumption: SSLSession objects, session=, session_reused,
# comparison, and the checks on setting a session.
import socket
import ssl
import threading

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")
client_ctx.maximum_version = ssl.TLSVersion.TLSv1_2

def connect(session=None):
    a, b = socket.socketpair()
    def serve():
        with server_ctx.wrap_socket(a, server_side=True) as s:
            s.send(s.recv(10))
    t = threading.Thread(target=serve)
    t.start()
    with client_ctx.wrap_socket(b, server_hostname="localhost", session=session) as c:
        c.send(b"hi")
        c.recv(10)
        result = (c.session, c.session_reused, c.version())
    t.join()
    return result

s1, reused, version = connect()
print(type(s1).__name__, reused, version, s1.has_ticket, len(s1.id), s1.timeout > 0)
print(s1.ticket_lifetime_hint > 0, isinstance(s1.time, int))
s2, reused, _ = connect(s1)
print("resumed:", reused, s1 == s2, s1 != s2, s1 == s1, s1 == 1)
s3, reused, _ = connect()
print("fresh:", reused, s1 == s3)
try:
    hash(s1)
except TypeError as e:
    print("TypeError", e)
print(client_ctx.session_stats()["hits"], server_ctx.session_stats()["hits"])

# the checks of session=
other_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")
a, b = socket.socketpair()
for ctx, value, server_side in ((client_ctx, "not a session", False), (other_ctx, s1, False),
                                (server_ctx, s1, True)):
    try:
        ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=server_side,
                     server_hostname=None if server_side else "localhost", session=value)
    except Exception as e:
        print(type(e).__name__, e)
obj = client_ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="localhost")
print(obj.session)
obj.session = s1
try:
    obj.session = 5
except TypeError as e:
    print("TypeError", e)
try:
    ssl.SSLSession()
except TypeError as e:
    print("TypeError", e)
a.close()
b.close()
