# -m trace --count --missing: the .cover annotations (code.co_lines).
import os
import subprocess
import sys
import tempfile

exe = sys.executable
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, 'prog.py'), 'w') as f:
    f.write("def fib(n):\n"
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
            "def unused():\n"
            "    return 0\n"
            "total = 0\n"
            "for i in range(4):\n"
            "    total += fib(i)\n"
            "print('total', total)\n")

def run(*args):
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=tmp)

p = run('-m', 'trace', '--count', '--missing', '-C', '.', 'prog.py')
print('trace', p.returncode, p.stdout, p.stderr)
with open(os.path.join(tmp, 'prog.cover')) as f:
    print(f.read())
