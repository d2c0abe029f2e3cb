# A bytearray used as a read buffer: slices copy at once, deleting a
# prefix moves no data, and appending after it keeps every byte; a
# socket sends a bytearray in place, pinned while it does.
import socket

buf = bytearray()
out = []
for i in range(300):
    buf.extend(bytes([i % 256]) * (i % 7 + 1))
    if len(buf) > 10:
        n = len(buf) // 3
        out.append(bytes(buf[:n]))
        del buf[:n]
print(len(buf), sum(len(x) for x in out), sum(sum(x) for x in out) + sum(buf))
whole = b"".join(out) + bytes(buf)
ref = b"".join(bytes([i % 256]) * (i % 7 + 1) for i in range(300))
print(whole == ref)

b = bytearray(b"0123456789")
del b[:3]
print(b, len(b), b[0], b[-1], b[:2], b[::2], b[::-1], b[2:5], b.find(b"5"))
b += b"abc"
print(b, b.startswith(b"345"), bytes(b))
del b[:0]; print(b)
del b[:len(b) - 1]; print(b)
b[:0] = b"xy"; print(b)
b[:1] = b""; print(b)
del b[:]; print(b, len(b))
b.extend(range(65, 70)); print(b)
c = bytearray(b"hello world")
m = memoryview(c)
try:
    del c[:2]
except BufferError as e:
    print("BufferError", e)
m.release()
del c[:6]
print(c, c.upper(), c.hex())
print(bytes(b"abcdef")[1:4], b"abcdef"[::2], b"abcdef"[4:1], b"abcdef"[-3:])

a, z = socket.socketpair()
payload = bytearray(b"x" * 1000 + b"end")
n = a.send(payload)
print(n, payload[-3:])
got = b""
while len(got) < n:
    got += z.recv(4096)
print(len(got), got[-3:], got == bytes(payload[:n]))
del payload[:500]
print(len(payload), a.send(payload), len(z.recv(4096)))
a.setblocking(False)
big = bytearray(b"y" * (8 << 20))
sent = a.send(big)
print(0 < sent < len(big), len(big))
del big[:sent]
print(len(big) == (8 << 20) - sent)
try:
    a.send(bytearray(), 1, 2)
except TypeError as e:
    print("TypeError", e)
a.close()
z.close()
