import os
import select
import selectors

print(select.error is OSError, select.PIPE_BUF)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'data')
print(select.select([r], [], [], 0) == ([r], [], []))
print(select.select([], [], [], 0.01))

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

fr = F(r)
res = select.select([fr], [], [], 0)
print(res[0][0] is fr)
for bad in ([1.5], [object()], [-1]):
    try:
        select.select(bad, [], [], 0)
    except Exception as e:
        print(type(e).__name__, e)
for t in ('x', -1):
    try:
        select.select([], [], [], t)
    except Exception as e:
        print(type(e).__name__, e)
try:
    select.select(1, [], [])
except Exception as e:
    print(type(e).__name__, e)
try:
    select.select([], [])
except Exception as e:
    print(type(e).__name__, e)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)))
p.modify(w, select.POLLIN)
print(sorted(p.poll(0)))
p.unregister(w)
print(p.poll())
try:
    p.unregister(w)
except KeyError as e:
    print('KeyError', e)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
print(os.read(r, 100))
print(p.poll(10))
os.close(w)
print([(fd == r, ev & select.POLLHUP != 0) for fd, ev in p.poll(0)])
os.close(r)

r, w = os.pipe()
with selectors.DefaultSelector() as sel:
    sel.register(r, selectors.EVENT_READ, 'reader')
    print(sel.select(0))
    os.write(w, b'z')
    print([(k.data, ev) for k, ev in sel.select(0)])
os.close(r)
os.close(w)
