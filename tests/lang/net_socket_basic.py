# socket objects: creation, attributes, options, close/detach, repr-free checks
import socket

s = socket.socket()
print(s.family, s.type, s.proto)
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM)
print(s.gettimeout(), s.getblocking())
s.settimeout(2.5)
print(s.gettimeout(), s.getblocking())
s.settimeout(0)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(len(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
s.bind(('127.0.0.1', 0))
host, port = s.getsockname()
print(host, 0 < port < 65536)
fd = s.fileno()
print(fd >= 0)
with s:
    pass
print(s.fileno(), s._closed)
s.close()   # twice is fine

d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(d.type == socket.SOCK_DGRAM, d.proto)
fd = d.detach()
print(d.fileno(), fd >= 0)
w = socket.socket(fileno=fd)
print(w.family == socket.AF_INET, w.type == socket.SOCK_DGRAM)
w.close()

n = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(n.type == socket.SOCK_STREAM, n.gettimeout(), n.getblocking())
n.close()

u = socket.socket(socket.AF_UNIX)
print(u.family == socket.AF_UNIX, u.getsockname())
u.close()

for bad in [(), ('a',), 5, ('127.0.0.1', 70000), ('127.0.0.1', 'x'), (1, 2)]:
    t = socket.socket()
    try:
        t.bind(bad)
    except Exception as e:
        print(type(e).__name__, e)
    t.close()

t = socket.socket()
for call in [lambda: t.settimeout(-1), lambda: t.settimeout('x'),
             lambda: t.getsockopt(1, 2, 2000), lambda: t.recv(-1),
             lambda: t.recv(), lambda: t.listen('x'),
             lambda: t.getpeername(), lambda: t.setsockopt(1, 2, None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
t.close()
try:
    t.getsockname()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    socket.socket(fileno=-5)
except Exception as e:
    print(type(e).__name__, e)
s = socket.socket()
for v in ['x', 2.5, None, 2**70, 0, 1, True]:
    try:
        s.setblocking(v)
        print(s.getblocking())
    except Exception as e:
        print(type(e).__name__, e)
s.close()
