import posix
fn = '/tmp/krait_io_newlines_%d.txt' % posix.getpid()
with open(fn, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rend')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, newline=nl) as f:
        print(repr(nl), f.readlines(), repr(f.newlines))
    with open(fn, newline=nl) as f:
        print('  read', repr(f.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open(fn, 'rb') as f:
        print(repr(nl), f.read())
# a \r\n split across a read() boundary is still one newline
with open(fn, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'after\r\n')
with open(fn) as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), repr(lines[1]), repr(f.newlines))
with open(fn, newline='') as f:
    lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), repr(lines[1]))
posix.unlink(fn)
