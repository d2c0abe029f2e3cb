import sys
here = __file__.rsplit('/', 1)[0]
print(sys.path[0] == here)
print('/usr/lib/python3.11' in sys.path)
print(sys.path.index('/usr/lib/python3.11') > 0)
print(sys.prefix, sys.exec_prefix, sys.platlibdir)
print(type(sys.builtin_module_names).__name__, 'posix' in sys.builtin_module_names,
      'errno' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
print(sys.byteorder)
import stat
print(stat.__file__ == '/usr/lib/python3.11/stat.py')
print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o040755))
