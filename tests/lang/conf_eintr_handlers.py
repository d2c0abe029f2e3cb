# PEP 475: a call interrupted by a signal runs the Python handler at once;
# the call resumes when the handler returns and stops when it raises.
import os, signal, time

r, w = os.pipe()
signal.signal(signal.SIGALRM, lambda s, f: os.write(w, b"bar"))
signal.alarm(1)
print(os.read(r, 10))

class Stop(Exception):
    pass

def raiser(s, f):
    raise Stop("handler raised")

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.2)
t0 = time.monotonic()
try:
    os.read(r, 10)
except Stop as e:
    print("read:", e, time.monotonic() - t0 < 5)

signal.setitimer(signal.ITIMER_REAL, 0.2)
t0 = time.monotonic()
try:
    time.sleep(30)
except Stop as e:
    print("sleep:", e, time.monotonic() - t0 < 5)

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(1))
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
time.sleep(0.4)        # the handler runs; the sleep still lasts its time
print("slept on:", ticks, time.monotonic() - t0 >= 0.35)

pid = os.fork()
if pid == 0:
    time.sleep(0.5)
    os._exit(3)
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    os.waitpid(pid, 0)
except Stop as e:
    print("waitpid:", e)
signal.setitimer(signal.ITIMER_REAL, 0)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
