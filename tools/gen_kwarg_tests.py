#!/usr/bin/python3.11
"""tools/gen_kwarg_tests.py -- tests that builtins reject a bogus keyword as CPython does.

    /usr/bin/python3.11 tools/gen_kwarg_tests.py [--krait build/krait] [--survey]

For every function of the modules in MODULES and every method of the sample
instances in INSTANCES, calls it with only a keyword that no builtin accepts
(`bogus=1`) and records the exception python3.11 raises.  Each call that
python3.11 rejects with a TypeError becomes one line of a tests/lang program
(kwarg_<group>.py) printing the exception's type and message; their .exp
files are then made by tools/regen_expected.py as for any test.

Only names krait also has are used (asked from krait by dir(), which calls
nothing), so a missing function is not reported here.  Calls with side
effects when a keyword is wrongly ignored (fork, _exit, input, ...) are in
SKIP and never made.

--survey runs the generated programs on krait and prints the differing lines
instead of writing tests: the to-do list for making keyword handling match.
"""

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3.11"

# group -> modules whose module-level callables are tried.
MODULES = {
    "builtins": ["builtins"],
    "math": ["math", "cmath", "_operator", "_heapq", "_bisect", "_statistics", "_random"],
    "iter": ["itertools", "_functools", "_collections", "_abc", "_weakref", "atexit", "gc"],
    "os": ["posix", "time", "_stat", "pwd", "resource", "fcntl", "select", "errno", "_signal",
           "_thread", "_locale", "sys"],
    "data": ["_struct", "binascii", "zlib", "_json", "_codecs", "_string", "marshal",
             "array", "unicodedata", "_sre", "_pickle", "_csv", "_io", "_bz2", "_lzma",
             "_hashlib", "_datetime", "_decimal", "_tokenize", "_contextvars",
             "_queue", "_heapq", "_blake2", "_sha512"],
}

# group -> (label, expression) of instances whose methods are tried.
INSTANCES = {
    "types": [
        ("str", "'abc'"), ("bytes", "b'abc'"), ("bytearray", "bytearray(b'abc')"),
        ("list", "[1, 2]"), ("tuple", "(1, 2)"), ("dict", "{1: 2}"), ("set", "{1}"),
        ("frozenset", "frozenset({1})"), ("int", "5"), ("float", "1.5"), ("complex", "1j"),
        ("bool", "True"), ("range", "range(3)"), ("slice", "slice(1, 2)"),
        ("memoryview", "memoryview(b'ab')"), ("object", "object()"), ("type", "int"),
        ("dict_keys", "{1: 2}.keys()"), ("dict_items", "{1: 2}.items()"),
        ("dict_values", "{1: 2}.values()"), ("list_iterator", "iter([1])"),
        ("property", "property()"), ("exception", "ValueError(1)"),
        ("module", "sys"), ("function", "(lambda: 0)"), ("code", "(lambda: 0).__code__"),
        ("super", "super(int, 1)"), ("enumerate", "enumerate([])"), ("zip", "zip()"),
        ("map", "map(abs, [])"), ("filter", "filter(None, [])"), ("reversed", "reversed([])"),
        ("none", "None"), ("ellipsis", "..."), ("notimplemented", "NotImplemented"),
        ("generator", "(x for x in [])"), ("staticmethod", "staticmethod(abs)"),
        ("classmethod", "classmethod(abs)"), ("cell", "(lambda: x).__closure__"),
    ],
    "libtypes": [
        ("deque", "_collections.deque([1])"),
        ("defaultdict", "_collections.defaultdict(list)"),
        ("OrderedDict", "_collections.OrderedDict()"),
        ("count", "itertools.count()"), ("cycle", "itertools.cycle([1])"),
        ("repeat", "itertools.repeat(1)"), ("chain", "itertools.chain([1])"),
        ("islice", "itertools.islice([1], 1)"), ("groupby", "itertools.groupby([1])"),
        ("tee", "itertools.tee([1])[0]"), ("product", "itertools.product([1])"),
        ("accumulate", "itertools.accumulate([1])"),
        ("partial", "_functools.partial(abs)"),
        ("Struct", "_struct.Struct('i')"), ("array", "array.array('i', [1])"),
        ("BytesIO", "_io.BytesIO(b'ab')"), ("StringIO", "_io.StringIO('ab')"),
        ("Pattern", "_sre_compile('a')"), ("Match", "_sre_compile('a').match('a')"),
        ("Random", "_random.Random(1)"), ("Decimal", "_decimal.Decimal(1)"),
        ("Context", "_decimal.Context()"),
        ("date", "_datetime.date(2000, 1, 1)"), ("datetime", "_datetime.datetime(2000, 1, 1)"),
        ("time", "_datetime.time(1)"), ("timedelta", "_datetime.timedelta(1)"),
        ("timezone", "_datetime.timezone.utc"),
        ("lock", "_thread.allocate_lock()"), ("RLock", "_thread.RLock()"),
        ("ref", "_weakref.ref(_Weak)"), ("sha512", "_sha512.sha512()"),
        ("blake2b", "_blake2.blake2b()"), ("compressobj", "zlib.compressobj()"),
        ("SimpleQueue", "_queue.SimpleQueue()"), ("ContextVar", "_contextvars.ContextVar('v')"),
        ("Ctx", "_contextvars.copy_context()"),
    ],
}

