# math.hypot and math.dist on many vectors: 3.11's vector_norm, bit for bit.
import math
import random

rng = random.Random(7)
for n in range(1, 12):
    for _ in range(4):
        v = [rng.uniform(-10, 10) * 10 ** rng.randint(-5, 5) for _ in range(n)]
        w = [rng.uniform(-10, 10) for _ in range(n)]
        print(n, repr(math.hypot(*v)), repr(math.dist(v, w)))
print(math.hypot(1e-310, 1e-310, 1e-310), math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308, 1e308))
print(math.hypot(3, 4, float('inf'), float('nan')), math.hypot(-0.0), math.hypot(0.0, -0.0))
print(math.hypot(True, 2), math.hypot(10**20, 1), math.dist([0] * 5, [1] * 5))
for i in range(1, 20):
    print(math.hypot(*([1.0] * i)), end=' ')
print()
try:
    math.hypot(10**400)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.dist([1], [2], [3])
except TypeError as e:
    print('TypeError', e)
