# select.epoll and select.poll, and selectors over them
import os, select, selectors, socket

print(selectors.DefaultSelector.__name__)
r, w = os.pipe()
e = select.epoll()
print(e.closed, e.fileno() >= 0)
e.register(r, select.EPOLLIN)
e.register(w, select.EPOLLOUT)
print(e.poll(0) == [(w, select.EPOLLOUT)])
os.write(w, b'x')
print(sorted(e.poll(0.1)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
e.modify(w, 0)
print(e.poll(0) == [(r, select.EPOLLIN)])
print(len(e.poll(timeout=None, maxevents=1)))
e.unregister(r)
print(e.poll(0))
for call in [lambda: e.unregister(r), lambda: e.register(w), lambda: e.register(-1),
             lambda: e.poll(maxevents=0), lambda: e.poll('x'), lambda: select.epoll(sizehint=0),
             lambda: select.epoll(flags=5), lambda: e.modify(r, 1)]:
    try:
        call()
    except Exception as ex:
        print(type(ex).__name__, ex)
with e:
    pass
print(e.closed)
try:
    e.fileno()
except ValueError as ex:
    print(ex)
e2 = select.epoll.fromfd(os.dup(r))
print(type(e2).__name__, e2.closed)
e2.close()
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLLRDHUP)

p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
os.read(r, 1)
print(p.poll(0))

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
sel.register(a, selectors.EVENT_READ, 'data-a')
print(sel.select(0))
b.send(b'!')
events = sel.select(1)
print([(k.data, m) for k, m in events])
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'rw')
print(sorted(m for k, m in sel.select(0)))
sel.unregister(a)
sel.close()
a.close(); b.close()
os.close(r); os.close(w)
