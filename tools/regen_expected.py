#!/usr/bin/python3.11
"""tools/regen_expected.py -- record python3.11's results as tests/*/*.exp.

    /usr/bin/python3.11 tools/regen_expected.py            every suite
    /usr/bin/python3.11 tools/regen_expected.py ast        one suite
    /usr/bin/python3.11 tools/regen_expected.py tests/syntax/foo.py ...

Runs /usr/bin/python3.11 on each selected test exactly as tests/run.py runs
krait (same cwd, argument and environment; the per-suite command and the
compared parts come from run.py's SUITES table) and writes the parts into
the test's .exp file.  This is the only way an .exp file is made.  Prints
which files changed, so a regeneration is easy to review.
"""

import concurrent.futures
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import run  # noqa: E402  (tests/run.py: the suite table and .exp format)


def regen(test):
    suite = run.suite_of(test)
    raw = run.run_program(run.python_argv(suite), test, timeout=60)
    text = run.format_exp(run.compared_parts(suite, raw))
    path = run.exp_path(test)
    try:
        with open(path, encoding="utf-8") as f:
            old = f.read()
    except FileNotFoundError:
        old = None
    if old == text:
        return None
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return "new" if old is None else "changed"


def main():
    if not os.path.exists(run.PYTHON):
        sys.exit(f"regen_expected.py: {run.PYTHON} is missing (tools/install-deps.sh)")
    tests = run.select_tests(sys.argv[1:])
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        outcomes = list(pool.map(regen, tests))
    changed = 0
    for test, what in zip(tests, outcomes):
        if what:
            changed += 1
            print(f"{what:8} {os.path.relpath(run.exp_path(test), run.ROOT)}")
    print(f"{len(tests)} tests, {changed} .exp files written")


if __name__ == "__main__":
    main()
