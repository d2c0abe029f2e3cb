# A TLS echo between two threads over socketpair(): server with
# keycert3.pem (signed by pycacert.pem), client verifying it.
import socket
import ssl
import threading

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
server_ctx.set_alpn_protocols(["h2", "http/1.1"])
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")
client_ctx.set_alpn_protocols(["http/1.1"])

a, b = socket.socketpair()
log = []

def serve():
    with server_ctx.wrap_socket(a, server_side=True) as s:
        log.append(("server version", s.version(), s.selected_alpn_protocol()))
        log.append(("server peer cert", s.getpeercert()))
        while True:
            data = s.recv(1024)
            if not data:
                break
            s.sendall(data.upper())
            if data == b"bye":
                break
        log.append(("server unwrap", type(s.unwrap()).__name__))

t = threading.Thread(target=serve)
t.start()
c = client_ctx.wrap_socket(b, server_hostname="localhost")
print(c.server_hostname, c.server_side, c.version(), c.selected_alpn_protocol())
print(c.cipher()[1], c.cipher()[2], c.compression(), c.session_reused)
cert = c.getpeercert()
print(cert["subject"], cert["subjectAltName"])
print(len(c.getpeercert(binary_form=True)) > 500)
print(c.get_channel_binding() is not None, len(c.get_channel_binding("tls-unique")))
try:
    c.get_channel_binding("tls-server-end-point")
except Exception as e:
    print(type(e).__name__, e)
for msg in (b"hello", b"x" * 5000, b"bye"):
    c.sendall(msg)
    got = b""
    while len(got) < len(msg):
        got += c.recv(8192)
    print(len(got), got[:10])
print(c.pending())
raw = c.unwrap()
print(type(raw).__name__, raw.fileno() >= 0)
t.join()
for entry in log:
    print(*entry)
raw.close()

# the same with read()/write() and buffers
a, b = socket.socketpair()
def serve2():
    with server_ctx.wrap_socket(a, server_side=True) as s:
        buf = bytearray(10)
        n = s.recv_into(buf)
        s.write(bytes(buf[:n]) * 2)
t = threading.Thread(target=serve2)
t.start()
with client_ctx.wrap_socket(b, server_hostname="localhost") as c:
    print(c.write(b"abc"))
    print(c.read(6), c.read(), c.read(0))
t.join()
print(client_ctx.session_stats()["connect_good"], server_ctx.session_stats()["accept_good"])
