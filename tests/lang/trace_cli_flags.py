# The command line: sys.flags, warnoptions, _xoptions, orig_argv and
# argv for CPython's flags (spawning this interpreter: sys.executable).
import os
import subprocess
import sys

exe = sys.executable
print(os.path.isabs(exe))

SHOW = ("import sys; f = sys.flags; "
        "print([f.debug, f.inspect, f.optimize, f.no_user_site, f.no_site, "
        "f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated, "
        "f.dev_mode, f.utf8_mode, f.safe_path, f.int_max_str_digits]); "
        "print(sys.warnoptions, sys._xoptions, sys.argv, sys.orig_argv[1:])")

def run(*args, env=None, stdin=None):
    e = dict(os.environ)
    e.pop('PYTHONWARNINGS', None)
    e.update(env or {})
    p = subprocess.run([exe, *args], capture_output=True, text=True, env=e, input=stdin)
    out = p.stdout.replace(exe, 'EXE')
    err = p.stderr.replace(exe, 'EXE')
    print('$', *args[:-1] if args and args[-1] == SHOW else args, '->', p.returncode)
    if out:
        print(out, end='')
    if err:
        print('stderr:', err, end='')

run('-c', SHOW)
run('-c', SHOW, 'a', '-b')
run('-IS', '-c', SHOW)
run('-E', '-s', '-P', '-c', SHOW)
run('-b', '-d', '-O', '-q', '-c', SHOW)
run('-bb', '-OO', '-c', SHOW)
run('-Wd', '-W', 'ignore::DeprecationWarning', '-X', 'dev', '-Xutf8', '-c', SHOW)
run('-X', 'int_max_str_digits=1000', '-X', 'frozen_modules=off', '-c', SHOW)
run('-c', SHOW, env={'PYTHONWARNINGS': 'error::UserWarning,ignore'})
run('-E', '-c', SHOW, env={'PYTHONWARNINGS': 'error::UserWarning'})
run('-c', SHOW, env={'PYTHONSAFEPATH': '1', 'PYTHONINTMAXSTRDIGITS': '5000'})
run('-I', '-c', SHOW, env={'PYTHONSAFEPATH': '1'})
run('-Z')
run('-W')
run('-X')
run('--frobnicate')
run('-c')
run('-m')
run('-X', 'int_max_str_digits=5', '-c', 'pass')
run('--version')
run('-V')
run('-c', 'import sys; print(len(str(10 ** 1200)))', env={'PYTHONINTMAXSTRDIGITS': '700'})
