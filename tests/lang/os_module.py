import os, sys
print(os.name, os.sep, os.curdir, os.pardir, os.linesep == '\n', os.devnull, os.extsep, os.altsep)
print(os.path is sys.modules['posixpath'], os.error is OSError, os.stat_result is type(os.stat('/'))) 
base = '/tmp/krait_os_module_%d' % os.getpid()
os.makedirs(base + '/x/y')
os.makedirs(base + '/x/y', exist_ok=True)
try:
    os.makedirs(base + '/x/y')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(base + '/x/f.txt', 'w') as f:
    f.write('hi')
print(sorted(os.listdir(base + '/x')), os.path.getsize(base + '/x/f.txt'))
for root, dirs, files in os.walk(base):
    print(root[len(base):], sorted(dirs), files)
for root, dirs, files in os.walk(base, topdown=False):
    print(root[len(base):], sorted(dirs), files)
for root, dirs, files, rootfd in os.fwalk(base):
    print('fwalk', root[len(base):], sorted(dirs), files, type(rootfd).__name__)
os.rename(base + '/x/f.txt', base + '/g.txt')
os.renames(base + '/g.txt', base + '/new/deeper/g.txt')
print(os.path.exists(base + '/new/deeper/g.txt'))
os.remove(base + '/new/deeper/g.txt')
os.removedirs(base + '/new/deeper')
os.removedirs(base + '/x/y')
print(os.path.exists(base))
print(type(os.environ).__name__, 'PATH' in os.environ, os.getenv('KRAIT_SURELY_UNSET', 'default'))
os.environ['KRAIT_X'] = '1'
print(os.environ['KRAIT_X'], os.environ.get('KRAIT_X'), os.getenv('KRAIT_X'), os.environb[b'KRAIT_X'])
print(os.system('test "$KRAIT_X" = 1'))
del os.environ['KRAIT_X']
print('KRAIT_X' in os.environ, os.environ.get('KRAIT_X'), os.system('test -z "$KRAIT_X"'))
try:
    os.environ['KRAIT_BAD'] = 3
except TypeError as e:
    print('TypeError', e)
print(os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), os.fspath('p'), os.fsencode('\udcff'))
print(os.supports_fd >= {os.stat}, os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks)
print(os.access('/', os.R_OK), os.cpu_count() > 0, type(os.urandom(4)).__name__, len(os.get_exec_path()) > 0)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.P_WAIT, os.P_NOWAIT)
fd = os.open(base + '.f', os.O_CREAT | os.O_WRONLY)
with os.fdopen(fd, 'w') as f:
    f.write('via fdopen')
print(open(base + '.f').read())
os.unlink(base + '.f')
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'child says hi')
    os._exit(0)
os.close(w)
print(os.read(r, 100))
os.close(r)
print(os.waitpid(pid, 0)[1])
class P(os.PathLike):
    def __fspath__(self):
        return '/tmp'
print(isinstance(P(), os.PathLike), os.path.isdir(P()), issubclass(str, os.PathLike))
