# Objects left open at exit: an event loop never closed, a selector, a
# socket pair used by a __del__ that runs at shutdown.  CPython's exit
# closes them through their owners' __del__ without complaint; the
# sockets must still work when those run.
import asyncio
import selectors
import socket


class Owner:
    def __init__(self):
        self.a, self.b = socket.socketpair()
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.b, selectors.EVENT_READ, "b")

    def __del__(self):
        # runs at exit: the sockets and the selector are still usable
        self.a.send(b"bye")
        print("owner saw", [k.data for k, ev in self.sel.select(0)], self.b.recv(10))
        self.sel.unregister(self.b)
        self.sel.close()
        self.a.close()
        self.b.close()


owner = Owner()

loop = asyncio.new_event_loop()


async def work():
    await asyncio.sleep(0)
    return 42


print(loop.run_until_complete(work()))

sel = selectors.DefaultSelector()
r, w = socket.socketpair()
sel.register(r, selectors.EVENT_READ, "reader")
w.send(b"x")
print([key.data for key, ev in sel.select(0)])

print("end of program")
