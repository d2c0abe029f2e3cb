# Subclasses of bytes and bytearray.
class B(bytes):
    pass

b = B(b"abc")
print(b, repr(b), type(b).__name__, isinstance(b, bytes), len(b), b[0], b[1:])
print(type(b[1:]).__name__, b + b"d", type(b + b"d").__name__, b == b"abc")
print(hash(b) == hash(b"abc"), b.upper(), b.decode(), list(b), b"b" in b)
print(B(3), B([65, 66]), B(), B("hé", "utf-8"))
b.note = 1
print(b.note, b.__dict__)
print(bytes.__new__(B, b"xy"), type(bytes.__new__(B, b"xy")).__name__)

class BA(bytearray):
    pass

a = BA(b"hello")
print(a, type(a).__name__, isinstance(a, bytearray), len(a))
a.append(33)
a[0] = 72
print(a, a[0], bytes(a), a == b"Hello!")
a.extend(b"??")
print(a, a.pop(), a)
a.tag = "t"
print(a.tag)
print(BA(), BA(2), BA([1, 2]))

class Hex(bytes):
    def hexed(self):
        return self.hex()

print(Hex(b"\x01\xff").hexed())
