# Threads share a compiled pattern's single-character bitmaps (_sre: a
# charset, a repeated character class, the first characters of a branch,
# each answered from a 256-bit bitmap once it has run often enough).  Each
# round starts fresh Patterns (same code, empty bitmaps), so several
# threads reach the point of building one bitmap together: a slot is
# claimed by one of them, filled, and only then published, and every thread
# must see the same matches as one thread alone.  Long subjects build a
# bitmap inside one match; short ones add their charges to the counts.
# Publishing a slot before its bits are filled fails ~1 run in 6 on a
# loaded 2-core machine (more when the threads really run together).
import re
import threading
import _sre
from re import _compiler, _parser

SOURCES = [
    r"[a-f]+",            # a class repeated: count()
    r"[^a-z ]+",          # a negated class
    r"x[0-9]",            # search() skipping to the first unit
    r"[0-9]+[a-z]",       # the INFO charset of a search
    r"cat|dog|eel|owl",   # the first characters of a branch
    r"(?:ab|cd)[e-h]*z",  # a branch, then a class run
]

def subjects():
    long1 = "".join(chr(97 + (i * 7) % 26) for i in range(1500))
    long2 = "".join("0123456789 abcdefxyz QRST"[(i * 11) % 25] for i in range(1500))
    long3 = ("the cat saw a dog, an eel and an owl. " * 40) + "x7 abez cdz"
    shorts = ["abc%d x%d dog" % (i, i % 10) for i in range(4)]
    return [long1, long2, long3] + shorts

def results(patterns, subs):
    out = []
    for p in patterns:
        for s in subs:
            m = p.search(s, 5)
            out.append((p.findall(s), m and m.span(), p.match(s) is not None))
    return out

def worker(rounds, patterns_by_round, subs, out, barrier):
    mine = []
    for r in range(rounds):
        barrier.wait()
        mine.append(results(patterns_by_round[r], subs))
    out.append(mine)

ROUNDS = 250
NTHREADS = 4
subs = subjects()
def compiler_args(src):
    """What re's compiler hands _sre.compile for src: each call of
    _sre.compile with them makes a new Pattern, with empty bitmaps."""
    p = _parser.parse(src, 0)
    code = _compiler._code(p, 0)
    indexgroup = [None] * p.state.groups
    for k, i in p.state.groupdict.items():
        indexgroup[i] = k
    return (src, p.state.flags, code, p.state.groups - 1, p.state.groupdict,
            tuple(indexgroup))

ARGS = [compiler_args(src) for src in SOURCES]
patterns_by_round = [[_sre.compile(*a) for a in ARGS] for r in range(ROUNDS)]
expected = results([re.compile(src) for src in SOURCES], subs)
out = []
barrier = threading.Barrier(NTHREADS)
threads = [threading.Thread(target=worker,
                            args=(ROUNDS, patterns_by_round, subs, out, barrier))
           for _ in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(len(f) for f, _, _ in expected), "matches")
bad = 0
for mine in out:
    for r in range(ROUNDS):
        if mine[r] != expected:
            bad += 1
print(len(out), "threads,", bad, "rounds differ")
# (this suite compares exit status and stderr only)
assert bad == 0, "%d rounds differ" % bad
