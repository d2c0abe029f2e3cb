# _stat and stat: constants, S_IS* tests, S_IMODE/S_IFMT, filemode, and error conversions.
import _stat
import stat

names = sorted(n for n in dir(_stat) if not n.startswith('_'))
print(names)
print([(n, getattr(_stat, n)) for n in names if isinstance(getattr(_stat, n), int)])
modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755,
         0o102644, 0o041777, 0o041776, 0o106644, 0o107777, 0o000000, 0o170000, 0o100000]
for m in modes:
    print(oct(m), _stat.filemode(m), stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f.__name__ for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG,
                                _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR,
                                _stat.S_ISPORT, _stat.S_ISWHT) if f(m)])
print(stat.S_ISDIR(0o40000), stat.S_ISREG(0o40000), stat.S_IMODE(0o107777))
for bad in [-1, 'a', 2**40, 1.5, True]:
    for f in (_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE):
        try:
            print(f(bad))
        except Exception as e:
            print(type(e).__name__, e)
try:
    _stat.S_ISDIR()
except TypeError as e:
    print('TypeError', e)
print(stat.ST_MTIME, stat.S_IRWXU | stat.S_IRGRP, stat.UF_HIDDEN)
