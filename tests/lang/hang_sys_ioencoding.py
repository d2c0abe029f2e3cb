# PYTHONIOENCODING=encoding[:errors] sets the standard streams' codec and
# (for stdin/stdout) the error handler; -I ignores it; an unknown codec
# stops the start-up.
import os
import subprocess
import sys

show = ("import sys\n"
        "for s in ('stdin', 'stdout', 'stderr'):\n"
        "    f = getattr(sys, s)\n"
        "    print(s, f.encoding, f.errors)\n")

def run(value, code, *flags):
    env = dict(os.environ)
    if value is None:
        env.pop('PYTHONIOENCODING', None)
    else:
        env['PYTHONIOENCODING'] = value
    env['LC_ALL'] = 'C.UTF-8'
    p = subprocess.run([sys.executable, *flags, '-c', code], env=env, capture_output=True)
    return p.returncode, p.stdout, [l for l in p.stderr.splitlines() if b'Error' in l]

for value in (None, 'latin-1', 'ascii:replace', ':ignore', 'iso8859-1:', ':', ''):
    rc, out, err = run(value, show)
    print(repr(value), rc, out.decode().split('\n')[:-1], err)

print(run('cp424', 'print(chr(0xa2))')[1])
print(run('ascii:replace', 'print(chr(0xa2))')[1])
rc, out, err = run('ascii', 'print(chr(0xa2))')
print(rc, out, err)
print(run(':surrogateescape', 'print(chr(0xdcbd))')[1])
print(run('latin-1', 'print(chr(0xe9))', '-I')[1])
rc, out, err = run('no-such-codec', 'print(1)')
print(rc, out, err)
