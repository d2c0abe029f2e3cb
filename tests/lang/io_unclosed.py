# files dropped without close(): readers release their descriptors when
# collected, writers' data reaches the file
import posix
fn = '/tmp/krait_io_unclosed_%d.txt' % posix.getpid()
open(fn, 'w').write('x' * 100 + '\n')
total = 0
for i in range(300):
    total += len(open(fn).read())
print(total)
def scribble(path, text):
    f = open(path, 'a')
    f.write(text)
for i in range(5):
    scribble(fn, 'line %d\n' % i)
with open(fn) as f:
    print(f.readlines()[1:])
b = open(fn, 'rb')
print(b.read(3))
del b
posix.unlink(fn)
