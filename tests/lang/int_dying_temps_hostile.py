# Attacks on krait's dying big-int temporaries (vm/interp.c, "Dying
# temporaries"): every way a product that only the next operator reads
# might still be reachable when that operator frees it or reuses its
# limbs.  Each value printed is checked against CPython.
import gc
import sys
import threading

A = 3 ** 200
B = -(7 ** 90)
C = 5 ** 150
D = 11 ** 120
KEEP = (A, B, C, D)
SNAP = tuple(str(v) for v in KEEP)


def intact():
    return tuple(str(v) for v in KEEP) == SNAP


# 1. A frame that handled an exception scans all its registers when it
# returns (tracebacks keep its locals): a freed temporary left in a dead
# register was read there (CI's UBSan report).  Many rounds, so that a
# freed block lands at the end of its free list.
def handled(i):
    try:
        raise ValueError(i)
    except ValueError:
        pass
    return (A * B) + (B * A), (C * D) - (D * C), (A * C) % (D * D + i)


def handled_shapes(i):
    try:
        {}[i]
    except KeyError as e:
        err = e
    x = (A * B) // (C * i + 1)
    y = (A * B) & (C * D) | (A * D) ^ (B * C)
    z = (A * A) >> (i % 7) << (i % 5)
    w = (A * B) ** 2 - (C * C) ** 2
    return x, y, z, w, err.args


acc = 0
for i in range(30000):
    p, q, r = handled(i)
    acc = (acc + p + q + r) % 1000000007
print("handled", acc)
acc = 0
for i in range(3000):
    x, y, z, w, args = handled_shapes(i)
    acc = (acc + x + y + z + w + args[0]) % 1000000007
print("handled shapes", acc, intact())


# 2. The other operand's reflected method receives the temporary and keeps
# it; later expressions hand the kept one back through a __mul__.
stash = []


class Grab:
    def __radd__(self, other):
        stash.append(other)
        return other

    def __rmul__(self, other):
        stash.append(other)
        return self

    def __mul__(self, other):
        return stash[-1] if stash else other


g = Grab()
for i in range(200):
    kept = (A * B) + g
    (A * C) * g
    again = (g * 2) + (g * 3)
    twice = (g * 1) * (A * D)
print("grab", len(stash), stash[0] == A * B, stash[1] == A * C, stash[-2] == A * B,
      again == 2 * stash[-1], twice == stash[-1] * A * D, intact())


# 3. int subclasses and bools on either side.
class MyInt(int):
    def __radd__(self, other):
        stash.append(other)
        return int.__radd__(self, other)


m = MyInt(10 ** 40)
vals = []
for i in range(100):
    vals.append((A * B) + m)
    vals.append((A * B) * True + (C * D) * False)
    vals.append(m * m + (A * B))
print("subclass", sum(vals) % 1000000007, stash[-1] == A * B, intact())


# 4. Exceptions raised by the reader or after the producer.
def raises():
    out = []
    for f in (lambda: (A * B) // (C * 0), lambda: (A * B) % (D - D),
              lambda: (A * B) / (C * 0), lambda: (A * B) << -(C * 0 + 1),
              lambda: (A * B) >> -(A * 0 + 1), lambda: (A * B) + None,
              lambda: (A * B) @ (C * D), lambda: (A * B) + (1 / 0),
              lambda: (A * B) + int("x")):
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__)
    out.append(round((A * B) ** -1 * 10 ** 200, 3))
    return out


for i in range(50):
    r = raises()
print("raises", r, intact())


