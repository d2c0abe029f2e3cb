# random.py's distributions and helpers on a seeded generator: CPython's exact values.
import random

r = random.Random(2024)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(-50, 50, 7) for _ in range(5)], r.randrange(10**30))
print([r.randint(1, 6) for _ in range(10)])
print(r.choice([1, 2, 3]), r.choice('xyz'), r.choice(range(1000)))
print(r.choices(['a', 'b', 'c'], weights=[10, 1, 1], k=8))
print(r.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print(r.sample(range(1000), 6), r.sample('abcdefgh', 3), r.sample(['r', 'g'], counts=[3, 2], k=4))
lst = list(range(15))
r.shuffle(lst)
print(lst)
print(r.uniform(-1, 1), r.triangular(0, 10, 3), r.betavariate(0.5, 0.5))
print(r.expovariate(1.5), r.gammavariate(2.0, 3.0), r.gammavariate(0.5, 1.0), r.gammavariate(1.0, 2.0))
print(r.gauss(), r.gauss(5, 2), r.normalvariate(), r.lognormvariate(0, 1))
print(r.vonmisesvariate(1.0, 2.0), r.vonmisesvariate(0.0, 0.0), r.paretovariate(3.0), r.weibullvariate(1.0, 1.5))
print(r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(95), r.randbytes(7))
print(r.random())
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
r.seed(5, version=1)
print(r.random())
r.seed('text', version=1)
print(r.random())


def e(f):
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)


e(lambda: r.randrange(0))
e(lambda: r.randrange(5, 2))
e(lambda: r.randint(3, 1))
e(lambda: r.choice([]))
e(lambda: r.sample(range(3), 5))
e(lambda: r.seed([1, 2]))
e(lambda: r.setstate((9, (), None)))
