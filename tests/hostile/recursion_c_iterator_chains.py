# Iterators wrapping iterators 300,000 deep (map, filter, zip, enumerate,
# itertools), and str() of exceptions nested in their args, recurse in C
# once per level: with the recursion limit at 1,000,000 they must end in
# RecursionError or a result, never overflow the C stack.  python3.11
# itself overflows at krait's depth, so it runs a shallow one.
# krait-test: no-stress -- each collection scans the whole deep C stack.
import functools
import itertools
import sys

sys.setrecursionlimit(1_000_000)
DEPTH = 300_000 if sys.implementation.name == "krait" else 1_000


def outcome(f):
    try:
        f()
    except RecursionError:
        pass
    return "ended"


def nested(wrap):
    it = iter([1, 2])
    for _ in range(DEPTH):
        it = wrap(it)
    return it


WRAPPERS = {
    "map": lambda it: map(abs, it),
    "filter": lambda it: filter(None, it),
    "zip": lambda it: zip(it),
    "enumerate": enumerate,
    "chain": itertools.chain,
    "islice": lambda it: itertools.islice(it, 5),
    "takewhile": lambda it: itertools.takewhile(bool, it),
    "dropwhile": lambda it: itertools.dropwhile(lambda x: False, it),
    "accumulate": itertools.accumulate,
    "compress": lambda it: itertools.compress(it, itertools.repeat(1)),
    "zip_longest": lambda it: itertools.zip_longest(it),
}
for name, wrap in WRAPPERS.items():
    print(name, outcome(lambda: next(nested(wrap))))

exc = None
for _ in range(DEPTH):
    exc = ValueError(exc)
print("str of nested exceptions", outcome(lambda: str(exc)))
print("repr of nested exceptions", outcome(lambda: repr(exc)))
print("shallow still works", list(map(abs, filter(None, [0, -1, 2]))))
