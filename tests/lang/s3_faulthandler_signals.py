# faulthandler on signals: a fatal signal (enable) reports "Fatal Python
# error" with the stack and the process still dies of the signal; a
# registered user signal dumps and the program goes on; unregister and
# the argument errors.
# krait-test: no-asan -- the children crash on purpose, and ASan's own
# SIGSEGV handler reports the re-raised signal instead of the default action.
import faulthandler
import os
import re
import signal
import subprocess
import sys
import tempfile

def normalized(text):
    text = re.sub(r"0x[0-9a-f]{16}", "0xID", text)
    return re.sub(r'File "[^"]*"', 'File "F"', text)

def child(code):
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print("returncode", p.returncode)
    print(normalized(p.stderr))

child("""
import faulthandler
faulthandler.enable()
def crash():
    faulthandler._sigsegv()
crash()
""")
child("""
import faulthandler
faulthandler.enable(all_threads=False)
def crash():
    faulthandler._sigabrt()
crash()
""")
child("""
import faulthandler, sys
faulthandler.enable()
faulthandler.disable()
faulthandler._sigsegv()
""")
child("""
import faulthandler
faulthandler.enable()
faulthandler._sigfpe()
""")

# a user signal
with tempfile.TemporaryFile("w+") as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    def handler_site():
        os.kill(os.getpid(), signal.SIGUSR1)
    handler_site()
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
    f.seek(0)
    print(normalized(f.read()))

# chain: the previous Python handler runs too
hits = []
signal.signal(signal.SIGUSR2, lambda *a: hits.append(a[0]))
with tempfile.TemporaryFile("w+") as f:
    faulthandler.register(signal.SIGUSR2, file=f, all_threads=False, chain=True)
    os.kill(os.getpid(), signal.SIGUSR2)
    faulthandler.unregister(signal.SIGUSR2)
    f.seek(0)
    print(normalized(f.read()).count("Stack (most recent call first):"))
for _ in range(1000):
    if hits:
        break
print(hits == [signal.SIGUSR2])
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

for args in [(signal.SIGSEGV,), (0,), (10000,), ("x",)]:
    try:
        faulthandler.register(*args)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [0, signal.NSIG]:
    try:
        faulthandler.unregister(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(faulthandler.unregister(signal.SIGSEGV))
