# array pickling: __reduce_ex__ forms, _array_reconstructor for every machine
# format code, iterator pickling, copy
import array, pickle, copy

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
R = array._array_reconstructor
for tc in array.typecodes:
    a = A(tc, "xyz" if tc == "u" else [1, 2, 3])
    r2 = a.__reduce_ex__(2)
    r3 = a.__reduce_ex__(3)
    print(tc, r2[0].__name__, r2[1], r3[0].__name__, r3[1][1:3], r3[1][3] == a.tobytes())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and type(b) is A, (tc, proto)
err(A("b").__reduce_ex__, "x")
err(A("b").__reduce_ex__)

raw = bytes(range(1, 17))
for code in range(22):
    for tc in "bBhHiIlLqQfdu":
        try:
            r = R(A, tc, code, raw)
            print(code, tc, r.typecode, r.tolist()[:2] if r.typecode != "u" else "str", len(r))
        except Exception as e:
            print(code, tc, type(e).__name__, e)
        break
print(R(A, "d", 17, b"\x3f\xf0\x00\x00\x00\x00\x00\x00"))
print(R(A, "f", 15, b"\x3f\xc0\x00\x00"))
print(R(A, "u", 19, "hé".encode("utf-16-be")))
print(R(A, "u", 21, "hé".encode("utf-32-be")))
print(R(A, "H", 5, b"\xff\xfe"))
print(R(A, "Q", 11, b"\xff" * 8))
err(R, 1, "b", 0, b"")
err(R, int, "b", 0, b"")
err(R, A, "x", 0, b"")
err(R, A, "b", 0, "x")
err(R, A, "b", 99, b"")
err(R, A, "b", -1, b"")
err(R, A, "i", 10, b"\x00\x00\x00")
err(R, A, "b")

class Sub(A):
    pass
s = Sub("i", [1, 2])
s.extra = "kept"
t = pickle.loads(pickle.dumps(s, 4))
print(type(t).__name__, t, t.extra)
print(s.__reduce_ex__(4)[2])

it = iter(A("i", [10, 20, 30]))
next(it)
print(it.__reduce__()[1:], pickle.loads(pickle.dumps(it)).__next__())
list(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
it2 = iter(A("b", [1, 2, 3]))
it2.__setstate__(2)
print(list(it2))
it3 = iter(A("b", [1, 2, 3]))
it3.__setstate__(-5)
print(next(it3))
it3.__setstate__(99)
print(list(it3))
c = copy.copy(s)
d = copy.deepcopy(A("d", [1.5]))
print(type(c).__name__, c, d, c is not s)
