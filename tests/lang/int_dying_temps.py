# Big-int temporaries read once by the next operation (`q * j + r`): krait
# computes into the temporary's own limbs or frees it (vm/interp.c,
# "Dying temporaries").  Every value here must stay what CPython says,
# including ints other code still holds.
import sys
import threading

A = 3 ** 200
B = -(7 ** 90)
C = 5 ** 150
vals = [A, B, C, -A, 1, -1, 0, 2 ** 64 - 1, -(2 ** 63), 2 ** 300 + 1, 12345, -(10 ** 30)]


def shapes(a, b, c):
    out = [
        a * b + c, a * b - c, c - a * b, (a + b) * (a - b), (a * b) * (b * c),
        a * b + b * c, (a * b) // (c + 1) if c + 1 else None,
        (a * b) % (c + 7) if c + 7 else None, -(a * b) // 3, (a * b) % -7,
        (a * b) & (c * c), (a * b) | (c - 1), (a * b) ^ (c + 1),
        (a * b) << 3, (a * b) >> 5, (a * b) ** 2, (a * b + 1) / (c * c + 1),
        (a * 2 - a * 2) + 0, (a * b - a * b) * c, (a + 1 - 1) * 1,
    ]
    return out


for a in vals:
    for b in vals[:6]:
        for c in vals[:5]:
            print(hash(tuple(shapes(a, b, c))) % 1000003, end=" ")
    print()

# The producer's result must not be freed when it is an int somebody else
# holds: a __mul__ that returns a shared global.
SHARED = 10 ** 40 + 7
SAVED = int(str(SHARED))


class Shares:
    def __mul__(self, other):
        return SHARED

    def __rmul__(self, other):
        return SHARED


o = Shares()
for _ in range(3):
    print((o * 2) + 1, (2 * o) * 3, (o * 2) // 7, (o * 2) - (o * 3))
print(SHARED == SAVED, SHARED)


# An int subclass and bools are not exact ints: left alone.
class MyInt(int):
    def __add__(self, other):
        r = int(self) + other
        kept.append(r)
        return r


kept = []
m = MyInt(10 ** 30)
print((m + 10 ** 25) * 3, (m * 2) + True, kept)
print(kept[0] == 10 ** 30 + 10 ** 25)


# An exception between the producer and its reader leaves the product in
# the temporary; later expressions are unaffected.
def boom():
    raise ValueError("boom")


for _ in range(3):
    try:
        x = (A * C) + boom()
    except ValueError as e:
        print("caught", e)
print((A * C) + (B * C) == (A + B) * C)


# A yield between the producer and its reader.
def gen(a, b):
    got = (a * b) + (yield a * b)
    yield got
    got = (a * b) * (yield) - (a * b)
    yield got


g = gen(A, C)
first = next(g)
print(first == A * C, g.send(5) == A * C + 5)
next(g)
print(g.send(3) == 2 * A * C)


def keep_temp_gen():
    store = []
    for i in range(4):
        v = (A * i) + (yield (A * i))
        store.append(v)
    yield store


kg = keep_temp_gen()
seen = [next(kg)]
for i in range(4):
    seen.append(kg.send(i))
print(seen[:4] == [A * i for i in range(4)], seen[4] == [2 * A * i for i in range(4)])


# A trace function running between producer and reader.
def tracer(frame, event, arg):
    return tracer


def traced():
    return (A *
            B) + (C *
                  C) - (A * 3
                        )


want = traced()
sys.settrace(tracer)
got = traced()
sys.settrace(None)
print(want == got, got == A * B + C * C - A * 3)

# Results kept in containers stay intact while later temporaries are freed.
keep = []
q, r, s, t = 1, 0, 0, 1
for k in range(1, 300):
    q, r, s, t = q * k, q * (4 * k + 2) + r * (2 * k + 1), s * k, s * (4 * k + 2) + t * (2 * k + 1)
    keep.append((q * 3 + r) // (s * 3 + t + 1))
print(sum(keep) % 1000000007, len(str(q)), r % 1000000007)
q2, r2 = 1, 0
for k in range(1, 300):
    r2 = q2 * (4 * k + 2) + r2 * (2 * k + 1)
    q2 = q2 * k
print(q2 == q, r2 == r)


# Threads each doing the same arithmetic.
def work(n, out):
    x = 1
    for k in range(1, 200):
        x = (x * k + k) * (k + 1) - x * k
    out[n] = x


outs = [None] * 4
ts = [threading.Thread(target=work, args=(i, outs)) for i in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(len(set(outs)) == 1, outs[0] % 1000000007)
