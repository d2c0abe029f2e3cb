# Source positions of code read back from marshal data and from a
# __pycache__ file (krait keeps them packed until a traceback needs them):
# tracebacks keep their carets, line numbers stay right.
import marshal, os, subprocess, sys, tempfile, traceback

SRC = '''\
def f(d):
    return d["a"]["b"] + 1

def g(x):
    y = x * 2
    return [1, 2][y]

def h(n):
    if n > 1:
        return h(n - 1)
    return 1 / (n - n)
'''

def last_lines(text, n):
    return [ln.replace(os.sep, "/") for ln in text.splitlines()[-n:]]

code = marshal.loads(marshal.dumps(compile(SRC, "<perfb_mod>", "exec")))
ns = {}
exec(code, ns)
for fn, arg in ((ns["f"], {"a": {}}), (ns["f"], {"a": None}), (ns["g"], 3), (ns["h"], 3)):
    try:
        fn(arg)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, tb.tb_lineno)
        for ln in last_lines(traceback.format_exc(), 4):
            print(" ", ln)
print(marshal.loads(marshal.dumps(code)).co_name)

# the same module imported twice in fresh processes: compiled, then cached
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "pm.py"), "w") as f:
        f.write(SRC)
    prog = ("import pm\ntry:\n    pm.g(1)\nexcept IndexError:\n"
            "    import traceback; traceback.print_exc()\n")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(2):
        r = subprocess.run([sys.executable, "-c", prog], cwd=d, env=env,
                           capture_output=True, text=True)
        print("run", run, r.returncode)
        for ln in last_lines(r.stderr, 4):
            print(" ", ln.replace(d.replace(os.sep, "/") + "/", ""))
    print(os.path.isdir(os.path.join(d, "__pycache__")))
