# Hashing a deeply nested tuple and isinstance/issubclass over deeply nested
# class tuples recurse in C.  With the recursion limit at 1,000,000 they must
# end (a result or RecursionError), never overflow the C stack -- also in a
# thread, whose stack is smaller.  python3.11 itself overflows at krait's
# depth, so it runs a shallow depth; the printed outcome is the same.
import sys
import threading

sys.setrecursionlimit(1_000_000)
DEPTH = 300_000 if sys.implementation.name == "krait" else 1_000


def outcome(f):
    try:
        f()
        return "ended"
    except RecursionError:
        return "ended"


def run(where):
    x = None
    for _ in range(DEPTH):
        x = (x,)
    print(where, "hash", outcome(lambda: hash(x)))
    print(where, "dict key", outcome(lambda: {x: 1}))
    print(where, "set", outcome(lambda: {x}))
    classes = (str,)
    for _ in range(DEPTH):
        classes = (classes,)
    print(where, "isinstance", outcome(lambda: isinstance(1, classes)))
    print(where, "issubclass", outcome(lambda: issubclass(int, classes)))
    print(where, "shallow still works", hash((1, (2, 3))) == hash((1, (2, 3))))


run("main")
t = threading.Thread(target=run, args=("thread",))
t.start()
t.join()
