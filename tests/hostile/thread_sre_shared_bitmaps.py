# Threads share a compiled pattern's single-character bitmaps (_sre: a
# charset, a repeated character class, the first characters of a branch,
# each answered from a 256-bit bitmap once it has run often enough).  Each
# round compiles fresh patterns, so several threads reach the point of
# building one bitmap together: a slot is claimed by one of them, filled,
# and only then published, and every thread must see the same matches as
# one thread alone.  Long subjects build a bitmap inside one match; many
# short matches build it from charges added up across matches and threads.
import re
import threading

SOURCES = [
    r"[a-f]+",            # a class repeated: count()
    r"[^a-z ]+",          # a negated class
    r"x[0-9]",            # search() skipping to the first unit
    r"[0-9]+[a-z]",       # the INFO charset of a search
    r"cat|dog|eel|owl",   # the first characters of a branch
    r"(?:ab|cd)[e-h]*z",  # a branch, then a class run
]

def subjects():
    long1 = "".join(chr(97 + (i * 7) % 26) for i in range(2500))
    long2 = "".join("0123456789 abcdefxyz QRST"[(i * 11) % 25] for i in range(2500))
    long3 = ("the cat saw a dog, an eel and an owl. " * 60) + "x7 abez cdz"
    shorts = ["abc%d x%d dog" % (i, i % 10) for i in range(60)]
    return [long1, long2, long3] + shorts

def results(patterns, subs):
    out = []
    for p in patterns:
        n = 0
        spans = 0
        for s in subs:
            for m in p.finditer(s):
                n += 1
                spans += m.start() * 3 + m.end()
            if p.search(s, 5) is not None:
                n += 1000
            if p.match(s) is not None:
                n += 100000
        out.append((n, spans))
    return out

def worker(rounds, patterns_by_round, subs, out, barrier):
    mine = []
    for r in range(rounds):
        barrier.wait()
        mine.append(results(patterns_by_round[r], subs))
    out.append(mine)

ROUNDS = 150
NTHREADS = 4
subs = subjects()
# a comment makes each round's source new to re's cache: fresh patterns
patterns_by_round = [[re.compile(src + "(?#%d)" % r) for src in SOURCES]
                     for r in range(ROUNDS)]
expected = results([re.compile(src + "(?#one)") for src in SOURCES], subs)
out = []
barrier = threading.Barrier(NTHREADS)
threads = [threading.Thread(target=worker,
                            args=(ROUNDS, patterns_by_round, subs, out, barrier))
           for _ in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(expected)
bad = 0
for mine in out:
    for r in range(ROUNDS):
        if mine[r] != expected:
            bad += 1
print(len(out), "threads,", bad, "rounds differ")
# (this suite compares exit status and stderr only)
assert bad == 0, "%d rounds differ" % bad
