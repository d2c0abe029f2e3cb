import os
print(os.name, os.sep, os.curdir, os.pardir, os.linesep == '\n')
print(os.path.join('a', 'b', 'c'), os.path.split('/x/y.txt'), os.path.splitext('f.tar.gz'))
print(os.path.basename('/a/b'), os.path.dirname('/a/b'), os.path.isabs('/a'), os.path.normpath('a//b/../c'))
print(os.path.isdir('/tmp'), os.path.exists('/nonexistent'), os.path.isfile('/tmp'))
base = '/tmp/krait_os_import_os_%d' % os.getpid()
os.makedirs(base + '/x/y')
print(sorted(os.listdir(base)), os.path.isdir(base + '/x/y'))
for root, dirs, files in os.walk(base):
    print(root[len(base):], sorted(dirs), files)
os.removedirs(base + '/x/y')
print(os.path.exists(base))
print(type(os.environ).__name__, 'PATH' in os.environ, os.getenv('KRAIT_SURELY_UNSET', 'default'))
os.environ['KRAIT_X'] = '1'
print(os.environ['KRAIT_X'], os.environ.get('KRAIT_X'))
del os.environ['KRAIT_X']
print(os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), os.fspath('p'))
print(os.stat_result is type(os.stat('/tmp')), os.error is OSError)
