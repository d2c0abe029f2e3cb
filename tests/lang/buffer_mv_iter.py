# memoryview iteration reads items lazily; array iteration; sequence protocol
import array

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abc")
it = iter(memoryview(b))
print(next(it), type(it).__name__, iter(it) is it)
b[1] = 90
print(list(it), list(it))
m = memoryview(b"xy")
i = iter(m)
m.release()
err(next, i)
err(iter, memoryview(b"ab").cast("B", (1, 2)))
err(iter, memoryview(b"a").cast("B", ()))
print(list(memoryview(array.array("d", [0.5, 1.5]))), list(memoryview(b"ab").cast("c")))
print(list(reversed(memoryview(b"abc"))), sorted(memoryview(b"cab")), sum(memoryview(b"\x01\x02")))
print(len(memoryview(b"abcd")[1:3]), 98 in memoryview(b"abc"), memoryview(b"abc").index(99) if hasattr(memoryview, "index") else "-")
a = array.array("i", [3, 1, 2])
ai = iter(a)
print(next(ai), type(ai).__name__)
a.append(9)
print(list(ai), list(ai))
a.append(10)
print(list(ai))
print(list(reversed(a)), sorted(a), max(a), sum(a), list(enumerate(a))[:2])
import collections.abc as abc
print(isinstance(a, abc.MutableSequence), isinstance(a, abc.Reversible), isinstance(memoryview(b""), abc.Sequence))
match a:
    case [first, *rest]:
        print("matched", first, rest)
match memoryview(b"ab"):
    case [x, y]:
        print("mv matched", x, y)
