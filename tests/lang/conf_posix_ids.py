# uid/gid arguments of the set*id functions: -1 means unchanged; CPython's
# OverflowError wording for values that do not fit.
import os
for f in [os.setuid, os.setgid, os.seteuid, os.setegid]:
    for v in [1 << 32, -2, "x", 1.5, (1 << 32) - 1]:
        try: f(v)
        except Exception as e: print(f.__name__, type(e).__name__, e)
for f, n in [(os.setreuid, 2), (os.setregid, 2), (os.setresuid, 3), (os.setresgid, 3)]:
    try: f(*([1 << 32] * n))
    except Exception as e: print(f.__name__, type(e).__name__, e)
    f(*([-1] * n))
os.setuid(os.getuid()); os.setgid(os.getgid()); print("ok")
import os
for v in [1<<63, 1<<64, -(1<<63)-1]:
    try: os.setuid(v)
    except Exception as e: print(type(e).__name__, e)
