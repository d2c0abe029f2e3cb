class B(bytes): pass
class BA(bytearray): pass
for t in (bytes, bytearray, B, BA):
    r = t.fromhex('41 42')
    print(type(r).__name__, r)
try: bytes.fromhex('4x')
except ValueError as e: print(e)
try: bytearray.fromhex(5)
except TypeError as e: print(e)
print(b'%4s|%-4b|%.1s|%5.2s|%.1b|%3c|' % (b'\xc3\xa9', b'\xc3\xa9', b'\xc3\xa9', b'abc', b'xyz', 255))
print(bytearray(b'%.2s') % b'abc')
import pickle
it = iter(b'abc'); next(it)
print(list(pickle.loads(pickle.dumps(it, 2))), it.__reduce__()[1:])
for x in it: pass
print(it.__reduce__()[1:], it.__length_hint__())
it = iter(b'abcdef'); it.__setstate__(4); print(list(it))
