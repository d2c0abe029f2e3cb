# Reading lines from files: readline sizes, readlines hints, iteration,
# mixing read and readline, binary and text.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'lines.txt')
with open(p, 'w') as f:
    f.writelines(['alpha\n', 'beta beta\n', '\n', 'gamma \u00e9\u20ac\n', 'no newline at end'])

with open(p) as f:
    print([f.readline() for _ in range(7)])
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(100)))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines(8))
with open(p) as f:
    print(f.readlines(0), f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read(4)), list(f))
with open(p) as f:
    print(next(f), end='')
    print(repr(f.read()))
with open(p, 'rb') as f:
    print(f.readline(), f.readline(4), f.readlines(1), list(f))
with open(p, 'rb') as f:
    print(len(f.readlines()), f.readline())
with open(p) as f:
    it = iter(f)
    print(it is f, next(it), end='')
    f.close()
    try:
        next(it)
    except ValueError as e:
        print('ValueError', e)
try:
    with open(p) as f:
        f.readline('x')
except TypeError as e:
    print('TypeError', e)
try:
    with open(p) as f:
        f.readline(None)
except TypeError as e:
    print('TypeError', e)
with open(p, 'rb') as f:
    print(f.readline(None))

big = os.path.join(d, 'big.txt')
with open(big, 'w') as f:
    for i in range(3000):
        f.write('row %d %s\n' % (i, 'x' * (i % 97)))
with open(big) as f:
    rows = f.readlines()
print(len(rows), rows[0], rows[-1], end='')
with open(big) as f:
    n = sum(1 for _ in f)
print(n)
with open(big, 'rb') as f:
    total = sum(len(line) for line in f)
print(total == os.path.getsize(big))
long_line = 'y' * 20000 + '\n'
with open(big, 'w') as f:
    f.write(long_line * 2)
with open(big) as f:
    print(len(f.readline()), len(f.readline()), repr(f.readline()))
