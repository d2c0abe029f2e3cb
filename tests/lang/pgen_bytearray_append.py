# bytearray built byte by byte (append's fast path) and its edge cases.
b = bytearray()
for i in range(300):
    b.append(i % 256)
print(len(b), b[:5], b[-3:], bytes(b[250:260]))
b.append(True)
b.append(0)
print(b[-2:])
for bad in (256, -1, 2**70, "a", 1.0, None):
    try:
        b.append(bad)
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 65
b.append(Idx())
print(b[-1:])
m = memoryview(b)
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
m.release()
b.append(1)
print(len(b))
c = bytearray(b"xy")
c.extend(range(3))
c += b"z"
c[0:1] = b"Q"
print(c, c.pop(), c)
class Sub(bytearray):
    pass
s = Sub(b"ab")
s.append(99)
print(s, type(s).__name__)
