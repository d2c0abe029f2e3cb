# Integer arithmetic around the machine-word tiers: small (48-bit), 64-bit,
# 128-bit and beyond, for every binary operator, against CPython's results.
import operator

edges = []
for e in (0, 1, 31, 46, 47, 48, 62, 63, 64, 65, 100, 126, 127, 128, 129, 200):
    for d in (-1, 0, 1):
        v = (1 << e) + d
        edges += [v, -v]
edges = sorted(set(edges))

ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul),
       ('//', operator.floordiv), ('%', operator.mod), ('&', operator.and_),
       ('|', operator.or_), ('^', operator.xor)]

digest = {}
for name, fn in ops:
    acc = 0
    for a in edges:
        for b in edges:
            try:
                r = fn(a, b)
            except ZeroDivisionError as e:
                r = -12345 if "modulo" in str(e) else -54321
            acc = (acc * 1000003 ^ hash(r)) & ((1 << 64) - 1)
    digest[name] = acc
print(digest)

for a in edges[::3]:
    for sh in (0, 1, 15, 63, 64, 65, 126, 127, 128, 300):
        print(a << sh == a * 2 ** sh, a >> sh == a // 2 ** sh, end=' ')
print()

for a, b in [((1 << 127) - 1, 1), (-(1 << 127), -1), (-(1 << 127), 1), ((1 << 126), 2),
             (-(1 << 126), 2), ((1 << 64) - 1, (1 << 64) - 1), (-(1 << 127), -(1 << 127))]:
    print(a + b, a - b, a * b, a // b, a % b, divmod(a, b), -a, abs(a), ~a)

for a in ((1 << 100), -(1 << 100), (1 << 64) + 5):
    for b in (0,):
        for fn in (operator.floordiv, operator.mod, divmod):
            try:
                fn(a, b)
            except ZeroDivisionError as e:
                print(fn.__name__, type(e).__name__, e)
try:
    (1 << 100) >> -1
except ValueError as e:
    print('rshift', e)
try:
    (1 << 100) << -1
except ValueError as e:
    print('lshift', e)

# 64-bit hashing and generators, the patterns the tier is for
h = 0xcbf29ce484222325
for c in b'the quick brown fox jumps over the lazy dog' * 20:
    h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
print(h, type(h).__name__, h.bit_length())
x = 88172645463325252
out = []
for _ in range(1000):
    x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
    x ^= x >> 7
    x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
    out.append(x % 1000)
print(sum(out), x)
print(hash((1 << 64) + 7), hash(-(1 << 100)), (1 << 64) == 2 ** 64, (1 << 63) - 1 == 0x7FFFFFFFFFFFFFFF)
print(int.__sizeof__(1 << 70) > 0, bool(1 << 64), (1 << 64) > (1 << 63), sorted([1 << 64, -(1 << 70), 5, 1 << 100]))
