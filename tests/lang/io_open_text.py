import posix
fn = '/tmp/krait_io_open_text_%d.txt' % posix.getpid()
with open(fn, 'w') as f:
    print(f.write('first line\n'), f.write('second\nthird'), f.writable(), f.readable())
    f.writelines(['\nfourth\n', 'fifth\n'])
print(f.closed)
with open(fn) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(fn) as f:
    print([line for line in f])
with open(fn) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read()))
with open(fn, encoding='utf-8') as f:
    print(f.readlines(12))
f = open(fn, 'a')
f.write('appended\n')
f.close()
f = open(fn, 'r')
data = f.read()
f.close()
print(data.count('\n'), data.endswith('appended\n'))
with open(fn, 'w') as f:
    print(f.write(''), f.write('é€😀\n'))
with open(fn, 'rb') as f:
    print(f.read())
with open(fn) as f:
    print(f.read(1), f.read(1), f.read(1), repr(f.read()))
print(open(fn).read() == 'é€😀\n')
with open(fn, 'w') as f:
    for i in range(1000):
        f.write('line %d\n' % i)
with open(fn) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(fn) as f:
    n = 0
    for line in f:
        n += len(line)
print(n)
posix.unlink(fn)
