#!/usr/bin/python3.11
"""tools/pyperf_run.py -- pyperformance programs under krait and python3.11.

    python3 tools/pyperf_run.py --bench DIR [--shim DIR] [--runs N]
                                [--callgrind] [--krait build/krait] [name ...]

DIR is pyperformance's data-files/benchmarks folder (pyperformance is not
part of the repository); each name is a bm_<name> folder under it (default:
every one).  --shim is a folder with a pyperf.py stand-in that runs each
benchmark function once (PYPERF_LOOPS times), so the programs run
unchanged; it goes on PYTHONPATH.

For each program both interpreters run it --runs times; the line printed
is the median user CPU time (all threads; less sensitive to a busy machine
than wall time, and blind to the kernel's share, which is the same for
both and swamps file-heavy programs such as pathlib) of each and the ratio
krait/CPython, with the spread (max/min) of krait's runs as a noise gauge.  --callgrind
counts instructions once instead (Ir, deterministic, about 50x slower).
A program whose output differs from CPython's, or that fails, says so.
Each interpreter runs each program once untimed first, with
PYTHONDONTWRITEBYTECODE unset, so both time cached bytecode.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = "/usr/bin/python3.11"
TIMEOUT = 600


def extra_opts(prog):
    """The arguments pyperformance passes (pyproject's extra_opts)."""
    try:
        with open(os.path.join(os.path.dirname(prog), "pyproject.toml"), "rb") as f:
            meta = tomllib.load(f)
    except OSError:
        return []
    return meta.get("tool", {}).get("pyperformance", {}).get("extra_opts", [])


def run_once(exe, prog, env, callgrind):
    """(cost, output): cost is user CPU seconds or Ir, None on failure."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        cmd = [exe, prog] + extra_opts(prog)
        if callgrind:
            cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd
        with open(os.path.join(tmp, "stdout"), "w+") as so, open(os.path.join(tmp, "stderr"), "w+") as se:
            p = subprocess.Popen(cmd, env=env, stdout=so, stderr=se, cwd=os.path.dirname(prog))
            _, status, usage = os.wait4(p.pid, 0)
            so.seek(0)
            se.seek(0)
            stdout, stderr = so.read(), se.read()
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            tail = (stderr.strip().splitlines() or ["?"])[-1]
            return None, "exit %d: %s" % (code, tail)
        if not callgrind:
            return usage.ru_utime, stdout
        with open(out) as f:
            m = re.search(r"^summary:\s*(\d+)", f.read(), re.M)
        return (int(m.group(1)) if m else None), stdout


def measure(exe, prog, env, runs, callgrind):
    # One untimed run first: it writes the interpreter's bytecode cache
    # (python3.11's stdlib has one; krait's is its own), so what is timed
    # is the program, not the compilation of the modules it imports.
    subprocess.run([exe, prog] + extra_opts(prog), env=env, capture_output=True,
                   timeout=TIMEOUT, cwd=os.path.dirname(prog))
    costs, output = [], None
    for _ in range(1 if callgrind else runs):
        cost, output = run_once(exe, prog, env, callgrind)
        if cost is None:
            return None, output
        costs.append(cost)
    return costs, output


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="pyperformance's data-files/benchmarks")
    ap.add_argument("--shim", default=os.path.join(ROOT, "tools", "pyperf_shim"), help="folder holding pyperf.py")
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(d[3:] for d in os.listdir(args.bench) if d.startswith("bm_"))
    env = dict(os.environ, PYTHONPATH=os.path.abspath(args.shim), PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    unit = "Ir" if args.callgrind else "s"
    print("%-24s %12s %12s %7s %7s" % ("program", "cpython " + unit, "krait " + unit, "ratio", "spread"))
    ratios = []
    for name in names:
        prog = os.path.join(os.path.abspath(args.bench), "bm_" + name, "run_benchmark.py")
        ref, ref_out = measure(CPYTHON, prog, env, args.runs, args.callgrind)
        if ref is None:
            print("%-24s cpython fails: %s" % (name, ref_out))
            continue
        got, out = measure(os.path.abspath(args.krait), prog, env, args.runs, args.callgrind)
        if got is None:
            print("%-24s krait fails: %s" % (name, out))
            continue
        a, b = statistics.median(ref), statistics.median(got)
        ratio = b / a
        ratios.append(ratio)
        note = "" if out == ref_out else "  OUTPUT DIFFERS"
        fmt = "%-24s %12d %12d %7.2f %7.2f%s" if args.callgrind else "%-24s %12.3f %12.3f %7.2f %7.2f%s"
        print(fmt % (name, a, b, ratio, max(got) / min(got), note))
        sys.stdout.flush()
    if ratios:
        print("geomean krait/cpython: %.2f over %d programs" % (statistics.geometric_mean(ratios), len(ratios)))


if __name__ == "__main__":
    main()
