# BufferedReader over an exact FileIO reads each chunk straight into its
# buffer: reads, peeks, lines and seeks across chunk edges of every size.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
data = bytes(range(256)) * 100 + b'\nline2\nline3'
with open(p, 'wb') as f:
    f.write(data)
for bs in (1, 7, 64, 8192):
    with open(p, 'rb', buffering=bs) as f:
        parts = []
        parts.append(f.read(10)); parts.append(f.peek(3)[:3]); parts.append(f.read1(100))
        parts.append(f.readline()); parts.append(f.read(5000)); parts.append(f.read())
        print(bs, [len(x) for x in parts], b''.join(parts[:1] + parts[2:]) == data, f.read(), f.tell())
with open(p, 'rb') as f:
    print(len(f.readlines()), f.seek(5), f.read(3), f.seek(-4, 2), f.read())
with open(p, 'r+b') as f:
    f.read(4); f.write(b'XY'); f.seek(0); print(f.read(8))
f = open(p, 'rb'); f.raw.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
os.remove(p); os.rmdir(d)
# a readinto set on the FileIO instance is still the one called
with open(__file__, 'rb') as f:
    f.raw.readinto = lambda b: 0
    print(f.read(3))
with open(__file__, 'rb') as f:
    print(f.read(3))
