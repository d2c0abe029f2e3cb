# recv_into a bytearray receives in place (_socket.c recv_into), counted
# as an export for the call, as CPython's "w*"; other targets go through
# a scratch block.
import signal
import socket

a, b = socket.socketpair()
buf = bytearray(16)
a.send(b'hello')
print(b.recv_into(buf), buf)
a.send(b'0123456789abcdefXYZ')
print(b.recv_into(buf, 4), buf)
print(b.recv_into(buf), buf)
a.send(b'mv')
m = memoryview(buf)[8:]
print(b.recv_into(m), bytes(buf))
m.release()
a.send(b'q')
print(b.recvfrom_into(buf, 1)[0], buf[:2])
empty = bytearray()
print(b.recv_into(empty), empty)
try:
    b.recv_into(buf, 17)
except ValueError as e:
    print('ValueError', e)
try:
    b.recv_into(b'immutable')
except TypeError as e:
    print('TypeError', e)
buf.extend(b'!')        # not pinned after the call
print(len(buf))

# a signal during the wait: the receive goes on after the handler
seen = []
def handler(signum, frame):
    seen.append(len(buf))
    a.send(b'after')

old = signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = b.recv_into(buf)
signal.signal(signal.SIGALRM, old)
print(n, bytes(buf[:5]), len(buf), seen)
a.close()
b.close()
