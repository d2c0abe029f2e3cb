import posix
fn = '/tmp/krait_io_readline_sizes_%d.txt' % posix.getpid()
lines = ['short\n', 'x' * 150 + '\n', 'y' * 500 + '\n', 'z' * 9000 + '\n', '\n', 'last without newline']
with open(fn, 'w') as f:
    f.writelines(lines)
with open(fn) as f:
    got = f.readlines()
print(got == lines, [len(l) for l in got])
with open(fn) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(100)), len(f.readline(151)))
    print(len(f.readline(0)), len(f.readline(-1)))
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError", e)
with open(fn) as f:
    print([len(l) for l in f.readlines(160)])
with open(fn, 'rb') as f:
    got = f.readlines()
print([len(l) for l in got], got[-1][:4])
with open(fn, 'rb') as f:
    print(f.readline(2), f.readline(5), len(f.readline()), len(f.readline(10)))
with open(fn, 'rb', buffering=16) as f:
    print([len(l) for l in f])
with open(fn, 'rb', buffering=0) as f:
    print(f.readline(), len(f.readline()))
with open(fn) as f:
    n = 0
    for line in f:
        n += 1
    print(n, repr(f.readline()), repr(f.read()))
posix.unlink(fn)
