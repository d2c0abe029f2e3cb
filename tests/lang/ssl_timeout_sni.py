# Timeouts on a TLS socket (the handshake and reads against a silent
# peer), non-blocking sockets, and the SNI callback on the server.
import socket
import ssl
import threading

D = "/usr/lib/python3.11/test/"
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")

# a peer that never answers: the handshake times out
a, b = socket.socketpair()
b.settimeout(0.2)
c = client_ctx.wrap_socket(b, server_hostname="localhost", do_handshake_on_connect=False)
print(c.gettimeout())
try:
    c.do_handshake()
except TimeoutError as e:
    print(type(e).__name__, e, isinstance(e, socket.timeout))
c.close()
a.close()

# non-blocking: the handshake wants to read
a, b = socket.socketpair()
b.setblocking(False)
c = client_ctx.wrap_socket(b, server_hostname="localhost", do_handshake_on_connect=False)
try:
    c.do_handshake()
except ssl.SSLWantReadError as e:
    print(type(e).__name__, e.errno)
c.close()
a.close()

# SNI: the callback sees the name and may switch contexts or refuse
seen = []
other_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
other_ctx.load_cert_chain(D + "keycert3.pem")

def sni(sslobj, name, ctx):
    seen.append((type(sslobj).__name__, name, type(ctx).__name__))
    if name == "refuse.example":
        return ssl.ALERT_DESCRIPTION_ACCESS_DENIED
    if name == "localhost":
        sslobj.context = other_ctx
    return None

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert.pem")     # self-signed: fails unless switched
server_ctx.sni_callback = sni

def run(hostname):
    a, b = socket.socketpair()
    errors = []
    def serve():
        try:
            with server_ctx.wrap_socket(a, server_side=True) as s:
                s.send(s.recv(10))
        except Exception as e:
            errors.append(("server", type(e).__name__, e.reason))
    t = threading.Thread(target=serve)
    t.start()
    try:
        with client_ctx.wrap_socket(b, server_hostname=hostname) as c:
            c.send(b"sni")
            print(hostname, "->", c.recv(10))
    except ssl.SSLError as e:
        print(hostname, "->", type(e).__name__, e.reason)
    t.join()
    a.close()
    b.close()
    for e in errors:
        print(*e)

run("localhost")
run("refuse.example")
print(seen)
