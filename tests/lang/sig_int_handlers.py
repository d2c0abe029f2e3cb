# SIGINT's default Python handler is default_int_handler; a Python
# handler replaces it; KeyboardInterrupt is a BaseException, so `except
# Exception` does not catch it.
import os
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("default_int_handler raised", type(e).__name__, e.args)

def count_loop():
    n = 0
    try:
        while True:
            n += 1
            if n == 100:
                os.kill(os.getpid(), signal.SIGINT)
    except Exception:
        return "wrongly caught by except Exception"
    except KeyboardInterrupt:
        return "KeyboardInterrupt at %d" % n

print(count_loop())

got = []
old = signal.signal(signal.SIGINT, lambda s, f: got.append(s))
print(old is signal.default_int_handler)
os.kill(os.getpid(), signal.SIGINT)
signal.raise_signal(signal.SIGINT)
print(got)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("back to KeyboardInterrupt")
try:
    signal.signal(signal.SIGINT, "nope")
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(KeyboardInterrupt(), Exception), issubclass(KeyboardInterrupt, BaseException))
