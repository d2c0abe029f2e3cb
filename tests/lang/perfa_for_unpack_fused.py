# `for a, b in zip/enumerate/dict.items()` unpacks without building the
# tuple: targets after the loop, zips that end midway (strict or not),
# errors raised by the underlying iterators, big enumerate counts, dicts
# changing size, and the same loops where the tuple itself is kept.
a = b = "unset"
for a, b in zip([1, 2, 3], "xy"):
    pass
print(a, b)

def gen():
    yield 1
    yield 2
    raise KeyError("boom")

try:
    for a, b in zip(gen(), "abcdef"):
        print(a, b)
except KeyError as e:
    print("KeyError", e, a, b)

try:
    for x, y in zip([1, 2], [3], strict=True):
        print(x, y)
except ValueError as e:
    print("ValueError", e)
try:
    for x, y, z in zip([1], [3], [4, 5], strict=True):
        print(x, y, z)
except ValueError as e:
    print("ValueError", e)

for i, c in enumerate("abc", 2**47 - 2):
    print(i, c)
for i, c in enumerate("ab", -3):
    print(i, c)
for i, c in enumerate("ab", 10**20):
    print(i, c)

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for k, v in reversed(d.items()):
    print(k, v)
try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as e:
    print("RuntimeError", e)

# the tuple itself is a loop variable: it must still be assigned
for t in zip("ab", "cd"):
    p, q = t
    print(t, p, q)
for t in enumerate("xy"):
    i, c = t
    print(t)

# wrong arity: the ordinary path raises
try:
    for a, b, c in zip("ab", "cd"):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in enumerate([(1, 2)]):
        print(a, b)
    for a, b, c in enumerate("x"):
        pass
except ValueError as e:
    print("ValueError", e)

# comprehensions and generator expressions
print([x * y for x, y in zip(range(5), range(5, 10))])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
print({k: i for i, k in enumerate("hello")})
print([(k, v) for k, v in sorted({"z": 1, "y": 2}.items())])

# nested targets and starred targets are not fused
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
for a, *rest in zip("ab", "cd", "ef"):
    print(a, rest)

# zip of one, zip of many
for (a,) in zip("ab"):
    print(a)
for a, b, c, d2, e, f, g, h, i in zip(*["abc"] * 9):
    print(a + i)
