# bytes/bytearray iterators stay exhausted and pickle by state; hex()
# separators as CPython's _Py_strhex checks them; the types' docstrings.
import pickle

for T in (bytes, bytearray):
    it = iter(T(b''))
    print(type(pickle.loads(pickle.dumps(it))).__name__)
    it = iter(T(b'ab'))
    print(next(it), type(pickle.loads(pickle.dumps(it))).__name__, list(pickle.loads(pickle.dumps(it))))
    print(list(it), list(it))
    print(it.__reduce__()[1], it.__length_hint__())
    it.__setstate__(0)
    print(list(it))

a = bytearray([1, 2, 3])
exhit = iter(a)
empit = iter(a)
for x in exhit:
    next(empit)
a.append(9)
print(list(exhit), list(empit), a)

b = b'\xb9\x01\xef'
for args in [(None, 0), (None,), ('',), ('xx',), ('\xff',), ('\u0100',), (b'\xff',),
             (b'\x80',), (':', 0), (1,), (bytearray(b':'),), (memoryview(b':'),), ([1],),
             (':', 2**70), (':', 'x'), (b'-', -1), (b'\x00',), ('\x00', 2), (':', 1, 2),
             (':', None)]:
    for obj in (b, bytearray(b), memoryview(b)):
        try:
            print(repr(obj.hex(*args)))
        except Exception as e:
            print(type(e).__name__, e)
print(b.hex(sep='_', bytes_per_sep=2), b.hex(bytes_per_sep=2))
try:
    b.hex(':', sep=':')
except TypeError as e:
    print("TypeError", e)

print(bytes.__doc__.splitlines()[0])
print(bytearray.__doc__.splitlines()[0])

# pickling a subclass with __slots__ carries the slots
class S(bytearray):
    __slots__ = ('x', 'y')
s = S(b'a')
s.x = 1
print(s.__reduce_ex__(4))
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, t.x, hasattr(t, 'y'))
import copy
c = copy.copy(s)
print(c, c.x)
class D(bytearray):
    pass
d = D(b'ab')
print(d.__reduce_ex__(2), d.__reduce_ex__(4))
d.z = 5
print(d.__reduce_ex__(4), bytearray().__reduce__())
class SS(set):
    __slots__ = ('x',)
ss = SS([1])
ss.x = 2
print(ss.__reduce__())
u = pickle.loads(pickle.dumps(ss))
print(type(u).__name__, u, u.x)
class FS(frozenset):
    __slots__ = ('x', '__dict__')
fs = FS([3])
fs.x = 4
fs.w = 5
print(fs.__reduce__(), pickle.loads(pickle.dumps(fs)).x)
