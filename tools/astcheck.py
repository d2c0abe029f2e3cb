#!/usr/bin/python3.11
"""tools/astcheck.py -- krait's AST of the whole stdlib vs python3.11's.

    /usr/bin/python3.11 tools/astcheck.py [--krait build/krait] [-j N] [FILTER ...]

For every .py file under /usr/lib/python3.11 (the stdlib and its test
suite), compares `krait -X dump-ast FILE` with what issue 3's reference
command prints:

    python3.11 -c 'import ast,sys;print(ast.dump(ast.parse(open(sys.argv[1],"rb")
                   .read(),sys.argv[1]),include_attributes=True))' FILE

python3.11's side is computed in ONE python3.11 process (starting ~2000
interpreters would dominate the run) and cached under build/astcheck/,
one file per source keyed by path, mtime and size, so later runs only run
krait.  krait runs once per file, in parallel.  Files python3.11 itself
cannot parse (Python 2 samples in lib2to3's tests, deliberately broken test
inputs) are skipped and counted separately.

Prints each failing file with the first place where the dumps differ, writes
the full list to build/astcheck/failures.txt, and ends with "N/M identical".
Exit status 1 when any file differs.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3.11"
STDLIB = "/usr/lib/python3.11"
CACHE = os.path.join(ROOT, "build", "astcheck")
TIMEOUT = 10.0

# Runs inside the one python3.11 process: reads a JSON list of
# [path, cache_file, key] triples on stdin and writes each dump (or the
# SyntaxError that stopped python3.11) to its cache file: the key line, a
# status line, then the text zlib-compressed (the dumps total ~250 MB raw).
ORACLE = r"""
import ast, json, sys, warnings, zlib
warnings.simplefilter("ignore")
for path, out, key in json.load(sys.stdin):
    try:
        with open(path, "rb") as f:
            src = f.read()
        status, text = "ok", ast.dump(ast.parse(src, path), include_attributes=True) + "\n"
    except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError) as e:
        status, text = "skip", type(e).__name__ + ": " + str(e) + "\n"
    with open(out, "wb") as f:
        f.write((key + "\n" + status + "\n").encode("utf-8", "surrogatepass"))
        f.write(zlib.compress(text.encode("utf-8", "surrogatepass"), 1))
"""


def stdlib_files(filters):
    files = []
    for d, dirs, names in os.walk(STDLIB):
        dirs.sort()
        files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))
    if filters:
        files = [f for f in files if any(s in f for s in filters)]
    return files


def cache_key(path):
    st = os.stat(path)
    return f"{path}\t{st.st_mtime_ns}\t{st.st_size}"


def cache_file(path):
    return os.path.join(CACHE, hashlib.sha1(path.encode()).hexdigest() + ".dump")


def read_status(path):
    """'ok' or 'skip' from a fresh cache entry (without decompressing it),
    or None when the entry is missing or stale."""
    try:
        with open(cache_file(path), "rb") as f:
            key = f.readline().decode("utf-8", "surrogatepass").rstrip("\n")
            return f.readline().decode().rstrip("\n") if key == cache_key(path) else None
    except (FileNotFoundError, UnicodeError):
        return None


def read_cached(path):
    """(status, text) from the cache, or None when missing or stale.
    status is 'ok' (text = the dump line with its newline) or 'skip'."""
    try:
        with open(cache_file(path), "rb") as f:
            key = f.readline().decode("utf-8", "surrogatepass").rstrip("\n")
            if key != cache_key(path):
                return None
            status = f.readline().decode().rstrip("\n")
            text = zlib.decompress(f.read()).decode("utf-8", "surrogatepass")
            return status, text
    except (FileNotFoundError, zlib.error, UnicodeError):
        return None


def fill_cache(files):
    """Run the python3.11 oracle once over every file not cached yet."""
    todo = [f for f in files if read_status(f) is None]
    if not todo:
        return
    os.makedirs(CACHE, exist_ok=True)
    print(f"astcheck: python3.11 dumping {len(todo)} files (cached for next time)...",
          file=sys.stderr)
    jobs = json.dumps([[f, cache_file(f), cache_key(f)] for f in todo])
    subprocess.run([PYTHON, "-c", ORACLE], input=jobs.encode(), check=True,
                   env=dict(os.environ, LC_ALL="C.UTF-8"))


def run_krait(krait, path):
    """(exit status or a description, stdout text, stderr text)."""
    try:
        p = subprocess.run([krait, "-X", "dump-ast", path], capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"timeout after {TIMEOUT:g}s", "", ""
    code = p.returncode if p.returncode >= 0 else f"killed by signal {-p.returncode}"
    return (code, p.stdout.decode("utf-8", "backslashreplace"),
            p.stderr.decode("utf-8", "backslashreplace"))


def first_difference(expected, actual, width=70):
    """A one-line description of where two dumps first differ."""
    n = min(len(expected), len(actual))
    i = 0
    while i < n and expected[i] == actual[i]:
        i += 1
    start = max(0, i - width // 2)
    exp = expected[start:i + width].replace("\n", "\\n")
    got = actual[start:i + width].replace("\n", "\\n")
    return f"at char {i}:\n      expected ...{exp}\n      krait    ...{got}"


def check(krait, path):
    """None when identical, else a description of the failure."""
    status, expected = read_cached(path)
    code, out, err = run_krait(krait, path)
    if code != 0:
        last = err.rstrip("\n").split("\n")[-1] if err.strip() else "(no stderr)"
        return f"exit {code}: {last[:200]}"
    if out == expected:
        return None
    return first_difference(expected, out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-q", action="store_true", help="only the summary")
    ap.add_argument("filters", nargs="*", help="only paths containing one of these")
    args = ap.parse_args()
    krait = os.path.abspath(args.krait)
    if not os.access(os.path.abspath(args.krait), os.X_OK):
        sys.exit(f"astcheck.py: {os.path.abspath(args.krait)} is not an executable; build it first")

    files = stdlib_files(args.filters)
    fill_cache(files)
    parseable = [f for f in files if read_status(f) == "ok"]
    skipped = len(files) - len(parseable)

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        outcomes = list(pool.map(lambda f: check(krait, f), parseable))
    elapsed = time.time() - t0

    failures = [(f, why) for f, why in zip(parseable, outcomes) if why]
    os.makedirs(CACHE, exist_ok=True)
    with open(os.path.join(CACHE, "failures.txt"), "w", encoding="utf-8") as out:
        for f, why in failures:
            out.write(f"{f}: {why}\n")
    if not args.q:
        for f, why in failures:
            print(f"DIFF {os.path.relpath(f, STDLIB)}: {why}")
    identical = len(parseable) - len(failures)
    print(f"({skipped} files skipped: python3.11 cannot parse them; "
          f"krait ran in {elapsed:.1f}s; list in build/astcheck/failures.txt)")
    print(f"{identical}/{len(parseable)} identical")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