PRELUDE = """\
import sys, itertools, _functools, _collections, _struct, array, _io, _sre, _random
import _decimal, _datetime, _thread, _weakref, _sha512, _blake2, zlib, _queue, _contextvars
import re
def _sre_compile(p):
    return re.compile(p)
class _W: pass
_Weak = _W()
"""

# Never called: harmful or blocking when a keyword is wrongly ignored.
SKIP = {
    "builtins": {"input", "breakpoint", "help", "exit", "quit", "copyright", "credits",
                 "license", "__import__", "__build_class__", "print", "open"},
    "posix": {"fork", "forkpty", "_exit", "abort", "kill", "killpg", "system", "wait",
              "wait3", "wait4", "waitpid", "waitid", "setsid", "setpgrp", "openpty",
              "pipe", "sync", "register_at_fork", "getlogin", "ctermid", "posix_spawn",
              "posix_spawnp", "login_tty", "setegid", "seteuid", "setgid", "setuid",
              "setregid", "setreuid", "setresgid", "setresuid"},
    "sys": {"exit", "breakpointhook", "settrace", "setprofile", "_debugmallocstats",
            "displayhook", "excepthook", "unraisablehook", "__displayhook__",
            "__excepthook__", "__breakpointhook__", "__unraisablehook__",
            "_clear_type_cache", "call_tracing", "activate_stack_trampoline",
            "deactivate_stack_trampoline", "setrecursionlimit", "setswitchinterval",
            "setdlopenflags", "set_asyncgen_hooks", "set_coroutine_origin_tracking_depth",
            "_current_frames", "_current_exceptions", "intern", "getrefcount",
            "getallocatedblocks", "getsizeof", "_getframe"},
    "_thread": {"exit", "exit_thread", "interrupt_main", "start_new_thread", "start_new",
                "_set_sentinel", "allocate", "allocate_lock", "stack_size"},
    "_signal": {"pause", "raise_signal", "alarm", "sigwait", "sigwaitinfo", "sigtimedwait",
                "setitimer", "signal", "set_wakeup_fd", "pthread_kill", "pthread_sigmask",
                "siginterrupt"},
    "atexit": {"_run_exitfuncs", "_clear", "register", "unregister"},
    "gc": {"collect", "disable", "enable", "freeze", "unfreeze", "set_debug",
           "set_threshold", "get_objects", "get_referrers", "get_referents"},
    "time": {"sleep", "tzset"},
    "resource": {"setrlimit", "prlimit"},
    "_io": {"open", "open_code"},
    "_locale": {"setlocale"},
    "_tokenize": set(),
}
SKIP_METHODS = {"__init__", "__del__", "__exit__", "__enter__", "__setstate__", "close",
                "clear", "acquire", "release", "__init_subclass__", "put", "get",
                "wait", "run", "reset", "set", "popleft", "pop", "popitem", "__delitem__",
                "__setitem__", "__setattr__", "__delattr__", "__set__", "__delete__",
                "throw", "send", "__next__", "_at_fork_reinit", "_release_save",
                "_acquire_restore"}

