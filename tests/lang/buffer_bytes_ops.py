# bytes and bytearray operations given memoryview and array arguments
import array

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

A = array.array
m = memoryview(b"cd")
h = A("h", [0x4142, 0x4344])
print(bytes(m), bytes(h), bytearray(m), bytearray(h), bytes(memoryview(b"abcdef")[::2]))
print(b"ab" + m, bytearray(b"ab") + m, b"ab" + h)
err(lambda: m + b"ab")
err(lambda: h + b"ab")
x = bytearray(b"x")
x += m
x += h
x.extend(m)
x.extend(A("b", [33]))
print(x)
print(b"-".join([m, h, b"e", bytearray(b"f")]), bytearray(b",").join([m]))
err(b"".join, [m, 1])
err(b"".join, ["s"])
print(b"abcdcd".count(m), b"abcd".find(m), b"abcd".index(m), b"abcd".startswith(memoryview(b"ab")))
print(b"a,b".split(memoryview(b",")), b"abcd".replace(m, memoryview(b"XY")), b"xcdx".strip(A("b", [120])))
print(m in b"abcd", memoryview(b"zz") in bytearray(b"abcd"), b"abcd".partition(m)[::2])
print(str(memoryview(b"hi"), "ascii"), str(A("b", [104, 105]), "utf-8"), memoryview(b"hi").tobytes().decode())
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), int.from_bytes(A("B", [1, 2]), "little"))
print(bytes.fromhex("4142") == memoryview(b"AB"), b"AB".hex() == memoryview(b"AB").hex())
ba = bytearray(b"0123456789")
ba[2:4] = memoryview(b"XY")
ba[0:1] = A("b", [65, 66])
print(ba)
print(bytearray(b"abc").translate(memoryview(bytes(range(256)))), b"%s|%b" % (b"x", memoryview(b"y")))
b2 = bytearray(b"abc")
mv = memoryview(b2)
b2[0] = 90
b2[1:2] = b"Y"
print(mv.tobytes(), bytes(mv[1:]))
mv[2] = 122
print(b2)
