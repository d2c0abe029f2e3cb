# os.fork in a threaded program: the child has only the forking thread
# (threading forgets the others), register_at_fork hooks run in order.
import os, threading, time

log = []
os.register_at_fork(before=lambda: log.append('before1'), after_in_parent=lambda: log.append('parent1'),
                    after_in_child=lambda: log.append('child1'))
os.register_at_fork(before=lambda: log.append('before2'), after_in_child=lambda: log.append('child2'))
for bad in [dict(before=1), dict()]:
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print('TypeError', e)

stop = threading.Event()
workers = [threading.Thread(target=stop.wait) for _ in range(2)]
for w in workers: w.start()
r, wfd = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    msg = '%s %d %s' % (log, threading.active_count(), threading.current_thread() is threading.main_thread())
    t = threading.Thread(target=lambda: None); t.start(); t.join()
    os.write(wfd, msg.encode())
    os._exit(0)
os.close(wfd)
data = b''
while True:
    chunk = os.read(r, 1000)
    if not chunk:
        break
    data += chunk
os.waitpid(pid, 0)
print(data.decode())
print(log, threading.active_count())
stop.set()
for w in workers: w.join()
print(threading.active_count())
