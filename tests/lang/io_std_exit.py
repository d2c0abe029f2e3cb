# Nothing written is lost on the way out: normal end, sys.exit, an uncaught
# exception, KeyboardInterrupt; os._exit skips the flush.
import subprocess
import sys

def run(code):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True)
    err = r.stderr.splitlines()
    print(r.returncode, r.stdout, err[-1:] if err else '')

pending = ("import sys\n"
           "sys.stdout.write('text ')\n"
           "sys.stdout.flush()\n"
           "sys.stdout.buffer.write(b'bytes ')\n"
           "print('print', end='')\n")
run(pending)
run(pending + "sys.exit(3)")
run(pending + "sys.exit('message')")
run(pending + "raise ValueError('boom')")
run(pending + "raise KeyboardInterrupt")
run(pending + "import os; os._exit(4)")
run(pending + "sys.stdout.flush(); import os; os._exit(5)")
run("import sys\n"
    "class W:\n"
    "    def __init__(self): self.parts = []\n"
    "    def write(self, s): self.parts.append(s); return len(s)\n"
    "    def flush(self): sys.__stdout__.write('flushed at exit: ' + repr(self.parts) + '\\n')\n"
    "sys.stdout = W()\n"
    "print('kept')\n")
run("import sys\n"
    "class W:\n"
    "    closed = True\n"
    "    def write(self, s): return len(s)\n"
    "    def flush(self): sys.__stdout__.write('should not flush\\n')\n"
    "sys.stdout = W()\n")
run("import sys\n"
    "class W:\n"
    "    def write(self, s): return len(s)\n"
    "sys.stdout = W()\n"
    "print('no flush method')\n")
run("import sys, atexit\n"
    "atexit.register(lambda: print('from atexit'))\n"
    "sys.stdout.buffer.write(b'buffered ')\n")
run("import sys\n"
    "sys.stderr.write('err text\\n')\n"
    "sys.stderr.buffer.write(b'err bytes\\n')\n"
    "sys.exit(0)")
