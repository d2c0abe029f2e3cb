"""tools/thread_scaling.py -- how well Python threads run in parallel.

krait has no global interpreter lock, so N threads running CPU-bound Python
should do N times the work per wall second on N idle cores.  This program
measures that for a few kinds of pure-Python work, each run once with one
thread and once with two (or --threads N), every thread doing the same
amount of work on its own data (except "shared_read", whose threads read
one shared dict, module globals and class attributes -- the read-mostly
state every real program shares).

For each workload it reports, as medians over --runs repetitions (or the
best run with --best):
  speed-up    (work / wall second with N threads) / (the same with 1):
              ideal is N on N idle cores; CPython, with its GIL, gets ~1.0.
  cpu-eff     (work / CPU second with N threads) / (the same with 1):
              ideal is 1.0.  Below 1 means the threads make each other
              slower -- cache lines bouncing between cores (shared counters,
              caches written on every hit), spinning on locks.  It stays
              meaningful on a loaded machine, where wall time does not.
  cpu/wall    CPU seconds per wall second with N threads: N means all
              threads ran all the time; less means they waited (a lock, the
              collector's stop-the-world, or other processes on the machine).

Run it with the interpreter to measure:
    build/krait tools/thread_scaling.py [--runs 5] [--scale 1.0] [--only NAME]
On a shared machine compare cpu-eff first; speed-up needs idle cores.
"""

import argparse
import os
import re
import sys
import threading
import time


# ---- workloads: each is fn(n) doing about n units of work on its own data.

def int_loop(n):
    # k stays below 2**20, so k * k stays a small int: with i * i, once
    # calibration picked n above ~118,000 the squares passed 2**47 and the
    # loop's tail became big-int allocation (2x the time per iteration and
    # the collector's scaling, not the interpreter's).
    total = 0
    for i in range(n * 100):
        k = i & 1048575
        total += (k * k) % 7
        total ^= i
    return total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def method_calls(n):
    p = Point(0, 0)
    total = 0
    for i in range(n * 20):
        p.x = i
        total += p.norm1()
        total += p.norm1()
    return total


def objects(n):
    p = Point(0, 0)
    for i in range(n * 20):
        p = p.moved(1, -1)
    return p.x


def containers(n):
    total = 0
    for i in range(n * 10):
        lst = [i, i + 1, i + 2, (i, i)]
        d = {"a": i, "b": lst, "c": (i, lst)}
        lst.append(len(d))
        total += len(lst) + d["a"]
    return total


def strings(n):
    total = 0
    for i in range(n * 10):
        s = "item-" + str(i)
        t = f"{s}:{i * 2}"
        parts = t.split(":")
        total += len("/".join(parts)) + len(s.upper())
    return total


LOG_LINE = re.compile(r'(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(GET|POST) ([^ ]+)')
WORD = re.compile(r"[A-Za-z_]+")
LOG_LINES = ['10.0.0.%d - - [25/Nov/2026:00:00:%02d +0000] "GET /index/%d.html HTTP/1.1" '
             '200 %d some trailing words here' % (i % 255, i % 60, i, i * 7)
             for i in range(64)]


def regex(n):
    # compiled patterns shared by every thread, as a module's are
    total = 0
    lines = LOG_LINES
    for i in range(n):
        line = lines[i & 63]
        total += len(LOG_LINE.match(line).group(4)) + len(WORD.findall(line))
    return total


SHARED = {"k%d" % i: i for i in range(64)}
KEYS = list(SHARED)
LIMIT = 1 << 30


class Base:
    scale = 3

    def weight(self):
        return self.scale


class Derived(Base):
    pass


def shared_read(n):
    obj = Derived()
    keys = KEYS
    total = 0
    for i in range(n * 10):
        k = keys[i & 63]
        total += SHARED[k] + obj.weight() + Derived.scale
        if isinstance(obj, Base) and total > LIMIT:
            total = 0
    return total


WORKLOADS = [int_loop, method_calls, objects, containers, strings, regex, shared_read]


# ---- measuring

def cpu_clock():
    return time.process_time()


def run_once(fn, n, nthreads):
    """Wall and process CPU seconds for nthreads threads each doing fn(n),
    started together at a barrier."""
    barrier = threading.Barrier(nthreads + 1)
    errors = []

    def body():
        barrier.wait()
        try:
            fn(n)
        except BaseException as e:    # reported, never hidden
            errors.append(e)

    threads = [threading.Thread(target=body) for _ in range(nthreads)]
    for t in threads:
        t.start()
    c0 = cpu_clock()
    w0 = time.perf_counter()
    barrier.wait()
    for t in threads:
        t.join()
    w1 = time.perf_counter()
    c1 = cpu_clock()
    if errors:
        raise errors[0]
    return w1 - w0, c1 - c0


def median(xs):
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def calibrate(fn, target):
    """Units of work that take about `target` seconds on one thread."""
    n = 100
    while True:
        wall, _ = run_once(fn, n, 1)
        if wall >= target / 4 or n > 1 << 26:
            return max(1, int(n * target / max(wall, 1e-6)))
        n *= 4


def measure(fn, nthreads, runs, target, pick):
    n = calibrate(fn, target)
    rows = {1: [], nthreads: []}
    for _ in range(runs):            # interleaved, so drifting load hits both
        for k in (1, nthreads):
            rows[k].append(run_once(fn, n, k))
    w1 = pick([w for w, _ in rows[1]])
    c1 = pick([c for _, c in rows[1]])
    wn = pick([w for w, _ in rows[nthreads]])
    cn = pick([c for _, c in rows[nthreads]])
    speedup = (nthreads / wn) / (1 / w1)
    cpu_eff = (nthreads / cn) / (1 / c1) if c1 > 0 and cn > 0 else float("nan")
    return n, w1, wn, speedup, cpu_eff, cn / wn


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.5,
                    help="wall seconds of one single-thread run (default 0.5)")
    ap.add_argument("--only", default="", help="workloads whose name contains this")
    ap.add_argument("--best", action="store_true",
                    help="the fastest run of each, not the median: other load only ever "
                         "adds time, so on a busy machine the best is the steadier figure")
    args = ap.parse_args()
    impl = getattr(sys, "implementation", None)
    print(f"# {impl.name if impl else '?'} {sys.version.split()[0]}, "
          f"{args.threads} threads, {os.cpu_count()} cpus, load "
          f"{' '.join('%.1f' % x for x in os.getloadavg())}, runs {args.runs}"
          f"{', best' if args.best else ', median'}")
    print(f"{'workload':14} {'n':>9} {'wall1':>7} {'wallN':>7} "
          f"{'speed-up':>8} {'cpu-eff':>7} {'cpu/wall':>8}")
    for fn in WORKLOADS:
        if args.only not in fn.__name__:
            continue
        n, w1, wn, sp, eff, util = measure(fn, args.threads, args.runs, args.seconds,
                                           min if args.best else median)
        print(f"{fn.__name__:14} {n:9d} {w1:7.3f} {wn:7.3f} "
              f"{sp:8.2f} {eff:7.2f} {util:8.2f}", flush=True)


if __name__ == "__main__":
    main()
