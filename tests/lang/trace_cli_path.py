# sys.path from the command line: the script's directory, '' for -c and
# stdin, the current directory for -m; PYTHONPATH unless -E/-I; nothing
# first under -P/-I.
import os
import subprocess
import sys
import tempfile

exe = sys.executable
tmp = tempfile.mkdtemp()
extra = os.path.join(tmp, 'extra')
os.mkdir(extra)
script = os.path.join(tmp, 'show.py')
with open(script, 'w') as f:
    f.write("import sys\nprint(sys.path[0], sys.path.count(%r))\nprint(sys.argv)\n" % extra)
with open(os.path.join(tmp, 'showmod.py'), 'w') as f:
    f.write("import sys\nprint(sys.path[0], sys.path.count(%r))\nprint(sys.argv)\n" % extra)

def run(*args, stdin=None, pythonpath=True):
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    if pythonpath:
        env['PYTHONPATH'] = extra
    p = subprocess.run([exe, *args], capture_output=True, text=True, cwd=tmp, env=env,
                       input=stdin)
    print('$', *[a.replace(tmp, 'TMP') for a in args], '->', p.returncode)
    print(p.stdout.replace(tmp, 'TMP').replace(os.getcwd(), 'CWD'), end='')
    if p.stderr:
        print('stderr:', p.stderr.replace(tmp, 'TMP').replace(exe, 'EXE').splitlines()[-1])

CODE = ("import sys; p = sys.path[0]; "
        "print('STDLIB' if p.startswith('/usr') or p.endswith('/lib') else p, "
        "sys.path.count(%r)); print(sys.argv)" % extra)
run(script, 'x')
run('show.py')
run('-c', CODE)
run('-E', '-c', CODE)
run('-I', '-c', CODE)
run('-P', script)
run('-m', 'showmod', 'a')
run('-P', '-m', 'showmod')
run('-', 'q', stdin=CODE)
run(stdin=CODE)
run('--', 'show.py', '-c')
run('-c', CODE, pythonpath=False)
