# _random.Random: getstate/setstate round trips, errors, subclassing.
import random
import _random

r = _random.Random(5)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
R = random.Random(99)
s = R.getstate()
print(s[0], len(s[1]), s[2])
x = R.random()
R.setstate(s)
print(x == R.random())


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: r.setstate([0] * 625))
t(lambda: r.setstate((0,) * 10))
t(lambda: r.setstate((0,) * 624 + (625,)))
t(lambda: r.setstate((0,) * 624 + (-1,)))
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits('a'))
t(lambda: r.random(1))
t(lambda: _random.Random(1, 2))
t(lambda: r.seed(1, 2))
t(lambda: r.seed([1]))
r.seed((1, 2))
r2 = _random.Random()
r2.seed((1, 2))
print(r.random() == r2.random())
r.seed(True)
r2.seed(1)
print(r.random() == r2.random())


class My(_random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.tag = 'mine'

    def random(self):
        return super().random() * 10


m = My(8)
print(m.tag, m.random(), isinstance(m, _random.Random))
print(random.Random.__mro__[1] is _random.Random)
for k in [-2**40, 2**40, 2**70, -1, 'a', 2.0]:
    t(lambda: r.getrandbits(k))
