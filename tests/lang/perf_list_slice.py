# Slice assignment reads another list in place and copies only itself or
# other iterables; slice bounds take None and small ints inline, every
# other kind through __index__ with the same clamping.

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class MyInt(int):
    pass

class L(list):
    pass

def fresh():
    return list(range(10))

cases = [
    (slice(None, 3), [7, 8]), (slice(2, 5), []), (slice(8, None), [1, 2, 3, 4]),
    (slice(None, None, -1), list("abcdefghij")), (slice(1, 9, 2), (0, 0, 0, 0)),
    (slice(-3, None), "xyz"), (slice(5, 2), ["in"]), (slice(None, 4), range(3)),
    (slice(2, 4), L([9, 9, 9])), (slice(0, 0), {5: 1}),
]
for key, src in cases:
    a = fresh()
    a[key] = src
    print(key, a)

# the list itself, on both sides
a = fresh(); a[:5] = a; print(a)
a = fresh(); a[::2] = a[:5]; print(a)
a = fresh(); a[::-1] = a; print(a)
a = fresh(); a[2:2] = a; print(len(a), a[:14])

# the source is not changed and can be used afterwards
src = [1, 2, 3]
a = fresh(); a[1:3] = src; src.append(4); print(a, src)

# fannkuch's flip
perm = [3, 1, 4, 0, 2]
k = perm[0]
flips = 0
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)

# bounds of every kind
a = fresh()
for b in (None, 0, -1, 3, 99, -99, True, False, I(2), I(-2), MyInt(4), 2 ** 70, -2 ** 70):
    print(repr(b) if not isinstance(b, I) else "I(%d)" % b.v,
          a[b:], a[:b], a[::-1][b:b], a[b::2] if b != 0 else a[::2])
for step in (1, 2, -1, -3, I(3), MyInt(-2), 2 ** 70, -2 ** 70):
    print(a[::step], a[8:1:step], a[1:8:step])

# errors, with their messages
for bad in ("x", 1.5, [], I("no")):
    try:
        a[bad:]
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[::0]
except Exception as e:
    print(type(e).__name__, e)
for key, src in ((slice(None, None, 2), [1]), (slice(1, 5), 5), (slice(None, None, -1), [1, 2])):
    try:
        b = fresh()
        b[key] = src
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
b = fresh()
del b[::3]; print(b)
del b[1:3]; print(b)
del b[::-2]; print(b)
