# -m unittest on a test file in a temporary directory.
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

with open(os.path.join(tmp, 'test_small.py'), 'w') as f:
    f.write("import unittest\n"
            "class T(unittest.TestCase):\n"
            "    def test_add(self):\n"
            "        self.assertEqual(1 + 1, 2)\n"
            "    def test_upper(self):\n"
            "        self.assertEqual('a'.upper(), 'A')\n")
code, out, err = run('-m', 'unittest', 'test_small')
print(code, repr(out), err.splitlines()[0], err.splitlines()[2].split(' in ')[0], err.splitlines()[-1])

