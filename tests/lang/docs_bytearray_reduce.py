# bytearray.__reduce__/__reduce_ex__ (CPython's _common_reduce): copy,
# deepcopy and every pickle protocol keep the contents and a subclass's
# attributes.
import copy
import pickle

for b in (bytearray(), bytearray(b"ab"), bytearray(b"a\xff\x00z")):
    print(b.__reduce__(), [b.__reduce_ex__(p) for p in (0, 2, 3, 5)])
    print(copy.copy(b), copy.deepcopy(b), copy.deepcopy(b) is b,
          [pickle.loads(pickle.dumps(b, p)) for p in range(pickle.HIGHEST_PROTOCOL + 1)])


class B(bytearray):
    pass


b = B(b"xyz")
print(b.__reduce__(), b.__reduce_ex__(4))
b.tag = "t"
print(b.__reduce__(), b.__reduce_ex__(4))
for c in (copy.copy(b), copy.deepcopy(b), pickle.loads(pickle.dumps(b)),
          pickle.loads(pickle.dumps(b, 0))):
    print(type(c).__name__, c, c.tag)

nested = {"k": [bytearray(b"1"), bytearray(b"22")]}
dc = copy.deepcopy(nested)
print(dc, dc["k"][0] is nested["k"][0])
for args in (("x",), (1, 2), (2.5,)):
    try:
        bytearray().__reduce_ex__(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    bytearray().__reduce__(1)
except TypeError as e:
    print("TypeError", e)
print("__reduce__" in bytearray.__dict__, "__reduce_ex__" in bytearray.__dict__)
