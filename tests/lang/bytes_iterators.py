import pickle, copy
for T in (bytes, bytearray):
    it = iter(T(b'abc'))
    print(type(it).__name__, next(it), it.__length_hint__())
    print(list(pickle.loads(pickle.dumps(it))))
    it.__setstate__(0); print(list(it), it.__reduce__()[1:])
    it.__setstate__(1); print(list(it))
ba = bytearray(b'xy'); it = iter(ba); print(next(it)); ba.extend(b'zw'); print(list(it)); ba.append(1); print(list(it))
ba = bytearray(b'xyz'); it = iter(ba); next(it); del ba[:]; print(it.__length_hint__(), list(it))
class B(bytes): pass
print(list(iter(B(b'qr'))))