# Calls whose message still differs, left out of the tests (--survey shows
# them): label -> why.  docs/differences.md has the general points.
KNOWN = {}
for _labels, _why in [
    ("Context.add Context.compare Context.compare_signal Context.compare_total "
     "Context.compare_total_mag Context.copy_sign Context.create_decimal Context.divide "
     "Context.divide_int Context.divmod Context.fma Context.logical_and Context.logical_or "
     "Context.logical_xor Context.max Context.max_mag Context.min Context.min_mag "
     "Context.multiply Context.next_toward Context.quantize Context.remainder "
     "Context.remainder_near Context.rotate Context.same_quantum Context.scaleb "
     "Context.shift Context.subtract Context.__dir__ Context.__format__ "
     "Context.__getstate__ Context.__reduce_ex__ Context.__sizeof__",
     "CPython's Context has its own tp_getattro, so ctx.m() calls a bound method "
     "(bare name, type(self)); krait calls the descriptor"),
    ("super.__dir__ super.__format__ super.__getstate__ super.__reduce__ "
     "super.__reduce_ex__ super.__sizeof__ BytesIO.isatty",
     "a bound builtin is named by type(self) in CPython, by the defining type in krait"),
    ("bytearray.__sizeof__ code.__sizeof__ float.__sizeof__ frozenset.__sizeof__ "
     "generator.__sizeof__ set.__sizeof__ BytesIO.__sizeof__ deque.__sizeof__ "
     "product.__sizeof__ memoryview.__reduce__ list_iterator.__length_hint__ "
     "list_iterator.__reduce__ reversed.__length_hint__ reversed.__reduce__ "
     "defaultdict.__getitem__",
     "the method is defined on a different type than in CPython"),
    ("filter.__reduce__ map.__reduce__", "CPython names these bare"),
    ("code.__new__ exception.__new__ generator.__new__ Match.__new__ Pattern.__new__ "
     "compressobj.__new__ defaultdict.__new__ lock.__new__",
     "tp_new's owner in object.__new__'s message"),
    ("_collections._deque_iterator _collections._deque_reverse_iterator "
     "_weakref.CallableProxyType _weakref.ProxyType itertools._tee_dataobject "
     "_thread.LockType _sha512.SHA384Type _tokenize.TokenizerIter _csv.Error "
     "_csv.reader _csv.register_dialect _csv.writer _csv.Error",
     "constructor messages of internal types"),
    ("posix.stat_result posix.statvfs_result posix.terminal_size posix.times_result "
     "posix.uname_result posix.waitid_result pwd.struct_passwd resource.struct_rusage "
     "_signal.struct_siginfo",
     "these structseq types have their own constructor in krait"),
    ("sys.audit module.audit", "sys.audit is written in Python in krait"),
    ("module.set_asyncgen_hooks", "sys.set_asyncgen_hooks parses keywords by hand"),
    ("_decimal.getcontext _decimal.setcontext array._array_reconstructor",
     "__module__ differs (decimal, array in CPython)"),
    ("code._varname_from_oparg", "takes oparg by keyword in CPython"),
]:
    for _label in _labels.split():
        KNOWN[_label] = _why

