import _posixsubprocess
import os

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

def read_all(fd):
    data = b''
    while True:
        chunk = os.read(fd, 100)
        if not chunk:
            return data
        data += chunk

def call(args, exe, errpipe_w, **over):
    a = dict(close_fds=True, fds=(errpipe_w,), cwd=None, env=None, p2c=(-1, -1), c2p=(-1, -1),
             err=(-1, -1))
    a.update(over)
    return _posixsubprocess.fork_exec(
        args, exe, a['close_fds'], a['fds'], a['cwd'], a['env'], *a['p2c'], *a['c2p'], *a['err'],
        er, errpipe_w, True, False, -1, None, None, None, -1, None, False)

er, ew = os.pipe()
out_r, out_w = os.pipe()
pid = call([b'/bin/echo', b'direct'], [b'/bin/echo'], ew, c2p=(out_r, out_w))
os.close(ew)
os.close(out_w)
print(read_all(er))
print(read_all(out_r))
print(os.waitpid(pid, 0)[1])
os.close(er)
os.close(out_r)

er, ew = os.pipe()
pid = call([b'x'], [b'/nonexistent/a', b'/nonexistent/b'], ew)
os.close(ew)
print(read_all(er))
print(os.waitpid(pid, 0)[1] >> 8)
os.close(er)

er, ew = os.pipe()
pid = call([b'/bin/echo'], [b'/bin/echo'], ew, cwd='/nonexistent-dir')
os.close(ew)
print(read_all(er))
os.waitpid(pid, 0)
os.close(er)

er, ew = os.pipe()
pid = call([b'/etc/passwd'], [b'/etc/passwd'], ew)
os.close(ew)
print(read_all(er))
os.waitpid(pid, 0)
os.close(er)

t(lambda: _posixsubprocess.fork_exec())
t(lambda: call([b'a'], [b'/bin/true'], 2))
t(lambda: call([b'a'], [b'/bin/true'], 5, fds=[5]))
t(lambda: call([b'a'], [b'/bin/true'], 5, fds=(7, 5)))
