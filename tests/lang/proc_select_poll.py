import os
import select

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

p = select.poll()
print(type(p).__name__, p.poll(0))
r, w = os.pipe()
p.register(r)
print(p.poll(0))
os.write(w, b'x' * 10)
print([(fd == r, ev) for fd, ev in p.poll(0)])
p.register(r, select.POLLOUT)
print(p.poll(0))
p.modify(r, select.POLLIN | select.POLLPRI)
print([ev for fd, ev in p.poll(1.5)])
t(lambda: p.register('x'))
t(lambda: p.register(-5))
t(lambda: p.register(r, -1))
t(lambda: p.register(r, 1 << 20))
t(lambda: p.poll('soon'))
t(lambda: p.poll(1, 2))
t(lambda: p.modify(r))
t(lambda: p.unregister('x'))
t(lambda: select.poll(1))

class FD:
    def __init__(self, v):
        self.v = v
    def fileno(self):
        return self.v

p.unregister(FD(r))
print(p.poll(0))
t(lambda: p.register(FD('nope')))
f = FD(r)
t(lambda: select.select([f], [], [], 0.0)[0][0] is f)
t(lambda: select.select([f], [f], [f], 0)[0] == [f])
t(lambda: select.select((r,), (), (), 0) == ([r], [], []))
bad = os.dup(r)
os.close(bad)
t(lambda: select.select([bad], [], [], 0))
os.read(r, 100)
os.close(r)
os.close(w)
