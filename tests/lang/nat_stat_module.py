# stat.py on top of _stat: the same names and results whichever module answers.
import stat
import _stat
import os

print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
for name in ['S_IFMT', 'S_IMODE', 'S_ISREG', 'S_ISLNK']:
    print(name, getattr(stat, name)(0o100755))
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat(__file__)
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], stat.S_IMODE(st.st_mode) & 0o400 != 0)
print(stat.FILE_ATTRIBUTE_ARCHIVE if hasattr(stat, 'FILE_ATTRIBUTE_ARCHIVE') else None)
for bits in range(0, 0o10000, 0o1111):
    print(stat.filemode(stat.S_IFREG | bits), stat.filemode(stat.S_IFDIR | bits))
print(sorted(k for k in dir(stat) if k.startswith('S_IS')))
