# TCP over loopback: listen/accept/connect, addresses, connect_ex, create_server
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]
c = socket.socket()
c.connect(('127.0.0.1', port))
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr[1] == c.getsockname()[1])
print(conn.getpeername() == c.getsockname(), c.getpeername() == ('127.0.0.1', port))
print(conn.family == socket.AF_INET, conn.type == socket.SOCK_STREAM)
print(conn.gettimeout())
c.sendall(b'ping')
print(conn.recv(4))
conn.sendall(b'pong')
print(c.recv(4))
conn.close()
print(c.recv(10))
c.close()

# connect with a timeout (the poll path) and connect_ex
c2 = socket.socket()
c2.settimeout(1.0)
c2.connect(('127.0.0.1', port))
conn2, _ = srv.accept()
conn2.close(); c2.close()
c3 = socket.socket()
print(c3.connect_ex(('127.0.0.1', port)))
srv.accept()[0].close()
c3.close()
srv.close()

closed = socket.socket()
closed.bind(('127.0.0.1', 0))
dead = closed.getsockname()
closed.close()
c4 = socket.socket()
print(c4.connect_ex(dead) == 111)
try:
    c4.connect(dead)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
c4.close()

# the socket.py helpers (one thread: the connection waits in the backlog)
server = socket.create_server(('127.0.0.1', 0))
port = server.getsockname()[1]
with socket.create_connection(('127.0.0.1', port), timeout=2) as cc:
    cc.sendall(b'abcdef')
    conn, _ = server.accept()
    with conn:
        conn.sendall(conn.recv(100)[::-1])
    print(cc.recv(100))
server.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
print(u2.sendto(b'datagram', u1.getsockname()))
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
u2.sendto(b'again', 0, u1.getsockname())
buf = bytearray(10)
n, frm = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm == u2.getsockname())
try:
    u2.sendto(b'x')
except TypeError as e:
    print(e)
u1.close(); u2.close()
