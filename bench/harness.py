"""The benchmark harness: times every program in bench/ under krait, CPython and PyPy.

usage: python3.11 bench/harness.py [options]
  --krait PATH        the interpreter under test (default build/krait); any
                      interpreter works, which is how the harness is validated
  --python PATH       the reference, Debian's optimised CPython (/usr/bin/python3.11)
  --pypy PATH         a JIT for perspective (/usr/bin/pypy3); "" to leave it out
  --bench a,b         only these benchmarks (default: all); "startup" is `-c pass`
  --runs N            timed processes per interpreter and benchmark (default 5)
  --warmup N          untimed processes first (default 1): page cache, CPU clocks
  --size default|small|tiny|N
  --timeout S         seconds before a run is killed (default 120)
  --no-callgrind      skip the instruction counts (they take a few minutes)
  --output FILE       write the report there (default bench/RESULTS.md when the
                      whole suite runs; a partial run only prints)
  --check             no timing: run each benchmark once at its TINY size under
                      --krait and fail if any self-check fails (`make bench-check`)

Method.  Each benchmark is a standalone script `bench/NAME.py [n]` that checks
its own answer and exits 3 when it is wrong; it declares DEFAULT (about 1-2 s
on python3.11), SMALL (for callgrind) and TINY (for tests) sizes, read here
with a regular expression, never by importing it.  Every measurement is a
fresh process: start-up, compilation and import are part of what users
wait for.  The interpreters take turns run by run, and the order rotates,
so a slow drift of the machine (thermal, another job) spreads over all of
them instead of landing on one.  Wall time is the median of the runs, with
min and max shown so a noisy run is visible; peak RSS comes from wait4()'s
rusage of the child alone.  Callgrind's instruction count (Ir) is a
second, noise-free opinion for krait against CPython at the SMALL size.

A failing interpreter never stops the run: a crash (signal), a wrong answer
(exit 3), another error, a timeout or a missing binary is reported in its
cell, and that interpreter's remaining runs of that benchmark are skipped.
"""
import argparse
import datetime
import math
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOT_BENCHMARKS = {"harness.py"}

# Start-up is a benchmark without a file: the interpreter does nothing at all.
STARTUP = "startup"
# It is short, so it gets more runs to reach a stable median.
STARTUP_RUN_FACTOR = 4

WRONG_ANSWER_EXIT = 3


# ---------------------------------------------------------------------------
# Benchmarks and interpreters

class Bench:
    def __init__(self, name, path, sizes):
        self.name = name
        self.path = path        # None for the start-up benchmark
        self.sizes = sizes      # {"default": n, "small": n, "tiny": n}

    def argv(self, size):
        if self.path is None:
            return ["-c", "pass"]
        return [self.path, str(self.size_of(size))]

    def size_of(self, size):
        if self.path is None:
            return "-"
        if size in self.sizes:
            return self.sizes[size]
        return int(size)


