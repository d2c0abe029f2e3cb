#!/usr/bin/python3.11
"""tools/mutcheck.py -- differential syntax-error check on mutated stdlib code.

    /usr/bin/python3.11 tools/mutcheck.py [--krait build/krait] [-n 500] [--seed 1]

The syntax suite holds errors someone thought of; this finds the ones
nobody did.  It takes small stdlib files, applies one random token-level
mutation to each (delete, duplicate or replace a token, insert a stray
token, truncate the file), and compares krait's SyntaxError report with
python3.11's for every mutant python3.11 rejects:

  python3.11  ast.parse in ONE process sorts out the mutants it rejects;
              each of those is then run as `python3.11 NAME.py` (it cannot
              execute: it does not parse) for the exact uncaught report
  krait       `krait NAME.py`; exit status and stderr compared, run the
              way tests/run.py runs the syntax suite

Mutants are written to build/mutcheck/ (deterministic for a given seed);
mismatching ones are listed with both reports, and the last line is
"N/M mutants report identically".  A mismatch is a candidate for a new
tests/syntax case once reduced.
"""

import argparse
import concurrent.futures
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tokenize

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import run  # noqa: E402  (tests/run.py: how programs are run and compared)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3.11"
STDLIB = "/usr/lib/python3.11"
OUT = os.path.join(ROOT, "build", "mutcheck")

STRAY = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "if", "else", "lambda", "*",
         "**", "->", ":=", "...", "yield", "await", "async", "for", "in", "not", "is",
         "del", "return", "import", "from", "as", "match", "case", "_", "1", "0x", "1e",
         "'", '"', '"""', "f'{", "f'{x!", "f'{x:{", "\\", "\t", "\n", "\n    ", ";", ".",
         "@", "class", "def", "global", "pass", "with", "except", "try", "print x"]

# Runs inside the one python3.11 process: {"dir": ..., "names": [...]} on
# stdin; prints a JSON list saying which mutants ast.parse rejects.  Only
# those are then run as `python3.11 NAME.py`: a mutant that fails to parse
# cannot execute, so no mutated stdlib code ever runs.
ORACLE = r"""
import ast, json, os, sys, warnings
warnings.simplefilter("ignore")
job = json.load(sys.stdin)
os.chdir(job["dir"])
rejected = []
for name in job["names"]:
    with open(name, "rb") as f:
        src = f.read()
    try:
        ast.parse(src, name)
        rejected.append(False)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        rejected.append(True)
print(json.dumps(rejected))
"""


def candidate_files():
    files = []
    for d, dirs, names in os.walk(STDLIB):
        dirs.sort()
        for n in sorted(names):
            p = os.path.join(d, n)
            if n.endswith(".py") and 200 < os.path.getsize(p) < 12000:
                files.append(p)
    return files


def tokens_of(src):
    try:
        return [t for t in tokenize.tokenize(io.BytesIO(src).readline)
                if t.type not in (tokenize.ENCODING, tokenize.ENDMARKER, tokenize.DEDENT)]
    except (tokenize.TokenError, SyntaxError):
        return []


def offset_of(src_lines, pos):
    """Byte offset of a tokenize (row, col) position; col counts characters."""
    row, col = pos
    before = sum(len(l) for l in src_lines[:row - 1])
    return before + len(src_lines[row - 1].decode("utf-8", "replace")[:col].encode())


def mutate(src, rng):
    toks = tokens_of(src)
    if not toks:
        return None
    lines = src.splitlines(keepends=True)
    t = rng.choice(toks)
    a, b = offset_of(lines, t.start), offset_of(lines, t.end)
    kind = rng.choice(["delete", "duplicate", "replace", "insert", "insert", "truncate"])
    stray = rng.choice(STRAY).encode()
    if kind == "delete":
        return src[:a] + src[b:]
    if kind == "duplicate":
        return src[:b] + b" " + src[a:b] + src[b:]
    if kind == "replace":
        return src[:a] + stray + src[b:]
    if kind == "insert":
        return src[:a] + stray + b" " + src[a:]
    return src[:b]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("-n", type=int, default=500, help="number of mutants")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-q", action="store_true", help="only the summary")
    args = ap.parse_args()
    krait = os.path.abspath(args.krait)
    if not os.access(os.path.abspath(args.krait), os.X_OK):
        sys.exit(f"mutcheck.py: {os.path.abspath(args.krait)} is not an executable; build it first")
    rng = random.Random(args.seed)
    files = candidate_files()

    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    names = []
    while len(names) < args.n:
        src_path = rng.choice(files)
        with open(src_path, "rb") as f:
            mutant = mutate(f.read(), rng)
        if mutant is None:
            continue
        name = f"m{len(names):05d}.py"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(mutant)
        with open(os.path.join(OUT, name[:-3] + ".from"), "w") as f:
            f.write(src_path + "\n")
        names.append(name)

    job = json.dumps({"dir": OUT, "names": names})
    p = subprocess.run([PYTHON, "-c", ORACLE], input=job.encode(), capture_output=True, check=True)
    rejected = [n for n, r in zip(names, json.loads(p.stdout)) if r]

    def check(name):
        path = os.path.join(OUT, name)
        want = run.run_program([PYTHON], path)
        got = run.run_program([krait], path)
        if got["exit"] == want["exit"] and got["stderr"] == want["stderr"]:
            return None
        return name, want["stderr"], got["stderr"], got["exit"]

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        bad = [r for r in pool.map(check, rejected) if r]
    if not args.q:
        for name, want, got, code in bad:
            print(f"--- build/mutcheck/{name} (krait exit {code})")
            print("python3.11:\n" + "".join("  " + l + "\n" for l in want.rstrip("\n").split("\n")))
            print("krait:\n" + "".join("  " + l + "\n" for l in got.rstrip("\n").split("\n")[-6:]))
    print(f"({len(names) - len(rejected)} of {len(names)} mutants still parse and were skipped)")
    print(f"{len(rejected) - len(bad)}/{len(rejected)} mutants report identically")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
