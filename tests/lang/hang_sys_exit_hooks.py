# sys pieces test_sys checks: sys.exit's tuple argument, SystemExit.code,
# excepthook given a non-exception, sys.tracebacklimit, stdlib_module_names,
# is_finalizing (True for __del__ at exit).
import io
import subprocess
import sys

try:
    sys.exit()
except SystemExit as e:
    print('no argument ->', repr(e.code), e.args)
for arg in [(), (42,), (17, 23), 'exit', None, [1], ((1, 2),), 0]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), '->', repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
print(SystemExit().code, SystemExit(5).code, SystemExit(1, 2).code)

old = sys.stderr
sys.stderr = io.StringIO()
try:
    r = sys.excepthook(1, '1', 1)
    out = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(r, repr(out))

print(type(sys.stdlib_module_names).__name__)
print(all(m in sys.stdlib_module_names for m in ('os', 'sys', 'threading', '_thread', 'asyncio')))
print('krait' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(sys.is_finalizing())

code = """if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %s
    f2()
"""
for limit in ('10', '2', '1', '0', '-1', '1 << 1000', '-1 << 1000'):
    p = subprocess.run([sys.executable, '-c', code % limit], capture_output=True)
    print(limit, p.returncode, [l.decode() for l in p.stderr.splitlines()])

code = """if 1:
    import sys, atexit
    atexit.register(lambda: print('atexit', sys.is_finalizing(), flush=True))
    class AtExit:
        is_finalizing = sys.is_finalizing
        print = print
        def __del__(self):
            self.print('del', self.is_finalizing(), flush=True)
    ref = AtExit()
    print('main', sys.is_finalizing())
    sys.exit(3)
"""
p = subprocess.run([sys.executable, '-c', code], capture_output=True)
print(p.returncode, p.stdout.decode().split(), p.stderr)

# An uncaught SystemExit's message goes through sys.stderr: after what was
# written there, in its encoding, with its error handler.
import os
for code, env in ((r'import sys; sys.stderr.write("unflushed,"); sys.exit("message")', {}),
                  (r'import sys; sys.exit("surrogates:\uDCFF")', {}),
                  (r'import sys; sys.exit("h\xe9")', {'PYTHONIOENCODING': 'latin-1'}),
                  (r'import sys; sys.exit((17, 23))', {})):
    p = subprocess.run([sys.executable, '-c', code], capture_output=True, env=dict(os.environ, **env))
    print(p.returncode, p.stdout, p.stderr)