def read_sizes(path):
    """DEFAULT/SMALL/TINY from the top of a benchmark, without running it."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    sizes = {}
    for key in ("DEFAULT", "SMALL", "TINY"):
        m = re.search(r"^%s = (\d+)" % key, text, re.M)
        if m is None:
            raise SystemExit("%s: no '%s = <int>' line" % (path, key))
        sizes[key.lower()] = int(m.group(1))
    return sizes


def discover(only):
    benches = [Bench(STARTUP, None, {})]
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".py") and fn not in NOT_BENCHMARKS:
            path = os.path.join(HERE, fn)
            benches.append(Bench(fn[:-3], os.path.relpath(path, ROOT), read_sizes(path)))
    if only:
        wanted = [w for w in only.split(",") if w]
        known = {b.name for b in benches}
        unknown = [w for w in wanted if w not in known]
        if unknown:
            raise SystemExit("unknown benchmark(s): %s\nknown: %s" % (
                ", ".join(unknown), " ".join(sorted(known))))
        benches = [b for b in benches if b.name in wanted]
    return benches


class Interp:
    def __init__(self, label, path):
        self.label = label
        self.path = path
        self.available = bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)
        self.stamp = self.binary_stamp()

    def binary_stamp(self):
        """Size and mtime: a rebuild in the middle of a run (other work in the
        tree) would mix two krait binaries in one column."""
        try:
            st = os.stat(self.path)
            return (st.st_size, st.st_mtime_ns)
        except (OSError, TypeError):
            return None

    def version(self):
        if not self.available:
            return "not available (%s)" % (self.path or "not given")
        r = run_once([self.path, "-c", "import sys; print(sys.version.split()[0], sys.implementation.name)"], 30)
        if r.status != "ok":
            return "%s (version query: %s)" % (self.path, r.status)
        return "%s (%s)" % (self.path, r.stdout.strip().replace("\n", " "))


# ---------------------------------------------------------------------------
# One process: wall time, peak RSS, and what went wrong

class Run:
    def __init__(self, status, wall=None, rss_kb=None, stdout="", stderr="", cpu=None):
        self.status = status    # "ok", "wrong", "timeout", "crash SIGSEGV", "error rc=1: ..."
        self.wall = wall
        self.cpu = cpu          # user + system seconds of the child
        self.rss_kb = rss_kb
        self.stdout = stdout
        self.stderr = stderr


def last_line(text):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1][:120] if lines else ""


# Peak RSS needs care: Linux carries a process's RSS high-water mark across
# exec, and posix_spawn/fork children start from the harness's own mark
# (~16 MB of Python), which would hide small interpreters.  GNU time, itself
# tiny, forks the real child and reports that child's mark alone.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(argv, timeout, env=None, rss=True):
    """Run argv with output to temporary files; return a Run with wall time and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        timing = os.path.join(tmp, "rss")
        wrapped = argv
        if rss and GNU_TIME:
            wrapped = [GNU_TIME, "-o", timing, "-f", "%M %x"] + argv
        with open(os.path.join(tmp, "out"), "w+b") as out, open(os.path.join(tmp, "err"), "w+b") as err:
            status, wall, usage, killed = spawn_and_wait(wrapped, timeout, env, out, err)
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode("utf-8", "replace")
            stderr = err.read().decode("utf-8", "replace")
        if status is None:
            return Run("error: cannot start: %s" % wall)
        rss_kb = usage.ru_maxrss         # Linux: kilobytes
        signame = None
        if os.WIFSIGNALED(status):
            signame = signal_name(os.WTERMSIG(status))
            rc = None
        else:
            rc = os.WEXITSTATUS(status)
        if wrapped is not argv:
            rc, rss_kb, signame = read_gnu_time(timing, rc, rss_kb, signame)
    if killed:
        return Run("timeout", stdout=stdout, stderr=stderr)
    if signame:
        return Run("crash %s" % signame, stdout=stdout, stderr=stderr)
    if rc == WRONG_ANSWER_EXIT:
        return Run("wrong", wall, rss_kb, stdout, stderr)
    if rc != 0:
        return Run("error rc=%d: %s" % (rc, last_line(stderr)), wall, rss_kb, stdout, stderr)
    return Run("ok", wall, rss_kb, stdout, stderr, usage.ru_utime + usage.ru_stime)


def spawn_and_wait(argv, timeout, env, out, err):
    """posix_spawn in a new process group (a timeout kills the whole group), reap with wait4."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
               (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
    killed = []
    start = time.perf_counter()
    try:
        pid = os.posix_spawn(argv[0], argv, env if env is not None else os.environ,
                             file_actions=actions, setpgroup=0)
    except OSError as e:
        return None, str(e), None, False

    def kill():
        killed.append(True)
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(pid, 0)
    finally:
        timer.cancel()
    return status, time.perf_counter() - start, usage, bool(killed)


def signal_name(sig):
    try:
        return signal.Signals(sig).name
    except ValueError:
        return "signal %d" % sig


def read_gnu_time(path, rc, rss_kb, signame):
    """GNU time's report: optional 'Command terminated by signal N', then '%M %x'."""
    try:
        with open(path) as f:
            lines = f.read().strip().splitlines()
    except OSError:
        return rc, rss_kb, signame
    for line in lines:
        m = re.match(r"Command terminated by signal (\d+)", line)
        if m:
            signame = signal_name(int(m.group(1)))
    if lines:
        fields = lines[-1].split()
        if len(fields) == 2 and fields[0].isdigit() and fields[1].lstrip("-").isdigit():
            rss_kb = int(fields[0])
            if not signame:
                rc = int(fields[1])
    return rc, rss_kb, signame


# ---------------------------------------------------------------------------
# Measuring: warm-up, interleaved timed runs, callgrind

