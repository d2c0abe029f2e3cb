# More of the command line: -O drops asserts and makes __debug__ False,
# -x skips the first line (numbers kept), -u interleaves stdout with
# stderr, "-" reads stdin, -c keeps its arguments.
import os
import subprocess
import sys
import tempfile

exe = sys.executable
tmp = tempfile.mkdtemp()

def run(*args, stdin=None, merge=False):
    p = subprocess.run([exe, *args], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT if merge else subprocess.PIPE,
                       text=True, input=stdin, cwd=tmp)
    err = (p.stderr or '').replace(tmp, 'TMP').replace(exe, 'EXE')
    print('$', *args, '->', p.returncode)
    print(p.stdout.replace(tmp, 'TMP'), end='')
    if err:
        print('stderr last:', err.splitlines()[-1])

DBG = "print(__debug__)\nassert 1 == 2, 'no'\nprint('after')\n"
run('-c', DBG)
run('-O', '-c', DBG)
run('-OO', '-c', DBG)

with open(os.path.join(tmp, 'x.py'), 'w') as f:
    f.write("this line is not python @@@\nimport sys\nprint('x ok', sys.argv[1:])\n1/0\n")
run('-x', 'x.py', 'arg')
run('x.py')

MIX = "import sys\nfor i in range(3):\n    print('out', i)\n    print('err', i, file=sys.stderr)\n"
run('-u', '-c', MIX, merge=True)
run('-', 'a', 'b', stdin="import sys; print('stdin', sys.argv)")
run('-c', "import sys; print(sys.argv)", '-c', '--', '-x')
run('-S', '-c', "import sys; print('site' in sys.modules, hasattr(__builtins__, 'exit'))")
run('-c', "raise SystemExit(7)")
run('-c', "import sys; sys.exit('bye')")
run('nonexistent_file.py')
