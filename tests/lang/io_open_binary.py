import posix
fn = '/tmp/krait_io_open_binary_%d.bin' % posix.getpid()
with open(fn, 'wb') as f:
    print(type(f).__name__, f.write(b'abc'), f.write(bytearray(b'\x00\xff\n')), f.tell())
    f.write(bytes(range(256)))
    print(f.tell())
with open(fn, 'rb') as f:
    print(type(f).__name__, f.read(3), f.tell(), f.read(3), f.peek(2)[:2], f.read1(4))
    print(f.seek(0), f.read(2), f.seek(10), f.tell(), f.seek(-2, 2), f.read(), f.read())
    print(f.seek(-3, 1), f.read(1), f.seek(0, 0))
    print(f.readline())
    b = bytearray(5)
    print(f.readinto(b), b)
    print(len(f.read()))
with open(fn, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall()[:3], f.read(), f.tell())
with open(fn, 'r+b') as f:
    print(type(f).__name__, f.read(2))
    f.write(b'ZZ')
    print(f.tell())
    f.seek(0)
    print(f.read(6))
    f.seek(0, 2)
    f.write(b'END')
    f.seek(-5, 2)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(fn, 'w+b') as f:
    print(f.read(), f.write(b'new'), f.seek(0), f.read())
with open(fn, 'ab') as f:
    print(f.tell(), f.write(b'+tail'), f.tell())
print(open(fn, 'rb').read())
with open(fn, 'rb') as f:
    print(list(f), f.read())
posix.unlink(fn)
