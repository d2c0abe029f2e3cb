# Modules found through relative sys.path entries ('', '.', 'sub') get
# absolute __file__, __cached__ and package __path__, as importlib's
# FileFinder makes its directory absolute.
import importlib
import os
import sys
import tempfile

tmp = os.path.realpath(tempfile.mkdtemp())
os.chdir(tmp)
os.makedirs('sub/rpkg')
with open('relmod_a.py', 'w') as f:
    f.write('A = 1\n')
with open('sub/relmod_b.py', 'w') as f:
    f.write('B = 2\n')
with open('sub/rpkg/__init__.py', 'w') as f:
    f.write('')
with open('sub/rpkg/inner.py', 'w') as f:
    f.write('I = 3\n')

def show(path):
    return path.replace(tmp, '<tmp>') if isinstance(path, str) else path

sys.path[:0] = ['', '.', 'sub']
import relmod_a, relmod_b, rpkg.inner
for m in (relmod_a, relmod_b, rpkg, rpkg.inner):
    print(m.__name__, show(m.__file__), show(os.path.dirname(m.__cached__)))
print([show(p) for p in rpkg.__path__])
print(os.path.isabs(relmod_a.__spec__.origin), show(relmod_b.__spec__.origin))
