# A thread with a small stack (threading.stack_size) doing C-recursive work
# -- repr and == of deeply nested lists and dicts, nested map() -- must get
# RecursionError, not overflow its stack: the C recursion guards measure the
# real stack of the running thread, not a fixed depth.
import functools
import sys
import threading

sys.setrecursionlimit(1_000_000)
DEPTH = 7_000 if sys.implementation.name == "krait" else 500


def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deep_dict(n):
    d = {}
    for _ in range(n):
        d = {"a": d}
    return d


def outcome(f):
    try:
        f()
    except RecursionError:
        pass
    return "ended"


def body():
    print("repr", outcome(lambda: repr(deep_list(DEPTH))))
    print("list ==", outcome(lambda: deep_list(DEPTH) == deep_list(DEPTH)))
    print("dict ==", outcome(lambda: deep_dict(DEPTH) == deep_dict(DEPTH)))
    print("map", outcome(lambda: next(functools.reduce(lambda it, _: map(abs, it), range(DEPTH), iter([1])))))
    print("hash", outcome(lambda: hash(functools.reduce(lambda t, _: (t,), range(DEPTH), ()))))


for size in (262144, 1 << 20):
    threading.stack_size(size)
    t = threading.Thread(target=body)
    t.start()
    t.join()
print("done")
