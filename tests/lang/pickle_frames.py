# Protocol 4+ framing: frames of about 64 KiB, big bytes and str written
# outside frames (and straight to the file), reads of framed data from a
# file; the exact layout is checked through sizes and digests.
import hashlib
import io
import pickle

def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]

data_sets = {
    'many small': [str(i) * 3 for i in range(30000)],
    'big bytes': [b'a' * 70000, b'b' * 10, b'c' * 200000],
    'big str': ['x' * 100000, 'y'],
    'mixed': {i: (b'\x00' * (i * 997 % 5000), str(i)) for i in range(200)},
    'tiny': [1, 2],
}
for name, obj in data_sets.items():
    for proto in (3, 4, 5):
        d = pickle.dumps(obj, proto)
        f = io.BytesIO()
        pickle.dump(obj, f, proto)
        print(name, proto, len(d), digest(d), f.getvalue() == d, pickle.loads(d) == obj,
              d.count(b'\x95'))


class Recorder:
    def __init__(self):
        self.sizes = []
    def write(self, b):
        self.sizes.append(len(b))


for name in ('many small', 'big bytes', 'big str'):
    r = Recorder()
    pickle.Pickler(r, 4).dump(data_sets[name])
    print(name, r.sizes)


class Reader(io.BytesIO):
    calls = 0
    def read(self, n=-1):
        Reader.calls += 1
        return super().read(n)


buf = Reader(pickle.dumps(data_sets['many small'], 4) + pickle.dumps('after', 4))
print(pickle.load(buf) == data_sets['many small'], pickle.load(buf), Reader.calls > 0)
# a truncated frame
d = pickle.dumps(data_sets['many small'], 4)
for cut in (5, 20, 70000):
    try:
        pickle.loads(d[:cut])
    except Exception as e:
        print(cut, type(e).__name__, e)
