# os.posix_spawn / posix_spawnp: argv, env, file_actions, flags and their
# argument errors.
import os, sys, signal, tempfile

def run(fn, args, env=None, **kw):
    pid = fn(args[0], args, os.environ if env is None else env, **kw)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

py = sys.executable
print(run(os.posix_spawn, [py, "-c", "import sys; sys.exit(7)"]))
print(run(os.posix_spawnp, ["sh", "-c", "exit 3"]))
print(run(os.posix_spawn, [py, "-c", "import os, sys; sys.exit(os.environ['CONF'] == 'x')"],
          {**os.environ, "CONF": "x"}))

d = tempfile.mkdtemp()
out = os.path.join(d, "out")
print(run(os.posix_spawn, [py, "-c", "print('to the file')"],
          file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]))
with open(out) as f:
    print(repr(f.read()))
r, w = os.pipe()
print(run(os.posix_spawn, [py, "-c", "print('via dup2')"],
          file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)]))
os.close(w)
print(os.read(r, 100))
os.close(r)
print(run(os.posix_spawn, [py, "-c", "import os; os.fstat(0)"], file_actions=[(os.POSIX_SPAWN_CLOSE, 0)]) != 0)
print(run(os.posix_spawn, [py, "-c", "pass"], setpgroup=os.getpgrp(), resetids=True,
          setsigmask=[signal.SIGUSR1], setsigdef=[signal.SIGUSR2], file_actions=None))
os.remove(out)
os.rmdir(d)

bad = [dict(file_actions=[None]), dict(file_actions=[()]), dict(file_actions=[(None,)]),
       dict(file_actions=[(12345,)]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE,)]),
       dict(file_actions=[(os.POSIX_SPAWN_CLOSE, 1, 2)]), dict(file_actions=[(os.POSIX_SPAWN_CLOSE, None)]),
       dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, "a\0b", os.O_RDONLY, 0)]), dict(file_actions=5),
       dict(resetids=None), dict(setsid=None), dict(setpgroup="023"), dict(setsigmask=34),
       dict(setsigmask=["j"]), dict(setsigmask=[signal.NSIG]), dict(setsigdef=[0]), dict(bogus=1)]
for kw in bad:
    try:
        os.posix_spawn(py, [py, "-c", "pass"], os.environ, **kw)
        print("no error", kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for args in [(py, [], os.environ), (py, 5, os.environ), (py, [py], None), ("/nonexistent/x", ["x"], {})]:
    try:
        os.posix_spawn(*args)
    except Exception as e:
        print(type(e).__name__, e)
