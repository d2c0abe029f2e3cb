# seek and tell on binary and text files, truncate, and their errors.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 's.bin')
with open(p, 'wb') as f:
    f.write(b'0123456789abcdef')

with open(p, 'rb') as f:
    print(f.seek(4), f.read(2), f.tell(), f.seek(2, 1), f.read(1), f.seek(-3, 2), f.read())
    print(f.seek(100), f.read(), f.tell(), f.seek(0, 0), f.read(1))
    for bad in ((-1,), (0, 7), ('x',), (1.5,)):
        try:
            f.seek(*bad)
        except Exception as e:
            print(bad, type(e).__name__, e)
    print(f.seekable(), f.raw.seekable())
with open(p, 'rb', buffering=0) as f:
    print(f.seek(-2, 2), f.read(), f.tell())
    try:
        f.seek(-100, 1)
    except OSError as e:
        print('OSError', e.errno)
with open(p, 'r+b') as f:
    f.seek(5)
    print(f.truncate(), f.tell(), f.read(), f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())
    try:
        f.truncate(-1)
    except OSError as e:
        print('OSError', e.errno)
print(os.path.getsize(p))

t = os.path.join(d, 't.txt')
with open(t, 'w', encoding='utf-8') as f:
    f.write('h\u00e9llo\nw\u00f6rld\n\u20ac end\n')
with open(t, encoding='utf-8') as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks)
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))
    print(f.seek(0, 2), f.read(), f.tell())
    for bad in ((3, 1), (3, 2), (-1,), (0, 9)):
        try:
            f.seek(*bad)
        except Exception as e:
            print(bad, type(e).__name__, e)
    print(f.seek(0, 1) == f.tell())
with open(t, 'r+', encoding='utf-8') as f:
    f.readline()
    here = f.tell()
    f.seek(here)
    f.write('WORLD!\n')
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(f.truncate(3), repr(f.read()))
with open(t, encoding='utf-8') as f:
    for line in f:
        pass
    try:
        f.tell()
    except OSError as e:
        print('after iteration', e)
with open(t, encoding='utf-8') as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
s = io.StringIO('abc')
print(s.seek(2), s.tell())
