# Round trips through a file in every mode: r w a x, + and b.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')

with open(p, 'w') as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.mode,
          f.buffer.mode, f.buffer.raw.mode)
    print(f.write('line one\n'), f.write('line two\n'), f.tell())
with open(p) as f:
    print(f.mode, repr(f.read()))
with open(p, 'a') as f:
    print(f.mode, f.buffer.raw.mode, f.tell(), f.write('appended\n'))
with open(p, 'r+') as f:
    print(f.mode, f.buffer.raw.mode, type(f.buffer).__name__, f.read(4))
    f.seek(0)
    f.write('LINE')
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, f.read())
with open(p, 'w+') as f:
    print(f.mode, f.buffer.raw.mode, repr(f.read()))
    f.write('new\ncontent\n')
    f.seek(0)
    print(f.readlines())
with open(p, 'a+') as f:
    print(f.mode, f.buffer.raw.mode, f.tell())
    f.write('more\n')
    f.seek(0)
    print(repr(f.read()))
with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'\x00\x01binary\xff'))
with open(p, 'ab') as f:
    print(f.mode, f.write(bytearray(b'+tail')))
with open(p, 'rb+') as f:
    print(type(f).__name__, f.mode, f.read(2), f.seek(-4, 2), f.read())
    f.seek(0)
    f.write(b'AB')
with open(p, 'r+b') as f:
    print(f.mode, f.read())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(3), f.readall())
x = os.path.join(d, 'x.txt')
with open(x, 'x') as f:
    print(f.mode, f.buffer.raw.mode, f.write('exclusive'))
try:
    open(x, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
with open(x, 'xb' if False else 'rb') as f:
    print(f.read())
try:
    open(os.path.join(d, 'missing'), 'r')
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)

for mode in ('rw', 'rr', 'z', 'rbt', 'r++', 'wa', 'tb', '', 'U', 'rU'):
    try:
        open(p, mode).close()
        print(mode, 'opened')
    except ValueError as e:
        print(mode, 'ValueError', e)
for kw in (dict(mode='rb', encoding='utf-8'), dict(mode='rb', errors='strict'),
           dict(mode='rb', newline=''), dict(mode='r', buffering=0), dict(mode='r', newline='x')):
    try:
        open(p, **kw).close()
        print(kw, 'opened')
    except ValueError as e:
        print(kw, 'ValueError', e)
with open(p, 'rb', buffering=1) as f:
    print('buffering=1 binary', type(f).__name__)
with open(p, 'w', buffering=1) as f:
    print('line buffered', f.line_buffering)
try:
    open(3.5)
except TypeError as e:
    print('TypeError', e)
with open(p, 'rb') as f:
    with open(f.fileno(), 'rb', closefd=False) as g:
        print(g.name == f.fileno(), g.read(2))
    print(f.closed, f.read(2))
