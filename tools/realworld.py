#!/usr/bin/python3.11
"""tools/realworld.py -- real pure-Python packages used as their users use them.

    python3 tools/realworld.py [--krait build/krait] [-v] [filter ...]
    /usr/bin/python3.11 tools/realworld.py --regen [filter ...]

Each tests/realworld/<name>.py is a realistic program over an installed
Debian package (jinja2, pygments, docutils, ...).  Its first lines say
which modules it needs (without that line: the non-stdlib modules its
unindented import statements name):

    # requires: jinja2 markupsafe

A program whose modules python3.11 cannot import is SKIPPED, so the
suite runs anywhere (CI does not install the packages: this is not part
of `make test`; `make realworld` runs it).  Otherwise krait's exit status,
stdout and stderr must equal python3.11's, recorded in <name>.exp by
--regen (never by hand), in tests/run.py's .exp format.  Programs listed
in tests/realworld/known_failures.txt ("name.py  # reason") count as
xfail.  The last line is "N passed, M failed, K skipped".
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import run  # noqa: E402  (tests/run.py: running a program, the .exp format)

HOME = os.path.join(ROOT, "tests", "realworld")
KNOWN = os.path.join(HOME, "known_failures.txt")
PARTS = ["exit", "stdout", "stderr"]
TIMEOUT = 120.0
REQUIRES_RE = re.compile(r"^# requires:(.*)$", re.M)


def seeded_env(base=run.clean_env):
    """tests/run.py's environment with str hashing fixed: real packages print
    sets and dicts built from sets (sympy's models), whose order follows the
    hash seed.  krait's str hash equals CPython's for a given seed."""
    env = base()
    env["PYTHONHASHSEED"] = "0"
    return env


run.clean_env = seeded_env      # run_program builds its environment with it


def programs(filters):
    every = sorted(os.path.join(HOME, f) for f in os.listdir(HOME)
                   if f.endswith(".py") and not f.startswith("_"))
    if not filters:
        return every
    return [p for p in every if any(f in os.path.basename(p) for f in filters)]


IMPORT_RE = re.compile(r"^(?:import|from)\s+([A-Za-z_]\w*)", re.M)


def requires(path):
    """The `# requires:` line's modules; without one, the non-stdlib
    top-level modules the program imports at its left margin."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = REQUIRES_RE.search(text[:2048])
    if m:
        return m.group(1).split()
    mods = dict.fromkeys(IMPORT_RE.findall(text))
    return [mod for mod in mods if mod not in sys.stdlib_module_names]


def installed(modules, cache={}):
    """The first of modules python3.11 cannot find, or None."""
    for mod in modules:
        if mod not in cache:
            r = subprocess.run([run.PYTHON, "-c", f"import importlib.util as u, sys; "
                                f"sys.exit(u.find_spec({mod!r}) is None)"],
                               capture_output=True, env=run.clean_env())
            cache[mod] = r.returncode == 0
        if not cache[mod]:
            return mod
    return None


def parts_of(raw):
    return {p: str(raw[p]) if p == "exit" else raw[p] for p in PARTS}


def exp_path(path):
    return path[:-3] + ".exp"


def regen(path):
    text = run.format_exp(parts_of(run.run_program([run.PYTHON], path, TIMEOUT)))
    try:
        with open(exp_path(path), encoding="utf-8") as f:
            if f.read() == text:
                return None
    except FileNotFoundError:
        pass
    with open(exp_path(path), "w", encoding="utf-8") as f:
        f.write(text)
    return "written"


def check(krait, path):
    try:
        with open(exp_path(path), encoding="utf-8") as f:
            expected = run.parse_exp(f.read())
    except FileNotFoundError:
        return False, "no .exp: run /usr/bin/python3.11 tools/realworld.py --regen"
    actual = parts_of(run.run_program([krait], path, TIMEOUT))
    if actual == expected:
        return True, ""
    return False, run.short_diff(expected, actual)


def known_failures():
    known = {}
    if os.path.exists(KNOWN):
        with open(KNOWN, encoding="utf-8") as f:
            for line in f:
                entry, _, reason = line.partition("#")
                if entry.strip():
                    known[entry.strip()] = reason.strip()
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    args.krait = os.path.abspath(args.krait)
    todo, skipped = [], 0
    for p in programs(args.filters):
        missing = installed(requires(p))
        if missing:
            skipped += 1
            print(f"SKIP  {os.path.basename(p)} (no module {missing})")
        else:
            todo.append(p)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        if args.regen:
            for p, what in zip(todo, pool.map(regen, todo)):
                if what:
                    print(f"{what:8} {os.path.relpath(exp_path(p), ROOT)}")
            print(f"{len(todo)} programs, {skipped} skipped")
            return
        results = list(pool.map(lambda p: check(args.krait, p), todo))
    known = known_failures()
    passed = failed = 0
    for p, (ok, detail) in zip(todo, results):
        name = os.path.basename(p)
        if name in known:
            ok, verdict = True, "XPASS" if ok else "xfail"
        else:
            verdict = "ok" if ok else "FAIL"
        passed += ok
        failed += not ok
        if verdict != "ok" or args.v:
            print(f"{verdict:5} {name}" + (f"  # {known[name]}" if name in known else ""))
        if verdict == "FAIL":
            print(detail)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
