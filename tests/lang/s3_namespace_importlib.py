# Namespace packages (PEP 420) once importlib is imported: a _NamespacePath
# __path__, a NamespaceLoader, resources read through it; portions found
# in a zip archive join those found in directories.
import os
import sys
import tempfile
import zipfile
import importlib
import importlib.resources

tmp = tempfile.mkdtemp()
os.chdir(tmp)
for d, files in {'one/nsp': {'a.py': 'A = "a"\n', 'res.txt': 'resource one\n'},
                 'two/nsp': {'b.py': 'B = "b"\n'},
                 'two/nsp/deeper': {'c.py': 'from .. import b\nC = b.B * 3\n'},
                 'one/nsr': {'res.txt': 'resource one\n', 'm.py': ''},
                 'two/nsr': {'other.txt': 'resource two\n'}}.items():
    os.makedirs(d, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
archive = os.path.join(tmp, 'three.zip')
with zipfile.ZipFile(archive, 'w') as z:
    z.writestr('nsp/', '')
    z.writestr('nsp/z.py', 'Z = "zipped"\n')

sys.path[:0] = [os.path.join(tmp, 'one'), os.path.join(tmp, 'two'), archive]
import nsp
print(type(nsp.__path__).__name__, [os.path.relpath(p, tmp) for p in nsp.__path__])
print(nsp.__file__, nsp.__spec__.origin, type(nsp.__loader__).__name__)
print(nsp.__spec__.loader is nsp.__loader__, nsp.__package__)
import nsp.a, nsp.b, nsp.z
print(nsp.a.A, nsp.b.B, nsp.z.Z)
from nsp.deeper import c
print(c.C, c.__package__, type(sys.modules['nsp.deeper'].__path__).__name__)

files = importlib.resources.files('nsr')
print(files.joinpath('res.txt').read_text(encoding='utf-8'), end='')
print(files.joinpath('other.txt').read_text(encoding='utf-8'), end='')
print(sorted(p.name for p in files.iterdir()))

# a portion added later is seen once the parent path changes
os.makedirs('four/nsp', exist_ok=True)
with open('four/nsp/d.py', 'w') as f:
    f.write('D = 4\n')
sys.path.append(os.path.join(tmp, 'four'))
importlib.invalidate_caches()
import nsp.d
print(nsp.d.D, len(list(nsp.__path__)))

try:
    import nsp.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