ENUM_SRC = PRELUDE + """
import importlib
def cands(group, mods, insts):
    out = []
    for m in mods:
        try:
            mod = importlib.import_module(m)
        except ImportError:
            continue
        for n in sorted(dir(mod)):
            if n.startswith('__'):
                continue
            v = getattr(mod, n, None)
            if callable(v) and type(v).__name__ in ('builtin_function_or_method', 'type'):
                out.append((m, n))
    for label, expr in insts:
        try:
            obj = eval(expr)
        except Exception:
            continue
        for n in sorted(dir(obj)):
            try:
                v = getattr(obj, n)
            except Exception:
                continue
            if callable(v) and type(v).__name__ in ('builtin_function_or_method',
                                                    'method-wrapper'):
                out.append(('@' + label, n))
    return out
"""


def run(argv, src, timeout=60):
    p = subprocess.run(argv + ["-c", src], capture_output=True, text=True, timeout=timeout,
                       cwd="/tmp", stdin=subprocess.DEVNULL)
    return p.stdout, p.stderr


def enumerate_names(exe, group):
    src = ENUM_SRC + "\nfor a, b in cands(%r, %r, %r): print(a, b)\n" % (
        group, MODULES.get(group, []), INSTANCES.get(group, []))
    out, err = run([exe], src)
    if not out and err:
        sys.exit("%s: %s" % (exe, err))
    return {tuple(line.split(" ", 1)) for line in out.splitlines()}


def call_expr(owner, name, group):
    if owner.startswith("@"):
        expr = dict(INSTANCES[group])[owner[1:]]
        return "(%s).%s(bogus=1)" % (expr, name)
    if owner == "builtins":
        return "%s(bogus=1)" % name
    return "importlib.import_module(%r).%s(bogus=1)" % (owner, name)


def program(group, calls):
    lines = ["# generated by tools/gen_kwarg_tests.py; regenerate rather than edit",
             "# Each builtin called with only a keyword it does not take: CPython's",
             "# TypeError (positional-only, unknown keyword, or missing argument).",
             PRELUDE.rstrip("\n"), "import importlib", "",
             "def t(label, f):", "    try:", "        f()", "        print(label, 'ok')",
             "    except BaseException as e:", "        print(label, type(e).__name__, e)", ""]
    for label, expr in calls:
        lines.append("t(%r, lambda: %s)" % (label, expr))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--survey", action="store_true")
    ap.add_argument("groups", nargs="*")
    opts = ap.parse_args()
    groups = opts.groups or list(MODULES) + list(INSTANCES)
    for group in groups:
        names = enumerate_names(PYTHON, group) & enumerate_names(opts.krait, group)
        calls = []
        for owner, name in sorted(names):
            if name in SKIP.get(owner, ()) or (owner.startswith("@") and name in SKIP_METHODS):
                continue
            if owner == "faulthandler" or (owner == "posix" and name.startswith("exec")):
                continue
            label = "%s.%s" % (owner.lstrip("@"), name)
            calls.append((label, call_expr(owner, name, group)))
        # Keep only what python3.11 rejects with a TypeError naming no address.
        out, err = run([PYTHON], program(group, calls))
        keep = []
        results = {}
        for line in out.splitlines():
            label, _, rest = line.partition(" ")
            results[label] = rest
        for label, expr in calls:
            rest = results.get(label, "")
            if label in KNOWN and not opts.survey:
                continue
            if (rest.startswith("TypeError ") or opts.survey) and " at 0x" not in rest:
                keep.append((label, expr))
        text = program(group, keep)
        if opts.survey:
            kout, kerr = run([opts.krait], text)
            kres = {}
            for line in kout.splitlines():
                label, _, rest = line.partition(" ")
                kres[label] = rest
            for label, _ in keep:
                if kres.get(label) != results[label]:
                    print("%s\n   py: %s\n   kr: %s%s" % (label, results[label], kres.get(label),
                                                      "\n   known: " + KNOWN[label]
                                                      if label in KNOWN else ""))
            if kerr:
                print("krait stderr:", kerr[-2000:])
            continue
        path = os.path.join(ROOT, "tests", "lang", "kwarg_%s.py" % group)
        with open(path, "w") as f:
            f.write(text)
        print("wrote %s (%d calls)" % (os.path.relpath(path, ROOT), len(keep)))


if __name__ == "__main__":
    main()
