"""CPython's own test suite against krait: `make conformance` writes docs/conformance.md.

usage: python3.11 tools/conformance.py [options]
  --krait PATH        interpreter under test (default build/krait; any 3.11 works,
                      which is how the runner is validated: --krait /usr/bin/python3.11)
  --stages S1a,S2b    only these stages; a prefix selects a group (S1 = S1a S1b S1c)
  --modules a,b       only these test modules (overrides --stages)
  --jobs N            modules run in parallel (default 2)
  --timeout S         seconds per module, at least; a module CPython itself needs
                      long for gets 10x its baseline time (default 300)
  --output FILE       default docs/conformance.md
  --conf-dir DIR      stages.txt and baseline_askrait.jsonl (default ../shared/conformance,
                      looked for beside the checkout and then beside each parent)

How a module is run.  Each test module runs in its own krait process, so a
crash or a hang costs one module, not the run.  The process runs this very
file in child mode (`krait tools/conformance.py --child test_x PROGRESS`),
which does what the shared runtests.py does -- unittest's loader, legacy
test_main() modules, test.support.use_resources = [] as in `python -m test`
without -u, sys.implementation.name = "krait" and _testcapi and
_testinternalcapi made unimportable, exactly the conditions the baseline
was recorded under -- but it also writes one line per test to a progress
file as it goes.  When krait dies in the middle, the counts up to that
point and the test it died in still reach the report.

The denominator.  baseline_askrait.jsonl is CPython 3.11 run the same way,
posing as another implementation, so @cpython_only tests skip there as they
do here.  A module's share is min(passed, baseline passed) / baseline
passed: passing more than CPython (a skip CPython takes that krait does not)
does not make up for failures elsewhere.  A stage's share sums the same way.
"""
import os
import sys
import time

if sys.argv[1:2] != ["--child"]:
    # the parent's tools; the child, running inside krait, needs only unittest
    import datetime
    import json
    import re
    import signal
    import subprocess
    import tempfile
    import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BLOCKED = ["_testcapi", "_testinternalcapi"]
TARGETS = {"S1": 95.0, "S2": 90.0, "S3": 75.0}
RESULT_FIELDS = ["run", "passed", "fail", "error", "skip", "xfail", "xpass"]


# ---------------------------------------------------------------------------
# Child mode: runs inside krait.  Plain Python, nothing beyond unittest.

def child(module, progress_path):
    import io
    import unittest
    from test import support
    try:
        sys.implementation.name = "krait"
    except Exception:
        pass
    for m in BLOCKED:
        sys.modules[m] = None
    support.use_resources = []
    support.verbose = 0
    progress = open(progress_path, "w")

    def note(line):
        progress.write(line + "\n")
        progress.flush()

    class Streaming(unittest.TextTestResult):
        def startTest(self, test):
            note("> " + test.id())
            super().startTest(test)

        passes = 0

        def addSuccess(self, test):
            super().addSuccess(test)
            self.passes += 1
            note("ok")

        def addFailure(self, test, err):
            super().addFailure(test, err)
            note("fail")

        def addError(self, test, err):
            super().addError(test, err)
            note("error")

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            note("skip")

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            note("xfail")

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            note("xpass")

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                note("fail" if issubclass(err[0], test.failureException) else "error")

    t0 = time.perf_counter()
    modname = module if module.startswith("test.") else "test." + module
    stream = io.StringIO()
    try:
        mod = __import__(modname, fromlist=["*"])
        if hasattr(mod, "test_main"):
            # legacy module (test_decimal): test_main() sets up, then calls
            # support.run_unittest(), whose suites we run with our result
            r = Streaming(stream, True, 0)

            def run_suite(suite, r=r):
                suite.run(r)
            support._run_suite = run_suite
            try:
                mod.test_main()
            except Exception as e:
                r.errors.append((modname + ".test_main", repr(e)))
                r.testsRun += 1
        else:
            suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
            runner = unittest.TextTestRunner(stream=stream, verbosity=0, resultclass=Streaming)
            r = runner.run(suite)
        counts = [r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
                  len(r.expectedFailures), len(r.unexpectedSuccesses)]
    except BaseException as e:
        note("! LOAD-ERROR %s: %s" % (type(e).__name__, str(e).replace("\n", " ")[:300]))
        return 0
    run, fail, err, skip, xf, xp = counts
    # runtests.py's run - fail - error - ... goes negative when subtests fail
    # (each failing subtest is one more error); a test passes when it
    # reports success, which a test with a failed subtest does not
    passed = r.passes
    note("= %d %d %d %d %d %d %d %.2f" % (run, passed, fail, err, skip, xf, xp, time.perf_counter() - t0))
    for test, tb in (r.failures + r.errors)[:50]:
        lines = tb.strip().splitlines()
        note("# %s: %s" % (test, lines[-1][:200] if lines else ""))
    return 0


