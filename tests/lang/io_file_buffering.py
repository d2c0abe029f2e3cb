# When buffered data reaches the file: buffer sizes, flush, line buffering,
# write_through, and the buffered reader's peek/read1.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'b.bin')

def on_disk():
    # os-level, so no Python file object is involved in looking
    fd = os.open(p, os.O_RDONLY)
    try:
        return os.read(fd, 1 << 16)
    finally:
        os.close(fd)

f = open(p, 'wb', buffering=16)
print(type(f).__name__, f.write(b'12345'), on_disk())
f.write(b'6789012345678')
print(on_disk())
f.flush()
print(on_disk())
f.write(b'x' * 40)
print(len(on_disk()))
f.close()
print(len(on_disk()), f.closed)

t = open(p, 'w', buffering=1)
t.write('no newline yet')
print(t.line_buffering, on_disk())
t.write(' now\nand more')
print(on_disk())
t.close()

t = open(p, 'w')
t.reconfigure(write_through=True)
t.write('through')
print(t.write_through, on_disk())
t.reconfigure(line_buffering=True)
print(t.line_buffering)
t.close()

with open(p, 'wb') as w:
    w.write(bytes(range(32)) * 10)
r = open(p, 'rb', buffering=64)
print(r.peek(4)[:4], r.read1(5), r.tell(), len(r.read1()), r.tell())
print(r.read(3), r.tell(), r.raw.tell())
r.seek(0)
print(r.read(2), len(r.read()), r.read(), r.read1(1))
r.close()

raw = open(p, 'rb', buffering=0)
print(type(raw).__name__, raw.read(4), raw.tell(), raw.seek(0, 2), raw.read(10))
br = io.BufferedReader(raw, 8)
raw.seek(0)
print(br.read(3), br.raw is raw, br.raw.tell() >= 3)
br.close()
print(raw.closed)

bw = io.BufferedWriter(io.FileIO(p, 'w'), buffer_size=4)
print(bw.write(b'ab'), on_disk(), bw.write(b'cdef'), len(on_disk()) >= 4)
bw.close()
print(on_disk())
for bad in (lambda: io.BufferedWriter(io.FileIO(p, 'r')),
            lambda: io.BufferedReader(io.FileIO(p, 'w')),
            lambda: io.BufferedReader(io.FileIO(p, 'r'), 0),
            lambda: io.BufferedReader(io.FileIO(p, 'r'), -3),
            lambda: io.BufferedRandom(io.FileIO(p, 'r')),
            lambda: io.BufferedRWPair(io.FileIO(p, 'w'), io.BytesIO())):
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
rw = io.BufferedRandom(io.FileIO(p, 'r+'))
rw.write(b'XY')
rw.seek(0)
print(rw.read(4), rw.tell())
rw.close()
pair = io.BufferedRWPair(io.BytesIO(b'from reader'), io.BytesIO())
print(pair.read(4), pair.write(b'to writer'), pair.readable(), pair.writable(), pair.closed)
pair.close()
print(pair.closed)
