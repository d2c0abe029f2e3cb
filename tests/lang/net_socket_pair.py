# socketpair: send/recv/recv_into, sendall, shutdown, makefile
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
print(a.send(b'hello'))
print(b.recv(100))
a.sendall(b'abc' + bytearray(b'def') + memoryview(b'ghi').tobytes())
buf = bytearray(20)
n = b.recv_into(buf)
print(n, buf[:n])
a.send(b'0123456789')
buf = bytearray(4)
print(b.recv_into(buf), buf)
mv = memoryview(bytearray(10))
print(b.recv_into(mv, 3), mv.tobytes())
print(b.recv(100))
for call in [lambda: b.recv_into(bytearray(2), 5), lambda: b.recv_into(b'xx'),
             lambda: b.recv_into(bytearray(2), -1), lambda: a.send('str'),
             lambda: a.send(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
a.send(b'peek')
print(b.recv(4, socket.MSG_PEEK), b.recv(4))

# a larger transfer: sendall fills the buffer, the reader drains it
data = bytes(range(256)) * 200
a.sendall(data)
a.shutdown(socket.SHUT_WR)
got = []
while True:
    chunk = b.recv(8192)
    if not chunk:
        break
    got.append(chunk)
print(b''.join(got) == data, len(data))

# makefile over the pair
a2, b2 = socket.socketpair()
wf = a2.makefile('wb')
rf = b2.makefile('rb')
wf.write(b'line one\nline two\n')
wf.flush()
print(rf.readline(), rf.readline())
tw = a2.makefile('w', encoding='utf-8')
tr = b2.makefile('r', encoding='utf-8')
tw.write('caf\u00e9\n')
tw.flush()
print(repr(tr.readline()))
for f in (wf, rf, tw, tr):
    f.close()
for s in (a, b, a2, b2):
    s.close()

# datagram pair
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b'one')
x.send(b'two')
print(y.recv(10), y.recvfrom(10))
x.close(); y.close()
