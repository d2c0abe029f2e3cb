import posix
base = '/tmp/krait_os_posix_dirs_%d' % posix.getpid()
posix.mkdir(base)
posix.mkdir(base + '/sub', 0o755)
for name in ['b.txt', 'a.txt', 'c.dat']:
    fd = posix.open(base + '/' + name, posix.O_CREAT | posix.O_WRONLY)
    posix.close(fd)
print(sorted(posix.listdir(base)))
print(sorted(posix.listdir(base.encode())))
print(type(posix.listdir()).__name__)
posix.rename(base + '/a.txt', base + '/sub/a2.txt')
posix.replace(base + '/b.txt', base + '/c.dat')
print(sorted(posix.listdir(base)), posix.listdir(base + '/sub'))
cwd = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, posix.getcwdb() == base.encode(), sorted(posix.listdir('.')))
posix.chdir(cwd)
posix.link(base + '/c.dat', base + '/hard')
print(posix.stat(base + '/hard').st_nlink)
for f, args in [(posix.mkdir, (base,)), (posix.rmdir, (base,)), (posix.rmdir, (base + '/c.dat',)),
                (posix.unlink, (base + '/nope',)), (posix.listdir, (base + '/nope',)),
                (posix.listdir, (base + '/c.dat',)), (posix.chdir, (base + '/nope',)),
                (posix.rename, (base + '/nope', base + '/x')), (posix.remove, (base + '/sub',)),
                (posix.stat, (base + '/nope',)), (posix.lstat, (b'/nonexistent/x',))]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, e.strerror, e.filename == args[0],
              e.filename2 == (args[1] if len(args) > 1 else None))
posix.unlink(base + '/hard')
posix.remove(base + '/c.dat')
posix.unlink(base + '/sub/a2.txt')
posix.rmdir(base + '/sub')
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
