m = memoryview(b'hello')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[1:4][1])
print(list(m), bytes(m[:2]) if False else m[:2].tobytes())
print(m == b'hello', m == b'hellO', m != b'x', m == memoryview(b'hello'))
print(m.obj == b'hello', m.hex())
print(type(m).__name__)
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
try:
    memoryview('str')
except TypeError as e:
    print(e)
try:
    memoryview(5)
except TypeError as e:
    print(e)
m2 = memoryview(m)
print(m2.tobytes())
print(memoryview(b'').tolist(), len(memoryview(b'')))
