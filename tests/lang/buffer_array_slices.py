# array slicing: get/set/del with steps, self-assignment, exports blocking resizes
import array

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
base = list(range(10))
for sl in (slice(None), slice(2, 7), slice(None, None, 2), slice(None, None, -1),
           slice(8, 1, -3), slice(-3, None), slice(5, 2), slice(100, 200), slice(1, -1, 4)):
    a = A("h", base)
    print(sl, a[sl].tolist(), base[sl] == a[sl].tolist())
    n = len(base[sl])
    b = A("h", base)
    L = list(base)
    if sl.step in (None, 1):
        b[sl] = A("h", [99, 98, 97])
        L[sl] = [99, 98, 97]
    else:
        b[sl] = A("h", range(100, 100 + n))
        L[sl] = list(range(100, 100 + n))
    print("  set", b.tolist() == L, b)
    c = A("h", base)
    L = list(base)
    del c[sl]
    del L[sl]
    print("  del", c.tolist() == L, c)
a = A("i", range(5))
err(a.__setitem__, slice(0, 5, 2), A("i", [1]))
err(a.__setitem__, slice(0, 2), [1, 2])
err(a.__setitem__, slice(0, 2), A("h", [1, 2]))
a[1:3] = a
print(a)
a[::-1] = a
print(a)
a[2:2] = A("i", [7, 7])
print(a)
a[1:6:2] = A("i")[0:0] if False else A("i", [0, 0, 0])
print(a)
m = memoryview(a)
err(a.append, 1)
err(a.__delitem__, 0)
err(a.__setitem__, slice(0, 1), A("i"))
err(a.__setitem__, slice(0, 2), A("i", [5]))
a[0:2] = A("i", [5, 6])      # same length: allowed while exported
err(a.pop)
err(a.extend, [1])
err(a.frombytes, b"\x00" * 4)
err(a.fromlist, [1])
err(a.__iadd__, A("i", [1]))
err(a.__imul__, 2)
err(a.remove, 5)
err(a.insert, 0, 1)
a.reverse()
a.byteswap()
a.byteswap()
print(a, m.tolist())
m.release()
a.append(42)
print(a)
x = A("b", [1, 2])
x *= 3
print(x, x * 0, 2 * A("u", "ab"), A("d", [1]) + A("d", [2]))
x += A("b", [9])
print(x, len(x))
err(lambda: x + A("B"))
err(lambda: x + [1])
err(lambda: x * "a")
err(lambda: x * 2.0)
x *= 0
print(x, len(x))
