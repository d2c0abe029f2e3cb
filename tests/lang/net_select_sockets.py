# select.select and selectors over sockets; makefile buffering with timeouts
import select, selectors, socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a], [a, b], [], 0)
print(r, len(w))
b.send(b'ready')
r, w, x = select.select([a, b.fileno()], [], [], 1)
print([s is a for s in r])
print(a.recv(5))

sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, data='A')
sel.register(b, selectors.EVENT_READ, data='B')
print(sel.select(timeout=0))
b.sendall(b'1')
a.sendall(b'2')
print(sorted(key.data for key, mask in sel.select(timeout=1)))
print(a.recv(1), b.recv(1))
print(sel.get_key(a).data, len(sel.get_map()))
sel.unregister(b)
try:
    sel.get_key(b)
except KeyError as e:
    print('KeyError')
sel.close()

# a file over a socket with a timeout: readline waits, then TimeoutError
a.settimeout(0.05)
f = a.makefile('rb')
b.sendall(b'partial')
try:
    f.readline()
except TimeoutError as e:
    print('readline', type(e).__name__, e)
b.sendall(b' line\nrest')
b.shutdown(socket.SHUT_WR)
a.settimeout(1)
f2 = a.makefile('rb')
print(f2.readline(), f2.read())
f.close(); f2.close()
a.close(); b.close()
