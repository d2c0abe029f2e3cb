# memoryview equality: unpacked values across formats, shapes, exporters;
# released views; NotImplemented for non-buffers; ordering is unsupported
import array

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
m = memoryview(b"abc")
print(m == b"abc", m == bytearray(b"abc"), m == memoryview(b"abc"), m != b"abd", m == b"ab")
print(b"abc" == m, bytearray(b"abc") == m, m == "abc", m == [97, 98, 99], m == None)
print(memoryview(A("i", [1, 2])) == A("i", [1, 2]), memoryview(A("i", [1, 2])) == A("l", [1, 2]))
print(memoryview(A("b", [-1])) == memoryview(b"\xff"), memoryview(A("B", [255])) == b"\xff")
print(memoryview(A("d", [1.0, 2.0])) == A("f", [1.0, 2.0]), memoryview(A("d", [1.5])) == A("i", [1]))
nan = float("nan")
n = memoryview(A("d", [nan]))
print(n == n, n == A("d", [nan]), n != n)
c = memoryview(b"ab").cast("c")
print(c == b"ab", c == memoryview(b"ab"), c.tolist())
x = memoryview(bytes(range(6))).cast("B", (2, 3))
y = memoryview(bytes(range(6))).cast("B", (3, 2))
print(x == y, x == memoryview(bytes(range(6))).cast("B", (2, 3)), x == bytes(range(6)))
print(x[::1] == x, memoryview(b"abcdef")[::2] == b"ace", memoryview(b"abcdef")[::-2] == b"fdb")
z = memoryview(b"").cast("B", (0, 2)) if False else memoryview(b"")
print(z == b"", z == memoryview(bytearray()))
err(lambda: m < m)
err(lambda: m <= b"abc")
err(lambda: m > 1)
r = memoryview(b"abc")
r.release()
print(r == r, r == b"abc", r != b"abc", r == memoryview(b"abc"))
print(memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00\x00\x00").cast("i")[:1] if False else "")
q = memoryview(bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00")).cast("i")
print(q == A("i", [1, 2]), q == A("I", [1, 2]), q == A("q", [1, 2]), q.tolist())
bq = memoryview(bytearray(2)).cast("?")
bq[0] = True
print(bq == memoryview(b"\x01\x00"), bq.tolist(), bq == A("b", [1, 0]))
