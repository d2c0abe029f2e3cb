# socket errors: closed sockets, bad arguments, refused connections, options
import errno, socket, struct

s = socket.socket()
s.close()
for name, call in [('recv', lambda: s.recv(1)), ('send', lambda: s.send(b'x')),
                   ('bind', lambda: s.bind(('127.0.0.1', 0))), ('listen', lambda: s.listen()),
                   ('getsockname', s.getsockname), ('setsockopt', lambda: s.setsockopt(1, 2, 1)),
                   ('shutdown', lambda: s.shutdown(socket.SHUT_RDWR))]:
    try:
        call()
    except OSError as e:
        print(name, type(e).__name__, e.errno == errno.EBADF)
print(s.fileno(), s.detach())

t = socket.socket()
try:
    t.connect(('127.0.0.1', 0))
except OSError as e:
    print(type(e).__name__, e.errno in (errno.ECONNREFUSED, errno.EADDRNOTAVAIL))
t.close()
t = socket.socket()
t.bind(('127.0.0.1', 0))
try:
    u = socket.socket()
    u.bind(t.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
    u.close()
t.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
print(struct.unpack('ii', t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
t.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(t.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
t.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
print(t.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 8192)
try:
    t.setsockopt(socket.SOL_SOCKET, 9999, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
t.close()

try:
    socket.create_connection(('127.0.0.1', 1), timeout=1)
except OSError as e:
    print(type(e).__name__)
for call in [lambda: socket.socket(99), lambda: socket.socket(socket.AF_INET, 99),
             lambda: socket.socket('x'), lambda: socket.socketpair(socket.AF_INET, socket.SOCK_DGRAM),
             lambda: socket.socket(socket.AF_UNIX).connect('/nonexistent/krait.sock'),
             lambda: socket.socket(socket.AF_UNIX).bind('x' * 200),
             lambda: socket.socket(socket.AF_UNIX).bind(5),
             lambda: socket.socket(socket.AF_INET6).bind(('::1',)),
             lambda: socket.socket(socket.AF_INET6).bind(('::1', 0, 2**21)),
             lambda: socket.socket().connect_ex(('256.1.1.1', 80)) if False else None]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
a, b = socket.socketpair()
b.close()
try:
    a.send(b'x' * 10)
    a.send(b'x' * 10)
except BrokenPipeError as e:
    print(type(e).__name__, e.errno)
print(a.recv(10))
a.close()