class Cell:
    """What one interpreter did on one benchmark."""

    def __init__(self):
        self.walls = []
        self.rss = []
        self.cpus = []
        self.failure = None     # first non-ok status, with its stderr tail
        self.detail = ""
        self.ir = None          # callgrind instructions, or a failure string

    def ok(self):
        return self.failure is None and bool(self.walls)

    def record(self, run, timed):
        if run.status != "ok":
            self.failure = run.status
            self.detail = last_line(run.stderr)
            return
        if timed:
            self.walls.append(run.wall)
            self.rss.append(run.rss_kb)
            self.cpus.append(run.cpu)

    def median(self):
        return statistics.median(self.walls) if self.walls else None

    def cpu(self):
        return statistics.median(self.cpus) if self.cpus else None


def expect_output(bench, size, run):
    """A run is only correct if it ran the size asked for: the first line is 'NAME N ...'."""
    if run.status == "ok" and bench.path is not None:
        want = "%s %s" % (bench.name, bench.size_of(size))
        got = run.stdout.split("\n", 1)[0]
        if got != want and not got.startswith(want + " "):
            run.status = "wrong output"
            run.stderr += "\nexpected a first line starting %r, got %r" % (want, got[:60])
    return run


def measure(bench, interps, opts, log):
    cells = {i.label: Cell() for i in interps}
    live = [i for i in interps if i.available]
    for i in interps:
        if not i.available:
            cells[i.label].failure = "not built" if i.label == "krait" else "not available"
    argv_tail = bench.argv(opts.size)
    runs = opts.runs * (STARTUP_RUN_FACTOR if bench.path is None else 1)
    for w in range(opts.warmup):
        for i in live:
            if cells[i.label].failure is None:
                r = run_once([i.path] + argv_tail, opts.timeout)
                cells[i.label].record(expect_output(bench, opts.size, r), timed=False)
    for r in range(runs):
        k = r % len(live) if live else 0
        for i in live[k:] + live[:k]:
            if cells[i.label].failure is None:
                r = run_once([i.path] + argv_tail, opts.timeout)
                cells[i.label].record(expect_output(bench, opts.size, r), timed=True)
    for i in interps:
        c = cells[i.label]
        log("  %-10s %s" % (i.label, fmt_cell(c) if c.ok() else failure_with_detail(c)))
    return cells


def callgrind(interp, bench, opts):
    """Instructions executed (callgrind's Ir) for one run at the SMALL size."""
    with tempfile.TemporaryDirectory() as tmp:
        argv = ["valgrind", "--tool=callgrind",
                "--callgrind-out-file=" + os.path.join(tmp, "cg.out"),
                "--log-file=" + os.path.join(tmp, "vg.log")]
        argv += [interp.path] + bench.argv("small")
        env = dict(os.environ)
        # Boehm GC under valgrind: documented advice is to keep the collector's
        # signal-based thread stopping and incremental (mprotect) mode out of
        # valgrind's way; krait uses neither by default.  GC_DONT_GC is left
        # alone: the count should include collection work.
        argv[0] = shutil.which("valgrind")
        if argv[0] is None:
            return "no valgrind"
        r = expect_output(bench, "small", run_once(argv, opts.timeout * 20, env, rss=False))
        if r.status != "ok":
            return r.status
        try:
            with open(os.path.join(tmp, "vg.log")) as f:
                m = re.search(r"Collected : (\d+)", f.read())
        except OSError:
            m = None
        return int(m.group(1)) if m else "no count"


# ---------------------------------------------------------------------------
# Reporting

def fmt_time(t):
    if t is None:
        return "-"
    return "%.3f" % t if t < 10 else "%.1f" % t


def fmt_cell(c):
    return "%s s [%s-%s] %.1f MB" % (fmt_time(c.median()), fmt_time(min(c.walls)),
                                    fmt_time(max(c.walls)), statistics.median(c.rss) / 1024)


def fmt_ir(v):
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    return "%.1fM" % (v / 1e6) if v < 1e10 else "%.2fG" % (v / 1e9)


def speedup(ref, other):
    if ref.ok() and other.ok() and other.median() > 0:
        return ref.median() / other.median()
    return None


