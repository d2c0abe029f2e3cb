# paths: str, bytes and os.PathLike objects; fspath
import posix
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
class Bad:
    def __fspath__(self):
        return 42
class NoPath:
    pass
print(posix.fspath('a/b'), posix.fspath(b'a/b'), posix.fspath(P('x')), posix.fspath(P(b'y')))
for v in [Bad(), NoPath(), None, 3]:
    try:
        posix.fspath(v)
    except TypeError as e:
        print('TypeError', e)
print(posix.stat(P('/tmp')).st_mode >> 12, posix.stat(P(b'/tmp')).st_mode >> 12)
try:
    posix.stat(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    posix.stat(NoPath())
except TypeError as e:
    print('TypeError', e)
try:
    posix.stat(P('/nonexistent/q'))
except FileNotFoundError as e:
    print(type(e.filename).__name__, e.errno)
names = posix.listdir(P(b'/'))
print(type(names[0]).__name__)
names = posix.listdir(P('/'))
print(type(names[0]).__name__)
# surrogateescape round trip of undecodable names
base = ('/tmp/krait_os_pathlike_%d' % posix.getpid()).encode()
posix.mkdir(base)
fd = posix.open(base + b'/\xff\xfe.bin', posix.O_CREAT | posix.O_WRONLY)
posix.close(fd)
name = posix.listdir(base.decode())[0]
print(repr(name), name.encode('utf-8', 'surrogateescape'))
print(posix.stat(base.decode() + '/' + name).st_size)
posix.unlink(base.decode() + '/' + name)
posix.rmdir(base)
