# recv/recvfrom with buffers much larger than what arrives (asyncio asks
# for 256 KiB): the bytes returned are exactly what was received, and
# stay intact while later receives reuse memory.
import socket

a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)

# nothing to read yet: the error, and no bytes object
try:
    a.recv(262144)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)

chunks = []
for size in (1, 100, 5000, 20000, 70000, 100000):
    payload = bytes((size + i) % 251 for i in range(size))
    b.sendall(payload)
    got = b""
    while len(got) < size:
        got += a.recv(262144)
    chunks.append((size, got))
    print(size, len(got), got == payload, type(got).__name__)

# earlier results are untouched by later receives
for size, got in chunks:
    print(size, got == bytes((size + i) % 251 for i in range(size)))

# a receive that fills the buffer exactly, and one of zero bytes asked
b.sendall(b"x" * 32768)
full = a.recv(32768)
print(len(full), full == b"x" * 32768)
print(a.recv(0) == b"", repr(a.recv(0)))

# recv with a huge request on a small message, then hash/compare/slice work
b.sendall(b"hello world")
m = a.recv(1 << 20)
print(m, len(m), m[6:], hash(m) == hash(b"hello world"), m.upper())

# negative size
try:
    a.recv(-1)
except ValueError as e:
    print("ValueError", e)

# datagrams: recvfrom returns exactly the datagram, and the sender
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
for n in (3, 30000):
    u2.sendto(b"d" * n, u1.getsockname())
    data, addr = u1.recvfrom(65536)
    print(len(data), data == b"d" * n, addr == u2.getsockname())
u1.close()
u2.close()

# EOF: the peer closed, recv gives b''
b.close()
print(repr(a.recv(262144)))
a.close()
try:
    a.recv(10)
except OSError as e:
    print(type(e).__name__, e.errno)

# recv_into: into a bytearray, a memoryview slice, an empty buffer
c, d = socket.socketpair()
c.setblocking(False)
print(c.recv_into(bytearray()), c.recv(0))
d.sendall(b"abcdefghij" * 3000)
ba = bytearray(40000)
n = c.recv_into(ba)
print(n, ba[:12], ba[n - 3:n], ba[n:n + 2])
d.sendall(b"0123456789")
buf = bytearray(b"." * 20)
n = c.recv_into(memoryview(buf)[5:], 4)
print(n, buf)
try:
    c.recv_into(bytearray(3), 10)
except ValueError as e:
    print("ValueError", e)
try:
    c.recv_into(b"immutable")
except TypeError as e:
    print("TypeError", e)
rest = bytearray(100)
print(c.recv_into(rest), rest[:8])
try:
    c.recv_into(bytearray(100))
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)
c.close()
d.close()