def geomean(values):
    values = [v for v in values if v]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def failure_with_detail(c):
    """The status, and the stderr line that explains it when the status does not already."""
    if c.detail and c.detail not in c.failure:
        return "%s -- %s" % (c.failure, c.detail)
    return c.failure


def failure_text(c):
    text = c.failure or "-"
    return text.replace("|", "/")


def time_cell(c):
    if not c.ok():
        return "**%s**" % failure_text(c)
    return "%s [%s-%s]" % (fmt_time(c.median()), fmt_time(min(c.walls)), fmt_time(max(c.walls)))


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, Linux %s" % (model, os.cpu_count() or 0, platform.release())


def commit():
    try:
        rev = subprocess.check_output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                      text=True, stderr=subprocess.DEVNULL).strip()
        dirty = subprocess.run(["git", "-C", ROOT, "diff", "--quiet", "HEAD"],
                               stderr=subprocess.DEVNULL).returncode != 0
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(benches, interps, results, opts, elapsed):
    ref, others = interps[0], interps[1:]
    L = []
    L.append("# Benchmark results")
    L.append("")
    L.append("Generated by `make bench` (bench/harness.py); each benchmark checks its own answer.")
    L.append("")
    L.append("- date: %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    L.append("- commit: %s" % commit())
    L.append("- machine: %s" % machine())
    for i in interps:
        L.append("- %s: %s" % (i.label, i.version()))
        if i.available and i.binary_stamp() != i.stamp:
            L.append("  - **warning: %s changed on disk during the run; its column mixes builds**" % i.path)
    L.append("- load average when the report was written: %s (%d cores)" % (
        " ".join("%.1f" % x for x in os.getloadavg()), os.cpu_count() or 0))
    L.append("- method: %d timed processes per interpreter after %d warm-up, interleaved; size %s; "
             "`startup` (`-c pass`) gets %dx the runs; harness time %.0f s"
             % (opts.runs, opts.warmup, opts.size, STARTUP_RUN_FACTOR, elapsed))
    L.append("")
    L.append("Wall time in seconds: median [min-max]. Speed-up = %s median / interpreter's median "
             "(above 1 is faster than %s)." % (ref.label, ref.label))
    L.append("")
    head = ["benchmark", "n", ref.label]
    for o in others:
        head += [o.label, o.label + " speed-up"]
    L.append("| " + " | ".join(head) + " |")
    L.append("|" + "---|" * len(head))
    ups = {o.label: [] for o in others}
    for b in benches:
        row = [b.name, str(b.size_of(opts.size)), time_cell(results[b.name][ref.label])]
        for o in others:
            s = speedup(results[b.name][ref.label], results[b.name][o.label])
            ups[o.label].append(s)
            row += [time_cell(results[b.name][o.label]), "%.2fx" % s if s else "-"]
        L.append("| " + " | ".join(row) + " |")
    row = ["**geometric mean**", "", ""]
    for o in others:
        g = geomean(ups[o.label])
        n_ok = len([s for s in ups[o.label] if s])
        row += ["%d/%d ran correctly" % (n_ok, len(benches)), "**%.2fx**" % g if g else "-"]
    L.append("| " + " | ".join(row) + " |")
    L.append("")
    L.append("CPU time in seconds (user + system, median), peak RSS in MB (median; the child "
             "alone, via GNU time), and callgrind instructions at the SMALL size (`Ir`, one run).")
    L.append("")
    head = ["benchmark"] + ["%s CPU s" % i.label for i in interps]
    head += ["%s MB" % i.label for i in interps]
    head += ["%s / %s RSS" % (o.label, ref.label) for o in others]
    cg = [i for i in interps if i.label in opts.callgrind_labels]
    head += ["%s Ir" % i.label for i in cg]
    if len(cg) == 2:
        head += ["Ir %s / %s" % (cg[1].label, cg[0].label)]
    L.append("| " + " | ".join(head) + " |")
    L.append("|" + "---|" * len(head))
    for b in benches:
        cells = results[b.name]
        row = [b.name]
        for i in interps:
            c = cells[i.label]
            row.append(fmt_time(c.cpu()) if c.ok() else "-")
        for i in interps:
            c = cells[i.label]
            row.append("%.1f" % (statistics.median(c.rss) / 1024) if c.ok() else "-")
        for o in others:
            a, c = cells[ref.label], cells[o.label]
            row.append("%.2f" % (statistics.median(c.rss) / statistics.median(a.rss))
                       if a.ok() and c.ok() else "-")
        for i in cg:
            row.append(fmt_ir(cells[i.label].ir).replace("|", "/"))
        if len(cg) == 2:
            x, y = cells[cg[0].label].ir, cells[cg[1].label].ir
            row.append("%.2f" % (y / x) if isinstance(x, int) and isinstance(y, int) and x else "-")
        L.append("| " + " | ".join(row) + " |")
    for o in others:
        g = geomean([results[b.name][ref.label].cpu() / results[b.name][o.label].cpu()
                     for b in benches if results[b.name][ref.label].ok() and results[b.name][o.label].ok()
                     and results[b.name][o.label].cpu()])
        if g:
            L.append("")
            L.append("Geometric-mean speed-up of %s over %s in CPU time (user + system; less "
                     "sensitive to a busy machine than wall time): %.2fx" % (o.label, ref.label, g))
    failures = [(b.name, i.label, results[b.name][i.label]) for b in benches for i in interps
                if results[b.name][i.label].failure and results[b.name][i.label].failure not in
                ("not built", "not available")]
    if failures:
        L.append("")
        L.append("Failures (first line of stderr):")
        L.append("")
        for name, label, c in failures:
            L.append("- %s on %s: %s" % (name, label, failure_with_detail(c).replace("`", "'")))
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------------------
# Modes

def check_mode(benches, krait, opts):
    if not krait.available:
        print("bench-check: %s is not built" % krait.path)
        return 1
    bad = 0
    for b in benches:
        size = "tiny" if opts.size == "default" else opts.size
        r = expect_output(b, size, run_once([krait.path] + b.argv(size), opts.timeout))
        line = "%-18s %s" % (b.name, "ok" if r.status == "ok" else r.status)
        if r.status != "ok":
            bad += 1
            if last_line(r.stderr) not in line:
                line += "  " + last_line(r.stderr)
        print(line, flush=True)
    print("bench-check: %d of %d benchmarks correct under %s" % (len(benches) - bad, len(benches), krait.path))
    return 1 if bad else 0


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    p.add_argument("--python", default="/usr/bin/python3.11")
    p.add_argument("--pypy", default="/usr/bin/pypy3")
    p.add_argument("--bench", default="")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--size", default="default")
    p.add_argument("--timeout", type=float, default=120.0)
    p.add_argument("--no-callgrind", action="store_true")
    p.add_argument("--output", default=None)
    p.add_argument("--check", action="store_true")
    opts = p.parse_args(argv)
    if opts.size not in ("default", "small", "tiny") and not opts.size.isdigit():
        p.error("--size must be default, small, tiny or a number")
    return opts


def main(argv):
    opts = parse_args(argv)
    # Interpreters run as a user runs them: the warm-up writes krait's
    # bytecode cache (python3.11's stdlib cache comes prebuilt with Debian).
    # Inherited, PYTHONDONTWRITEBYTECODE left krait compiling argparse and
    # typing on every timed run of startup_import (0.36x instead of 1.1x).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    benches = discover(opts.bench)
    krait = Interp("krait", opts.krait)
    if opts.check:
        return check_mode([b for b in benches if b.path is not None] or benches, krait, opts)
    interps = [Interp("python3.11", opts.python), krait]
    if opts.pypy:
        interps.append(Interp("pypy3", opts.pypy))
    opts.callgrind_labels = [] if opts.no_callgrind else ["python3.11", "krait"]
    started = time.perf_counter()
    results = {}
    for b in benches:
        print("%s (n=%s)" % (b.name, b.size_of(opts.size)), flush=True)
        results[b.name] = measure(b, interps, opts, lambda s: print(s, flush=True))
    for b in benches:
        for i in interps:
            if i.label in opts.callgrind_labels:
                cell = results[b.name][i.label]
                if i.available and cell.failure is None:
                    cell.ir = callgrind(i, b, opts)
                    print("callgrind %-18s %-10s %s" % (b.name, i.label, fmt_ir(cell.ir)), flush=True)
    text = report(benches, interps, results, opts, time.perf_counter() - started)
    print()
    print(text)
    output = opts.output
    if output is None and not opts.bench and opts.size == "default":
        output = os.path.join(HERE, "RESULTS.md")
    if output:
        with open(output, "w") as f:
            f.write(text)
        print("wrote", output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
