# slice.indices in exact ints, str indexing through __index__, and the
# 'z' (no negative zero) format option.
import sys

class TrapInt(int):
    def __index__(self):
        return int(self)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

big = 2**100
for s, n in [(slice(None), big), (slice(-big, big), sys.maxsize), (slice(-big, big), 2**64),
             (slice(None, None, -1), big), (slice(5, -big, -2), 10), (slice(big, None, -1), 7),
             (slice(TrapInt(), Idx(3)), 10), (slice(Idx(-2), None, Idx(2**70)), 5),
             (slice(None, None, 0), 3), (slice('a'), 3), (slice(1, 2), -1), (slice(1, 2), Idx(4)),
             (slice(1, 2), 2.0), (slice(True, False, True), 3)]:
    show(lambda: s.indices(n))

class GetItem:
    def __getitem__(self, key):
        return key
x = GetItem()
print(x[-big:big].indices(sys.maxsize), x[-big:big:1].indices(sys.maxsize))

s = "abcdef"
show(lambda: s[Idx(2)])
show(lambda: s[TrapInt(4)])
show(lambda: s[Idx(-1)])
show(lambda: s[Idx(2**70)])
show(lambda: s[Idx(10)])
show(lambda: s[Idx('x')])
show(lambda: s.__getitem__(Idx(1)))
show(lambda: s[1.0])
show(lambda: s[True])

for spec in ['z', 'zd', 'z5', 'zf', 'z.2f', 'zx', 'z,', 'zn', 'zc', 'z%', 'z_', 'zs', 'ze',
             'z.1g', '+z.1f', ' z.0f', 'z=+8.3f']:
    for v in (0, -0.0, -1e-9, -0.5, 'x', True, float('-inf'), float('nan')):
        show(lambda: format(v, spec))
print(f"{-0.0001:z.2f} {-0.0:z} {-1.0:z.0f} {-0.4:z.0f}")
