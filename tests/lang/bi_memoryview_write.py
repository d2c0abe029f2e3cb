ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.readonly)
m[0] = 65
print(ba)
m[1:3] = b'XY'
print(ba)
s = m[2:5]
s[0] = ord('z')
print(ba, s.tobytes())
try:
    m[0] = 256
except ValueError as e:
    print(e)
try:
    m[0] = 'a'
except TypeError as e:
    print(e)
try:
    m[0:2] = b'abc'
except ValueError as e:
    print(e)
try:
    del m[0]
except TypeError as e:
    print(e)
m[::2] = b'123'
print(ba)
m[:] = memoryview(b'UVWXYZ')
print(ba)
