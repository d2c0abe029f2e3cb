# timeouts: TimeoutError from recv/accept/connect, non-blocking BlockingIOError
import socket, time

print(socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.getdefaulttimeout())
a, b = socket.socketpair()
a.settimeout(0.05)
t0 = time.monotonic()
try:
    a.recv(10)
except TimeoutError as e:
    print('recv', type(e).__name__, e, e.errno)
print(time.monotonic() - t0 >= 0.04)
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print('nonblocking', type(e).__name__, e.errno == 11)
try:
    a.recv_into(bytearray(5))
except BlockingIOError as e:
    print('recv_into', type(e).__name__)
b.send(b'data')
time.sleep(0.01)
print(a.recv(10))
a.close(); b.close()

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print('accept', e)
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print('accept nonblocking', type(e).__name__)
srv.close()

socket.setdefaulttimeout(1.5)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket()
print(s.gettimeout())
s.close()
for v in [-1, 'x', float('nan')]:
    try:
        socket.setdefaulttimeout(v)
    except Exception as e:
        print(type(e).__name__, e)
print(socket.getdefaulttimeout())
