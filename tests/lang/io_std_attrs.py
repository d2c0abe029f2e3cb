# The standard streams are three layers, as CPython's: text over buffer over raw.
import sys
import io

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s))
    print(' ', repr(s.buffer), repr(s.buffer.raw))
    print(' ', s.name, s.mode, s.buffer.mode, s.buffer.raw.mode, s.buffer.name, s.buffer.raw.name)
    print(' ', s.encoding, s.errors, s.newlines, s.closed, s.buffer.closed, s.buffer.raw.closed)
    print(' ', s.readable(), s.writable(), s.buffer.readable(), s.buffer.writable())
    print(' ', s.fileno(), s.buffer.fileno(), s.buffer.raw.fileno(), s.buffer.raw.closefd)
    print(' ', s.isatty(), s.buffer.isatty(), s.buffer.raw.isatty())
print(sys.stdout.line_buffering, sys.stdout.write_through)
print(sys.stderr.line_buffering, sys.stderr.write_through)
print(sys.stdin.line_buffering)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(type(sys.stdout).__name__, type(sys.stdout).__module__)
print(type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__)
print(type(sys.stdout.buffer.raw).__name__)

# The io ABCs and classes recognise them.
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase),
      isinstance(sys.stdout, io.IOBase))
print(isinstance(sys.stdout.buffer, io.BufferedWriter), isinstance(sys.stdin.buffer, io.BufferedReader),
      isinstance(sys.stdout.buffer, io.BufferedIOBase))
print(isinstance(sys.stdout.buffer.raw, io.FileIO), isinstance(sys.stdout.buffer.raw, io.RawIOBase))
print(isinstance(sys.stdout, io.BufferedWriter), isinstance(sys.stdout.buffer, io.TextIOWrapper),
      isinstance(sys.stdout, io.StringIO), isinstance(io.StringIO(), io.TextIOWrapper))
print(issubclass(type(sys.stdout), io.TextIOWrapper))

class Mine(io.TextIOWrapper):
    pass
print(isinstance(sys.stdout, Mine))

for name in ('read', 'readline', 'write', 'flush', 'reconfigure', 'fileno', 'isatty',
             'readlines', 'writelines', 'close', 'detach', 'seekable', '__enter__', '__exit__'):
    print(name, callable(getattr(sys.stdout, name)))
for name in ('read', 'readline', 'write', 'flush', 'fileno', 'raw', 'close', 'readable'):
    print('buffer', name, hasattr(sys.stdout.buffer, name))
try:
    sys.stdout.encoding = 'ascii'
except AttributeError as e:
    print('AttributeError')
