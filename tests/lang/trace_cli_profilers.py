# The profilers as command-line tools: -m cProfile, -m profile (call
# counts and names, timing columns dropped).
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

for tool in ('cProfile', 'profile'):
    p = run('-m', tool, '-s', 'ncalls', 'prog.py')
    print(tool, p.returncode, p.stderr)
    lines = p.stdout.splitlines()
    print(lines[0])
    print(lines[1].split(' in ')[0].strip())
    for line in lines[2:]:
        parts = line.split()
        if len(parts) >= 6 and parts[-1].startswith('prog.py'):
            print(parts[0], parts[-1])

