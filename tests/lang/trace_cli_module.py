# -m MODULE through runpy: json.tool, timeit, unittest on a test file,
# a package's __main__, and the errors for missing modules and packages
# without __main__.
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

with open(os.path.join(tmp, 'data.json'), 'w') as f:
    f.write('{"b": [1, 2, {"c": null}], "a": "x"}')
code, out, err = run('-m', 'json.tool', 'data.json')
print(code, out, err)
code, out, err = run('-m', 'json.tool', '--sort-keys', '--indent', '2', stdin='{"z": 1, "y": [true]}')
print(code, out, err)

code, out, err = run('-m', 'timeit', '-n', '3', '-r', '2', 'pass')
print(code, bool(re.match(r'3 loops?, best of 2: [\d.]+ [nmu]?sec per loop\n$', out)), repr(err))

with open(os.path.join(tmp, 'test_small.py'), 'w') as f:
    f.write("import unittest\n"
            "class T(unittest.TestCase):\n"
            "    def test_add(self):\n"
            "        self.assertEqual(1 + 1, 2)\n"
            "    def test_upper(self):\n"
            "        self.assertEqual('a'.upper(), 'A')\n")
code, out, err = run('-m', 'unittest', 'test_small')
print(code, repr(out), err.splitlines()[0], err.splitlines()[2].split(' in ')[0], err.splitlines()[-1])

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
