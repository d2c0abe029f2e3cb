import posix
base = '/tmp/krait_os_posix_scandir_%d' % posix.getpid()
posix.mkdir(base)
posix.mkdir(base + '/d')
fd = posix.open(base + '/f', posix.O_CREAT | posix.O_WRONLY)
posix.write(fd, b'12345')
posix.close(fd)
posix.symlink(base + '/f', base + '/l')
posix.symlink(base + '/missing', base + '/dangling')
entries = sorted(posix.scandir(base), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == base + '/' + e.name, e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_file(follow_symlinks=False), e.is_dir(follow_symlinks=False))
print(type(entries[0]).__name__, posix.fspath(entries[0]) == entries[0].path)
f = [e for e in entries if e.name == 'f'][0]
print(f.stat().st_size, f.inode() == posix.stat(base + '/f').st_ino)
l = [e for e in entries if e.name == 'l'][0]
print(l.stat().st_size, l.stat(follow_symlinks=False).st_size != 5 or True)
d = [e for e in entries if e.name == 'dangling'][0]
try:
    d.stat()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
with posix.scandir(base) as it:
    print(sorted(e.name for e in it))
it = posix.scandir(base.encode())
names = sorted(e.name for e in it)
print(names, type(names[0]).__name__)
it = posix.scandir(base)
it.close()
print(list(it))
try:
    posix.scandir(base + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename == base + '/nope')
try:
    posix.DirEntry()
except TypeError as e:
    print('TypeError', e)
for n in ['l', 'dangling', 'f']:
    posix.unlink(base + '/' + n)
posix.rmdir(base + '/d')
posix.rmdir(base)
