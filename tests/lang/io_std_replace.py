# sys.stdout replaced: by a file, by any object with write; print(file=...).
import io
import os
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'out.txt')
real = sys.stdout
with open(p, 'w') as f:
    sys.stdout = f
    print('into the file', 1, 2, sep='-')
    print('second line', end='!\n')
    sys.stdout = real
with open(p) as f:
    print(repr(f.read()))

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append('<flush>')

r = Recorder()
print('a', 'b', sep=', ', end='.\n', file=r)
print(file=r)
print('x', file=r, flush=True)
print(r.calls)

s = io.StringIO()
print('to', 'stringio', file=s)
print(repr(s.getvalue()))
print('file=None goes to stdout', file=None)

class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
class BadWrite:
    def write(self, s):
        raise RuntimeError('write failed: ' + s)
try:
    print('payload', file=BadWrite())
except RuntimeError as e:
    print('RuntimeError', e)

sys.stdout = None
print('dropped: stdout is None')
sys.stdout = real
print('back')
sys.stdout = r
sys.stdout.write('direct\n')
sys.stdout = real
print(r.calls[-1])
sys.stderr = Recorder()
print('to stderr object', file=sys.stderr)
err = sys.stderr
sys.stderr = sys.__stderr__
print(err.calls)
print(sys.stdout is sys.__stdout__)