# ---------------------------------------------------------------------------
# Inputs: stages and the baseline

def read_stages(path):
    stages = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            name, mods = line.split(":", 1)
            stages.append((name.strip(), mods.split()))
    return stages


def read_baseline(path):
    base = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                d = json.loads(line)
                base[d["name"]] = d
            elif " LOAD-ERROR " in line:
                name, why = line.split(" LOAD-ERROR ", 1)
                base[name] = {"name": name, "load_error": why, "run": 0, "passed": 0, "seconds": 0.0}
    return base


def group_of(stage):
    m = re.match(r"S\d+", stage)
    return m.group(0) if m else stage


# ---------------------------------------------------------------------------
# Parent mode: one process per module, a pool of workers

class Outcome:
    def __init__(self, module):
        self.module = module
        self.status = "not run"   # ok, load error, crash SIGx, timeout, error rc=N
        self.counts = dict.fromkeys(RESULT_FIELDS, 0)
        self.seconds = 0.0
        self.detail = ""          # load error text, or the test that was running
        self.failures = []


def parse_progress(path, out):
    """Fill out's counts from the progress file; return True if the child finished."""
    try:
        with open(path, errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return False
    current = None
    marks = dict.fromkeys(["ok", "fail", "error", "skip", "xfail", "xpass"], 0)
    started = 0
    finished = False
    for line in lines:
        if line.startswith("> "):
            current = line[2:]
            started += 1
        elif line in marks:
            marks[line] += 1
            current = None
        elif line.startswith("= "):
            v = line[2:].split()
            for k, x in zip(RESULT_FIELDS, v):
                out.counts[k] = int(x)
            finished = True
        elif line.startswith("! LOAD-ERROR"):
            out.status = "load error"
            out.detail = line[len("! LOAD-ERROR "):]
            return True
        elif line.startswith("# "):
            out.failures.append(line[2:])
    if not finished:
        out.counts = {"run": started, "passed": marks["ok"], "fail": marks["fail"],
                      "error": marks["error"], "skip": marks["skip"],
                      "xfail": marks["xfail"], "xpass": marks["xpass"]}
        out.detail = ("in " + current) if current else ""
    return finished


def run_module(krait, module, timeout, workdir, logdir):
    out = Outcome(module)
    progress = os.path.join(logdir, module + ".progress")
    log = os.path.join(logdir, module + ".log")
    if os.path.exists(progress):
        os.unlink(progress)
    cmd = [krait, os.path.abspath(__file__), "--child", module, progress]
    t0 = time.perf_counter()
    with open(log, "wb") as logf:
        try:
            p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=logf, stderr=subprocess.STDOUT,
                                 cwd=workdir, start_new_session=True)
        except OSError as e:
            out.status = "error: cannot start: %s" % e
            return out
        timed_out = False
        try:
            rc = p.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            rc = p.wait()
        else:
            try:    # tests may leave children behind in the session
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
    out.seconds = time.perf_counter() - t0
    finished = parse_progress(progress, out)
    if out.status == "load error":
        return out
    if timed_out:
        out.status = "timeout"
    elif rc < 0:
        out.status = "crash " + signal_name(-rc)
    elif not finished:
        out.status = "error rc=%d" % rc
        out.detail = (out.detail + " " if out.detail else "") + last_line(log)
    else:
        out.status = "ok"
    return out


def signal_name(sig):
    try:
        return signal.Signals(sig).name
    except ValueError:
        return "signal %d" % sig


