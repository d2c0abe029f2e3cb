# io.TextIOWrapper around the standard streams' buffers.
import io
import subprocess
import sys

sys.stdout.flush()
w = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
w.write('through a second wrapper\n')
print(w.encoding, w.line_buffering, w.name, w.buffer is sys.stdout.buffer)
sys.stdout.flush()
w.flush()
w.detach()

def run(code, data=b''):
    r = subprocess.run([sys.executable, '-c', code], input=data, capture_output=True)
    print(r.returncode, r.stdout, r.stderr.decode().strip().splitlines()[-1:])

run("import io, sys\n"
    "out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', newline='\\r\\n')\n"
    "out.write('caf\\xe9\\n'); out.flush()")
run("import io, sys\n"
    "out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-16-le', write_through=True)\n"
    "out.write('hi')")
run("import io, sys\n"
    "inp = io.TextIOWrapper(sys.stdin.buffer, encoding='latin-1')\n"
    "print(repr(inp.read()))", b'caf\xe9\r\nx')
run("import sys\n"
    "sys.stdout.write('text '); sys.stdout.flush(); sys.stdout.buffer.write(b'then bytes\\n')")
run("import sys\n"
    "sys.stdout.buffer.raw.write(b'raw first\\n')\n"
    "print(sys.stdout.buffer.raw.write(b''))")
run("import sys, os\n"
    "f = os.fdopen(sys.stdout.fileno(), 'w', closefd=False)\n"
    "f.write('fdopen on fd 1\\n'); f.flush()")
