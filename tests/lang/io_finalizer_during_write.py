# Files that are closed and dropped are finalized at whatever point the
# program has reached -- also in the middle of another file's write().
# Nothing written may be lost: every row must reach the file.
import os
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, 'src.txt')
with open(src, 'w') as f:
    f.write('data\n' * 10)

big = os.path.join(d, 'big.txt')
with open(big, 'w') as out:
    for i in range(6000):
        with open(src, 'rb') as r:          # closed, then garbage
            r.read(3)
        if i % 5 == 0:
            g = open(src)                   # dropped while open
            g.readline()
            del g
        out.write('row %d %s\n' % (i, 'x' * (1000 + i % 997)))
with open(big) as f:
    rows = f.read().splitlines()
print(len(rows), rows[0], rows[-1][:12])
print(all(r.startswith('row %d ' % k) for k, r in enumerate(rows)))
print(os.path.getsize(big))
