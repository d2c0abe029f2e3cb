# Connections that end badly: the peer closes during the handshake, or
# after it without close_notify (ragged EOF, suppressed or not).
import os
import socket
import ssl
import threading

D = "/usr/lib/python3.11/test/"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(D + "keycert3.pem")
client_ctx = ssl.create_default_context(cafile=D + "pycacert.pem")

# the peer closes before answering the ClientHello
a, b = socket.socketpair()
a.close()
try:
    client_ctx.wrap_socket(b, server_hostname="localhost")
except Exception as e:
    print(type(e).__name__, e)
b.close()

# the peer sends garbage
a, b = socket.socketpair()
a.sendall(b"HTTP/1.0 200 OK\r\n\r\n" * 4)
try:
    client_ctx.wrap_socket(b, server_hostname="localhost")
except ssl.SSLError as e:
    print(type(e).__name__, e.reason, e.library, e.errno)
a.close()
b.close()

def ragged(suppress):
    a, b = socket.socketpair()
    def serve():
        s = server_ctx.wrap_socket(a, server_side=True)
        s.recv(10)
        os.close(s.detach())     # no close_notify
    t = threading.Thread(target=serve)
    t.start()
    c = client_ctx.wrap_socket(b, server_hostname="localhost", suppress_ragged_eofs=suppress)
    c.send(b"x")
    t.join()
    try:
        print("recv ->", c.recv(10))
    except ssl.SSLError as e:
        print(type(e).__name__, e)
    c.close()

ragged(True)
ragged(False)

# a clean close_notify: recv returns b'' and unwrap works
a, b = socket.socketpair()
def serve():
    s = server_ctx.wrap_socket(a, server_side=True)
    s.recv(10)
    s.unwrap().close()
t = threading.Thread(target=serve)
t.start()
c = client_ctx.wrap_socket(b, server_hostname="localhost", suppress_ragged_eofs=False)
c.send(b"x")
print("clean ->", c.recv(10))
print(type(c.unwrap()).__name__)      # our close_notify ends the server's unwrap
t.join()
c.close()
