# faulthandler: dump_traceback to a file (descriptor or file object) for
# the current thread and for all threads, enable/disable/is_enabled, the
# file argument's errors, dump_traceback_later's header and its cancel.
import faulthandler
import os
import re
import sys
import tempfile
import threading
import time

def normalized(text):
    """Thread ids and library paths vary; this file's frames do not."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]{16}", "0xID", line)
        m = re.match(r'  File "(.*)", line (\d+) in (.*)', line)
        if m:
            name = os.path.basename(m.group(1))
            if name != os.path.basename(__file__):
                line = "  File <lib>, in " + m.group(3)
            else:
                line = "  File %s, line %s in %s" % (name, m.group(2), m.group(3))
        out.append(line)
    return "\n".join(out)

def capture(fn):
    with tempfile.TemporaryFile("w+") as f:
        fn(f)
        f.seek(0)
        return normalized(f.read())

def inner(f, **kw):
    faulthandler.dump_traceback(f, **kw)

def outer(f, **kw):
    inner(f, **kw)

print(capture(lambda f: outer(f, all_threads=False)))
print("--")
print(capture(lambda f: outer(f.fileno(), all_threads=False)))
print("--")
print(capture(lambda f: outer(f)))
print("--")

# another thread, parked in Event.wait: its own frames appear
ev = threading.Event()
def parked():
    ev.wait()
t = threading.Thread(target=parked)
t.start()
time.sleep(0.05)
text = capture(lambda f: outer(f))
ev.set()
t.join()
blocks = text.split("\n\n")
print(len(blocks))
for b in sorted(blocks):
    print(b)
    print("--")

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.enable(all_threads=False)
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())

for bad in [-1, "x", 2.5]:
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)

class NoFd:
    def fileno(self):
        return "three"
try:
    faulthandler.dump_traceback(NoFd())
except Exception as e:
    print(type(e).__name__, e)

for bad in [-1, 0, -1e-9, 1e10, -1e300]:
    try:
        faulthandler.dump_traceback_later(bad)
    except Exception as e:
        print(type(e).__name__, e)

def later(f):
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.5)
print(capture(later))
def cancelled(f):
    faulthandler.dump_traceback_later(0.25, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.4)
print(repr(capture(cancelled)))
faulthandler.cancel_dump_traceback_later()
def hours(f):
    faulthandler.dump_traceback_later(3723.5, file=f)
    faulthandler.cancel_dump_traceback_later()
print(repr(capture(hours)))

def repeating(f):
    faulthandler.dump_traceback_later(0.05, repeat=True, file=f)
    time.sleep(0.4)
    faulthandler.cancel_dump_traceback_later()
print(capture(repeating).count("Timeout (0:00:00.050000)!") >= 2)
