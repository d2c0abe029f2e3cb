# _run_exitfuncs: a callback that raises is reported (stderr) and the
# others still run; a callback that registers another does not run it in
# the same round; exit callbacks see module globals.
import atexit
import sys

log = []
def ok(tag):
    log.append(tag)
def bad():
    log.append("bad")
    raise ValueError("from callback")
def registers():
    log.append("registers")
    atexit.register(ok, "late")

atexit._clear()
atexit.register(ok, "first")
atexit.register(bad)
atexit.register(registers)
atexit.register(ok, "last")
atexit._run_exitfuncs()
print(log)
print(atexit._ncallbacks())
log.clear()
atexit.register(ok, "second round")
atexit._run_exitfuncs()
print(log)
print(atexit._ncallbacks())

# Keyword arguments reach the callback.
def kw(a, b=0, *, c=0):
    print("kw", a, b, c)
atexit.register(kw, 1, c=3)
atexit.register(kw, a=5, b=6)
atexit._run_exitfuncs()
atexit.register(print, "printed at exit", sep="|")
