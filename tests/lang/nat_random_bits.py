# _random.Random.getrandbits across word boundaries and the seeding of big and odd ints.
import _random

r = _random.Random(0)
print([r.getrandbits(k) for k in (1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129)])
print(r.getrandbits(1000) % 10**20, r.getrandbits(1000).bit_length() <= 1000)
for seed in [0, 1, 2**32 - 1, 2**32, 2**64 + 3, 10**50, -10**50, 2**19937 - 1]:
    r.seed(seed)
    print(str(seed)[:12], r.random(), r.getrandbits(16))
r.seed(12.5)
a = r.random()
r.seed(hash(12.5))
print(a == r.random())
r.seed('abc')
a = r.random()
r.seed('abc')
print(a == r.random())
st = r.getstate()
print(len(st), all(0 <= w < 2**32 for w in st[:-1]), st[-1])
r2 = _random.Random()
r2.setstate(st)
print(r.random() == r2.random(), r.getrandbits(70) == r2.getrandbits(70))
print(r.getrandbits(0), type(r.getrandbits(0)).__name__)
