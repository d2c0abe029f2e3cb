# newline= on files, writing and reading, with the bytes that reach disk.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'n.txt')
text = 'unix\nmac\rdos\r\nend'
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, 'w', newline=nl) as f:
        f.write(text)
    with open(p, 'rb') as f:
        raw = f.read()
    print(repr(nl), raw)
with open(p, 'wb') as f:
    f.write(b'unix\nmac\rdos\r\nend\r')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=nl) as f:
        lines = list(f)
        print(repr(nl), lines, f.newlines)
    with open(p, newline=nl) as f:
        print(' read', repr(f.read()), f.newlines)
    with open(p, newline=nl) as f:
        print(' read(4)s', [f.read(4) for _ in range(6)])
with open(p, 'wb') as f:
    f.write(b'a\r' + b'x' * 8190 + b'\r\nb\n')
with open(p) as f:
    print([len(x) for x in f], f.newlines)
with open(p, newline='') as f:
    print([len(x) for x in f])
for bad in ('x', '\n\n', 5):
    try:
        open(p, newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
