# -m with packages: a package's __main__, a submodule, and runpy's errors
# for missing modules, packages without __main__ and non-modules.
import os
import re
import subprocess
import sys
import tempfile

exe = sys.executable
tmp = tempfile.mkdtemp()

def run(*args, stdin=None):
    p = subprocess.run([exe, *args], capture_output=True, text=True, cwd=tmp, input=stdin)
    return p.returncode, p.stdout.replace(tmp, 'TMP'), p.stderr.replace(tmp, 'TMP').replace(exe, 'EXE')

pkg = os.path.join(tmp, 'pkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write("print('init', __name__)\n")
with open(os.path.join(pkg, '__main__.py'), 'w') as f:
    f.write("import sys\nprint('main', __name__, __package__, sys.argv)\n")
with open(os.path.join(pkg, 'sub.py'), 'w') as f:
    f.write("import sys\nprint('sub', __name__, __package__, __spec__.name, sys.argv)\n")
os.mkdir(os.path.join(tmp, 'nomain'))
with open(os.path.join(tmp, 'nomain', '__init__.py'), 'w') as f:
    f.write('')
for args in (['pkg', 'a1'], ['pkg.sub', 'b'], ['nosuchmodule'], ['nomain'], ['pkg.nosuch'],
             ['data.json']):
    print(run('-m', *args))
