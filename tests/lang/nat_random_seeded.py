# random with fixed seeds gives CPython's exact sequence (MT19937, seed hashing).
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'))
print([random.random() for _ in range(3)])
for s in [0, 1, -1, 2**32, 2**32 - 1, 2**100 + 7, -(2**70), 'hello', '', b'xyz', bytearray(b'q'), 3.5, None]:
    random.seed(s)
    if s is not None:
        print(repr(s)[:20], random.random(), random.getrandbits(40))
random.seed(7)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33),
      random.getrandbits(64), random.getrandbits(200))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
print(random.randrange(0, 1000, 7), random.choices('abc', k=5), random.triangular())
print(random.expovariate(2.0), random.betavariate(2, 3), random.normalvariate(0, 1))
print(random.randbytes(5))
r = random.Random(123)
print(r.random(), random.Random(123).random() == random.Random(123).random())
print(random.Random('abc').random(), random.Random(b'abc').random())
random.seed('hello', version=1)
print(random.random())
