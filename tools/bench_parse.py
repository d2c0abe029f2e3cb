#!/usr/bin/python3.11
"""tools/bench_parse.py -- issue 3's parser benchmark: krait vs python3.11.

    /usr/bin/python3.11 tools/bench_parse.py [--krait build/krait] [--runs 5]

Both sides parse every .py file under /usr/lib/python3.11 (stdlib and test
suite) in ONE process, having read all the files as bytes first, and time
only the parsing:

  krait      `krait -X parse-bench FILE...`, which prints
             "N files, E errors, T seconds, B arena bytes"
  python3.11 a loop of ast.parse(source_bytes, path) in one python3.11

Each side runs --runs times (5 by default); the table shows the median,
min and max parse time, and the peak resident set size of the process
(ru_maxrss from wait4, so it includes the file contents both sides hold).
The last line is the speed ratio, python3.11 time / krait time.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3.11"
STDLIB = "/usr/lib/python3.11"

# The python3.11 side: file names on stdin, one per line.
PY_BENCH = r"""
import ast, sys, time, warnings
warnings.simplefilter("ignore")
paths = sys.stdin.read().split("\n")[:-1]
srcs = []
for p in paths:
    with open(p, "rb") as f:
        srcs.append(f.read())
errors = 0
t0 = time.perf_counter()
for p, s in zip(paths, srcs):
    try:
        ast.parse(s, p)
    except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError):
        errors += 1
t = time.perf_counter() - t0
print(f"{len(paths)} files, {errors} errors, {t:.6f} seconds")
"""


def stdlib_files():
    files = []
    for d, dirs, names in os.walk(STDLIB):
        dirs.sort()
        files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))
    return files


def run_with_rss(argv, stdin_text=None):
    """Run argv; return (stdout, peak RSS in MiB).  The child is reaped with
    os.wait4 rather than Popen.wait, to get its own rusage."""
    p = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin_text else subprocess.DEVNULL,
                         stdout=subprocess.PIPE)
    if stdin_text:
        # The list of paths (~100 KB) is more than a pipe holds: feed it
        # from a thread while this one drains stdout.
        def feed():
            with p.stdin:
                p.stdin.write(stdin_text.encode())
        threading.Thread(target=feed, daemon=True).start()
    out = p.stdout.read()
    p.stdout.close()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench_parse.py: {argv[0]} exited with {p.returncode}")
    return out.decode(), usage.ru_maxrss / 1024.0


def parse_report(out):
    m = re.search(r"(\d+) files, (\d+) errors, ([0-9.]+) seconds", out)
    if not m:
        sys.exit(f"bench_parse.py: cannot read the timing from {out!r}")
    return int(m.group(1)), int(m.group(2)), float(m.group(3))


def bench(name, argv, stdin_text, runs):
    times, rss = [], []
    for i in range(runs):
        out, peak = run_with_rss(argv, stdin_text)
        nfiles, errors, t = parse_report(out)
        times.append(t)
        rss.append(peak)
        print(f"  {name} run {i + 1}: {t:.3f} s, {peak:.0f} MiB", file=sys.stderr)
    return dict(name=name, files=nfiles, errors=errors, median=statistics.median(times),
                min=min(times), max=max(times), rss=max(rss))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not os.access(os.path.abspath(args.krait), os.X_OK):
        sys.exit(f"bench_parse.py: {os.path.abspath(args.krait)} is not an executable; build it first")
    files = stdlib_files()
    total_bytes = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} files, {total_bytes / 1e6:.1f} MB of source under {STDLIB}")

    rows = [
        bench("krait", [os.path.abspath(args.krait), "-X", "parse-bench"] + files, None, args.runs),
        bench("python3.11", [PYTHON, "-c", PY_BENCH], "".join(f + "\n" for f in files), args.runs),
    ]
    print(f"{'':12} {'median s':>9} {'min s':>8} {'max s':>8} {'MB/s':>7} {'peak RSS':>9}  errors")
    for r in rows:
        print(f"{r['name']:12} {r['median']:9.3f} {r['min']:8.3f} {r['max']:8.3f} "
              f"{total_bytes / 1e6 / r['median']:7.1f} {r['rss']:7.0f}MB  {r['errors']}/{r['files']}")
    ratio = rows[1]["median"] / rows[0]["median"]
    print(f"krait parses {ratio:.2f}x as fast as python3.11 ast.parse (median of {args.runs})")


if __name__ == "__main__":
    main()