def tb_locals():
    try:
        return (A * B) + (C * D) + (1 // 0)
    except ZeroDivisionError as e:
        return e


e = tb_locals()
print("tb", type(e).__name__, [k for k in e.__traceback__.tb_frame.f_locals if k != "e"],
      intact())


# 5. Nested calls in the other operand doing their own temporaries:
# eviction, stale entries, re-entrancy and recursion.
def nest(n):
    if n == 0:
        return (C * D) - (D * C)
    try:
        if n % 3 == 0:
            raise KeyError(n)
    except KeyError:
        pass
    return (A * B) + nest(n - 1) + (C * D) * (n - nest(0))


for _ in range(20):
    rn = nest(30)
print("nest", rn == sum(A * B + C * D * k for k in range(1, 31)), intact())


def deep(n):
    return 0 if n == 0 else (A * B) + (deep(n - 1) - (A * B)) + n


print("deep", deep(60), intact())


# 6. Generators and coroutines suspended between producer and reader.
def gen():
    for i in range(5):
        x = (A * B) + (yield (C * D) - (yield i))
        yield x


gv = []
it = gen()
v = next(it)
while True:
    try:
        v = it.send(v if isinstance(v, int) else 0)
    except StopIteration:
        break
    gv.append(v)
print("gen", sum(gv) % 1000000007, intact())


class Later:
    def __await__(self):
        v = yield (A * C)
        return v


async def co():
    total = 0
    for i in range(4):
        total += (A * B) + await Later() - (B * A)
    return total


c = co()
got = c.send(None)
try:
    while True:
        got = c.send(got + 1)
except StopIteration as s:
    print("coro", s.value == 4 * (A * C + 1), intact())


# 7. A tracer between producer and reader, one that raises, and one that
# sees the frame's locals.
def traced(k):
    t = (A *
         B) + (C *
               D) - (A * k
                     )
    return t


def tracer(frame, event, arg):
    if event == "line":
        frame.f_locals
    return tracer


def bad_tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "traced" and frame.f_lineno == 204:
        raise RuntimeError("tracer")
    return bad_tracer


want = [traced(k) for k in range(5)]
sys.settrace(tracer)
got = [traced(k) for k in range(5)]
sys.settrace(bad_tracer)
try:
    traced(1)
    bad = "no error"
except RuntimeError as err:
    bad = str(err)
sys.settrace(None)
print("trace", want == got, bad, intact())


# 8. The compiler's forms: walrus, comprehensions, augmented assignment,
# chained comparisons, conditional expressions, match, lambdas, folding.
def forms(k):
    out = [(t := A * B) + C * D, t == A * B]
    out.append([(A * j) + (B * j) for j in range(3)])
    out.append({(A * j) * (C * j) for j in range(3)})
    x = A * B
    x += (C * D) + (A * B)
    x -= x * 2 - x
    out.append(x)
    out.append(A * B < (A * B) + (C * D) < (A * B) * 2 + (C * D) * 3)
    out.append((A * B if k else C * D) + (A * k) * (B * k))
    match (A * B) + (C * D):
        case 0:
            out.append("zero")
        case v if v == A * B + C * D:
            out.append("match")
    f = lambda y=(A * B) + (C * D): y * 2 + (y * 3)
    out.append(f())
    out.append((2 ** 100 * 3 ** 50) + (2 ** 100 * 3 ** 50))
    out.append(sum((A * j) * (B * j) for j in range(4)))
    return out


fr = forms(0), forms(3)
print("forms", hash(str(fr)) == hash(str((forms(0), forms(3)))), fr[1][1], fr[1][-4:-3],
      intact())


# 9. gc.collect() and sys._getframe() in the other operand.
def collect_mid():
    return (A * B) + (gc.collect() * 0) + (C * D)


def frame_mid():
    f = sys._getframe()
    return (A * B) + (len(f.f_locals) * 0) + (C * D), f


for _ in range(20):
    cm = collect_mid()
    fm, fobj = frame_mid()
print("mid", cm == fm == A * B + C * D, intact())


# 10. Threads doing the same arithmetic, sharing results through a list.
shared = []


def work(n, out):
    x = 1
    for k in range(1, 300):
        try:
            if k % 17 == 0:
                raise ValueError
        except ValueError:
            shared.append(x)
        x = (x * k + k) * (k + 1) - x * k + (A * B) - (B * A)
    out[n] = x


outs = [None] * 4
ts = [threading.Thread(target=work, args=(i, outs)) for i in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print("threads", len(set(outs)) == 1, outs[0] % 1000000007, len(shared),
      len(set(shared)), intact())
