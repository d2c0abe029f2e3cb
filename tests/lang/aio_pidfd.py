# os.pidfd_open: a descriptor that polls readable once the process exits
# (asyncio's PidfdChildWatcher waits on it with add_reader).
import os
import select
import signal
import sys
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os._exit(3)
fd = os.pidfd_open(pid)
print('is int', isinstance(fd, int))
p = select.poll()
p.register(fd, select.POLLIN)
print('ready before exit', p.poll(0))
events = p.poll(5000)
print('ready after exit', [(e[0] == fd, e[1] & select.POLLIN != 0) for e in events])
_, status = os.waitpid(pid, 0)
print('exit code', os.waitstatus_to_exitcode(status))
os.close(fd)

# a keyword flags argument, and a signal sent through the child's pidfd
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
fd = os.pidfd_open(pid=pid, flags=0)
os.kill(pid, signal.SIGTERM)
r, _, _ = select.select([fd], [], [], 5)
print('select sees exit', r == [fd])
_, status = os.waitpid(pid, 0)
print('killed by', os.waitstatus_to_exitcode(status))
os.close(fd)

for args in [(-1,), (0x7ffffff0,), ('x',), (os.getpid(), 12345), ()]:
    try:
        os.close(os.pidfd_open(*args))
        print('opened', len(args))
    except Exception as e:
        print(type(e).__name__, e)
