# socket.socket over _socket: repr, dup, fromfd, pickling refused, AF_INET6 and AF_UNIX addresses
import socket, os, pickle
s = socket.socket()
s.bind(('127.0.0.1', 0))
r = repr(s)
print(r.startswith('<socket.socket fd='), 'laddr=' in r)
d = s.dup()
print(d.fileno() != s.fileno(), d.getsockname() == s.getsockname())
f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print(f.getsockname() == s.getsockname())
print(socket.socket.__mro__)
try:
    pickle.dumps(s)
except TypeError as e:
    print(e)
for x in (d, f, s): x.close()
print(repr(s))
s6 = socket.socket(socket.AF_INET6)
s6.bind(('::1', 0))
print(s6.getsockname()[0], len(s6.getsockname()))
s6.close()
import tempfile
with tempfile.TemporaryDirectory() as dd:
    path = os.path.join(dd, 'sock')
    u = socket.socket(socket.AF_UNIX)
    u.bind(path)
    u.listen()
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    a, addr = u.accept()
    print(repr(addr), u.getsockname() == path, c.getpeername() == path)
    for x in (u, c, a): x.close()
ab = socket.socket(socket.AF_UNIX)
ab.bind(b'\0krait-abstract-test')
print(ab.getsockname())
ab.close()
# socket.sendfile (os.sendfile or the send() fallback)
import socket, tempfile
a, b = socket.socketpair()
with tempfile.TemporaryFile() as f:
    f.write(b'file contents ' * 100)
    f.seek(0)
    print(a.sendfile(f))
    a.shutdown(socket.SHUT_WR)
data = b''
while True:
    c = b.recv(4096)
    if not c: break
    data += c
print(len(data), data[:14])
a.close(); b.close()