def last_line(path):
    try:
        with open(path, errors="replace") as f:
            lines = [l.strip() for l in f.read().splitlines() if l.strip()]
    except OSError:
        return ""
    return lines[-1][:160] if lines else ""


def run_all(krait, modules, base, opts, log):
    workdir = tempfile.mkdtemp(prefix="krait-conformance-")
    logdir = os.path.join(ROOT, "build", "conformance")
    os.makedirs(logdir, exist_ok=True)
    # longest first, so the slow modules do not end the run alone
    queue = sorted(modules, key=lambda m: -base.get(m, {}).get("seconds", 0.0))
    results = {}
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                m = queue.pop(0)
            timeout = max(opts.timeout, 10 * base.get(m, {}).get("seconds", 0.0))
            o = run_module(krait, m, timeout, workdir, logdir)
            with lock:
                results[m] = o
                c = o.counts
                log("%-24s %-14s run %5d pass %5d fail %4d err %4d skip %4d  %6.1fs %s" % (
                    m, o.status, c["run"], c["passed"], c["fail"], c["error"], c["skip"],
                    o.seconds, o.detail[:80]))
    threads = [threading.Thread(target=worker) for _ in range(max(1, opts.jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    subprocess.run(["rm", "-rf", workdir])
    return results


# ---------------------------------------------------------------------------
# The report

def share(num, den):
    return "%.1f%%" % (100.0 * num / den) if den else "-"


def credited(o, b):
    """Passes that count toward the share: never more than CPython's own."""
    return min(o.counts["passed"], b.get("passed", 0))


def stage_totals(mods, results, base):
    t = {"modules": 0, "ok": 0, "crash": 0, "timeout": 0, "load": 0, "other": 0,
         "passed": 0, "credited": 0, "base": 0, "run": 0}
    for m in mods:
        o = results.get(m)
        if o is None:
            continue
        b = base.get(m, {})
        t["modules"] += 1
        kind = ("ok" if o.status == "ok" else "crash" if o.status.startswith("crash") else
                "timeout" if o.status == "timeout" else "load" if o.status == "load error" else "other")
        t[kind] += 1
        t["run"] += o.counts["run"]
        t["passed"] += o.counts["passed"]
        t["credited"] += credited(o, b)
        t["base"] += b.get("passed", 0)
    return t


def interpreter_version(krait):
    try:
        p = subprocess.Popen([krait, "-c", "import sys; print(sys.version.split()[0], sys.implementation.name)"],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, start_new_session=True)
    except OSError as e:
        return "not runnable (%s)" % e
    try:
        out, _ = p.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return "version query timed out"
    return out.strip() or ("exit %d" % p.returncode)


def commit():
    try:
        rev = subprocess.check_output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                      text=True, stderr=subprocess.DEVNULL).strip()
        dirty = subprocess.run(["git", "-C", ROOT, "diff", "--quiet", "HEAD"],
                               stderr=subprocess.DEVNULL).returncode != 0
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(stages, results, base, opts, elapsed):
    L = ["# Conformance: CPython 3.11's test suite on krait", ""]
    L.append("Generated by `make conformance` (tools/conformance.py); do not edit by hand. "
             "Each module runs in its own process; *baseline* is CPython 3.11 run the same way "
             "posing as a non-CPython implementation (`baseline_askrait.jsonl`), so `@cpython_only` "
             "tests skip in both. Share = passes credited (at most CPython's per module) / "
             "CPython's passes.")
    L.append("")
    L.append("- date: %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    L.append("- commit: %s" % commit())
    L.append("- interpreter: `%s` (%s)" % (opts.krait, interpreter_version(opts.krait)))
    L.append("- %d modules, %d in parallel, timeout %d s per module (10x CPython's time for slow ones), "
             "%.0f s in all" % (len(results), opts.jobs, opts.timeout, elapsed))
    ran = [s for s, mods in stages if any(m in results for m in mods)]
    if len(ran) < len(stages):
        L.append("- partial run: stages %s only" % " ".join(ran))
    L.append("")
    L.append("## Stages")
    L.append("")
    L.append("| stage | modules | ok | crashed | timed out | load error or no result | tests run | passed | "
             "baseline passed | share | target |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    groups = {}
    for s, mods in stages:
        groups.setdefault(group_of(s), []).extend(mods)
    rows = [(s, mods, "") for s, mods in stages]
    for g, mods in groups.items():
        if len([s for s, _ in stages if group_of(s) == g]) > 1 or g not in dict(stages):
            rows.append(("**%s**" % g, mods, "%.0f%%" % TARGETS[g] if g in TARGETS else ""))
        elif g in TARGETS:
            rows = [(s, m, ("%.0f%%" % TARGETS[g]) if s == g else t) for s, m, t in rows]
    for name, mods, target in rows:
        t = stage_totals(mods, results, base)
        if not t["modules"]:
            continue
        L.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s |" % (
            name, t["modules"], t["ok"], t["crash"], t["timeout"], t["load"] + t["other"],
            t["run"], t["credited"], t["base"], share(t["credited"], t["base"]), target))
    for s, mods in stages:
        if not any(m in results for m in mods):
            continue
        L.append("")
        L.append("## %s" % s)
        L.append("")
        L.append("| module | status | run | passed | failed | errors | skipped | xfail/xpass | "
                 "baseline run | baseline passed | share | seconds |")
        L.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for m in mods:
            o = results.get(m)
            if o is None:
                continue
            b = base.get(m, {})
            c = o.counts
            status = o.status if o.status == "ok" else "**%s**" % o.status
            if o.detail and o.status != "ok":
                status += " " + o.detail.replace("|", "/")[:100]
            bpass = b.get("passed", 0)
            bcell = ("load error" if "load_error" in b else str(bpass)) if b else "no baseline"
            L.append("| %s | %s | %d | %d | %d | %d | %d | %d/%d | %d | %s | %s | %.1f |" % (
                m, status, c["run"], c["passed"], c["fail"], c["error"], c["skip"], c["xfail"],
                c["xpass"], b.get("run", 0), bcell, share(credited(o, b), bpass), o.seconds))
    L.append("")
    L.append("Per-module logs and progress files (the last test started before a crash): "
             "`build/conformance/`.")
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------------------

def default_conf_dir():
    """shared/conformance beside the checkout, or beside one of its parents:
    a worktree at /work/wt/NAME finds /work/shared as /work/main does."""
    d = ROOT
    while True:
        cand = os.path.join(os.path.dirname(d), "shared", "conformance")
        if os.path.isdir(cand) or os.path.dirname(d) == d:
            return cand
        d = os.path.dirname(d)


def parse_args(argv):
    import argparse
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    p.add_argument("--stages", default="")
    p.add_argument("--modules", default="")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--timeout", type=float, default=300.0)
    p.add_argument("--output", default=os.path.join(ROOT, "docs", "conformance.md"))
    p.add_argument("--conf-dir", default=default_conf_dir())
    return p.parse_args(argv)


def main(argv):
    if argv[:1] == ["--child"]:
        return child(argv[1], argv[2])
    opts = parse_args(argv)
    opts.krait = os.path.abspath(opts.krait)
    stages = read_stages(os.path.join(opts.conf_dir, "stages.txt"))
    base = read_baseline(os.path.join(opts.conf_dir, "baseline_askrait.jsonl"))
    if opts.modules:
        wanted = [m for m in opts.modules.split(",") if m]
    else:
        sel = [s for s in opts.stages.split(",") if s]
        wanted = [m for s, mods in stages
                  if not sel or any(s == x or group_of(s) == x for x in sel) for m in mods]
    if not wanted:
        raise SystemExit("no modules selected; stages are: %s" % " ".join(s for s, _ in stages))
    if not os.access(opts.krait, os.X_OK):
        print("conformance: %s is not built; every module is reported as not runnable" % opts.krait)
    started = time.perf_counter()
    results = run_all(opts.krait, wanted, base, opts, lambda s: print(s, flush=True))
    elapsed = time.perf_counter() - started
    text = report(stages, results, base, opts, elapsed)
    os.makedirs(os.path.dirname(os.path.abspath(opts.output)), exist_ok=True)
    with open(opts.output, "w") as f:
        f.write(text)
    print("wrote %s in %.0f s" % (opts.output, elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
